"""ATS analysis: keywords with variants, checks, spelling, and an explained 0–100 score.

Names load on first use (``lazy.exports``): the importer reads only the word lists, not the analyser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_autofix.lazy import exports

if TYPE_CHECKING:
    from .analyzer import MAX_ISSUES_PER_TYPE, WEIGHTS_NO_JOB, WEIGHTS_WITH_JOB, analyze
    from .keywords import Keyword, KeywordMatch, extract_job_keywords, match_keywords
    from .model import Analysis, Issue, Part

__getattr__ = exports(
    __name__,
    {
        "analyzer": ("MAX_ISSUES_PER_TYPE", "WEIGHTS_NO_JOB", "WEIGHTS_WITH_JOB", "analyze"),
        "keywords": ("Keyword", "KeywordMatch", "extract_job_keywords", "match_keywords"),
        "model": ("Analysis", "Issue", "Part"),
    },
)

__all__ = [
    "MAX_ISSUES_PER_TYPE",
    "WEIGHTS_NO_JOB",
    "WEIGHTS_WITH_JOB",
    "Analysis",
    "Issue",
    "Keyword",
    "KeywordMatch",
    "Part",
    "analyze",
    "extract_job_keywords",
    "match_keywords",
]

"""ATS analysis: keywords with variants, checks, spelling, and an explained 0–100 score."""

from __future__ import annotations

from .analyzer import MAX_ISSUES_PER_TYPE, WEIGHTS_NO_JOB, WEIGHTS_WITH_JOB, analyze
from .keywords import Keyword, KeywordMatch, extract_job_keywords, match_keywords
from .model import Analysis, Issue, Part

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

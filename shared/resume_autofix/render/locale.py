"""The language a resume is written in, when its script says so cheaply, and the headings/labels in it.

A reader of a Japanese resume expects 職務経歴, not "Work Experience". Only scripts that name one language are
localised: kana → Japanese, Hangul → Korean. Latin-script languages would need a statistical detector (lingua:
hundreds of ms and tens of MB in the render Lambda) and Cyrillic or Han alone do not name one language (ru/uk/bg,
zh-Hans/zh-Hant/ja), so those resumes keep the English headings an ATS expects by default.

The decision counts letters in what the person wrote about themselves (label, summary, entry descriptions and
highlights), never the name alone: a Japanese name on an English resume stays English.
"""

from __future__ import annotations

import re
from typing import Any

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: how much of a resume's prose (in characters) is enough to decide; the rest is not read
_SAMPLE_CHARS = 1500

#: text a theme draws itself, per language: the section headings (by section id), "summary", dates and labels
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Summary",
        "work": "Work Experience",
        "projects": "Projects",
        "education": "Education",
        "skills": "Skills",
        "certificates": "Certificates",
        "awards": "Awards",
        "publications": "Publications",
        "volunteer": "Volunteer",
        "languages": "Languages",
        "interests": "Interests",
        "references": "References",
        "present": "Present",
        "score": "Score",
        "courses": "Courses",
        "roles": "Roles",
        "keywords": "Keywords",
    },
    "ja": {
        "summary": "職務要約",
        "work": "職務経歴",
        "projects": "プロジェクト",
        "education": "学歴",
        "skills": "スキル",
        "certificates": "資格",
        "awards": "受賞歴",
        "publications": "著作・発表",
        "volunteer": "ボランティア活動",
        "languages": "語学",
        "interests": "趣味・関心",
        "references": "推薦者",
        "present": "現在",
        "score": "成績",
        "courses": "履修科目",
        "roles": "役割",
        "keywords": "キーワード",
    },
    "ko": {
        "summary": "요약",
        "work": "경력",
        "projects": "프로젝트",
        "education": "학력",
        "skills": "기술",
        "certificates": "자격증",
        "awards": "수상 경력",
        "publications": "출판물",
        "volunteer": "봉사 활동",
        "languages": "어학",
        "interests": "관심 분야",
        "references": "추천인",
        "present": "현재",
        "score": "성적",
        "courses": "수강 과목",
        "roles": "역할",
        "keywords": "키워드",
    },
}


def _prose(resume: dict[str, Any]) -> str:
    """The person's own sentences, in document order, up to ``_SAMPLE_CHARS``."""
    parts: list[str] = []
    size = 0

    def add(value: Any) -> None:
        nonlocal size
        if isinstance(value, str):
            parts.append(value)
            size += len(value)

    basics = resume.get("basics")
    if isinstance(basics, dict):
        add(basics.get("label"))
        add(basics.get("summary"))
    for section in ("work", "projects", "volunteer", "education", "awards", "publications"):
        items = resume.get(section)
        for item in items if isinstance(items, list) else ():
            if size > _SAMPLE_CHARS:
                break
            if not isinstance(item, dict):
                continue
            for key in ("position", "description", "summary", "studyType", "area", "title"):
                add(item.get(key))
            highlights = item.get("highlights")
            for highlight in highlights if isinstance(highlights, list) else ():
                add(highlight)
    return " ".join(parts)[:_SAMPLE_CHARS]


def content_lang(resume: dict[str, Any]) -> str | None:
    """``"ja"``/``"ko"`` when the resume's prose is mostly in that script, else ``None`` (English headings)."""
    sample = _prose(resume)
    if not sample:
        return None
    # fast path (most resumes): no kana and no Hangul means no localised headings, whatever else is there
    if sample.isascii() or not (_KANA.search(sample) or _HANGUL.search(sample)):
        return None
    kana, han, hangul = len(_KANA.findall(sample)), len(_HAN.findall(sample)), len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    # one CJK character carries about as much as a short Latin word: weigh it so, or the English tech terms
    # every Japanese resume is sprinkled with ("Web", "JavaScript") would outvote the Japanese around them
    if kana and 3 * (kana + han) > latin:
        return "ja"
    if hangul and 3 * (hangul + han) > latin:
        return "ko"
    return None


def labels(lang: str) -> dict[str, str]:
    """The theme's own words in ``lang`` (English for a language without its own table)."""
    return LABELS.get(lang, LABELS["en"])

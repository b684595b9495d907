"""The language a resume is written in, its headings and labels, and its month names (CLDR through Babel).

A reader of a German resume expects "Berufserfahrung" and "Feb. 2026 – heute", not "Work Experience" and
"Feb 2026 – Present". The languages are those the analysis tells apart (``analysis.language``): kana → Japanese,
Hangul → Korean, Cyrillic → Russian (unless letters only Ukrainian or Belarusian have say otherwise), and the
Latin-script languages by their function words (de, fr, es, pt, it, nl, en). The analysis detector is not
imported here: importing the analysis package costs ~150 ms of a PDF Lambda's cold start; both read their function
words from ``resume.function_words``, and a test keeps the two deciding alike. Anything unsure keeps the English
headings an ATS expects by default.

The decision reads what the person wrote about themselves (label, summary, entry descriptions and highlights),
never the name alone: a Japanese name on an English resume stays English. Month names come from Babel's CLDR
data (``format_skeleton("yMMM")``: "févr. 2026", "2026年2月"); Babel is imported only for a non-English resume.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any

from ..resume.function_words import FUNCTION_WORDS

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
    "de": {
        "summary": "Profil",
        "work": "Berufserfahrung",
        "projects": "Projekte",
        "education": "Ausbildung",
        "skills": "Kenntnisse",
        "certificates": "Zertifikate",
        "awards": "Auszeichnungen",
        "publications": "Veröffentlichungen",
        "volunteer": "Ehrenamt",
        "languages": "Sprachen",
        "interests": "Interessen",
        "references": "Referenzen",
        "present": "heute",
        "score": "Note",
        "courses": "Kurse",
        "roles": "Rollen",
        "keywords": "Schlagwörter",
    },
    "fr": {
        "summary": "Profil",
        "work": "Expérience professionnelle",
        "projects": "Projets",
        "education": "Formation",
        "skills": "Compétences",
        "certificates": "Certifications",
        "awards": "Distinctions",
        "publications": "Publications",
        "volunteer": "Bénévolat",
        "languages": "Langues",
        "interests": "Centres d'intérêt",
        "references": "Références",
        "present": "aujourd'hui",
        "score": "Mention",
        "courses": "Cours",
        "roles": "Rôles",
        "keywords": "Mots-clés",
    },
    "es": {
        "summary": "Perfil",
        "work": "Experiencia laboral",
        "projects": "Proyectos",
        "education": "Formación",
        "skills": "Habilidades",
        "certificates": "Certificaciones",
        "awards": "Premios",
        "publications": "Publicaciones",
        "volunteer": "Voluntariado",
        "languages": "Idiomas",
        "interests": "Intereses",
        "references": "Referencias",
        "present": "actualidad",
        "score": "Calificación",
        "courses": "Cursos",
        "roles": "Funciones",
        "keywords": "Palabras clave",
    },
    "pt": {
        "summary": "Resumo",
        "work": "Experiência profissional",
        "projects": "Projetos",
        "education": "Formação",
        "skills": "Competências",
        "certificates": "Certificações",
        "awards": "Prêmios",
        "publications": "Publicações",
        "volunteer": "Voluntariado",
        "languages": "Idiomas",
        "interests": "Interesses",
        "references": "Referências",
        "present": "atual",
        "score": "Nota",
        "courses": "Disciplinas",
        "roles": "Funções",
        "keywords": "Palavras-chave",
    },
    "it": {
        "summary": "Profilo",
        "work": "Esperienza lavorativa",
        "projects": "Progetti",
        "education": "Istruzione",
        "skills": "Competenze",
        "certificates": "Certificazioni",
        "awards": "Premi",
        "publications": "Pubblicazioni",
        "volunteer": "Volontariato",
        "languages": "Lingue",
        "interests": "Interessi",
        "references": "Referenze",
        "present": "oggi",
        "score": "Voto",
        "courses": "Corsi",
        "roles": "Ruoli",
        "keywords": "Parole chiave",
    },
    "nl": {
        "summary": "Profiel",
        "work": "Werkervaring",
        "projects": "Projecten",
        "education": "Opleiding",
        "skills": "Vaardigheden",
        "certificates": "Certificaten",
        "awards": "Prijzen",
        "publications": "Publicaties",
        "volunteer": "Vrijwilligerswerk",
        "languages": "Talen",
        "interests": "Interesses",
        "references": "Referenties",
        "present": "heden",
        "score": "Cijfer",
        "courses": "Vakken",
        "roles": "Rollen",
        "keywords": "Trefwoorden",
    },
    "ru": {
        "summary": "Профиль",
        "work": "Опыт работы",
        "projects": "Проекты",
        "education": "Образование",
        "skills": "Навыки",
        "certificates": "Сертификаты",
        "awards": "Награды",
        "publications": "Публикации",
        "volunteer": "Волонтёрство",
        "languages": "Языки",
        "interests": "Интересы",
        "references": "Рекомендации",
        "present": "настоящее время",
        "score": "Средний балл",
        "courses": "Курсы",
        "roles": "Роли",
        "keywords": "Ключевые слова",
    },
}

_WORDS = re.compile(r"[^\W\d_]+")
#: Cyrillic letters Russian has and Ukrainian/Belarusian lack, and the other way round
_RUSSIAN_ONLY = re.compile(r"[ыэъЫЭЪ]")
_NOT_RUSSIAN = re.compile(r"[іїєґўІЇЄҐЎ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


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
    """The language of the resume's prose when it has its own headings (``LABELS``), else ``None`` (English)."""
    sample = _prose(resume)
    if not sample:
        return None
    if not sample.isascii():
        if _KANA.search(sample) or _HANGUL.search(sample):
            return _cjk(sample)
        if _CYRILLIC.search(sample):
            return _cyrillic(sample)
    return _latin(sample)


def _cjk(sample: str) -> str | None:
    kana, han, hangul = len(_KANA.findall(sample)), len(_HAN.findall(sample)), len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    # one CJK character carries about as much as a short Latin word: weigh it so, or the English tech terms
    # every Japanese resume is sprinkled with ("Web", "JavaScript") would outvote the Japanese around them
    if kana and 3 * (kana + han) > latin:
        return "ja"
    if hangul and 3 * (hangul + han) > latin:
        return "ko"
    return None


def _cyrillic(sample: str) -> str | None:
    """Russian when Cyrillic is most of the letters and they are Russian's (not Ukrainian, Belarusian)."""
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyrillic <= latin or _NOT_RUSSIAN.search(sample) or not _RUSSIAN_ONLY.search(sample):
        return None
    return "ru"


def _latin(sample: str) -> str | None:
    """The Latin-script language whose function words clearly lead (the analysis detector's margin rule)."""
    tokens = [w.lower() for w in _WORDS.findall(sample)]
    hits = {lang: sum(t in words for t in tokens) for lang, words in FUNCTION_WORDS.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, first), (_, second) = ranked[0], ranked[1]
    if first >= 2 and first >= 2 * max(second, 1) - 1 and first > second and best != "en":
        return best
    return None


def labels(lang: str) -> dict[str, str]:
    """The theme's own words in ``lang`` (English for a language without its own table)."""
    return LABELS.get(lang, LABELS["en"])


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=4096)
def month_year(year: int, month: int, lang: str = "en") -> str:
    """``(2026, 2, "de")`` → ``"Feb. 2026"``: CLDR's year-and-abbreviated-month format for ``lang``.

    English (most resumes) is a table equal to CLDR's ("Feb 2026"; a test checks it), so it never imports Babel.
    """
    if lang not in LABELS or lang == "en":
        return f"{_EN_MONTHS[month - 1]} {year}"
    from babel.dates import format_skeleton  # noqa: PLC0415 - ~60 ms + ~50 ms per locale: non-English only

    return str(format_skeleton("yMMM", datetime.date(year, month, 1), locale=lang))

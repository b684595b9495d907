"""One view of a resume for every theme and both outputs (HTML and PDF).

Real files are messy (see tests/data/corpus/SOURCES.md): empty strings everywhere, year-only dates, v0 keys
(``company``, ``website``, ``picture``), numbers where text is expected, theme-only keys. The view keeps what a
reader would see and drops what is empty, so a theme never prints an empty heading: a section is in
``sections`` only if at least one of its entries has something to show.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .locale import LABELS, content_lang, labels, month_year

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T.*)?$")
#: an end date written as a word that means "still going", in the languages of ``locale.LABELS``
_OPEN_ENDS = frozenset(
    ["present", "current", "now", "today", "ongoing", "aktuell", "jetzt", "bis heute", "présent", "en cours"]
    + ["actual", "presente", "atual", "attuale", "in corso", "nu", "по настоящее время", "сейчас"]
    + [words["present"].lower() for words in LABELS.values()]
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_LANGS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)

_SECTION_IDS = (
    "work",
    "projects",
    "education",
    "skills",
    "certificates",
    "awards",
    "publications",
    "volunteer",
    "languages",
    "interests",
    "references",
)
#: (section id, English heading) in the order every theme draws them (other languages: ``locale.LABELS``)
SECTIONS: tuple[tuple[str, str], ...] = tuple((s, LABELS["en"][s]) for s in _SECTION_IDS)


def text(value: Any) -> str:
    """A field as display text: NFC, single spaces, control characters gone; non-text values → ""."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return ""
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isprintable():
        value = "".join(ch for ch in value if ch == "\n" or unicodedata.category(ch) != "Cc")
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    return "\n".join(line for line in lines if line)


def one_line(value: Any) -> str:
    return text(value).replace("\n", ", ")


def texts(value: Any) -> list[str]:
    """A list field (or a lone string) as non-empty display strings."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list):
        return []
    return [t for t in (text(v) for v in value) if t]


def url(value: Any) -> str:
    """A link target we are willing to write into a page: http(s) or mailto only (no ``javascript:``)."""
    u = one_line(value)
    if not u or " " in u:
        return ""
    low = u.lower()
    if low.startswith(("http://", "https://", "mailto:")):
        return u
    if re.match(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+([/?#].*)?$", u):
        return f"https://{u}"
    return ""


def date(value: Any, lang: str = "en") -> str:
    """``2020-02-01`` → ``Feb 2020`` (``Feb. 2020`` in German, ``2020年2月`` in Japanese: CLDR), ``2012`` → ``2012``;
    anything else as written."""
    raw = one_line(value)
    m = _DATE.match(raw)
    if not m:
        return raw
    year, month = m.group(1), m.group(2)
    if month and 1 <= int(month) <= 12:
        return month_year(int(year), int(month), lang)
    return year


def date_range(start: Any, end: Any, lang: str = "en") -> str:
    """Start – end; an open end (none, "", or "present" in any case) reads "Present" in the resume's language."""
    s, e = date(start, lang), date(end, lang)
    present = labels(lang)["present"]
    if e.lower() in _OPEN_ENDS:
        e = present
    if s and e:
        return s if s == e else f"{s} – {e}"
    if s:
        return f"{s} – {present}"
    return e


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def location(value: Any) -> str:
    if isinstance(value, str):
        return one_line(value)
    loc = _dict(value)
    parts = [one_line(loc.get(k)) for k in ("city", "region", "countryCode")]
    joined = ", ".join(dict.fromkeys(p for p in parts if p))
    return joined or one_line(loc.get("address"))


def _entry(title: str, subtitle: str = "", dates: str = "", **kw: Any) -> dict[str, Any] | None:
    entry = {
        "title": title or subtitle,
        "subtitle": subtitle if title else "",
        "dates": dates,
        "location": kw.get("location", ""),
        "url": kw.get("url", ""),
        "summary": kw.get("summary", ""),
        "highlights": kw.get("highlights", []),
        "details": [(label, value) for label, value in kw.get("details", []) if value],
    }
    has_content = any(entry[k] for k in ("title", "dates", "location", "summary", "highlights", "details"))
    return entry if has_content else None


def _work(item: dict[str, Any], org_keys: tuple[str, ...], lang: str) -> dict[str, Any] | None:
    org = next((one_line(item.get(k)) for k in org_keys if one_line(item.get(k))), "")
    return _entry(
        one_line(item.get("position")),
        org,
        date_range(item.get("startDate"), item.get("endDate"), lang),
        location=location(item.get("location")),
        url=url(item.get("url") or item.get("website")),
        summary="\n".join(t for t in (text(item.get("description")), text(item.get("summary"))) if t),
        highlights=texts(item.get("highlights")),
    )


def _entries(section: str, items: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    words = labels(lang)
    result = []
    for item in items:
        if section == "work":
            entry = _work(item, ("name", "company"), lang)
        elif section == "volunteer":
            entry = _work(item, ("organization", "name"), lang)
        elif section == "projects":
            entry = _entry(
                one_line(item.get("name")),
                ", ".join(t for t in (one_line(item.get("entity")), one_line(item.get("type"))) if t),
                date_range(item.get("startDate"), item.get("endDate"), lang),
                url=url(item.get("url") or item.get("website")),
                location=location(item.get("location")),
                summary="\n".join(t for t in (one_line(item.get("position")), text(item.get("description"))) if t),
                highlights=texts(item.get("highlights")),
                details=[
                    (words["roles"], ", ".join(texts(item.get("roles")))),
                    (words["keywords"], ", ".join(texts(item.get("keywords")))),
                ],
            )
        elif section == "education":
            study = " ".join(t for t in (one_line(item.get("studyType")), one_line(item.get("area"))) if t)
            entry = _entry(
                one_line(item.get("institution")),
                study,
                date_range(item.get("startDate"), item.get("endDate"), lang),
                url=url(item.get("url")),
                location=location(item.get("location")),
                details=[
                    (words["score"], one_line(item.get("score") or item.get("gpa"))),
                    (words["courses"], ", ".join(texts(item.get("courses")))),
                ],
            )
        elif section == "awards":
            entry = _entry(
                one_line(item.get("title")),
                one_line(item.get("awarder")),
                date(item.get("date"), lang),
                url=url(item.get("url")),
                summary=text(item.get("summary")),
            )
        elif section == "certificates":
            entry = _entry(
                one_line(item.get("name")),
                one_line(item.get("issuer")),
                date(item.get("date"), lang),
                url=url(item.get("url")),
            )
        elif section == "publications":
            entry = _entry(
                one_line(item.get("name")),
                one_line(item.get("publisher")),
                date(item.get("releaseDate"), lang),
                url=url(item.get("url") or item.get("website")),
                summary=text(item.get("summary")),
            )
        elif section == "references":
            entry = _entry(one_line(item.get("name")), summary=text(item.get("reference")))
        else:
            entry = None
        if entry:
            result.append(entry)
    return result


def _tags(section: str, items: list[dict[str, Any]]) -> list[dict[str, str]]:
    result = []
    for item in items:
        if section == "languages":
            name = one_line(item.get("language") or item.get("name"))
            detail = one_line(item.get("fluency") or item.get("level"))
        else:
            name = one_line(item.get("name"))
            keywords = texts(item.get("keywords"))
            linked = item.get("keywordsWithUrl")
            if isinstance(linked, list):
                keywords += [one_line(k.get("name")) for k in linked if isinstance(k, dict)]
            level = one_line(item.get("level"))
            detail = ", ".join(k for k in keywords if k)
            if level:
                name = f"{name} ({level})" if name else level
        if name or detail:
            result.append({"name": name or detail, "detail": detail if name else ""})
    return result


def guess_lang(*samples: str) -> str:
    """A BCP 47 tag for ``<html lang>`` from the script of the name and summary (``en`` by default)."""
    sample = " ".join(samples)
    for lang, pattern in _LANGS:
        if pattern.search(sample):
            return lang
    return "en"


def build_view(resume: dict[str, Any]) -> dict[str, Any]:
    """The display model of ``resume`` (a JSON Resume dict, already validated or not)."""
    basics = _dict(resume.get("basics"))
    name = one_line(basics.get("name"))
    email = one_line(basics.get("email"))
    if email[:7].lower() == "mailto:":  # written as a link: shown and linked once, as the address
        email = email[7:].strip()
    phone = one_line(basics.get("phone"))
    site = url(basics.get("url") or basics.get("website"))
    contact = []
    if email:
        contact.append({"text": email, "url": f"mailto:{email}" if "@" in email else ""})
    if phone:
        contact.append({"text": phone, "url": ""})
    if site:
        contact.append({"text": re.sub(r"^https?://", "", site).rstrip("/"), "url": site})
    loc = location(basics.get("location"))
    if loc:
        contact.append({"text": loc, "url": ""})
    for profile in _list(basics.get("profiles")):
        network, user = one_line(profile.get("network")), one_line(profile.get("username"))
        link = url(profile.get("url"))
        label = f"{network}: {user}" if network and user else (user or network or re.sub(r"^https?://", "", link))
        if label:
            contact.append({"text": label, "url": link})
    summary = text(basics.get("summary"))
    # headings, dates and labels follow the language of the prose, when its script names one (locale.py)
    written_in = content_lang(resume)
    label = one_line(basics.get("label"))
    # what the person wrote decides before their name does: a Japanese name on an English resume is lang="en"
    lang = written_in or (guess_lang(summary, label) if summary or label else guess_lang(name))
    words = labels(written_in or "en")
    sections = []
    for section in _SECTION_IDS:
        items = _list(resume.get(section))
        if section in ("skills", "languages", "interests"):
            tags = _tags(section, items)
            if tags:
                sections.append({"id": section, "title": words[section], "kind": "tags", "items": tags})
        else:
            entries = _entries(section, items, written_in or "en")
            if entries:
                sections.append({"id": section, "title": words[section], "kind": "entries", "items": entries})
    return {
        "lang": lang,
        "name": name,
        "label": label,
        "contact": contact,
        "summary": summary,
        "summary_title": words["summary"],
        "sections": sections,
    }

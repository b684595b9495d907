"""The checks that are not keywords or spelling: sections, contact, dates, bullets, verbs, length, repeats, tense.

Each check returns a 0..1 score, a one-line explanation, and its issues.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from resume_autofix.resume.dates import is_present, parse_iso, parse_loose
from resume_autofix.resume.pointer import to_pointer

from . import verbs
from . import vocabulary as vocab
from .model import Issue
from .text import TextField, plain, words

CheckResult = tuple[float, str, list[Issue]]

DATED_SECTIONS = {
    "work": ("startDate", "endDate"),
    "volunteer": ("startDate", "endDate"),
    "education": ("startDate", "endDate"),
    "projects": ("startDate", "endDate"),
    "awards": ("date",),
    "certificates": ("date",),
    "publications": ("releaseDate",),
}
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b", re.IGNORECASE
)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}$")
_REPEAT = re.compile(r"\b([A-Za-z]+)\s+\1\b", re.IGNORECASE)
_BULLET_MARK = re.compile(r"^\s*[-•*·▪–]\s+")
_MULTISPACE = re.compile(r"[ \t]{2,}| +$|^ +")


def _entries(doc: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    items = doc.get(section)
    return [(i, e) for i, e in enumerate(items) if isinstance(e, dict)] if isinstance(items, list) else []


def _has_content(entry: Any) -> bool:
    if isinstance(entry, str):
        return bool(entry.strip())
    if isinstance(entry, dict):
        return any(_has_content(v) for v in entry.values())
    if isinstance(entry, list):
        return any(_has_content(v) for v in entry)
    return entry is not None


def check_sections(doc: dict[str, Any]) -> CheckResult:
    basics: dict[str, Any] = doc["basics"] if isinstance(doc.get("basics"), dict) else {}
    expected = {
        "/basics/summary": ("summary", bool(str(basics.get("summary") or "").strip())),
        "/work": (
            "work experience",
            any(_has_content(e) for _, e in _entries(doc, "work"))
            or any(_has_content(e) for _, e in _entries(doc, "projects")),
        ),
        "/education": ("education", any(_has_content(e) for _, e in _entries(doc, "education"))),
        "/skills": ("skills", any(_has_content(e) for _, e in _entries(doc, "skills"))),
    }
    issues = [
        Issue("missing_section", "warning", path, f"Add a {label} section; ATS parsers and recruiters look for it")
        for path, (label, present) in expected.items()
        if not present
    ]
    present = sum(ok for _, ok in expected.values())
    return present / len(expected), f"{present} of {len(expected)} standard sections present", issues


def check_contact(doc: dict[str, Any]) -> CheckResult:
    basics: dict[str, Any] = doc["basics"] if isinstance(doc.get("basics"), dict) else {}
    location: dict[str, Any] = basics["location"] if isinstance(basics.get("location"), dict) else {}
    issues: list[Issue] = []
    name = str(basics.get("name") or "").strip()
    email = str(basics.get("email") or "").strip()
    phone = str(basics.get("phone") or "").strip()
    place = any(str(location.get(k) or "").strip() for k in ("city", "region", "countryCode"))
    if not name:
        issues.append(Issue("contact", "error", "/basics/name", "Add your name"))
    if not email:
        issues.append(Issue("contact", "error", "/basics/email", "Add an email address recruiters can reach"))
    if not phone:
        issues.append(Issue("contact", "warning", "/basics/phone", "Add a phone number"))
    elif not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 7:
        issues.append(
            Issue(
                "contact",
                "warning",
                "/basics/phone",
                f"The phone number {phone!r} does not look like one; use digits, spaces, +, - or ()",
            )
        )
    if not place:
        issues.append(
            Issue(
                "contact",
                "warning",
                "/basics/location",
                "Add a location (city, region or country); many ATS filter by it",
            )
        )
    ok = sum([bool(name), bool(email), bool(phone) and not any(i.path == "/basics/phone" for i in issues), place])
    return ok / 4, f"{ok} of 4 contact items (name, email, phone, location) present and well-formed", issues


def check_dates(doc: dict[str, Any]) -> CheckResult:
    issues: list[Issue] = []
    total = bad = 0
    for section, keys in DATED_SECTIONS.items():
        for i, entry in _entries(doc, section):
            values: dict[str, Any] = {}
            for key in keys:
                raw = entry.get(key)
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                total += 1
                path = to_pointer((section, i, key))
                text = str(raw)
                if key == "endDate" and is_present(text):
                    values[key] = "present"
                    continue
                iso = parse_iso(text)
                if iso:
                    values[key] = iso
                    continue
                bad += 1
                loose = parse_loose(text)
                if loose:
                    issues.append(
                        Issue(
                            "date_format",
                            "warning",
                            path,
                            f"Write the date {text!r} as {loose.iso()} (YYYY-MM-DD, YYYY-MM or YYYY)",
                            {"value": text, "iso": loose.iso()},
                        )
                    )
                else:
                    issues.append(
                        Issue(
                            "date_invalid",
                            "error",
                            path,
                            f"The date {text!r} cannot be read; write it as YYYY-MM-DD, YYYY-MM or YYYY",
                            {"value": text},
                        )
                    )
            start, end = values.get("startDate"), values.get("endDate")
            if start and end and not isinstance(start, str) and not isinstance(end, str) and _later(start, end):
                bad += 1
                issues.append(
                    Issue(
                        "date_order",
                        "error",
                        to_pointer((section, i, "endDate")),
                        f"The end date {end.iso()} is before the start date {start.iso()}",
                    )
                )
    score = 1.0 if not total else max(0.0, 1 - bad / total)
    return score, f"{total - bad} of {total} dates readable and in order" if total else "no dates to check", issues


def _later(start: Any, end: Any) -> bool:
    # Compare only at the precision both have: "2019" vs "2019-03" is not out of order.
    if start.year != end.year:
        return bool(start.year > end.year)
    if start.month and end.month and start.month != end.month:
        return bool(start.month > end.month)
    return bool(start.month and end.month and start.day and end.day and start.day > end.day)


def bullets(fields: list[TextField]) -> list[TextField]:
    return [f for f in fields if f.role == "bullet" and f.section in {"work", "volunteer", "projects"}]


def check_achievements(fields: list[TextField]) -> CheckResult:
    items = bullets(fields)
    if not items:
        return (
            0.0,
            "no bullet points to check",
            [Issue("no_bullets", "warning", "/work", "Add highlights (bullet points) with measurable results")],
        )
    quantified = [f for f in items if _NUMBER.search(plain(f.text))]
    share = len(quantified) / len(items)
    issues = []
    if share < 0.5:
        issues.append(
            Issue(
                "few_metrics",
                "info",
                "/work",
                f"Only {len(quantified)} of {len(items)} bullets have a number; add figures you can "
                "stand behind (team size, %, time saved, users)",
            )
        )
    return min(1.0, share / 0.5), f"{len(quantified)} of {len(items)} bullets quantified (target: half)", issues


def _is_current(doc: dict[str, Any], f: TextField) -> bool:
    entries = doc.get(f.section)
    if f.entry is None or not isinstance(entries, list) or f.entry >= len(entries):
        return False
    end = entries[f.entry].get("endDate") if isinstance(entries[f.entry], dict) else None
    return not end or is_present(str(end))


def check_action_verbs(doc: dict[str, Any], fields: list[TextField], known: Container[str]) -> CheckResult:
    items = bullets(fields)
    if not items:
        return 0.0, "no bullet points to check", []
    issues: list[Issue] = []
    points = 0.0
    for f in items:
        text = plain(f.text)
        weak = verbs.weak_opener(text)
        if weak:
            rewrite = verbs.rewrite_opener(f.text, _is_current(doc, f), known)
            data = {"opener": weak, "rewrite": rewrite} if rewrite else {"opener": weak}
            issues.append(
                Issue("weak_opener", "warning", f.path, f"Start with an action verb instead of {weak!r}", data)
            )
        elif verbs.is_action(text):
            points += 1
        else:
            points += 0.6
    strong = sum(1 for f in items if verbs.is_action(plain(f.text)))
    return points / len(items), f"{strong} of {len(items)} bullets open with an action verb, {len(issues)} weak", issues


def check_length(fields: list[TextField]) -> CheckResult:
    issues: list[Issue] = []
    items = bullets(fields)
    good = 0
    for f in items:
        n = len(words(plain(f.text)))
        if n > 40:
            issues.append(Issue("bullet_length", "info", f.path, f"This bullet has {n} words; keep bullets under 40"))
        elif n < 4:
            issues.append(Issue("bullet_length", "info", f.path, f"This bullet has {n} words; say what and the result"))
        else:
            good += 1
    total_words = sum(len(words(plain(f.text))) for f in fields)
    length_ok = 150 <= total_words <= 1200
    if total_words < 150:
        issues.append(Issue("resume_length", "warning", "", f"The resume has {total_words} words; 300–900 is typical"))
    elif total_words > 1200:
        issues.append(Issue("resume_length", "info", "", f"The resume has {total_words} words; trim to the relevant"))
    bullet_share = good / len(items) if items else 0.0
    score = 0.7 * bullet_share + 0.3 * float(length_ok)
    return score, f"{good} of {len(items)} bullets 4–40 words; {total_words} words in total", issues


def check_formatting(fields: list[TextField]) -> list[Issue]:
    """Whitespace, pasted bullet markers and lower-case bullet starts (the formatting fix's work list)."""
    issues: list[Issue] = []
    for f in fields:
        if f.role not in {"summary", "prose", "bullet", "keyword"}:
            continue
        if _MULTISPACE.search(f.text) or f.text != f.text.strip():
            issues.append(Issue("whitespace", "info", f.path, "Remove extra spaces"))
        if f.role == "bullet":
            if _BULLET_MARK.match(f.text):
                issues.append(
                    Issue("bullet_marker", "info", f.path, "Remove the typed bullet marker; the theme draws bullets")
                )
            stripped = _BULLET_MARK.sub("", f.text).lstrip()
            if needs_capital(stripped):
                issues.append(Issue("capitalisation", "info", f.path, "Start the bullet with a capital letter"))
    return issues


_LOWER_ON_PURPOSE = frozenset({"etc", "e.g", "i.e", "vs", "via", "cf"})


def needs_capital(text: str) -> bool:
    """A bullet that starts with a lower-case word that should be capitalised: not "iOS", "eBay", "npm", "etc."."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not (first[:1].islower() and first[:1].isascii()) or any(c.isupper() for c in first):
        return False
    word = first.rstrip(".,;:!?)")
    return word not in _LOWER_ON_PURPOSE and word not in vocab.vocabulary_words()


def ended_role(doc: dict[str, Any], path: str) -> bool:
    """The entry ``path`` points into (``/work/2/highlights/0``) has an end date that is not "present"."""
    parts = path.split("/")
    if len(parts) < 3 or not parts[2].isdigit():
        return False
    section, entry = parts[1], int(parts[2])
    return not _is_current(doc, TextField(path, "", "bullet", section, entry))


def check_repeats_and_tense(
    doc: dict[str, Any], fields: list[TextField], omitted: dict[str, int] | None = None, limit: int = 50
) -> list[Issue]:
    """Repeated words (the first ``limit``; the rest counted in ``omitted``) and present tense in ended roles."""
    issues: list[Issue] = []
    repeats = 0
    for f in fields:
        if f.role not in {"summary", "prose", "bullet"}:
            continue
        for m in _REPEAT.finditer(f.text):
            if m.group(1).lower() in {"that", "had", "is"}:  # "that that" / "had had" can be grammatical
                continue
            repeats += 1
            if repeats > limit:  # counted, not listed: a field of "a a a ..." holds one per two words
                if omitted is not None:
                    omitted["repeated_word"] = omitted.get("repeated_word", 0) + 1
                continue
            issues.append(
                Issue(
                    "repeated_word",
                    "warning",
                    f.path,
                    f"The word {m.group(1)!r} is repeated",
                    {"word": m.group(1), "start": m.start()},
                    key=str(m.start()),
                )
            )
    for f in bullets(fields):
        first = verbs.first_word(plain(f.text))
        if not _is_current(doc, f) and verbs.is_present(first) and not verbs.is_past(first):
            rewrite = verbs.rewrite_tense(f.text)
            issues.append(
                Issue(
                    "tense",
                    "info",
                    f.path,
                    f"This role has ended; write {first!r} in the past tense",
                    {"word": first, "rewrite": rewrite} if rewrite else {"word": first},
                )
            )
    return issues

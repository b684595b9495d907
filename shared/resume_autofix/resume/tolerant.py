"""Real JSON Resume files, read the way their authors meant them: each unambiguous deviation converted, with a note.

People write resumes by hand, with older tools, or from other schemas. What a reader understands at a glance is
converted here before validation, and every conversion is reported (``{"path", "message"}``, surfaced in the
analysis) so nothing changes silently. The person's data is kept: a value is moved or wrapped, never dropped.
What a reader could not tell apart (a list where text belongs, a number as a name list) is left for the
validator to refuse with a 400 naming the path.

Converted:

- ``basics.location`` as text ("Medellín, Colombia") → ``{"city": "Medellín", "region": "Colombia"}``;
- ``countryCode`` that is not a two-letter code ("Colombia", "USA") → moved to ``region`` when that is empty;
- ``basics.profiles`` as an object ({"github": "jdoe"}) or a list of URLs → a list of profiles;
- ``skills`` / ``languages`` / ``interests`` items as plain text → ``{"name": ...}`` / ``{"language": ...}``;
  ``skills`` as an object ({"Languages": ["Go"]}) → one skill per key;
- ``highlights`` (and ``keywords``, ``courses``, ``roles``) as one string → a list (one item per line or
  bullet; ``keywords`` split on commas);
- a section written as one object instead of a list of them → a list of one;
- a date range in one field ("2019 - Present" as ``startDate``, no ``endDate``) → ``startDate`` and ``endDate``.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import is_present, parse_loose
from .pointer import to_pointer

Note = dict[str, str]

_LIST_SECTIONS = (
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
_DATED = ("work", "volunteer", "education", "projects")
_TEXT_LISTS = ("highlights", "keywords", "courses", "roles")
_ITEM_KEY = {"skills": "name", "languages": "language", "interests": "name", "references": "reference"}
_RANGE = re.compile(r"^\s*(.+?)\s*(?:\s[-–—]\s|–|—|\sto\s|\suntil\s)\s*(.+?)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪]|\d{1,2}[.)])\s+")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_URL = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)
_HOSTS = {
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "linkedin.com": "LinkedIn",
    "twitter.com": "Twitter",
    "x.com": "X",
    "stackoverflow.com": "Stack Overflow",
    "medium.com": "Medium",
    "behance.net": "Behance",
    "dribbble.com": "Dribbble",
}


def normalize(doc: dict[str, Any]) -> tuple[dict[str, Any], list[Note]]:
    """``doc`` with every unambiguous deviation converted (in place on a copy the caller owns), and the notes."""
    notes: list[Note] = []
    basics = doc.get("basics")
    if isinstance(basics, dict):
        _basics(basics, notes)
    for section in _LIST_SECTIONS:
        value = doc.get(section)
        if section == "skills" and isinstance(value, dict) and value and all(_is_names(v) for v in value.values()):
            doc[section] = [{"name": str(k), "keywords": _names(v)} for k, v in value.items()]
            _note(notes, (section,), "skills written as an object of lists; read as one skill group per key")
        elif isinstance(value, dict) and _fresh_list(value) is not None:
            doc[section] = [_from_fresh(e) for e in _fresh_list(value) or []]
            _note(notes, (section,), f"{section} in the FRESH layout; read as the JSON Resume list")
        elif isinstance(value, dict):
            doc[section] = [value]
            _note(notes, (section,), f"{section} written as one object; read as a list of one")
        entries = doc.get(section)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            if isinstance(entry, str) and section in _ITEM_KEY:
                entries[i] = {_ITEM_KEY[section]: entry}
                _note(notes, (section, i), f"plain text read as {{{_ITEM_KEY[section]!r}: ...}}")
            elif isinstance(entry, dict):
                _entry(section, i, entry, notes)
    return doc, notes


def _basics(basics: dict[str, Any], notes: list[Note]) -> None:
    loc = basics.get("location")
    if isinstance(loc, str) and loc.strip():
        parts = [p.strip() for p in loc.split(",") if p.strip()]
        new: dict[str, str] = {"city": parts[0]} if parts else {}
        if len(parts) > 1:
            new["region"] = ", ".join(parts[1:])
        basics["location"] = new
        _note(notes, ("basics", "location"), "location written as text; read as city and region")
    elif isinstance(loc, str):
        basics["location"] = {}
        _note(notes, ("basics", "location"), "empty location text read as no location")
    if isinstance(basics.get("location"), dict):
        _country(basics["location"], ("basics", "location"), notes)
    profiles = basics.get("profiles")
    if isinstance(profiles, dict):
        basics["profiles"] = [_profile(str(k), v) for k, v in profiles.items()]
        _note(notes, ("basics", "profiles"), "profiles written as an object; read as one profile per network")
    elif isinstance(profiles, list):
        for i, item in enumerate(profiles):
            if isinstance(item, str):
                profiles[i] = _profile("", item)
                _note(notes, ("basics", "profiles", i), "profile written as text; read as a profile")


def _country(loc: dict[str, Any], where: tuple[str | int, ...], notes: list[Note]) -> None:
    code = loc.get("countryCode")
    region = loc.get("region")
    if isinstance(code, str) and code.strip() and not _COUNTRY.match(code.strip()) and not region:
        loc["region"] = code.strip()
        del loc["countryCode"]
        _note(notes, (*where, "countryCode"), f"{code!r} is not a two-letter country code; kept as the region")


def _profile(network: str, value: Any) -> Any:
    if isinstance(value, dict):
        return {"network": network, **value} if network and "network" not in value else value
    if not isinstance(value, str):
        return {"network": network, "username": value}
    if _URL.match(value.strip()):
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", value.strip(), flags=re.IGNORECASE).split("/")[0].lower()
        return {"network": network or _HOSTS.get(host, host), "url": value.strip()}
    return {"network": network, "username": value}


def _entry(section: str, i: int, entry: dict[str, Any], notes: list[Note]) -> None:
    for key in _TEXT_LISTS:
        value = entry.get(key)
        if isinstance(value, str):
            entry[key] = _split_list(value, key)
            _note(notes, (section, i, key), f"{key} written as one text; read as a list")
    if isinstance(entry.get("location"), dict):
        _country(entry["location"], (section, i, "location"), notes)
    if section in _DATED:
        _date_range(section, i, entry, notes)


def _split_list(value: str, key: str) -> list[str]:
    if key == "keywords" and "\n" not in value:
        return [p.strip() for p in value.split(",") if p.strip()]
    lines = [_BULLET.sub("", line).strip() for line in value.splitlines()]
    return [line for line in lines if line] or ([value] if value.strip() else [])


def _date_range(section: str, i: int, entry: dict[str, Any], notes: list[Note]) -> None:
    start, end = entry.get("startDate"), entry.get("endDate")
    if not isinstance(start, str) or not (end is None or (isinstance(end, str) and not end.strip())):
        return
    m = _RANGE.match(start)
    if not m or parse_loose(m.group(1)) is None:
        return
    right = m.group(2)
    if not (is_present(right) or parse_loose(right) is not None):
        return
    entry["startDate"], entry["endDate"] = m.group(1), right
    _note(notes, (section, i, "startDate"), f"the range {start!r} read as startDate and endDate")


_FRESH_CONTAINERS = ("history", "sets", "list")
_FRESH_KEYS = {"start": "startDate", "end": "endDate", "skills": "keywords", "curriculum": "courses", "grade": "score"}


def _fresh_list(value: dict[str, Any]) -> list[Any] | None:
    """FRESH (HackMyResume) wraps a section's entries: ``{"history": [...]}``, ``{"sets": [...]}``."""
    for key in _FRESH_CONTAINERS:
        if isinstance(value.get(key), list) and all(isinstance(e, dict) for e in value[key]):
            return list(value[key])
    return None


def _from_fresh(entry: dict[str, Any]) -> dict[str, Any]:
    out = dict(entry)
    for old, new in _FRESH_KEYS.items():
        if old in out and new not in out:
            out[new] = out.pop(old)
    return out


def _is_names(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _names(value: Any) -> list[str]:
    return _split_list(value, "keywords") if isinstance(value, str) else list(value)


def _note(notes: list[Note], path: tuple[str | int, ...], message: str) -> None:
    notes.append({"path": to_pointer(path), "message": message})

"""What work, school and project entries share: their dates and body, which title part is the role or the school, and
what a name's cell adds after the name (a link, a place, a country's code, how the job was held)."""

from __future__ import annotations

import copy
import re
from typing import Any

from .lines import CELL_SEP
from .places import BRACKET_PLACE, CAMPUS, LOCATION, place_tail
from .rawentry import RawEntry
from .roles import Habit, any_role, institution_score, pick
from .vocabulary import exact_key
from .wraps import list_label


def entry_dates(
    item: dict[str, Any],
    entry: RawEntry,
    start_key: str = "startDate",
    end_key: str = "endDate",
    *,
    single_ends: bool = False,
    single_both: bool = False,
) -> None:
    """The entry's dates; one date alone is the start, or with ``single_ends`` the end: a school's one date
    ("May 2019") is when the person graduated, while "since 2019" and "2019 – present" still start; with
    ``single_both`` both: a job dated "1997" alone was held in 1997, not since (no end date would say it still is)."""
    span = entry.date
    if span is None:
        return
    if span.single and start_key != end_key:
        item[end_key if single_ends else start_key] = span.start
        if single_both:
            item[end_key] = span.start
        return
    if span.start:
        item[start_key] = span.start
    if span.end:
        item[end_key] = span.end


_BARE_NUMBER = re.compile(r"[\d\s.,/–-]+")


def without_bare_numbers(item: dict[str, Any], entry: RawEntry, keys: tuple[str, ...]) -> None:
    """A role, a degree or a field has a letter in it: "4" or "2015" where one was expected is a month or a year
    the date reader did not take ("20XX  4  株式会社履歴書入社"), kept with the entry's lines, not given as a title."""
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and _BARE_NUMBER.fullmatch(value.strip()):  # not "10+2", India's school-leaving
            entry.paragraphs.append(item.pop(key))


def entry_body(item: dict[str, Any], entry: RawEntry, key: str = "summary") -> None:
    if entry.paragraphs:
        item[key] = "\n".join(entry.paragraphs)
    if entry.bullets:
        item["highlights"] = list(entry.bullets)


def two_roles(entries: list[RawEntry], score: Any, default: int) -> list[tuple[str | None, str | None, list[str]]]:
    """(wanted, other, rest) per entry, the wanted part chosen by ``score`` and the document's habit."""
    habit = Habit()
    for entry in entries:  # first pass: learn the habit from entries where the words decide
        if len(entry.parts) >= 2 and _later_role(entry.parts, score):
            habit.vote(1)  # "Jedi Temple | Coruseant | Head Jedi Master": the wanted part comes after the other
        elif len(entry.parts) >= 2:
            pick(entry.parts[:2], score, habit, default)
    out: list[tuple[str | None, str | None, list[str]]] = []
    for entry in entries:
        parts = entry.parts
        if not parts:
            out.append((None, None, []))
            continue
        if len(parts) == 1:
            out.append((parts[0], None, []) if score(parts[0]) > 0 else (None, parts[0], []))
            continue
        head = parts[:2]
        if later := _later_role(parts, score):  # "Master Project - PrIMA (University of Bremen)"
            head, parts = [later, parts[0]], [later, *(p for p in parts if p != later)]
        index = pick(head, score, copy.copy(habit), default)  # learnt in the first pass: this pass votes no more
        out.append((head[index], head[1 - index], parts[2:]))
    return out


def _later_role(parts: list[str], score: Any) -> str | None:
    """The first part after the first two that ``score`` names, when neither of the first two is named."""
    later = [p for p in parts[2:] if score(p) > 0]
    return later[0] if later and all(score(p) <= 0 for p in parts[:2]) else None


#: a link after the employer's name and a separator ("idea2App ∙ https://idea2.app", "DataFirst Inc.: https://…")
_LINK_TAIL = re.compile(r"\s*(?:[∙•·|:–—-]|\s)\s*(?P<url>(?:https?://|www\.)\S+)$", re.IGNORECASE)
#: a country's or state's two-letter code in brackets after a name ("Software United (NL)")
_CODES = (
    r"NL|UK|US|USA|DE|FR|ES|IT|BE|CH|AT|SE|NO|DK|FI|PL|PT|IE|CA|AU|NZ|IN|CN|JP|KR|BR|MX|AR|CL|CO|ZA|NG|"
    r"KE|EG|IL|TR|RU|UA|CZ|SK|HU|RO|GR|SG|HK|TW|MY|ID|PH|VN|TH|AE|NY|TX|WA|GA|NC|VA|FL"  # not "MA": a degree too
)
_CODE_TAIL = re.compile(rf"\s*\((?P<code>{_CODES})\)$")
#: a country's code after a school's name and a comma ("Open Universiteit, NL")
_COUNTRY_CODE = re.compile(rf"(?-i:{_CODES})")


_SQUARE_PLACE = re.compile(r"\s*\[(?P<place>[^\[\]]+)\]$")
#: how the studies or the job were held, after a middle dot or a bar ("Высшая Школа Экономики · Очная форма",
#: "STABL Energy · Частичная занятость")
_MODE_TAIL = re.compile(
    r"(?i)\s+[·•|]\s+(?P<mode>(?:очная|заочная|вечерняя|очно-заочная|дистанционная) форма(?: обучения)?|"
    r"(?:полная|частичная) занятость|удал[её]нн?о|удал[её]нная работа|vollzeit|teilzeit|temps plein|temps partiel|"
    r"tiempo completo|medio tiempo|tempo integral|meio período|full[- ]time|part[- ]time)$"
)
#: how the job was held, written after the employer ("Mark It Done Remote Contractor", "Manasky (Part-time)")
_WORK_KIND_TAIL = re.compile(
    r"(?i)[\s,]+[(–—-]?\s*(?:remote|hybrid|full[- ]time|part[- ]time|self[- ]employed|freelance|contract|contractor|"
    r"internship|"
    r"temporary|seasonal)(?:\s+(?:contractor|contract|position|role|job))?\s*\)?$"
)


def name_tail(name: str, entry: RawEntry, item: dict[str, Any], places: bool = True) -> str:
    """The employer's name without what its title cell added after it: a link (the entry's url), a place after a
    comma or dash ("Little Stars Academy, New York, NY"; a school's is read by ``school_place``) or a country's code
    in brackets ("University of City (NL)"): the entry's location."""
    if (link := _LINK_TAIL.search(name)) and link.start() > 0:
        item["url"], name = link.group("url"), name[: link.start()].rstrip()
    if places and (run_on := _SENTENCE_AFTER.search(name)) and _run_on(run_on.group("last"), run_on.group("said")):
        name = name[: run_on.end("last")]  # "Groupe ESIEE. Reconnaissance de phonèmes …": what was done there
        entry.paragraphs.insert(0, run_on.group("said"))
    if (mode := _MODE_TAIL.search(name)) and mode.start() > 0:  # "Высшая Школа Экономики · Очная форма"
        name = name[: mode.start()]
        entry.paragraphs.append(mode.group("mode"))
    if places and (kind := _WORK_KIND_TAIL.search(name)) and kind.start() > 0:  # "Manasky Part-time"
        name = name[: kind.start()].rstrip(" ,")
        entry.paragraphs.append(kind.group().strip(" ,()–—-"))
    if places and entry.location is None and (placed := place_tail(name)) and placed[0].strip(" ,"):
        name, entry.location = placed[0].rstrip(" ,"), placed[1]
    head, _, town = name.rpartition(", ")
    if places and entry.location is None and head and _town_word(town) and _named_in(town, head):
        name, entry.location = head, town  # "Edinburgh Napier University, Edinburgh": the town the name holds
    if entry.location is None and (square := _SQUARE_PLACE.search(name)) and LOCATION.match(square.group("place")):
        name, entry.location = name[: square.start()].rstrip(), square.group("place")  # "SAIT [Calgary, AB]"
    code = _CODE_TAIL.search(name)
    initials = "".join(w[0] for w in name[: code.start()].split() if w[:1].isupper()) if code else ""
    if code and code.start() > 0 and initials != code.group("code"):  # "Hewlett Packard (HP)" is its name
        entry.location = entry.location or code.group("code")
        name = name[: code.start()].rstrip()
    return name


#: a sentence run on after the employer's name and a stop: a topic of two words or more, or a label ("Duties:")
_SENTENCE_AFTER = re.compile(r"(?<!\w)(?P<last>\w{2,})\.\s+(?P<said>[A-ZÀ-ÖØ-Þ]\S*(?:\s+\S+)+|[A-ZÀ-ÖØ-Þ]\w+:)$")
_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Corp", "Bros", "Dept", "Univ", "Intl", "Assn", "Assoc", "Co", "Ltda"}) | {
    # the titles and saints names begin with ("St. John's Regional Medical Center", "Dr. Kathy Foltz Laboratory")
    "St",
    "Ste",
    "Sta",
    "Sto",
    "Dr",
    "Mt",
    "Ft",
    "Jr",
    "Sr",
    "Prof",
    "Gen",
    "Rev",
    "Hon",
}


def _run_on(last: str, said: str) -> bool:
    """What follows the stop is said of the job, not more of the name: the word before the stop is no
    abbreviation, and what follows names no company, unit or job ("Omnious. Co., Ltd.", "Oficina Nacional de
    Planificación. Secretariado Técnico de la Presidencia")."""
    return (
        last not in _ABBREVIATIONS
        and said.split(maxsplit=1)[0].strip(".,") not in _ABBREVIATIONS
        and not any_role(said)
    )


#: a school's name that ends in its head word, then a town and its country with no comma before the town
_SCHOOL_THEN_TOWN = re.compile(
    # ("Technical University Munich": the town is part of such a name)
    r"^(?P<school>.*\b(?:University|College|Institute|School|Academy|Polytechnic)(?<!Technical University))"
    r"\s+(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s*[^,]+)$"
)


def school_place(institution: str) -> tuple[str, str] | None:
    """(school, place) when a school's name ends in its place: "University B, Los Angeles, USA.", "Stanford
    University, California" (the school's own words before the comma), "University of York, York" (a town the
    name holds)."""
    text = institution.rstrip(". :").replace(CELL_SEP, ", ")  # "University of York  York": a cell apart, a comma
    if CAMPUS.search(text.rpartition(", ")[0]):
        return None  # "University of California, Los Angeles": the campus is part of the name
    if placed := place_tail(text):
        return placed
    if (run_on := _SCHOOL_THEN_TOWN.match(text)) and LOCATION.match(run_on.group("place")):
        return run_on.group("school"), run_on.group("place")  # "Jabir ibn Hayyan University Rasht, Iran"
    head, _, town = text.partition(", ")
    if head and institution_score(head) > 0 and town and _named_in(town.partition(",")[0], head):
        return head, town  # "University of Arkansas at Little Rock, Little Rock, AR": the town the name holds
    head, _, last = text.rpartition(", ")
    if (
        head
        and institution_score(head) > 0
        and (LOCATION.match(last) or _COUNTRY_CODE.fullmatch(last) or (_town_word(last) and _not_of(head, last)))
    ):
        # "Tai Solarin University of Education, Ijagun, Ijebu-Ode": the town before the last one too
        while (before := head.rpartition(", "))[0] and institution_score(before[0]) > 0 and _town_word(before[2]):
            head, last = before[0], f"{before[2]}, {last}"
        return head, last
    return _bracketed_place(text)


#: a school whose town after the comma is part of its name: a college of a collegiate university ("Trinity
#: College, Cambridge"), a state university's campus ("California State University, Chico")
_COLLEGIATE = re.compile(r"(?i)\b(?:college|hall)$")
_COLLEGIATE_TOWNS = frozenset({"cambridge", "oxford", "durham", "london"})


def _not_of(head: str, town: str) -> bool:
    head = head.strip()
    collegiate = bool(_COLLEGIATE.search(head)) and town.lower() in _COLLEGIATE_TOWNS
    return not collegiate and not head.lower().endswith("state university")


def _town_word(text: str) -> bool:
    """One capitalised word that names no school, degree, field or role: a town after a school's comma ("…
    Gymnasium, Mainz", "Kantonsschule, Sargans")."""
    word = text.strip()
    pieces = word.split("-")  # "Ijebu-Ode"
    return (
        " " not in word
        and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in pieces)
        and not any_role(word)
    )


def _bracketed_place(text: str) -> tuple[str, str] | None:
    """ "University of Florence (Italy)", "KTH (Stockholm, Sweden)": the school and the place in its brackets."""
    bracket = BRACKET_PLACE.match(text)
    if bracket and institution_score(bracket.group("head")) > 0 and LOCATION.match(bracket.group("place")):
        return bracket.group("head"), bracket.group("place")
    return None


def _named_in(town: str, school: str) -> bool:
    """Every word of ``town`` is a word of ``school``'s name ("York" in "University of York")."""
    words = town.lower().split()
    return bool(words) and set(words) <= set(school.lower().split())


def name_shaped(text: str) -> bool:
    """A line shaped as a name alone, an employer's or a school's: one to six words in one cell, not ended as a
    sentence or a label, and no place, heading or list label. Whether it is the name wanted is the caller's test."""
    return (
        CELL_SEP not in text
        and 1 <= len(text.split()) <= 6
        and not text.endswith((".", ":", ","))
        and not LOCATION.match(text)
        and exact_key(text) is None
        and not list_label(text)
    )

"""An education entry's lines under its title: labelled rows ("Degree:", "Major:", "GPA:"), degrees listed under
one school, a thesis dated under its degree, a degree on a line of its own under a field of study; and what joins a
degree to its field."""

from __future__ import annotations

import re
from typing import Any

from . import lists
from .dates import DURATION, find_dates
from .items import school_place
from .lines import CELL_SEP
from .places import LOCATION
from .rawentry import RawEntry, cells_of
from .roles import degree_score, field_score, institution_score, school_score

#: what joins a degree to its field: "B.S. in Physics", "Máster en Informática", "Mestrado em Física"
IN_WORDS = r"in|en|em|в области|по специальности|по направлению|факультета"
#: "in" between a degree and its field, never inside brackets ("B.S. Statistics (Emphasis in Statistical Science)")
IN = re.compile(rf"\s+(?:{IN_WORDS})\s+(?![^()]*\))", re.IGNORECASE)
STUDY_SEP = re.compile(rf"\s+(?:{IN_WORDS})\s+(?![^()]*\))|\s+\|\s+", re.IGNORECASE)  # and "M.S. | Computer Systems"


def degree_under_field(item: dict[str, Any], entry: RawEntry) -> None:
    """A field of study read as the degree, where the degree is printed apart, on a line of its own under the title
    or in its place cell ("Information Technology" over "Bachelor", as JSON Resume themes print area and
    studyType): the field is the area, that short line the degree."""
    study = str(item.get("studyType", ""))
    if not study or "area" in item or degree_score(study) > 0:
        return
    if entry.location and _short_degree(entry.location):  # "Licencjat" in the place's cell
        item["area"], item["studyType"], entry.location = study, entry.location.strip(), None
        item.pop("location", None)
        return
    for i, text in enumerate(entry.paragraphs[:2]):
        if not _short_degree(text):
            continue
        del entry.paragraphs[i]
        item["studyType"] = text.strip()
        if _CAMPUS_NAMED.match(study) and item.get("institution"):  # "…Technology, Zürich (ETHZ)": the campus
            item["institution"] = f"{item['institution']}, {study}"
        elif LOCATION.match(study) and not entry.location:
            item["location"] = study
        else:
            item["area"] = study
        return


def field_under_degree(item: dict[str, Any], entry: RawEntry) -> None:
    """A degree read with no field of its own, whose field is printed on the line under it ("Bc." over "Otevřená
    informatika", "Bachelor of Science" over "(3 Jahre)  Geowissenschaften"): that short line, a field of study and
    nothing else, is the area."""
    study = _OF_SCIENCE.sub("", str(item.get("studyType", "")))
    if not study or field_score(study) > 0 or "area" in item or not entry.paragraphs:
        return  # no degree, or its field is named already ("B.S. Business Administration", "MASTER PHYSICS")
    cells = _first_line_cells(entry)
    text = cells[0].rstrip(".") if len(cells) == 1 else ""
    if (
        0 < len(text.split()) <= 6
        and a_field(text)
        and degree_score(text) <= 0
        and not find_dates(text)
        and not _NOT_FIELD.match(text)
    ):
        item["area"] = text
        del entry.paragraphs[0]


def wrapped_field(item: dict[str, Any], entry: RawEntry) -> None:
    """A field cut where its line ended, on a word that joins ("Ingeniería técnica informática de" / "sistemas."):
    the next line's first words, up to a stop or a comma, end it."""
    key = "area" if "area" in item else "studyType"
    text = str(item.get(key, ""))
    if not _JOINS_ON.search(text) or not entry.paragraphs:
        return
    cells = _first_line_cells(entry)
    if not cells or not (words := _UP_TO_STOP.match(cells[0])) or len(words.group().split()) > 4:
        return
    item[key] = f"{text} {words.group().strip()}"
    rest = " ".join([cells[0][words.end() :].strip(" .,;"), *cells[1:]]).strip()
    if rest:
        entry.paragraphs[0] = rest
    else:
        del entry.paragraphs[0]


def field_to_line_end(item: dict[str, Any], entry: RawEntry) -> None:
    """ "Degree, Field" on a line of its own under the school's (LinkedIn's "Master of Engineering - MEng, Computer
    engineering - Artificial Intelligence", "Student, Computer Programming/Programmer, General"): the field is all
    the line holds after the degree's comma, though it has commas or dashes of its own."""
    study, school = str(item.get("studyType", "")), str(item.get("institution", ""))
    if not study or not school or len(entry.cells) != 2 or school not in entry.cells[0]:
        return
    head, comma, tail = entry.cells[1].partition(", ")
    tail = tail.partition(" · ")[0].strip(" ·")
    area = str(item.get("area", ""))
    if (
        head == study
        and comma
        and 0 < len(tail.split()) <= 8
        and (not area or tail.startswith(area))
        and not any(c.isdigit() or c in ":：" for c in tail)  # a grade's number, a label ("praca: …")
        and not LOCATION.match(tail)
        and degree_score(tail) <= 0
        and institution_score(tail) <= 0
        and not _NOT_FIELD.match(tail)
    ):
        item["area"] = tail


#: a line that ends on a word that joins two others
_JOINS_ON = re.compile(r"(?i)\s(?:de|e|y|and|of|&|und|für|et|di|del|da|do|dos|das|for)$")
#: the next line's words up to a stop or a comma
_UP_TO_STOP = re.compile(r"[^\W\d_][^.,;:()]*")


#: the degree's own name that holds a field's word ("Bachelor of Science", "Master of Arts")
_OF_SCIENCE = re.compile(r"(?i)\bof\s+(?:science|arts)\b")
#: a line under the degree that names a minor or the department, not the field
_NOT_FIELD = re.compile(r"(?i)^(?:minor|department|dept\.?|faculty|school|focus|concentration)\b")


def _first_line_cells(entry: RawEntry) -> list[str]:
    """The cells of the line under the title, without how long the studies lasted, printed beside the field ("(3
    Jahre)", "(2 años)")."""
    return [c for c in cells_of(entry.paragraphs[0]) if not DURATION.fullmatch(c.strip().strip("()").strip())]


#: a campus's town and its acronym after the school's name ("Swiss Federal Institute of Technology, Zürich (ETHZ)")
_CAMPUS_NAMED = re.compile(r"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s*\([A-Z]{2,6}\)$")


def _short_degree(text: str) -> bool:
    """A degree alone on its line: four words at most ("Bachelor", "Bachelor of Science"), no school, no date."""
    return 0 < len(text.split()) <= 4 and degree_score(text) > 0 and school_score(text) <= 0 and not find_dates(text)


#: a thesis, dated apart under its degree ("21.10.2013  Masterthesis – Knowledge-Based Simulation Models …")
_THESIS = re.compile(
    r"(?i)^(?:(?:master|bachelor|diplom|doktor|doctoral|phd|senior|honou?rs)?\s*(?:thesis|arbeit)|dissertation|"
    r"m[ée]moire|tesi|tesis|tese|tfg|tfm)\b"
)


def thesis_of(item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """An entry that is a thesis written under the degree before it, dated on its own line: a line of that degree
    (its courses), not a degree of its own."""
    title = str(item.get("studyType") or item.get("institution") or "")
    if not items or not _THESIS.match(title) or "startDate" in item:
        return False
    said = [str(item[k]) for k in ("studyType", "area", "institution") if item.get(k)]
    items[-1].setdefault("courses", []).extend([" – ".join(said), *item.get("courses", [])])
    return True


def degrees_listed(item: dict[str, Any]) -> list[dict[str, Any]]:
    """One school with its degrees listed under it ("• BS in Early Childhood Development (1999)" / "• BA in
    Elementary Education (1998)"), where its title named none: one education entry per degree, each with the
    school and its own year; the other lines stay with the first entry's courses."""
    courses = item.get("courses") or []
    listed = [c for c in courses if _listed_degree(c)]
    if "studyType" in item or len(listed) < 2 or not item.get("institution"):
        return [item]
    out: list[dict[str, Any]] = []
    for text in listed:
        spans = find_dates(text)
        degree = text[: spans[0].begin].strip(" ,(–-") if spans else text
        study, *area = IN.split(degree, maxsplit=1)
        one = {k: v for k, v in item.items() if k not in ("courses", "startDate", "endDate")}
        one["studyType"] = study
        if area:
            one["area"] = area[0]
        if spans and spans[0].single:
            one["endDate"] = spans[0].start
        elif spans:
            one["startDate"] = spans[0].start
            if spans[0].end:
                one["endDate"] = spans[0].end
        out.append(one)
    rest = [c for c in courses if c not in listed]
    if rest:
        out[0]["courses"] = rest
    return out


def _listed_degree(text: str) -> bool:
    """A short line that opens with a degree and holds at most its year or dates ("BA in Elementary Education
    (1998)")."""
    words = text.split()
    spans = find_dates(text)
    tail = text[spans[0].stop :].strip(" )") if spans else ""
    return 0 < len(words) <= 10 and degree_score(words[0]) > 0 and not tail and not text.endswith(".")


_SCHOOL_LABELS = frozenset(
    {"institution", "school", "university", "college", "bildungseinrichtung", "hochschule", "universität", "schule"}
    | {"établissement", "école", "institución", "universidad", "instituição", "universidade", "istituto", "学校"}
)


_DEGREE_LABELS = frozenset(
    {"degree", "qualification", "abschluss", "akademischer grad", "diplôme", "titulación", "titolo di studio"}
    | {"graad", "grau", "stopień", "学位", "学历"}
)
#: labels that name a degree only when the value is one ("Título: Licenciatura"; "Título: <a thesis>" is not)
_TITLE_LABELS = frozenset({"titre", "título", "titolo", "title"})
#: a label naming the field of study ("Major: Accounting", "Studiengang: Informatik")
_FIELD_LABELS = frozenset(
    {"major", "field", "field of study", "concentration", "specialization", "specialisation", "studiengang"}
    | {"fachrichtung", "spécialité", "filière", "especialidad", "carrera", "curso", "indirizzo", "专业", "専攻"}
)
#: where a labelled degree's sentence ends ("BSc Hons Computer Science. 2:1 Attained."): what follows is a note;
#: the stop of an abbreviation ("B.Sc. Computer Science", "Dipl.-Ing. Maschinenbau") ends nothing
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.(?:\s+(?=[\dA-Z])|$)")


def education_labels(item: dict[str, Any], entry: RawEntry) -> None:
    for label, value in entry.labelled.items():
        degree = label in _DEGREE_LABELS or (label in _TITLE_LABELS and degree_score(value) > 0)
        if degree and "studyType" not in item:  # "Degree: BSc Hons Computer Science."
            study, *area = IN.split(_SENTENCE_END.split(value, maxsplit=1)[0], maxsplit=1)
            item["studyType"] = study
            if area and "area" not in item:
                item["area"] = area[0]
        elif label in _FIELD_LABELS and "area" not in item:  # "Major: Accounting   Minor: Computer Science"
            item["area"] = value.split(CELL_SEP)[0].strip()
        elif label in ("score", "gpa", "grade", "note", "note finale", "nota"):
            item["score"] = value
        elif label in ("courses", "coursework", "relevant coursework"):
            item.setdefault("courses", []).extend(lists.items_of(value))  # after what was kept there already
        elif label in _SCHOOL_LABELS:  # "Bildungseinrichtung: Pastafari Universität Oregano, Oregon"
            school, place = school_place(value) or (value, None)
            if item.get("institution") and "area" not in item:
                item["area"] = item["institution"]  # "Pastafarismus-Wirtschaft, Dipl.-Ing.": the field, then
            item["institution"] = school
            if place and "location" not in item:
                item["location"] = place


#: a degree's level that names no degree ("Undergraduate Degree" over "Bachelor of Science in Computer Science")
_LEVEL_ONLY = re.compile(r"(?i)^(?:(?:under|post)[- ]?graduate|graduate)(?:\s+(?:degree|studies|program))?$")


def degree_in_area(item: dict[str, Any], entry: RawEntry) -> None:
    """The level read as the degree and the degree as its field: the degree is the degree, the level a line."""
    area = str(item.get("area", ""))
    if _LEVEL_ONLY.match(str(item.get("studyType", ""))) and degree_score(area) > 0:
        entry.paragraphs.insert(0, item["studyType"])
        study, *field = IN.split(area, maxsplit=1)
        item["studyType"] = study
        if field:
            item["area"] = field[0]
        else:
            del item["area"]


def title_again(item: dict[str, Any], entry: RawEntry) -> None:
    """The title cell whole read as the degree beside the school it opens with ("Auckland University of Technology;
    Auckland, NZ."): no degree; its place is the entry's, and the degree is looked for under the title."""
    school, study = str(item.get("institution", "")), str(item.get("studyType", ""))
    if not school or study == school or not study.startswith(school):
        return
    del item["studyType"]
    tail = study[len(school) :].strip(" ;,.")
    if tail and not entry.location and LOCATION.match(tail):
        entry.location = tail


def town_in_title(entry: RawEntry, rest: list[str]) -> None:
    """A town the title held beside the school, which the degree line showed was no field ("Beijing"): the
    entry's location, where it has none."""
    if rest and not entry.location and LOCATION.match(rest[0].strip()):
        entry.location = rest.pop(0).strip()


#: a school's name that ends in its head word ("Cuesta College", "Stanford University")
_HEADED_SCHOOL = re.compile(
    r"^(?:[^\W\d_][\w.'’&-]*\s+){1,5}(?:University|College|Institute|School|Academy|Polytechnic)$"
)
#: a school's head word with more words after it and no "of" between ("General College Coursework"): no school
_SCHOOL_WORD_INSIDE = re.compile(r"\b(?:College|University|School)\s+(?!of\b|de\b|for\b)[A-Z]\w+$")


def school_below(item: dict[str, Any], entry: RawEntry) -> None:
    """A title part read as the school that only holds a school's word ("General College Coursework"), over a line
    that is a school's name alone ("Cuesta College"): that line is the school, the part the degree."""
    school = str(item.get("institution", ""))
    if not _SCHOOL_WORD_INSIDE.search(school) or not entry.paragraphs:
        return
    below = entry.paragraphs[0].strip()
    if not _HEADED_SCHOOL.match(below):
        return
    entry.paragraphs.pop(0)
    item["institution"] = below
    other = item.get("studyType")
    item["studyType"] = school
    if other:
        entry.paragraphs.insert(0, str(other))


def a_field(text: str | None) -> bool:
    """A title part that names a field of study and no school ("Computer Science"): the area, not the school."""
    return bool(text) and school_score(str(text)) <= 0 and field_score(str(text)) > 0

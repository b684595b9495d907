"""The school's name as an education entry's title gives it: without what was written before it ("at", a degree)
or after it (its town, its state, an exchange), and a name alone on the line under a degree that named no school."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_dates
from .items import name_shaped, name_tail, school_place
from .lines import CELL_SEP
from .places import REGION_TAIL, place_tail
from .rawentry import RawEntry
from .roles import degree_score, field_score, institution_score, job_score, school_score
from .schoolrows import IN
from .study_words import FIELD_AFTER_DEGREE
from .titles import AT_WORDS, degree_then_school, split_title


def not_a_place(text: str) -> bool:
    """A part after the degree is its field unless it is a lone name that no field word is in ("Munich", "City"):
    moderncv's "Degree, Institution, City, Grade" puts the city there."""
    if not any(c.isalpha() for c in text):  # "2.0": a grade, no field
        return False
    return (
        field_score(text) > 0
        or len(text.split()) > 2
        or not text[:1].isupper()
        or any(w.casefold() in FIELD_AFTER_DEGREE for w in text.split())  # "Artificial Intelligence"
    )


#: "at" (or "@") before the school's name, the whole part ("at University of Oklahoma")
_AT_SCHOOL = re.compile(rf"(?i)(?:{AT_WORDS}|@|an\s+der)\s+")


#: "at" inside a school's part, before the school ("Doktorarbeit an der Freien Universität Berlin")
_AT_INSIDE = re.compile(r"(?i)\s+(?:at(?:\s+the)?|an\s+der|am|à\s+l[a']?|au)\s+")


def _school_after_degree(item: dict[str, Any], entry: RawEntry) -> None:
    """A school's part that opens with the degree or the work done there ("Bacharelado em Engenharia de Software
    Universidade Federal do Amazonas", "Studium an der Freien Universität Berlin"): the school is what follows; the
    degree before it is the degree where the title named none (a town was taken for it), else a line of the entry."""
    school = str(item.get("institution", ""))
    head = ""
    for m in _AT_INSIDE.finditer(school):
        if school_score(after := school[m.end() :]) > 0 and school_score(before := school[: m.start()]) <= 0:
            head, item["institution"] = before, after
            break
    else:
        if len(parts := degree_then_school(school)) == 2:
            head, item["institution"] = parts
    if not head:
        return
    item["institution"] = item["institution"].rstrip(" :;,")
    study = str(item.get("studyType", ""))
    if study and degree_score(study) <= 0 < degree_score(head) and not not_a_place(study):
        del item["studyType"]  # "Itacoatiara": the town the degree's place was taken by
        entry.location = entry.location or study
    if "studyType" in item or degree_score(head) <= 0:
        entry.paragraphs.append(head)
        return
    study, *area = IN.split(head, maxsplit=1)
    item["studyType"] = study
    if area and "area" not in item:
        item["area"] = area[0]


def school_named(item: dict[str, Any], entry: RawEntry) -> None:
    """The school's name without what came before it ("at", a degree) or after it (its town)."""
    if (at := _AT_SCHOOL.match(str(item.get("institution", "")))) and at.end() < len(item["institution"]):
        item["institution"] = item["institution"][at.end() :]  # "Bachelor in IT" over "at University of Oklahoma"
    _school_after_degree(item, entry)
    if not entry.location and (place := school_place(str(item.get("institution", "")))):
        item["institution"], entry.location = place
    if item.get("institution"):
        item["institution"] = name_tail(item["institution"], entry, item, places=False)  # see school_place
        head, _, tail = str(item["institution"]).rpartition(CELL_SEP)
        if head and entry.location and tail.strip() and tail.strip() in entry.location:
            item["institution"] = head.strip()  # "University of York  York" beside "York, UK": the town again


def region_after_school(item: dict[str, Any], entry: RawEntry) -> None:
    """ "National Institute of Technology Warangal, Telangana": a state or a country after the school's name and a
    comma is where it is, no part of the name (a town after the comma may be: "University of California, Irvine")."""
    school = str(item.get("institution", ""))
    region = REGION_TAIL.search(school) if place_tail(school) is None else None  # "…, San Juan, Argentina": a town
    if region and region.start() > 0 and institution_score(school[: region.start()]) > 0:
        item["institution"] = school[: region.start()]
        entry.location = entry.location or region.group("place")


def bracket_of_field(item: dict[str, Any], entry: RawEntry) -> None:
    """ "Bachelor of Technology in Computer Science & Engineering (AI/ML)": letters in brackets after the field that
    name no school are the field's specialisation, not the institution (the school is then found elsewhere)."""
    inside, field = str(item.get("institution", "")), item.get("area")
    if not (inside and field) or school_score(inside) > 0 or len(inside.split()) > 3:
        return
    if any(f"{field} ({inside})" in cell for cell in entry.cells):
        item["area"] = f"{field} ({inside})"
        del item["institution"]


def exchange_note(item: dict[str, Any], entry: RawEntry) -> None:
    """ "University of Minnesota Exchange Student" over "College of Science & Engineering": the exchange is a note
    on the stay, no part of the school's name, and a faculty read as the degree is no degree."""
    school = str(item.get("institution", ""))
    if not (note := _EXCHANGE_TAIL.search(school)):
        return
    item["institution"] = school[: note.start()]
    entry.paragraphs.append(note.group().strip())
    study = str(item.get("studyType", ""))
    if study and "area" not in item and institution_score(study) > 0 >= degree_score(study):
        entry.paragraphs.append(item.pop("studyType"))  # "College of Science & Engineering": the faculty


#: a stay as an exchange or guest student, written after the school's name
_EXCHANGE_TAIL = re.compile(
    r"(?i)\s+(?:exchange|visiting|guest|erasmus)\s+(?:student|program(?:me)?|semester|scholar|year)$"
)


def school_line_under(item: dict[str, Any], entry: RawEntry) -> None:
    """ "Curso superior em Análise…" over "FATEC Rubens Lara - Santos/SP": a degree that names no school, over a
    line that is a name alone (and its place): the school, though no school's word is in it."""
    if "institution" in item or "studyType" not in item or not entry.paragraphs:
        return
    first = entry.paragraphs[0].strip()
    name, place = place_tail(first) or (first, None)
    words = name.split()
    if (
        CELL_SEP in first
        or not name_shaped(name)  # "Courses": a label over the entry's list
        or not words[0][:1].isupper()
        or sum(w[:1].isupper() for w in words) * 2 < len(words)
        or any(c.isdigit() for c in name)
        or degree_score(name) > 0
        or job_score(name) > 0
        or find_dates(first)
        or len(split_title(name)) > 1  # "ENS Cachan, Paris - Mathematics Department": more than a name
    ):
        return
    entry.paragraphs.pop(0)
    item["institution"] = name
    if place and not entry.location:
        entry.location = place

"""Entries written as forms rather than as titled blocks: label rows, the Europass CV, a Japanese 履歴書.

A form names each field with a label beside it ("Occupation or position held   Position X"), or writes one row per
event ("2010 04 東京工業大学・入学"). The layout marks label cells (``Line.labels``); these rules read such rows into
the same ``RawEntry`` the titled-block reader makes, so assembling the fields stays one path.
"""

from __future__ import annotations

import dataclasses
import re

from .dateline import dated
from .dates import find_dates
from .entries import split_entries
from .fieldrows import field_rows, header_rows
from .lines import Line
from .places import LOCATION
from .rawentry import RawEntry, add_body
from .titles import split_title


def entries_of(
    lines: list[Line], body: float, typography: bool, edges: dict[tuple[int, int], float] | None = None
) -> list[RawEntry]:
    """The entries of one section, whichever way it is written (``edges``: the document's page columns' right
    edges)."""
    labelled = field_rows(lines)  # "Position   Senior Developer", "Employer   Bogus Company"
    if labelled is not None:
        return labelled
    tabled = header_rows(lines)  # "Period | Company | Position" over one row per entry
    if tabled is not None:
        return tabled
    rows = [line for line in lines if 0 in line.labels and len(line.cells) > 1 and not line.bullet]
    if len(rows) >= 3 and any(_EUROPASS_ROLE.match(r.cells[0]) for r in rows):
        return _europass(lines)
    if rows and not any(dated(line) for line in lines):
        return _margin_labelled(lines)
    return _paired_events(split_entries(lines, body, typography, edges))


# Europass's labels (English, German, French, Spanish, Italian): the role or qualification, and the organisation
_EUROPASS_DATES = re.compile(r"(?i)^(?:dates?|period|zeitraum|datum|fechas?|periodo|date)\b")
_EUROPASS_ROLE = re.compile(
    r"(?i)^(?:occupation or position held|title of qualification awarded|beruf oder funktion|bezeichnung der erworbenen"
    r"|fonction ou poste occup|intitulé du certificat|profesión o cargo|título de la cualificación|lavoro o posizione"
    r"|titolo della qualifica)"
)
_EMPLOYER = re.compile(r"(?i)employ|arbeitgeber|empresa|datore")
_QUALIFICATION = re.compile(r"(?i)^(?:title|bezeichnung|intitul|título|titolo)")
_EUROPASS_ORG = re.compile(
    r"(?i)^(?:name and (?:address of employer|type of organisation)|name und (?:adresse des arbeitgebers|art der)"
    r"|nom et (?:adresse de l.employeur|type de l.établissement)|nombre y (?:dirección|tipo)"
    r"|nome e (?:indirizzo del datore|tipo d.organizzazione))"
)


@dataclasses.dataclass
class _FormTitle:
    """What one Europass entry's rows name: the role (or qualification) and the organisation."""

    role: str | None = None
    org: str | None = None
    school: bool = False  # a qualification: the organisation leads, as the education assembly expects

    def parts(self) -> list[str]:
        ordered = [self.org, self.role] if self.school else [self.role, self.org]
        return [p for p in ordered if p]


def _europass(lines: list[Line]) -> list[RawEntry]:
    """Europass rows: a "Dates" row starts an entry; its role and organisation rows fill the title's two parts;
    the other rows are the entry's labelled details."""
    entries: list[RawEntry] = []
    titles: list[_FormTitle] = []
    for line in lines:
        pairs = line.labelled() if 0 in line.labels else []
        if not pairs:
            if entries:
                add_body([line], entries[-1])
            continue
        label, value = pairs[0]
        if _EUROPASS_DATES.match(label) or not entries:
            spans = find_dates(value)
            entries.append(RawEntry(parts=[], part_lines=[], date=spans[-1] if spans else None))
            titles.append(_FormTitle())
            if spans:
                continue
        if _EUROPASS_ROLE.match(label):
            titles[-1].role, titles[-1].school = value, bool(_QUALIFICATION.match(label))
        elif _EUROPASS_ORG.match(label):  # an employer's address follows its name; a school's faculty stays
            titles[-1].org = value.split(",")[0].strip() if _EMPLOYER.search(label) else value
        else:
            entries[-1].paragraphs.append(value)
    for entry, title in zip(entries, titles, strict=True):
        entry.parts = title.parts()
        entry.part_lines = [0] * len(entry.parts)
    return [e for e in entries if e.parts or e.date]


def _margin_labelled(lines: list[Line]) -> list[RawEntry]:
    """Entries whose title line starts with a margin label that is no date (moderncv's ``\\cventry`` with
    "year–year", a Europass row): each such line starts an entry; the label itself is no title part."""
    entries: list[RawEntry] = []
    lead: list[str] = []
    for line in lines:
        if 0 in line.labels and len(line.cells) > 1 and not line.bullet:
            cells = line.cells[1:]
            parts = [p for c in cells for p in split_title(c.strip(" .;"))]
            entries.append(RawEntry(parts=parts, part_lines=[0] * len(parts), date=None, cells=cells))
        elif entries:
            add_body([line], entries[-1])
        else:
            lead.append(line.text)
    if entries:
        entries[0].paragraphs[:0] = lead
    return entries


#: the events that open a job in a 履歴書's rows ("株式会社キャット 入社"), and with a school's, an entry
JOB_STARTS = frozenset(["入社", "就職", "入職", "着任"])
_STARTS = JOB_STARTS | {"入学", "編入学"}
_ENDS = frozenset(["卒業", "修了", "退社", "退職", "中退", "終了", "満期退職", "卒業見込み", "修了見込み"])
_ONGOING = frozenset(["現在に至る", "在職中", "在学中", "現在"])


def _paired_events(entries: list[RawEntry]) -> list[RawEntry]:
    """A Japanese 履歴書 writes one row per event ("2010 04 東京工業大学・学士・入学", "2014 03 ……・卒業"): the event
    word goes from the title, and an entry's start row and the end row after it with the same title are one entry
    with both dates ("……・入社・現在に至る": ongoing)."""
    marks = _STARTS | _ENDS | _ONGOING
    if not any(set(e.parts) & marks or (e.parts and e.parts[-1].rsplit(" ", 1)[-1] in marks) for e in entries):
        return entries
    out: list[RawEntry] = []
    for entry in entries:
        if entry.parts and " " in entry.parts[-1] and entry.parts[-1].rsplit(" ", 1)[1] in marks:  # "……学部 入学"
            entry.parts[-1:] = entry.parts[-1].rsplit(" ", 1)
            entry.part_lines.append(entry.part_lines[-1])
        if entry.location is None and len(entry.parts) > 1 and LOCATION.match(entry.parts[0]):  # "東京都千代田区"
            entry.location = entry.parts.pop(0)
            entry.part_lines.pop(0)
        at = next((i for i, part in enumerate(entry.parts) if part in marks), len(entry.parts))
        events = [p for p in entry.parts[at:] if p in marks]
        # what follows the event (a sub-heading such as "インターンシップ・アルバイト" read into the title) is body
        entry.paragraphs[:0] = [p for p in entry.parts[at:] if p not in marks]
        entry.parts, entry.part_lines = entry.parts[:at], entry.part_lines[:at]
        if entry.date is not None and set(events) & _ONGOING:
            entry.date = dataclasses.replace(entry.date, present=True)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.date is not None
            and entry.date is not None
            and prev.date.single
            and entry.parts == prev.parts
            and set(events) & _ENDS
        ):
            prev.date = dataclasses.replace(prev.date, end=entry.date.start)
            prev.paragraphs.extend(entry.paragraphs)
            prev.bullets.extend(entry.bullets)
            continue
        out.append(entry)
    return out

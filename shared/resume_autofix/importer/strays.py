"""Contacts set outside the header: the person's e-mail or phone in a sidebar, a section or the last line, told
from a referee's."""

from __future__ import annotations

import itertools
import re

from .basics import namelike
from .contacts import EMAIL, contactish, cut_address
from .dates import find_dates
from .lines import Line
from .phones import PHONE_LABEL, whole_phone
from .sections import Section


def stray_contacts(sections: list[Section], footer: bool) -> list[Line]:
    """The person's contacts set outside the header, when it held no e-mail address: lines of nothing but contacts
    with an address among them ("luke@theforce.com" atop the second column), and, when the header held no phone
    either, the last section's closing line when it carries an address ("jon.snow@coroutine.co  555 123 4567").
    They leave their section. A referee's contacts stay where they are (``_referees``)."""
    found: list[Line] = []
    for section in sections:
        if section.key == "contact":
            continue
        keep: list[Line] = []
        for line in section.lines:
            (found if _only_contacts(line) and not _referees(section, line) else keep).append(line)
        section.lines[:] = keep
    last = sections[-1]
    closing = last.lines[-1].text if last.lines else ""
    if footer and not found and last.key not in ("references", "contact") and EMAIL.search(closing):
        found.append(last.lines.pop())
    return found


def stray_phone(sections: list[Section]) -> list[Line]:
    """The person's phone set outside the header when nothing before held one: the first line of nothing but
    contacts with a number among them ("(912) 555-4321" under a sidebar's "Contact"; "Phone: +31 6 1234 5678
    GitHub: …"). It leaves its section; a referee's number stays (``_referees``)."""
    for section in sections:
        if section.key == "summary" and contact_block(section.lines):
            continue  # a summary of contacts is read whole, its number with it
        for k, line in enumerate(section.lines):
            if (
                all(contactish(c) for c in line.cells)
                and any(_phoneish(c) for c in line.cells)
                and not _referees(section, line)
                and not (k and _BROKEN_END.search(section.lines[k - 1].text))
            ):
                return [section.lines.pop(k)]
    return []


_DOTTED = re.compile(r"\.\S")
#: a line that ends inside a word or a link broken at a hyphen ("https://doi.org/10.1007/s11558-" over
#: "026-09633-7"): the next line is its tail, no phone
_BROKEN_END = re.compile(r"\S-$")


def _referees(section: Section, line: Line) -> bool:
    """A referee's line: any line of the references but those of the other column that no person's name stands
    above. Lines of another column than the section's first are a sidebar's contacts read after the references
    beside it under no heading of their own; a name among them (the next referee, continued in the other column)
    makes the lines after it a referee's."""
    if section.key != "references" or not section.lines:
        return False
    own = section.lines[0].column
    if line.column == own:
        return True
    for other in section.lines:
        if other is line:
            return False
        # a person's name: no contact, and no dot inside a word as a host has ("chokanov.com")
        if (
            other.column != own
            and namelike(other.text)
            and not contactish(other.text)
            and not _DOTTED.search(other.text)
        ):
            return True
    return True


def _phoneish(cell: str) -> bool:
    """A cell that is a phone number and nothing more ("Phone: +31 6 1234 5678", not "New York, 06/2022 – 12/2022")."""
    if not PHONE_LABEL.match(cell) and find_dates(cell):
        return False  # "12/2013 - 12/2014": a libphonenumber match, but dates
    return whole_phone(cell, shaped=False) is not None


def _only_contacts(line: Line) -> bool:
    return bool(EMAIL.search(line.text)) and all(contactish(c) for c in line.cells)


def contact_block(lines: list[Line]) -> bool:
    """Short lines, two or more of them an e-mail, a phone or a link: contact details, whatever the heading says
    (an address cut over two lines counts once)."""
    if not all(len(line.text.split()) <= 6 for line in lines):
        return False
    texts = [line.text for line in lines]
    joined = [a + b for a, b in itertools.pairwise(texts) if cut_address(a, b)]
    return sum(contactish(t) for t in [*texts, *joined]) >= 2

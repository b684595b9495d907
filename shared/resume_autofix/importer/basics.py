"""The header: the name (the largest name-like line, with its title, monogram or surname beside it), the label,
and the header's contact pieces, each taken as written.

The contact pieces are read by :mod:`.contacts`: emails and URLs by their syntax (RFC 5322 dot-atom addresses,
RFC 3986 URLs and bare host names), phone numbers by Google's libphonenumber (``phonenumbers``); a piece that is
none of these and reads like a place becomes the location. Nothing is reformatted: the phone stays "(415)
555-0117", not "+14155550117".
"""

from __future__ import annotations

import re
from typing import Any

from .contacts import (
    DOC_TITLE,
    HOST,
    NAME_LABEL,
    NAMED,
    TITLE_ONLY,
    contactish,
    name_label,
    network_named,
    parse_contacts,
    postal_address,
)
from .lines import CELL_SEP, CJK, Line
from .places import LOCATION
from .roles import position_score, role_word
from .titles import STRONG_SEPARATOR

_TITLE_WORD = re.compile(
    rf"^(?:(?:{DOC_TITLE})\s*[-–—:|]?\s+(?=\S))?(?P<name>.+?)"
    rf"(?:(?:['’]s)?\s*[-–—:|]?\s+(?:{DOC_TITLE}))?$",  # "First Last’s Resume"
    re.IGNORECASE,
)


def _name_line(lines: list[Line]) -> tuple[list[Line], int | None]:
    """The header lines with the name's line cut into its cells, and which line holds the name."""
    biggest = max(line.size for line in lines)
    # the document's title in a cell before a name ("경력기술서  김기환 — 소프트웨어 엔지니어") vouches for it in
    # any type
    titled = next((i for i, line in enumerate(lines[:_TOP_LINES]) if _beside_title(line) is not line), None)
    lines = [
        _name_cells(_name_and_title(_beside_title(_name_first(line))))
        if line.size == biggest or i == titled
        else _beside_title(line)
        for i, line in enumerate(lines)
    ]
    # the largest name-like line, the first of equals; a document title alone ("履歴書", "Curriculum Vitae") is none,
    # and a line of job titles ("SENIOR PHP DEVELOPER, UX DIRECTOR") is one only where no other line could be
    named = [
        i
        for i, line in enumerate(lines)
        if line.cells
        and namelike(line.cells[0])
        and not line.cells[0].lstrip().startswith("@")  # a handle ("@geografiard") names an account, not a person
        and not TITLE_ONLY.fullmatch(line.cells[0].strip())
        and 0 not in line.labels  # a form's "Name   Joe Bloggs": the label is no name (the row is read below)
    ]
    name_at = max(named, key=lambda i: _name_rank(lines[i], i)) if named else None
    if titled in named:
        name_at = titled
    if name_at is not None and position_score(lines[name_at].cells[0]) > 0:
        # the largest line names a job ("Enseignant en Mathématiques"): a name without job words at the very top
        # ("Jean DUPONT   37 ans") is the name
        top = [i for i in named if i < _TOP_LINES and i != name_at and _plain_full_name(lines[i].cells[0])]
        name_at = top[0] if top else name_at
    for i, line in enumerate(lines):  # Europass's "Informazioni personali   Mario Rossi": the label names the row
        if len(line.cells) >= 2 and _PERSONAL_LABEL.match(line.cells[0]) and namelike(line.cells[1]):
            lines[i], name_at = line.retext(CELL_SEP.join(line.cells[1:])), i
            break
        # or the label and the name read as one cell ("PERSONAL INFORMATION Ivanov Georgi")
        glued = _PERSONAL_GLUED.match(line.cells[0]) if line.cells and name_at in (None, i) else None
        if glued and _plain_full_name(glued["name"]):
            lines[i], name_at = line.retext(CELL_SEP.join([glued["name"], *line.cells[1:]])), i
            break
    for i, line in enumerate(lines):  # "Name: Zhihua Zhong" under "Basic Information": the label vouches for it
        said = name_label(line.cells[0]) if line.cells else None
        rest = line.cells[1:]
        if said is None and len(line.cells) >= 2 and NAME_LABEL.match(line.cells[0].strip()):
            said, rest = (line.cells[0], line.cells[1].strip()), line.cells[2:]  # a form's "Name   Ahmed Khalil"
        if said and namelike(said[1]):
            lines[i], name_at = line.retext(CELL_SEP.join([said[1], *rest])), i
            break
    return lines, name_at


def parse_header(lines: list[Line]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Basics from the header lines; also the pieces it could not place and the prose it found (a summary)."""
    basics: dict[str, Any] = {}
    rest: list[str] = []
    prose: list[str] = []
    if not lines:
        return basics, rest, prose
    contact_lines: list[Line] = []
    lines, name_at = _name_line(lines)
    name_at = _past_monogram(lines, name_at)
    surname = _surname_below(lines, name_at)
    given = _given_above(lines, name_at) if surname is None else None
    for i, line in enumerate(lines):
        if i == name_at:
            basics["name"] = _full_name(lines, i, surname, given)
            extra = line.cells[1:]
            if _name_goes_on(basics["name"], extra):  # "Mohit | Sharma | Email : …": a converter's cells
                basics["name"], extra = f"{basics['name']} {extra[0].strip()}", extra[1:]
            if extra and "label" not in basics and position_score(extra[0]) > 0 and not contactish(extra[0]):
                basics["label"], extra = extra[0], extra[1:]  # "John Doe | Software Engineer": the title
            if extra:
                contact_lines.append(Line(text=CELL_SEP.join(extra)))
            continue
        if i in (surname, given):
            if line.cells[1:]:  # contact pieces beside the family name
                contact_lines.append(Line(text=CELL_SEP.join(line.cells[1:])))
            continue
        if (
            name_at is not None
            and i == name_at + (2 if surname is not None else 1)
            and "label" not in basics
            and not contactish(line.text)
            and not postal_address(line.text)
            and len(line.text.split()) <= 12
            and len(line.cells) == 1
        ):
            basics["label"] = line.text
            continue
        if len(line.text.split()) > 14 and not contactish(line.text):
            prose.append(line.text)
            continue
        contact_lines.append(line)
    parse_contacts(contact_lines, basics, rest)
    return basics, rest, prose


_NAME_HYPHEN = re.compile(r"\s+-\s+")
_NAME_DOT = re.compile(r"\s+[·•]\s+")
#: a person's age after the name ("34 岁", "Age 34", "29 years old")
_AGE = re.compile(r"(?i)age:?\s*\d{2}|\d{2}\s*(?:岁|歳|세|years?(?:\s+old)?|ans|años|anos|jahre|лет)")


_TOP_LINES = 2


def _plain_full_name(text: str) -> bool:
    """Two to four words and no job word: a given and a family name ("Jean DUPONT"), not a logo ("dvlpr")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isalpha() and not w[0].islower() and "." not in w for w in words)
        and position_score(text) <= 0
    )


def _name_rank(line: Line, i: int) -> tuple[bool, float, bool, int]:
    """The name is the largest name-like line, the first of equals; among lines of one size (a text file), a line
    whose words all start with a capital ("Richard Hendriks", not "Skip to content"); a line of job titles
    only where no other line could be."""
    words = [w for w in line.cells[0].split() if w.lower() not in _PARTICLES]
    capitalised = all(not w[:1].islower() for w in words)
    return position_score(line.cells[0]) < 2, line.size, capitalised, -i


_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "y", "bin"}
)


def _beside_title(line: Line) -> Line:
    """ "Curriculum Vitae  John Doe": the document's title in a cell of its own before the name is not the name."""
    if len(line.cells) >= 2 and TITLE_ONLY.fullmatch(line.cells[0].strip()) and namelike(line.cells[1]):
        return line.retext(CELL_SEP.join(line.cells[1:]))
    if (
        len(line.cells) == 1
        and (m := _TITLE_DASH.fullmatch(line.cells[0].strip()))
        and namelike(name := m.group("name"))
        and 2 <= len(name.split()) <= 4
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in name.split())
    ):
        return line.retext(name)  # "Curriculum Vitae — Wonpyo Han": a dash in place of the cell's gap
    return line


_TITLE_DASH = re.compile(rf"(?:{DOC_TITLE})\s*[-–—:|]\s*(?P<name>\S.*)", re.IGNORECASE)


def _name_and_title(line: Line) -> Line:
    """ "John Doe | Software Engineer" in the largest type: the name and the title as two lines' worth of cells; a
    name linked to a home page ("# [Abhishek Keshri](https://…)", read "Abhishek Keshri: https://…"): the name and
    the address."""
    first = line.cells[0] if line.cells else ""
    if (handle := _HANDLE.match(first)) and namelike(first[handle.end() :]):  # "[tom] Thompson Mota Garcia"
        first = first[handle.end() :]
        line = line.retext(CELL_SEP.join([first, *line.cells[1:]]))
    if (linked := _NAME_LINK.fullmatch(first)) and namelike(linked.group("name")):
        return line.retext(CELL_SEP.join([linked.group("name"), linked.group("url"), *line.cells[1:]]))
    pieces = STRONG_SEPARATOR.split(first, maxsplit=1)
    if len(pieces) != 2 and (hyphen := _NAME_HYPHEN.split(first, maxsplit=1)) and len(hyphen) == 2:
        # "Zhao Liu - AI Engineer"; "Nimrod Adar - נמרוד אדר - Resume (April 2021)": the document's title after it
        titled = any(TITLE_ONLY.fullmatch(p.split("(")[0].strip()) for p in _NAME_HYPHEN.split(hyphen[1]))
        pieces = hyphen if position_score(hyphen[1]) > 0 or titled else pieces
    if len(pieces) != 2 and (dotted := _NAME_DOT.split(first, maxsplit=1)) and len(dotted) == 2:
        # "Daniel Krsiak · React Developer"; "孙道涛 · 34 岁 · 杭州": the age and the town after the name
        said = position_score(dotted[1]) > 0 or all(
            _AGE.fullmatch(p) or LOCATION.match(p) for p in _NAME_DOT.split(dotted[1])
        )
        pieces = dotted if said else pieces
    if len(pieces) != 2 and ", " in first:  # "Richard Hendricks, Programmer": a comma before a job title
        head, _, tail = first.partition(", ")
        pieces = [head, tail] if position_score(tail) > 0 and len(head.split()) <= 4 else pieces
    if len(pieces) != 2:
        pieces = _title_after_name(first) or pieces
    if len(pieces) != 2 or not namelike(pieces[0]) or contactish(pieces[1]) or len(pieces[1].split()) > 8:
        return line
    return line.retext(CELL_SEP.join([*pieces, *line.cells[1:]]))


_NAME_LINK = re.compile(r"(?P<name>[^:]{3,60}):\s+(?P<url>https?://\S+)")
#: a nickname or handle in square brackets before the name: no part of it
_HANDLE = re.compile(r"\[[^\]\s]{1,20}\]\s+(?=\S)")
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _initials(name: str) -> str:
    """ "Jane Doe" → "JD": the monogram a name's words make."""
    return "".join(w[0] for w in name.split()).upper()


def _past_monogram(lines: list[Line], name_at: int | None) -> int | None:
    """Initials set large over the name ("AD" over "ALEX DOE"): the name is the line whose initials they are."""
    if name_at is None or not _INITIALS.fullmatch(lines[name_at].text.strip()):
        return name_at
    initials = lines[name_at].text.strip()
    for i in range(name_at + 1, min(name_at + 3, len(lines))):
        words = lines[i].cells[0].split() if lines[i].cells else []
        if namelike(" ".join(words)) and _initials(" ".join(words)) == initials:
            return i
    return name_at


def _name_goes_on(name: str, extra: list[str]) -> bool:
    """A one-word name whose next cell is one capitalised word that ends it (a PDF-to-Word converter set each word
    of "Mohit Sharma" in a cell of its own): no contact, no place, no job."""
    if len(name.split()) != 1 or not extra or len(extra[0].split()) != 1:
        return False
    word = extra[0].strip()
    return (
        _plain_full_name(f"{name} {word}")
        and namelike(word)
        and not contactish(word)
        and not LOCATION.match(word)
        and position_score(word) <= 0
    )


#: a given and a family name the text layer set with no space between them ("TimVisée", "SilvioSchwarz")
_GLUED_NAME = re.compile(r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?P<family>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})")


def _unglued(name: str) -> str:
    """The name with the space a large type's text layer lost put back between its two capitalised halves."""
    glued = _GLUED_NAME.fullmatch(name.strip())
    return f"{glued['given']} {glued['family']}" if glued else name


def _full_name(lines: list[Line], name_at: int, surname: int | None, given: int | None) -> str:
    # an icon a text layer lost ("Adhikram Maitra �", U+FFFD where a link's glyph was) is no part of the name; a
    # letter it lost ("Jane Andr�") is
    name = _LOST_ICON.sub("", _without_title(lines[name_at].cells[0])).strip()
    if not any(name.lower() in line.text for line in lines):  # "DocQuantum" of docquantum@…: a handle, one word
        name = _unglued(name)
    if labelled_name := NAMED.match(name):  # "氏名 見本 太郎": the label is no part of the name
        name = labelled_name.group("name")
    elif said := name_label(name):  # "Name: QIAN, CHENGYU"
        name = said[1]
    if surname is not None:
        name = f"{name} {lines[surname].cells[0].strip()}"
    return f"{lines[given].text.strip()} {name}" if given is not None else name


_LOST_ICON = re.compile(r"(?:^|\s)\ufffd+(?=\s|$)")


def _given_above(lines: list[Line], name_at: int | None) -> int | None:
    """A one-word family name in the largest type under the given name in smaller type, on one left edge or one
    centre ("Paul" over "Dupont"): the line above."""
    if name_at is None or name_at == 0 or lines[name_at].x1 <= 0:
        return None
    above, family = lines[name_at - 1], lines[name_at]
    if (
        len(family.cells) == 1
        and len(family.text.split()) == 1
        and len(above.cells) == 1
        and 1 <= len(above.text.split()) <= 2
        and above.size < family.size
        # on one left edge, or centred one over the other in type not much smaller ("Jøhñ Döè" over "Şmïth" in a
        # sidebar; not "Portfolio" in small type over "Zendaya")
        and (
            abs(above.x0 - family.x0) <= 2.0
            or (abs(above.x0 + above.x1 - family.x0 - family.x1) <= 4.0 and above.size >= 0.6 * family.size)
        )
        and namelike(above.text)
        and not TITLE_ONLY.fullmatch(above.text.strip())
        and position_score(above.text) <= 0
    ):
        return name_at - 1
    return None


_PLAIN_NAME = re.compile(r"[^\W\d_][^\d@/:|]*")


def _name_first(line: Line) -> Line:
    """A name set between contact pieces on one line ("10080 New York,  Your Name Goes Here  (123)123-1234"): the
    name cell first, the pieces after it."""
    cells = line.cells
    if len(cells) < 2 or namelike(cells[0]):
        return line
    names = [k for k, c in enumerate(cells) if namelike(c) and _PLAIN_NAME.fullmatch(c) and not LOCATION.match(c)]
    others = [c for k, c in enumerate(cells) if k not in names]
    if len(names) != 1 or not all(_contact_piece(c) or LOCATION.match(c) or _prose(c) for c in others):
        return line
    reordered = [cells[names[0]], *others]
    return line.retext(CELL_SEP.join(reordered), reordered)


def _prose(cell: str) -> bool:
    """A cell of running text beside the name (a short bio: "程序猿、伪极客，比较宅，兴趣爱好广泛…")."""
    return len(cell.split()) > 8 or (len(CJK.findall(cell)) > 12 and any(mark in cell for mark in "，、。；"))


def _name_cells(line: Line) -> Line:
    """The name in the largest type cut into cells: a monogram before it ("JD  Jane Doe") goes; the name's own
    words set far apart ("TRIXIE  B .  ARGON", "猫  太郎") are one cell again."""
    cells = line.cells
    if len(cells) >= 2 and _INITIALS.fullmatch(cells[0]) and namelike(cells[1]) and _initials(cells[1]) == cells[0]:
        return line.retext(CELL_SEP.join(cells[1:]))
    if len(cells) >= 2 and network_named(cells[0]) and namelike(cells[1]) and not network_named(cells[1]):
        return line.retext(CELL_SEP.join(cells[1:]))  # "GitHub  Juan Reyes  Portfolio": the links beside the name
    if not 2 <= len(cells) <= 4 or any(len(c.replace(" .", ".").split()) != 1 for c in cells):
        return line
    joined = " ".join(cells)
    if namelike(joined) and not any(position_score(c) > 0 or contactish(c) or LOCATION.match(c) for c in cells):
        return line.retext(joined)
    return line


def _surname_below(lines: list[Line], name_at: int | None) -> int | None:
    """A one-word name set in large type with the family name on the next line ("JOHN" / "DOE"), or a two-word one
    with the last name alone under it ("Jovial Joe" / "Jayarson"): that line."""
    if name_at is None or name_at + 1 >= len(lines) or len(lines[name_at].cells[:1]) != 1:
        return None
    at = name_at + 1  # lines of contact pieces only may stand between, set to the right (an ORCID iD; a column of
    # phone, mobile and e-mail beside the name's two lines in Pages: up to four, where they stand well to its right),
    # or the document's title
    first_x = lines[name_at].x0
    while (
        at + 1 < len(lines)
        and (at - name_at <= 2 or (at - name_at <= 4 and lines[at].x0 > first_x + 100))
        and (
            all(_contact_piece(c) for c in lines[at].cells)
            # the document's title set well to the right, level with the name ("Evsin   Lebenslauf" / "Rahmiev")
            or (TITLE_ONLY.fullmatch(lines[at].text.strip()) is not None and lines[at].x0 > first_x + 100)
        )
    ):
        at += 1
    first, below = lines[name_at], lines[at]
    words, below_words = len(first.cells[0].split()), len(below.cells[0].split()) if below.cells else 0
    if (
        # "JOHN" / "DOE", "Jovial Joe" / "Jayarson" (a name wrapped in a narrow sidebar)
        (words == 1 or (words == 2 and below_words == 1 and _wrapped(lines, first, below)))
        and len(below.cells) >= 1
        and 1 <= below_words <= 2
        # beside the two halves only contact pieces ("Momo   momo.github.io" / "Mustermensch   1234567891234567")
        and all(_contact_piece(c) for c in [*first.cells[1:], *below.cells[1:]])
        and abs(below.size - first.size) < 0.05 * first.size
        # in one weight, or a one-word given name light over its family name bold, on one left edge ("Alex" /
        # "**Doe**")
        and (
            below.bold == first.bold
            or (words == 1 and abs(below.x0 - first.x0) < 2 and position_score(below.text) <= 0)
        )
        and namelike(below.cells[0])
        and not _contact_piece(below.cells[0])
        and (words == 1 or position_score(below.cells[0]) <= 0)  # "Richard Hendriks" / "Programmer": a title
    ):
        return at
    return None


#: what a header may set under the name in its type besides the document's title (``TITLE_ONLY``)
_SHOWCASE = re.compile(r"(?i)vitae|portfolio|profile?")


def _wrapped(lines: list[Line], first: Line, below: Line) -> bool:
    """``below`` would not have fitted beside ``first`` within the widest line of the header's block it starts (the
    lines on its left edge): the name wrapped, in a sidebar or a name block beside the contacts, rather than a word
    set under it in its type ("Jane Doe" over "Resume" on a full page)."""
    if first.x1 <= first.x0 or below.x1 <= below.x0:
        return False
    word = below.text.strip()
    if TITLE_ONLY.fullmatch(word) or _SHOWCASE.fullmatch(word) or LOCATION.match(word):
        return False  # "Jane Doe" over "Resume", over "Berlin"
    room = max((line.x1 for line in lines if line.x0 <= first.x0 + 20.0), default=first.x1) - first.x0  # its block
    return (first.x1 - first.x0) + (below.x1 - below.x0) + 0.25 * first.size > room


def _contact_piece(cell: str) -> bool:
    return contactish(cell) or any(ch.isdigit() for ch in cell) or bool(HOST.match(cell))


def _without_title(text: str) -> str:
    m = _TITLE_WORD.match(text.strip())
    name = m.group("name") if m and len(m.group("name").split()) >= 2 else text
    bracketed = _BRACKETED.fullmatch(name.strip())  # "Curriculum Vitae [Leonhard Euler]"
    name = bracketed.group(1) if bracketed else name
    return _without_degree(name)


def _without_degree(name: str) -> str:
    """ "Ariel Anders PhD", "Jane Doe, MBA", "Dale T. Smith, Ph.D.": the degree after a name is no part of it; a town
    and its state's code ("Long Beach, MS") keep theirs."""
    degree = _POST_NOMINAL.search(name)
    if not degree or len(name[: degree.start()].split()) < 2:
        return name
    if LOCATION.match(name.strip()) and not _A_FULL_NAME.fullmatch(name[: degree.start()]):
        return name  # ("Anthony Onde Morada, MD": three names or an initial before the letters, no town)
    return name[: degree.start()]


#: a person's names, three of them or with an initial ("Anthony Onde Morada", "Jane A. Doe"), that no town's name is
_A_FULL_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z]\.\s+[A-Z][\w'’-]+|(?:\s+[A-Z][\w'’-]+){2,3})")


#: degrees and licences written after a name
_POST_NOMINAL = re.compile(
    r",?\s+(?:P(?i:h)\.?\s?D\.?|M\.?D\.?|MBA|M\.?Sc?\.?|B\.?Sc?\.?|M\.?Eng\.?|CPA|PMP|P\.?E\.?|MPH|RN|Esq\.?|DDS)"
    r"(?:,?\s+(?:P(?i:h)\.?\s?D\.?|M\.?D\.?|MBA|CPA|PMP|P\.?E\.?|MPH|RN))*\s*$"  # and "EDWARD QUINN, PHD, MPH"
)


def _title_after_name(text: str) -> list[str] | None:
    """ "ROMAN GUSEV SENIOR SOFTWARE ENGINEER", the title set in another colour with no mark between: two or three
    words of a name, then two or more words of a job title that opens and ends with a role's word. A title opens at
    its grade where one follows a role's word ("Emily Jane Cook Senior Engineer": Cook is the family name)."""
    words = text.split()
    for k in (2, 3):
        head, tail = words[:k], words[k:]
        named = head[:-1] if tail and tail[0].casefold() in _GRADES else head  # "Cook" before "Senior"
        if (
            len(tail) >= 2
            and role_word(tail[0])
            and role_word(tail[-1])
            and not (len(tail) > 2 and tail[1].casefold() in _GRADES)
            and not any(role_word(w) for w in named)
            and position_score(" ".join(named)) <= 0
        ):
            return [" ".join(head), " ".join(tail)]
    return None


#: the grade a job title may open with ("Senior Software Engineer", "Lead Developer", "Head Chef")
_GRADES = frozenset({"senior", "sr.", "sr", "junior", "jr.", "lead", "principal", "staff", "chief", "head"})


_PERSONAL_WORDS = (
    r"(?:personal information|basic information|persönliche (?:informationen|angaben)|angaben zur person"
    r"|informations personnelles"
    r"|información personal|informazioni personali|informações pessoais|persoonlijke informatie)"
)
_PERSONAL_LABEL = re.compile(rf"(?i)^{_PERSONAL_WORDS}\s*:?$")
_PERSONAL_GLUED = re.compile(rf"(?i)^{_PERSONAL_WORDS}\s*:?\s+(?P<name>\S.*)$")
_BRACKETED = re.compile(r"[\[(<«‹“](.+)[\])>»›”]")


def namelike(text: str) -> bool:
    """A short line that could be a person's name: no digits, no list, no contact detail, no place."""
    text = _without_degree(text)
    words = text.split()
    if (
        text.count(",") >= 2  # a list ("Bravery, Brooding, SQL")
        or any(c.isdigit() for c in text)  # a date
        or any(mark in text for mark in "，、。；")  # a CJK sentence
        or len(CJK.findall(text)) > 12
        or text.count("(") != text.count(")")  # "캐릭터 챗)": a wrapped sentence's last words
        or ("," in text and LOCATION.match(text.strip()))  # "Los Angeles, CA" set larger than the name
        or sum(c.isalpha() for c in text) < 2  # "√", "•", "★": a mark set large
        or (text.strip().islower() and HOST.match(text.strip()))  # "charlesjwilson.com" beside the name: the site's
    ):
        return False
    return (1 <= len(words) <= 6 and not contactish(text) and not text.rstrip().endswith((".", ":"))) or (
        len(words) == 1 and 2 <= len(text) <= 12 and not text.isascii()  # 黒音キト
    )


def labelled_name(lines: list[Line]) -> str | None:
    """The name a cell gives after a name label ("氏名: 山田太郎", "Name: Jane Doe") among ``lines``; ``None`` when no
    cell does (for a document whose top holds only its title, the name in a profile section below it)."""
    for line in lines:
        for cell in line.cells:
            if (said := name_label(cell)) and namelike(said[1]):
                return said[1]
    return None

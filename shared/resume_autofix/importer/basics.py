"""The header: name, label, email, phone, url, location and profiles, each taken as written.

Emails and URLs are recognised by their syntax (RFC 5322 dot-atom addresses, RFC 3986 URLs and bare host
names), phone numbers by Google's libphonenumber (``phonenumbers``); a piece that is none of these and reads like
a place becomes the location. Nothing is reformatted: the phone stays "(415) 555-0117", not "+14155550117".
"""

from __future__ import annotations

import re
from typing import Any

from .lines import CELL_SEP, Line
from .phones import (
    PHONE_LABEL,
    PHONE_SHAPED,
    PHONE_WORD,
    find_phone,
    labelled_number,
    phone_inside,
    whole_phone,
    written_phone,
)
from .roles import position_score
from .titles import LOCATION, STRONG_SEPARATOR

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s|,;<>\"]+")
_HOST = re.compile(r"(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:/[^\s|,;<>\"]*)?$")
# icon-font glyphs (Font Awesome, Phosphor: Unicode's private use area) stand between contact pieces like "|"
_SPLIT = re.compile(
    r"\s*(?:[|｜]|•|\s,\s|·|◦|⋅|∙|▪|♦|◆|●|■|◇|★|✦|[\ue000-\uf8ff]|/\s|\s/|;\s|;$|\s—\s|"
    + re.escape(CELL_SEP)
    + r"|\t)\s*"
)
_NETWORKS = {
    "github": "GitHub",
    "gitlab": "GitLab",
    "linkedin": "LinkedIn",
    "twitter": "Twitter",
    "x": "X",
    "mastodon": "Mastodon",
    "stackoverflow": "Stack Overflow",
    "stack overflow": "Stack Overflow",
    "medium": "Medium",
    "behance": "Behance",
    "dribbble": "Dribbble",
    "kaggle": "Kaggle",
    "orcid": "ORCID",
    "bluesky": "Bluesky",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "xing": "XING",
    "telegram": "Telegram",
    "codepen": "CodePen",
    "leetcode": "LeetCode",
    "scholar": "Google Scholar",
    "google scholar": "Google Scholar",
}
_NETWORK_LABEL = re.compile(r"^(?P<net>[A-Za-z][A-Za-z ]{0,20}?)\s*[:：]\s*(?P<user>\S.*)$")
# what a document calls itself ("Resume", "CV", "履歴書"): beside the name ("JAN KÜSTER RESUME", "CV – Jane Doe"),
# the name is the rest; alone, the line is no name
_DOC_TITLE = (
    "resume|résumé|cv|curriculum vitae|curriculum vitæ|lebenslauf|currículo|curriculum|currículum|hoja de vida|"
    "życiorys|životopis|önéletrajz|ansioluettelo|özgeçmiş|sơ yếu lý lịch|резюме|резюме кандидата"
)
_TITLE_WORD = re.compile(
    rf"^(?:(?:{_DOC_TITLE})\s*[-–—:|]?\s+(?=\S))?(?P<name>.+?)"
    rf"(?:(?:['’]s)?\s*[-–—:|]?\s+(?:{_DOC_TITLE}))?$",  # "First Last’s Resume"
    re.IGNORECASE,
)
_TITLE_ONLY = re.compile(
    rf"(?i)(?:(?:functional|chronological|combination|hybrid|targeted|sample|example) )?(?:{_DOC_TITLE})"
    # and "履歴書" spaced out as a form's title sets it ("履 歴 書")
    r"(?: (?:sample|example|template))?|履 ?歴 ?書|職 ?務 ?経 ?歴 ?書|이 ?력 ?서|简 ?历|個 ?人 ?簡 ?歷"
)
_PLACE = re.compile(r"^[^\W\d_][^\d@/:|]{1,60}$")
# a postal address: a street with its number, then "City, ST 62701" (US) or "10115 Berlin" (most of Europe)
_STREET = r"(?:(?P<address>[^,@|]{3,60}?\d[^,@|]{0,40}?|\d{1,6}[^,@|]{2,60}?),\s*)?"
_ADDRESS = re.compile(
    rf"^{_STREET}(?P<city>[^\W\d_][^,\d@|]{{1,40}}),\s*(?P<region>[A-Z]{{2}})\s+(?P<postalCode>\d{{5}}(?:-\d{{4}})?)$"
    rf"|^{_STREET.replace('address', 'address2')}(?P<postalCode2>(?:[A-Z]{{1,2}}-)?\d{{4,5}})\s+"
    r"(?P<city2>[^\W\d_][^,\d@|]{1,40})(?:,\s*(?P<country>[^\W\d_][^,\d@|]{1,30}))?$"
)


def _profile_from_url(url: str) -> dict[str, str] | None:
    host_path = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url)
    host, _, path = host_path.partition("/")
    host = host.lower()
    user = path.strip("/").split("/")[-1] if path.strip("/") else ""
    for key, network in _NETWORKS.items():
        if key in ("x", "scholar", "google scholar", "stack overflow"):
            continue
        if host == f"{key}.com" or host.startswith(f"{key}.") or (key == "mastodon" and "/@" in f"/{path}"):
            # the network's name only where the file writes it ("GitHub: x"); from a host alone it is not text
            profile = {"url": url if "://" in url else f"https://{url}"}
            if network in url:
                profile["network"] = network
            if user:
                profile["username"] = user.lstrip("@")
            return profile
    return None


def parse_header(lines: list[Line]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Basics from the header lines; also the pieces it could not place and the prose it found (a summary)."""
    basics: dict[str, Any] = {}
    rest: list[str] = []
    prose: list[str] = []
    if not lines:
        return basics, rest, prose
    contact_lines: list[Line] = []
    biggest = max(line.size for line in lines)
    lines = [
        _name_cells(_beside_title(_name_and_title(_name_first(line)))) if line.size == biggest else _beside_title(line)
        for line in lines
    ]
    # the largest name-like line, the first of equals; a document title alone ("履歴書", "Curriculum Vitae") is none,
    # and a line of job titles ("SENIOR PHP DEVELOPER, UX DIRECTOR") is one only where no other line could be
    named = [
        i
        for i, line in enumerate(lines)
        if line.cells
        and namelike(line.cells[0])
        and not _TITLE_ONLY.fullmatch(line.cells[0].strip())
        and 0 not in line.labels  # a form's "Name   Joe Bloggs": the label is no name (the row is read below)
    ]
    name_at = max(named, key=lambda i: _name_rank(lines[i], i)) if named else None
    if name_at is not None and position_score(lines[name_at].cells[0]) > 0:
        # the largest line names a job ("Enseignant en Mathématiques"): a name without job words at the very top
        # ("Jean DUPONT   37 ans") is the name
        top = [i for i in named if i < _TOP_LINES and i != name_at and _plain_full_name(lines[i].cells[0])]
        name_at = top[0] if top else name_at
    for i, line in enumerate(lines):  # Europass's "Informazioni personali   Mario Rossi": the label names the row
        if len(line.cells) >= 2 and _PERSONAL_LABEL.match(line.cells[0]) and namelike(line.cells[1]):
            lines[i], name_at = line.retext(CELL_SEP.join(line.cells[1:])), i
            break
    name_at = _past_monogram(lines, name_at)
    surname = _surname_below(lines, name_at)
    given = _given_above(lines, name_at) if surname is None else None
    for i, line in enumerate(lines):
        if i == name_at:
            basics["name"] = _full_name(lines, i, surname, given)
            extra = line.cells[1:]
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
    if len(line.cells) >= 2 and _TITLE_ONLY.fullmatch(line.cells[0].strip()) and namelike(line.cells[1]):
        return line.retext(CELL_SEP.join(line.cells[1:]))
    return line


def _name_and_title(line: Line) -> Line:
    """ "John Doe | Software Engineer" in the largest type: the name and the title as two lines' worth of cells; a
    name linked to a home page ("# [Abhishek Keshri](https://…)", read "Abhishek Keshri: https://…"): the name and
    the address."""
    first = line.cells[0] if line.cells else ""
    if (linked := _NAME_LINK.fullmatch(first)) and namelike(linked.group("name")):
        return line.retext(CELL_SEP.join([linked.group("name"), linked.group("url"), *line.cells[1:]]))
    pieces = STRONG_SEPARATOR.split(first, maxsplit=1)
    if len(pieces) != 2 and (hyphen := _NAME_HYPHEN.split(first, maxsplit=1)) and len(hyphen) == 2:
        # "Zhao Liu - AI Engineer"; "Nimrod Adar - נמרוד אדר - Resume (April 2021)": the document's title after it
        titled = any(_TITLE_ONLY.fullmatch(p.split("(")[0].strip()) for p in _NAME_HYPHEN.split(hyphen[1]))
        pieces = hyphen if position_score(hyphen[1]) > 0 or titled else pieces
    if len(pieces) != 2 and ", " in first:  # "Richard Hendricks, Programmer": a comma before a job title
        head, _, tail = first.partition(", ")
        pieces = [head, tail] if position_score(tail) > 0 and len(head.split()) <= 4 else pieces
    if len(pieces) != 2 or not namelike(pieces[0]) or contactish(pieces[1]) or len(pieces[1].split()) > 8:
        return line
    return line.retext(CELL_SEP.join([*pieces, *line.cells[1:]]))


_NAME_LINK = re.compile(r"(?P<name>[^:]{3,60}):\s+(?P<url>https?://\S+)")
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


def _full_name(lines: list[Line], name_at: int, surname: int | None, given: int | None) -> str:
    name = _without_title(lines[name_at].cells[0])
    if labelled_name := _NAMED.match(name):  # "氏名 見本 太郎": the label is no part of the name
        name = labelled_name.group("name")
    if surname is not None:
        name = f"{name} {lines[surname].cells[0].strip()}"
    return f"{lines[given].text.strip()} {name}" if given is not None else name


def _given_above(lines: list[Line], name_at: int | None) -> int | None:
    """A one-word family name in the largest type under the given name in smaller type, on one left edge ("Paul"
    over "Dupont"): the line above."""
    if name_at is None or name_at == 0 or lines[name_at].x1 <= 0:
        return None
    above, family = lines[name_at - 1], lines[name_at]
    if (
        len(family.cells) == 1
        and len(family.text.split()) == 1
        and len(above.cells) == 1
        and 1 <= len(above.text.split()) <= 2
        and above.size < family.size
        and abs(above.x0 - family.x0) <= 2.0
        and namelike(above.text)
        and not _TITLE_ONLY.fullmatch(above.text.strip())
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
    if len(names) != 1 or not all(_contact_piece(c) or LOCATION.match(c) for c in others):
        return line
    reordered = [cells[names[0]], *others]
    return line.retext(CELL_SEP.join(reordered), reordered)


def _name_cells(line: Line) -> Line:
    """The name in the largest type cut into cells: a monogram before it ("JD  Jane Doe") goes; the name's own
    words set far apart ("TRIXIE  B .  ARGON", "猫  太郎") are one cell again."""
    cells = line.cells
    if len(cells) >= 2 and _INITIALS.fullmatch(cells[0]) and namelike(cells[1]) and _initials(cells[1]) == cells[0]:
        return line.retext(CELL_SEP.join(cells[1:]))
    if not 2 <= len(cells) <= 4 or any(len(c.replace(" .", ".").split()) != 1 for c in cells):
        return line
    joined = " ".join(cells)
    if namelike(joined) and not any(position_score(c) > 0 or contactish(c) or LOCATION.match(c) for c in cells):
        return line.retext(joined)
    return line


def _surname_below(lines: list[Line], name_at: int | None) -> int | None:
    """A one-word name set in large type with the family name on the next line ("JOHN" / "DOE"): that line."""
    if name_at is None or name_at + 1 >= len(lines) or len(lines[name_at].cells[:1]) != 1:
        return None
    at = name_at + 1  # lines of contact pieces only may stand between, set to the right (an ORCID iD)
    while at + 1 < len(lines) and at - name_at <= 2 and all(_contact_piece(c) for c in lines[at].cells):
        at += 1
    first, below = lines[name_at], lines[at]
    if (
        len(first.cells[0].split()) == 1
        and len(below.cells) >= 1
        and 1 <= len(below.cells[0].split()) <= 2
        # beside the two halves only contact pieces ("Momo   momo.github.io" / "Mustermensch   1234567891234567")
        and all(_contact_piece(c) for c in [*first.cells[1:], *below.cells[1:]])
        and abs(below.size - first.size) < 0.05 * first.size
        and below.bold == first.bold
        and namelike(below.cells[0])
    ):
        return at
    return None


def _contact_piece(cell: str) -> bool:
    return contactish(cell) or any(ch.isdigit() for ch in cell) or bool(_HOST.match(cell))


def _without_title(text: str) -> str:
    m = _TITLE_WORD.match(text.strip())
    name = m.group("name") if m and len(m.group("name").split()) >= 2 else text
    bracketed = _BRACKETED.fullmatch(name.strip())  # "Curriculum Vitae [Leonhard Euler]"
    return bracketed.group(1) if bracketed else name


_PERSONAL_LABEL = re.compile(
    r"(?i)^(?:personal information|persönliche (?:informationen|angaben)|angaben zur person|informations personnelles"
    r"|información personal|informazioni personali|informações pessoais|persoonlijke informatie)\s*:?$"
)
_BRACKETED = re.compile(r"[\[(<«‹“](.+)[\])>»›”]")


def namelike(text: str) -> bool:
    """A short line that could be a person's name: no digits, no list, no contact detail, no place."""
    words = text.split()
    if text.count(",") >= 2 or any(c.isdigit() for c in text):  # a list ("Bravery, Brooding, SQL"), a date: no name
        return False
    if "," in text and LOCATION.match(text.strip()):  # "Los Angeles, CA" set larger than the name
        return False
    return (1 <= len(words) <= 6 and not contactish(text) and not text.rstrip().endswith((".", ":"))) or (
        len(words) == 1 and 2 <= len(text) <= 12 and not text.isascii()  # 黒音キト
    )


def contactish(text: str) -> bool:
    return bool(
        EMAIL.search(text)
        or _URL.search(text)
        or find_phone(text)
        or "|" in text
        or PHONE_SHAPED.match(text.strip())
        or labelled_number(text) is not None
        or written_phone(text)
    )


_NAMED = re.compile(r"^(?P<label>氏\s?名|姓\s?名)[:：]?\s*(?P<name>\S.{0,20})$")
_NAME_LABEL = re.compile(
    r"(?i)^(?:(?:full |first |last |sur)?names?(?:\(s\))?|surname\(s\) / first name\(s\)|nachname\(n\) / vorname\(n\)"
    r"|nom\(s\) / prénom\(s\)|apellido\(s\) / nombre\(s\)|cognome\(i\) / nome\(i\)|vorname|nachname"
    r"|nombre(?: completo)?|nom(?: complet)?|nome(?: completo)?"
    r"|氏\s*名|姓名)\s*:?$"
)
_EMAIL_CUT = re.compile(r"[\w.+-]+@[\w-]+$")  # an address cut before its domain's first dot
_EMAIL_REST = re.compile(r"^[\w-]*(?:\.[\w-]+)+$")
_EMAIL_TAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]*)+$")  # an address cut inside its domain's last part


def cut_address(before: str, text: str) -> bool:
    """``text`` ends an e-mail address a narrow column cut at the end of ``before``: before its domain's first dot
    ("…@PIEDPIP" / "ER.COM") or inside its last part ("richard.hendriks@mail.c" / "om")."""
    if _EMAIL_CUT.search(before) and _EMAIL_REST.match(text):
        return True
    tail = _EMAIL_TAIL.search(before)
    return bool(tail and not EMAIL.fullmatch(tail.group()) and EMAIL.fullmatch(tail.group() + text))


_LABEL_CELL = re.compile(r"^(?P<label>[^:：]{1,30}?)\s*[:：]\s*(?P<value>\S.*)$")


def labelled_name(lines: list[Line]) -> str | None:
    """The name a cell gives after a name label ("氏名: 山田太郎", "Name: Jane Doe") among ``lines``; ``None`` when no
    cell does (for a document whose top holds only its title, the name in a profile section below it)."""
    for line in lines:
        for cell in line.cells:
            m = _LABEL_CELL.match(cell.strip())
            if m and _NAME_LABEL.match(m.group("label").strip()) and namelike(m.group("value").strip()):
                return m.group("value").strip()
    return None


def _pairs(line: Line) -> list[tuple[str, str]]:
    """A line's (label, value) pairs, with a form's label cells that end in no colon: "Nombre completo   Ana Ruiz",
    "電話   0120-XX-XXXX", "氏名 見本 太郎"."""
    pairs = line.labelled()
    if (
        not pairs
        and len(line.cells) == 2
        and (_NAME_LABEL.match(line.cells[0]) or PHONE_LABEL.fullmatch(line.cells[0]))
    ):
        pairs = [(line.cells[0], line.cells[1])]
    elif not pairs and len(line.cells) == 1 and (named := _NAMED.match(line.text.strip())):
        pairs = [(named.group("label"), named.group("name"))]
    return pairs


def parse_contacts(lines: list[Line], basics: dict[str, Any], rest: list[str]) -> None:
    """Fill email, phone, url, location and profiles from contact lines; unplaced pieces go to ``rest``."""
    joined = ""
    for line in lines:
        pairs = _pairs(line)
        if pairs and _NAME_LABEL.match(pairs[0][0]):  # a form's "Surname(s) / First name(s)   Jane Doe"
            basics["name"] = pairs[0][1]
            continue
        phone = None
        if pairs and PHONE_WORD.search(pairs[0][0]):
            value = pairs[0][1].strip()
            phone = value if written_phone(value, labelled=True) else find_phone(value, labelled=True)
        if phone and "phone" not in basics:  # "Telephone(s)   +00 11 22 33 44": the label vouches for the number
            basics["phone"] = phone
            continue
        text = CELL_SEP.join(value for _label, value in pairs) if pairs else line.text.strip()  # the values only
        if not text:
            continue
        # a URL or name broken at its hyphen; an address cut in a narrow column ("…@PIEDPIP" / "ER.COM")
        if joined.endswith("-") or cut_address(joined, text):
            joined += text
            continue
        if joined and not joined.endswith(","):
            joined += " | "
        elif joined:
            joined += " "
        joined += text
    profiles: list[dict[str, str]] = basics.setdefault("profiles", [])
    for piece in (p.strip() for p in _SPLIT.split(joined)):
        if not piece:
            continue
        _place_piece(piece, basics, profiles, rest)
    if not profiles:
        basics.pop("profiles")


_EMAIL_LABEL = re.compile(
    r"(?i)(?:e-?mail|mail|courriel|correo|adresse e-mail|e-mail-adresse)"
    r"(?:\s+(?:address|adresse|electrónico|eletrônico))?"
)


#: an icon's name a converter wrote out as a word in front of a contact piece ("envelope john@x.com", "map marker
#: Spring Hill, CA"): no text of the résumé
_ICON_WORDS = re.compile(
    r"(?i)^(?:envelope|envelope-o|map[- ]marker(?:-alt)?|location[- ]dot|globe|link|home|at|"
    r"calendar|birthday-cake|github|linkedin|twitter|x-twitter)\s+(?=\S)"
)


def _place_piece(piece: str, basics: dict[str, Any], profiles: list[dict[str, str]], rest: list[str]) -> None:
    while (icon := _ICON_WORDS.match(piece)) and not _NETWORK_LABEL.match(piece):
        piece = piece[icon.end() :]
    email = EMAIL.search(piece)
    if email and "email" not in basics:
        basics["email"] = email.group(0)
        piece = (piece[: email.start()] + piece[email.end() :]).strip(" :,;")
        if not piece or _EMAIL_LABEL.fullmatch(piece):
            return
    labelled = _NETWORK_LABEL.match(piece)
    if labelled and labelled.group("net").strip().lower() in _NETWORKS:
        network = labelled.group("net").strip()  # as the file writes it ("GITHUB", "Linkedin"): no name of ours
        user = labelled.group("user").strip()
        profile = _profile_from_url(user) if ("/" in user or "." in user) else None
        handle = user.lstrip("@").strip("/ ")
        profiles.append(profile or ({"network": network, "username": handle} if handle else {"network": network}))
        return
    if _place_phone(piece, basics, profiles, rest):
        return
    url = _URL.search(piece)
    candidate = url.group(0) if url else (piece if _HOST.match(piece) and not piece[0].isdigit() else None)
    if candidate:
        candidate = candidate.rstrip(".")
        profile = _profile_from_url(candidate)
        if profile:
            profiles.append(profile)
        elif "url" not in basics:
            basics["url"] = candidate if "://" in candidate else f"https://{candidate}"
        else:
            rest.append(piece)
        return
    title = bool(_TITLE_ONLY.fullmatch(piece.strip()))  # "職務経歴書", "Curriculum Vitae": the document's own title
    if not title and "location" not in basics and _PLACE.match(piece) and len(piece.split()) <= 7:
        basics["location"] = location_of(piece)
        return
    if "location" not in basics and (address := postal_address(piece)):
        basics["location"] = address
        return
    rest.append(piece)


def _place_phone(piece: str, basics: dict[str, Any], profiles: list[dict[str, str]], rest: list[str]) -> bool:
    """Take the piece's phone number, if it is one (or holds one among other pieces); ``True`` when it did."""
    if "phone" not in basics and (phone := whole_phone(piece)):
        basics["phone"] = phone
        return True
    if "phone" in basics or not (inside := phone_inside(piece)):
        return False
    # a number set among other pieces with only spaces between them ("john@x.com +1 (123) 456-7890
    # linkedin.com/in/john", "phone +1 (312) 555-0198 envelope ..."): the number, then what stands around it
    basics["phone"] = piece[inside[0] : inside[1]]
    for part in (PHONE_LABEL.sub("", piece[: inside[0]]), piece[inside[1] :]):
        if part.strip(" :,;") and not PHONE_WORD.fullmatch(part.strip(" :,;")):  # "phone" before it: its label
            _place_piece(part.strip(" :,;"), basics, profiles, rest)
    return True


def postal_address(text: str) -> dict[str, str] | None:
    """ "123 Main Street, Springfield, IL 62701" or "Hauptstraße 5, 10115 Berlin": JSON Resume's location
    fields, each as written; None for anything else (a phone's digits are no postal code)."""
    m = _ADDRESS.match(text.strip())
    if not m:
        return None
    found = {
        "address": m.group("address") or m.group("address2"),
        "postalCode": m.group("postalCode") or m.group("postalCode2"),
        "city": (m.group("city") or m.group("city2") or "").strip(),
        "region": m.group("region") or m.group("country"),
    }
    return {key: value.strip() for key, value in found.items() if value}


def location_of(text: str) -> dict[str, str]:
    """ "San Francisco, California, US" → city, region, countryCode; the text as written otherwise."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    loc: dict[str, str] = {}
    if parts and re.fullmatch(r"[A-Z]{2}", parts[-1]) and len(parts) >= 3:
        loc["countryCode"] = parts.pop()
    if len(parts) == 1:
        loc["city"] = parts[0]
    elif len(parts) >= 2:
        loc["city"] = parts[0]
        loc["region"] = ", ".join(parts[1:])
    return loc

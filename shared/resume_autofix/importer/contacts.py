"""Contact details from the header and from a contact section: e-mail, phone, profiles and links, a postal address
and a place, read cell by cell with their labels ("E-Mail:", "GitHub:", an icon), and what names a document's title."""

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
from .places import LOCATION
from .roles import any_role

#: an address (a hyphen after a label's colon is no part of it: "Email:-jane@example.com")
EMAIL = re.compile(
    r"(?<![\w.+])(?<![\w.+]-)[A-Za-z0-9!#$%&'*+/=?^_`{|}~][A-Za-z0-9!#$%&'*+/=?^_`{|}~-]*"
    r"(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s|,;<>\"]+")
HOST = re.compile(r"(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:/[^\s|,;<>\"]*)?$")
# icon-font glyphs (Font Awesome, Phosphor: Unicode's private use area; U+FFFD where a text layer lost one, not
# beside a letter, where it lost an accented letter: "Bogot�") stand between contact pieces like "|"
_SPLIT = re.compile(
    r"\s*(?:[|｜]|•|\s,\s|·|◦|⋅|∙|▪|♦|◆|●|■|◇|★|✦|[\ue000-\uf8ff]|(?<![^\W\d_])\ufffd(?![^\W\d_])|/\s|\s/|;\s|;$|\s—\s|"
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
DOC_TITLE = (
    "resume|résumé|cv|curriculum vitae|curriculum vitæ|lebenslauf|currículo|curriculum|currículum|hoja de vida|"
    "życiorys|životopis|önéletrajz|ansioluettelo|özgeçmiş|sơ yếu lý lịch|резюме|резюме кандидата"
)
TITLE_ONLY = re.compile(
    rf"(?i)(?:(?:functional|chronological|combination|hybrid|targeted|sample|example) )?(?:{DOC_TITLE})"
    # and "履歴書" spaced out as a form's title sets it ("履 歴 書")
    r"(?: (?:sample|example|template))?|履 ?歴 ?書|職 ?務 ?経 ?歴 ?書|이 ?력 ?서|경 ?력 ?기 ?술 ?서|简 ?历"
    r"|個 ?人 ?簡 ?歷"
)
_PLACE = re.compile(r"^[^\W\d_][^\d@/:|]{1,60}$")
# a postal address: a street with its number, then "City, ST 62701" (US) or "10115 Berlin" (most of Europe)
_STREET = r"(?:(?P<address>[^,@|]{3,60}?\d[^,@|]{0,40}?|\d{1,6}[^,@|]{2,60}?),\s*)?"
_ADDRESS = re.compile(
    rf"^{_STREET}(?P<city>[^\W\d_][^,\d@|]{{1,40}}),\s*(?P<region>[A-Z]{{2}})\s+(?P<postalCode>\d{{5}}(?:-\d{{4}})?)$"
    rf"|^{_STREET.replace('address', 'address2')}(?P<postalCode2>(?:[A-Z]{{1,2}}-)?\d{{4,5}})\s+"
    r"(?P<city2>[^\W\d_][^,\d@|]{1,40})(?:,\s*(?P<country>[^\W\d_][^,\d@|]{1,30}))?$"
)


def network_named(text: str) -> bool:
    """The text is a network's name alone ("GitHub", "LinkedIn"): a link shown as it is the person's page there."""
    return text.strip().lower() in _NETWORKS


def profile_from_url(url: str) -> dict[str, str] | None:
    host_path = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url)
    host, _, path = host_path.partition("/")
    host = host.lower()
    user = path.strip("/").split("/")[-1] if path.strip("/") else ""
    for key, network in _NETWORKS.items():
        if key in ("x", "scholar", "google scholar", "stack overflow"):
            continue
        # (and a country's subdomain: "nl.linkedin.com"; not a site the network hosts: "arii.github.io")
        if re.match(rf"(?:[a-z]{{2}}\.)?{re.escape(key)}\.", host) or (key == "mastodon" and "/@" in f"/{path}"):
            # the network's name only where the file writes it ("GitHub: x"); from a host alone it is not text
            profile = {"url": url if "://" in url else f"https://{url}"}
            if network in url:
                profile["network"] = network
            if user:
                profile["username"] = user.lstrip("@")
            return profile
    return None


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


NAMED = re.compile(r"^(?P<label>氏\s?名|姓\s?名)[:：]?\s*(?P<name>\S.{0,20})$")
NAME_LABEL = re.compile(
    r"(?i)^(?:(?:full |first |last |sur)?names?(?:\(s\))?|surname\(s\) / first name\(s\)|nachname\(n\) / vorname\(n\)"
    r"|nom\(s\) / prénom\(s\)|apellido\(s\) / nombre\(s\)|cognome\(i\) / nome\(i\)|vorname|nachname"
    r"|nombre(?: completo)?|nom(?: complet)?|nome(?: completo)?|(?:volledige )?naam|nome e cognome|imię i nazwisko"
    r"|ad soyad|имя|фио|이름|성명"
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


_LABEL_VALUE = re.compile(r"^(?P<label>[^:：]{1,30}?)\s*[:：]\s*(?P<value>\S.*)$")


#: the longest value a name label's line of its own is read as a name from (longer is prose)
_NAME_LONGEST = 61


def name_label(cell: str) -> tuple[str, str] | None:
    """(the label, the name) where ``cell`` gives a name after a name label ("Name: Jane Doe", "Naam:  Joeri Abbo");
    ``None`` otherwise."""
    m = _LABEL_VALUE.match(cell.strip())
    if m is None or not NAME_LABEL.match(label := m.group("label").strip()):
        return None
    return label, m.group("value").strip()


def _pairs(line: Line) -> list[tuple[str, str]]:
    """A line's (label, value) pairs, with a form's label cells that end in no colon: "Nombre completo   Ana Ruiz",
    "電話   0120-XX-XXXX", "氏名 見本 太郎"; a value cut into cells is one value."""
    pairs = line.labelled()
    if not pairs and len(line.cells) == 2 and (NAME_LABEL.match(line.cells[0]) or PHONE_LABEL.fullmatch(line.cells[0])):
        pairs = [(line.cells[0], line.cells[1])]
    elif not pairs and len(line.cells) > 2 and PHONE_LABEL.fullmatch(line.cells[0]):
        cut = next((k for k, c in enumerate(line.cells[1:], 1) if any(ch.isalpha() for ch in c)), len(line.cells))
        pairs = [(line.cells[0], " ".join(line.cells[1:cut]))] if cut > 1 else []  # "Telefoon:  06 -  86 296 031"
    elif not pairs and len(line.cells) == 1 and (named := NAMED.match(line.text.strip())):
        pairs = [(named.group("label"), named.group("name"))]
    elif not pairs and len(line.cells) == 1 and (said := name_label(line.text)) and len(said[1]) <= _NAME_LONGEST:
        pairs = [said]  # "Name: Zhihua Zhong" on a line of its own
    return pairs


def parse_contacts(lines: list[Line], basics: dict[str, Any], rest: list[str]) -> None:
    """Fill email, phone, url, location and profiles from contact lines; unplaced pieces go to ``rest``."""
    joined = ""
    for line in lines:
        pairs = _pairs(line)
        if pairs and NAME_LABEL.match(pairs[0][0]):  # a form's "Surname(s) / First name(s)   Jane Doe"
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
        profile = profile_from_url(user) if ("/" in user or "." in user) else None
        handle = user.lstrip("@").strip("/ ")
        profiles.append(profile or ({"network": network, "username": handle} if handle else {"network": network}))
        return
    if _place_phone(piece, basics, profiles, rest):
        return
    url = _URL.search(piece)
    candidate = url.group(0) if url else (piece if HOST.match(piece) and not piece[0].isdigit() else None)
    if candidate:
        candidate = candidate.rstrip(".")
        profile = profile_from_url(candidate)
        if profile:
            # once: "LinkedIn: nl.linkedin.com/in/x", then the link's own address, is one profile
            profiles.extend([] if any(p.get("url") == profile["url"] for p in profiles) else [profile])
        elif "url" not in basics:
            basics["url"] = candidate if "://" in candidate else f"https://{candidate}"
        else:
            rest.append(piece)
        return
    title = bool(TITLE_ONLY.fullmatch(piece.strip()))  # "職務経歴書", "Curriculum Vitae": the document's own title
    if not title and "location" not in basics and _PLACE.match(piece) and len(piece.split()) <= 7 and _placelike(piece):
        basics["location"] = location_of(piece)
        return
    if "location" not in basics and (address := postal_address(piece)):
        basics["location"] = address
        return
    rest.append(piece)


def _placelike(piece: str) -> bool:
    """A place the lists know, whole or in one of its parts ("Berlin", "Hill Valley, CA", "Bogotá – Colombia",
    "Piracicaba, São Paulo"), or a Chinese or Japanese town or province ("上海市"). A word no list knows is a label,
    a network's name or a title as often ("GitHub", "Portfolio", "Software Engineer"): no town."""
    text = piece.strip()
    core = _AREA.sub("", text)  # "San Francisco Bay Area", "Greater Calgary Area": the town's
    if LOCATION.match(text) or (core != text and LOCATION.match(core)) or _CJK_PLACE.fullmatch(text):
        return True
    parts = [p for p in (text.split() if not text.isascii() and " " in text else _PLACE_PARTS.split(text)) if p]
    return 2 <= len(parts) <= 4 and any(LOCATION.match(p) for p in parts) and not any(any_role(p) for p in parts)


#: where a place's parts part ("Piracicaba, São Paulo", "Marseille – France", "Turkey-Karabuk", "Dallas TX",
#: "ایران، تهران"); a non-Latin place's words by its spaces ("成都 中国")
_PLACE_PARTS = re.compile(r"\s*[,，、،–—/|·-]\s*|\s+(?=[A-Z]{2}$)")
#: a town's wider area written around its name
_AREA = re.compile(r"(?i)^greater\s+|\s+(?:bay\s+)?area$|\s+metro(?:politan)?(?:\s+area)?$")
#: a town, city or province in Chinese or Japanese by its last character
_CJK_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[市省区県都府]")


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


def wrapped_emails(lines: list[Line]) -> list[Line]:
    """ "mushfiqul.anwarsiraji" over "@monash.edu": an address a narrow sidebar wrapped at its "@" is one line."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and line.text.startswith("@")
            and len(last.cells) == 1
            and len(line.cells) == 1
            and EMAIL.fullmatch(last.text.strip() + line.text.strip())
        ):
            out[-1] = last.retext(last.text.strip() + line.text.strip())
            continue
        out.append(line)
    return out

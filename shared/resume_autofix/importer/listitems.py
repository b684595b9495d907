"""A line's items, and whether a line is a list of them or prose: what every list section reads with."""

from __future__ import annotations

import re

from .lines import CELL_SEP, CJK

_ITEMS = re.compile(r"\s*(?:,|;|\||•|·|▪|◦|、|，|；|،|؛|/\s|" + re.escape(CELL_SEP) + r")\s*")  # CJK, Arabic commas


def items_of(text: str) -> list[str]:
    """The items of a list written on a line: parted by commas, bars, bullets…, but not inside brackets
    ("Python (pandas, NumPy), SQL, and Git" → "Python (pandas, NumPy)", "SQL", "Git")."""
    depth, inside = 0, []
    for ch in text:
        depth = max(0, depth + (ch in _OPEN) - (ch in _CLOSE))
        inside.append(depth > 0)
    items, start, comma = [], 0, False
    for m in _ITEMS.finditer(text):
        if not inside[m.start()] and not _THOUSANDS.match(text, m.start() - 1):  # "> 20,000 SLoC" is one item
            items.append(_item(text[start : m.start()], comma))
            start, comma = m.end(), m.group().strip() == ","
    items.append(_item(text[start:], comma))
    if text.lstrip().startswith("~") and len(_TILDE.findall(text)) >= 2:  # "~ AspectJ ~ Hibernate": a tilde each
        items = [p.strip() for i in items for p in _TILDE.split(i)]
    if text.count(" - ") >= 2:  # "python - r - sql, excel - minitab": a spaced hyphen parts short items too
        pieces = [p.strip() for i in items for p in i.split(" - ")]
        if all(0 < len(p.split()) <= 3 for p in pieces):
            items = pieces
    return [i for i in items if i]


def _item(text: str, after_comma: bool) -> str:
    text = _DASH_LEAD.sub("", text.strip(" ."))  # "– Python, Docker": a dash set before the list is no part of it
    text = _DASH_TRAIL.sub("", text)  # "Redis —": the dash a right-to-left line set after the list it leads
    return _AND_FIRST.sub("", text) if after_comma else text  # "…, SQL, and Git"; "And Buzzwords" is a name


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_TILDE = re.compile(r"(?:^|\s)~\s")
_DASH_LEAD = re.compile(r"^(?:[–—-]|[✓✔☑✅])\s+")  # and a check mark set before an item ("✔ Docker Swarm")
_DASH_TRAIL = re.compile(r"\s+[–—]$")
_OPEN, _CLOSE = "(（[［", ")）]］"
_AND_FIRST = re.compile(r"^(?:and|or|und|oder|et|ou|y|o|e|ed)\s+")


def sentence(text: str) -> bool:
    """Prose rather than a list of skills: a full stop at the end of six words or more (or of a CJK clause)."""
    return text.rstrip().endswith((".", "。", "!", "！")) and (
        len(text.split()) >= 6 or (not text.isascii() and len(text) >= 12)
    )


def phrase(text: str) -> bool:
    """One clause whose verbs or nouns a comma lists before its object ("Planned, prepared, coordinated,
    supervised and implemented stages of food production"; "Excellent driving, safety, and attendance record."):
    its last piece joins with "and" and runs on for three words or more, the middle ones are one word each."""
    pieces = [p.strip() for p in text.rstrip(".").split(",")]
    # the middle pieces single words in lower case (a list of skills names its items with capitals: "Docker")
    if len(pieces) < 3 or not all(len(p.split()) == 1 and p.islower() for p in pieces[1:-1]):
        return False
    last = pieces[-1].split()
    if last and last[0] == "and":  # "…, safety, and attendance record"
        return len(last) >= 3
    # "Planned, …, supervised and implemented stages of food production": a short first piece, a long last one
    return len(pieces[0].split()) <= 2 and "and" in last and len(last) >= 4


def commented(text: str) -> bool:
    """A skill and what the person says of it, after a comma ("CSS, įskaitant atspalvius, tokius kaip SASS ir LESS",
    "Python, mostly version 3, since about 2014"): a short first piece, then two pieces or more of two words or more
    in lower case (a list of skills names its items with capitals), one of them a clause of three words or more (not
    "Git, unit testing, code review, system design"); kept whole."""
    first, *rest = [p.strip() for p in text.split(",")]
    return (
        0 < len(first.split()) <= 3
        and len(rest) >= 2
        and all(len(p.split()) >= 2 and p[:1].islower() for p in rest)
        and any(len(p.split()) >= 3 for p in rest)
        and not _AND_FIRST.match(rest[-1])  # "Automated testing, performance profiling, and technical writing"
    )


def prose(text: str) -> bool:
    """A sentence rather than a list ended by a full stop: its comma-parted pieces run to four words (eight CJK
    characters) or more on average ("TeX, LaTeX, MATLAB, Maple." is a list)."""
    pieces = [p for p in re.split(r"[,;、，；،]", text) if p.strip()]
    if CJK.search(text):  # no spaces to count words by: characters a piece, as a clause runs (with or without 。)
        per_piece = len(text) / max(len(pieces), len(items_of(text)), 1)
        mostly = len(CJK.findall(text)) * 2 >= len(text.replace(" ", ""))  # not "编程语言 Go, Python, Java"
        clauses = mostly and "，" in text and len(text) >= 30  # clauses parted by full-width commas, no 。 yet
        return (sentence(text) and per_piece >= 8) or (clauses and per_piece >= 10)
    return sentence(text) and len(text.split()) >= 4 * len(pieces)

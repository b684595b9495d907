"""What a job application holds besides the résumé: a cover letter before it, and the résumé again after it.

A German "Bewerbung" (and many a PDF a job seeker exports from one file) is the letter, then the CV, sometimes the
CV a second time in another layout. The letter's addressee would be read as the name and its paragraphs as the
summary; a second copy would give every entry twice. Both are cut here, with a warning, before sections are found;
so are a consent at the end, "last updated" stamps and a page's running foot ("April 10, 2024  Eric Ngigi · Résumé  1"),
whose dates would open entries.
"""

from __future__ import annotations

import re
import statistics

from .contacts import TITLE_ONLY, contactish
from .dates import find_dates
from .lines import CELL_SEP, Line
from .vocabulary import exact_key

#: the salutation that opens a letter
_SALUTATION = re.compile(
    r"^(?:dear\b|to whom it may concern|sehr geehrte|liebe[rs]?\b|guten tag\b|madame\b|monsieur\b|"
    r"estimad[oa]s?\b|prezad[oa]s?\b|gentile\b|egregi[oa]\b|geachte\b|beste\b.*,$)",
    re.IGNORECASE,
)
#: the formula that closes it
_CLOSING = re.compile(
    r"^(?:(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|(?:freundliche|beste|herzliche) grüße|"
    r"(?:yours )?sincerely|yours (?:faithfully|truly)|(?:kind|best|warm|warmest) regards|regards|respectfully|"
    r"(?:bien )?cordialement|veuillez agréer\b.*|atentamente|saludos cordiales|atenciosamente|"
    r"cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?)[,.!]?$",
    re.IGNORECASE,
)
#: what follows the signature: a postscript, the list of enclosures
_AFTER_SIGNATURE = re.compile(
    r"^(?:p\.?\s?s\.?\b|anlagen?\b|enclosures?\b|encl\.|attachments?\b|pièces? jointes?\b|anexos?\b|allegat[oi]\b|"
    r"bijlagen?\b)",
    re.IGNORECASE,
)
_FIRST_LINES = 25  # a letter that comes first opens within this many lines
_LETTER_LINES = 120  # and closes within this many after its salutation
_SIGNATURE_LINES = 3
_COPY_LINES = 4  # this many lines of the résumé's head, again and in order, start a second copy


def strip_letter(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines without a cover letter that comes before the résumé (a salutation before any section heading,
    then a closing formula, a signature, a postscript and the enclosures)."""
    opening = None
    for i, line in enumerate(lines[:_FIRST_LINES]):
        if exact_key(line.text):
            return lines, []  # a section heading first: the résumé comes first
        if _SALUTATION.match(line.text.strip()):
            opening = i
            break
    if opening is None:
        return lines, []
    closing = next(
        (
            j
            for j in range(opening + 1, min(len(lines), opening + _LETTER_LINES))
            if _CLOSING.match(lines[j].text.strip())
        ),
        None,
    )
    if closing is None:
        return lines, []
    end = closing + 1
    while end < len(lines) and end - closing <= _SIGNATURE_LINES and _signature(lines, end):
        end += 1
    while end < len(lines) and _AFTER_SIGNATURE.match(lines[end].text.strip()):
        end += 2 if lines[end].text.strip().endswith(":") else 1  # "Anlagen:" over its list
        # a postscript or the enclosures, and the lines they wrap onto
        while end < len(lines) and lines[end].text.strip()[:1].islower():
            end += 1
    if end >= len(lines):
        return lines, []  # nothing after the letter: no résumé to read, keep what there is
    return lines[end:], [f"A cover letter came before the résumé: its {end} lines were not imported"]


def _signature(lines: list[Line], i: int) -> bool:
    """Line ``i`` signs the letter: a few words, no contact, and the line after it is no contact line (the name
    that heads the résumé has its address or phone under it)."""
    text = lines[i].text.strip()
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return (
        0 < len(text.split()) <= 4
        and not contactish(text)
        and not any(c.isdigit() for c in text)
        and not _AFTER_SIGNATURE.match(text)
        and (not contactish(nxt) or bool(_AFTER_SIGNATURE.match(nxt.strip())))
        and not _ADDRESS_LINE.search(nxt)
    )


_ADDRESS_LINE = re.compile(
    r"\b\d{4,5}\s+[^\W\d_]|\b[^\W\d_]+(?:straße|strasse|str\.|weg|gasse|platz)\s*\d|,\s*[A-Z]{2}\s+\d{5}\b"
)


def strip_copy(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines up to where the résumé starts again: its first lines (name, address, contacts) repeated in order."""
    texts = [line.text.strip() for line in lines]
    head = texts[:_COPY_LINES]
    if len(head) < _COPY_LINES or not all(head):
        return lines, []
    for i in range(_COPY_LINES * 3, len(lines) - _COPY_LINES + 1):
        if texts[i : i + _COPY_LINES] == head and _same_sections(lines, i):
            return lines[:i], [
                f"The résumé is in the file twice: the second copy ({len(lines) - i} lines) was not imported"
            ]
    return lines, []


def _same_sections(lines: list[Line], i: int) -> bool:
    """What follows line ``i`` heads at least two of the sections before it again: a copy of the résumé, not a
    later page that repeats the name and contacts over new sections."""
    before = {key for line in lines[:i] if (key := exact_key(line.text))}
    after = {key for line in lines[i:] if (key := exact_key(line.text))}
    return len(before & after) >= 2


#: the data-protection consent or declaration a European CV ends with, in its languages
_CONSENT = re.compile(
    r"(?i)^(?:ich, der/die unterzeichnende|el/la abajo firmante|le/la soussigné|je soussigné|o/a abaixo assinad|"
    r"io sottoscritt|ja, niżej podpisan|i, the undersigned|i hereby (?:authori[sz]e|consent|declare|certify)|"
    r"autorizzo il trattamento|wyrażam zgodę|ich willige|ich erkläre|ondergetekende|hiermit (?:erkläre|willige))"
)
_TAIL_SHARE = 0.3  # the consent is in the document's last lines


def strip_consent(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines without the consent or declaration at the end ("I hereby authorize you to process my personal
    data…", then place, date and signature): it is no part of any section."""
    first = int(len(lines) * (1 - _TAIL_SHARE))
    at = next((i for i in range(first, len(lines)) if _CONSENT.match(lines[i].text.strip())), None)
    if at is None:
        return lines, []
    return lines[:at], [f"A consent or declaration at the end ({len(lines) - at} lines) was not imported"]


#: a stamp of when the document was last changed ("Last updated: July 2026", "Dernière mise à jour 2020-10-02.",
#: "Резюме обновлено 27 октября 2024 в 23:56"): its date is no entry's
_STAMP = re.compile(
    r"(?i)^[(\[]?\s*(?:last\s+(?:updated|modified|revised)(?:\s+on)?|updated\s+on|(?:dernière\s+)?mise\s+à\s+jour"
    r"(?:\s+le)?|mis\s+à\s+jour\s+le|zuletzt\s+aktualisiert(?:\s+am)?|aktualisiert\s+am|stand\s*:|"
    r"(?:última\s+)?actualizaci[oó]n|actualizado\s+el|atualizado\s+em|ultimo\s+aggiornamento|aggiornato\s+al|"
    r"(?:резюме\s+)?обновлено)\b\s*:?\s*(?P<when>[^()\[\]]{4,40}?)\s*[.)\]]?$"
)


def is_stamp(cell: str) -> bool:
    """The cell is a "last updated" stamp and its date."""
    m = _STAMP.match(cell.strip())
    spans = find_dates(m.group("when")) if m else []
    return bool(spans) and spans[0].begin <= 3  # the date right after the words ("27 октября 2024", "July 2026")


def strip_stamps(lines: list[Line]) -> list[Line]:
    """The lines without "last updated" stamps (a cell of its own, or a whole line): read as a dated entry, a stamp
    opened a job that never was."""
    out: list[Line] = []
    for line in lines:
        cells = [c for c in line.cells if not is_stamp(c)]
        if len(cells) == len(line.cells):
            out.append(line)
        elif cells:
            out.append(line.retext(CELL_SEP.join(cells), cells))
    return out


#: a page's number in a cell of its own ("1", "Page 2", "2 / 3")
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?")


def strip_running_feet(lines: list[Line]) -> list[Line]:
    """The lines without a page's running foot: its last line, in smaller type than the page's lines mostly are,
    with a cell naming the document ("Résumé", "CV") and one that is the page's number or a date (Awesome-CV's
    "April 10, 2024   Eric Moses Ngigi · Résumé   1"). Read as a dated entry, it opened a school that never was."""
    last: dict[int, int] = {}
    sizes: dict[int, list[float]] = {}
    for i, line in enumerate(lines):
        sizes.setdefault(line.page, []).append(line.size)
        if line.x1 > 0 and (line.page not in last or line.top >= lines[last[line.page]].top):
            last[line.page] = i
    feet = set()
    for page, i in last.items():
        mostly = statistics.median_high(sizes[page])  # the upper middle, as the sort read it
        cells = [c.strip() for c in lines[i].cells]
        if (
            lines[i].size < mostly
            and any(TITLE_ONLY.fullmatch(c) for c in cells)
            and any(_PAGE_NUMBER.fullmatch(c) or find_dates(c) for c in cells)
        ):
            feet.add(i)
    return [line for i, line in enumerate(lines) if i not in feet]

"""Solar Hijri dates, as Iranian résumés write them ("شهریور ۱۴۰۲ تا کنون", "۱۴۰۰ تا ۱۴۰۲").

They are kept in their own calendar, year and month number ("1402-06"): converting them to Gregorian dates would
write a day the person never wrote. Read only in Persian text (an Arabic-script letter on the line), so a 13xx or
14xx number elsewhere (a street's, a count's) is never a year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Persian and Arabic-Indic digits → ASCII, one character for one (a span's offsets stay the text's)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_NON_ASCII_DIGIT = re.compile(r"[۰-۹٠-٩]")
#: the Arabic block: Persian, Arabic and Urdu letters, and their digits (service's script check reads it too)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد امرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ),
        1,
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# (a month's name is a word of its own: "ورودی ۱۳۹۸", a class of 1398, ends in the letters of "دی")
_DATE = rf"(?:(?<![^\W\d_])(?P<{{m}}>{_MONTH})\s+)?(?P<{{y}}>1[34]\d\d)(?!\d)"
#: a date, then "to" and another date or "now" (تا کنون، تاکنون، اکنون), or the date alone
_RANGE = re.compile(
    r"(?<!\d)"
    + _DATE.format(m="m1", y="y1")
    + r"(?:\s*(?:تا|–|—|-)\s*(?:(?P<now>کنون|اکنون|حال)|"
    + _DATE.format(m="m2", y="y2")
    + r"))?"
)


def ascii_digits(text: str) -> str:
    """``text`` with Persian and Arabic-Indic digits written in ASCII, each in its place."""
    return text.translate(_DIGITS) if _NON_ASCII_DIGIT.search(text) else text


def persian(text: str) -> bool:
    """An Arabic-script letter or digit in ``text`` (Persian, Arabic, Urdu)."""
    return bool(ARABIC_SCRIPT.search(text))


class HijriSpan(NamedTuple):
    """A Solar Hijri date or range, as ``dates.DateSpan`` holds one: ISO-like values, and where the text was."""

    start: str
    end: str | None
    present: bool
    begin: int
    stop: int


def solar_hijri(text: str) -> list[HijriSpan]:
    """Each Solar Hijri date or range in ``text`` (ASCII digits); a range written the wrong way round, as a
    right-to-left line may come out ("۱۴۰۲ - ۱۳۹۸"), is still the range."""
    found = []
    for m in _RANGE.finditer(text):
        start = _iso(m.group("y1"), m.group("m1"))
        end = _iso(m.group("y2"), m.group("m2")) if m.group("y2") else None
        if end is not None and end < start:
            start, end = end, start
        found.append(HijriSpan(start, end, bool(m.group("now")), m.start(), m.end()))
    return found


def _iso(year: str, month: str | None) -> str:
    """ "1402" and "شهریور" → "1402-06": the year and the month's number, the calendar kept."""
    return f"{year}-{_MONTHS[month]:02d}" if month else year

"""Solar Hijri dates, as Iranian résumés write them ("شهریور ۱۴۰۲ تا کنون", "۱۴۰۰ تا ۱۴۰۲").

They are kept in their own calendar, year and month number ("1402-06"): converting them to Gregorian dates would
write a day the person never wrote. Read only in Persian text (an Arabic-script letter on the line), so a 13xx or
14xx number elsewhere (a street's, a count's) is never a year.
"""

from __future__ import annotations

import re

#: Persian and Arabic-Indic digits → ASCII, one character for one (a span's offsets stay the text's)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_NON_ASCII_DIGIT = re.compile(r"[۰-۹٠-٩]")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")

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
_DATE = rf"(?:(?P<{{m}}>{_MONTH})\s+)?(?P<{{y}}>1[34]\d\d)(?!\d)"
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
    return bool(_PERSIAN.search(text))


def solar_hijri(text: str) -> list[tuple[str, str | None, bool, int, int]]:
    """(start, end, ongoing, begin, stop) of each Solar Hijri date or range in ``text`` (ASCII digits)."""
    found = []
    for m in _RANGE.finditer(text):
        start = _iso(m.group("y1"), m.group("m1"))
        end = _iso(m.group("y2"), m.group("m2")) if m.group("y2") else None
        if end is not None and end < start:
            continue
        found.append((start, end, bool(m.group("now")), m.start(), m.end()))
    return found


def _iso(year: str, month: str | None) -> str:
    return f"{year}-{_MONTHS[month]:02d}" if month else year

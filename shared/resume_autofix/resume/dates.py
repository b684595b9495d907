"""Resume dates the way real files write them: "2019", "2019-03", "2019-03-14", empty, or "Present"."""

from __future__ import annotations

import re
from dataclasses import dataclass

ISO_PARTIAL = re.compile(r"^([1-2][0-9]{3})(?:-([0-1][0-9])(?:-([0-3][0-9]))?)?$")
PRESENT_WORDS = frozenset({"present", "current", "now", "today", "ongoing"})

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
# imported resumes name months in their own language (de, fr, es, pt, it, nl, ru; abbreviations too)
_MONTHS.update(
    {
        m: i
        for i, names in enumerate(
            [
                "januar janv janvier enero ene janeiro gennaio gen januari янв январь января",
                "februar févr fév fevr février fevrier febrero febr fevereiro fev febbraio februari "
                "фев февраль февраля",
                "märz mär maerz mars marzo março mar maart мар март марта",
                "april avr avril abril abr aprile апр апрель апреля",
                "mai mayo maio maggio mag mei май мая",
                "juni juin junio junho giugno giu июн июнь июня",
                "juli juil juillet julio julho luglio lug июл июль июля",
                "august aoû aout août agosto ago augustus авг август августа",
                "september sept septembre setiembre septiembre set setembro settembre сен сент сентябрь сентября",
                "oktober okt octobre octubre outubro out ottobre ott окт октябрь октября",
                "november novembre noviembre novembro нояб ноя ноябрь ноября",
                "dezember dez décembre decembre déc diciembre dic dezembro dicembre december дек декабрь декабря",
            ],
            start=1,
        )
        for m in names.split()
        if m not in ("mar", "set", "out")  # "mar" is English March already; set/out would read English words
    }
)
# Scandinavian, Polish and Turkish month names (full, genitive and the usual abbreviations)
_MONTHS.update(
    {
        m: i
        for i, names in enumerate(
            [
                "styczeń stycznia sty ocak",
                "luty lutego lut februari şubat subat",
                "marzec marca mart",
                "kwiecień kwietnia kwi nisan",
                "maj maja mayıs mayis",
                "czerwiec czerwca cze haziran",
                "lipiec lipca lip temmuz",
                "augusti sierpień sierpnia ağustos agustos",
                "wrzesień września wrz eylül eylul",
                "październik października paź ekim",
                "listopad listopada lis kasım kasim",
                "desember des grudzień grudnia gru aralık aralik",
            ],
            start=1,
        )
        for m in names.split()
        if m not in ("mar", "set", "out")  # "mar" is English March already; set/out would read English words
    }
)
# Czech, Finnish, Indonesian, Romanian, Hungarian, Greek and Ukrainian names, and regional German and Dutch ones
# ("Jänner", "Mrz.", "mrt"); Croatian is left out, its "listopad" is October where Czech and Polish mean November
_MONTHS.update(
    {
        m: i
        for i, names in enumerate(
            [
                "leden ledna tammikuu tammikuuta ianuarie január jän jänner ιανουάριος ιανουαρίου ιαν січень січня",
                "únor února helmikuu helmikuuta februarie február febr φεβρουάριος φεβρουαρίου φεβ лютий лютого",
                "březen března maaliskuu maaliskuuta maret martie március márc mrz mrt μάρτιος μαρτίου μαρ "
                "березень березня",
                "duben dubna huhtikuu huhtikuuta aprilie április ápr απρίλιος απριλίου απρ квітень квітня",
                "květen května toukokuu toukokuuta május máj μάιος μαΐου μαΐ травень травня",
                "červen června kesäkuu kesäkuuta iunie iun június jún ιούνιος ιουνίου ιουν червень червня",
                "červenec července heinäkuu heinäkuuta iulie iul július júl ιούλιος ιουλίου ιουλ липень липня",
                "srpen srpna elokuu elokuuta agustus agu augusztus αύγουστος αυγούστου αυγ серпень серпня",
                "září syyskuu syyskuuta septembrie szeptember szept σεπτέμβριος σεπτεμβρίου σεπ вересень вересня",
                "říjen října lokakuu lokakuuta octombrie október οκτώβριος οκτωβρίου οκτ жовтень жовтня",
                "listopadu marraskuu marraskuuta noiembrie νοέμβριος νοεμβρίου νοε листопад листопада",
                "prosinec prosince joulukuu joulukuuta decembrie δεκέμβριος δεκεμβρίου δεκ грудень грудня",
            ],
            start=1,
        )
        for m in names.split()
    }
)
# Arabic (Egyptian and Gulf names, and the Levantine ones of one word), Hebrew and Persian (the Gregorian months)
_MONTHS.update(
    {
        m: i
        for i, names in enumerate(
            [
                "يناير ינואר ژانویه",
                "فبراير شباط פברואר فوریه",
                "مارس آذار מרץ מרס",
                "أبريل ابريل إبريل نيسان אפריל آوریل",
                "مايو أيار מאי مه",
                "يونيو يونيه حزيران יוני ژوئن",
                "يوليو يوليه تموز יולי ژوئیه",
                "أغسطس اغسطس אוגוסט اوت",
                "سبتمبر أيلول ספטמבר سپتامبر",
                "أكتوبر اكتوبر אוקטובר اکتبر",
                "نوفمبر נובמבר نوامبر",
                "ديسمبر דצמבר دسامبر",
            ],
            start=1,
        )
        for m in names.split()
    }
)

_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?,?\s+([1-2][0-9]{3})$")
_SLASH = re.compile(r"^(?:([0-3]?[0-9])[/.])?([0-1]?[0-9])[/.]([1-2][0-9]{3})$")
_YEAR_MONTH_SLASH = re.compile(r"^([1-2][0-9]{3})[/.]([0-1]?[0-9])(?:[/.]([0-3]?[0-9]))?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date with optional month and day; orders by (year, month or 0, day or 0)."""

    year: int
    month: int = 0
    day: int = 0

    def iso(self) -> str:
        if self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def is_present(value: str | None) -> bool:
    return bool(value) and str(value).strip().lower() in PRESENT_WORDS


def parse_iso(value: str | None) -> PartialDate | None:
    """The schema's own iso8601 forms only; ``None`` for anything else (empty, "Present", prose)."""
    if not value:
        return None
    m = ISO_PARTIAL.match(value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if month > 12 or (m.group(2) and month == 0) or day > 31 or (m.group(3) and day == 0):
        return None
    return PartialDate(year, month, day)


def parse_loose(value: str | None) -> PartialDate | None:
    """ISO forms plus the unambiguous ones people type: "March 2019", "Mar. 2019", "2019/03", "03/2019".

    Day-first vs month-first is ambiguous ("03/04/2019"), so a three-part slash date is read only when
    one part is over 12 or both are equal; anything unsure is ``None``, never a guess.
    """
    if not value:
        return None
    text = value.strip()
    for parser in (parse_iso, _month_name, _year_first, _year_last):
        found = parser(text)
        if found:
            return found
    return None


def _month_name(text: str) -> PartialDate | None:
    m = _MONTH_YEAR.match(text)
    if m and m.group(1).lower() in _MONTHS:
        return PartialDate(int(m.group(2)), _MONTHS[m.group(1).lower()])
    return None


def _year_first(text: str) -> PartialDate | None:
    m = _YEAR_MONTH_SLASH.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    day = int(m.group(3) or 0)
    return PartialDate(int(m.group(1)), int(m.group(2)), day) if day <= 31 else None


def _year_last(text: str) -> PartialDate | None:
    m = _SLASH.match(text)
    if not m:
        return None
    first, second, year = m.group(1), int(m.group(2)), int(m.group(3))
    if first is None:
        return PartialDate(year, second) if 1 <= second <= 12 else None
    a = int(first)
    if a > 12 and 1 <= second <= 12 and a <= 31:
        return PartialDate(year, second, a)
    if second > 12 and 1 <= a <= 12 and second <= 31:
        return PartialDate(year, a, second)
    if a == second and 1 <= a <= 12:
        return PartialDate(year, a, a)
    return None

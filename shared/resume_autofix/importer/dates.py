"""Dates and date ranges inside a line of resume text, read with the project's own parser (``resume.dates``).

One alternation scanned left to right (linear in the line), then neighbouring tokens joined into a range when
only a dash, "to", "bis", "à", "–"... stands between them. "2019–21" borrows the start's century; a range that
ends in "present" (in any of the analysis languages) has no end date, as JSON Resume writes an ongoing job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from ..resume.dates import PartialDate, parse_loose
from .hijri import ascii_digits, persian, solar_hijri
from .lines import CJK

PRESENT = (
    "present day|present|current|currently|now|nowadays|nowdays|today|ongoing|"
    "heute|aktuell|derzeit|jetzt|présent|aujourd'hui|aujourd’hui|"
    "auj\\.|actuel|ce jour|à ce jour|"
    "actuellement|presente|actualidad|actual|atual|atualmente|"
    "o momento|o presente|agora|ahora|hoy|la fecha|en curso|em curso|hoje|"
    "alla data attuale|ad oggi|attuale|oggi|in corso|"
    "heden|nu|huidig|"
    "настоящее время|по настоящее время|н\\.\\s?в\\.|наст\\. время|現在|现在|至今|目前|現職|현재|재직중|재직 중|"
    "nå|i dag|pågående|nuværende|nuvarande|pågår|obecnie|do dziś|halen|günümüz|devam ediyor|hiện tại|"
    "nyt|nykyhetki|současnost|dosud|dnes|aktuální|aktuálně|doposud|súčasnosť|doteraz|aktuálne|trenutno|danas|"
    "sekarang|saat ini|prezent|în prezent|jelenleg|napjainkig|σήμερα|"
    "τώρα|теперішній час|тепер|зараз|כעת|היום|עד היום|הווה|الآن|حتى الآن|الوقت الحاضر|حتى الحاضر|الحاضر|"
    "حتى اليوم|حاليا|حالیا|اکنون|تاکنون|تا کنون"
)
_TOKEN = re.compile(
    r"(?P<cjk>(?P<cy>(?:1[6-9]|20)\d{2})\s*[年년.]\s*(?P<cm>[01]?\d)\s*[月월](?:\s*[0-3]?\d\s*[日일])?)"
    # a Japanese era year ("平成 15", "令和元年 5 月"), its month after 月 or in the next cell (履歴書)
    r"|(?P<era>(?P<en>明治|大正|昭和|平成|令和)\s*(?P<ey>元|\d{1,2})(?:\s*年)?"
    r"(?:\s*(?P<em>[01]?\d)\s*月| {2,}(?P<emc>0?[1-9]|1[0-2])(?= {2}|$))?)"
    # a day, a month and a year in numbers: "05.01.2020", "1/5/2020", "2020/01/05" (which is day and which month
    # is settled for the whole line, see _day_first)
    r"|(?P<dmy>\b(?P<da>[0-3]?\d)(?P<ds>[./-])(?P<db>[0-3]?\d)(?P=ds)(?P<dy>(?:1[6-9]|20)\d{2}))(?![\d.,]\d)"
    r"|(?P<ymd>\b(?P<ty>(?:1[6-9]|20)\d{2})(?P<ts>[/.])(?P<tm>[01]?\d)(?P=ts)(?P<td>[0-3]?\d))(?![\d.,]\d)"
    # "Jul/2025", "Jun.2015"; with a day, read to the month: "Jan 5, 2020", "5 January 2020", "3. März 2020",
    # "30 Septembre, 2019", "7, Dec. 2016"
    # and Spanish and Portuguese "7 de mayo de 2018", "mayo del 2018"
    # (a range of days before the month: "7-8 January 2025", "02 et 03 Octobre 2014")
    r"|(?:\b(?:[0-3]?\d(?:[-–]|[ \t]+(?:et|and|und|y|e|en)[ \t]+)[0-3]?\d|[0-3]?\d(?:st|nd|rd|th|er|\.)?,?)"
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+)?"
    r"(?=[^\W\d_]{3,12}\.?,?[ \t\u00a0]+(?:de[l]?[ \t\u00a0]+)?(?:1[6-9]|20)\d{2}))?"
    r"(?P<mname>\b[^\W\d_]{3,12}\.?)(?:[ \t\u00a0]+[0-3]?\d(?:st|nd|rd|th)?(?=,?[ \t\u00a0]+(?:1[6-9]|20)\d{2}))?"
    # (a cell's gap may part a month from its year: "Déc.  2013", Google Docs' justified "June  2003")
    r",?(?:[ \t\u00a0/-]|[ \t\u00a0]{2}(?=\d{4}(?![ \t]*[年년]))|(?<=\.)[ \t\u00a0]{0,2})(?:de[l]?[ \t\u00a0]+)?"
    r"(?P<my>(?:1[6-9]|20)\d{2})\b(?![-/.]\d)(?! / [01]?\d\b)"
    r"|(?P<yname>\b(?P<yy>(?:1[6-9]|20)\d{2})[ \t\u00a0/](?P<ym>[^\W\d_]{3,9})\.?)(?![^\W\d_])"  # "2023 Mar."
    r"|(?P<num>\b[01]?\d[/.](?:1[6-9]|20)\d{2})\b"
    r"|(?P<ymcells>\b(?:1[6-9]|20)\d{2} {2,}(?:0?[1-9]|1[0-2])(?= {2}|$))"  # a year cell, then a month cell (履歴書)
    r"|(?P<isoday>\b(?:1[6-9]|20)\d{2}-[01]\d-[0-3]\d)(?!\d)(?![-/.]\d)"
    # "2018-03", "2015 / 07", "2001.07-2020.06", "2025. 03" (Korean)
    r"|(?P<iso>\b(?:1[6-9]|20)\d{2}(?:[-/.]| / |\. )[01]?\d)\b(?![-/.]\d{1,2}\b)"
    # not "1904.06398" (an arXiv number), "2019,5", "#2022-483" (a licence's number)
    r"|(?P<year>(?<!#)\b(?:1[6-9]|20)\d{2})\b(?![.,]\d)(?!-\d{3}\b)"
    r"|(?P<present>(?<![^\W_])(?:" + PRESENT + r")(?![^\W_])|(?<=[–—-])on(?![^\W_]))",  # and "2022–on"
    re.IGNORECASE,
)
# a slash with a space each side parts two dates as a dash does ("2022-07 / 2024-07", "2024-08 / Now")
_SEP = re.compile(
    # and a dash, then a word ("2019 – até o momento", "Mayo 2018 – A la fecha")
    r"^\.?\s*(?:(?:-{1,3}|[–—])\s*(?:to|until|till|bis|à|a|al|até|hasta)|-{1,3}|[–—―－~〜～→➔➜⟶|]|(?<=\s)/(?=\s)|"
    r"to|until|till|bis|à|au|a|al|até|hasta|tot|по|до|تا|—)\s*$",
    re.IGNORECASE,
)
#: a season before a year ("Fall 2019 – Spring 2020"): the range's ends are years, the season is part of the date
_SEASON = (
    r"(?:spring|summer|fall|autumn|winter|frühling|frühjahr|sommer|herbst|printemps|été|automne|hiver|primavera|"
    r"verano|otoño|invierno|verão|outono|inverno|estate|autunno|yaz|kış|ilkbahar|sonbahar|güz)"
)
_SEASON_SEP = re.compile(r"^\s*(?:-{1,3}|[–—~]|to|until|bis|à|a)\s*" + _SEASON + r"\s*$", re.IGNORECASE)
# where a season opens the range: at the start, after a cell gap or a separator ("Real Estate 2015 – 2019" is no
# Italian summer)
_SEASON_BEFORE = re.compile(r"(?:^|(?<=\s\s)|(?<=[,;|–—(]\s)|(?<=[,;|–—(]))" + _SEASON + r"\s+$", re.IGNORECASE)
#: a season right after a year, its last word ("2023 Summer)")
_SEASON_AFTER = re.compile(r"[ \t]" + _SEASON + r"(?=\s*(?:[)\]]|$|\s\s))", re.IGNORECASE)
#: the word that opens a range ("From May 2019 to …", "De Novembre 2018 à …", "D’Octobre 2015 à …")
_FROM = re.compile(r"(?:^|(?<=\s))(?:(?:from|de|du|desde|von|vom|dal|van)\s+|d['’]\s*)$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?i)(?:^|(?<=\s))(?:between|entre|zwischen|tra)\s+$")
_AND = re.compile(r"(?i)^\s+(?:and|et|e|y|und)\s+$")
_SINCE = re.compile(r"(?:since|seit|depuis|desde|dal|sinds|с)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_ERA = re.compile(r"明治|大正|昭和|平成|令和")
_UNIT = (
    r"(?:yrs?|years?|mths?|months?|mos?|jahre?|monate?|ans?|mois|años?|anos?|mes(?:es)?|mês|anni|mesi"
    r"|лет|года?|месяц(?:а|ев)?|мес|роки?|місяц(?:і|ів)?|χρόνια|χρόνος|έτη|έτος|μήνες|μήνας"
    r"|개월|년|个月|個月|ヶ月|か月|カ月|ماه|سال|شهر|أشهر|سنة|سنوات|ay|yıl)\.?"
)
#: how long a post lasted, set beside its dates ("2 yrs", "1 yr 9 mos", "2 years, 10 months", "a year"): derived
#: from the dates, so no title part
DURATION = re.compile(
    rf"(?i)(?:(?:less than|about|over)\s+)?(?:\d+(?:[.,]\d+)?\+?\s*|(?:an?|one)\s+){_UNIT}"
    rf"(?:(?:,?\s*|\s+(?:and|et|und|y|e|en|i)\s+)\d{{1,2}}\s*{_UNIT})?"  # "4 ans et 3 mois", "1 año y 2 meses"
    r"(?:\s+(?:e|y|et|and an?)\s+(?:meio|medio|demi|half))?"  # "1 ano e meio", "a year and a half"
)
#: the capitalised tail of a word in lower case ("ScienceAug."): a month the text layer set without a space
_GLUED_MONTH = re.compile(r"(?<=[a-z])[A-Z][a-z]{2,8}\.?$")
#: a month alone before a dash and a month with its year: the two share the year ("June - Aug 2019")
_SHARED_YEAR = re.compile(r"(?<![^\W\d_])(?P<month>[^\W\d_]{3,9}\.?)\s*(?:-|–|—|to|bis)\s*$", re.IGNORECASE)
#: a month's number alone before a dash and a month with its year ("(06 – 08.2018)")
_SHARED_YEAR_NUM = re.compile(r"(?<![\w.,/-])(?P<month>0[1-9]|1[0-2])\s*[-–—]\s*$")
_SHORT_END = re.compile(r"\s*[-–—]\s*(\d{2})\b(?![-/.]\d)")


@dataclass(frozen=True)
class DateSpan:
    """A date or a range found in a text: ISO values, and where the text was."""

    start: str | None
    end: str | None
    present: bool
    begin: int
    stop: int

    @property
    def single(self) -> bool:
        return self.end is None and not self.present


@dataclass(frozen=True)
class _Tok:
    value: PartialDate | None
    present: bool
    begin: int
    stop: int


def _day_first(matches: list[re.Match[str]]) -> bool | None:
    """Whether a line's "dd.mm.yyyy"-like dates put the day first: a part over 12 says so for all of them
    ("01/09/2015 – 30/06/2019"); with none, dots and dashes are European (day first). Slashes with no part over 12
    ("01/05/2020") say nothing: ``None``, and such a date is read to its year only, never guessed."""
    for m in matches:
        if m.group("dmy"):
            if int(m.group("da")) > 12:
                return True
            if int(m.group("db")) > 12:
                return False
    return None if any(m.group("dmy") and m.group("ds") == "/" for m in matches) else True


def _numeric_day(m: re.Match[str], day_first: bool | None) -> PartialDate | None:
    if m.group("ymd"):
        year, month, day = int(m.group("ty")), int(m.group("tm")), int(m.group("td"))
    elif day_first is None:
        return PartialDate(int(m.group("dy")))
    else:
        a, b = int(m.group("da")), int(m.group("db"))
        year, (day, month) = int(m.group("dy")), (a, b) if day_first else (b, a)
    try:
        date(year, month, day)  # "30.02.2020" is no day of any calendar
    except ValueError:
        return None
    return PartialDate(year, month, day)


#: the year before each Japanese era's first ("平成元年" is 1989)
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}


def _era_date(m: re.Match[str]) -> PartialDate | None:
    year = _ERAS[m.group("en")] + (1 if m.group("ey") == "元" else int(m.group("ey")))
    month = int(m.group("em") or m.group("emc") or 0)
    return PartialDate(year, month) if month <= 12 else PartialDate(year)


def _tokens(text: str) -> list[_Tok]:
    found: list[_Tok] = []
    matches = list(_TOKEN.finditer(text))
    day_first = _day_first(matches)
    for m in matches:
        if found and m.start() < found[-1].stop:  # read already, as a year's month ("since 2017 August")
            continue
        if m.group("present"):
            found.append(_Tok(None, True, m.start(), m.end()))
            continue
        value: PartialDate | None
        if m.group("dmy") or m.group("ymd"):
            value = _numeric_day(m, day_first)
        elif m.group("era"):
            value = _era_date(m)
        elif m.group("cjk"):
            month = int(m.group("cm"))
            value = PartialDate(int(m.group("cy")), month) if 1 <= month <= 12 else None
        elif m.group("mname"):
            found.extend(_named_month(m))
            continue
        elif m.group("yname"):
            value = parse_loose(f"{m.group('ym')} {m.group('yy')}")
            if value is None:  # a year, then a word ("2019 Python"): the year alone
                found.append(_Tok(PartialDate(int(m.group("yy"))), False, m.start(), m.start("yy") + 4))
                continue
        elif m.group("ymcells"):
            year_cell, month_cell = m.group("ymcells").split()
            value = PartialDate(int(year_cell), int(month_cell))
        else:
            value = parse_loose(m.group(0).replace(" ", ""))
        if value is not None:
            found.append(_Tok(value, False, m.start(), m.end()))
    return found


def _named_month(m: re.Match[str]) -> list[_Tok]:
    """ "Mar. 2019", "Jul/2025", "ScienceAug. 2016" (a month flush against the word before it); a word that is no
    month before a year ("Spring 2019", "in 2019") leaves the year alone."""
    name, year = m.group("mname"), int(m.group("my"))
    value = parse_loose(f"{name} {year}")
    if value is None and name.lower() in _SLASH_MONTHS and _unambiguous_month(m):  # "Set/2022", "Mai 2022 – Set 2024"
        value = PartialDate(year, _SLASH_MONTHS[name.lower()])
    if value is not None:
        return [_Tok(value, False, m.start(), m.end())]
    glued = _GLUED_MONTH.search(name)
    if glued and (flush := parse_loose(f"{glued.group(0)} {year}")):
        return [_Tok(flush, False, m.start("mname") + glued.start(), m.end())]
    # "since 2017 August": after "since", the year, then its month, ending the cell (not "Fellow, 2015 Mayo Clinic")
    after = _MONTH_AFTER.match(m.string, m.end()) if _SINCE.fullmatch(name) else None
    if after and (named := parse_loose(f"{after.group('month')} {year}")) and named.month:
        return [_Tok(named, False, m.start("my"), after.end())]
    glued_name = m.string[m.start("my") - 1] == "-" and m.start("my") - 1 == m.end("mname")
    if glued_name and not _PART_OF_YEAR.fullmatch(name):
        return []  # "CICDarknet-2020", "usp-2022": a name's number, no date (not "Mid-2019", "Summer-2020")
    return [_Tok(PartialDate(year), False, m.start("my"), m.end())]


#: a part of a year written before it with a hyphen ("Mid-2019", "Anfang-2017", "fin-2020", "Summer-2020")
_PART_OF_YEAR = re.compile(
    r"(?i)mid|late|early|end|start|beginning|mitte|anfang|ende|début|debut|fin|mi|mediados|finales|principios|inicio|"
    + _SEASON
)


#: a month's name right after a year ("2017 August")
_MONTH_AFTER = re.compile(r"[ \t\u00a0](?P<month>[^\W\d_]{3,9})\.?(?=\s*(?:$|[)\],;]|\s\s))")


#: Portuguese months that are English words too ("set", "out"): months only in the unambiguous "Set/2022" form, or
#: at one end of a range whose other end is a named month ("Mai 2022 – Set 2024", "Out 2020 – Dez 2021")
_SLASH_MONTHS = {"set": 9, "out": 10}
_NAMED_BEFORE = re.compile(r"(?P<month>[^\W\d_]{3,9})\.?[\s/]+(?P<year>\d{4})\s*[–—-]\s*$")
_NAMED_AFTER = re.compile(r"\s*[–—-]\s*(?P<month>[^\W\d_]{3,9})\.?\s+(?P<year>\d{4})\b")


def _unambiguous_month(m: re.Match[str]) -> bool:
    if m.string[m.start("my") - 1] == "/":
        return True
    other = _NAMED_BEFORE.search(m.string, 0, m.start()) or _NAMED_AFTER.match(m.string, m.end())
    return bool(other and (named := parse_loose(f"{other['month']} {other['year']}")) and named.month)


def find_dates(text: str) -> list[DateSpan]:
    """Every date range or single date in ``text``, left to right (remembered for the import: lines are asked often)."""
    memo = _MEMO.get()
    if memo is None or len(text) > _MEMO_CHARS:
        return _dates_in(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = tuple(_dates_in(text))
    return list(found)


def _apart_from_digits(text: str) -> str:
    """Chinese, Japanese and Korean write no space between words, so a date may stand against a name
    ("2019.04谷歌", "研发中心2012年"): such a letter beside a digit reads as a space, one for one (the offsets hold);
    not a date's own marks (年 before its month, 月) nor a count's (2000万, 1800台, 2000억, 2000次)."""
    chars = list(text)
    for m in CJK.finditer(text):
        k = m.start()
        # after a digit, or before a year's four ("心2012"; not an era's "昭和60年")
        beside = (k and text[k - 1].isdigit()) or _YEAR.match(text, k + 1) is not None
        year_mark = text[k] in "年년" and not text[k + 1 : k + 3].strip()[:1].isdigit()  # "2012年暑假": the year alone
        if beside and (text[k] not in _KEPT_BESIDE_DIGITS or year_mark):
            chars[k] = " "
    return "".join(chars)


#: what stands against a number as part of it: a date's marks, and the units of a count
_KEPT_BESIDE_DIGITS = frozenset("年月日년월일万萬亿億억千百人台名次元円件个個位多余餘倍")


def _dates_in(text: str) -> list[DateSpan]:
    arabic = persian(text)  # (one search: Persian and Arabic-Indic digits are in the Arabic block too)
    if arabic:
        text = ascii_digits(text)  # "۱۴۰۰ تا ۱۴۰۲": Persian digits, one for one
    if not text.isascii() and CJK.search(text):
        text = _apart_from_digits(text)
    if "://" in text or "www." in text:  # a year in a link is no date ("…/TechRpts/2018/EECS-2018-2.pdf")
        text = _LINK.sub(lambda m: " " * len(m.group()), text)
    if (
        text[:1].isdigit()
        and (pair := _CELL_PAIR.match(text))
        and (not pair["end"].isdigit() or pair["end"] >= pair["start"][-4:])
    ):
        text = f"{text[: pair.start('gap')]}-{' ' * (len(pair['gap']) - 1)}{text[pair.end('gap') :]}"
    # every date has a 19xx/20xx year or a Japanese era ("present" alone is no date), or in Persian text a Solar
    # Hijri year: most lines end here; where none has, a month may have a two-digit year ("Sep 21 – Jun 22")
    if arabic and _SOLAR_YEAR.search(text):
        return _with_solar_hijri(text)
    if _YEAR.search(text) or _ERA.search(text):
        return _find(text)
    if _SHORT_HINT.search(text) or _MM_YY.search(text):
        return _short_years(text)
    return []


#: a line that opens with its two dates in cells of their own and no dash between them ("2020  2025  Principal
#: Architect at Devoteam", "2025  Now  …"): a range, read as if the dash were there (one for one: the offsets hold)
_CELL_PAIR = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}[./])?(?:19|20)\d{2})(?P<gap>\s{2,})(?P<end>(?:19|20)\d{2}|(?i:now|present|today|current))"
    r"(?=\s{2,}(?!(?:19|20)\d{2}\b)\S|\s*$)"  # not a run of years ("2019  2020  2021")
)
#: a web address, to be blanked one for one before dates are looked for
_LINK = re.compile(r"(?i)(?:https?://|www\.)\S+")


def _with_solar_hijri(text: str) -> list[DateSpan]:
    """Persian text's Solar Hijri dates, and the Gregorian ones that stand apart from them."""
    spans = [DateSpan(*found) for found in solar_hijri(text)]
    others = [s for s in _find(text) if not any(s.begin < h.stop and h.begin < s.stop for h in spans)]
    return sorted([*spans, *others], key=lambda s: s.begin)


#: a Solar Hijri year (13xx, 14xx), read only in Persian text; ``hijri`` finds a date wherever this matches
_SOLAR_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
#: a month and a two-digit year: "Sept '12", "Jan 19" (a range's end: "– Dec 20", "– present")
_SHORT = re.compile(r"\b(?P<month>[^\W\d_]{3,9})\.?[ \t]?(?P<mark>['’‘`])?(?P<year>\d{2})\b(?![:/.,]?\d)")
_SHORT_HINT = re.compile(r"[^\W\d_]\.?[ \t]?['’‘`]?\d{2}\b")
_SHORT_PRESENT = re.compile(rf"(?i)\s*(?P<present>{PRESENT})(?![^\W_])")


def _short_years(text: str) -> list[DateSpan]:
    """Months with two-digit years, where they are plainly dates: with an apostrophe ("Sept '12 – May '14"), or
    two of them as a range ("September 21 - June 22", "Jan 19 – present"); "July 22" alone may be a day."""
    months: list[tuple[PartialDate, re.Match[str]]] = []
    for m in _SHORT.finditer(text):
        value = parse_loose(f"{m.group('month')} {_century(int(m.group('year')))}")
        if value is not None and value.month:
            months.append((value, m))
    # "09/18-12/21": a month in numbers, only as a range's end (see below)
    months.extend((PartialDate(_century(int(m["year"])), int(m["month"])), m) for m in _MM_YY.finditer(text))
    months.sort(key=lambda found: found[1].start())
    spans: list[DateSpan] = []
    i = 0
    while i < len(months):
        value, m = months[i]
        nxt = months[i + 1] if i + 1 < len(months) else None
        if nxt is not None and _SEP.match(text[m.end() : nxt[1].start()]) and nxt[0] >= value:
            spans.append(DateSpan(value.iso(), nxt[0].iso(), False, m.start(), nxt[1].end()))
            i += 2
            continue
        shared = _before(_SHARED_YEAR, text, m.start())
        opening = parse_loose(f"{shared.group('month')} {value.year}") if shared else None
        if (
            shared
            and opening is not None
            and opening.month
            and opening <= value
            and (not spans or m.start() > spans[-1].stop)
        ):
            spans.append(
                DateSpan(opening.iso(), value.iso(), False, shared.start("month"), m.end())
            )  # "Sept - Dec '21"
            i += 1
            continue
        sep = _SEP_AHEAD.match(text, m.end())
        # "seit 03/23", "since Sep '21": begun then, still held (a month in numbers of two digits: "since 9/11" is none)
        if (since := _before(_SINCE, text, m.start())) and (m.re is not _MM_YY or len(m["month"]) == 2):
            spans.append(DateSpan(value.iso(), None, True, since.start(), m.end()))
        elif sep and (present := _SHORT_PRESENT.match(text, sep.end())):
            spans.append(DateSpan(value.iso(), None, True, m.start(), present.end()))
        elif m.group("mark") if "mark" in m.re.groupindex else False:  # "Sept '12" alone
            spans.append(DateSpan(value.iso(), None, False, m.start(), m.end()))
        i += 1
    return spans


#: a month and a two-digit year in numbers ("09/18", "03/20"): a date only as an end of a range ("09/18-12/21")
_MM_YY = re.compile(r"(?<![\d/.])(?P<month>0?[1-9]|1[0-2])/(?P<year>\d{2})(?![\d/.])")


def _century(yy: int) -> int:
    return (1900 if yy > date.today().year % 100 + 1 else 2000) + yy


_SEP_AHEAD = re.compile(r"\.?\s*(?:-{1,3}|[–—―~→]|to|until|bis|à)")


#: one import's answers: the rules ask about the same line many times, and a line's dates never change; the memo
#: lives only while :func:`remembered` is open, so no import keeps another's text
_MEMO: ContextVar[dict[str, tuple[DateSpan, ...]] | None] = ContextVar("find_dates_memo", default=None)
_MEMO_CHARS = 400


@contextmanager
def remembered() -> Iterator[None]:
    """Remember :func:`find_dates`' answers until the block ends (one import)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


#: two years of the same kind across a spaced dash: a range, whichever comes first
_REVERSED = re.compile(r"(?:19|20)\d\d\s+[–—-]\s+(?:19|20)\d\d")


#: how far before a date the words that belong to it can start ("depuis ", "between ", "Spring ", "June - ")
_LOOK_BACK = 32


def _before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored at ``end`` by its "$") in the few characters before a date: a search from the line's
    start would cost a line of many dates its length once per date."""
    return pattern.search(text, max(0, end - _LOOK_BACK), end)


#: a dash after a date and nothing after it in its cell: the range is open ("2023-   Doctoral Faculty")
_OPEN_END = re.compile(r"[-–—](?=[ \t]{2,}\S)|[ \t]?[-–—][ \t]*$")  # a spaced dash only at the text's end


def _find(text: str) -> list[DateSpan]:
    toks = _tokens(text)
    spans: list[DateSpan] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.present:
            i += 1
            continue
        assert tok.value is not None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        gap = text[tok.stop : nxt.begin] if nxt is not None else ""
        # two months with only a wide gap between them, the later second: a range whose dash the text layer lost
        # ("[Sep 2018  Dec 2019]", an en dash drawn without a character) or two cells "From" and "To"
        lost_dash = (
            nxt is not None
            and not nxt.present
            and nxt.value is not None
            and bool(tok.value.month and nxt.value.month)
            and len(gap) >= 2
            and not gap.strip()
            and nxt.value >= tok.value
        )
        # "between Oct/2019 and Nov/2019": "and" parts a range only after "between"
        between = _before(_BETWEEN, text, tok.begin) if _AND.match(gap) else None
        if nxt is not None and (
            _SEP.match(gap) or (not tok.value.month and _SEASON_SEP.match(gap)) or lost_dash or between
        ):
            end = None if nxt.present or nxt.value is None else nxt.value
            start = tok.value
            if end is not None and end < start and _REVERSED.fullmatch(text, tok.begin, nxt.stop):
                start, end = end, start  # "2014 — 2010": a range written the wrong way round is still the range
            if end is None or end >= start:
                season = _before(_SEASON_BEFORE, text, tok.begin) if not start.month else None
                # "De Novembre 2018 à Février 2023", "between Oct/2019 and Nov/2019": the range's word
                opened = between or _before(_FROM, text, tok.begin)
                begin = season.start() if season else opened.start() if opened else tok.begin
                spans.append(DateSpan(start.iso(), end.iso() if end else None, nxt.present, begin, nxt.stop))
                i += 2
                continue
        shared = _before(_SHARED_YEAR, text, tok.begin) if tok.value.month else None
        opening = parse_loose(f"{shared.group('month')} {tok.value.year}") if shared else None
        if not shared and tok.value.month and (shared := _before(_SHARED_YEAR_NUM, text, tok.begin)):
            opening = parse_loose(f"{tok.value.year}-{int(shared.group('month')):02d}")  # "06 – 08.2018"
        if shared and opening is not None and opening.month and opening <= tok.value:  # "June - Aug 2019"
            spans.append(DateSpan(opening.iso(), tok.value.iso(), False, shared.start("month"), tok.stop))
            i += 1
            continue
        short = _SHORT_END.match(text, tok.stop) if not tok.value.month else None
        if short:
            year = tok.value.year // 100 * 100 + int(short.group(1))
            if year >= tok.value.year:
                spans.append(DateSpan(tok.value.iso(), str(year), False, tok.begin, short.end()))
                i += 1
                continue
        since = _before(_SINCE, text, tok.begin)
        season = _before(_SEASON_BEFORE, text, tok.begin) if not (since or tok.value.month) else None  # "Été 2015"
        begin = since.start() if since else season.start() if season else tok.begin
        # "2023-" alone in its cell: a range left open, the job still held
        open_end = _OPEN_END.match(text, tok.stop) if nxt is None or nxt.begin > tok.stop + 2 else None
        stop = open_end.end() if open_end else tok.stop
        if not (open_end or tok.value.month) and (after := _SEASON_AFTER.match(text, stop)):
            stop = after.end()  # "(2023 Summer)", "(2023 Yaz)": the year's season, no title's word
        spans.append(DateSpan(tok.value.iso(), None, bool(since or open_end), begin, stop))
        i += 1
    return spans

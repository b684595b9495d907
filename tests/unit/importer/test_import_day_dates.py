"""Dates written to the day: German "05.01.2020", American "1/5/2020", "Jan 5, 2020", "2020/01/05".

Before, only "2013-12-01" was read whole: the others were cut into a month and a stray number that stayed in the
title ("05." + "01.2020"), or read as two years that were no range.
"""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("05.01.2020 - 03.03.2021", "2020-01-05", "2021-03-03"),  # dots: day first
        ("2020/01/05 – 2021/03/03", "2020-01-05", "2021-03-03"),
        ("01/09/2015 – 30/06/2019", "2015-09-01", "2019-06-30"),  # 30 is a day: every date of the line is day first
        ("01/05/2020 - 03/03/2021", "2020", "2021"),  # slashes and nothing over 12: which is the month is unknown
        ("Jan 5, 2020 – Mar 3, 2021", "2020-01", "2021-03"),
        ("5 January 2020 – 3 March 2021", "2020-01", "2021-03"),
        ("3. März 2020 – 30. Juni 2021", "2020-03", "2021-06"),
        ("2013-12-01 - 2014-12-01魔笛CEO", "2013-12-01", "2014-12-01"),  # a CJK word flush after the date
    ],
)
def test_a_range_written_to_the_day_is_one_range(text: str, start: str, end: str) -> None:
    [span] = find_dates(text)
    assert (span.start, span.end) == (start, end)


def test_a_day_date_up_to_now_is_ongoing() -> None:
    [span] = find_dates("January 5th, 2020 - present")
    assert (span.start, span.end, span.present) == ("2020-01", None, True)


def test_month_and_year_forms_are_unchanged() -> None:
    assert [(s.start, s.end) for s in find_dates("12.2019 - 03.2020")] == [("2019-12", "2020-03")]
    assert [(s.start, s.end) for s in find_dates("Mar 2019 – Jun 2020")] == [("2019-03", "2020-06")]
    assert [s.start for s in find_dates("Team of 5 in 2019")] == ["2019"]


def test_a_german_cv_with_day_dates_keeps_its_titles_clean() -> None:
    text = (
        "Max Mustermann\nmax@example.de\n\n"
        "Berufserfahrung\n"
        "01.10.2015 – 30.09.2019  Softwareentwickler, Beispiel GmbH\n"
        "Entwicklung von Webanwendungen\n"
    )
    [job] = import_resume(text.encode(), "lebenslauf.txt").resume["work"]
    assert (job["startDate"], job["endDate"]) == ("2015-10-01", "2019-09-30")
    assert "01" not in f"{job.get('name')} {job.get('position')}"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("leden 2019 – březen 2020", "2019-01", "2020-03"),  # Czech
        ("tammikuu 2019 – maaliskuu 2020", "2019-01", "2020-03"),  # Finnish
        ("Januari 2019 – Maret 2020", "2019-01", "2020-03"),  # Indonesian
        ("ianuarie 2019 – martie 2020", "2019-01", "2020-03"),  # Romanian
        ("január 2019 – március 2020", "2019-01", "2020-03"),  # Hungarian
        ("Ιανουάριος 2019 – Μάρτιος 2020", "2019-01", "2020-03"),  # Greek
        ("листопад 2019 – грудень 2020", "2019-11", "2020-12"),  # Ukrainian
        ("Jänner 2019 – Mrz. 2020", "2019-01", "2020-03"),  # Austrian, and German's short March
        ("mrt 2019 – okt 2020", "2019-03", "2020-10"),  # Dutch
    ],
)
def test_month_names_in_more_languages(text: str, start: str, end: str) -> None:
    [span] = find_dates(text)
    assert (span.start, span.end) == (start, end)


def test_a_range_of_seasons_is_a_range_of_years_and_the_seasons_are_no_title() -> None:
    [span] = find_dates("Data Analyst, Beta Inc  Fall 2019 – Spring 2020")
    assert (span.start, span.end) == ("2019", "2020")
    text = "Data Analyst, Beta Inc  Fall 2019 – Spring 2020"
    assert text[span.begin : span.stop] == "Fall 2019 – Spring 2020"


def test_two_dates_parted_by_a_bar_are_one_range() -> None:
    [span] = find_dates("Web Developer February 2020 | July 2020")
    assert (span.start, span.end) == ("2020-02", "2020-07")


def test_a_day_no_calendar_has_is_no_date() -> None:
    assert find_dates("30.02.2020") == []


def test_french_september() -> None:
    assert [s.start for s in find_dates("Septembre 2007")] == ["2007-09"]


def test_japanese_era_years() -> None:
    assert [s.start for s in find_dates("平成 1  4  ◯◯市立◯◯高等学校 入学")] == ["1989-04"]  # a 履歴書 row's cells
    assert [s.start for s in find_dates("令和元年 5 月 14 日現在")] == ["2019-05"]
    assert [s.start for s in find_dates("昭和60年4月")] == ["1985-04"]


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("September 21 - June 22", "2021-09", "2022-06", False),
        ("Sept '12 – May '14", "2012-09", "2014-05", False),
        ("July 22 - present", "2022-07", None, True),
        ("Jan 19 – Dec 20", "2019-01", "2020-12", False),
        ("Sept '98", "1998-09", None, False),
    ],
)
def test_a_month_with_a_two_digit_year_is_a_date_in_a_range_or_after_an_apostrophe(
    text: str, start: str, end: str | None, present: bool
) -> None:
    [span] = find_dates(text)
    assert (span.start, span.end, span.present) == (start, end, present)


@pytest.mark.parametrize("text", ["July 22", "Windows 10 - Office 13", "born on May 12", "Python 3 and Java 11"])
def test_a_month_and_two_digits_alone_may_be_a_day_and_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_day_a_month_a_comma_and_a_year_is_one_date_and_two_make_a_range() -> None:
    [span] = find_dates("(30 Septembre, 2019 - 31 Mars, 2023)")
    assert (span.start, span.end) == ("2019-09", "2023-03")
    [span] = find_dates("30 September, 2019 - 31 March, 2023")
    assert (span.start, span.end, span.begin) == ("2019-09", "2023-03", 0)

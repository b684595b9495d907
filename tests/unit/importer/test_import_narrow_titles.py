"""Titles a narrow column wraps above their dates, and a school's town written after its name."""

from __future__ import annotations

from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.items import school_place
from resume_autofix.importer.lines import Line
from resume_autofix.importer.places import LOCATION
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.titles import split_title


def _sidebar(*rows: tuple[str, float], size: float = 8.8, bold: bool = False) -> list[Line]:
    """Lines of a sidebar 100 pt wide (x 25–125): each row's text and where it ends."""
    return [Line(text, size, bold=bold, page=0, column=1, x0=25.0, x1=x1) for text, x1 in rows]


def test_a_title_wrapped_in_a_sidebar_above_its_dates_is_read_whole() -> None:
    # GIVEN a sidebar's education: "BSc (Hons) Computer" / "Science, Distributed" / "Systems - Example" /
    # "University | 06/2019", each line full up to the column's edge (Chromium, a résumé generator's rail layout)
    lines = _sidebar(
        ("BSc (Hons) Computer", 120.1),
        ("Science, Distributed", 114.0),
        ("Systems - Example", 109.8),
        ("University | 06/2019", 114.9),
    )
    edges = {(0, 1): 129.1}  # the sidebar's longest line, in another section
    # WHEN the section is read
    [entry] = split_entries(lines, 8.8, typography=True, edges=edges)
    [item] = education_items([entry])
    # THEN the title is joined again and parted where its separators are, not where the column broke it
    assert item["institution"] == "Example University"
    assert item["studyType"].startswith("BSc (Hons) Computer Science")
    assert "Distributed Systems" in [item.get("area"), *item.get("courses", [])]  # the third part is kept


def test_a_school_wrapped_over_two_bold_lines_is_one_school() -> None:
    # GIVEN "Yildiz Technical" / "University" (bold, 12 pt) over the degree and the dates, in a right column
    lines = [
        Line("Yildiz Technical", 12, bold=True, page=0, column=2, x0=415.8, x1=504.4),
        Line("University", 12, bold=True, page=0, column=2, x0=415.8, x1=473.7),
        Line("Msc. Industrial Engineering", 10.6, page=0, column=2, x0=415.8, x1=543.1),
        Line("2019- 2021 | GPA: 3.71 / 4.00", 10.6, page=0, column=2, x0=415.8, x1=555.1),
    ]
    [entry] = split_entries(lines, 10.6, typography=True, edges={(0, 2): 558.9})
    [item] = education_items([entry])
    assert item["institution"] == "Yildiz Technical University"
    assert item["studyType"] == "Msc. Industrial Engineering"


def test_short_title_lines_in_a_wide_column_are_parts_not_wraps() -> None:
    # GIVEN "Master of Science, Computer Science" over "University of Washington": the section's longest line, but
    # the page is wide: the school's name would have fit on the degree's line
    lines = [
        Line("Master of Science, Computer Science", 12, x0=72, x1=266.8),
        Line("University of Washington", 12, x0=72, x1=199.7),
        Line("2024", 12, x0=72, x1=97.6),
    ]
    [entry] = split_entries(lines, 12, typography=False, edges={(0, 0): 540.0})
    [item] = education_items([entry])
    assert item["institution"] == "University of Washington"
    assert item["studyType"] == "Master of Science"


def test_a_degree_line_full_to_the_edge_does_not_wrap_into_the_school_below() -> None:
    # GIVEN "B.Tech (VTU) - Computer Science" ending at the column's edge over "NMAMIT, Nitte"
    lines = [
        Line("B.Tech (VTU) - Computer Science", 12, page=0, column=2, x0=365.1, x1=542.5),
        Line("NMAMIT, Nitte", 12, page=0, column=2, x0=365.1, x1=442.5),
        Line("Jan 2010 - Jan 2014", 9, page=0, column=2, x0=365.1, x1=446.6),
    ]
    [entry] = split_entries(lines, 12, typography=True, edges={(0, 2): 542.5})
    [item] = education_items([entry])
    assert item["institution"] == "NMAMIT"


def test_a_school_then_its_own_town_keeps_every_word() -> None:
    # GIVEN "Vellore Institute of Technology (VIT), Vellore": the second "Vellore" once cut the name to "Vellore"
    assert split_title("Vellore Institute of Technology (VIT), Vellore | Graduation:")[0].startswith(
        "Vellore Institute of Technology (VIT)"
    )
    # AND a school's town that its name holds is the place, the name before it the school
    assert school_place("Vellore Institute of Technology (VIT), Vellore") == (
        "Vellore Institute of Technology (VIT)",
        "Vellore",
    )
    assert school_place("University of Arkansas at Little Rock, Little Rock, AR") == (
        "University of Arkansas at Little Rock",
        "Little Rock, AR",
    )
    # a campus the name does not hold stays in it
    assert school_place("University of California, Berkeley") is None


def test_a_state_then_its_country_without_a_comma_is_a_place() -> None:
    assert LOCATION.match("West Lafayette, Indiana USA")
    assert LOCATION.match("Kearneysville, West Virginia USA")
    assert not LOCATION.match("Georgia Tech")


def test_a_cell_that_is_a_whole_place_of_three_parts_stays_whole() -> None:
    # GIVEN "Duke University   Durham, North Carolina, USA" over "M.A., Musicology   May 2003"
    lines = [
        Line("Duke University  Durham, North Carolina, USA", 10.9, bold=True, x0=77, x1=531),
        Line("M.A., Musicology (Performance Practice)  May 2003", 10.0, x0=77, x1=530),
    ]
    [entry] = split_entries(lines, 10.9, typography=True)
    [item] = education_items([entry])
    assert entry.location == "Durham, North Carolina, USA"
    assert (item["institution"], item["studyType"]) == ("Duke University", "M.A.")
    assert "Durham" not in (item.get("area") or "")

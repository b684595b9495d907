"""Headings written into a line with more, read for what they are: a heading run into its section's first line
("Education: B.S. Computer Science, Stanford University"); a 履歴書's "年 | 月 | 学歴・職歴" row, the heading of the
rows under it; a table flattened to text, one column label a line ("Years" / "Company" / "Title"), its header and
no entry's text. The lines stay in the source either way."""

from __future__ import annotations

import re

from .lines import Line
from .vocabulary import exact_key, vocabulary_key

#: a heading run into its first line ("EDUCATION: Mid-State University | B.S. Computer Science | 2014 – 2018")
_RUN_IN = re.compile(r"^(?P<head>[^\W\d_][^:：|]{1,40}?)\s*[:：]\s+(?P<rest>\S.*)$")
#: the sections whose heading may run into its content: a school line reads the same under its heading
_RUN_IN_KEYS = frozenset({"education"})


def run_in_headings(lines: list[Line]) -> list[Line]:
    """A line that opens with a section's heading and a colon before the section's first line becomes the heading
    and that line ("Education: B.S. Computer Science, Stanford University"), where the document has no heading of
    that section of its own (a profile's "Education: 2017~2021 Beijing University" above one is a summary)."""
    headed = {exact_key(line.text) for line in lines if len(line.text) <= 40} & _RUN_IN_KEYS
    out: list[Line] = []
    for k, line in enumerate(lines):
        m = _RUN_IN.match(line.text) if ":" in line.text or "：" in line.text else None
        if m and (key := exact_key(m["head"])) in _RUN_IN_KEYS and key not in headed and not _among_labels(lines, k):
            out.append(line.retext(m["head"].strip(), heading=True))
            out.append(line.retext(m["rest"].strip(), heading=False, gap_before=0.0))
        else:
            out.append(line)
    return out


def _among_labels(lines: list[Line], k: int) -> bool:
    """The lines above and below are a label and its value too, neither a section's ("Date of Birth: 01/01/1990" /
    "Educational Qualification: B.Com" / "Marital Status: Single"): a form's row, no heading run into a line."""
    return all(
        0 <= j < len(lines) and (m := _RUN_IN.match(lines[j].text)) is not None and exact_key(m["head"]) is None
        for j in (k - 1, k + 1)
    )


#: a 履歴書's column labels, year and month, before the column that names the rows ("年 | 月 | 学歴・職歴")
_FORM_COLUMNS = ("年", "月")


def form_headings(lines: list[Line]) -> list[Line]:
    """A 履歴書's header row "年 | 月 | 学歴・職歴（各別にまとめて書く）" names the rows under it: a heading, the
    year and month cells being the columns' labels (where no "学歴" row follows, the rows under it are the schools')."""
    out = []
    for line in lines:
        cells = [c.strip() for c in line.cells] if len(line.cells) == 3 else []
        if cells and tuple(cells[:2]) == _FORM_COLUMNS and vocabulary_key(cells[2]):
            heading = line.retext(cells[2], [cells[2]])
            heading.heading = True
            out.append(heading)
        else:
            out.append(line)
    return out


#: a table's column labels, each on a line of its own where the table was flattened to text (Notion's export:
#: "Years" / "Company" / "Projects" / "Title" / "Description" over each row's cells)
_COLUMN_LABELS = frozenset(
    [
        "years",
        "year",
        "dates",
        "date",
        "period",
        "time",
        "company",
        "employer",
        "organisation",
        "organization",
        "client",
        "project",
        "projects",
        "title",
        "position",
        "role",
        "description",
        "location",
        "place",
        "technologies",
        "stack",
    ]
)


def column_labels(lines: list[Line], known: dict[int, str]) -> set[int]:
    """Runs of three lines or more that are each one column label: the table's header row, no entry's text."""
    labels: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, Line("")]):
        if i not in known and line.text.strip().lower() in _COLUMN_LABELS:
            run.append(i)
            continue
        if len(run) >= 3:
            labels.update(run)
        run = []
    return labels

"""Job descriptions (text or job document) and the date forms resumes use."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_autofix.resume import InvalidJobDescriptionError, PartialDate, load_job_description, parse_iso, parse_loose
from resume_autofix.resume.pointer import resolve, to_pointer

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def test_job_document_gives_title_and_keyword_hints() -> None:
    job = load_job_description((CORPUS / "jobs" / "jsonresume-sample-job.json").read_text())
    assert job.title == "Web Developer"
    assert {"JavaScript", "Node.js", "MongoDB"} <= set(job.keywords)
    assert "Optimize applications" in job.text


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("backend-eng.txt", "Senior Backend Engineer"),
        ("java-developer.txt", "Java Developer"),
        ("creative-graphic-designer.txt", "Graphic Designer - Brand & Digital Marketing"),
    ],
)
def test_text_jobs_give_a_title(name: str, title: str) -> None:
    assert load_job_description((CORPUS / "jobs" / name).read_text()).title == title


def test_job_from_dict_bytes_and_none() -> None:
    assert load_job_description({"title": "X", "skills": [{"name": "Go"}]}).keywords == ("Go",)
    assert load_job_description(b"Python dev").text == "Python dev"
    assert load_job_description(None).text == ""
    assert load_job_description("{not json but prose").text == "{not json but prose"
    with pytest.raises(InvalidJobDescriptionError):
        load_job_description(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidJobDescriptionError):
        load_job_description({"responsibilities": "one"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019", PartialDate(2019)),
        ("2019-03", PartialDate(2019, 3)),
        ("2019-03-14", PartialDate(2019, 3, 14)),
        ("", None),
        ("Present", None),
        ("2019-13", None),
        ("March 2019", None),
    ],
)
def test_parse_iso(text: str, expected: PartialDate | None) -> None:
    assert parse_iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2019", PartialDate(2019, 3)),
        ("Sept. 2020", PartialDate(2020, 9)),
        ("2019/03", PartialDate(2019, 3)),
        ("03/2019", PartialDate(2019, 3)),
        ("25/12/2019", PartialDate(2019, 12, 25)),
        ("03/04/2019", None),
        ("Spring 2019", None),
    ],
)
def test_parse_loose_never_guesses(text: str, expected: PartialDate | None) -> None:
    assert parse_loose(text) == expected


def test_pointer_round_trip() -> None:
    doc = {"a/b": [{"~x": 1}]}
    assert resolve(doc, to_pointer(["a/b", 0, "~x"])) == 1
    assert resolve(doc, "/a~1b/5", None) is None

"""Loading: tolerant of real files, strict where a consumer would break, errors naming the JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.exceptions import InvalidInputError
from resume_autofix.resume import InvalidResumeError, Resume, load_resume, resume_hash

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
RESUMES = sorted((CORPUS / "resumes").glob("*.json"))
VALID = [p for p in RESUMES if not p.name.startswith("invalid-")]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_every_valid_corpus_resume_round_trips_without_loss(path: Path) -> None:
    # GIVEN a real resume file  WHEN it is loaded  THEN to_dict() is the document as written
    resume = load_resume(path.read_bytes())
    assert resume.to_dict() == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "pointer"),
    [
        ("invalid-bad-country-code.json", "/basics/location/countryCode"),
        ("invalid-url-and-email.json", "/basics/website"),
    ],
)
def test_invalid_corpus_resumes_name_the_path(name: str, pointer: str) -> None:
    with pytest.raises(InvalidResumeError) as info:
        load_resume((CORPUS / "resumes" / name).read_bytes())
    assert isinstance(info.value, InvalidInputError)
    assert info.value.status == 400
    assert pointer in info.value.message
    assert info.value.details[0]["path"] == pointer


def test_every_bad_field_is_listed() -> None:
    with pytest.raises(InvalidResumeError) as info:
        load_resume((CORPUS / "resumes" / "invalid-url-and-email.json").read_bytes())
    paths = {e["path"] for e in info.value.details}
    assert paths == {"/basics/website", "/basics/email"}
    assert "name@example.com" in next(e["message"] for e in info.value.details if e["path"] == "/basics/email")


def test_utf8_bom_is_accepted() -> None:
    raw = (CORPUS / "resumes" / "japanese-cv-sample.json").read_bytes()
    assert load_resume(b"\xef\xbb\xbf" + raw).basics.name == "黒音キト"
    assert load_resume("\ufeff" + raw.decode()).basics.name == "黒音キト"


@pytest.mark.parametrize(
    ("doc", "pointer", "words"),
    [
        ({"work": "Acme"}, "/work", "must be a list"),  # one object is now read as a list of one (issue 13)
        ({"work": [{"highlights": 1}]}, "/work/0/highlights", "must be a list"),
        ({"basics": {"name": ["a"]}}, "/basics/name", "must be text"),
        ({"basics": "Jane"}, "/basics", "must be an object"),
        ({"skills": [{"keywords": ["ok", None]}]}, "/skills/0/keywords/1", "must be text"),
        ({"a/b": 1, "basics": {"profiles": [{"url": "nope"}]}}, "/basics/profiles/0/url", "absolute URL"),
    ],
)
def test_wrong_types_name_the_json_pointer(doc: dict, pointer: str, words: str) -> None:
    with pytest.raises(InvalidResumeError) as info:
        load_resume(doc)
    assert info.value.details[0]["path"] == pointer
    assert words in info.value.details[0]["message"]


@pytest.mark.parametrize("data", [b"{", "not json", b"\xff\xfe{}", "[]", "42", b"null"])
def test_not_a_json_object_is_a_clear_error(data: bytes | str) -> None:
    with pytest.raises(InvalidResumeError) as info:
        load_resume(data)
    assert info.value.details[0]["path"] == ""


def test_tolerated_shapes() -> None:
    # GIVEN dates in every real form, v0 keys, numbers as text, and a scheme-less but readable URL
    doc = {
        "basics": {"name": "A", "website": "https://a.example", "email": "", "location": {"countryCode": ""}},
        "work": [
            {"company": "Old Co", "startDate": "2019", "endDate": "Present", "highlights": []},
            {"name": "New Co", "startDate": "2019-03", "endDate": "2019-03-14", "url": "example.com/x"},
        ],
        "education": [{"gpa": 3.5, "startDate": ""}],
        "x-custom": {"kept": True},
    }
    resume = load_resume(doc)
    assert [w.employer for w in resume.work] == ["Old Co", "New Co"]
    assert resume.education[0].gpa == "3.5"
    assert resume.to_dict() == doc
    assert isinstance(resume, Resume)


def test_to_dict_is_a_copy() -> None:
    doc = {"basics": {"name": "A"}}
    resume = load_resume(doc)
    resume.to_dict()["basics"]["name"] = "B"
    doc["basics"]["name"] = "C"
    assert resume.to_dict() == {"basics": {"name": "A"}}


def test_hash_is_canonical() -> None:
    a = {"basics": {"name": "Ren\u00e9", "label": "x"}}
    b = {"basics": {"label": "x", "name": "Rene\u0301"}}  # other key order, decomposed é
    assert resume_hash(a) == resume_hash(b) == resume_hash(load_resume(a))
    assert len(resume_hash(a)) == 64
    assert resume_hash(a) != resume_hash({"basics": {"name": "Rene"}})


json_leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
json_value = st.recursive(
    json_leaf,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3),
    max_leaves=12,
)
section = st.sampled_from(["basics", "work", "education", "skills", "projects", "meta", "x-extra"])


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(section, json_value, max_size=4))
def test_loader_either_loads_losslessly_or_names_a_path(doc: dict) -> None:
    # Property: any JSON object is either a Resume that round-trips, or an InvalidResumeError whose
    # paths all point into the document.
    try:
        resume = load_resume(doc)
    except InvalidResumeError as exc:
        assert exc.details  # noqa: PT017 - a property test checks both outcomes
        for err in exc.details:
            assert err["path"].startswith("/")
            assert err["path"].split("/")[1] in doc
            assert err["message"]
    else:
        # a converted deviation (issue 13: "skills": ["Go"]) is noted at a path of the document; else lossless
        if resume.notes:
            assert all(n["path"].split("/")[1] in doc for n in resume.notes)
        else:
            assert resume.to_dict() == doc
        assert load_resume(json.dumps(doc)).to_dict() == resume.to_dict()


def test_absurd_nesting_is_an_invalid_resume_not_a_recursion_error() -> None:
    deep: dict = {}
    node = deep
    for _ in range(1000):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(InvalidResumeError) as info:
        load_resume({"basics": {"name": "A"}, "meta": deep})
    assert info.value.status == 400
    assert info.value.details[0]["path"].startswith("/meta/x/x/")
    load_resume({"basics": {"name": "A"}, "meta": {"a": {"b": {"c": [[{"d": 1}]]}}}})

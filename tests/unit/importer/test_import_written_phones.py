"""Phone numbers as templates and people write them where no numbering plan allows them: after a country code or a
label, with placeholders or a vanity number's letters; and the person's number set outside the header."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.phones import written_phone


@pytest.mark.parametrize(
    "piece",
    [
        "+1 555 0100",  # a country code: no plan allows 555 0100, the shape says phone
        "+490000000000",
        "(+00) 0123 456 789",
        "+12 12 345 689 012",
        "+1 (xxx) xxx-xxxx",  # a template's placeholders
        "+852 xxxxxxxx",
        "+44 800 PARADOX",  # a vanity number
        "+1 (555) 888-TEAS",
    ],
)
def test_a_number_after_a_country_code_is_a_phone(piece: str) -> None:
    assert written_phone(piece)
    text = f"John Doe\njohn@example.com · {piece} · Berlin, Germany\n\nExperience\nEngineer, Acme  2019 – 2020\n"
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["phone"] == piece


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Phone: (XXX) 555-xxxx", "(XXX) 555-xxxx"),
        ("Phone: 136****6666", "136****6666"),
        ("電話   0120-XX-XXXX", "0120-XX-XXXX"),
        ("WhatsApp: (+012) 123 456 789", "(+012) 123 456 789"),
        ("📱 +00 000 000 0000", "+00 000 000 0000"),
    ],
)
def test_a_label_vouches_for_a_written_number(line: str, phone: str) -> None:
    text = f"John Doe\njohn@example.com\n{line}\n\nExperience\nEngineer, Acme  2019 – 2020\n"
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["phone"] == phone


@pytest.mark.parametrize("piece", ["C++", "+DEVOPS", "2019 - 2021", "+ 5 years", "YOU-R0P-HONE", "ABC-DEFG-HIJ"])
def test_words_dates_and_capitals_alone_are_no_written_phone(piece: str) -> None:
    assert not written_phone(piece)


def test_the_persons_number_below_the_header_is_found() -> None:
    text = (
        "John Doe\njohn@example.com\n\nSkills\nPython, SQL\n(912) 555-4321\n\nExperience\nEngineer, Acme  2019 – 2020\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["phone"] == "(912) 555-4321"
    skills = [s.get("name") for s in resume["skills"]] + [k for s in resume["skills"] for k in s.get("keywords", [])]
    assert "(912) 555-4321" not in skills  # the number left its section


def test_a_date_range_below_the_header_is_no_phone() -> None:
    text = "John Doe\njohn@example.com\n\nExperience\nAcme\n12/2013 - 12/2014\nEngineer\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert "phone" not in resume["basics"]
    assert resume["work"][0]["startDate"] == "2013-12"


def test_a_referees_number_stays_with_the_referee() -> None:
    text = (
        "John Doe\njohn@example.com\n\nExperience\nEngineer, Acme  2019 – 2020\n\n"
        "References\nJane Roe, Acme\n+1 (312) 555-0198\n"
    )
    assert "phone" not in import_resume(text.encode(), "cv.txt").resume["basics"]


@pytest.mark.parametrize("label", ["Telefoonnummer:", "Mobiel:", "Handynummer:", "GSM:", "Celular:", "Móvil:"])
def test_phone_labels_in_more_languages_vouch_for_the_number(label: str) -> None:
    text = f"Jan Jansen\njan@example.nl\n{label} (912) 555-4321\n\nWerk\nEngineer, Acme  2019 – 2020\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["phone"] == "(912) 555-4321"
    assert resume["work"][0]["name"] == "Acme"

"""Contact pieces run together with only spaces between them: the phone number among them is still found."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("john.doe@example.com +1 (123) 456-7890 linkedin.com/in/johndoe github.com/johndoe", "+1 (123) 456-7890"),
        # icon names a converter wrote out as words
        (
            "phone +1 (312) 555-0198 envelope john.doe@example.com link www.linkedin.com/in/john-doe",
            "+1 (312) 555-0198",
        ),
        ("Phone: +1 (234) 567-8901 Web: example.org", "+1 (234) 567-8901"),
    ],
)
def test_a_phone_among_other_pieces_on_one_line(line: str, phone: str) -> None:
    text = f"John Doe\n{line}\n\nExperience\nEngineer, Acme  2019 – 2020\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert basics["phone"] == phone
    assert "@" not in line or basics["email"] == "john.doe@example.com"


def test_the_pieces_around_the_phone_are_still_placed() -> None:
    text = "John Doe\njohn.doe@example.com +1 (123) 456-7890 github.com/johndoe\n\nExperience\nEngineer, Acme  2019\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert [p.get("username") for p in basics.get("profiles", [])] == ["johndoe"]


def test_a_date_range_or_a_short_number_is_no_phone() -> None:
    text = "John Doe\njohn@example.com Berlin 2019 - 2020 ID 1234567\n\nExperience\nEngineer, Acme  2019\n"
    assert "phone" not in import_resume(text.encode(), "cv.txt").resume["basics"]


def test_icon_names_a_converter_wrote_as_words_are_no_contact_pieces() -> None:
    line = "phone +1 (312) 555-0198 envelope john.doe@example.com link www.linkedin.com/in/john-doe map marker Boise"
    basics = import_resume(f"John Doe\n{line}\n\nExperience\nEngineer, Acme  2019\n".encode(), "cv.txt").resume[
        "basics"
    ]
    assert (basics["email"], basics["phone"]) == ("john.doe@example.com", "+1 (312) 555-0198")
    assert [p.get("username") for p in basics["profiles"]] == ["john-doe"]
    assert "location" not in basics or basics["location"].get("city") != "envelope"

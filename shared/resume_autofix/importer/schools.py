"""Education entries from their raw entries: the school, the degree and its field, and what is no part of them
(grades, honours, states, places, a framework's level)."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_dates
from .degreemarks import (
    HONOURS_TAIL,
    before_grade,
    cjk_field_then_degree,
    degree_in_first_bullet,
    field_for_degree,
    grade_parts,
    honours_not_field,
    said,
    without_marks,
)
from .items import entry_dates, two_roles
from .keptlines import end_from_courses, score_from_courses
from .lines import CELL_SEP
from .places import LOCATION
from .rawentry import RawEntry, unread_labels
from .roles import degree_score, field_score, institution_score, school_score
from .schoolnames import (
    bracket_of_field,
    exchange_note,
    not_a_place,
    region_after_school,
    school_line_under,
    school_named,
)
from .schoolrows import (
    IN,
    STUDY_SEP,
    a_field,
    degree_in_area,
    degree_under_field,
    degrees_listed,
    education_labels,
    field_to_line_end,
    field_under_degree,
    school_below,
    thesis_of,
    title_again,
    town_in_title,
    wrapped_field,
)
from .titles import split_title

_MAJOR = re.compile(
    r"^(?:major|majoring|concentration|specialization|specialisation|focus|emphasis)\s+(?:in|on)\s+"
    r"(?P<area>[^,;]+?)(?:\s*[,;]\s*(?P<more>.+?))?[,.;]?$",
    re.IGNORECASE,
)


def _major(text: str | None) -> str | None:
    m = _MAJOR.match(text.strip()) if text else None
    return m.group("area") if m else None


def _major_parts(text: str) -> list[str]:
    """ "Major in Hacking, University A, New York": the major, then what the line says after it."""
    m = _MAJOR.match(text.strip())
    if not m:
        return [text]
    return [m.group("area"), *([m.group("more")] if m.group("more") else [])]


#: a major read onto the school's name, its line wrapped into the title ("University Of Information Technology" /
#: "Major in Infomation System")
_MAJOR_AFTER = re.compile(
    r"^(?P<school>.+?\S)\s+(?:major|majoring|concentration|specialization|specialisation)\s+in\s+(?P<area>\S.*)$",
    re.IGNORECASE,
)


def _major_after_school(item: dict[str, Any]) -> None:
    """The school's name, and the major after it as the field, where no field was read."""
    m = _MAJOR_AFTER.match(str(item.get("institution", "")))
    if m and "area" not in item and institution_score(m["school"]) > 0:
        item["institution"], item["area"] = m["school"], m["area"]


def _majors(institution: str | None, degree: str | None, rest: list[str]) -> tuple[str | None, str | None, list[str]]:
    """ "Master of Arts / Major in Hacking": the major is a field of study, never the school."""
    if _major(institution):
        return None, degree, [p for r in [institution or "", *rest] for p in _major_parts(r)]
    return institution, degree, [p for r in rest for p in _major_parts(r)]


def _degree_line(text: str) -> bool:
    """A short line that opens with a degree ("B.A. summa cum laude, Economics"), not a sentence about one."""
    words = text.split()
    return 0 < len(words) <= 8 and degree_score(words[0]) > 0 and not find_dates(text) and not text.endswith(".")


def _from_body(item: dict[str, Any], entry: RawEntry) -> None:
    """An institution or a major written under the degree ("Major in Engineering, University B, Los Angeles"), and
    a degree on a line of its own under the school when the title held none ("Bachelor's in Computer Science")."""
    _field_taken_for_degree(item, entry)
    bullet = before_grade(entry.bullets[0])[0] if entry.bullets else ""
    if "studyType" not in item and not entry.paragraphs and bullet and _degree_line(bullet):
        entry.paragraphs.append(entry.bullets.pop(0))  # "• B.A. summa cum laude, Economics" under the school
    if "studyType" not in item and entry.paragraphs and (read := cjk_field_then_degree(entry.paragraphs[0])):
        item["studyType"] = read[1]
        item.setdefault("area", read[0])
        entry.paragraphs[:1] = [read[2]] if read[2] else []
    # the degree under its faculty ("Faculty of Computer Engineering" / "Bachelor of Computer Engineering")
    at = 1 if len(entry.paragraphs) > 1 and _UNIT_WORDS.match(entry.paragraphs[0]) else 0
    first, *cells = entry.paragraphs[at].split(CELL_SEP) if entry.paragraphs else [""]
    first, grade = before_grade(first)  # "Bachelor of Science in Computer Science, GPA: 3.242 Honors: …"
    cells = [grade, *cells] if grade else cells
    words = first.split()
    # a degree line may run longer when it opens with the degree ("Bachelor of Science in Cyber Engineering with a
    # Specialization in Autonomous Systems")
    if (
        "studyType" not in item
        and (len(words) <= 10 or (len(words) <= 16 and degree_score(" ".join(words[:4])) > 0 and not said(first)))
        and (degree_score(first) > 0 or (_QUALIFICATION_END.search(first) and len(words) <= 8))
        and not find_dates(first)
    ):
        if cells and not entry.location and LOCATION.match(cells[-1].strip()):  # "M.S. | Computer Systems  Austin, TX"
            entry.location = cells.pop().strip()
        entry.paragraphs[at : at + 1] = [CELL_SEP.join(cells)] if cells else []  # "生命工程 学士  班级排名 1/36"
        study, *area = STUDY_SEP.split(first, maxsplit=1)
        if not area and ", " in study:  # "B.A. summa cum laude, Economics"
            study, *area = study.split(", ", 1)
        honours = HONOURS_TAIL.search(study)
        if honours and honours.start() > 0:  # the honours are kept with the courses
            study, honoured = study[: honours.start()].strip(), honours.group().strip()
            entry.paragraphs.append(honoured)
        item["studyType"] = study
        if area and "area" not in item:
            item["area"] = area[0]
    if "institution" not in item and entry.bullets and _listed_school(entry.bullets[0]):
        item["institution"] = entry.bullets.pop(0).strip()  # "软件工程本科  2015/09 – 2019/06" over "• 重庆理工大学"
    for text in entry.paragraphs:
        for piece in (p.strip(" .") for p in text.removeprefix("|").split(",")):  # a timeline's bar before it
            if "area" not in item and _major(piece):
                item["area"] = _major(piece)
            elif (
                "institution" not in item
                and institution_score(piece) > 0
                and len((school := _university_of(piece)).split()) <= 8
            ):
                item["institution"] = school


def _field_taken_for_degree(item: dict[str, Any], entry: RawEntry) -> None:
    """A field read as the degree, where the degree stands alone on the first line under the dates (JSON Resume's
    "even" theme: "Universidade Federal de Juiz de Fora" / "Computational Engineering" / "Mar 2014 – Mar 2018" /
    "D.Sc."): the field is the area, that line the degree."""
    study = item.get("studyType")
    first = entry.paragraphs[0].strip() if entry.paragraphs else ""
    if (
        study
        and "area" not in item
        and CELL_SEP not in first
        and 0 < len(first.split()) <= 2
        and degree_score(first) > 0
        and field_score(first) <= 0
        and degree_score(study) <= 0
        and field_score(study) > 0
    ):
        item["area"], item["studyType"] = study, first
        entry.paragraphs.pop(0)


#: a faculty or department, then its university, run together from two lines ("Department of Psychology University
#: of Dhaka", "Jeffrey Cheah School of Medicine and Health Sciences Monash University")
_UNIT_NAMES = "Department|School|Faculty|Division|Institute|Centre|Center"
_UNIT_WORDS = re.compile(rf"\b(?:{_UNIT_NAMES}) of\b")
#: a school's unit named after the school ("… — College of Creative Studies", "…, School of Engineering")
_UNIT = re.compile(rf"(?:The\s+)?(?:College|{_UNIT_NAMES}) of\b")
_UNIVERSITY_TAIL = re.compile(r"(?:The\s+)?University\s+of(?:\s+[A-Z][\w'’-]*){1,4}$|[A-Z][\w'’-]*\s+University$")


def _university_of(text: str) -> str:
    """The university at the end of a unit's line run into it; else the text as it is. Only the line's last words
    are read, so a long line costs no more than a short one."""
    text = text.strip()
    tail = " ".join(text.split()[-6:])
    m = _UNIVERSITY_TAIL.search(tail)
    if m is None:
        return text
    head = text[: len(text) - len(m.group())].rstrip()
    return m.group() if head and _UNIT_WORDS.search(head) else text


#: a line that names what was earned by its last word ("West African Secondary School Certificate", "High School
#: Diploma"), though a school's words come first
_QUALIFICATION_END = re.compile(r"(?i)\b(?:certificate|diploma|certificado|diplôme|zeugnis|abitur)\.?$")


def _listed_school(text: str) -> bool:
    """A list item that is a school's name alone: its words, six at most, no sentence."""
    return institution_score(text) > 0 and len(text.split()) <= 6 and not said(text) and not find_dates(text)


_DEGREE_ABBR = re.compile(r"(?:[BM]\.?[AS]c?\.?|MBA|Ph\.?D\.?|B\.?Eng?\.?|M\.?Eng?\.?|BBA|LL\.?[BM]\.?|MFA|BFA|AA|AS)")


#: what follows "in" in a degree's own name ("Associate in Applied Science", "Bachelor in Arts")
_DEGREE_NAME_IN = re.compile(r"(?i)(?:applied\s+)?(?:science|arts)|fine arts|applied arts")
#: "in", and "of" after a doctorate ("PhD of Artificial Intelligence"; not "Bachelor of Science", nor a template's
#: "Degree of Lorem Ipsum")
_IN_OR_OF = re.compile(rf"{IN.pattern}|(?:(?<=\bphd)|(?<=\bph\.d)|(?<=\bph\.d\.))\s+of\s+", re.IGNORECASE)


#: "of" after a degree's letters or a diploma, before its field ("B.Sc. of Computer Sciences", "Diploma of Math &
#: Physics"; not "Bachelor of Science", whose "of" is in the degree's name)
_ABBREVIATED_OF = re.compile(
    r"^(?P<study>(?:[A-Z][A-Za-z]{0,3}\.){1,3}|B\.?Tech|M\.?Tech|diploma|certificate)\s+of\s+(?P<area>\S.*)$",
    re.IGNORECASE,
)


def _degree_and_field(degree: str, rest: list[str]) -> tuple[str, str | None]:
    """The degree a title part names and its field, if the part holds one (or the part after it does, where the
    degree's own name holds "in": "Associate in Applied Science", "Diesel Technology"; taken from ``rest``)."""
    head, colon, tail = degree.partition(": ")
    if colon and tail and degree_score(head) > 0:
        return head, tail  # "Associate in Applied Science: Diesel Technology": the colon parts them
    study, *area = _IN_OR_OF.split(degree, maxsplit=1)  # "MEng in Computer Science", "PhD of AI"
    if not area and (of := _ABBREVIATED_OF.match(degree)) and field_score(of.group("area")) > 0:
        study, area = of.group("study"), [of.group("area")]  # "B.Sc. of Computer Sciences", "Diploma of Physics"
    if not area and field_score(tail) > 0:
        return head, tail  # "Some College (No Degree): Computer Programming"
    if area and _DEGREE_NAME_IN.fullmatch(area[0]) and rest and not_a_place(rest[0]):
        return degree, rest.pop(0)
    return study, area[0] if area else None


def _letters_of(abbreviation: str, degree: str) -> bool:
    """``abbreviation`` is a degree's: the initials of ``degree`` ("BE", "B.E." for "Bachelor of Engineering") or a
    degree's abbreviation the pattern knows ("MS", "M.Sc.")."""
    letters = abbreviation.replace(".", "").replace(" ", "")
    initials = "".join(w[0] for w in degree.split() if w[:1].isupper())
    return bool(_DEGREE_ABBR.fullmatch(abbreviation.strip())) or (2 <= len(letters) <= 4 and letters == initials)


def _letters_kept(item: dict[str, Any], letters: str, cells: list[str], rest: list[str]) -> None:
    """The degree and its letters as one cell prints them are its studyType ("Bachelor of Engineering - BE",
    "Bachelor of Science (B.S.)"); where no cell does, the letters are kept with the entry's lines."""
    degree = str(item["studyType"])
    printed = re.compile(rf"{re.escape(degree)}(?:\s*[-–—,]\s*|\s+|\s*\(){re.escape(letters)}\)?")
    if found := next((m.group() for cell in cells if (m := printed.search(cell))), None):
        item["studyType"] = found
    else:
        rest.append(letters)


def _degree_after(item: dict[str, Any], rest: list[str]) -> None:
    """The degree came after the part read as it: that part is its field ("Information Technology, Bachelor"),
    unless the degree names its own or the part is a town or the school's other name ("Bennett University  Greater
    Noida" over "Bachelor of Technology in Computer Science"), which then stays with the entry's lines."""
    other = item["studyType"]
    study, *area = IN.split(rest[0], maxsplit=1)
    if area or not not_a_place(other) or school_score(other) > 0:
        item["studyType"], rest[0] = study, other
        if area:
            item["area"] = area[0]
    else:
        item["area"], item["studyType"] = other, rest.pop(0)


def _school_and_degree(
    institution: str | None, degree: str | None, rest: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """The title parts taken for school and degree, set right where their words tell otherwise."""
    if institution and institution_score(institution) <= 0 and (named := [r for r in rest if institution_score(r) > 0]):
        # "Bac S - SI (Lycée Denis Diderot - Marseille)": a school's words outrank letters that only look like one
        rest[:] = [institution if r is named[0] else r for r in rest]
        institution = named[0]
    if institution and degree and _letters_of(institution, degree) and degree_score(degree) > 0:
        rest = [institution, *rest]  # "Bachelor of Engineering – BE": the degree's letters, no school
        institution = None
    return institution, degree, rest


def _unit_no_degree(item: dict[str, Any], entry: RawEntry) -> None:
    """ "University of California, Santa Barbara — College of Creative Studies": the school's unit read as the
    degree is a note on the stay, no degree, as the exchange's faculty is (``exchange_note``, first)."""
    exchange_note(item, entry)
    study = str(item.get("studyType", ""))
    if "institution" in item and "area" not in item and _UNIT.match(study) and degree_score(study) <= 0:
        entry.paragraphs.append(item.pop("studyType"))


def _school(institution: str | None, degree: str | None, rest: list[str], cells: list[str]) -> dict[str, Any]:
    """The institution, studyType and area a school entry's title parts name (``cells``: the title's cells as
    printed)."""
    item: dict[str, Any] = {}
    institution, degree, rest = _school_and_degree(institution, degree, rest)
    if institution:
        item["institution"] = institution
    if degree and institution is None and degree_score(degree) <= 0:
        item["institution"] = degree
    elif degree:
        item["studyType"], field = _degree_and_field(degree, rest)
        if field:
            item["area"] = field
    if rest and "studyType" in item and degree_score(item["studyType"]) <= 0 < degree_score(rest[0]):
        _degree_after(item, rest)
    abbreviation = (
        rest.pop(0) if len(rest) >= 1 and "studyType" in item and _letters_of(rest[0], item["studyType"]) else None
    )
    if rest and "area" not in item and "studyType" in item and not_a_place(rest[0]) and not _MINOR.match(rest[0]):
        item["area"] = rest.pop(0)  # "Master of Science - MS, Computer Science" (LinkedIn): the field after the
    if abbreviation:  # degree's letters, the degree's as printed ("Master of Science - MS"), else a note on it
        _letters_kept(item, abbreviation, cells, rest)
    study, *area = IN.split(str(item.get("area", "")), maxsplit=1)
    if area and study == item.get("studyType"):  # "PhD  Princeton University, PhD in Computer Science"
        item["area"] = area[0]
    if "area" in item and degree_score(item["area"]) > 0 >= degree_score(str(item.get("studyType", ""))):
        item["studyType"], item["area"] = item["area"], item["studyType"]  # "浙江大学 计算机科学与技术 本科"
    # (institution_score 2 or more: a school's word and no degree's; "Some College (No Degree)" is a degree)
    if "institution" in item and institution_score(str(item.get("studyType", ""))) >= 2 and "area" in item:
        # "哈尔滨工业大学  汽车工程学院  智能车辆工程专业": the faculty, no degree
        rest.insert(0, item.pop("studyType"))
    return item


#: a minor or second subject after the degree ("Minor in Computer Science"): a note, not the degree's field
_MINOR = re.compile(r"(?i)^(?:minors?|nebenfach|mineure|menor|concentration)\b")


_WORD = re.compile(r"[^\W\d_]{3,}")


def _more_than(text: str, used: list[str]) -> bool:
    """``text`` says more than the values taken from it: a word of three letters or more is left when they are
    taken out (a line that held the school and the degree keeps the degree when only the school was read)."""
    if not any(value in text for value in used):
        return True
    for value in used:
        text = text.replace(value, " ")
    return bool(_WORD.search(text))


def _listed_schools(entries: list[RawEntry]) -> list[RawEntry]:
    """An education section written as a list with no titles and no dates ("• B.S. Honors Computational
    Mathematics, Washington State University." / "• Microsoft Test Apprentice Program, Microsoft Corporation."):
    each item is an entry of its own, its parts those of a title, where every item parts in two or three and half
    of them or more name a school or a degree; otherwise the items stay the lines of one entry."""
    out: list[RawEntry] = []
    for entry in entries:
        items = [*entry.paragraphs, *entry.bullets]
        parted = [split_title(text.strip().rstrip(".")) for text in items]
        if (
            entry.parts
            or entry.date is not None
            or entry.labelled
            or len(items) < 2
            or not all(
                2 <= len(parts) <= 3 and len(text.split()) <= 14 for text, parts in zip(items, parted, strict=True)
            )
            or 2 * sum(any(school_score(p) > 0 or degree_score(p) > 0 for p in parts) for parts in parted) < len(items)
        ):
            out.append(entry)
            continue
        out.extend(RawEntry(parts=parts, part_lines=[0] * len(parts), date=None) for parts in parted)
    return out


def _bracket_wrapped(entry: RawEntry) -> None:
    """A title part whose bracket the line's end cut, closed on the next line ("Licence de Mathématiques pures
    (Université" over "Bordeaux 1)"): one part."""
    for i in range(len(entry.parts) - 1):
        head, tail = entry.parts[i], entry.parts[i + 1]
        if head.count("(") > head.count(")") and tail.count(")") > tail.count("(") and "(" not in tail:
            entry.parts[i : i + 2] = [f"{head} {tail}"]
            if len(entry.part_lines) > i + 1:
                del entry.part_lines[i + 1]
            return


#: the school in brackets after the degree ("Licence de Mathématiques pures (Université Bordeaux 1)")
_SCHOOL_BRACKETED = re.compile(r"^(?P<degree>[^()]*\S)\s*\((?P<school>[^()]+)\)$")


def _school_in_brackets(item: dict[str, Any]) -> None:
    m = _SCHOOL_BRACKETED.match(str(item.get("institution", "")))
    if m and "studyType" not in item and degree_score(m.group("degree")) > 0 < school_score(m.group("school")):
        item["studyType"], item["institution"] = m.group("degree"), m.group("school")


#: a degree's type and its field joined by "of" or "de" where the type is whole without them ("Master Degree of
#: Computer Systems", "Licence de Mathématiques pures"); "Bachelor of Science" and "Diplôme d'Ingénieur" are names
_TYPE_OF_FIELD = re.compile(
    r"(?i)^(?P<type>(?:bachelor|master|associate)(?:['’]?s)?\s+degree)\s+of\s+(?P<field>\S.*)$"
    r"|^(?P<type_fr>licence|master|mastère|maîtrise|curso\s+(?:t[ée]cnico|superior|completo)|t[ée]cnico(?:\s+superior)?)"
    r"\s+(?:de\s+|d['’]\s*)(?P<field_fr>\S.*)$"  # and Brazil's "Curso técnico de Desenvolvimento de Software"
)


def _type_of_field(item: dict[str, Any]) -> None:
    if "area" not in item and (m := _TYPE_OF_FIELD.match(str(item.get("studyType", "")))):
        item["studyType"] = m.group("type") or m.group("type_fr")
        item["area"] = m.group("field") or m.group("field_fr")


def _lines_kept(item: dict[str, Any], entry: RawEntry) -> None:
    """JSON Resume's education has no summary: lines no field took are kept with the courses, not lost (honours read
    as the field are there already); a grade among them is the score."""
    used = [str(item[k]) for k in ("institution", "area", "studyType") if item.get(k)]
    kept = [p for p in entry.paragraphs if _more_than(p, used) and any(c.isalnum() for c in p)]
    if kept or entry.bullets:
        courses = item.setdefault("courses", [])
        courses.extend([*(p for p in kept if p not in courses), *entry.bullets])
        score_from_courses(item)
        end_from_courses(item)


def _placed_school(institution: str | None, degree: str | None, rest: list[str], entry: RawEntry) -> dict[str, Any]:
    """``_school``, where a place in a cell of its own beside the school, in the degree's slot ("New York, USA  New
    York University  Fall 2019 – May 2021"), is the entry's location: the next part is the degree when it names
    one, a field stays the field."""
    place = (
        degree
        if institution
        and degree
        and degree_score(degree) <= 0
        and LOCATION.fullmatch(degree)
        and degree in (c.strip() for c in entry.cells)  # a cell of its own, not a comma list's ("…, Japan, and …")
        else None
    )
    if place and rest and degree_score(rest[0]) > 0:
        degree, rest[:] = rest[0], [place, *rest[1:]]
    item = _school(institution, degree, rest, entry.cells)
    if place and item.get("studyType") == place:
        del item["studyType"]
        entry.location = entry.location or place
    return item


def education_items(entries: list[RawEntry]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    entries = _listed_schools(entries)
    for entry in entries:
        grade_parts(entry)
        _bracket_wrapped(entry)
    previous: RawEntry | None = None
    for entry, roles in zip(entries, two_roles(entries, school_score, 0), strict=True):
        institution, degree, rest = _majors(*roles)
        item = _placed_school(institution, degree, rest, entry)
        region_after_school(item, entry)
        bracket_of_field(item, entry)
        _unit_no_degree(item, entry)
        _school_in_brackets(item)
        town_in_title(entry, rest)
        title_again(item, entry)
        school_below(item, entry)
        degree_in_area(item, entry)
        if a_field(item.get("institution")) and "area" not in item and "studyType" in item:
            item["area"] = item.pop("institution")  # "Master, Computer Science" over "University of Stanford"
        if rest and "institution" not in item:  # "Major in Hacking, University A, New York": the school is after
            entry.paragraphs[:0], rest = rest, []
        _major_after_school(item)
        if "institution" not in item or "area" not in item:
            _from_body(item, entry)
        school_line_under(item, entry)
        school_named(item, entry)
        degree_in_first_bullet(item, entry)
        without_marks(item, entry)
        if entry.location:
            item["location"] = entry.location
        entry_dates(item, entry, single_ends=True)
        education_labels(item, entry)
        entry.paragraphs.extend(unread_labels(entry, item))
        if rest:
            entry.paragraphs[:0] = rest
        degree_under_field(item, entry)
        field_under_degree(item, entry)
        wrapped_field(item, entry)
        field_to_line_end(item, entry)
        _type_of_field(item)
        field_for_degree(item, entry)
        honours_not_field(item)
        _lines_kept(item, entry)
        if thesis_of(item, items):
            continue
        if items and "institution" not in item and "studyType" in item and _heads(previous, items[-1]):
            item["institution"] = items[-1]["institution"]  # the school over its degrees, each dated on its line
        items.extend(one for listed in degrees_listed(item) for one in _two_degrees(listed))
        previous = entry
    return items


def _two_degrees(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Two degrees, each with its field, read as one degree and its field ("BA Philosophy (1:1), MA Continental
    Philosophy"): an entry each, the school and the dates shared."""
    study, area = str(item.get("studyType", "")).split(), str(item.get("area", "")).split()
    if len(study) < 2 or len(area) < 2 or not (_short_degree_word(study[0]) and _short_degree_word(area[0])):
        return [item]
    first = {**item, "studyType": study[0], "area": " ".join(study[1:])}
    second = {k: v for k, v in item.items() if k not in ("courses", "score")}
    second |= {"studyType": area[0], "area": " ".join(area[1:])}
    return [first, second]


def _short_degree_word(word: str) -> bool:
    """A degree's abbreviation ("BA", "MA", "M.Sc."), no word of a name."""
    return len(word.strip(".")) <= 5 and degree_score(word) > 0 and word[:1].isupper()


def _heads(entry: RawEntry | None, item: dict[str, Any]) -> bool:
    """The entry's school stood on a line of its own over its degree ("Moscow Institute of Physics and Technology"
    over "Master of Science, …  2016"): a head that the degrees dated under it share."""
    school = item.get("institution")
    if entry is None or not school or school not in entry.parts or len(entry.part_lines) != len(entry.parts):
        return False
    at = entry.part_lines[entry.parts.index(school)]
    others = [line for part, line in zip(entry.parts, entry.part_lines, strict=True) if part != school]
    return bool(others) and all(line > at for line in others)

"""What an education entry's school, degree and field carry that is no part of them: grades, honours, a state
("Expected"), a framework's level, a sentence's stop, a degree in brackets after its field; and a degree or field
read in the wrong place (in the first item under the school, a field read as the degree)."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_dates
from .grades import GRADE_NAMES, NUMBER, OUT_OF, SCORED
from .items import without_bare_numbers
from .places import STATUS_WORDS
from .rawentry import RawEntry
from .roles import SCHOOL_DEGREE, degree_score, field_score, institution_score, position_score

# "Computer Science; GPA: 4.00", "Facultad de Estudios Superiores  Promedio: 8.5/10.0": the grade is no name
#: the names a grade goes by; with a rank's, the words a grade written after a name opens with
_GRADE_WORDS = rf"{GRADE_NAMES}|rank(?:ing)?|排名"
_GRADE_TAIL = re.compile(
    rf"(?:\s*[;,(]\s*|\s{{2,}}|\s+(?=\w+:\s*\d)|\s+(?=(?:{_GRADE_WORDS})\s*[:：]?\s*\d))(?:{_GRADE_WORDS})\b",
    re.IGNORECASE,
)


#: when the degree is expected, written after it ("Master student in EE, expected March 2016"): no part of its name
_EXPECTED_TAIL = re.compile(
    r"(?:\s*[,;(]\s*|\s+)(?:expected|anticipated|graduating|预计)\b\D{0,20}\d.*$", re.IGNORECASE
)


def before_grade(text: str) -> tuple[str, str]:
    """The text before the grade or the expected date written after it ("Bachelor of Science, GPA: 3.2 Honors: …"),
    and the grade on; the text and "" where neither follows."""
    m = _GRADE_TAIL.search(text) or _GRADE_FIRST.search(text) or _EXPECTED_TAIL.search(text)
    if m is None or m.start() == 0:
        return text, ""
    return text[: m.start()].rstrip(), text[m.start() :].strip(" ;,(")


#: a Chinese degree word that ends a field written without a space before it, or after a comma ("软件工程本科",
#: "天文学,博士")
_CJK_DEGREE_END = re.compile(r"(?<=[\u4e00-\u9fff])[,，、]?(?:本科|学士|硕士研究生|硕士|博士研究生|博士|专科|大专)$")
#: a Chinese school's line under its name: the field, then its degree as a word of its own, perhaps "still studying"
#: ("计算机科学与技术 本科 电子信息与电气工程学院", "数据科学与大数据技术  本科在读，预计 2022.06 毕业")
_CJK_FIELD_THEN_DEGREE = re.compile(
    r"^(?P<field>[\u4e00-\u9fff][\u4e00-\u9fff()（）&]*)\s+(?P<degree>本科|学士|硕士研究生|硕士|博士研究生|博士|专科|大专)"
    r"(?:在读)?(?=[\s,，]|$)"
)


#: what stands first in such a line and is no field: a college or a school, or how the studies were held
_NO_CJK_FIELD = re.compile(r"(?:学院|系|大学|学校)$|^(?:全日制|非全日制|统招|统招全日制)$")


def cjk_field_then_degree(text: str) -> tuple[str, str, str] | None:
    """The field, the degree and the rest of a Chinese school's line that names both, field first; None if not so."""
    m = _CJK_FIELD_THEN_DEGREE.match(text.strip())
    if m is None or _NO_CJK_FIELD.search(m["field"]):
        return None
    return m["field"], m["degree"], text.strip()[m.end() :].strip(" ,，")


_BRACKETED_DEGREE = re.compile(r"^(?P<field>[^(（]*[^\s(（])\s*[(（](?P<degree>[^)）]+)[)）]$")


def _degrees_last(study: str) -> tuple[str, str]:
    """The field, then the degree its last word names, or the degrees its last words join ("Computer Science SM and
    PhD": an abbreviation the vocabulary does not know, joined by "and" to one it does)."""
    words = study.split()
    for k in range(1, len(words) - 2):
        tail = words[k:]
        if _JOINED_DEGREES.fullmatch(" ".join(tail)) and degree_score(tail[-1]) > 0:
            return " ".join(words[:k]), " ".join(tail)
    field, _, degree = study.rpartition(" ")
    return field, degree


#: two degrees joined by a word ("SM and PhD", "B.S. & M.S."): abbreviations, "and", "&" or "+" between them
_JOINED_DEGREES = re.compile(r"[A-Z][A-Za-z.]{0,5}\s+(?:and|&|\+)\s+[A-Z][A-Za-z.]{1,6}")


def without_stop(item: dict[str, Any]) -> None:
    """A sentence's full stop after the school, the degree or the field ("Computer Science.") is no part of it; an
    abbreviation's stays ("B. Sc.", "Univ.")."""
    for key in ("institution", "studyType", "area"):
        value = str(item.get(key, ""))
        if _SENTENCE_STOP.search(value):
            item[key] = value[:-1].rstrip()


#: a full stop after a word of five letters or more, not an abbreviation's
_SENTENCE_STOP = re.compile(r"(?<![\w.])[^\W\d_]{5,}\.$")


def degree_in_brackets(item: dict[str, Any]) -> None:
    """ "Informatik (M.Sc.)", "计算机科学与技术专业（在读硕士）": the field, then its degree in brackets; "사회학 학사"
    (sociology, bachelor): the field, then its degree word last. A school wholly in brackets loses them."""
    school = str(item.get("institution", ""))
    if len(school) > 2 and school[0] in "(（" and school[-1] in ")）":  # "(Université Bordeaux 1)"
        item["institution"] = school[1:-1].strip()
    if "studyType" not in item and (m := _BRACKETED_DEGREE.match(school)) and degree_score(m.group("degree")) > 0:
        item["institution"], item["studyType"] = m.group("field").strip(), m.group("degree").strip()  # "FEL ČVUT (Bc.)"
    if "area" in item:
        return
    study = str(item.get("studyType", ""))
    if m := _BRACKETED_DEGREE.match(study):
        field, degree = m.group("field").strip(), m.group("degree").strip()
    elif SCHOOL_DEGREE.match(study):  # "Highschool diploma": one name
        return
    elif " / " in study and degree_score(study.rpartition(" / ")[2]) > 0:
        field, _, degree = study.rpartition(" / ")  # "集成电路工艺 / 工程硕士": the degree after the slash, whole
    elif glued := _CJK_DEGREE_END.search(study):  # "软件工程本科": the field glued to its degree
        field, degree = study[: glued.start()], glued.group().lstrip(",，、")
    else:
        field, degree = _degrees_last(study)
    # ("West African Secondary School Certificate": a school's words before it, the certificate's own name)
    # ("Engineer's degree", "Bachelor's degree": the degree's own name, no field before a degree)
    possessive = field.endswith(("'s", "’s"))
    if (
        field
        and not possessive
        and not _NAMING_LEVEL.fullmatch(field)
        and degree_score(degree) > 0 >= degree_score(field)
        and institution_score(field) <= 0
    ):
        item["studyType"], item["area"] = degree, _LOOSE_END.sub("", field)  # "Information Technology / Bachelor"


#: a level that names the degree with it, no field before it ("Advanced Diploma", "Higher National Diploma")
_NAMING_LEVEL = re.compile(
    r"(?i)advanced|higher(?: national)?|(?:post-?)?graduate|professional|executive|general|international|national"
)


# a grade or the degree's state in brackets after it: no part of the degree's name
_DEGREE_NOTE = re.compile(
    rf"^(?P<head>.*\S)\s*\((?P<note>{NUMBER}(?:{OUT_OF})?|[1-3]:[12]|" + STATUS_WORDS + r")\)$",
    re.IGNORECASE,
)
#: "GPA: 3.9", "Note 1,3" ("Grade 12" alone is a school year, as Canada and India write it: ``_SCHOOL_YEAR``)
_GRADE_PART = re.compile(rf"(?:{_GRADE_WORDS})\s*[:：]?\s*(?P<value>\d.*)?", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"(?i)grade\s+\d{1,2}")


_HONOURS = re.compile(
    r"(?:(?:summa|magna)\s+)?cum\s+laude|with\s+(?:high(?:est)?\s+)?(?:hono(?:u)?rs|distinction|merit)|"
    r"(?:first|1st)[- ]class(?:\s+(?:hono(?:u)?rs|hons\.?))?|distinction|mention\s+(?:très\s+|assez\s+)?bien|"
    r"mit\s+auszeichnung|"
    # the British degree classes ("Second Class Upper Division", "Upper Second Class Honours", "2:1", "1st Class Hons.")
    r"(?:second|third|2nd|3rd)[- ]class(?:\s+(?:upper|lower))?(?:\s+(?:division|hono(?:u)?rs|hons\.?))?|"
    r"(?:upper|lower)\s+second(?:[- ]class)?(?:\s+hono(?:u)?rs)?|2:[12]|"
    # North America's term honour ("Dean's Honours List", "Dean's List")
    r"dean['’]?s\s+(?:hono(?:u)?rs?\s+)?list",
    re.IGNORECASE,
)


HONOURS_TAIL = re.compile(r"\s+(?:" + _HONOURS.pattern + r")$", re.IGNORECASE)
#: honours written after the degree or its field, after a comma or a dash ("B.S. Computer Science, 2008 - Magna Cum
#: Laude", "Bachelor of Arts with Distinction")
_HONOURS_AFTER = re.compile(
    r"(?<!magna)(?<!summa)(?:\s*[,;–—-]\s*|\s+)\(?(?P<honours>" + _HONOURS.pattern + r")\)?[.]?$", re.IGNORECASE
)


def said(text: str) -> bool:
    """The text holds a sentence: a full stop inside it or at its end."""
    return ". " in text or text.rstrip().endswith(".")


#: a specialisation written after the field ("Cyber Engineering with a Specialization in Autonomous Systems")
_WITH_FOCUS = re.compile(
    r",?\s+with\s+(?:an?\s+)?(?:specialization|specialisation|concentration|minor|focus|emphasis|major)\s+(?:in|on)\s+\S.*$",
    re.IGNORECASE,
)


def without_honours(item: dict[str, Any], entry: RawEntry) -> None:
    """The honours a degree or its field ends with are no part of it: they are kept with the entry's lines; so is a
    specialisation written after the field."""
    if (m := _WITH_FOCUS.search(str(item.get("area", "")))) and m.start() > 0:
        item["area"], focus = item["area"][: m.start()].strip(), m.group().strip(" ,")
        entry.paragraphs.append(focus)
    if "studyType" in item and _HONOURS.fullmatch(str(item.get("area", "")).strip(" .")):
        entry.paragraphs.append(item.pop("area"))  # "B.S. Computer Science, …, 2008 - Magna Cum Laude"
    if m := _HONOURS_IN.match(str(item.get("area", ""))):  # "BA, Cornell University, cum laude in mathematics"
        item["area"] = item["area"][m.end() :]
        entry.paragraphs.append(m.group("honours"))
    for key in ("area", "studyType"):
        value = str(item.get(key, ""))
        m = _HONOURS_AFTER.search(value)
        if m and m.start() > 0:
            item[key] = value[: m.start()].strip()
            entry.paragraphs.append(m.group("honours"))


#: honours before the field they were earned in ("cum laude in mathematics")
_HONOURS_IN = re.compile(r"(?P<honours>" + _HONOURS.pattern + r")\s+in\s+(?=\S)", re.IGNORECASE)
#: a state written after the degree ("BA Computer Science (CS) Expected"): no part of its name
_STATE_AFTER = re.compile(rf"(?i)\s+\(?(?:{STATUS_WORDS})\)?$")
#: a state or an exchange in brackets, inside the degree or after it ("Master's (interrupted) Transportation
#: Engineering", "Computer Engineering (Erasmus)", "магистр информатики (академический обмен)")
_NOTE_BRACKETED = re.compile(
    rf"(?i)\s*\((?:{STATUS_WORDS}|interrupted|unfinished|non-?\s?completed|uncompleted|abgebrochen|erasmus|"
    r"did(?:n['’]t| not) (?:graduate|finish|complete)|drop(?:ped)?[ -]?out|"
    r"exchange|study abroad|semester abroad|"
    r"auslandssemester|échange|intercambio|intercâmbio|академический обмен|обмен|не окончен\w*)\b[^()]{0,30}\)"
)
#: a state written before the degree ("Pursuing B.Tech", "Graduated as M.Sc. Digital Media"): no part of its name
_STATE_BEFORE = re.compile(
    r"(?i)^(?:currently\s+)?(?:pursuing|studying|studied|completed|graduated(?:\s+(?:as|with))?|obtained|earned|awarded)"
    r"\s+(?:an?\s+|the\s+)?"
)


def without_state(item: dict[str, Any], entry: RawEntry) -> None:
    for key in ("area", "studyType"):
        if (note := _NOTE_BRACKETED.search(str(item.get(key, "")))) and note.start() > 0:
            item[key] = " ".join(f"{item[key][: note.start()]} {item[key][note.end() :]}".split())
            entry.paragraphs.append(note.group().strip())
        if (after := _STATE_AFTER.search(str(item.get(key, "")))) and after.start() > 0:
            item[key] = item[key][: after.start()]
            entry.paragraphs.append(after.group().strip())
    study = str(item.get("studyType", ""))
    if (m := _STATE_BEFORE.match(study)) and degree_score(rest := study[m.end() :]) > 0:
        item["studyType"] = rest
        entry.paragraphs.append(m.group().strip())
    elif m and "area" not in item and rest[:1].isupper():  # "Studied Drawing and Design": the field, no degree
        item["area"] = rest
        del item["studyType"]
        entry.paragraphs.append(m.group().strip())


#: a qualification's level in a framework (Europass writes "ISCED 7" or "EQF level 6" beside the degree)
_LEVEL_CODE = re.compile(r"(?i)(?:ISCED|EQF|NQF|CITE)(?:\s+level)?\s*\d{1,2}")
_GRADE_VALUE = re.compile(rf"{NUMBER}(?:{OUT_OF})?")  # "3.9", "9.2/10"
_BARE_GRADE = re.compile(rf"{NUMBER}{OUT_OF}")  # "9.2/10" alone: a grade out of a scale
_GRADE_BEFORE = re.compile(rf"{NUMBER}(?:{OUT_OF})?\s*(?:C?GPA|grade|average)", re.IGNORECASE)  # "3.7 GPA"
_GRADE_AFTER = re.compile(rf"(?P<head>.*\S)\s+(?:{_GRADE_WORDS})$", re.IGNORECASE)
#: the grade written before its name, after the degree ("BA in Computer Science, 3.61 GPA")
_GRADE_FIRST = re.compile(rf"\s*[;,]\s*(?={NUMBER}(?:{OUT_OF})?\s*C?GPA\b)")


def _grade_part(parts: list[str], i: int) -> re.Match[str] | None:
    """Part ``i`` as a grade; "Grade 12" alone is a school year, after a degree ("MSc Economics, …, Grade 12") its
    grade."""
    part = parts[i].strip()
    if _SCHOOL_YEAR.fullmatch(part) and not any(degree_score(p) > 0 for p in parts[:i]):
        return None
    return _GRADE_PART.fullmatch(part)


def grade_parts(entry: RawEntry) -> None:
    """ "University of Colombia | GPA: 3.9 of 4.0": the grade is the entry's score, no part of its title (it was
    taken for the degree)."""
    parts = entry.parts
    for i, part in enumerate(parts):
        if _BARE_GRADE.fullmatch(part.strip()) or _GRADE_BEFORE.fullmatch(part.strip()):  # "(9.2/10)", "3.7 GPA"
            grade = parts.pop(i).strip()
            entry.labelled.setdefault("gpa", m.group() if (m := _GRADE_VALUE.match(grade)) else grade)
            if len(entry.part_lines) > i:
                del entry.part_lines[i]
            return
        if _LEVEL_CODE.fullmatch(part.strip()):  # Europass's "ISCED 7": the degree's level, a note
            entry.paragraphs.append(parts.pop(i))
            if len(entry.part_lines) > i:
                del entry.part_lines[i]
            return
        m = _grade_part(parts, i)
        tail = _GRADE_AFTER.match(part.strip())
        if tail and i + 1 < len(parts) and parts[i + 1][:1].isdigit():  # "Bennett University CGPA: 8"
            entry.labelled.setdefault("gpa", parts[i + 1])
            parts[i : i + 2] = [tail.group("head")]
            if len(entry.part_lines) > i + 1:
                del entry.part_lines[i + 1]
            return
        if m and m.group("value"):
            value, cut = m.group("value"), 1
        elif m and i + 1 < len(parts) and parts[i + 1][:1].isdigit():
            value, cut = parts[i + 1], 2
        else:
            continue
        entry.labelled.setdefault("gpa", value)
        if i + cut < len(parts) and _HONOURS.fullmatch(parts[i + cut].strip()):  # "GPA: 3.9, Summa Cum Laude"
            entry.paragraphs.append(parts[i + cut])
            cut += 1
        del parts[i : i + cut]
        if len(entry.part_lines) >= i + cut:
            del entry.part_lines[i : i + cut]
        return


#: a grade alone, with its scale or its decimals ("GPA: 3.8/4.0", "Note : 1,3"; not "Grade 12", a school year)
_GRADE_ALONE = re.compile(rf"(?i)(?:{_GRADE_WORDS})\b[^\d]{{0,16}}?[:：]?\s*(?P<value>{SCORED})")
_LOOSE_END = re.compile(r"(?:\s+[/|–—-]|\s*[,;])+$")
_QUOTE_MARKS = '"„“”«»'


def without_grades(item: dict[str, Any]) -> None:
    for key in ("area", "institution", "studyType"):  # "Mechanical Engineering“": the other mark was set apart
        value = str(item.get(key, ""))
        if value[-1:] in _QUOTE_MARKS and sum(value.count(q) for q in _QUOTE_MARKS) == 1:
            item[key] = value = value[:-1].rstrip()
        if loose := _LOOSE_END.search(value):  # "Information Technology /": the separator led to a part read apart
            item[key] = value[: loose.start()]
    # "Computer Science; GPA: 4.00", "Bachelor GPA 4.0": the grade is not the field, the degree or the school
    for key in ("area", "institution", "studyType"):
        if key in item and (grade := _GRADE_TAIL.search(item[key])) and grade.start() > 0:
            if said := _GRADE_VALUE.search(item[key], grade.end()):
                item.setdefault("score", said.group())
            item[key] = item[key][: grade.start()]
    for key in ("studyType", "area"):  # "GPA (unweighted): 3.96" alone on the line under the school: the score
        if key in item and (m := _GRADE_ALONE.fullmatch(item[key])):
            item.setdefault("score", m.group("value"))
            del item[key]
    for key in ("studyType", "area", "institution"):  # "Msc Statistics (1.6)", "Stanford University (3.9)"
        if key in item and (m := _DEGREE_NOTE.match(item[key])):
            item[key] = m.group("head")
            if m.group("note")[:1].isdigit():
                item.setdefault("score", m.group("note"))
    _degree_over_its_field(item)


#: the word that joins a degree to its field, left at the end of a degree line that wrapped before the field
#: ("Diploma with Merit in" / "Information Technology")
_JOINED_END = re.compile(r"\s+(?:in|of|en|em)$", re.IGNORECASE)


def honours_not_field(item: dict[str, Any]) -> None:
    """Honours read as the field of study ("B.S Computer Science" over "Cum Laude") are none: they stay with the
    courses."""
    if "area" in item and _HONOURS.fullmatch(str(item["area"]).strip()):
        honours, courses = item.pop("area"), item.setdefault("courses", [])
        if honours not in courses:
            courses.append(honours)


#: a label or the honours after the degree and a comma, its field read apart ("Bachelor of Science, Honours" over
#: "Computer Science"; "Bachelor of Science, Major")
_LABEL_AFTER = re.compile(r",\s*(?P<label>honou?rs|hons\.?|major)$", re.IGNORECASE)


def _degree_over_its_field(item: dict[str, Any]) -> None:
    """The degree without the word that joined it to its field, read apart, nor the honours before that word, nor a
    label after a comma; honours read as the field ("Cum Laude") are none. The honours stay with the courses."""
    honours_not_field(item)
    study = str(item.get("studyType", ""))
    if "area" in item and (label := _LABEL_AFTER.search(study)) and label.start() > 0:
        if label["label"].lower() != "major":
            item.setdefault("courses", []).append(label["label"])
        item["studyType"] = study = study[: label.start()]
    if "area" not in item or not (joined := _JOINED_END.search(study)) or joined.start() == 0:
        return
    study = study[: joined.start()]
    if (honours := HONOURS_TAIL.search(study)) and honours.start() > 0:
        item.setdefault("courses", []).append(honours.group().strip())
        study = study[: honours.start()]
    item["studyType"] = study


def field_for_degree(item: dict[str, Any], entry: RawEntry) -> None:
    """A field of study read as the degree, no degree word in it ("INSA de Toulouse, Informatique et Réseaux"): the
    field; a specialisation read as its field goes with the entry's lines."""
    study = str(item.get("studyType", ""))
    if (
        len(study.split()) < 2  # one word may name the degree: "Engineering" beside "UPC"
        or degree_score(study) > 0
        or field_score(study) <= 0
        or position_score(study) > 0
        or _LEVEL.search(study)  # "Secondary education": a level of schooling, the degree
        # two subjects joined ("Informatique et Réseaux"): a field's name; "HSC Science", "Honours Mathematics",
        # "Ingeniería Informática" name their degree
        or not _JOINED.search(study)
    ):
        return
    area = str(item.get("area", ""))
    if area and not _SPECIALITY.match(area):
        return
    if area:
        entry.paragraphs.append(area)
    item["area"] = item.pop("studyType")


_JOINED = re.compile(r"\s(?:and|&|et|und|y|e|i|en|og|och)\s")
_LEVEL = re.compile(r"(?i)\b(?:primary|secondary|elementary|higher|vocational|general)\b")
#: a specialisation written after the field ("spécialité Systèmes Distribués", "specialization in …")
_SPECIALITY = re.compile(r"(?i)(?:spécialité|specialit[yé]|speciali[sz]ation|option|parcours|schwerpunkt)\b")


def degree_in_first_bullet(item: dict[str, Any], entry: RawEntry) -> None:
    """A school with no degree over a list whose first item opens with one ("University of Amsterdam" / "• MSc
    Theoretical Physics."; "• BSc Physics and Astronomy. Graduated with honours …"): that sentence is the degree."""
    if "studyType" in item or "area" in item or not entry.bullets or find_dates(entry.bullets[0]):
        return
    if sum(1 for b in entry.bullets if b.split() and degree_score(b.split()[0]) > 0) > 1:
        return  # a list of degrees, each read as its own (``degrees_listed``)
    first = entry.bullets[0]
    sentence, stop, rest = first.partition(". ")
    sentence = sentence.strip().removesuffix(".") if stop else first.strip().removesuffix(".")
    words = sentence.split()
    if not 1 <= len(words) <= 8 or degree_score(words[0]) <= 0 or not words[0][:1].isupper() or _TAKEN.search(sentence):
        return  # "Master courses in Robotics": courses taken, no degree
    item["studyType"] = sentence
    if stop and rest.strip():
        entry.bullets[0] = rest.strip()
    else:
        entry.bullets.pop(0)


_TAKEN = re.compile(r"(?i)\b(?:courses?|coursework|classes|modules?|student|exchange|visiting|audit(?:ed)?)\b")


def without_marks(item: dict[str, Any], entry: RawEntry) -> None:
    """What the school, the degree and the field carry that is no part of them, kept with the entry's lines."""
    without_grades(item)
    without_honours(item, entry)
    without_state(item, entry)
    degree_in_brackets(item)
    _minor_in_brackets(item, entry)
    _board_in_brackets(item, entry)
    without_stop(item)
    without_bare_numbers(item, entry, ("studyType", "area"))


#: a minor in brackets after the field or the degree ("Computer Engineering (Minor in Economics)")
_BRACKETED_MINOR = re.compile(
    r"\s*\((?P<minor>(?:minors?|nebenfach|mineure|menor)\b[^()]*)\)$"
    # or after a comma or a bar, named as one ("Computer Science, Minor in Web Programming and Applications")
    r"|\s*[,;|]\s*(?P<named>(?:minors?|mineure|menor)\s+(?:in|en|em)\s.*)$",
    re.IGNORECASE,
)


#: the school board that awards the degree, by its initials in brackets after it ("Higher Secondary
#: (CBSE)"): no part of the degree's name (a university's, "B.Tech (VTU)", and a certificate's own, "(HSC)", are kept)
_AWARDED_BY = re.compile(r"\s*\((?P<by>CBSE|ICSE|ISC|IGCSE)\)$")


def _minor_in_brackets(item: dict[str, Any], entry: RawEntry) -> None:
    """A minor in brackets, or after a comma, is a second subject, no part of the field (or the degree): kept with
    the entry's lines."""
    _tail_to_lines(item, entry, _BRACKETED_MINOR, "minor", "named")


def _board_in_brackets(item: dict[str, Any], entry: RawEntry) -> None:
    """The board that awards the degree, in brackets after it, is no part of its name: kept with the entry's
    lines."""
    _tail_to_lines(item, entry, _AWARDED_BY, "by")


def _tail_to_lines(item: dict[str, Any], entry: RawEntry, tail: re.Pattern[str], *groups: str) -> None:
    """The field and the degree without the ``tail`` written after them, which goes with the entry's lines (its
    first group that matched)."""
    for key in ("area", "studyType"):
        value = item.get(key)
        if isinstance(value, str) and (m := tail.search(value)) and m.start() > 0:
            item[key] = value[: m.start()]
            entry.paragraphs.append(next(m[g] for g in groups if m[g]))

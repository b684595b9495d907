"""An entry title cut into its parts, and the place it names.

"Staff Engineer, Confluent", "Fullstack Engineer (University of Bremen)", "東京工業大学・学士" are two parts each;
"Acme, Inc." and "University of California, Los Angeles" stay whole. A place written in a title line ("San
Francisco, CA", "Remote / New York, New York", "東京都千代田区") is the entry's location, not one of its parts.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .places import LOCATION, STATUS_WORDS
from .roles import any_role, degree_score, institution_score, job_score, position_score, role_word

_SEPARATORS = re.compile(
    r"(?:\s+|(?<=[)）]))(?:\||—|–|--?|·|•)\s+|,\s+|;\s+|(?<=[a-z]),(?=[A-Z][a-z])|\s*[|｜]\s*|[，،]\s*|(?<=[^\W\d_]):\s+|\s+:\s+|\s*・\s*"
)
#: a dash or bar set apart by spaces: it parts a title (or a name from its job title) more strongly than a comma
STRONG_SEPARATOR = re.compile(r"\s+[–—|]\s+")
#: "at" in the languages a title says it in ("Engineer at Acme", "Entwickler bei Acme")
AT_WORDS = "at|bei|chez|presso|bij"
_AT = re.compile(
    rf"\s+(?:(?:@|{AT_WORDS}|в(?!\s+области\b))\s+(?:(?:de|het|der|dem)\s+(?=[A-Z]))?|@(?=[^\W\d_]))"
)  # "Data Analyst @BetaSoft"
#: ("bij de Hogeschool Utrecht", "bei der Deutschen Bank": the article goes with "at")
#: what a title says after "at" that is no employer ("Attorney at Law", "Director at Large", "Data at Scale")
_AT_PHRASE = re.compile(r"(?i)(?:law|large|heart|scale|home|night|sea|will)\b")
#: a company's legal form
_LEGAL_FORMS = (
    r"inc\.?|llc|ltd\.?|gmbh|ag|corp\.?|co\.?|plc|s\.?a\.?|b\.?v\.?|n\.?v\.?|l\.?p\.?|llp|"
    r"pty\.? ltd\.?|s\.r\.l\.?|ltda\.?|eireli|s\.?a\.?s\.?|sarl|s\.?l\.?|s\.?p\.?a\.?|k\.?k\.?|"
    r"c\.v\.|s\.?a\.? de c\.?v\.?|s\.? de r\.?l\.?|"  # Mexico's "S.A. de C.V.", "S. de R.L."
    r"a\.s\.?|s\.r\.o\.?|spol\. s r\.o\.?|k\.s\.?|v\.o\.s\.?|"  # Czech and Slovak: "SHERLOG Technology, a.s."
    r"a\.ş\.?|şti\.?|kft\.?|zrt\.?|nyrt\.?|d\.o\.o\.?"  # Turkish "Teknoloji A.Ş.", Hungarian, South Slavic
)
LEGAL = re.compile(rf"^(?:{_LEGAL_FORMS})$", re.IGNORECASE)

_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,5}")


def _all_role_words(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in ("&", "and", "of", "-")]
    return 0 < len(words) <= 4 and all(role_word(w) for w in words)


#: an employer's former or later name after its own ("ex-Altran", "formerly NewVoiceMedia", "now part of Meta")
_FORMER_NAME = re.compile(r"(?i)^(?:ex-\s?|formerly\s|previously\s|now\s(?:part of\s)?|anciennement\s|ehemals\s)\S")


def _one_name(left: str, right: str) -> bool:
    """A comma inside one name rather than between two parts of a title.

    "R.O.K Cyber Command, MND" (an acronym after a name that is no job title) and "University of California,
    Los Angeles" (up to three capitalised words after an institution, naming no field, degree or role) are one
    name; "Engineer, IBM", "BSCS, Cornell University" and "Princeton University, Computer Science" are two parts.
    """
    # "Sogeti, ex-Altran", "Vonage, formerly NewVoiceMedia": the employer's other name, its own; "Faculty of Fake
    # Studies, Fake University", "University Name, College of Engineering": one school's
    if (_FORMER_NAME.match(right) and job_score(left) <= 0) or (
        institution_score(left) > 0 and institution_score(right) > 0 and not degree_score(right) > 0
    ):
        return True
    if _all_role_words(left) and _all_role_words(right):
        return True  # "Co-Founder, CTO", "CEO, President": one person's roles ("NVIDIA Research" names a lab)
    words = right.split()
    if _subjects_listed(left, right, words):
        return True
    if any_role(right):
        return False
    if _ACRONYM.fullmatch(right):
        return position_score(left) <= 0
    # "Facultad de Ciencias Exactas, Físicas y Naturales": the faculty's subjects listed, "y" between the last two
    return (
        institution_score(left) > 0
        and len(words) <= 3
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _LIST_GLUE for w in words)
    )


def _subjects_listed(left: str, right: str, words: list[str]) -> bool:
    """The unit's or the school's subjects listed on after the comma, a glue word before the last: "Department of
    Earth, Ocean and Atmospheric Sciences", "Facultad de Ciencias Exactas, Ingeniería y Agrimensura" (no job, firm,
    school or degree among them), "Instituto Federal de Educação, Ciência e Tecnologia de Pernambuco" (field words
    among them: no field of a degree)."""
    if not (len(words) >= 2 and any(w in _LIST_GLUE for w in words[1:-1])):
        return False
    if position_score(right) > 0 or degree_score(right) > 0:
        return False
    if _UNIT_OF.search(left) is not None and len(words) <= 5:
        return all(w[:1].isupper() or w in _LIST_GLUE for w in words) and institution_score(right) <= 0
    return (
        institution_score(left) > 0
        and _OF_WORD_END.search(left) is not None
        and len(words) <= 7
        and all(w[:1].isupper() or w in _LIST_GLUE or w in _NAME_OF for w in words)
    )


_LIST_GLUE = frozenset({"y", "e", "i", "and", "und", "et", "&"})
_NAME_OF = frozenset({"of", "de", "do", "da", "des", "del", "di", "du", "für"})
#: a name that ends in "of" and a word ("Instituto Federal de Educação")
_OF_WORD_END = re.compile(r"(?i)\b(?:of|de|do|da|des|del|di|du|für)\s+\S+$")
#: a unit named by its subjects ("Department of Earth, Ocean and …")
_UNIT_OF = re.compile(
    r"(?i)\b(?:department|dept\.?|faculty|division|departamento|facultad|faculté|fakultät)\s+(?:of|de|des|für|di|do|da)\b"
)


_BRACKETED = re.compile(r"(?P<head>[^()（）]*\S)(?:\s+\(|\s*（)(?P<inner>[^()（）]+)[)）]")


def _bracketed(text: str) -> list[str] | None:
    """ "Internship (SAP, Walldorf)" → the role, then the bracket's parts; "Research Assistant - Tutor (University
    of Freiburg)" → the roles whole, then the employer. ``None`` when the brackets say nothing of the kind."""
    m = _BRACKETED.fullmatch(text.strip())
    if not m or find_dates(m.group("inner")):
        return None
    if LOCATION.match(m.group("inner").strip()):  # "Engineer (Berlin, Germany)": the place, whole
        return [*split_title(m.group("head")), m.group("inner").strip()] if "," in m.group("inner") else None
    head, inner = split_title(m.group("head")), split_title(m.group("inner"))
    if len(inner) >= 2 and len(head) == 1:
        return head + inner
    if len(head) == 1 and len(inner) == 1 and position_score(inner[0]) > 0 >= position_score(head[0]):
        return [head[0], inner[0]]  # "百度飞桨框架开发（线上实习）", "Acme Corp (Intern)": the employer, then the role
    if len(head) >= 2 and len(m.group("inner").split()) >= 2 and all(position_score(p) > 0 for p in head):
        return [m.group("head").strip(), *inner]
    return None


# Chinese and Japanese write no spaces between words (Korean does): a space between two of their characters parts
_CJK_GAP = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff）)]) (?=[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff（(])"
)


def _early_parts(text: str) -> list[str] | None:
    """Titles parted before any comma: Chinese or Japanese words parted by a space, and a job holding a comma
    parted from its employer by a dash, or from its employer's web address by a slash."""
    if " / " in text and (slashed := _slashed(text)):
        return slashed
    if " " in text and not text.isascii() and _CJK_GAP.search(text) and not _SEPARATORS.search(text):
        # "字节跳动科技有限公司 后端开发实习生": the space parts the title
        return [p for p in _CJK_GAP.split(text) if p.strip()]
    halves = STRONG_SEPARATOR.split(text)
    if (
        len(halves) != 2
        or not all(halves)
        or ("," in halves[0]) == ("," in halves[1])
        or position_score(halves[0]) <= 0
    ):
        return None
    job, employer = halves
    if "," in job:
        # "Clinical Nurse Specialist, Respiratory – St Brendan's": the dash parts the job from the employer, the
        # comma is inside the job's title
        return [job.strip(), *split_title(employer)]
    unit, _, parent = employer.rpartition(",")
    if not LOCATION.match(parent.strip()) and institution_score(unit.split(",")[0]) + institution_score(parent) > 0:
        # "Research Fellow – Population Health Sciences, University of Bristol": the department and its university
        return [job.strip(), employer.strip()]
    return None


#: a job and its employer's web address parted by a spaced slash, either way round
_SLASHED_DOMAIN = re.compile(
    r"(?P<head>[^/]+?)\s+/\s+(?P<tail>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})"
    r"|(?P<tail2>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\s+/\s+(?P<head2>[^/]+)",
    re.IGNORECASE,
)


def _slashed(text: str) -> list[str] | None:
    """Parts a spaced slash parts: a job and its employer's web address ("Web Developer / something.com",
    "w3schools.com / Front End Developer"), or three parts or more ("Chief Cartographer / Whizzlewick Data /
    Moonbeam, Cloudland")."""
    if m := _SLASHED_DOMAIN.fullmatch(text.strip()):
        return [m.group("head") or m.group("tail2"), m.group("tail") or m.group("head2")]
    if text.count(" / ") >= 2:
        pieces = [piece.strip() for piece in text.split(" / ") if piece.strip()]
        # "Delivery Driver / Pizza Cook / Cashier": roles held at once are one position as printed
        return [text.strip()] if all(job_score(p) > 0 for p in pieces) else pieces
    return None


#: a full stop that ends a word of three letters or more, before a capital: no abbreviation's ("B.Sc. Physics")
#: a full stop that ends a sentence, not a title's abbreviation ("Escuela Politécnica Ing. Jorge Matute Remus")
_STOP = re.compile(
    r"(?<=[^\W\d_]{3})(?<!\bIng)(?<!\bLic)(?<!\bArq)(?<!\bProf)(?<!\bUniv)(?<!\bInst)(?<!\bDept)(?<!\bGral)"
    r"(?<!\bMgr)(?<!\bMtro)\.\s+(?=[^\W\d_])"
)


def _sentence_parts(text: str) -> list[str]:
    """A title written as sentences, its parts parted by full stops ("Université de Marne-la-Vallée. Diplôme
    d'Études Approfondies.", "Groupe ESIEE. Reconnaissance de phonèmes.", "Video Game Development tutor. Chalkle."):
    two parts where one of them names a school, a degree, a role or an employer and the other begins with a capital;
    else the text whole."""
    m = _STOP.search(text.rstrip("."))
    if m is None or not text[m.end()].isupper():
        return [text]
    left, right = text[: m.start()].strip(), text[m.end() :].strip().rstrip(".")
    named = (
        institution_score(left) > 0
        or degree_score(right) > 0
        or LEGAL.search(left) is not None
        # "Video Game Development tutor. Chalkle.", "Diploma in Art. The Learning Connection."
        # ("Bsc. Computer Science" is a degree's abbreviation and its field: one)
        or ((position_score(left) > 0 or degree_score(left) > 0) and len(left.split()) >= 2 and len(right.split()) <= 6)
        or (institution_score(right) > 0 and len(left.split()) <= 6)
    )
    if not (named and right and len(left.split()) <= 8):
        return [text]
    # "ESCUELA … GARAVITO. Estudios universitarios. Ingeniero Electrónico": each short sentence after is a part too
    rest = [p.strip() for p in _STOP.split(right)]
    if len(rest) > 1 and all(p[:1].isupper() and len(p.split()) <= 6 for p in rest):
        return [left, *rest]
    return [left, right]


def _roles_at(text: str, pieces: list[str]) -> list[str]:
    """ "Product designer, web developer at ManaSky": roles a comma lists before "at" are one position, the
    employer after it the other part (not three parts, the second role taken for the employer); so is a role and
    its team ("Software Engineer, Infrastructure at Google")."""
    if len(pieces) < 2 or not (at := _AT.search(pieces[-1])):
        return pieces
    roles = [*pieces[:-1], pieces[-1][: at.start()]]
    # "Senior Applied Scientist, Simulation at Cruise": a team or a speciality after the role names no employer
    if (
        position_score(roles[0]) <= 0
        or LOCATION.match(pieces[-1][at.end() :].strip())
        or not all(
            position_score(r) > 0 or (len(r.split()) <= 3 and job_score(r) >= 0 and institution_score(r) <= 0)
            for r in roles[1:]
        )
    ):
        return pieces
    end = text.rfind(pieces[-1])
    if end < 0:
        return pieces
    return [text[: end + at.start()].strip(), pieces[-1][at.end() :].strip()]


def split_title(text: str) -> list[str]:
    """ "Staff Engineer, Confluent" → two parts; "Acme, Inc." stays one."""
    if ("(" in text or "（" in text) and (bracketed := _bracketed(text)) is not None:
        return bracketed
    if (early := _early_parts(text)) is not None:
        return early
    pieces: list[str] = []
    position = 0
    after_comma = False
    for m in [*(m for m in _SEPARATORS.finditer(text) if not _inside_brackets(text, m.start())), None]:
        piece = text[position : m.start() if m else len(text)].strip()
        if piece and after_comma and pieces and _one_name(pieces[-1], piece):
            start = text.find(pieces[-1])
            stop = text.find(piece, start + len(pieces[-1])) + len(piece)  # "Vellore Institute, Vellore": after it
            pieces[-1] = text[start:stop] if start >= 0 and stop > start else pieces[-1]
        elif piece:
            pieces.append(piece)
        if m:
            after_comma = m.group().strip() == ","
            position = m.end()
    pieces = _roles_at(text, pieces)
    at_split: list[str] = []
    for piece in pieces:
        # a title set in capitals writes its "at" so too ("SOFTWARE ENGINEER CHEZ NX_ACADEMY")
        at = _AT.search(piece.lower() if piece.isupper() and len(piece.lower()) == len(piece) else piece)
        if (
            at
            and not _AT_PHRASE.match(piece[at.end() :])  # "Attorney at Law", "Member at Large": one title
            and (
                "@" in at.group()  # "Datenanalyst @BetaSoft Technologies": the sign alone says "at"
                or position_score(piece[: at.start()]) > 0
                or degree_score(piece[: at.start()]) > 0
            )
        ):
            at_split.extend(p for p in (piece[: at.start()].strip(), piece[at.end() :].strip()) if p)
        else:
            at_split.append(piece)
    pieces = [
        p
        for i, piece in enumerate(at_split)
        for p in _paren_split(piece, after_degree=i > 0 and degree_score(at_split[i - 1]) > 0)
        for p in degree_then_school(p)
    ]
    merged: list[str] = []
    for piece in pieces:
        if merged and (LEGAL.match(piece) or _named_for(merged[-1], piece, text) or _PREFIX_END.search(merged[-1])):
            start = text.find(merged[-1])
            stop = text.find(piece, start + len(merged[-1])) + len(piece)
            merged[-1] = text[start:stop] if start >= 0 and stop > start else merged[-1]
        else:
            merged.append(piece)
    parts = _sentence_parts(merged[0]) if len(merged) == 1 else merged
    return [m.rstrip(" /") for m in parts if m.rstrip(" /")]  # "University of Oklahoma /": the slash led to a place


#: a prefix a spaced dash cut from its word ("St. Joseph’s Pre – University College"): one name
_PREFIX_END = re.compile(r"(?i)\b(?:pre|post|non|inter|multi|co|semi|sub)$")


def _named_for(school: str, piece: str, text: str) -> bool:
    """``piece``, after a spaced dash, is the person a school is named for ("Université Toulouse III - Paul
    Sabatier"): two or three capitalised words that name no place, field, degree, role or school."""
    words = piece.split()
    return (
        any(f"{school} {dash} {piece}" in text for dash in "-–—")
        and institution_score(school) > 0
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not LOCATION.match(piece)
        and not any_role(piece)
        and not _AWARDED.search(piece)  # "University of Washington — Full Stack Certification": what it gave
    )


#: what a school gives, not whom it is named for
_AWARDED = re.compile(r"(?i)\b(?:certificat\w*|diploma|degree|program(?:me)?|course|bootcamp|training)\b")


_SCHOOL_START = re.compile(
    r"\s(?=(?:University|College|Institute|School|Academy|Universit[äéà]t?|Universidad|Universidade|Politecnico|"
    r"[ÉE]cole|Hochschule|Technische Universität)(?:\s+[A-ZÉ][\w-]+)?\s+(?:of|de|di|für|for|du|des|della|do|da|at)\s)"
)


def degree_then_school(piece: str) -> list[str]:
    """ "Bachelor of Science in Computer Science University of Illinois, Urbana-Champaign": a degree run into the
    school's name, which starts with its head word ("University of", "Institute of", "Universidade Federal do"):
    two parts."""
    m = _SCHOOL_START.search(piece)
    if not m or degree_score(head := piece[: m.start()]) <= 0 or institution_score(head) > 0:
        return [piece]
    return [head.strip(), piece[m.end() :].strip()]


def _inside_brackets(text: str, at: int) -> bool:
    """A separator at ``at`` stands inside an open bracket ("DataViz Pro (Lyon, 40 salariés)"): no part ends there."""
    before = text[:at]
    # full-width brackets too: "晨星资讯（Morningstar, Inc.）"
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


_PAREN_TAIL = re.compile(r"^(?P<head>.*\S)\s+\((?P<inner>[^()]+)\)?$")  # the ")" may be cut off with a date


NOTE_ON_JOB = re.compile(
    r"(?i)^(?:advised|mentored|supervised|managed|led|hosted|sponsored|funded|reporting|betreut|encadré)\b|"
    r"^(?:under|with|for|to|w/|via|through|unter|sous|bajo)\s"
)


_STATUS_OR_HONOURS = re.compile(
    r"(?i)^(?:" + STATUS_WORDS + r"|graduated|honou?rs|hons\.?|with .*|.*cum laude|.*distinction.*"
    r"|first[- ]class.*|gpa\b.*|grade\b.*|note\b.*)$"
)
_FOCUS_OF_DEGREE = re.compile(
    r"(?i)^(?:double major|dual degree|joint honou?rs|(?:academic |student )?exchange|erasmus|академический обмен|"
    r"обмен|austausch|auslandssemester|échange|intercambio|intercâmbio|scambio|"
    # how the studies were held: with work terms, part-time, by apprenticeship ("Génie informatique (programme coop)")
    r"(?:programme |program )?co-?op(?: program(?:me)?)?|alternance|apprentissage|apprenticeship|sandwich|"
    r"part[- ]time|full[- ]time|dual(?:es studium)?|berufsbegleitend)$"
)
#: a degree and its field joined by "in" ("M.A. in Musicology"): what follows in brackets is no field of its own
_DEGREE_IN_FIELD = re.compile(r"^(?P<degree>.+?)\s+(?:in|en|em)\s+\S")


def _field_in_brackets(inner: str) -> bool:
    """A field or focus in brackets after a degree ("Performance Practice", "Node.js"): not its school, a job, a
    state or honours."""
    return (
        institution_score(inner) <= 0
        and job_score(inner) <= 0
        and degree_score(inner) <= 0
        and not _STATUS_OR_HONOURS.match(inner.strip())
        and not any(ch.isdigit() for ch in inner)
    )


#: an employer's name before or after the one printed ("E-ID (now DearNova)", "Imtech (formerly PaC)")
_NAME_SINCE = re.compile(
    r"^(?:now|formerly|previously|acquired by|part of|jetzt|heute|vormals|ehemals|früher|anciennement|"
    r"aujourd'hui|désormais|ahora|actualmente|agora|hoje|voorheen)\s"
)


#: a name that ends with its legal form ("Human Quotient Pvt Ltd", "Acme GmbH")
_LEGAL_LAST = re.compile(rf"\s(?:pvt\.?\s+ltd\.?|{_LEGAL_FORMS})$", re.IGNORECASE)


def _paren_split(piece: str, after_degree: bool = False) -> list[str]:
    """ "Fullstack Engineer (University of Bremen)" → two parts; "Engineer (Contract)", "Acme (Remote)" stay one.

    A name of two words or more, or a host name, in brackets after a title is the title's other part; a focus in
    brackets after a degree's field ("Master of Science, Computer Science (Intelligent Systems)") is the field's.
    """
    m = _PAREN_TAIL.match(piece) if "(" in piece else None
    if not m or find_dates(m.group("inner")) or LOCATION.match(m.group("inner").strip()):
        return [piece]
    inner = m.group("inner").strip()
    head = m.group("head").strip()
    schoolish = institution_score(head) > 0 or any(len(w) >= 3 and w.isupper() for w in head.split())
    if schoolish and degree_score(inner) > 0 >= degree_score(head) and len(inner.split()) <= 3:
        return [head, inner]  # "FEL ČVUT (Bc.)", "Gymnázium Arabská (Maturita)": the school, then its degree
    if "," in inner and LOCATION.match(place := inner.split(",", 1)[0].strip()):
        return [m.group("head").strip(), place]  # "DataViz Pro (Lyon, 40 salariés)": the employer, then its place
    joined = _DEGREE_IN_FIELD.match(m.group("head"))
    of_degree = after_degree or (joined is not None and degree_score(joined["degree"]) > 0)
    if (
        inner.replace(".", "").replace(",", "").isdigit()  # "Msc Statistics (1.6)": a grade, no host name
        or NOTE_ON_JOB.match(inner)  # "Research Assistant (Advised by Prof. Ng)": a note on the job, no employer
        or _NAME_SINCE.match(inner)  # "E-ID (now DearNova)": the employer's other name, part of its own
        # "M.A. in Musicology (Performance Practice)": the field's focus, part of the degree
        or _FOCUS_OF_DEGREE.match(inner)
        or (of_degree and _field_in_brackets(inner))
        # "Qoneqt (Human Quotient Pvt Ltd)": a one-word brand and its registered name, one employer (not "Engineer
        # (Acme GmbH)" or "Ingeniero de Software (Globant S.A.)": a role and its employer)
        or (_LEGAL_LAST.search(inner) and len(head.split()) == 1 and position_score(head) <= 0 and not any_role(head))
    ):
        return [piece]
    if len(inner.split()) >= 2 or ("." in inner.strip(".") and " " not in inner):
        return [m.group("head").strip(), inner]
    return [piece]

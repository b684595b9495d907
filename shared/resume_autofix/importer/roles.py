"""Which part of an entry's title is the employer and which the job (or the school and the degree).

Word lists in the analysis languages score each part; when the words do not decide, the document's own habit
decides (most resumes write every entry the same way round), learnt from the entries where they did.
"""

from __future__ import annotations

import itertools
import re

from .role_words import COMPANY, COMPOUND_HEADS, DEGREE, FIELD, INSTITUTION, POSITION

_WORD = re.compile(r"[^\s,()/|—–\"“”]+")  # 'Team leader—"The App"': a dash or a quote parts words too


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]  # "Bachelor’s" as "Bachelor's"


_JOB_PREFIX = re.compile(r"(?:co|vice|sub|deputy|acting|interim)-")


def _undotted(word: str) -> str:
    """ "M.B.A.", "B.B.A": an abbreviation dotted letter by letter is the word without its dots ("mba")."""
    return word.replace(".", "") if word.count(".") >= 2 and len(word) <= 8 else ""


def _score(text: str, vocab: frozenset[str]) -> int:
    words = _words(text)
    hits = sum(1 for w in words if w in vocab or w.rstrip(".") in vocab or _undotted(w) in vocab)
    if not hits and vocab is POSITION:  # "Co-Director", "Vice-President": the job after its prefix
        hits = sum(1 for w in words if (m := _JOB_PREFIX.match(w)) and w[m.end() :] in vocab)
    if not hits and ". " in text:  # "M. Eng.", "B. Sc.": an abbreviation spaced out is the word it spells
        hits = sum(
            1
            for a, b in itertools.pairwise(words)
            if a.endswith(".") and b.endswith(".") and len(a) <= 3 and len(b) <= 5 and (a + b).rstrip(".") in vocab
        )
    if not hits and vocab is POSITION:  # "Softwareentwickler", "Projektleiter": a compound ends in its head
        hits = sum(1 for w in words if _compound_job(w))
    if not hits and vocab is INSTITUTION:  # "Kantonsschule", "Berufsfachschule": a German school's compound
        hits = sum(1 for w in words if len(w) >= 9 and w.endswith(("schule", "gymnasium", "akademie", "kolleg")))
    if not hits and vocab is FIELD:  # "Geowissenschaften", "Wirtschaftsinformatik": a German field's compound
        hits = sum(1 for w in words if len(w) >= 10 and w.endswith(("wissenschaft", "wissenschaften", "informatik")))
    # CJK titles have no spaces: look for the vocabulary inside the text
    if not hits and not text.isascii():
        hits = sum(1 for v in vocab if not v.isascii() and v in text)
    return hits


def _compound_job(word: str) -> bool:
    """A word that several languages glue from parts ends in a job word ("Softwareentwickler", "IT-Berater")."""
    return len(word) >= 8 and any(word[-n:] in COMPOUND_HEADS for n in range(5, len(word) - 2))


def position_score(text: str) -> int:
    """Job words count for, company words twice against; the head word decides a tie, as the head of an English
    noun phrase does: the last word ("Software Engineer" is a job, "Acme Software" a company), or the last before a
    preposition ("Researcher with the Bionics Lab")."""
    score = _score(text, POSITION) - 2 * _score(text, COMPANY)
    if score == 0 and (words := _words(text)):
        head = _head(words)
        score = (head in POSITION and head not in COMPANY) - (head in COMPANY and head not in POSITION)
    return score


#: a grade written after a job's title ("Software Engineer II", "Engineer 3", "DevOps Engineer, L5"): not its head
_GRADE_WORD = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|\d{1,2}|l\d{1,2}|jr|sr)\.?$")


def _head(words: list[str]) -> str:
    """The noun phrase's head: its last word, past a grade after it; before a preposition, the word before it
    ("Researcher with the Bionics Lab", "Bank of America")."""
    if (at := next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), None)) is not None:
        words = words[:at]
    while len(words) > 1 and _GRADE_WORD.match(words[-1]):
        words = words[:-1]
    return words[-1].rstrip(".")


_PREPOSITIONS = frozenset({"with", "at", "for", "of", "in", "on", "from"})


def role_word(word: str) -> bool:
    """One word that names a job and no company ("CTO", "Co-Founder"; not "Research", not "Acme")."""
    w = word.lower().strip(".,;:()")
    return (w in POSITION and w not in COMPANY) or (not w.isascii() and position_score(w) > 0)


def job_score(text: str) -> int:
    """``position_score`` with the head noun weighing twice where the words disagree: "Social Media Lead" is a
    lead whatever "media" says, "Acme Software" stays a company. For choosing between a title's two parts."""
    jobs, companies, words = _score(text, POSITION), _score(text, COMPANY), _words(text)
    if not (jobs and companies and words):  # the words agree (or say nothing): as position_score says
        return position_score(text)
    head = _head(words)
    side = (head in POSITION and head not in COMPANY) - (head in COMPANY and head not in POSITION)
    if not side and not text.isascii():  # "委员会主席": a CJK noun's head is where the text ends, 主席 (chair)
        side = _ends_in(head, POSITION) - _ends_in(head, COMPANY)
    return jobs - 2 * companies + 2 * side


def _ends_in(text: str, vocab: frozenset[str]) -> int:
    return int(any(text.endswith(v) for v in vocab if not v.isascii()))


#: a school's leaving qualification named by the school ("High School Diploma", "Secondary School Certificate"): a
#: degree, though it holds a school's word
SCHOOL_DEGREE = re.compile(
    r"(?i)^\s*(?:(?:senior\s+|junior\s+)?(?:high|secondary)[\s-]*school|highschool)\s+"
    r"(?:diploma|degree|certificate|leaving\s+certificate)\s*$"
)


def institution_score(text: str) -> int:
    if SCHOOL_DEGREE.match(text):
        return -1
    return 2 * _score(text, INSTITUTION) - _score(text, DEGREE)


_SCHOOL_ACRONYM = re.compile(r"[A-Z]{2,6}")


def school_score(text: str) -> int:
    """How much a title part names a school: its words, or, when no word decides, an acronym that is no degree
    ("UPC", "EPFL", "UCL"; not "MBA", "BSc")."""
    score = institution_score(text)
    if score == 0 and _SCHOOL_ACRONYM.fullmatch(text.strip()) and degree_score(text) <= 0:
        return 1
    return score


def degree_score(text: str) -> int:
    if SCHOOL_DEGREE.match(text):
        return 1
    opens = 1 if _ENGINEERING_DEGREE.match(text) else 0  # "Ingeniería en Cibernética": the degree's own name
    return _score(text, DEGREE) + opens - 2 * _score(text, INSTITUTION)


#: a Spanish or Portuguese engineering degree, named by its discipline ("Ingeniería en Sistemas", "Engenharia de
#: Software"); the word inside a faculty's name ("Facultad de Ciencias Exactas, Ingeniería y …") is none
_ENGINEERING_DEGREE = re.compile(
    r"(?i)^\s*(?:ingenier[ií]a|engenharia|"
    # Brazil's and Spain's courses of study by their level ("Curso superior em Análise…", "Técnico Superior en …"):
    # a degree where they open the title ("Técnico de Soporte" alone is a job)
    r"curso\s+(?:superior|t[ée]cnico|completo)|t[ée]cnico\s+superior|tecn[óo]logo)\s+(?:en|de|da|do|em)\s"
)


def field_score(text: str) -> int:
    """Words of a field of study, or a science's name by its ending ("Epidemiology", "Biotechnology")."""
    return _score(text, FIELD) or (1 if _SCIENCE.search(text) else 0)


#: a science by its name's ending: "-ology" (not "apology", "anthology"), and astronomy, agronomy, taxonomy
_SCIENCE = re.compile(
    r"(?i)\b[^\W\d_]{2,}(?<!\bap)(?<!anth)olog(?:y|ie|ía|ia)\b|\b(?:astr|agr|tax)onom(?:y|ie|ía|ia)\b"
)


def any_role(text: str) -> bool:
    """Whether ``text`` carries words of a position, a company, an institution, a degree or a field of study."""
    return any(_score(text, v) for v in (POSITION, COMPANY, INSTITUTION, DEGREE, FIELD))


class Habit:
    """The document's own order of two title parts: votes from entries where the words decided."""

    def __init__(self) -> None:
        self.first = 0
        self.second = 0

    def vote(self, index: int) -> None:
        if index == 0:
            self.first += 1
        else:
            self.second += 1

    def decided(self) -> int | None:
        if self.first == self.second:
            return None
        return 0 if self.first > self.second else 1


def pick(parts: list[str], score: object, habit: Habit, default: int) -> int:
    """The index of the part that ``score`` says is the wanted role (ties: the document's habit, then default)."""
    scores = [score(p) for p in parts]  # type: ignore[operator]
    best = max(scores)
    if scores.count(best) == 1 and best > min(scores):
        index = scores.index(best)
        habit.vote(index if len(parts) == 2 else min(index, 1))
        return index
    decided = habit.decided()
    return min(decided if decided is not None else default, len(parts) - 1)

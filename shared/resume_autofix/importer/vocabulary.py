"""Which section a heading names: the heading's words folded and looked up in the vocabulary of every language the
analysis knows (``section_words``), whole, in its parts ("Skills & Interests"), glued ("WORKEXPERIENCE") or
found inside a longer line, and the phrases that name a section only when alone."""

from __future__ import annotations

import functools
import re
import unicodedata

from .lines import CJK
from .section_words import VOCABULARY

# a Persian zero-width non-joiner reads as a space, as normalise() reads it
PHRASES: dict[str, str] = {p.replace("\u200c", " "): key for key, words in VOCABULARY.items() for p in words.split("|")}
# a heading only when alone: "Résumé" (French for summary) is one, "JAN KÜSTER RESUME" is the document's title;
# "Work" (JSON Resume's own name for the section) is one, "Master of Social Work" is a degree
_ALONE_ONLY = frozenset(
    [
        *("résumé", "resumen", "resumo", "cv", "curriculum vitae", "lebenslauf", "work", "werk"),
        # words that also stand in job titles and lines of text: "Social Media Manager", "Speech Recognition",
        # "Certificate in Data Science", "Reference Architecture", "Bahasa Indonesia", "Praktikum Informatik"
        *("links", "profiles", "social media", "recognition", "recognitions", "certificate", "reference", "bahasa"),
        *("studi", "praktikum", "stages", "jobs", "project experience", "project work"),
        "technical",  # "Technical" alone heads the skills; "Technical Projects", "Technical Courses" are others
    ]
)
_MAX_WORDS = max(len(p.split()) for p in PHRASES)
#: the phrases of two words or more with their spaces left out
_GLUED = {p.replace(" ", ""): key for p, key in PHRASES.items() if " " in p and len(p.replace(" ", "")) >= 8}
# icon-font glyphs (Font Awesome and the like draw them from the private use area) and bullets or arrows set
# before a heading ("\uf19d EDUCATION", "▸ Skills") are decoration, not words of the heading
_STRIP = re.compile(r"[\s:：.#*_|=\-–—\ue000-\uf8ff●■□▪▸►▶➤➢✦★☆◆◇•·・【】［］\[\]]+")
HEADING_COUNT = re.compile(r"\s*[(\[]\d{1,3}[)\]]\s*$")
_AND = re.compile(r"\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b|/|,)\s*")


#: a plural written as a choice ("position(s)", "Award(s)")
_PLURAL_MARK = re.compile(r"(?<=[^\W\d_])\(s\)(?![^\W\d_])", re.IGNORECASE)


def normalise(text: str) -> str:
    """Lower case, punctuation at the ends and inside letter-spaced words dropped ("S K I L L S" → "skills")."""
    if text.endswith((")", "]")):  # "Work Experience(1)", "Projects [3]": a count is no part of the name
        text = HEADING_COUNT.sub("", text)
    # "Current work position(s)", "Award(s)"; not Europass's labels, "Langue(s) maternelle(s)" and a wrapped "idioma(s)"
    if text.endswith(("(s)", "(S)")) and text[:1].isupper() and text.casefold().count("(s)") == 1:
        text = _PLURAL_MARK.sub("s", text)
    # a Persian zero-width non-joiner parts a word from its plural ("مهارت‌ها"); Turkish "İ" lowers to "i" + a dot
    text = _STRIP.sub(" ", text.replace("\u200c", " ")).strip().lower().replace("\u0307", "")
    parts = text.split()
    # letter-spaced ("S K I L L S"; CSS letter-spacing with a kerned pair: "E D U C AT I O N")
    if len(parts) >= 4 and all(len(p) <= 2 for p in parts) and sum(len(p) == 1 for p in parts) >= 0.75 * len(parts):
        text = "".join(parts)
    return text


def _fold(text: str) -> str:
    """Without its Latin accents ("formación" → "formacion", a typed "expèriences" → "experiences")."""
    if text.isascii():
        return text
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not "\u0300" <= c <= "\u036f")
    )


#: the heading phrases without their accents, as a heading typed without them (or with the wrong one) writes them;
#: a phrase that is a heading only when alone ("résumé") is left out: "RESUME" is a document's title
_FOLDED: dict[str, str] = {
    folded: key
    for p, key in PHRASES.items()
    if (folded := _fold(p)) != p and folded not in PHRASES and p not in _ALONE_ONLY
}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}  # the first and last letters kept


#: each phrase of eight letters or more, one inner letter left out: a heading typed with one letter wrong, missing
#: or too many ("Academic Achivements", "Experiance", "Educaton") finds its phrase through them
_TYPO_MIN = 8
_ONE_OFF: dict[str, set[str]] = {}
for _p, _key in PHRASES.items():
    if len(_p) >= _TYPO_MIN and _p.isascii() and _p not in _ALONE_ONLY:
        for _d in _deletions(_p):
            _ONE_OFF.setdefault(_d, set()).add(_key)


_LONG_PHRASES = {p: key for p, key in PHRASES.items() if len(p) >= _TYPO_MIN}
_LONGEST = max(map(len, _LONG_PHRASES))


def _one_letter_off(text: str, known: dict[str, str], index: dict[str, set[str]]) -> str | None:
    """What ``text`` is a typo of, one inner letter wrong, missing or too many, where just one answer fits:
    ``known`` maps the right spellings to their answers, ``index`` their one-letter-shorter forms."""
    found = set(index.get(text, set()))  # a letter missing
    for d in _deletions(text):
        found |= index.get(d, set())  # a letter wrong
        if d in known:
            found.add(known[d])  # a letter too many
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=4096)
def _typo_key(norm: str) -> str | None:
    """The section of the one phrase ``norm`` is a typo of (one inner letter wrong, missing or extra), if one."""
    if not _TYPO_MIN - 1 <= len(norm) <= _LONGEST + 1 or not norm.isascii():
        return None  # (a line longer than any phrase is none: its one-letter variants would cost its length squared)
    return _one_letter_off(norm, _LONG_PHRASES, _ONE_OFF)


def _phrase_key(norm: str) -> str | None:
    if key := PHRASES.get(norm):
        return key
    folded = _fold(norm)
    return PHRASES.get(folded) or _FOLDED.get(folded) or _typo_key(folded)


def exact_key(text: str) -> str | None:
    """The section a text names when it is exactly a heading phrase ("Experience", not "Senior Experience ...")."""
    return _phrase_key(normalise(text))


def heading_parts(text: str) -> list[str]:
    """The parts a heading joins with "and", "&", "/" or a comma, normalised ("Technologies and Tools": two)."""
    return [p for p in _AND.split(normalise(text)) if p]


def phrase_parts(text: str) -> list[str]:
    """The heading phrases a heading joins ("Skills, Achievements and Interests": three), or none when a part of it
    is no heading phrase."""
    parts = heading_parts(text)
    return parts if all(p in PHRASES for p in parts) else []


def vocabulary_key(text: str) -> str | None:
    """The section a heading text names, or ``None``; a heading in capitals that a PDF's letter-spacing broke
    inside its words ("EX PERIENCE", "AUDI T AND IMPROVEMEN T") is read whole again."""
    words = text.split()
    if text.isupper() and 2 <= len(words) <= 5 and normalise(text) not in PHRASES:
        # each way of closing some of the gaps, fewest closed first: "APPOIN TMEN TS", "RESEARCH IN TERESTS"
        gaps = len(words) - 1
        for mask in sorted(range(1, 2**gaps), key=lambda m: bin(m).count("1")):
            glued = words[0]
            for k, word in enumerate(words[1:]):
                glued += word if mask >> k & 1 else f" {word}"
            if glued.lower() in PHRASES:
                return PHRASES[glued.lower()]
    return _vocabulary_key(text)


def _vocabulary_key(text: str) -> str | None:
    norm = normalise(text)
    if not norm or len(norm) > 60:
        return None
    # as written, or as a text layer that lost the space wrote it ("Expériencesprofessionnelles"); computer
    # languages are skills, not the languages one speaks
    key = (
        _phrase_key(norm)
        or (_GLUED.get(norm) if " " not in norm else None)
        or ("skills" if PROGRAMMING_LANGUAGES.match(norm) else None)
        # "Skills & Tools", "Education and Training", "Technical Skills Summary": the first phrase that matches
        or next((PHRASES[part] for part in _AND.split(norm) if part in PHRASES), None)
        or _key_inside(norm)
    )
    if key == "languages" and _TECH_WORDS.search(norm):
        return "skills"  # "Main Languages & IT Strengths", "Languages and Tools": the languages a computer runs
    return key


def _key_inside(norm: str) -> str | None:
    """The section a phrase among a heading's few words names, as written or with a word typed one letter wrong,
    missing or too many ("Relevant Industry Experience", "Academic Achivements"); CJK headings have no spaces."""
    words = norm.split()
    if len(words) > _MAX_WORDS + 2:
        return None
    if CJK.search(norm) and (key := _cjk_key(norm)):  # no spaces between words: "科研经历", "获奖荣誉"
        return key
    return _phrase_inside(words) or _typo_inside(words)


#: words that make a heading's languages a computer's ("IT", "tech", "tools", "stack")
_TECH_WORDS = re.compile(r"\b(?:it|tech|technical|technology|technologies|tools|stack|frameworks|strengths)\b")


def _typo_inside(words: list[str]) -> str | None:
    """The phrase inside a heading of a few words once a word typed one letter off is read as its word."""
    fixed = [_typo_word(w) for w in words] if len(words) <= _TYPO_WORDS else words
    return _phrase_inside(fixed) if fixed != words else None


_TYPO_WORDS = 4


#: the heading phrases' words of eight letters or more, one inner letter left out → the word
_WORD_ONE_OFF: dict[str, set[str]] = {}
for _w in {w for _p in PHRASES for w in _p.split() if len(w) >= _TYPO_MIN and w.isascii()}:
    for _d in _deletions(_w):
        _WORD_ONE_OFF.setdefault(_d, set()).add(_w)


@functools.lru_cache(maxsize=4096)
def _typo_word(word: str) -> str:
    """The vocabulary's word ``word`` is a one-letter typo of, where just one is; else ``word`` itself."""
    if len(word) < _TYPO_MIN - 1 or not word.isascii() or word in _VOCAB_WORDS:
        return word
    return _one_letter_off(word, _VOCAB_WORDS, _WORD_ONE_OFF) or word


_VOCAB_WORDS = {w: w for _p in PHRASES for w in _p.split() if len(w) >= _TYPO_MIN}


#: a heading of computer languages ("Programming Languages", "Sprachen der Programmierung" no): a skills heading,
#: and under a skills heading a group of it
PROGRAMMING_LANGUAGES = re.compile(
    r"^(?:programming|coding|scripting|computer|software|query|markup)\s+(?:languages?|langages?)$"  # "langages": fr
    r"|^(?:langages?|lenguajes?|linguagens?)\s+(?:informatiques?|de\s+programma(?:tion|ção)|de\s+programación)$"
)


def _phrase_inside(words: list[str]) -> str | None:
    """The section the longest heading phrase among ``words`` names ("Relevant Industry Experience")."""
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in PHRASES and phrase not in _ALONE_ONLY:
                return PHRASES[phrase]
    return None


_CJK_PHRASES = sorted((p for p in PHRASES if len(p) >= 2 and all(CJK.match(ch) for ch in p)), key=len, reverse=True)


def _cjk_key(norm: str) -> str | None:
    """The section a short CJK heading names by the longest heading word it opens or ends with: "实践经历"
    (practical experience) ends in 经历, "兴趣、规划等" opens with 兴趣. A word inside is no name
    ("清华大学教育学院" is a school), and a longer line is a sentence, not a heading."""
    if len(norm) > 10:
        return None
    return next((PHRASES[p] for p in _CJK_PHRASES if norm.endswith(p) or _opens_list(norm, p)), None)


def _opens_list(norm: str, phrase: str) -> bool:
    """ "兴趣、规划等", "技能/证书": the heading word first, then a joiner; "项目经理" (project manager) is a job."""
    return norm.startswith(phrase) and norm[len(phrase) : len(phrase) + 1] in (
        "、",
        "/",
        "与",
        "和",
        "及",
        "&",
        " ",
        "，",
        "・",  # "スキル・資格", "プロジェクト・研究"
    )

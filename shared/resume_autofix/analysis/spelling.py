"""Spelling with a broad, variant-aware English lexicon (:mod:`.lexicon`), technical words and the resume's names.

Each prose field's language is detected first, and a field is checked only against its own language's
dictionary (English always; de, es, fr, it, pt, nl loaded lazily, see :mod:`.spelling_other`), so a word is
never "corrected" into another language. Names, capitalised words inside a sentence, acronyms, CamelCase, words
with digits or code punctuation (Node.js, C++, k8s, URLs) are technical or proper and are never flagged; words
beside a slash or inside a hyphenated compound ("proudct/UX", "produtcion-ready"), possessives and words in
markup are checked. Every English variant is accepted (centre and center); the resume's own spellings decide
which variant a correction is written in, and with no clear variant a correction that differs between variants
is only a suggestion. A correction is *confident* only when it is certain in its context (see :func:`_judge`):
the words the resume writes elsewhere and SymSpell's bigrams with its neighbours weigh each candidate.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spellchecker import SpellChecker

from . import lexicon, spelling_other, verbs
from .dictionaries import OTHER_LANGUAGES, english_checker
from .language import _STOPWORDS, detect
from .text import TextField, plain
from .vocabulary import vocabulary_words

_SENTENCE_START = re.compile(r"(?:^\s*|[.!?:;•\-–—]\s+|\n\s*|>\s*)$")
_lock = threading.Lock()
CONFIDENT_RATIO = 3.0  # between the two likeliest candidates, each weighted by its slip (see _slip_weight)
MIN_LENGTH = 3  # shorter words have too many neighbours ("te": the? to? be?) to ever be corrected for sure
MIN_REPLACE_LENGTH = 6
COMPOUND_COUNT = 5000  # each half of a closed compound is a common word ("game" + "play")
MIN_SLIP_LENGTH = 5  # a dropped or doubled letter in a 4-letter word leaves too many neighbours ("shep": she? sheep?)
MIN_COUNT = 100  # pyspellchecker's scale: "inventory" 5,981, "lead" 183,506
MIN_TECH_LENGTH = 7  # a technical term is a correction only for a long word ("analtyics" → "analytics")


@dataclass(frozen=True)
class Misspelling:
    path: str
    word: str
    start: int
    suggestion: str | None
    confident: bool


def _checker() -> SpellChecker:
    return english_checker()


def english_words() -> Any:
    return _checker().word_frequency


def is_known(word: str, language: str = "en") -> bool:
    """An English word or technical term; or a word of ``language`` when its dictionary is one we check."""
    lower = word.lower()
    if lower in _checker().word_frequency or lower in vocabulary_words():
        return True
    return language in OTHER_LANGUAGES and spelling_other.is_known(lower, language)


def language_of(text: str) -> str:
    """The detected language of a stored field value (memoised per text)."""
    return _language(text)


def proper_nouns(fields: list[TextField]) -> frozenset[str]:
    """Every capitalised or mixed-case word of the resume, lower-cased: names, employers, products."""
    found: set[str] = set()
    for f in fields:
        found.update(_names_in(f.text, f.role in {"label", "keyword"}))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _names_in(raw: str, every: bool) -> frozenset[str]:
    # Per field text: the analysis after the fixes finds most fields unchanged.
    text = plain(raw)
    found: set[str] = set()
    for m in re.finditer(r"[^\W\d_][\w'-]*", text):
        word = m.group(0)
        if every or (
            not word.islower()
            and any(c.isupper() for c in word)
            and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
        ):
            found.add(word.lower())
            found.add(_fold(word.lower()))
    return frozenset(found)


def _fold(word: str) -> str:
    """ "café" → "cafe": the resume's own names count with or without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def check_field(
    field: TextField,
    allowed: frozenset[str],
    variant: str | None = None,
    repeated: frozenset[str] = frozenset(),
    vocabulary: frozenset[str] = frozenset(),
) -> list[Misspelling]:
    """Misspellings in one prose field, with positions in the stored (raw) text."""
    found = _check_text(field.text, allowed, variant, repeated, vocabulary)
    return [Misspelling(field.path, *f) for f in found]


# A run of non-space characters; the words inside it are cut at slashes and hyphens ("proudct/UX", "produtcion-ready").
_CHUNK = re.compile(r"\S+")
_CODE = re.compile(r"://|@|\\|[_#+=~$%^|<>{}0-9]|^/|\w\.\w")
_PART = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_LEAD = "\"'([{“‘«*"
_TRAIL = "\"'.,;:!?)]}”’»*…"


def _words_of(text: str, lo: int, hi: int) -> list[tuple[str, int, bool]]:
    """``(word, start, first_in_chunk)`` for every plain word between ``lo`` and ``hi``."""
    out: list[tuple[str, int, bool]] = []
    for m in _CHUNK.finditer(text, lo, hi):
        chunk, start = m.group(0), m.start()
        stripped = chunk.lstrip(_LEAD)
        start += len(chunk) - len(stripped)
        stripped = stripped.rstrip(_TRAIL)
        for suffix in ("'s", "’s", "s'", "s’"):
            if stripped.endswith(suffix):  # possessive: "team's" → "team", "users'" → "users"
                stripped = stripped[: -len(suffix)] + ("s" if suffix[0] == "s" else "")
                break
        if not stripped or _CODE.search(stripped):
            continue  # URLs, emails, paths, file names, versions, code: never words to correct
        first = True
        for part in re.finditer(r"[^/\-–—]+", stripped):
            word = part.group(0)
            if _PART.fullmatch(word):
                out.append((word, start + part.start(), first))
            first = False
    return out


@lru_cache(maxsize=1024)
def _check_text(
    text: str,
    allowed: frozenset[str],
    variant: str | None = None,
    repeated: frozenset[str] = frozenset(),
    vocabulary: frozenset[str] = frozenset(),
) -> tuple[tuple[str, int, str | None, bool], ...]:
    # Memoised per (text, resume's names, variant): the analysis after the fixes re-checks mostly unchanged fields.
    # Positions must refer to the raw value; a field with markup is checked on its visible words only.
    spans = _visible_spans(text) if "<" in text and ">" in text else [(0, len(text))]
    checker = _checker()
    vocab = vocabulary_words()
    found: list[tuple[str, int, str | None, bool]] = []
    for lo, hi in spans:
        words = _words_of(text, lo, hi)
        for i, (word, start, first) in enumerate(words):
            lower = word.lower().replace("’", "'")
            if len(word) <= 2 or lower in vocab or lower in allowed:
                continue
            if word[1:] != word[1:].lower():
                continue  # an acronym or CamelCase: a name or a product
            at_start = first and _SENTENCE_START.search(text[max(0, start - 3) : start])
            if word[0].isupper() and not at_start:
                continue  # a capitalised word inside a sentence (or after a slash) is a name
            with _lock:
                if lower in checker.word_frequency:
                    continue
                derived = _derived(lower, checker)
                if derived and (len(lower) < MIN_SLIP_LENGTH or lower in repeated):
                    continue
                context = Context(_neighbour(text, words, i, -1), _neighbour(text, words, i, 1), vocabulary)
                suggestion, confident = _suggest(checker, lower, variant, context)
                if derived and not (confident and _slip_of_a_derived_look_alike(lower, suggestion)):
                    continue  # "rebalance", "upstreamed": a known word with a prefix or suffix is not an error
            if not confident and (lower in repeated or _compound(lower, checker.word_frequency)):
                continue  # the resume's own word used more than once, or two common words as one ("gameplay")
            if suggestion and word[0].isupper():
                suggestion = suggestion[0].upper() + suggestion[1:]
            found.append((word, start, suggestion, confident))
    return tuple(found)


@dataclass(frozen=True)
class Context:
    """What surrounds a misspelt word: its neighbours in the sentence and every word the resume uses."""

    before: str | None = None
    after: str | None = None
    vocabulary: frozenset[str] = frozenset()


_JOIN = re.compile(r"[\s\-–/\"'()]*")  # neighbours only across a space, hyphen, slash, quote or bracket


def _neighbour(text: str, words: list[tuple[str, int, bool]], i: int, step: int) -> str | None:
    j = i + step
    if not 0 <= j < len(words):
        return None
    (a, a_at, _), (_, b_at, _) = sorted([words[i], words[j]], key=lambda w: w[1])
    gap = text[a_at + len(a) : b_at]
    return words[j][0].lower() if _JOIN.fullmatch(gap) else None


_PREFIXES = ("re", "un", "pre", "co", "multi", "sub", "over", "under", "cross", "non", "up", "inter", "micro")
_SUFFIXES = ("ed", "d", "ing", "s", "es", "er", "ers", "able", "ly", "ment", "ized", "ised")


def _derived(word: str, checker: SpellChecker) -> bool:
    """ "rebalance", "upstreamed", "queryable": a known word with a common prefix or suffix is not an error.

    Only real inflections count: "-d" after an "e", "-s" not after an "s", "-ed"/"-er"/"-es"/"-ing" not after an
    "e", so "awardd", "problemss", "manageer" stay misspellings.
    """
    freq = checker.word_frequency
    stems = {word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4}
    stems.add(word)
    for stem in list(stems):
        for x in _SUFFIXES:
            base = stem[: -len(x)]
            if stem.endswith(x) and len(base) >= 4 and _inflects(base, x):
                stems.add(base)
        stems.update(stem[: -len(x)] + "e" for x in ("ed", "ing", "able", "er") if stem.endswith(x))
    return any(s != word and s in freq for s in stems)


def _slip_of_a_derived_look_alike(word: str, fix: str | None) -> bool:
    """ "comany" reads as co + many, "wheer" as whee + r: a certain swapped, dropped or doubled letter wins."""
    if fix is None or _checker().word_frequency[fix.lower()] < DERIVED_FIX_COUNT:
        return False  # "cofound" and "colocation" are words; "confound" and "collocation" are rarely the intent
    kind, _ = _edit(word, fix)
    return kind in {"transpose", "insert"} or (kind == "delete" and _slip_weight(word, fix) >= 1.0)


def _compound(word: str, freq: Any) -> bool:
    """ "gameplay", "largescale", "cryptosystem": two common words written as one is a compound, not a typo."""
    return len(word) >= 8 and any(
        freq[word[:i]] >= COMPOUND_COUNT and freq[word[i:]] >= COMPOUND_COUNT for i in range(4, len(word) - 3)
    )


def _inflects(base: str, suffix: str) -> bool:
    if suffix == "d":
        return base.endswith("e")
    if suffix == "s":
        return not base.endswith("s")
    if suffix in {"ed", "er", "ers", "es", "ing", "able"}:
        return not base.endswith("e")
    return True


def _suggest(
    checker: SpellChecker, word: str, variant: str | None = None, context: Context | None = None
) -> tuple[str | None, bool]:
    # Candidates cost ~2 ms a word (every one-edit variant looked up): once per word, variant and process.
    scored = _suggest_cached(word, variant) if checker is _checker() else _scored(checker, word, variant)
    return _judge(word, variant, scored, checker.word_frequency, context or Context())


def _suggest_with(checker: SpellChecker, word: str, variant: str | None = None) -> tuple[str | None, bool]:
    """The likeliest correction of ``word`` out of context, and whether it is certain."""
    return _suggest(checker, word, variant)


@lru_cache(maxsize=4096)
def _suggest_cached(word: str, variant: str | None) -> tuple[tuple[float, str], ...]:
    return _scored(_checker(), word, variant)


def _scored(checker: SpellChecker, word: str, variant: str | None) -> tuple[tuple[float, str], ...]:
    """Each candidate with how likely it is: how common the word, times how common the slip to this typo."""
    freq = checker.word_frequency
    candidates = [
        c for c in checker.candidates(word) or () if c != word and not _other_variant(c, variant, freq.dictionary)
    ]
    return tuple(sorted(((freq[c] * _slip_weight(word, c), c) for c in candidates), reverse=True))


_INFLECTIONS = ("s", "es", "d", "ed", "r", "er", "y", "ly", "ing")
IN_RESUME = 30.0  # a candidate the resume itself writes elsewhere is that much likelier ("colud" → "cloud")
LIKELIER_SLIP_RATIO = 20.0  # the margin a fix needs over a rival that a commoner slip would explain
RIVAL_FIT = 3.0  # how much better the context must fit a rival of the fix to make it unsure
LONG_RIVAL_FIT = 10.0  # the same for a word of 5+ letters, whose slips leave fewer rivals
DERIVED_FIX_COUNT = 20_000  # a word read as prefix + word is a typo only of a common word ("comany": company)
EVERYDAY = 1_000_000  # "the", "that", "could": every resume writes them, so writing them is no evidence
SHORT_RATIO = 4.0  # a 3- or 4-letter typo has many neighbours: certain only with a larger margin


def _judge(  # noqa: PLR0911 - one rule per return reads best
    word: str, variant: str | None, scored: tuple[tuple[float, str], ...], freq: Any, context: Context
) -> tuple[str | None, bool]:
    """The likeliest correction in context, and whether it is certain enough to become a patch.

    Certain means: a common typing slip (two letters swapped, one dropped or doubled, or, in a long word, one
    replaced) that leads to a dictionary word far likelier than any other candidate (its frequency, the slip,
    whether the resume writes it elsewhere and how well it fits its neighbours), in the resume's own English
    variant, and not a technical term. A short word needs a far larger margin. Anything less is a suggestion.
    """
    tech_only = lexicon.tech_only()
    own = context.vocabulary
    if len(scored) == 1:
        context = Context(vocabulary=own)  # no rival to weigh: the bigrams need not load (~0.5 s, once)
    # A technical term is a correction of a short word only where the resume writes it ("runime" → "runtime").
    scored = tuple(
        sorted(
            (
                (sc * _context_weight(c, context), c)
                for sc, c in scored
                if not (c in tech_only and len(word) < MIN_TECH_LENGTH and c not in own)
            ),
            reverse=True,
        )
    )
    if not scored:
        return None, False
    best = scored[0][1]
    # In one word's family ("teasm": teams or team?), the likelier slip decides, then the frequency.
    family = [(_slip_weight(word, c), sc, c) for sc, c in scored if verbs.lemmas(c) & verbs.lemmas(best)]
    best = max(family)[2]
    kind, at = _edit(word, best)
    # Certain only where the context (the sentence, the resume's words) does not fit a rival far better than the
    # fix ("the shep farming": "the sheep" fits, "the she" does not; "the colud": "the cloud", not "the could").
    short = len(word) < MIN_SLIP_LENGTH
    if _fits_a_rival_better(best, scored, context, RIVAL_FIT if short else LONG_RIVAL_FIT):
        return best, False
    if len(word) < MIN_LENGTH or kind is None:
        return best, False
    if kind == "replace" and (len(word) < MIN_REPLACE_LENGTH or at == 0):
        return best, False  # a different letter in a short word, or a first letter, is often another word
    # "rebalance" → "rebalanced": an inflection of the word itself is a different word, not a fix.
    if len(word) < MIN_REPLACE_LENGTH and any(best == word + x or word == best + x for x in _INFLECTIONS):
        return best, False
    if variant is None and len({lexicon.variant_of(c, freq.dictionary) for _, c in scored} - {None}) > 1:
        return best, False  # "colur": colour or color? only the resume's own variant can say
    if freq[best] < MIN_COUNT and best not in tech_only and best not in own:
        return best, False  # a rare word is as likely the person's unknown term as the fix
    # "errosr": errors or error? Either keeps the word (its lemma), so only other words compete with the best.
    top = max(score for score, c in scored if c == best or verbs.lemmas(c) & verbs.lemmas(best))
    rivals = [score for score, c in scored if not (verbs.lemmas(c) & verbs.lemmas(best))]
    second = rivals[0] if rivals else 0.0
    # A rival reached by a likelier slip ("psoon": "spoon" swapped, or "soon" with a stray letter?) is the
    # typist's intent unless the best is far likelier still.
    slip = _slip_weight(word, best)
    likelier = [sc for sc, c in scored if _slip_weight(word, c) > slip and not (verbs.lemmas(c) & verbs.lemmas(best))]
    if likelier and top / likelier[0] < LIKELIER_SLIP_RATIO:
        return best, False
    return best, second == 0 or top / second >= (SHORT_RATIO if short else CONFIDENT_RATIO)


def _fits_a_rival_better(best: str, scored: tuple[tuple[float, str], ...], context: Context, margin: float) -> bool:
    mine = _context_weight(best, context)
    rivals = (c for _, c in scored if not (verbs.lemmas(c) & verbs.lemmas(best)))  # "teams" has no rival "team"
    return any(_context_weight(c, context) >= margin * mine for c in rivals)


def _context_weight(candidate: str, context: Context) -> float:
    own = candidate in context.vocabulary and _checker().word_frequency[candidate] < EVERYDAY
    weight = IN_RESUME if own else 1.0
    if context.before:
        weight *= lexicon.fit(context.before, candidate, _checker().word_frequency.dictionary)
    if context.after:
        weight *= lexicon.fit(candidate, context.after, _checker().word_frequency.dictionary)
    return weight


# Typing slips by how often people make them: swapped neighbours and a doubled key far more than a wrong key.
_SLIP_WEIGHT = {"transpose": 1.0, "doubled": 1.0, "insert": 0.5, "delete": 0.3, "replace": 0.1, "other": 0.05}


def _slip_weight(word: str, fix: str) -> float:
    kind, at = _edit(word, fix)
    if kind == "delete" and (
        (at > 0 and word[at - 1] == word[at]) or (at + 1 < len(word) and word[at + 1] == word[at])
    ):
        kind = "doubled"  # "speend" → "spend": a key pressed twice
    weight = _SLIP_WEIGHT[kind or "other"]
    if kind == "delete" and not any(_beside(word[at], word[j]) for j in (at - 1, at + 1) if 0 <= j < len(word)):
        weight /= FAR_KEY  # a stray letter is mostly a key beside its neighbour ("speend" is not "speed" + n)
    if kind == "replace" and not _beside(word[at], fix[at]):
        weight /= FAR_KEY  # "evaluatign" is "evaluating" swapped, not "evaluation" with a far key
    return weight / 5 if kind == "replace" and at == 0 else weight  # a wrong first letter is rarer still


FAR_KEY = 10.0  # a wrong key is mostly a neighbour of the right one on the keyboard
_KEYS = {
    c: (row, col + (0, 0.25, 0.75)[row])
    for row, line in enumerate(("qwertyuiop", "asdfghjkl", "zxcvbnm"))
    for col, c in enumerate(line)
}


def _beside(a: str, b: str) -> bool:
    """Neighbouring keys on a QWERTY keyboard (a letter outside it counts as beside every key)."""
    if a not in _KEYS or b not in _KEYS:
        return True
    (r1, c1), (r2, c2) = _KEYS[a], _KEYS[b]
    return abs(r1 - r2) <= 1 and abs(c1 - c2) <= 1.0


def _other_variant(candidate: str, variant: str | None, counts: dict[str, int]) -> bool:
    return variant is not None and lexicon.variant_of(candidate, counts) not in (None, variant)


def _edit(word: str, fix: str) -> tuple[str | None, int]:
    """The one edit from ``word`` to ``fix`` ("transpose", "insert", "delete", "replace") and where, or ``None``."""
    n, m = len(word), len(fix)
    at = next((i for i in range(min(n, m)) if word[i] != fix[i]), min(n, m))
    if n == m:
        if at + 1 < n and word[at] == fix[at + 1] and word[at + 1] == fix[at] and word[at + 2 :] == fix[at + 2 :]:
            return "transpose", at
        return ("replace", at) if word[at + 1 :] == fix[at + 1 :] else (None, at)
    if n + 1 == m and word[at:] == fix[at + 1 :]:
        return "insert", at  # a dropped letter
    if n == m + 1 and word[at + 1 :] == fix[at:]:
        return "delete", at  # a doubled or stray letter
    return None, at


def _visible_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"<[^>]{1,200}>", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def check_spelling(fields: list[TextField], country: str | None = None) -> tuple[list[Misspelling], dict[str, str]]:
    """Misspellings of every prose field in a language we hold a dictionary for, and each field's language.

    ``country`` (the resume's ``basics.location.countryCode``) is only a hint for the English variant; the
    resume's own spellings decide first. A word the resume uses more than once is its own term unless the
    correction is certain.
    """
    allowed = proper_nouns(fields)
    results: list[Misspelling] = []
    languages: dict[str, str] = {}
    counts = _word_counts(fields)
    variant = _decide(counts, country)
    repeated = frozenset(w for w, n in counts.items() if n > 1)
    vocabulary = frozenset(counts)
    for f in fields:
        if f.role not in {"summary", "prose", "bullet"}:
            continue
        lang = _language(f.text)
        languages[f.path] = lang
        if lang == "en":
            results.extend(check_field(f, allowed, variant, repeated, vocabulary))
        elif lang in OTHER_LANGUAGES:  # the dictionary loads on the first text in that language
            results.extend(Misspelling(f.path, *found) for found in spelling_other.check_text(f.text, allowed, lang))
    return results, languages


def resume_variant(fields: list[TextField], country: str | None = None) -> str | None:
    """``"gb"``, ``"us"`` or ``None``: the English the resume is written in, from its own spellings."""
    return _decide(_word_counts(fields), country)


def _word_counts(fields: list[TextField]) -> Counter[str]:
    return Counter(w.lower() for f in fields for w in _LETTERS.findall(plain(f.text)))


def _decide(counts: Counter[str], country: str | None) -> str | None:
    tokens = [w for w, n in counts.items() if _variant(w) for _ in range(n)]
    return lexicon.decide_variant(tokens, country, _checker().word_frequency.dictionary)


@lru_cache(maxsize=16384)
def _variant(word: str) -> str | None:
    return lexicon.variant_of(word, _checker().word_frequency.dictionary)


_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def _language(raw: str) -> str:
    text = plain(raw)
    known = _checker().word_frequency.dictionary
    lang = detect(text, known_english=known).language
    if lang == "und" and text.isascii():
        # A short English field with a typo or two ("Community deveolped themes") has no function word and a
        # lower share of known words than the detector asks for; half known, in ASCII, is English enough.
        tokens = [t.lower() for t in _LETTERS.findall(text)]
        foreign = any(t in words for lang, words in _STOPWORDS.items() if lang != "en" for t in tokens)
        if len(tokens) >= 2 and not foreign and sum(t in known for t in tokens) / len(tokens) >= 0.5:
            return "en"
    return lang

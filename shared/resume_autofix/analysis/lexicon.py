"""The English lexicon: every accepted variant, a technology vocabulary, and which spelling belongs to which variant.

Layers, each from a maintained source:

- pyspellchecker's English list (160k words, US spellings, subtitle frequencies): the base and its counts;
- SymSpell's frequency dictionary (``symspellpy``, 82k words from Google Books counts intersected with SCOWL):
  adds the ~2,300 common words the base lacks, British spellings among them ("centre", "colour", "app");
- ``breame``'s 1,700 British ↔ American spelling pairs: every British form is known (at its American twin's
  frequency) and each pair says which variant a spelling belongs to; ``-ise``/``-isation`` forms of a known
  ``-ize`` word count as British too;
- the cspell software-terms, full-stack and company dictionaries (``data/tech_words.txt``): known, never flagged,
  and never offered as a correction (a typo is never "corrected" into a product name).

SymSpell's bigram list (243k word pairs, loaded on the first word with rival corrections) says which correction fits
its neighbours ("the taem" → "team", not "them").

What it adds to the layer: symspellpy 6.5 MB, breame 0.9 MB, the word file 57 kB.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import orjson

from ..wordlists import symspell_counts

GB, US = "gb", "us"
# SymSpell counts (Google Books) are ~1000 times pyspellchecker's (subtitles): the median ratio over shared words,
# applied as "// 1000" in :func:`additions`.
# Spellings breame lists as American that British English uses too (computer "program", the verb "license").
_SHARED = frozenset(
    [
        "program",
        "programs",
        "programmed",
        "programming",
        "programmer",
        "programmers",
        "license",
        "licenses",
        "licensed",
        "licensing",
        "practice",
        "practices",
        "practiced",
        "disk",
        "disks",
        "analog",
        "dialog",
        "dialogs",
        "inquiry",
        "inquiries",
        "judgment",
        "judgments",
        "check",
        "checks",
        "draft",
        "drafts",
        "tire",
        "tires",
        "curb",
        "curbs",
        "story",
        "stories",
    ]
)
_ISE = re.compile(r"^(\w{3,}?)is(e|ed|es|ing|ation|ations|er|ers)$")
_IZE = re.compile(r"^(\w{3,}?)iz(e|ed|es|ing|ation|ations|er|ers)$")
# Countries whose English follows British spelling (the location is only a hint; the text decides first).
GB_COUNTRIES = frozenset(
    [
        "GB",
        "UK",
        "IE",
        "AU",
        "NZ",
        "ZA",
        "IN",
        "PK",
        "SG",
        "MY",
        "HK",
        "NG",
        "KE",
        "GH",
        "LK",
        "BD",
        "MT",
        "CY",
        "JM",
        "TT",
        "ZW",
        "ZM",
        "UG",
        "TZ",
        "BW",
        "NA",
        "MU",
        "FJ",
    ]
)
US_COUNTRIES = frozenset({"US", "PR", "PH", "LR"})


@lru_cache(maxsize=1)
def british_to_american() -> dict[str, str]:
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS  # noqa: PLC0415 - large, load once

    return {gb: us for gb, us in BRITISH_ENGLISH_SPELLINGS.items() if " " not in gb and gb != us}


@lru_cache(maxsize=1)
def american_to_british() -> dict[str, str]:
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS  # noqa: PLC0415

    return {us: gb for us, gb in AMERICAN_ENGLISH_SPELLINGS.items() if " " not in us and us != gb}


@lru_cache(maxsize=1)
def bigram_counts() -> dict[str, str]:
    """SymSpell's English bigrams (``"first second" → count``, Google Books scale); ~0.3 s, once per process."""
    text = (files("symspellpy") / "frequency_bigramdictionary_en_243_342.txt").read_text(encoding="utf-8")
    return dict(line.rsplit(" ", 1) for line in text.splitlines() if line.count(" ") == 2)


BIGRAM_FLOOR = 6_400_000  # the list's smallest count: a pair it lacks may still be this common


UNIGRAM_TOTAL = 541_808_760_578  # the sum of SymSpell's unigram counts (a unit test keeps it in step)


def fit(first: str, second: str, counts: Mapping[str, int]) -> float:
    """How much more often ``first second`` occurs than chance would pair them (1.0: no evidence either way).

    A pair the list lacks is scored at its floor count, so only a pair that chance would make common
    ("the them") counts against a candidate; the result is bounded to [0.05, 100].
    """
    a, b = counts.get(first), counts.get(second)  # the lexicon's counts, ~1000 times smaller (see additions)
    if not a or not b:
        return 1.0
    expected = a * b * 1_000_000 / UNIGRAM_TOTAL
    seen = int(bigram_counts().get(f"{first} {second}", 0))
    return min(100.0, max(0.05, (seen + BIGRAM_FLOOR) / (expected + BIGRAM_FLOOR)))


@lru_cache(maxsize=1)
def tech_words() -> frozenset[str]:
    text = (files("resume_autofix.analysis") / "data" / "tech_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def additions(known: dict[str, int]) -> dict[str, int]:
    """Words (with counts on ``known``'s scale) the base list lacks: SymSpell's, British forms, tech words.

    Read from ``data/en_additions.json.gz`` (built by :func:`build_additions` from the pinned packages; a unit
    test keeps it in step), which takes ~30 ms instead of ~300 ms of a cold start; built here when it is stale.
    """
    stamp = _stamp()
    raw = (files("resume_autofix.analysis") / "data" / ADDITIONS_FILE).read_bytes()
    shipped = orjson.loads(gzip.decompress(raw))
    added: dict[str, int] = shipped["words"] if shipped.get("stamp") == stamp else build_additions(known)
    _TECH_ONLY.update(w for w in tech_words() if w not in known and added.get(w) == 1)
    return added


ADDITIONS_FILE = "en_additions.json.gz"


def _stamp() -> str:
    """What the additions depend on: the three packages' versions and the tech word file."""
    tech = (files("resume_autofix.analysis") / "data" / "tech_words.txt").read_bytes()
    versions = [f"{name}=={version(name)}" for name in ("pyspellchecker", "symspellpy", "breame")]
    return " ".join([*versions, hashlib.sha256(tech).hexdigest()[:16]])


def write_additions(path: Path) -> None:
    """Rebuild the shipped additions file (run after changing a pin or the tech word file)."""
    from .dictionaries import load_checker  # noqa: PLC0415 - the base list only

    words = build_additions(load_checker("en").word_frequency.dictionary)
    data = {"stamp": _stamp(), "words": dict(sorted(words.items()))}
    path.write_bytes(gzip.compress(orjson.dumps(data), mtime=0))


def build_additions(known: dict[str, int]) -> dict[str, int]:
    # Subtitles undercount written, professional words ("standardize" 65): the larger of the two counts.
    # SymSpell's counts have 4+ digits more than the base's; comparing lengths first skips most int() calls.
    added: dict[str, int] = {}
    get = known.get
    for word, count in symspell_counts().items():
        mine = get(word, 0)
        if len(count) - 3 >= len(str(mine)):
            scaled = max(1, int(count) // 1000)
            if scaled > mine:
                added[word] = scaled
    for gb, us in british_to_american().items():
        twin = known.get(us, added.get(us, 0))
        if twin > known.get(gb, added.get(gb, 0)):
            added[gb] = twin
    for word in tech_words():
        if word not in known and word not in added:
            added[word] = 1  # known; as a correction only where :func:`tech_only` allows
    return added


_TECH_ONLY: set[str] = set()  # filled by additions(), once per process


def tech_only() -> AbstractSet[str]:
    """The technical and company words no general list has ("kubectl"; "walmart" is in one): never plain words."""
    return _TECH_ONLY


def variant_of(word: str, known: Mapping[str, int] | None = None) -> str | None:
    """``"gb"`` for "colour", "organised"; ``"us"`` for "color", "organized"; ``None`` for a shared spelling."""
    low = word.lower()
    if low in british_to_american():
        return GB
    if low in american_to_british() and low not in _SHARED:
        return US
    if known is not None:  # "-ise" is British only where the base list (US) prefers "-ize": not "expertise"
        m = _ISE.match(low)
        if m and known.get(f"{m.group(1)}iz{m.group(2)}", 0) > known.get(low, 0):
            return GB
        m = _IZE.match(low)
        if m and known.get(f"{m.group(1)}is{m.group(2)}", 0) and known.get(low, 0) > 0:
            return US
    return None


def counterpart(word: str) -> str | None:
    """The same word in the other variant ("centre" ↔ "center"), or ``None``."""
    low = word.lower()
    other = british_to_american().get(low) or american_to_british().get(low)
    if other is None:
        m = _ISE.match(low) or _IZE.match(low)
        if m:
            other = f"{m.group(1)}{'iz' if _ISE.match(low) else 'is'}{m.group(2)}"
    return other


def decide_variant(words: Iterable[str], country: str | None, known: Mapping[str, int] | None = None) -> str | None:
    """The resume's own variant from its spellings; the country breaks a tie; ``None`` when it cannot tell."""
    gb = us = 0
    for w in words:
        v = variant_of(w, known)
        gb += v == GB
        us += v == US
    code = (country or "").strip().upper()
    if gb == us:
        return GB if code in GB_COUNTRIES else US if code in US_COUNTRIES else None
    return GB if gb > us else US


def moves_variant(old: str, new: str) -> bool:
    """``new`` respells ``old`` in the other English variant ("centre" → "center"): a fix never does that."""
    return old.lower() != new.lower() and counterpart(old) == new.lower()


def is_plain_word(word: str, counts: Mapping[str, int]) -> bool:
    """A dictionary word, not only a technical or company term (those are known, but never evidence of plainness)."""
    low = word.lower()
    return low in counts and low not in _TECH_ONLY

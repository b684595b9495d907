"""The skills taxonomy: canonical names, their category, and the variants/abbreviations/synonyms that count.

A keyword matches a resume when any of its forms appears as a whole word. The same table is the evidence the
keyword fix and the merge guards rely on: a form present in the resume is evidence for the canonical name.
The spelling check treats every form as a known word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .vocabulary_table import TABLE

HARD = "hard_skill"
TOOL = "tool"
CERT = "certification"
SOFT = "soft_skill"
TITLE = "job_title"


@dataclass(frozen=True)
class Term:
    canonical: str
    category: str
    forms: tuple[str, ...]  # canonical first, then variants
    weak: frozenset[str] = frozenset()  # generic words among the forms ("budget", "lead", "APIs")

    @cached_property
    def strong_forms(self) -> tuple[str, ...]:
        """The forms specific enough to name the skill: they extract it from a job and are evidence for it.

        A weak form ("budget" for budgeting, "lead" for leadership) still earns credit in a resume, but a job's
        "performance budgets" is not a budgeting requirement, and a resume's "REST APIs" is no evidence of
        "API design".
        """
        return tuple(f for f in self.forms if f not in self.weak)


# Short all-caps forms that are also common English words or letters: matched case-sensitively only.
_CASE_SENSITIVE_MAX = 4


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    out: list[Term] = []
    for line in TABLE.strip().splitlines():
        canonical, category, variants = line.split("|")
        raw = [v.strip() for v in variants.split(";") if v.strip()]
        forms = (canonical, *(v.removeprefix("~") for v in raw))
        out.append(Term(canonical, category, forms, frozenset(v[1:] for v in raw if v.startswith("~"))))
    return tuple(out)


def _form_pattern(form: str) -> str:
    # Whole word: no letter/digit (or . + # that continue a token like "Node.js") on either side. A slash
    # inside a form ("CI/CD") also matches the space that for_matching() puts between "HTML/CSS".
    body = re.escape(form).replace(r"\ ", r"[\s-]+").replace("/", "[/ ]")
    if len(form) <= 2 and form.isalpha():
        # "R", "Go", "C": not "R&D", "C-suite", "Go-to-market", "Series C", nor the initial in "Dr. R. Lee".
        return rf"(?<![\w.+#&/-])(?<!Series )(?<!Vitamin )(?<!Type ){body}(?![\w+#&/-]|\.\w|\.\s*[A-Z])"
    return rf"(?<![\w.+#/-]){body}(?![\w+#/]|\.\w)"


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|dev|app|co)/\S*", re.IGNORECASE)
_SLASH = re.compile(r"(?<=[\w+#])/(?=\w)")


def for_matching(text: str) -> str:
    """``text`` as forms are matched in it (same length): URLs blanked ("github.com/acme/react-app" names no
    skill) and a slash between words made a space, so "HTML/CSS" and "C/C++" name both."""
    if "/" not in text and "www." not in text:
        return text
    return _SLASH.sub(" ", _URL.sub(lambda m: " " * len(m.group(0)), text))


def case_sensitive(form: str) -> bool:
    return (form.isupper() and len(form) <= _CASE_SENSITIVE_MAX) or form in _PROPER_ONLY


# Names that are also plain English words: only their capitalised form is the product.
_PROPER_ONLY = frozenset(
    {
        "Go",
        "R",
        "Ray",
        "Spring",
        "Lambda",
        "Rust",
        "Swift",
        "Express",
        "Feast",
        "Evidently",
        "Sketch",
        "Triton",
        "Looker",
        "Helm",
        "Jest",
        "Node",
        "Rails",
        "Excel",
        "Amplitude",
        "Airflow",
        "Premiere",
        "Oracle",
        "Canva",
        "Asana",
        "C",
    }
)


@lru_cache(maxsize=4096)
def form_regex(form: str) -> re.Pattern[str]:
    return re.compile(_form_pattern(form), 0 if case_sensitive(form) else re.IGNORECASE)


# Characters outside ASCII that re.IGNORECASE matches to an ASCII letter (found by trying every code point).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive form found by :func:`form_regex` is a substring of it."""
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=4096)
def _pieces(form: str) -> tuple[bool, tuple[str, ...]]:
    sensitive = case_sensitive(form)
    return sensitive, tuple(re.split(r"[ /]", form if sensitive else form.lower()))


def may_contain(text: str, folded: str, form: str) -> bool:
    """A cheap necessary condition for ``form_regex(form).search(text)``: every word of the form is in the text.

    ``folded`` is ``fold(text)``. Most forms are absent from most texts, so this skips most regex searches.
    """
    sensitive, pieces = _pieces(form)
    hay = text if sensitive else folded
    return all(piece in hay for piece in pieces)


def search_form(text: str, form: str, folded: str | None = None) -> re.Match[str] | None:
    """``form_regex(form).search(text)``, skipped when the form's words are not in the text at all."""
    if not may_contain(text, fold(text) if folded is None else folded, form):
        return None
    return form_regex(form).search(text)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _strong_index() -> tuple[dict[str, tuple[tuple[int, str, frozenset[str]], ...]], tuple[tuple[int, str], ...]]:
    """Strong forms by their first word (lower-cased) → (term's place in :func:`terms`, form, all its words);
    and the forms that do not start with a word character (none today), which are always searched in full."""
    index: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    other: list[tuple[int, str]] = []
    for i, term in enumerate(terms()):
        for form in term.strong_forms:
            runs = [r.lower() for r in _WORD_RUN.findall(form)]
            if runs and re.match(r"\w", form) and form.isascii():
                index.setdefault(runs[0], []).append((i, form, frozenset(runs)))
            else:
                other.append((i, form))
    return {first: tuple(entries) for first, entries in index.items()}, tuple(other)


def terms_in(text: str) -> list[Term]:
    """The terms one of whose strong forms :func:`form_regex` finds in ``text``, in table order.

    The same answer as ``[t for t in terms() if any(search_form(text, f) for f in t.strong_forms)]`` from one
    pass over the text's words instead of a search per form. A form's pattern allows no word character just
    outside it and only non-word characters (space, ``-``, ``.``, ``+``, ``#``, ``/``) between its words, so a
    match starts where a whole word run of ``text`` starts, and every word of the form is a whole word run of
    ``text``, equal to it once folded (forms are ASCII; :func:`fold` maps the non-ASCII characters that match ASCII
    letters). So a form with a word missing is absent, and the others are tried (anchored, lookbehinds seeing the
    text before) only where their first word starts.
    """
    starts: dict[str, list[int]] = {}
    folded = fold(text)
    # Lower-casing never shortens a character, so equal lengths mean character-for-character (the usual case).
    aligned = len(folded) == len(text)
    for m in _WORD_RUN.finditer(text):
        start, end = m.span()
        starts.setdefault(folded[start:end] if aligned else fold(m.group()), []).append(start)
    index, other = _strong_index()
    found: set[int] = set()
    for word, places in starts.items():
        for i, form, runs in index.get(word, ()):
            if i in found or not runs <= starts.keys():
                continue
            pattern = form_regex(form)
            if any(pattern.match(text, p) for p in places):
                found.add(i)
    found.update(i for i, form in other if i not in found and search_form(text, form))
    table = terms()
    return [table[i] for i in sorted(found)]


@lru_cache(maxsize=1)
def by_form() -> dict[str, Term]:
    """Every form, lower-cased, → its term (first table entry wins)."""
    index: dict[str, Term] = {}
    for term in terms():
        for form in term.forms:
            index.setdefault(form.lower(), term)
    return index


def lookup(name: str) -> Term | None:
    return by_form().get(name.strip().lower())


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """Every single word used by a form, lower-cased: the spelling check's technical vocabulary."""
    words: set[str] = set()
    for term in terms():
        for form in term.forms:
            words.update(w.lower() for w in re.findall(r"[A-Za-z][\w.+#-]*", form))
    return frozenset(words | _EXTRA_WORDS)


# Technical words that are not skills to match but must never be "corrected".
_EXTRA_WORDS = frozenset(
    [
        "api",
        "apis",
        "backend",
        "frontend",
        "fullstack",
        "devops",
        "sre",
        "saas",
        "paas",
        "iaas",
        "url",
        "urls",
        "http",
        "https",
        "json",
        "yaml",
        "xml",
        "csv",
        "sdk",
        "cli",
        "gui",
        "ios",
        "android",
        "macos",
        "os",
        "npm",
        "pip",
        "webpack",
        "vite",
        "babel",
        "eslint",
        "oauth",
        "jwt",
        "sso",
        "ldap",
        "tcp",
        "udp",
        "ip",
        "dns",
        "cdn",
        "vpc",
        "iam",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "vp",
        "svp",
        "evp",
        "hr",
        "qa",
        "ux",
        "ui",
        "kpi",
        "kpis",
        "roi",
        "ppc",
        "cpc",
        "ctr",
        "seo",
        "sem",
        "smb",
        "etl",
        "olap",
        "oltp",
        "repo",
        "repos",
        "config",
        "configs",
        "async",
        "sync",
        "middleware",
        "runtime",
        "runtimes",
        "toolchain",
        "codebase",
        "codebases",
        "dataset",
        "datasets",
        "onboarding",
        "offboarding",
        "upskilling",
        "stakeholder",
        "stakeholders",
        "workflow",
        "workflows",
        "roadmap",
        "roadmaps",
        "microservice",
        "microservices",
        "serverless",
        "containerized",
        "orchestration",
        "kubernetes",
        "postgres",
        "postgresql",
        "mongodb",
        "mysql",
        "sqlite",
        "redis",
        "kafka",
        "grafana",
        "datadog",
        "terraform",
        "ansible",
        "jenkins",
        "github",
        "gitlab",
        "bitbucket",
        "inc",
        "llc",
        "ltd",
        "gmbh",
        "corp",
        "co",
    ]
)

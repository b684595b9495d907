"""Job keywords (taxonomy + acronyms + job-document hints) and whole-word matching with variants."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from resume_autofix.resume.job import JobDescription, clean_title

from . import job_reading
from . import vocabulary as vocab
from .text import TextField, plain

MAX_KEYWORDS = 40
_ACRONYM = re.compile(r"(?<![\w.+#/-])([A-Z][A-Z0-9]{1,5}s?)(?![\w+#/]|\.\w)")
_CAMEL = re.compile(r"(?<![\w.+#/-])([A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]+)(?![\w+#/]|\.\w)")
_DOTTED = re.compile(r"(?<![\w.+#/-])([A-Za-z][\w]*\.(?:js|io|net|ai))(?![\w])", re.IGNORECASE)
# Capitals in a job that are not skills: generic words, places, grades, the wording of requirements.
_NOT_KEYWORDS = frozenset(
    [
        "A",
        "I",
        "AN",
        "AND",
        "OR",
        "THE",
        "OF",
        "TO",
        "IN",
        "ON",
        "AT",
        "FOR",
        "WITH",
        "BY",
        "WE",
        "YOU",
        "OUR",
        "US",
        "USA",
        "UK",
        "EU",
        "CA",
        "NY",
        "LA",
        "SF",
        "TX",
        "DE",
        "JP",
        "II",
        "III",
        "IV",
        "IT",
        "HQ",
        "HR",
        "PTO",
        "FTE",
        "EOE",
        "EEO",
        "ID",
        "OK",
        "TBD",
        "ASAP",
        "FAQ",
        "PM",
        "AM",
        "ET",
        "PT",
        "CET",
        "UTC",
        "EST",
        "PST",
        "AA",
        "PNAS",
        "AAA",
        "AL",
        "AK",
        "AZ",
        "AR",
        "CO",
        "CT",
        "DC",
        "FL",
        "GA",
        "HI",
        "IA",
        "IL",
        "KS",
        "KY",
        "MA",
        "MD",
        "ME",
        "MI",
        "MN",
        "MO",
        "MS",
        "MT",
        "NC",
        "ND",
        "NE",
        "NH",
        "NJ",
        "NM",
        "NV",
        "OH",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "UT",
        "VA",
        "VT",
        "WA",
        "WI",
        "WV",
        "WY",
    ]
)


@dataclass
class Keyword:
    name: str
    category: str
    forms: tuple[str, ...]
    count: int = 1
    # Other keywords the job accepts instead ("Spark or Ray"): when every mention of this one is such a choice.
    alternatives: tuple[str, ...] = ()
    # The job's own wording of it, its first mention as written ("Postgres" for PostgreSQL): what people read.
    as_written: str = ""
    # False when every mention is a bonus ("Kubernetes is a plus", a "Nice to have" section).
    required: bool = True

    @property
    def label(self) -> str:
        """The name to show a person: the job's wording, else the canonical name."""
        return self.as_written or self.name

    def to_dict(self) -> dict[str, Any]:
        return {"keyword": self.name, "category": self.category, "as_written": self.label, "required": self.required}


@dataclass
class KeywordMatch:
    keyword: Keyword
    where: list[dict[str, str]] = field(default_factory=list)  # [{path, form}]
    satisfied_by: str | None = None  # the alternative the resume has instead ("Spark" for the job's "Spark or Ray")

    @property
    def matched(self) -> bool:
        return bool(self.where) or self.satisfied_by is not None

    @property
    def via_variant(self) -> bool:
        """Found only through a variant (``k8s`` for Kubernetes): ATS exact matchers would miss it.

        The job's own wording is exact too: a resume's "Postgres" for a job's "Postgres" is no variant.
        """
        exact = {self.keyword.name.lower(), self.keyword.label.lower()}
        return bool(self.where) and all(w["form"].lower() not in exact for w in self.where)


def extract_job_keywords(job: JobDescription) -> list[Keyword]:
    """The job's keywords (a fresh list; the extraction itself is memoised per job)."""
    return [
        Keyword(k.name, k.category, k.forms, k.count, k.alternatives, k.as_written, k.required) for k in _extract(job)
    ]


# "Spark or Ray", "Amplitude, Mixpanel, or Looker": keywords joined like this are alternatives.
_OR = re.compile(r"\s*,?\s+or\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=64)
def _extract(job: JobDescription) -> tuple[Keyword, ...]:
    """The job's keywords: known skills (by a specific form) found in its text, its explicit hints, and unknown
    acronyms or CamelCase product names; ordered by category weight, then frequency, then first appearance.

    A mention inside a longer known name counts for that name only: "GitHub Actions" is not also "GitHub",
    "Django REST Framework" not also "Django" and "REST". Read as a recruiter reads (:mod:`.job_reading`): text
    damaged by PDF extraction is repaired first; the title line is the title, not a keyword (see
    :func:`match_title`); a negated mention ("requires no AI") is no requirement; a degree is checked against
    education, not listed; a keyword only ever mentioned as a bonus is not ``required``.
    """
    original = job_reading.repair_extraction(job.text)
    text = vocab.for_matching(original)
    found, order = _known_terms(text, original, _title_line_end(job, text))
    for hint in job.keywords:
        hinted = vocab.lookup(hint)
        name = hinted.canonical if hinted else hint
        if name not in found and hint not in job_reading.degree_forms():
            category, forms = (hinted.category, hinted.forms) if hinted else (vocab.HARD, (hint,))
            found[name] = Keyword(name, category, forms, as_written=_surface(hint))
            order[name] = len(text)
    nice = job_reading.nice_to_have(text)
    for token, (count, first, required) in _unknown_names(job, text, found, nice).items():
        found[token] = Keyword(token, vocab.HARD, (token,), count, as_written=token, required=required)
        order[token] = first
    weight = {vocab.TITLE: 0, vocab.CERT: 1, vocab.HARD: 2, vocab.TOOL: 2, vocab.SOFT: 3}
    ranked = sorted(found.values(), key=lambda k: (weight.get(k.category, 2), -k.count, order[k.name]))
    return tuple(ranked[:MAX_KEYWORDS])


def _title_line_end(job: JobDescription, text: str) -> int:
    """Where a text job's title line ends (0 when the title is not its first line): its words are the title."""
    if job.source is not None or not job.title:
        return 0
    stripped = text.lstrip()
    line, _, rest = stripped.partition("\n")
    # A one-line job is all the job there is: its words are keywords too.
    return len(text) - len(stripped) + len(line) if clean_title(line) == job.title and rest.strip() else 0


def _surface(written: str) -> str:
    """A mention as written, on one line with single spaces ("machine\n learning" -> "machine learning")."""
    return " ".join(written.split())


def _known_terms(text: str, original: str, skip: int = 0) -> tuple[dict[str, Keyword], dict[str, int]]:
    """Taxonomy terms named in ``text`` by a specific form, with their counts, first places and alternatives.

    ``original`` is the job text before :func:`vocab.for_matching` (same length): each keyword's ``as_written``
    is its first mention there ("CI/CD", not the "CI CD" matching sees).
    """
    folded = vocab.fold(text)
    spans: list[tuple[int, int, str]] = []
    terms: dict[str, vocab.Term] = {}
    for term in vocab.terms():
        for form in term.strong_forms:
            if vocab.may_contain(text, folded, form):
                spans.extend((m.start(), m.end(), term.canonical) for m in vocab.form_regex(form).finditer(text))
                terms[term.canonical] = term
    spans = _compounds(_outermost(spans), text, terms)
    spans = [span for span in spans if span[0] >= skip and not job_reading.negated(text, span[0])]
    nice = job_reading.nice_to_have(text)
    found: dict[str, Keyword] = {}
    order: dict[str, int] = {}
    for start, end, name in spans:
        if name in found:
            found[name].count += 1
            found[name].required = found[name].required or start not in nice
        else:
            term = terms[name]
            found[name] = Keyword(
                name, term.category, term.forms, 1, as_written=_surface(original[start:end]), required=start not in nice
            )
            order[name] = start
    for name, others in _alternatives(text, spans).items():
        found[name].alternatives = tuple(sorted(others))
    return found, order


_COMPOUND_TAIL = re.compile(r" ([A-Z][A-Z0-9]{1,4})(?![\w+#/]|\.\w)")


def _compounds(
    spans: list[tuple[int, int, str]], text: str, terms: dict[str, vocab.Term]
) -> list[tuple[int, int, str]]:
    """A known name followed by an unknown acronym is one name: "Java EE", not "Java" and "EE"."""
    out = []
    for start, end, name in spans:
        m = _COMPOUND_TAIL.match(text, end)
        tail = m.group(1) if m else ""
        if m and tail not in _NOT_KEYWORDS and not vocab.lookup(tail) and tail not in job_reading.degree_forms():
            whole = " ".join(text[start : m.end()].split())
            terms.setdefault(whole, vocab.Term(whole, terms[name].category, (whole,), frozenset()))
            out.append((start, m.end(), whole))
        else:
            out.append((start, end, name))
    return out


def _unknown_names(
    job: JobDescription, text: str, found: dict[str, Keyword], nice: job_reading.Spans
) -> dict[str, tuple[int, int, bool]]:
    """Acronyms and CamelCase/dotted product names the taxonomy does not know: {name: (count, first, required)}."""
    known_forms = {f.lower() for kw in found.values() for f in kw.forms}
    # The words of known multi-word names: the "BI" of "Power BI" is not a keyword of its own.
    known_forms |= {w for f in list(known_forms) if " " in f for w in f.split()}
    # A text job's first lines are its header (title, company, place): names there are not skills, anywhere.
    header_end = sum(len(line) + 1 for line in text.splitlines()[:3]) if not job.source else 0
    header_names = {m.group(1) for pattern in (_CAMEL, _DOTTED) for m in pattern.finditer(text[:header_end])}
    extra: Counter[str] = Counter()
    first: dict[str, int] = {}
    required: set[str] = set()
    degrees = job_reading.degree_forms()
    for pattern in (_ACRONYM, _CAMEL, _DOTTED):
        for m in pattern.finditer(text):
            token = m.group(1)
            base = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
            if base in _NOT_KEYWORDS or base.lower() in known_forms or vocab.lookup(base) or base in header_names:
                continue
            if (job.company and base.lower() in job.company.lower()) or (m.start() < header_end and not base.isupper()):
                continue
            if base in degrees or job_reading.negated(text, m.start()):
                continue  # a degree is met by education; "requires no X" asks for no X
            extra[base] += 1
            first.setdefault(base, m.start())
            if m.start() not in nice:
                required.add(base)
    return {token: (count, first[token], token in required) for token, count in extra.items()}


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans not inside a longer one (one per place: "Apache Spark" and its "Spark" are one mention)."""
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int, str]] = []
    reach = -1
    for span in spans:
        if span[1] <= reach:
            continue  # inside (or equal to) a span that starts at or before it
        out.append(span)
        reach = span[1]
    return out


def _alternatives(text: str, spans: list[tuple[int, int, str]]) -> dict[str, set[str]]:
    """Keywords every mention of which is one choice among others ("Feast or Tecton"), with those others."""
    chains: list[list[str]] = []
    chain, has_or = [spans[0][2]] if spans else [], False
    for (_s1, e1, _n1), (s2, _e2, n2) in itertools.pairwise(spans):
        gap = text[e1:s2]
        if _OR.fullmatch(gap):
            chain.append(n2)
            has_or = True
            continue
        if _COMMA.fullmatch(gap):
            chain.append(n2)
            continue
        if has_or:
            chains.append(chain)
        chain, has_or = [n2], False
    if has_or:
        chains.append(chain)
    mentions = Counter(name for _s, _e, name in spans)
    in_choices: Counter[str] = Counter()
    others: dict[str, set[str]] = {}
    for names in chains:
        for name in names:
            in_choices[name] += 1
            others.setdefault(name, set()).update(n for n in names if n != name)
    return {name: others[name] for name, n in in_choices.items() if n == mentions[name] and others[name]}


def match_keywords(keywords: list[Keyword], fields: list[TextField]) -> list[KeywordMatch]:
    """Where each keyword appears in the resume (whole words, any form); a keyword the job offers as a choice
    ("Spark or Ray") is met by any of its alternatives."""
    texts = [(f, vocab.for_matching(plain(f.text))) for f in fields]
    folded = [vocab.fold(text) for _, text in texts]
    # A form's words hold no line break, so a form absent from the joined text is absent from every field.
    joined, joined_folded = "\n".join(t for _, t in texts), "\n".join(folded)
    out: list[KeywordMatch] = []
    for kw in keywords:
        match = KeywordMatch(kw)
        if kw.category == vocab.TITLE:
            _match_title(match, texts)
        else:
            forms = [form for form in kw.forms if vocab.may_contain(joined, joined_folded, form)]
            for (f, text), low in zip(texts, folded, strict=True) if forms else ():
                for form in forms:
                    if vocab.search_form(text, form, low):
                        match.where.append({"path": f.path, "form": form})
                        break
        out.append(match)
    by_name = {m.keyword.name: m for m in out}
    for m in out:
        if not m.where:
            found = [by_name[a] for a in m.keyword.alternatives if a in by_name and by_name[a].where]
            if found:
                m.satisfied_by = found[0].keyword.name
    return out


def match_title(title: str, fields: list[TextField]) -> list[dict[str, str]]:
    """Where the resume states the job's title (its core words in one label or the summary), reported apart."""
    match = KeywordMatch(Keyword(title, vocab.TITLE, (title,), as_written=title))
    _match_title(match, [(f, vocab.for_matching(plain(f.text))) for f in fields])
    return match.where


_TITLE_NOISE = frozenset(
    {"senior", "junior", "sr", "jr", "lead", "staff", "principal", "mid", "level", "i", "ii", "iii"}
)


def _match_title(match: KeywordMatch, texts: list[tuple[TextField, str]]) -> None:
    # A title matches when its core words ("backend engineer") all appear in one label or the summary.
    core = [w.lower() for w in re.findall(r"[\w+#.]+", match.keyword.name.split(" - ")[0])]
    core = [w for w in core if w not in _TITLE_NOISE] or core
    for f, text in texts:
        if f.role not in {"label", "summary"}:
            continue
        lowered = text.lower()
        if all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in core):
            match.where.append({"path": f.path, "form": match.keyword.name})

"""Job keywords (taxonomy + acronyms + job-document hints) and whole-word matching with variants."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from resume_autofix.resume.job import JobDescription

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

    def to_dict(self) -> dict[str, Any]:
        return {"keyword": self.name, "category": self.category}


@dataclass
class KeywordMatch:
    keyword: Keyword
    where: list[dict[str, str]] = field(default_factory=list)  # [{path, form}]

    @property
    def matched(self) -> bool:
        return bool(self.where)

    @property
    def via_variant(self) -> bool:
        """Found only through a variant (``k8s`` for Kubernetes): ATS exact matchers would miss it."""
        return bool(self.where) and all(w["form"].lower() != self.keyword.name.lower() for w in self.where)


def extract_job_keywords(job: JobDescription) -> list[Keyword]:
    """The job's keywords (a fresh list; the extraction itself is memoised per job)."""
    return [Keyword(k.name, k.category, k.forms, k.count) for k in _extract(job)]


@lru_cache(maxsize=64)
def _extract(job: JobDescription) -> tuple[Keyword, ...]:
    """The job's keywords: known skills (any form) found in its text, its explicit hints, and unknown acronyms or
    CamelCase product names; ordered by category weight, then frequency, then first appearance."""
    text = job.text
    folded = vocab.fold(text)
    found: dict[str, Keyword] = {}
    order: dict[str, int] = {}
    for term in vocab.terms():
        hits = [
            m.start()
            for form in term.forms
            if vocab.may_contain(text, folded, form)
            for m in vocab.form_regex(form).finditer(text)
        ]
        if hits:
            found[term.canonical] = Keyword(term.canonical, term.category, term.forms, len(hits))
            order[term.canonical] = min(hits)
    for hint in job.keywords:
        hinted = vocab.lookup(hint)
        name = hinted.canonical if hinted else hint
        if name not in found:
            found[name] = Keyword(name, hinted.category if hinted else vocab.HARD, hinted.forms if hinted else (hint,))
            order[name] = len(text)
    known_forms = {f.lower() for kw in found.values() for f in kw.forms}
    # The words of known multi-word names: the "BI" of "Power BI" is not a keyword of its own.
    known_forms |= {w for f in list(known_forms) if " " in f for w in f.split()}
    # A text job's first lines are its header (title, company, place): names there are not skills.
    header_end = sum(len(line) + 1 for line in text.splitlines()[:3]) if not job.source else 0
    extra: Counter[str] = Counter()
    first: dict[str, int] = {}
    for pattern in (_ACRONYM, _CAMEL, _DOTTED):
        for m in pattern.finditer(text):
            token = m.group(1)
            base = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
            if base in _NOT_KEYWORDS or base.lower() in known_forms or vocab.lookup(base):
                continue
            if (job.company and base.lower() in job.company.lower()) or (m.start() < header_end and not base.isupper()):
                continue
            extra[base] += 1
            first.setdefault(base, m.start())
    for token, count in extra.items():
        found[token] = Keyword(token, vocab.HARD, (token,), count)
        order[token] = first[token]
    if job.title:
        found[job.title] = Keyword(job.title, vocab.TITLE, (job.title,), 1)
        order[job.title] = -1
    weight = {vocab.TITLE: 0, vocab.CERT: 1, vocab.HARD: 2, vocab.TOOL: 2, vocab.SOFT: 3}
    ranked = sorted(found.values(), key=lambda k: (weight.get(k.category, 2), -k.count, order[k.name]))
    return tuple(ranked[:MAX_KEYWORDS])


def match_keywords(keywords: list[Keyword], fields: list[TextField]) -> list[KeywordMatch]:
    """Where each keyword appears in the resume (whole words, any form)."""
    texts = [(f, plain(f.text)) for f in fields]
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
    return out


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

"""The optional AI structuring of an import: one model call reads the text into JSON Resume, or the rules stand.

Why optional and guarded: the rules parser is offline, deterministic and the default. A real model (Bedrock, an
OpenAI-compatible endpoint) may place fields the rules miss, so when asked it gets exactly one call with the text
the importer read. Its answer is checked against a JSON Resume subset schema, its dates are read with the
project's date parser, and every string passes the same never-invent guard as the rules (a value not in the
file is dropped, with a warning). A model error, a timeout, an invalid answer, or an answer that places fewer of
the measured fields than the rules did leaves the rules result, with a warning saying why — never an error.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import fastjsonschema

from ..cache.keys import hash_key
from ..exceptions import AutofixError
from ..importer import ImportLimits, ImportResult, import_resume
from ..importer.dates import find_dates
from ..importer.guard import DATE_KEYS, Guard
from ..importer.limits import DEFAULT_LIMITS
from .base import AIProvider, JsonPrompt
from .exceptions import AIEndpointError, AIResponseError
from .factory import get_provider

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .local import Rule

logger = logging.getLogger(__name__)

#: part of the AI response cache key: bump it when the prompt or the schema changes
PROMPT_VERSION = "import-structure-1"

# null where a model means "not stated" is no error: it is left out like an absent field
_STR = {"type": ["string", "null"]}
_STRS = {"type": ["array", "null"], "items": _STR}


def _items(**props: Any) -> dict[str, Any]:
    return {"type": ["array", "null"], "items": {"type": "object", "properties": props}}


#: the JSON Resume subset a model may answer with (unknown keys are ignored, not errors)
SECTIONS: dict[str, tuple[str, ...]] = {
    "work": ("name", "position", "location", "startDate", "endDate", "summary", "highlights", "url"),
    "education": ("institution", "area", "studyType", "startDate", "endDate", "score", "courses"),
    "skills": ("name", "level", "keywords"),
    "projects": ("name", "description", "startDate", "endDate", "url", "highlights"),
    "certificates": ("name", "issuer", "date", "url"),
    "languages": ("language", "fluency"),
    "awards": ("title", "awarder", "date", "summary"),
    "volunteer": ("organization", "position", "startDate", "endDate", "summary", "highlights"),
    "publications": ("name", "publisher", "releaseDate", "url", "summary"),
    "interests": ("name", "keywords"),
}
_LISTS = frozenset({"highlights", "courses", "keywords"})
BASICS = ("name", "label", "email", "phone", "url", "summary")
LOCATION = ("address", "postalCode", "city", "region", "countryCode")
PROFILE = ("network", "username", "url")

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "basics": {
            "type": ["object", "null"],
            "properties": {
                **dict.fromkeys(BASICS, _STR),
                "location": {"type": "object", "properties": dict.fromkeys(LOCATION, _STR)},
                "profiles": _items(**dict.fromkeys(PROFILE, _STR)),
            },
        },
        **{
            section: _items(**{k: (_STRS if k in _LISTS else _STR) for k in keys}) for section, keys in SECTIONS.items()
        },
    },
}
_validate = fastjsonschema.compile(SCHEMA)

SYSTEM = (
    "You turn the text of a resume into a JSON Resume document (jsonresume.org schema). Answer with one JSON "
    "object only, no prose. Copy every value exactly as it is written in the text: never rephrase, translate, "
    "complete, correct or guess. Leave out any field the text does not state. Dates: ISO 'YYYY-MM' or 'YYYY' "
    "for a date the text writes; an ongoing role has no endDate. Sections: basics {name, label, email, phone, "
    "url, summary, location {city, region, countryCode}, profiles [{network, username, url}]}, work [{name "
    "(the employer), position, location, startDate, endDate, summary, highlights []}], education [{institution, "
    "area, studyType, startDate, endDate, score, courses []}], skills [{name, keywords []}], projects, "
    "certificates [{name, issuer, date}], languages [{language, fluency}], awards [{title, awarder, date}], "
    "volunteer [{organization, position, startDate, endDate}], publications, interests."
)


# A structuring request never falls back through the provider (the importer's own rules are the fallback), so
# the provider built for imports needs no fix rules: one constant mapping keeps it one cached instance.
NO_RULES: Mapping[str, Rule] = MappingProxyType({})


def structuring_model(settings: Any, asked: bool | None = None) -> AIProvider | None:
    """The model to structure an import with, or ``None``: only a real model, and only when asked.

    ``asked`` is the request's own choice (``None``: ``settings.import_ai_structure`` decides).
    """
    want = settings.import_ai_structure if asked is None else asked
    if not want or (getattr(settings, "ai_provider", "local") or "local") == "local":
        return None
    provider = get_provider(settings, rules=NO_RULES)
    return provider if provider.answers_json else None


def import_structured(
    data: bytes,
    filename: str | None = None,
    media_type: str | None = None,
    *,
    model: AIProvider | None,
    timeout: float = 20.0,
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportResult:
    """:func:`~resume_autofix.importer.import_resume`, then one structuring call to ``model`` when it is a model.

    ``None`` or the offline rules engine: the rules result, and no call.
    """
    result = import_resume(data, filename, media_type, limits=limits)
    if model is None or not model.answers_json:
        return result
    return structure(result, model, timeout)


def build_prompt(source_text: str) -> JsonPrompt:
    """The structuring request for ``source_text``; its cache key part hashes the text and the prompt version."""
    user = f"The resume text, in reading order, between the markers:\n<<<RESUME\n{source_text}\nRESUME>>>"
    key = hash_key({"prompt": PROMPT_VERSION, "source_text": source_text})
    return JsonPrompt(system=SYSTEM, user=user, schema=SCHEMA, key=key, validate=_validate)


def _date(value: str, written: frozenset[str] | set[str]) -> str | None:
    """A model's date ("2020-06", "Jun 2020", "present") → the ISO value the project's date parser reads.

    A model may be more precise than the text ("2020-06-01" for "Jun 2020"): the date is shortened to the
    precision the text wrote, when the shorter form is written there (``written``: the text's ISO dates).
    """
    spans = find_dates(value)
    iso = spans[0].start if spans else None
    while iso and iso not in written and len(iso) > 4:
        iso = iso[:7] if len(iso) > 7 else iso[:4]
    return iso


def _entry(item: Any, keys: tuple[str, ...], written: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not isinstance(item, dict):
        return out
    for k in keys:
        v = item.get(k)
        if k in DATE_KEYS and isinstance(v, str):
            v = _date(v, written)
        if isinstance(v, str) and v.strip():
            out[k] = v.strip()
        elif isinstance(v, list):
            values = [s.strip() for s in v if isinstance(s, str) and s.strip()]
            if values:
                out[k] = values
    return out


def to_resume(answer: dict[str, Any], written: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """The schema-valid answer reduced to the known keys, dates as ISO values, empty parts left out."""
    raw = answer.get("basics")
    basics_in: dict[str, Any] = raw if isinstance(raw, dict) else {}
    basics = _entry(basics_in, BASICS)
    location = _entry(basics_in.get("location"), LOCATION)
    if location:
        basics["location"] = location
    profiles = [p for p in (_entry(x, PROFILE) for x in basics_in.get("profiles") or []) if p]
    if profiles:
        basics["profiles"] = profiles
    resume: dict[str, Any] = {"basics": basics} if basics else {}
    for section, keys in SECTIONS.items():
        entries = [e for e in (_entry(x, keys, written) for x in answer.get(section) or []) if e]
        if entries:
            resume[section] = entries
    return resume


def placed(resume: dict[str, Any]) -> int:
    """How many of the measured fields (bench/import.py) a resume fills: the yardstick for AI against rules."""
    basics = resume.get("basics") or {}
    count = sum(1 for k in ("name", "email", "phone") if basics.get(k))
    for job in resume.get("work") or []:
        count += sum(1 for k in ("name", "position", "startDate", "endDate") if job.get(k))
    for school in resume.get("education") or []:
        count += sum(1 for k in ("institution", "studyType", "area", "startDate", "endDate") if school.get(k))
    for group in resume.get("skills") or []:
        count += len(group.get("keywords") or []) or (1 if group.get("name") else 0)
    return count


def _ask(provider: AIProvider, prompt: JsonPrompt, timeout: float) -> dict[str, Any]:
    """``provider.answer_json(prompt)`` within ``timeout`` seconds, whatever the provider's own timeouts.

    A request must answer before its Lambda's limit (29 s) while a model's client may wait longer (Bedrock:
    60 s reads and retries). A late answer still lands in the AI response cache for the next import. A daemon
    thread rather than an executor: a process (the CLI) never waits at exit for a model that is still thinking.
    """
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(provider.answer_json(prompt))
        except Exception as exc:  # handed to the caller's thread as it is
            outcome.append(exc)

    worker = threading.Thread(target=run, name="import-ai", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise AIEndpointError("timed out")
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    answer: dict[str, Any] = outcome[0]
    return answer


def structure(result: ImportResult, provider: AIProvider, timeout: float = 20.0) -> ImportResult:
    """``result`` (the rules' import) restructured by one call to ``provider``, or ``result`` with a warning."""
    rules = replace(result, structured_by="rules", warnings=list(result.warnings))
    try:
        answer = _ask(provider, build_prompt(result.source_text), timeout)
    except AutofixError as exc:
        # the error type only: a model's answer (and so the message) may echo the resume
        logger.warning("import structuring failed; the rules result stands", extra={"error": type(exc).__name__})
        if isinstance(exc, AIResponseError):
            reason = "the model's answer was not valid JSON Resume"
        else:
            reason = f"the model could not be reached ({exc.message})"
        rules.warnings.append(f"AI structuring not used: {reason}; the rules read the file")
        return rules
    guard = Guard(result.source_text)
    resume, removed = guard.clean(to_resume(answer, guard.dates))
    # the reader's warnings (two columns, ...) hold for the model's result too; the rules' placement notes do not
    warnings = result.warnings[: result.reader_warnings]
    if removed:
        warnings.append(
            f"AI structuring: left out {len(removed)} values not found in the file: {', '.join(removed[:5])}"
        )
    ai_count, rules_count = placed(resume), placed(result.resume)
    if ai_count < rules_count:
        warnings.append(
            f"AI structuring not used: it placed {ai_count} fields, the rules {rules_count}; the rules read the file"
        )
        return replace(rules, warnings=[*result.warnings, *warnings[result.reader_warnings :]])
    # the rules' confidence where they read the section too; a section only the model found is less sure
    confidence = {section: result.confidence.get(section, 0.5) for section in resume}
    return replace(result, resume=resume, warnings=warnings, confidence=confidence, structured_by=provider.label)

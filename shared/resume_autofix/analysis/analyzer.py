"""``analyze(resume, job_description=None)``: pure, deterministic, explainable ATS analysis."""

from __future__ import annotations

from typing import Any

from resume_autofix.resume import JobDescription, Resume, load_job_description, load_resume

from . import checks, job_reading
from . import vocabulary as vocab
from .dictionaries import OTHER_LANGUAGES
from .keywords import KeywordMatch, extract_job_keywords, match_keywords, match_title
from .model import Analysis, Issue, Part
from .spelling import check_spelling, english_words
from .text import iter_fields, plain, words

# Points per part. Without a job there is nothing to match, so the same parts share the 100 points.
WEIGHTS_WITH_JOB = {
    "keywords": 30,
    "sections": 10,
    "contact": 10,
    "dates": 10,
    "achievements": 10,
    "action_verbs": 10,
    "length": 10,
    "language": 10,
}
WEIGHTS_NO_JOB = {
    "sections": 15,
    "contact": 15,
    "dates": 15,
    "achievements": 15,
    "action_verbs": 15,
    "length": 10,
    "language": 15,
}
LABELS = {
    "keywords": "Keyword coverage",
    "sections": "Standard sections",
    "contact": "Contact details",
    "dates": "Dates",
    "achievements": "Quantified achievements",
    "action_verbs": "Action verbs",
    "length": "Bullet and resume length",
    "language": "Spelling and grammar",
}
_CATEGORY_WEIGHT = {vocab.TITLE: 2.0, vocab.HARD: 1.0, vocab.TOOL: 1.0, vocab.CERT: 1.0, vocab.SOFT: 0.5}
NICE_TO_HAVE_WEIGHT = 0.5
#: issues listed per type; the rest are counted in ``issues_omitted`` (a 200 KB field of "a a a ..." would
#: otherwise answer 100,000 ``repeated_word`` issues, megabytes the client cannot use and the cache must hold)
MAX_ISSUES_PER_TYPE = 50
VARIANT_CREDIT = 0.8  # found only as "k8s": a person sees it, an exact-match ATS may not


def analyze(
    resume: Resume | dict[str, Any], job_description: str | dict[str, Any] | JobDescription | None = None
) -> Analysis:
    """Score ``resume`` (optionally against a job) and say why.

    Pure: no I/O, no clock, no randomness; the same input gives the same output.
    """
    loaded = resume if isinstance(resume, Resume) else load_resume(resume)
    doc = loaded.to_dict()
    job = load_job_description(job_description) if job_description is not None else None
    if job is not None and not job.text.strip():
        job = None
    fields = list(iter_fields(doc))
    known = english_words().dictionary

    results: dict[str, tuple[float, str, list[Issue]]] = {
        "sections": checks.check_sections(doc),
        "contact": checks.check_contact(doc),
        "dates": checks.check_dates(doc),
        "achievements": checks.check_achievements(fields),
        "action_verbs": checks.check_action_verbs(doc, fields, known),
        "length": checks.check_length(fields),
    }
    location = (doc.get("basics") or {}).get("location") if isinstance(doc.get("basics"), dict) else None
    country = location.get("countryCode") if isinstance(location, dict) else None
    misspellings, languages = check_spelling(fields, country if isinstance(country, str) else None)
    counted: dict[str, int] = {}  # found past the cap, counted not listed
    other = checks.check_repeats_and_tense(doc, fields, counted, MAX_ISSUES_PER_TYPE)
    confident = [m for m in misspellings if m.confident]
    lang_issues = [
        Issue(
            "spelling",
            "warning" if m.confident else "info",
            m.path,
            f"{m.word!r} looks misspelt" + (f"; did you mean {m.suggestion!r}?" if m.suggestion else ""),
            {"word": m.word, "start": m.start, "suggestion": m.suggestion, "confident": m.confident},
            key=str(m.start),
        )
        for m in misspellings
    ]
    penalty = (
        0.15 * len(confident)
        + 0.05 * (len(misspellings) - len(confident))
        + 0.1 * (sum(i.type == "repeated_word" for i in other) + counted.get("repeated_word", 0))
        + 0.03 * sum(i.type == "tense" for i in other)
    )
    checked = sum(1 for lang in languages.values() if lang == "en" or lang in OTHER_LANGUAGES)
    checked_in = sorted({lang for lang in languages.values() if lang == "en" or lang in OTHER_LANGUAGES})
    where = f"{checked} English fields" if checked_in in ([], ["en"]) else f"{checked} fields ({', '.join(checked_in)})"
    results["language"] = (
        max(0.0, 1 - penalty),
        f"{len(misspellings)} possible misspellings ({len(confident)} certain) in {where}; "
        f"{sum(i.type == 'repeated_word' for i in other) + counted.get('repeated_word', 0)} repeated words",
        lang_issues + other,
    )

    keyword_summary: dict[str, Any] = {
        "job_title": None,
        "title_match": None,
        "degree": None,
        "matched": [],
        "missing": [],
        "coverage": None,
    }
    recommendations: list[dict[str, Any]] = []
    if job is not None:
        matches = match_keywords(extract_job_keywords(job), fields)
        title_where = match_title(job.title, fields) if job.title else None
        degree = _degree(job, doc)
        results["keywords"] = _keyword_part(matches, title_where, degree)
        keyword_summary = _keyword_summary(job, matches)
        keyword_summary["title_match"] = (
            None if title_where is None else {"title": job.title, "matched": bool(title_where), "where": title_where}
        )
        keyword_summary["degree"] = degree
        recommendations.extend(_keyword_recommendations(matches))
        if degree is not None and degree["met"] is False:
            recommendations.append(
                {
                    "id": "degree",
                    "type": "degree",
                    "as_written": degree["asked"],
                    "message": f"The job asks for a {degree['asked']}; if you have one, list it under education "
                    "(degree type and field)",
                }
            )
    weights = WEIGHTS_WITH_JOB if job is not None else WEIGHTS_NO_JOB
    parts = [Part(pid, LABELS[pid], weight, results[pid][0], results[pid][1]) for pid, weight in weights.items()]
    issues = [i for pid in weights for i in results[pid][2]] + checks.check_formatting(fields)
    issues, omitted = _capped(_dedupe(issues + _load_notes(loaded)))
    for kind, count in counted.items():
        omitted[kind] = omitted.get(kind, 0) + count
    recommendations.extend(_general_recommendations(issues))
    score = round(sum(p.weight * p.score for p in parts))
    stats = {
        "words": sum(len(words(plain(f.text))) for f in fields),
        "bullets": len(checks.bullets(fields)),
        "languages": sorted(set(languages.values())),
    }
    suggestions = [
        {"path": m.path, "word": m.word, "suggestion": m.suggestion, "reason": "not certain: review by hand"}
        for m in misspellings
        if not m.confident
    ]
    if len(suggestions) > MAX_ISSUES_PER_TYPE:
        omitted["suggestion"] = len(suggestions) - MAX_ISSUES_PER_TYPE
    return Analysis(
        max(0, min(100, score)),
        parts,
        issues,
        recommendations,
        keyword_summary,
        stats,
        suggestions[:MAX_ISSUES_PER_TYPE],
        omitted,
    )


def _degree(job: JobDescription, doc: dict[str, Any]) -> dict[str, Any] | None:
    """The degree the job asks for, checked against the resume's education (``met`` None: education unreadable)."""
    asked = job_reading.degree_asked(job_reading.repair_extraction(job.text))
    if asked is None:
        return None
    level, where = job_reading.education_level(doc)
    education = [e for e in doc.get("education") or [] if isinstance(e, dict)]
    met: bool | None = level >= job_reading.LEVELS[asked.level] if level else (None if education else False)
    return {"asked": asked.as_written, "level": asked.level, "met": met, "where": where}


def _weight(keyword: Any) -> float:
    # A bonus ("Kubernetes is a plus") counts half as much as a requirement.
    return _CATEGORY_WEIGHT.get(keyword.category, 1.0) * (1.0 if keyword.required else NICE_TO_HAVE_WEIGHT)


def _keyword_part(
    matches: list[KeywordMatch], title_where: list[dict[str, str]] | None = None, degree: dict[str, Any] | None = None
) -> tuple[float, str, list[Issue]]:
    extras = (title_where is not None) + (degree is not None and degree["met"] is not None)
    if not matches and not extras:
        return 1.0, "the job names no recognisable keywords", []
    total = sum(_weight(m.keyword) for m in matches)
    credit = {m.keyword.name: (VARIANT_CREDIT if m.via_variant else 1.0) for m in matches if m.where}
    got = 0.0
    issues: list[Issue] = []
    notes: list[str] = []
    if title_where is not None:  # the job's title, scored as before but reported apart from the keywords
        total += _CATEGORY_WEIGHT[vocab.TITLE]
        got += _CATEGORY_WEIGHT[vocab.TITLE] if title_where else 0.0
        notes.append("title matched" if title_where else "title not stated")
    if degree is not None and degree["met"] is not None:
        total += 1.0
        got += 1.0 if degree["met"] else 0.0
        notes.append("degree met" if degree["met"] else "degree not shown")
    for m in matches:
        w = _weight(m.keyword)
        if m.satisfied_by is not None:
            got += w * credit[m.satisfied_by]  # "Spark or Ray": the resume's Spark meets it
        elif m.matched:
            got += w * credit[m.keyword.name]
            if m.via_variant and m.keyword.category != vocab.TITLE:
                first = m.where[0]
                issues.append(
                    Issue(
                        "keyword_variant",
                        "info",
                        first["path"],
                        f"The job says {m.keyword.label!r}; the resume says {first['form']!r}",
                        {"keyword": m.keyword.name, "form": first["form"], "as_written": m.keyword.label},
                        key=m.keyword.name,
                    )
                )
        else:
            issues.append(
                Issue(
                    "keyword_missing",
                    "warning" if w >= 1 and m.keyword.required else "info",
                    "",
                    f"The job asks for {m.keyword.label!r}; the resume does not mention it",
                    {
                        "keyword": m.keyword.name,
                        "category": m.keyword.category,
                        "as_written": m.keyword.label,
                        "required": m.keyword.required,
                    },
                    key=m.keyword.name,
                )
            )
    matched = sum(m.matched for m in matches)
    instead = sum(m.satisfied_by is not None for m in matches)
    via = f", {instead} through an alternative the job accepts" if instead else ""
    extra = f"; {', '.join(notes)}" if notes else ""
    found = f"{matched} of {len(matches)} job keywords found{via}{extra}"
    return got / total, f"{found} (weighted {got / total:.0%})", issues


def _keyword_summary(job: JobDescription, matches: list[KeywordMatch]) -> dict[str, Any]:
    matched = [
        {**m.keyword.to_dict(), "where": m.where, "via_variant": m.via_variant}
        | ({"satisfied_by": m.satisfied_by} if m.satisfied_by else {})
        for m in matches
        if m.matched
    ]
    missing = [m.keyword.to_dict() for m in matches if not m.matched]
    return {
        "job_title": job.title or None,
        "matched": matched,
        "missing": missing,
        "coverage": round(len(matched) / len(matches), 3) if matches else None,
    }


def _keyword_recommendations(matches: list[KeywordMatch]) -> list[dict[str, Any]]:
    out = []
    for m in matches:
        if m.matched or m.keyword.category == vocab.TITLE:
            continue
        bonus = "" if m.keyword.required else " (a bonus for this job, not a requirement)"
        out.append(
            {
                "id": f"add_keyword:{m.keyword.name}",
                "type": "add_keyword",
                "keyword": m.keyword.name,
                "as_written": m.keyword.label,
                "required": m.keyword.required,
                "message": f"Add {m.keyword.label!r} if it is true of your experience (say where you used it){bonus}",
            }
        )
    return out


def _general_recommendations(issues: list[Issue]) -> list[dict[str, Any]]:
    out = []
    types = {i.type for i in issues}
    if "few_metrics" in types or "no_bullets" in types:
        out.append(
            {
                "id": "quantify",
                "type": "quantify",
                "message": "Add real figures to your bullets (people, %, money, time); we never make them up",
            }
        )
    out.extend(
        {"id": f"section:{i.path}", "type": "add_section", "message": i.message}
        for i in issues
        if i.type == "missing_section"
    )
    return out


def _load_notes(resume: Resume) -> list[Issue]:
    # A converted deviation ("location written as text") is shown, so nothing about the file changes silently.
    return [
        Issue("converted_on_load", "info", n["path"], f"Read with a change: {n['message']}", key="load")
        for n in resume.notes
    ]


def _capped(issues: list[Issue]) -> tuple[list[Issue], dict[str, int]]:
    """The first ``MAX_ISSUES_PER_TYPE`` issues of each type (in document order), and how many of each were left."""
    listed: dict[str, int] = {}
    omitted: dict[str, int] = {}
    out = []
    for issue in issues:
        if listed.get(issue.type, 0) < MAX_ISSUES_PER_TYPE:
            listed[issue.type] = listed.get(issue.type, 0) + 1
            out.append(issue)
        else:
            omitted[issue.type] = omitted.get(issue.type, 0) + 1
    return out, omitted


def _dedupe(issues: list[Issue]) -> list[Issue]:
    seen: set[str] = set()
    out = []
    for issue in issues:
        if issue.id not in seen:
            seen.add(issue.id)
            out.append(issue)
    return out

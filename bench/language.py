"""Language a job seeker can trust (issue 13): typo recall, valid words flagged, variant changes, skill-term
refusals of plain words, and job-keyword precision/recall.

Run: .venv/bin/python bench/language.py [--extra DIR]   (DIR: more public JSON Resume files, e.g. ones whose
licence forbids copying them into the repository; each figure is printed for the committed set and with them)

- typo recall: in every English prose field of the real resumes, words of 4+ letters get one seeded typo each
  (two letters swapped, one dropped, one doubled; any position; the word may stand beside punctuation, a slash
  or a hyphen), one per field at a time, skipping typos that are themselves words. Recall = the typo is
  corrected (certain, and to the original word); "detected" = flagged at all.
- valid words flagged per 2,000 words: every spelling flag (certain or not) on the unmodified resumes; the flagged
  words are printed so a reader can check that they are words.
- variant changes: every resume, and a British copy of it (each US spelling swapped for its British twin), run
  through the whole local fix pipeline; a change of a word into its other-variant twin counts.
- skill-term refusals of plain words: the same runs against every corpus job; a refusal "a skill term" whose
  word is a plain dictionary word counts.
- job keywords: precision/recall of the extracted keywords against each posting's skills list
  (bench/data/job_skills_gold.json), matched through the vocabulary's forms; and the count of title lines,
  negated terms and degree abbreviations among the "missing keywords" (goal 0).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path
from typing import Any

from resume_autofix.ai import LocalRulesProvider
from resume_autofix.analysis import analyze, lexicon
from resume_autofix.analysis import vocabulary as vocab
from resume_autofix.analysis.keywords import extract_job_keywords
from resume_autofix.analysis.spelling import _check_text, check_spelling, english_words, resume_variant
from resume_autofix.analysis.text import iter_fields, plain
from resume_autofix.fixes import DEFAULT_FIXES, FIX_RULES, merge, plan_stages, propose
from resume_autofix.resume import InvalidResumeError, load_job_description, load_resume

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
PUBLIC = ROOT / "tests" / "data" / "public"
GOLD = json.loads((Path(__file__).parent / "data" / "job_skills_gold.json").read_text(encoding="utf-8"))
SEED = 13
# Real misspellings in the public files themselves (not valid words wrongly flagged): counted apart.
REAL_TYPOS = frozenset({"experinecd", "neccesity", "soure"})


def resumes(extra: Path | None) -> dict[str, dict[str, Any]]:
    paths = sorted((CORPUS / "resumes").glob("*.json")) + sorted(PUBLIC.glob("*.json"))
    if extra:
        paths += sorted(extra.glob("*.json"))
    out = {}
    for p in paths:
        try:
            out[p.name] = load_resume(p.read_bytes()).to_dict()
        except InvalidResumeError:
            continue
    return out


def english_fields(doc: dict[str, Any]) -> list[Any]:
    fields = list(iter_fields(doc))
    _, languages = check_spelling(fields)
    return [f for f in fields if languages.get(f.path) == "en"]


def seeded(word: str, rng: random.Random) -> list[str]:
    """Typos of ``word``: each kind at a random position."""
    n = len(word)
    out = []
    i = rng.randrange(n - 1)
    out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swap
    i = rng.randrange(n)
    out.append(word[:i] + word[i + 1 :])  # drop
    i = rng.randrange(n)
    out.append(word[:i] + word[i] + word[i:])  # double
    return out


def typo_recall(
    docs: dict[str, dict[str, Any]], context: bool = True
) -> tuple[int, int, int, int, list[tuple[str, str, str | None, bool]]]:
    """``context``: the words the resume writes elsewhere count (as in the analysis); off, only the neighbours."""
    rng = random.Random(SEED)
    known = english_words()
    total = corrected = detected = wrong = 0
    misses: list[tuple[str, str, str | None, bool]] = []
    for doc in docs.values():
        fields = [f for f in english_fields(doc) if f.role in {"summary", "prose", "bullet"}]
        variant = resume_variant(list(iter_fields(doc)))
        every = list(iter_fields(doc))
        for f in fields:
            others = {w.lower() for g in every if g.path != f.path for w in re.findall(r"[A-Za-z]+", plain(g.text))}
            text = f.text
            words = [m for m in re.finditer(r"(?<![\w@/.'-])([a-z]{4,})(?![\w@']|:/)", text) if m.group(1) in known]
            if not words:
                continue
            m = rng.choice(words)
            for typo in seeded(m.group(1), rng):
                if typo in known or typo == m.group(1):
                    continue  # a real-word error is no misspelling
                bad = text[: m.start(1)] + typo + text[m.end(1) :]
                own = frozenset(others | {w.lower() for w in re.findall(r"[A-Za-z]+", bad)}) if context else frozenset()
                found = [x for x in _check_text(bad, frozenset(), variant, frozenset(), own) if x[1] == m.start(1)]
                total += 1
                detected += bool(found)
                ok = bool(found) and found[0][3] and (found[0][2] or "").lower() == m.group(1)
                corrected += ok
                wrong += bool(found) and found[0][3] and not ok
                if not ok:
                    misses.append((m.group(1), typo, found[0][2] if found else None, bool(found) and found[0][3]))
    return total, detected, corrected, wrong, misses


def long_seeds(docs: dict[str, dict[str, Any]]) -> list[str]:
    """The seeded typos of 5+ letters (the same seed, so the same typos as :func:`typo_recall`)."""
    rng = random.Random(SEED)
    known = english_words()
    out = []
    for doc in docs.values():
        for f in [f for f in english_fields(doc) if f.role in {"summary", "prose", "bullet"}]:
            words = [m for m in re.finditer(r"(?<![\w@/.'-])([a-z]{4,})(?![\w@']|:/)", f.text) if m.group(1) in known]
            if not words:
                continue
            m = rng.choice(words)
            out += [t for t in seeded(m.group(1), rng) if t not in known and t != m.group(1) and len(t) >= 5]
    return out


def flags(docs: dict[str, dict[str, Any]]) -> tuple[int, int, list[str]]:
    words = flagged = 0
    found: list[str] = []
    for doc in docs.values():
        analysis = analyze(doc).to_dict()
        words += sum(len(plain(f.text).split()) for f in english_fields(doc))
        spelled = [i["data"]["word"] for i in analysis["issues"] if i["type"] == "spelling"]
        flagged += len(spelled)
        found += spelled
    return words, flagged, found


def britishised(doc: dict[str, Any]) -> dict[str, Any]:
    us_to_gb = lexicon.american_to_british()

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            return re.sub(r"[A-Za-z]+", lambda m: _case(m.group(0), us_to_gb.get(m.group(0).lower())), value)
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in {"url", "email", "name"} else swap(v) for k, v in value.items()}
        return value

    return swap(doc)


def _case(word: str, twin: str | None) -> str:
    if not twin:
        return word
    return twin.capitalize() if word[0].isupper() else twin


def run_fixes(doc: dict[str, Any], job: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    analysis = analyze(doc, job).to_dict()
    applied, rejected = [], []
    for stage in plan_stages(DEFAULT_FIXES):
        proposals: dict[str, Any] = {}
        for fix_job in stage:
            proposals.update(propose(fix_job, doc, analysis, job, LocalRulesProvider(FIX_RULES)))
        result = merge(doc, proposals, analysis)
        doc = result.resume
        applied += result.applied
        rejected += result.rejected
    return applied, rejected


def variant_moves(applied: list[dict[str, Any]]) -> int:
    moves = 0
    for change in applied:
        old, new = str(change.get("old") or ""), str(change.get("value") or "")
        old_words, new_words = re.findall(r"[A-Za-z]+", old), re.findall(r"[A-Za-z]+", new)
        gone = {w.lower() for w in old_words} - {w.lower() for w in new_words}
        moves += sum(1 for w in gone if (lexicon.counterpart(w) or "") in {x.lower() for x in new_words})
    return moves


def plain_skill_refusals(rejected: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in rejected:
        m = re.search(r"adds '([^']+)', a skill term", r.get("reason", ""))
        if m and lexicon.is_plain_word(m.group(1), english_words().dictionary) and m.group(1).islower():
            out.append(m.group(1))
    return out


def job_keywords() -> tuple[float, float, int, list[str]]:
    tp = fp = fn = 0
    bad_missing: list[str] = []
    degree_words = {"BS", "MS", "BA", "MA", "BSc", "MSc", "PhD", "MBA"}
    for name, gold in GOLD.items():
        if name.startswith("_"):
            continue
        raw = (CORPUS / "jobs" / name).read_text(encoding="utf-8")
        job = load_job_description(raw)
        if job.source is not None:  # a job document: its text without the skills list it is measured against
            src = {k: v for k, v in job.source.items() if k != "skills"}
            job = load_job_description(src)
        keys = extract_job_keywords(job)
        gold_keys = {_canon(g) for g in gold}
        found_keys = {_canon(k.name) for k in keys}
        tp_here = len(gold_keys & found_keys)
        tp += tp_here
        fp += len(found_keys - gold_keys)
        fn += len(gold_keys - found_keys)
        bad_missing.extend(
            f"{name}: {k.name}"
            for k in keys
            if k.name in degree_words or (job.title and k.name == job.title) or "years" in k.name.lower()
        )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp, bad_missing


def _canon(name: str) -> str:
    term = vocab.lookup(name)
    return (term.canonical if term else name).lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=Path, default=None, help="a folder of more public JSON Resume files")
    args = parser.parse_args()
    start = time.perf_counter()
    english_words()
    print(f"lexicon: {len(english_words().dictionary):,} words, built in {time.perf_counter() - start:.2f} s")
    sets = {"committed": resumes(None)}
    if args.extra:
        sets["with --extra"] = resumes(args.extra)
    for label, docs in sets.items():
        print(f"\n== resumes: {label} ({len(docs)} files)")
        total, detected, corrected, wrong, misses = typo_recall(docs)
        rate = corrected / max(total, 1)
        print(f"typo recall (corrected with certainty): {corrected}/{total} = {rate:.3f} (goal ≥ 0.95)")
        alone = typo_recall(docs, context=False)
        print(f"  neighbours only (no resume words): {alone[2]}/{alone[0]} = {alone[2] / max(alone[0], 1):.3f}")
        print(f"typos detected (flagged at all):        {detected}/{total} = {detected / max(total, 1):.3f}")
        print(f"certain corrections to the wrong word:   {wrong}/{total} = {wrong / max(total, 1):.3f}")
        long_total = sum(1 for _ in long_seeds(docs))
        long_missed = sum(1 for x in misses if len(x[1]) >= 5)
        print(
            f"  typos of 5+ letters corrected: {long_total - long_missed}/{long_total} = "
            f"{(long_total - long_missed) / max(long_total, 1):.3f} (3–4-letter ones need a larger margin)"
        )
        print(f"  missed, first 12: {misses[:12]}")
        words, _, found = flags(docs)
        valid = [w for w in found if w.lower() not in REAL_TYPOS]
        rate = len(valid) / max(words, 1) * 2000
        print(f"valid words flagged: {len(valid)} in {words:,} English words = {rate:.2f} per 2,000 (goal ≤ 1)")
        print(f"  flagged: {sorted(set(found))}; real typos among them: {sorted(set(found) - set(valid))}")
        moves = refusals = 0
        plain: list[str] = []
        jobs = [None, *(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "jobs").glob("*.txt")))]
        for doc in docs.values():
            for job in jobs:
                applied, rejected = run_fixes(doc, job)
                moves += variant_moves(applied)
                refusals += sum("skill term" in r.get("reason", "") for r in rejected)
                plain += plain_skill_refusals(rejected)
            applied, _ = run_fixes(britishised(doc), None)
            moves += variant_moves(applied)
        print(f"variant changes (US and British copies, every job): {moves} (goal 0)")
        print(f"skill-term refusals: {refusals}, of plain words: {len(plain)} {sorted(set(plain))} (goal 0)")
    precision, recall, tp, bad = job_keywords()
    print(f"\n== job keywords vs skills lists ({len([k for k in GOLD if not k.startswith('_')])} postings)")
    print(f"precision {precision:.3f}, recall {recall:.3f} ({tp} right)")
    print(f"title lines / degree abbreviations / 'N years' among the keywords: {len(bad)} {bad} (goal 0)")
    print(f"\ntotal {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()

"""What the command line shows a person: the summary, ``changes.md`` and the analysis report."""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

from ..resume import resolve


def _coverage(analysis: dict[str, Any]) -> str:
    kw = analysis.get("keywords") or {}
    coverage = kw.get("coverage")
    if coverage is None:
        return "n/a (no job description)"
    found, missing = len(kw.get("matched") or []), len(kw.get("missing") or [])
    return f"{coverage:.0%} ({found}/{found + missing})"


def _ms(value: float) -> str:
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def summary(result: dict[str, Any], *, cache_stats: dict[str, Any], provider: str, written: list[str]) -> str:
    """The few lines a person reads after an auto-fix."""
    before, after = result["analysis_before"], result["analysis_after"]
    delta = after["score"] - before["score"]
    hits = sum(int(s.get("hits", 0)) for s in cache_stats.values())
    misses = sum(int(s.get("misses", 0)) for s in cache_stats.values())
    timings = result.get("timings_ms") or {}
    steps = " · ".join(f"{name} {_ms(ms)}" for name, ms in _grouped(timings).items())
    lines = [
        f"  score             {before['score']} → {after['score']} ({delta:+d})",
        f"  keyword coverage  {_coverage(before)} → {_coverage(after)}",
        f"  fixes             {len(result['applied'])} applied, {len(result['rejected'])} rejected (see changes.md)",
        f"  AI calls          {result['ai_calls']} ({provider})",
        f"  cache             {hits} hits, {misses} misses",
        f"  time              {steps}{' · ' if steps else ''}total {_ms(float(timings.get('total', 0.0)))}",
    ]
    if written:
        lines.append(f"  wrote             {', '.join(written)}")
    return "\n".join(lines)


def _grouped(timings: dict[str, float]) -> dict[str, float]:
    """Step timings folded for one line: every apply/merge of every stage is "fixes"."""
    groups: dict[str, float] = {}
    for name, ms in timings.items():
        if name == "total":
            continue
        group = "fixes" if name.startswith(("apply", "merge")) else "re-analyze" if name == "analyze_after" else name
        groups[group] = groups.get(group, 0.0) + float(ms)
    return groups


def word_diff(old: str, new: str, context: int = 6) -> str:
    """Only the changed words of a long text, with a little context: ``…a ~~teh~~ **the** cat…``."""
    a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    pieces: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            same = a[i1:i2]
            if len(same) > 2 * context:
                head = "".join(same[:context]) if pieces else ""
                tail = "".join(same[-context:]) if i2 < len(a) else ""
                pieces.append(f"{head} … {tail}")
            else:
                pieces.append("".join(same))
            continue
        removed, added = "".join(a[i1:i2]).strip(), "".join(b[j1:j2]).strip()
        if not removed and not added:
            pieces.append(" ~~(extra space)~~ ")  # a whitespace-only change would be invisible
            continue
        marks = (f"~~{removed}~~" if removed else "", f"**{added}**" if added else "")
        pieces.append(" " + " ".join(m for m in marks if m) + " ")
    return re.sub(r"\s+", " ", "".join(pieces)).strip()


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ").replace("`", "'")
    return text if len(text) <= 300 else text[:297] + "..."


def changes_markdown(result: dict[str, Any], original: dict[str, Any]) -> str:
    """Each applied change as before → after, each rejected one with its reason, each recommendation."""
    out = ["# Changes", ""]
    before, after = result["analysis_before"], result["analysis_after"]
    out += [
        f"Score {before['score']} → {after['score']}; keyword coverage {_coverage(before)} → {_coverage(after)}.",
        "",
    ]
    out += [f"## Applied ({len(result['applied'])})", ""]
    for change in result["applied"]:
        old = change.get("old")
        if old is None and change.get("op") != "add":
            try:
                old = resolve(original, change["path"])
            except Exception:  # the path may only exist after an earlier change
                old = None
        fix, path = change.get("fix", "?"), change.get("path", "")
        if change.get("op") == "add":
            out.append(f"- **{fix}** `{path}`: added `{_show(change.get('value'))}`")
        elif change.get("op") == "remove":
            out.append(f"- **{fix}** `{path}`: removed `{_show(old)}`")
        elif isinstance(old, str) and isinstance(change.get("value"), str) and len(old) > 80:
            out.append(f"- **{fix}** `{path}`: {word_diff(old, change['value'])}")
        else:
            out.append(f"- **{fix}** `{path}`: `{_show(old)}` → `{_show(change.get('value'))}`")
    if not result["applied"]:
        out.append("Nothing needed changing.")
    out += ["", f"## Rejected ({len(result['rejected'])})", ""]
    for change in result["rejected"]:
        out.append(f"- **{change.get('fix', '?')}** `{change.get('path', '')}`: {change.get('reason', 'rejected')}")
    if not result["rejected"]:
        out.append("None.")
    recommendations = after.get("recommendations") or []
    out += ["", f"## Recommendations ({len(recommendations)})", ""]
    out.extend(f"- {rec.get('message') or _show(rec)}" for rec in recommendations)
    if not recommendations:
        out.append("None.")
    return "\n".join(out) + "\n"


def analysis_report(analysis: dict[str, Any]) -> str:
    """A human-readable analysis: the score and its parts, keywords, issues, recommendations."""
    out = [f"ATS score: {analysis['score']}/100", ""]
    out.extend(
        f"  {part['label']:<24} {part['contribution']:>5g} / {part['weight']:<3g} {part['explanation']}"
        for part in analysis.get("parts") or []
    )
    kw = analysis.get("keywords") or {}
    if kw.get("coverage") is not None:
        out += ["", f"Keywords: {_coverage(analysis)}"]
        found = ", ".join(k.get("as_written") or k.get("keyword") or "?" for k in kw.get("matched") or [])
        missing = ", ".join(k.get("as_written") or k.get("keyword") or "?" for k in kw.get("missing") or [])
        out.append(f"  found:   {found or '—'}")
        out.append(f"  missing: {missing or '—'}")
    issues = analysis.get("issues") or []
    out += ["", f"Issues ({len(issues)}):"]
    for issue in issues:
        out.append(f"  [{issue['severity']}] {issue['path'] or '/'}: {issue['message']}")
    recs = analysis.get("recommendations") or []
    out += ["", f"Recommendations ({len(recs)}):"]
    out += [f"  - {r.get('message') or _show(r)}" for r in recs]
    return "\n".join(out) + "\n"

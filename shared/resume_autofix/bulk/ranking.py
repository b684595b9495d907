"""``--rank``: one resume against many jobs, the jobs ordered by fit, each place explained.

Order: the share of the job's must-haves the resume shows (a job that states none counts its keyword coverage
instead), then keyword coverage, then the ATS score, then the job's name. Where two neighbours are equal on the
first keys, the explanation says so and names the key that decided.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Ranked:
    rank: int
    job: str
    must_have_share: float
    must_haves: int
    missing_must_haves: list[str]
    coverage: float
    score: int
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "job": self.job,
            "must_have_share": round(self.must_have_share, 3),
            "must_haves": self.must_haves,
            "missing_must_haves": self.missing_must_haves,
            "coverage": self.coverage,
            "score": self.score,
            "why": self.why,
        }


def _entry(row: dict[str, Any]) -> dict[str, Any]:
    coverage = float(row.get("coverage_after") or 0.0)
    total = int(row.get("must_haves") or 0)
    missing = list(row.get("missing_must_haves") or [])
    share = (total - len(missing)) / total if total else coverage
    return {
        "job": str(row.get("job")),
        "share": round(share, 6),
        "total": total,
        "missing": missing,
        "coverage": coverage,
        "score": int(row.get("score_after") or 0),
    }


def _sort_key(e: dict[str, Any]) -> tuple[Any, ...]:
    return (-e["share"], -e["coverage"], -e["score"], e["job"])


def rank(rows: Iterable[dict[str, Any]]) -> list[Ranked]:
    """The jobs of ``rows`` (summary rows, one per job; failed rows are left out) best fit first."""
    entries = sorted((_entry(r) for r in rows if r.get("status") in ("ok", "resumed")), key=_sort_key)
    ranked: list[Ranked] = []
    for i, e in enumerate(entries):
        ranked.append(
            Ranked(
                rank=i + 1,
                job=e["job"],
                must_have_share=e["share"],
                must_haves=e["total"],
                missing_must_haves=e["missing"],
                coverage=e["coverage"],
                score=e["score"],
                why=_why(e, entries[i - 1] if i else None, entries[i + 1] if i + 1 < len(entries) else None),
            )
        )
    return ranked


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def _why(e: dict[str, Any], above: dict[str, Any] | None, below: dict[str, Any] | None) -> str:
    if e["total"]:
        found = e["total"] - len(e["missing"])
        parts = [f"{found}/{e['total']} must-haves"]
        if e["missing"]:
            shown = ", ".join(e["missing"][:5]) + (
                f" and {len(e['missing']) - 5} more" if len(e["missing"]) > 5 else ""
            )
            parts.append(f"missing {shown}")
    else:
        parts = ["the job states no must-haves (ranked on coverage)"]
    parts.append(f"keyword coverage {_pct(e['coverage'])}")
    for other, where in ((above, "above"), (below, "below")):
        if other is not None and (other["share"], other["coverage"]) == (e["share"], e["coverage"]):
            parts.append(_tie(e, other, where))
    return "; ".join(parts)


def _tie(e: dict[str, Any], other: dict[str, Any], where: str) -> str:
    same = f"tied with {other['job']} on must-haves ({_pct(e['share'])}) and coverage ({_pct(e['coverage'])})"
    if e["score"] != other["score"]:
        return f"{same}; the ATS score decides ({e['score']} here, {other['score']} for the one {where})"
    return f"{same} and ATS score ({e['score']}); ordered by name"


def write_ranking(ranked: list[Ranked], out: Path) -> tuple[Path, Path]:
    """``ranking.csv`` and ``ranking.md`` in ``out``."""
    csv_path, md_path = Path(out) / "ranking.csv", Path(out) / "ranking.md"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        columns = ["rank", "job", "must_have_share", "must_haves", "missing_must_haves", "coverage", "score", "why"]
        writer.writerow(columns)
        for r in ranked:
            d = r.to_dict()
            d["missing_must_haves"] = "; ".join(r.missing_must_haves)
            writer.writerow([d[k] for k in columns])
    lines = ["# Jobs by fit", "", "| # | job | must-haves | coverage | score | why |", "|---|---|---|---|---|---|"]
    lines += [
        f"| {r.rank} | {r.job} | {_pct(r.must_have_share)} | {_pct(r.coverage)} | {r.score} "
        f"| {r.why.replace('|', '/')} |"
        for r in ranked
    ]
    md_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return csv_path, md_path

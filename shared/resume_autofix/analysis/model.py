"""The analysis result: a score with its explanation, issues with JSON Pointers, recommendations, keywords."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Issue:
    """One finding. ``path`` is a JSON Pointer into the resume; ``data`` carries what a fix needs."""

    type: str
    severity: str
    path: str
    message: str
    data: dict[str, Any] | None = None
    key: str = ""

    @property
    def id(self) -> str:
        return f"{self.type}:{self.path}" + (f":{self.key}" if self.key else "")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
        }
        if self.data:
            out["data"] = self.data
        return out


@dataclass(frozen=True)
class Part:
    """One scored part: ``score`` 0..1, ``weight`` in points; contribution = weight × score."""

    id: str
    label: str
    weight: float
    score: float
    explanation: str

    @property
    def contribution(self) -> float:
        return round(self.weight * self.score, 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "weight": self.weight,
            "score": round(self.score * 100),
            "contribution": self.contribution,
            "explanation": self.explanation,
        }


@dataclass
class Analysis:
    score: int
    parts: list[Part]
    issues: list[Issue]
    recommendations: list[dict[str, Any]]
    keywords: dict[str, Any]
    stats: dict[str, Any] = field(default_factory=dict)
    suggestions: list[dict[str, Any]] = field(default_factory=list)
    #: issues past the per-type cap, counted by type (the score counts them all)
    issues_omitted: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "parts": [p.to_dict() for p in self.parts],
            "issues": [i.to_dict() for i in self.issues],
            "issues_omitted": self.issues_omitted,
            "recommendations": self.recommendations,
            "keywords": self.keywords,
            "suggestions": self.suggestions,
            "stats": self.stats,
        }

    def explain(self) -> str:
        """A plain-text explanation of the score, one line per part (what the golden test pins)."""
        lines = [f"Score {self.score}/100"]
        lines.extend(
            f"- {p.label}: {round(p.score * 100)}% of {p.weight:g} points = {p.contribution:g} ({p.explanation})"
            for p in self.parts
        )
        return "\n".join(lines)

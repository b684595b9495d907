"""The auto-fix answer (ARCHITECTURE.md's POST /api/autofix shape)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any


@dataclass
class AutofixResult:
    """What an auto-fix produced; ``to_dict()`` is the HTTP answer body."""

    analysis_before: dict[str, Any]
    analysis_after: dict[str, Any]
    resume: dict[str, Any]
    applied: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    ai_calls: int = 0
    timings_ms: dict[str, float] = field(default_factory=dict)
    html: str | None = None
    pdf: bytes | None = None
    docx: bytes | None = None

    @property
    def pdf_base64(self) -> str | None:
        return None if self.pdf is None else base64.b64encode(self.pdf).decode("ascii")

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "status": "success",
            "analysis_before": self.analysis_before,
            "analysis_after": self.analysis_after,
            "resume": self.resume,
            "applied": self.applied,
            "rejected": self.rejected,
            "ai_calls": self.ai_calls,
            "timings_ms": self.timings_ms,
        }
        if self.html is not None:
            body["html"] = self.html
        if self.pdf is not None:
            body["pdf_base64"] = self.pdf_base64
        if self.docx is not None:
            body["docx_base64"] = base64.b64encode(self.docx).decode("ascii")
        return body

    @classmethod
    def from_answer(cls, answer: dict[str, Any]) -> AutofixResult:
        """From an answer dict (the state machine's output after ``resolve_outputs``)."""
        pdf_b64 = answer.get("pdf_base64")
        docx_b64 = answer.get("docx_base64")
        return cls(
            analysis_before=answer["analysis_before"],
            analysis_after=answer["analysis_after"],
            resume=answer["resume"],
            applied=list(answer.get("applied", [])),
            rejected=list(answer.get("rejected", [])),
            ai_calls=int(answer.get("ai_calls", 0)),
            timings_ms=dict(answer.get("timings_ms", {})),
            html=answer.get("html"),
            pdf=base64.b64decode(pdf_b64) if pdf_b64 is not None else None,
            docx=base64.b64decode(docx_b64) if docx_b64 is not None else None,
        )

"""Errors of the render package; they subclass the project's family so the edge maps them to HTTP."""

from __future__ import annotations

from collections.abc import Sequence

from resume_autofix.exceptions import AutofixError, NotFoundError


class RenderError(AutofixError):
    """A theme failed to render (a bug or a broken theme file: a 500)."""


class UnknownTemplateError(NotFoundError):
    """The requested ``template_id`` is not a shipped theme; ``details`` lists the available ids."""

    def __init__(self, template_id: object, available: Sequence[str]) -> None:
        if isinstance(template_id, str):
            what = f"Unknown template {template_id[:60]!r}"
        else:
            what = f"template_id must be text, not {type(template_id).__name__}"
        super().__init__(
            f"{what}; available templates: {', '.join(available)}",
            details={"available": list(available)},
        )
        self.available = list(available)

"""The body depth limit lives at the HTTP edge (``resume_autofix.http.limits``); the workflow checks it too."""

from __future__ import annotations

from ..http.limits import MAX_DEPTH, check_depth

__all__ = ["MAX_DEPTH", "check_depth"]

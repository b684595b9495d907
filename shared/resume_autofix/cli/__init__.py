"""The command line: ``resume-autofix`` and ``python -m resume_autofix``."""

from __future__ import annotations

from .app import build_parser, main

__all__ = ["build_parser", "main"]

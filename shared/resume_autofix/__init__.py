"""resume-autofix: ATS analysis, guarded fixes, themes and PDFs for JSON Resume documents."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]

"""A package's names loaded when first asked for (PEP 562).

Why: a caller that needs one light module of a package should not pay for its heavy ones. The importer needs the
date parser of ``resume`` and the word lists of ``analysis``; loading those packages whole loads pydantic and the
analyser, about 110 ms of the import Lambda's cold start that it never uses.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def exports(package: str, homes: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each name in ``homes`` (module → names) is imported on first use."""
    home_of = {name: module for module, names in homes.items() for name in names}

    def load(name: str) -> Any:
        if name not in home_of:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home_of[name]}"), name)
        setattr(sys.modules[package], name, value)  # the next lookup finds it without coming here
        return value

    return load

"""A package's names loaded when first asked for (PEP 562).

Why: a caller that needs one light module of a package should not pay for its heavy ones. The importer needs the
date parser of ``resume`` and the word lists of ``analysis``; loading those packages whole loads pydantic and the
analyser, about 130 ms of a new process that it never uses. The PDF Lambda needs ``render.view`` and not Jinja2;
``docx``'s submodules need not load each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def exports(package: str, homes: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each name in ``homes`` (module → names) is imported on first use."""
    home_of = {name: module for module, names in homes.items() for name in names}

    def load(name: str) -> Any:
        if name not in home_of:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # (not cached on the package: a name may also be a submodule's, as ``docx.template`` is, and the import
        # system sets the package's attribute to the submodule; each lookup is one ``sys.modules`` hit)
        return getattr(import_module(f"{package}.{home_of[name]}"), name)

    return load

"""The packages import each other one way only: no cycle (lazy imports included) and the architecture's layering.

Every module's AST is walked, so an import inside a function or under ``TYPE_CHECKING`` counts as much as one at
the top. The layering is a table: a new package (``docx``, ``importer``, ``bulk``, ...) is placed by adding its
name to a layer, and an import that crosses layers upwards, or sideways without being listed, fails with the
module and the line.
"""

from __future__ import annotations

import ast
import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "resume_autofix"

# Top to bottom: a package may import its own modules and any package of a lower layer.
# "root" holds the package's top-level modules (config.py, constants.py, ...), each counted as a package.
LAYERS: list[tuple[str, frozenset[str]]] = [
    ("handlers", frozenset({"functions", "cli", "localapi", "__main__"})),
    ("bulk", frozenset({"bulk"})),
    ("warmup", frozenset({"warmup"})),  # below bulk: a batch's pool warms once before it forks its workers
    ("workflow", frozenset({"workflow"})),
    ("edge", frozenset({"http", "idempotency"})),
    ("batch", frozenset({"batch"})),
    ("fixes", frozenset({"fixes"})),
    ("ai", frozenset({"ai"})),
    ("documents", frozenset({"analysis", "render", "pdf", "docx", "importer"})),
    ("resume", frozenset({"resume"})),
    ("cache", frozenset({"cache"})),
    ("config", frozenset({"config"})),
    ("base", frozenset({"constants", "exceptions", "canonical", "wordlists", "lazy", "__init__"})),
]
# Imports between packages of one layer that the design allows (importer and package imported).
SIDEWAYS: frozenset[tuple[str, str]] = frozenset(
    {
        ("__main__", "cli"),
        ("cli", "localapi"),
        ("pdf", "render"),  # the PDF layouts read render's view model
        ("docx", "render"),  # so do the Word styles
        ("docx", "pdf"),  # one paper table and one read-back scorer for both documents
        ("idempotency", "http"),  # a duplicate answer obeys the edge's 6 MB answer limit
        ("importer", "analysis"),  # the skills vocabulary tells a technology after a role from an employer
    }
)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    where: str  # "path:line"


def _module_name(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(ROOT / "shared") if path.is_relative_to(ROOT / "shared") else path.relative_to(ROOT)
    parts = list(rel.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        stem = ".".join(base + ([node.module] if node.module else []))
    else:
        stem = node.module or ""
    if stem == PACKAGE:  # ``from resume_autofix import fixes``: each name is a package
        return [f"{stem}.{alias.name}" for alias in node.names]
    return [stem]


def package_of(module: str) -> str | None:
    """``resume_autofix.fixes.merge`` → ``fixes``; ``functions.fix.app`` → ``functions``; others → None."""
    parts = module.split(".")
    if parts[0] == "functions":
        return "functions"
    if parts[0] != PACKAGE:
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def import_edges() -> list[Edge]:
    """Every import from one of our packages to another, found anywhere in a module's AST."""
    files = sorted((ROOT / "shared" / PACKAGE).rglob("*.py")) + sorted((ROOT / "functions").rglob("*.py"))
    edges: list[Edge] = []
    for path in files:
        module, is_package = _module_name(path)
        source = package_of(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, module, is_package):
                dest = package_of(target)
                if source and dest and dest != source:
                    edges.append(Edge(source, dest, f"{path.relative_to(ROOT)}:{node.lineno}"))
    return edges


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as ``[a, b, ..., a]``, or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in sorted(graph):
        if state.get(start):
            continue
        path = [start]
        stack = [iter(sorted(graph.get(start, ())))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph.get(nxt, ()))))
    return None


def layer_violations(edges: list[Edge]) -> list[str]:
    rank = {name: i for i, (_, names) in enumerate(LAYERS) for name in names}
    out = []
    for e in edges:
        if e.source not in rank or e.target not in rank:
            unknown = e.source if e.source not in rank else e.target
            out.append(f"{e.where}: package {unknown!r} has no layer: add it to LAYERS")
        elif rank[e.source] > rank[e.target] or (
            rank[e.source] == rank[e.target] and (e.source, e.target) not in SIDEWAYS
        ):
            out.append(
                f"{e.where}: {e.source} ({LAYERS[rank[e.source]][0]}) imports {e.target} ({LAYERS[rank[e.target]][0]})"
            )
    return out


@pytest.fixture(scope="module")
def edges() -> list[Edge]:
    return import_edges()


def test_the_walk_sees_lazy_and_type_checking_imports(edges: list[Edge]) -> None:
    # GIVEN imports known to sit inside functions (batch.domain) and under TYPE_CHECKING (workflow.runner)
    pairs = {(e.source, e.target) for e in edges}
    # THEN the walk finds them, so the checks below cover them
    assert ("batch", "fixes") in pairs
    assert ("batch", "analysis") in pairs
    assert ("workflow", "ai") in pairs
    assert ("functions", "workflow") in pairs


def test_no_cycle_between_packages(edges: list[Edge]) -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        graph[e.source].add(e.target)
    cycle = find_cycle(graph)
    where = [e.where for e in edges if cycle and (e.source, e.target) in itertools.pairwise(cycle)]
    assert cycle is None, f"import cycle {' -> '.join(cycle or [])} at {where}"


def test_packages_import_only_downwards(edges: list[Edge]) -> None:
    assert layer_violations(edges) == []


def test_the_checks_catch_a_cycle_and_an_upward_import() -> None:
    # GIVEN a made-up graph with a cycle, and an import from ai up to fixes
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    bad = layer_violations([Edge("ai", "fixes", "x.py:1"), Edge("teleport", "cache", "y.py:2")])
    assert bad == ["x.py:1: ai (ai) imports fixes (fixes)", "y.py:2: package 'teleport' has no layer: add it to LAYERS"]

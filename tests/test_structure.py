"""The package's shape: data flows forward, so no module imports another in a circle, and the store and the model
import no stage after them."""

from __future__ import annotations

import ast
import re
from collections import defaultdict

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "storyweave"


def _imports() -> dict[str, set[str]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("storyweave"):
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    graph[name].add(target if target in modules else node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
    return {name: {t for t in targets if t in modules and t != name} for name, targets in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the modules on it, or None (depth-first search, colours: 1 on the path, 2 done)."""
    colour: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        colour[node] = 1
        for target in sorted(graph.get(node, ())):
            if colour.get(target) == 1:
                return [*path[path.index(target) :], target] if target in path else [node, target]
            if target not in colour:
                found = visit(target, [*path, target])
                if found:
                    return found
        colour[node] = 2
        return None

    for start in sorted(graph):
        if start not in colour:
            found = visit(start, [start])
            if found:
                return found
    return None


def test_no_module_imports_another_in_a_circle() -> None:
    assert _cycle(_imports()) is None


def test_the_cycle_finder_finds_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None


def test_the_store_and_the_model_import_no_later_stage() -> None:
    for name, targets in _imports().items():
        if name == "storyweave.model" or name.startswith("storyweave.store"):
            later = {t for t in targets if t != "storyweave.model" and not t.startswith("storyweave.store")}
            assert not later, f"{name} imports {sorted(later)}"


def test_all_sql_is_in_the_store() -> None:
    outside = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts
        and any(word in path.read_text(encoding="utf-8") for word in (".execute(", ".executemany(", "sqlite3.connect"))
    ]
    assert outside == []


def test_language_codes_are_mapped_in_one_place() -> None:
    """No stage keeps a table of its own that maps one language code to another ({"no": "nb", ...})."""
    pattern = re.compile(
        r"""\{\s*["'](?:no|nb|nn|iw)["']\s*:\s*["'](?:no|nb|he)["']"""  # {"no": "nb", ...}
        r"""|\[["'](?:nb|nn)["']\]\s*="""  # TABLE["nb"] = TABLE["no"]
    )
    tables = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "language" not in path.relative_to(PACKAGE).parts and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert tables == []


def test_no_source_module_is_over_500_lines() -> None:
    """A module that long is two; only a language's own module (tables named by its code) may grow past it."""
    long = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if len(path.read_text(encoding="utf-8").splitlines()) > 500
        and not (path.parent.name == "language" and len(path.stem) <= 3)
    ]
    assert long == []

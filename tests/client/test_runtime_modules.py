"""The runtime's modules keep to their own: imports one way only, and no reach into another
object's private members, so that a module can change inside without breaking another.

Read from the source (generator/runtime), as every generated package copies it."""

from __future__ import annotations

import ast
from pathlib import Path

import generator.runtime

RUNTIME = Path(generator.runtime.__file__).parent

PRIVATE_REACHES_ALLOWED = {
    # with_options sets the options of the copy it made of its own client.
    ("_client.py", "clone"),
    # The deadline's mark on a connection's stream it adapted (its own attribute, not httpcore's).
    ("_deadline.py", "stream"),
}


def modules() -> dict[str, ast.Module]:
    return {path.stem: ast.parse(path.read_text("utf-8")) for path in RUNTIME.glob("*.py")}


def runtime_imports(tree: ast.Module, known: set[str]) -> set[str]:
    """The runtime modules `tree` imports, wherever the import is (under TYPE_CHECKING, in
    a function): a cycle is a cycle to a type checker and a reader too."""
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module is None:  # from . import _settings, _deadline
                imported |= {alias.name for alias in node.names} & known
            else:  # from ._http import request_parts
                imported.add(node.module.split(".")[0])
    return imported & known


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of `graph` (module → the modules it imports) as a path, or None."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        for imported in sorted(graph[module]):
            cycle = visit(imported, [*path, module])
            if cycle is not None:
                return cycle
        done.add(module)
        return None

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle is not None:
            return cycle
    return None


def test_the_runtime_modules_import_one_another_without_a_cycle() -> None:
    trees = modules()
    graph = {name: runtime_imports(tree, set(trees)) - {name} for name, tree in trees.items()}
    assert graph["_client"] >= {"_attempts"}  # the graph is really read
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle_through_a_type_checking_import() -> None:
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._a import A\n"
    known = {"_a", "_b"}
    graph = {"_a": {"_b"}, "_b": runtime_imports(ast.parse(source), known)}
    assert find_cycle(graph) == ["_a", "_b", "_a"]


def test_no_runtime_module_touches_a_private_member_of_another_object() -> None:
    reaches = []
    for name, tree in sorted(modules().items()):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or not _private(node.attr):
                continue
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue
            if isinstance(owner, ast.Name) and (f"{name}.py", owner.id) in (
                PRIVATE_REACHES_ALLOWED
            ):
                continue
            reaches.append(f"{name}.py:{node.lineno}: {ast.unparse(node)}")
    assert reaches == []


def _private(attribute: str) -> bool:
    return attribute.startswith("_") and not attribute.startswith("__")

"""A document's paths as the page lays them out: which order Widdershins prints the
operations in, and the page reader's checks of a path and its parameters."""

from __future__ import annotations

import re
from typing import Any

from generator.ir.model import Operation, Parameter
from generator.read.openapi_document import Document, Pointer
from generator.read.parse import UNTAGGED_GROUP

Found = tuple[Operation, Pointer, dict[tuple[str, str], int]]
"""An operation read, where it is, and the line of each of its parameters."""

_PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")


def check_path(
    document: Document, at: Pointer, path: str, parameters: tuple[Parameter, ...]
) -> None:
    """The page reader's checks of a path and its parameters, at the operation's key: a
    path no server can have, a `{name}` without its path parameter, or the reverse, or a
    path parameter that is not required."""
    problem = None
    names = _PATH_PARAMETER.findall(path)
    rest = _PATH_PARAMETER.sub("", path)
    if not path.startswith("/"):
        problem = f"path {path!r} must start with '/'"
    elif "?" in path:
        problem = f"path {path!r} must not contain a query"
    elif "{" in rest or "}" in rest:
        problem = f"path {path!r} has an unbalanced '{{' or '}}'"
    elif any(not name.strip() or "/" in name for name in names):
        problem = f"path {path!r} has an empty or invalid parameter"
    declared = {p.name: p for p in parameters if p.location == "path"}
    for name in names:
        if problem is None and name not in declared:
            problem = f"path parameter {{{name}}} has no parameter with `in: path`"
    for name, parameter in declared.items():
        if problem is None and name not in names:
            problem = f"path parameter {name!r} does not appear in the path template"
        if problem is None and not parameter.required:
            problem = f"path parameter {name!r} must be required"
    if problem is not None:
        raise document.error(at, problem)


def widdershins_order(found: list[Found], tags: Any) -> list[Found]:
    """The operations in the order the page prints them: grouped by first tag, the untagged
    ("Default") group first, then the document's `tags` in order, then the other tags as
    they first appear; within a group, in document order."""
    order: dict[str, list[Found]] = {UNTAGGED_GROUP: []}
    for tag in tags if isinstance(tags, list) else ():
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            order.setdefault(tag["name"], [])
    for entry in found:
        order.setdefault(entry[0].tags[0] if entry[0].tags else UNTAGGED_GROUP, []).append(entry)
    return [entry for group in order.values() for entry in group]

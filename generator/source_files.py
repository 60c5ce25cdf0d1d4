"""Reading an input file (a page, a config): a regular file of bounded size, as UTF-8, and
its YAML (a config, a page's YAML blocks) bounded once its aliases are expanded.

A path on the command line or in a config may name anything: a FIFO (reading blocks for
ever), a device (`/dev/zero` never ends), a symlink loop, a file of gigabytes. Each is a
located error here, before anything is read: the file is opened without blocking, must be a
regular file, and is read only up to its cap. Shared by `read/` (pages) and `config/`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from generator.diagnostics import ParseError, SourceLocation

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (a named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_source_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file at `path` (`what` it should be, "page" or "config", for
    the messages), at most `limit` of them.

    Raises FileNotFoundError when there is no such file, ParseError (at line 1) for anything
    else that is not a readable regular file within the limit."""
    file = str(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for
        # one; the kind is then read from the open file, so nothing can swap it in between.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(file, flags)
    except FileNotFoundError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise ParseError(
            SourceLocation(file, 1), f"cannot read the {what}: {reason}; check the path"
        ) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise ParseError(
                SourceLocation(file, 1), f"the {what} is {kind}; name a regular file instead"
            )
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise ParseError(
            SourceLocation(file, 1),
            f"the {what} is larger than {limit // 1024} KiB, the most sdkgen reads; "
            f"is it the right file?",
        )
    return data


def decode_source(file: str, data: bytes, what: str) -> str:
    """`data` as UTF-8 text; a byte that is not UTF-8 is an error at its line and column."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        byte = data[error.start]
        raise ParseError(
            SourceLocation(file, line, column),
            f"the {what} is not valid UTF-8: byte 0x{byte:02X} {error.reason}; "
            "save the file as UTF-8",
        ) from None


def yaml_graph_problem(root: Node, limit: int) -> tuple[int, str] | None:
    """What is wrong with a composed YAML graph, as (line, message), or None: it stands for
    more than `limit` values (scalars, lists, mappings) once its aliases are expanded, or an
    alias stands inside the node it names.

    YAML anchors let a few lines stand for a huge value (`a: &a [x, x]`, `b: &b [*a, *a]`,
    ... a "billion laughs"): the loader shares the nodes, but whatever walks the data
    afterwards meets every copy. Each distinct node is measured once (an alias is the same
    node object again), after its children: time and memory are those of the text."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > limit:
                return (
                    node.start_mark.line + 1,
                    f"the value here stands for more than {limit:,} values once its aliases "
                    "(*name) are expanded; write it out, or use fewer aliases",
                )
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            return (
                node.start_mark.line + 1,
                "an alias (*name) stands inside the value it names, which never ends; "
                "remove the alias",
            )
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    return None


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")
"""What an OpenAPI document's file name ends with (a page's is `.md`)."""


def input_stem(path: Path) -> str:
    """The name an input file gives its package and its config: `spot-order.md` and
    `spot-order.openapi.yaml` (or `.json`) both give `spot-order`, so a page and the
    document it was rendered from share `spot-order.yaml` as their config."""
    stem = path.stem
    if path.suffix in DOCUMENT_SUFFIXES and stem.endswith(".openapi"):
        stem = stem.removesuffix(".openapi")
    return stem


def config_beside(path: Path) -> Path:
    """Where the config of the page or document at `path` would be: `NAME.yaml` beside it
    (`input_stem`); never the file itself: a document `api.yaml` takes `api.sdkgen.yaml`."""
    beside = path.with_name(input_stem(path) + ".yaml")
    return path.with_name(input_stem(path) + ".sdkgen.yaml") if beside == path else beside

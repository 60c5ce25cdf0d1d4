"""An OpenAPI 3.0 document file read into data, with the line of every key, and its local
`$ref`s followed.

The data is what a JavaScript reader (Widdershins' js-yaml or JSON.parse) makes of the file,
so that the document reader sees what Widdershins saw: every mapping's keys in JavaScript's
order (integer-like keys such as response statuses first, ascending; then the others as
written), YAML timestamps kept as text, duplicate keys an error. Each key and list item
remembers its line, for errors located at `FILE:LINE` with the JSON pointer in the message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import ParseError, SourceLocation
from generator.source_files import DOCUMENT_SUFFIXES, decode_source, read_source_bytes

Pointer = tuple[str, ...]
"""A place in the document as the keys (and list indexes, as text) that lead to it."""

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""Largest document read, as for pages: a path naming a device fails at once."""
MAX_VALUES = 2_000_000
"""Most values a document may stand for, YAML aliases expanded (a "billion laughs" fails)."""

_VERSION = re.compile(r"3\.0\.\d+")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]{0,9}")


def pointer_text(pointer: Pointer) -> str:
    """`("paths", "/a/{id}")` → `#/paths/~1a~1{id}` (RFC 6901, as a `$ref` writes it)."""
    return "#" + "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in pointer)


@dataclass(frozen=True)
class Document:
    """A document's data and where each of its keys is written."""

    file: str
    data: dict[str, Any]
    lines: Mapping[Pointer, int] = field(default_factory=dict)

    def line(self, pointer: Pointer) -> int:
        """The line of the key (or list item) at `pointer`, else of the nearest above it."""
        while pointer:
            line = self.lines.get(pointer)
            if line is not None:
                return line
            pointer = pointer[:-1]
        return 1

    def error(self, pointer: Pointer, message: str) -> ParseError:
        """An error at `pointer`'s line, naming the pointer."""
        return ParseError(
            SourceLocation(self.file, self.line(pointer)), f"{pointer_text(pointer)}: {message}"
        )

    def resolve(self, value: Any, pointer: Pointer) -> tuple[Any, Pointer]:
        """`value` (found at `pointer`), or what its `$ref` points to, and where that is.

        Raises ParseError at the `$ref` for a reference to another file or a URL, to nothing
        in the document, or one that leads back to itself."""
        seen: list[Pointer] = []
        while isinstance(value, dict) and "$ref" in value:
            ref = value["$ref"]
            at = (*pointer, "$ref")
            if not isinstance(ref, str):
                raise self.error(at, "a $ref is a string")
            if not ref.startswith("#"):
                raise self.error(
                    at,
                    f"the $ref {ref!r} points into another file or a URL, which sdkgen does not "
                    "follow; bundle the document into one file (every $ref starting with '#')",
                )
            target = self.pointer_of(ref, at)
            if target in seen:
                raise self.error(at, f"the $ref {ref!r} leads back to itself")
            seen.append(target)
            value, pointer = self.value_at(target, ref, at), target
        return value, pointer

    def pointer_of(self, ref: str, at: Pointer) -> Pointer:
        """The pointer a local `$ref` ("#/components/schemas/A") names."""
        if ref == "#":
            return ()
        if not ref.startswith("#/"):
            raise self.error(at, f"the $ref {ref!r} is not a JSON pointer ('#/...')")
        return tuple(
            unquote(part).replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/")
        )

    def value_at(self, target: Pointer, ref: str, where: Pointer) -> Any:
        """What `target` points to; ParseError at `where` (the `$ref` naming it as `ref`)
        when it points to nothing."""
        value: Any = self.data
        for part in target:
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif (
                isinstance(value, list) and _ARRAY_INDEX.fullmatch(part) and int(part) < len(value)
            ):
                value = value[int(part)]
            else:
                raise self.error(where, f"the $ref {ref!r} points to nothing in the document")
        return value


def is_document_path(path: Path) -> bool:
    """Whether `path` is named like an OpenAPI document (`.json`, `.yaml`, `.yml`), not a
    page (`.md`); `looks_like_document` reads it to tell a document from a config."""
    return path.suffix in DOCUMENT_SUFFIXES


def looks_like_document(path: Path) -> bool:
    """Whether the file at `path` is named like a document and states `openapi:` (or
    `swagger:`) at its top level; a file that cannot be read is not one."""
    if not is_document_path(path):
        return False
    try:
        # Read safely: the path may name a FIFO or a device (generator.source_files).
        text = read_source_bytes(path, MAX_DOCUMENT_BYTES, "document")
    except (OSError, ParseError):
        return False
    head = text[: 64 * 1024].decode("utf-8", "replace")
    if path.suffix == ".json":
        return re.search(r'"(openapi|swagger)"\s*:', head) is not None
    return re.search(r"^[\"']?(openapi|swagger)[\"']?\s*:", head, re.M) is not None


def load_document(path: Path) -> Document:
    """The OpenAPI 3.0 document at `path` (JSON for `.json`, YAML otherwise).

    Raises ParseError at the line of the problem: malformed JSON or YAML, a top level that is
    no mapping, an `openapi` version other than 3.0.x (Swagger 2.0 too); FileNotFoundError
    when there is no such file."""
    file = str(path)
    text = decode_source(file, read_source_bytes(path, MAX_DOCUMENT_BYTES, "document"), "document")
    return document_from_text(file, text)


def document_from_text(file: str, text: str) -> Document:
    """The document whose text is `text`, read as JSON when `file` ends in `.json`; the
    errors of `load_document`."""
    document = _load_json(file, text) if file.endswith(".json") else _load_yaml(file, text)
    version = document.data.get("openapi")
    if "swagger" in document.data and version is None:
        raise document.error(
            ("swagger",),
            "this is a Swagger 2.0 document; sdkgen reads OpenAPI 3.0 (convert it first, "
            "e.g. with swagger2openapi)",
        )
    if not isinstance(version, str) or _VERSION.fullmatch(version) is None:
        raise document.error(
            ("openapi",),
            f"version {version!r} is not an OpenAPI 3.0.x version; sdkgen reads OpenAPI "
            "3.0 documents (openapi: 3.0.0 to 3.0.3)",
        )
    return document


def _load_json(file: str, text: str) -> Document:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        repeated = next((key for key in keys if keys.count(key) > 1), None)
        if repeated is not None:
            raise ValueError(f"the key {repeated!r} is written twice in one object")
        return _js_order(dict(items))

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_float=_js_float)
    except json.JSONDecodeError as error:
        at = SourceLocation(file, error.lineno, error.colno)
        raise ParseError(at, f"malformed JSON: {error.msg}") from None
    except (ValueError, RecursionError) as error:
        raise ParseError(SourceLocation(file, 1), f"malformed JSON: {error}") from None
    if not isinstance(data, dict):
        raise ParseError(SourceLocation(file, 1), "the document is not a JSON object")
    # The lines come from YAML's reading of the same text (JSON is YAML; a tab, which JSON
    # allows only between tokens, is the one thing YAML refuses there).
    try:
        lines = _Builder(file).lines_of(_compose(text.replace("\t", " ")))
    except (yaml.YAMLError, ParseError):
        lines = {}
    return Document(file, data, lines)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None


def _compose(text: str) -> Node | None:
    """The YAML node tree of `text`: libyaml's where installed (many times faster on a large
    document), PyYAML's where libyaml refuses it, for PyYAML's words in the error."""
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, _FAST_LOADER)
        except (yaml.YAMLError, UnicodeEncodeError):
            pass
    return yaml.compose(text, yaml.SafeLoader)


def _load_yaml(file: str, text: str) -> Document:
    try:
        root = _compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).split("\n")[0]
        raise ParseError(SourceLocation(file, line), f"malformed YAML: {problem}") from None
    if not isinstance(root, MappingNode):
        raise ParseError(SourceLocation(file, 1), "the document is not a YAML mapping")
    builder = _Builder(file)
    data = builder.value(root, ())
    return Document(file, data, builder.lines)


class _Builder:
    """YAML nodes → data as js-yaml reads it, with the line of every key and item."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: dict[Pointer, int] = {}
        self.count = 0
        self.open: set[int] = set()
        self.loader = yaml.SafeLoader("")

    def lines_of(self, root: Node | None) -> dict[Pointer, int]:
        if root is not None:
            self.value(root, ())
        return self.lines

    def value(self, node: Node, pointer: Pointer) -> Any:
        self.count += 1
        if self.count > MAX_VALUES or id(node) in self.open:
            raise ParseError(
                SourceLocation(self.file, node.start_mark.line + 1),
                "the YAML's aliases stand for too much (or for a value inside themselves)",
            )
        if isinstance(node, ScalarNode):
            if node.tag == "tag:yaml.org,2002:timestamp":
                return node.value
            try:
                value = self.loader.construct_object(node)
            except yaml.YAMLError as error:
                problem = getattr(error, "problem", None) or "a value YAML cannot read"
                at = SourceLocation(self.file, node.start_mark.line + 1)
                raise ParseError(at, f"malformed YAML: {problem}") from None
            if not isinstance(value, (str, int, float, bool, type(None))):
                at = SourceLocation(self.file, node.start_mark.line + 1)
                raise ParseError(at, f"a YAML {node.tag} value, which JSON cannot hold")
            return js_number(value) if isinstance(value, float) else value
        self.open.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                items = []
                for index, item in enumerate(node.value):
                    self.lines.setdefault((*pointer, str(index)), item.start_mark.line + 1)
                    items.append(self.value(item, (*pointer, str(index))))
                return items
            assert isinstance(node, MappingNode)
            mapping: dict[str, Any] = {}
            for key, item in node.value:
                name = str(key.value)
                line = key.start_mark.line + 1
                if name in mapping:
                    raise ParseError(
                        SourceLocation(self.file, line),
                        f"{pointer_text(pointer)}: the key {name!r} is written twice",
                    )
                self.lines.setdefault((*pointer, name), line)
                mapping[name] = self.value(item, (*pointer, name))
            return _js_order(mapping)
        finally:
            self.open.discard(id(node))


def js_number(value: float) -> int | float:
    """A number as JavaScript holds it, which has no integer type: `1.0` is `1` (so the
    page Widdershins prints, and so the IR, writes it `1`), where it is exact."""
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _js_float(text: str) -> int | float:
    return js_number(float(text))


def js_ordered(value: Any) -> Any:
    """`value` with every mapping in it in JavaScript's key order (`_js_order`)."""
    if isinstance(value, list):
        return [js_ordered(item) for item in value]
    if isinstance(value, dict):
        return _js_order({str(key): js_ordered(item) for key, item in value.items()})
    return value


def _js_order(mapping: dict[str, Any]) -> dict[str, Any]:
    """The keys in the order a JavaScript object keeps them: array-index keys ("200") first,
    ascending, then the others in insertion order."""
    indexes = sorted(
        (key for key in mapping if _ARRAY_INDEX.fullmatch(key) and int(key) < 2**32 - 1), key=int
    )
    if not indexes:
        return mapping
    ordered = {key: mapping[key] for key in indexes}
    ordered.update((key, value) for key, value in mapping.items() if key not in ordered)
    return ordered

"""Generic mutations of a page: edits of lines, JSON blocks and tables that know nothing of
what the page documents, and the `Chooser` they draw from.

A mutation is a function of the page text and a `Chooser`, the only source of randomness, so
hypothesis can shrink a failing case (tests/test_fuzz.py) and the seeded runner (tools/fuzz.py)
can reproduce one from its seed. A mutation raises IndexError when the page holds nothing it
can edit. tests/support/fuzzing.py runs the mutated pages; tests/support/mutations_beyond.py
holds the mutations aimed at the constructs beyond KuCoin's pages.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Chooser(Protocol):
    """The only source of randomness a mutation uses."""

    def integer(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        ...

    def choice(self, options: Sequence[T]) -> T: ...


class RandomChooser:
    """A `Chooser` over `random.Random`, for the fast seeded runner."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def choice(self, options: Sequence[T]) -> T:
        if not options:
            raise IndexError("nothing to choose from")
        return options[self.rng.randrange(len(options))]


# --- mutations ------------------------------------------------------------------------------

Mutation = Callable[[str, Chooser], tuple[str, str]]
"""(page text, chooser) → (mutated text, a description that reproduces the edit)."""


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def delete_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = lines_of(text)
    start = choose.integer(0, len(lines) - 1)
    count = choose.choice((1, 1, 1, 2, 3, 5, 20))
    del lines[start : start + count]
    return "\n".join(lines), f"delete {count} line(s) from line {start + 1}"


def duplicate_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = lines_of(text)
    start = choose.integer(0, len(lines) - 1)
    count = choose.choice((1, 1, 1, 2, 3, 5, 20))
    chunk = lines[start : start + count]
    lines[start + len(chunk) : start + len(chunk)] = chunk
    return "\n".join(lines), f"duplicate {len(chunk)} line(s) from line {start + 1}"


def swap_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = lines_of(text)
    first = choose.integer(0, len(lines) - 1)
    # Mostly neighbours (a swap inside one block), sometimes anywhere on the page.
    if choose.integer(0, 3):
        second = min(len(lines) - 1, first + choose.integer(1, 4))
    else:
        second = choose.integer(0, len(lines) - 1)
    lines[first], lines[second] = lines[second], lines[first]
    return "\n".join(lines), f"swap lines {first + 1} and {second + 1}"


def truncate(text: str, choose: Chooser) -> tuple[str, str]:
    offset = choose.integer(0, len(text))
    line = text.count("\n", 0, offset) + 1
    return text[:offset], f"truncate at offset {offset} (line {line})"


def json_block_lines(lines: Sequence[str]) -> list[int]:
    """Indexes of the lines inside ```json fences."""
    inside = False
    found: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("```"):
            inside = not inside and stripped == "```json"
        elif inside:
            found.append(index)
    return found


_JSON_NOISE = (
    *'{}[]",:\\',
    *"0123456789-+.eE",
    "a",
    "Z",
    " ",
    "\t",
    "\u00bb",
    "\u00e9",
    "\u0000",
    "\x7f",
    "\ud7ff",
    "true",
    "null",
    "NaN",
    "Infinity",
    "1e999",
    "-0",
    '"\\u0000"',
    '"\\ud800"',
    "\\udc00",
    "[[[[[[[[[[",
    '{"a": {"b": ',
    "```",
    "|",
    "\n",
)


def corrupt_line(line: str, choose: Chooser, noise: Sequence[str]) -> tuple[str, str]:
    position = choose.integer(0, len(line))
    action = choose.choice(("replace", "insert", "delete"))
    if action == "delete" or not noise:
        end = min(len(line), position + choose.integer(1, 3))
        return line[:position] + line[end:], f"delete columns {position + 1}-{end}"
    piece = choose.choice(noise)
    if action == "replace":
        replaced = line[:position] + piece + line[position + 1 :]
        return replaced, f"replace column {position + 1} with {piece!r}"
    return line[:position] + piece + line[position:], f"insert {piece!r} at column {position + 1}"


def corrupt_json(text: str, choose: Chooser) -> tuple[str, str]:
    lines = lines_of(text)
    candidates = json_block_lines(lines)
    index = choose.choice(candidates)
    lines[index], what = corrupt_line(lines[index], choose, _JSON_NOISE)
    return "\n".join(lines), f"JSON line {index + 1}: {what}"


def table_lines(lines: Sequence[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.lstrip().startswith("|")]


_TABLE_NOISE = (
    "|",
    "||",
    "\\|",
    "\u00bb",
    "\u00bb\u00bb\u00bb",
    " ",
    "-",
    ":",
    "`",
    "*",
    "true",
    "false",
    "body",
    "path",
    "query",
    "header",
    "cookie",
    "integer",
    "[string]",
    "array[",
    "(",
    ")",
    "\u00a6null",
    "none",
    "x",
    "<br>",
    "{",
    "}",
    "\n",
    "**",
)


def corrupt_table(text: str, choose: Chooser) -> tuple[str, str]:
    lines = lines_of(text)
    index = choose.choice(table_lines(lines))
    line = lines[index]
    if choose.integer(0, 2) == 0:
        # Rewrite one whole cell: the edits that keep the row's shape but change its meaning.
        cells = line.split("|")
        if len(cells) > 2:
            cell = choose.integer(1, len(cells) - 2)
            value = choose.choice(_TABLE_NOISE)
            cells[cell] = f" {value} "
            lines[index] = "|".join(cells)
            return "\n".join(lines), f"table line {index + 1}: cell {cell} := {value!r}"
    lines[index], what = corrupt_line(line, choose, _TABLE_NOISE)
    return "\n".join(lines), f"table line {index + 1}: {what}"


_KEYWORDS = (
    # unknown or unsupported keywords
    '"minProperties": 1',
    '"const": "x"',
    '"contains": {}',
    '"$ref": "#/components/schemas/X"',
    '"oneOf": []',
    '"allOf": [{}]',
    '"not": {}',
    '"discriminator": {}',
    '"if": {}',
    '"propertyNames": {}',
    '"patternProperties": {}',
    '"examples": []',
    '"$schema": "x"',
    '"unknownKeyword": true',
    '"x-custom": {"a": [1, 2]}',
    '"x-api-enum": [{"value": "zz", "name": "Z"}]',
    # known keywords with values of every wrong shape
    '"type": "integr"',
    '"type": ["string", "null"]',
    '"type": null',
    '"format": 3',
    '"enum": 3',
    '"enum": []',
    '"enum": [1, 1]',
    '"enum": [{}]',
    '"enum": ["a", null, true, 1.5]',
    '"x-api-enum": 3',
    '"x-api-enum": [1]',
    '"x-api-enum": [{"value": {}}]',
    '"required": "a"',
    '"required": [1]',
    '"required": ["nope"]',
    '"properties": []',
    '"properties": {"a": 1}',
    '"properties": {"": {}}',
    '"properties": {"a b": {"type": "string"}}',
    '"items": 1',
    '"items": []',
    '"items": {"type": "array"}',
    '"additionalProperties": 1',
    '"additionalProperties": {"type": "integer"}',
    '"minimum": "1"',
    '"minimum": true',
    '"maximum": 1e400',
    '"maximum": -1e999',
    '"multipleOf": 0',
    '"minLength": -1',
    '"maxLength": 1.5',
    '"maxLength": 99999999999999999999999',
    '"pattern": "("',
    '"pattern": 1',
    '"nullable": "yes"',
    '"nullable": true',
    '"readOnly": 1',
    '"readOnly": "yes"',
    '"writeOnly": true',
    '"deprecated": 1',
    '"enum": [1, "1", 1.0]',
    # the constructs beyond KuCoin's, on any schema of any page
    '"oneOf": [{"type": "string"}, {"type": "integer"}]',
    '"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "integer"}]',
    '"allOf": [{"type": "object", "properties": {"x": {"type": "string"}}}]',
    '"discriminator": {"propertyName": "x", "mapping": {"a": "#/components/schemas/Nowhere"}}',
    '"default": {}',
    '"default": [1, {"a": null}]',
    '"example": NaN',
    '"description": 7',
    '"title": []',
)


def unknown_keyword(text: str, choose: Chooser) -> tuple[str, str]:
    """Add a keyword to a JSON schema object: unknown, unsupported, or of the wrong shape."""
    lines = lines_of(text)
    candidates = [i for i in json_block_lines(lines) if lines[i].rstrip().endswith("{")]
    index = choose.choice(candidates)
    keyword = choose.choice(_KEYWORDS)
    indent = len(lines[index + 1]) - len(lines[index + 1].lstrip()) if index + 1 < len(lines) else 0
    closes = lines[index + 1].strip().startswith("}") if index + 1 < len(lines) else True
    lines.insert(index + 1, " " * indent + keyword + ("" if closes else ","))
    return "\n".join(lines), f"after line {index + 1} insert {keyword}"


def deep_nesting(text: str, choose: Chooser) -> tuple[str, str]:
    """Replace a JSON value by a deeply nested schema, or a `»` row by a deep chain of rows."""
    lines = lines_of(text)
    depth = choose.choice((20, 40, 70, 150, 300, 5000))
    if choose.integer(0, 1):
        candidates = [i for i in json_block_lines(lines) if lines[i].rstrip().endswith("{")]
        index = choose.choice(candidates)
        nested = '{"type": "object", "properties": {"a": ' * depth + "{}" + "}}" * depth
        lines.insert(index + 1, f'"deep": {nested},')
        return "\n".join(lines), f"after line {index + 1} insert a JSON schema {depth} deep"
    rows = [i for i in table_lines(lines) if "»" in lines[i]]
    index = choose.choice(rows)
    chain = [f"|{'»' * level} deep{level}|object|false|none|none|" for level in range(1, depth)]
    lines[index + 1 : index + 1] = chain
    return "\n".join(lines), f"after line {index + 1} insert {depth - 1} nested table rows"


GENERIC_MUTATIONS: dict[str, Mutation] = {
    "delete": delete_lines,
    "duplicate": duplicate_lines,
    "swap": swap_lines,
    "truncate": truncate,
    "corrupt_json": corrupt_json,
    "corrupt_table": corrupt_table,
    "unknown_keyword": unknown_keyword,
    "deep_nesting": deep_nesting,
}

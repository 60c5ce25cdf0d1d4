"""Mutations aimed at the constructs beyond KuCoin's pages: JSON values and keys (visibility
flags, enums, `oneOf`/`allOf`/`anyOf`, discriminators), the `_oneOf_`/`_allOf_`... tables, the
Authentication section, the Base URLs list, each operation's authentication aside (those three
in tests/support/mutations_security.py), heading ids and path templates.

Each is structure-aware but generic: it finds its target by the shape Widdershins prints (a
JSON `"key": value` line and the lines its value spans, a section between two headings, an
`<aside>` block) and edits it with values taken from small pools, so it works on any page that
holds the construct, including pages added later. `TARGETS` says which pages a kind can edit,
so a run of one kind picks pages that hold its construct.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tests.support.mutations import Chooser, Mutation, corrupt_line, json_block_lines, lines_of
from tests.support.mutations_security import AUTH_INTRO, auth_aside, base_urls, security_schemes

_KEY_LINE = re.compile(r'^(?P<indent>\s*)"(?P<key>(?:[^"\\]|\\.)*)":\s*(?P<value>.*)$')

_BEYOND_KEYS = frozenset(
    {
        "oneOf",
        "anyOf",
        "allOf",
        "discriminator",
        "propertyName",
        "mapping",
        "readOnly",
        "writeOnly",
        "nullable",
        "deprecated",
        "enum",
        "$ref",
        "additionalProperties",
    }
)
"""Keys of the constructs beyond KuCoin's; `json_value` and `json_key` favour them."""

_VALUES = (
    '"yes"',
    '""',
    '"#/components/schemas/Nowhere"',
    "0",
    "1",
    "-1",
    "1.5",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "[{}]",
    "[[]]",
    '[1, "1", 1.0, true, null]',
    "[1, 1]",
    "[1, 1.0]",
    '["a", "a"]',
    '[0.5, "0.5"]',
    '[{"type": "string"}, {"type": "integer"}]',
    '[{"type": "object", "properties": {"kind": {"type": "string"}}}, {"type": "string"}]',
    '[{"$ref": "#/components/schemas/Nowhere"}]',
    '[{"oneOf": []}]',
    '{"propertyName": "kind", "mapping": {"x": "#/components/schemas/Nowhere"}}',
    '{"propertyName": "nowhere"}',
    '{"propertyName": 1}',
    '{"mapping": {}}',
    '{"propertyName": "kind", "mapping": []}',
    '{"cat": "#/components/schemas/Nowhere"}',
    '{"cat": 1}',
    '{"type": "object"}',
    '{"allOf": [{"type": "string"}, {"type": "integer"}]}',
)
"""JSON values of every shape, and the ones the new constructs get wrong: a visibility flag
that is no boolean, an enum of mixed types or repeated values, a variant list empty or of
scalars, a discriminator whose mapping leads nowhere."""

_KEYS = (
    *sorted(_BEYOND_KEYS),
    "type",
    "items",
    "properties",
    "required",
    "example",
    "x-unknown",
    "",
)


def _value_end(lines: Sequence[str], index: int, column: int) -> int:
    """The index of the line where the JSON value starting at `lines[index][column:]` ends:
    brackets are counted outside strings until they balance (the last line if they never do)."""
    depth = 0
    in_string = escaped = False
    for number in range(index, len(lines)):
        for char in lines[number][column if number == index else 0 :]:
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
        if depth <= 0:
            return number
    return len(lines) - 1


def _key_lines(lines: Sequence[str], choose: Chooser) -> list[int]:
    """JSON `"key": value` lines; half the time only those of the beyond constructs' keys
    (when the page has any)."""
    keys = {
        i: match.group("key")
        for i in json_block_lines(lines)
        if (match := _KEY_LINE.match(lines[i]))
    }
    beyond = [i for i, key in keys.items() if key in _BEYOND_KEYS]
    return beyond if beyond and choose.integer(0, 1) else list(keys)


def _value(lines: Sequence[str], index: int) -> tuple[int, int, str]:
    """The JSON value of the `"key": value` line `index`: its column, its last line and its
    text on one line (without the comma that follows it)."""
    match = _KEY_LINE.match(lines[index])
    assert match is not None
    column = match.start("value")
    end = _value_end(lines, index, column)
    text = " ".join([lines[index][column:], *(line.strip() for line in lines[index + 1 : end + 1])])
    return column, end, text.rstrip().removesuffix(",")


def json_value(text: str, choose: Chooser) -> tuple[str, str]:
    """Replace the whole value of a JSON key (all the lines it spans) by one of `_VALUES`,
    or by the value another line gives the same key (two variants of one tag, an enum
    copied, a `required` list that names other properties)."""
    lines = lines_of(text)
    candidates = _key_lines(lines, choose)
    index = choose.choice(candidates)
    column, end, _ = _value(lines, index)
    comma = "," if lines[end].rstrip().endswith(",") else ""
    key = _KEY_LINE.sub(r"\g<key>", lines[index])
    same = [i for i in candidates if i != index and _KEY_LINE.sub(r"\g<key>", lines[i]) == key]
    if same and choose.integer(0, 2) == 0:
        value = _value(lines, choose.choice(same))[2]
    else:
        value = choose.choice(_VALUES)
    lines[index : end + 1] = [lines[index][:column] + value + comma]
    return "\n".join(lines), f"JSON lines {index + 1}-{end + 1}: value := {value}"


def json_key(text: str, choose: Chooser) -> tuple[str, str]:
    """Rename a JSON key (`oneOf` to `allOf`, `nullable` to `readOnly`, ...), keeping its value."""
    lines = lines_of(text)
    index = choose.choice(_key_lines(lines, choose))
    match = _KEY_LINE.match(lines[index])
    assert match is not None
    key = choose.choice(_KEYS)
    lines[index] = f'{match.group("indent")}"{key}": {match.group("value")}'
    return "\n".join(lines), f"JSON line {index + 1}: key {match.group('key')!r} := {key!r}"


_MARKERS = ("_oneOf_", "_xor_", "_allOf_", "_and_", "_anyOf_", "_or_", "_continued_")
_MARKER_LINE = re.compile(r"^(_[a-zA-Z]+_|oneOf|anyOf|allOf)$")
_ROW_NAME = re.compile(r"^\|\s*(?P<depth>»*)\s*(?P<name>[^|]*?)\s*\|")


def composition_table(text: str, choose: Chooser) -> tuple[str, str]:
    """Edit the schema tables of unions and intersections: drop, repeat, replace or move a
    `_oneOf_`/`_and_`... line, or name a `»` row `_anonymous_` or `_oneOf_`."""
    lines = lines_of(text)
    markers = [i for i, line in enumerate(lines) if _MARKER_LINE.match(line)]
    tables = [i for i, line in enumerate(lines) if line.startswith("| Name ")]
    rows = [i for i, line in enumerate(lines) if _ROW_NAME.match(line) and "»" in line]
    action = choose.choice(("drop", "repeat", "replace", "insert", "rename"))
    if action == "rename":
        index = choose.choice(rows)
        match = _ROW_NAME.match(lines[index])
        assert match is not None
        depth = max(0, len(match.group("depth")) + choose.integer(-1, 1))
        name = choose.choice(("_anonymous_", *_MARKERS, ""))
        lines[index] = f"| {'»' * depth} {name} |" + lines[index][match.end() :]
        return "\n".join(lines), f"table line {index + 1}: row name := {'»' * depth} {name}"
    marker = choose.choice(_MARKERS)
    if action == "insert":
        index = choose.choice(tables)
        lines[index:index] = [marker, ""]
        return "\n".join(lines), f"before line {index + 1} insert {marker}"
    index = choose.choice(markers)
    old = lines[index]
    if action == "drop":
        del lines[index]
        return "\n".join(lines), f"line {index + 1}: drop {old}"
    if action == "repeat":
        lines[index:index] = [old, ""]
        return "\n".join(lines), f"line {index + 1}: repeat {old}"
    lines[index] = marker
    return "\n".join(lines), f"line {index + 1}: {old} := {marker}"


_HEADING = re.compile(r'^(<h\d id="|<a id="|## )')
_HEADING_NOISE = ('"', "'", "&", "<tag>", "</a>", ">", "<", "&quot;", "#", " ", "\\", "`", "-")


def heading_id(text: str, choose: Chooser) -> tuple[str, str]:
    """Put quotes, `&` or tags into an operation heading or an id, or give it the text of
    another heading (two operations of one name, two elements of one id)."""
    lines = lines_of(text)
    headings = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    index = choose.choice(headings)
    if choose.integer(0, 2) == 0:
        same = [i for i in headings if lines[i][:4] == lines[index][:4] and i != index]
        other = choose.choice(same)
        lines[index] = lines[other]
        return "\n".join(lines), f"line {index + 1} := line {other + 1}"
    line = lines[index]
    prefix = len(line) - len(_HEADING.sub("", line, count=1))
    head, what = corrupt_line(line[prefix:], choose, _HEADING_NOISE)
    lines[index] = line[:prefix] + head
    return "\n".join(lines), f"line {index + 1}: {what}"


_PATH_LINE = re.compile(r"^`(?P<method>[A-Z]+) (?P<path>[^`]*)`$")
_PATH_NOISE = ("#", "{", "}", "{}", "{ id}", "//", "?q=1", "%23", " ", "{id}{id}", "{nowhere}", "/")


def path_template(text: str, choose: Chooser) -> tuple[str, str]:
    """Name a path parameter twice, add `#`, braces or an unknown parameter to a path, or
    give an operation another one's method and path."""
    lines = lines_of(text)
    paths = [i for i, line in enumerate(lines) if _PATH_LINE.match(line)]
    index = choose.choice(paths)
    match = _PATH_LINE.match(lines[index])
    assert match is not None
    method, path = match.group("method"), match.group("path")
    action = choose.choice(("repeat", "repeat", "garble", "copy", "method"))
    placeholders = re.findall(r"\{[^}]*\}", path)
    if action == "repeat":
        path = f"{path}/{choose.choice(placeholders or ['{id}'])}"
    elif action == "garble":
        path, _ = corrupt_line(path, choose, _PATH_NOISE)
    elif action == "copy":
        lines[index] = lines[choose.choice(paths)]
        return "\n".join(lines), f"line {index + 1} := {lines[index]}"
    else:
        method = choose.choice(("get", "FETCH", "HEAD", "OPTIONS", "TRACE", "PATCH", ""))
    lines[index] = f"`{method} {path}`"
    return "\n".join(lines), f"line {index + 1} := {lines[index]}"


BEYOND_MUTATIONS: dict[str, Mutation] = {
    "json_value": json_value,
    "json_key": json_key,
    "composition_table": composition_table,
    "security_schemes": security_schemes,
    "base_urls": base_urls,
    "auth_aside": auth_aside,
    "heading_id": heading_id,
    "path_template": path_template,
}

TARGETS: dict[str, re.Pattern[str]] = {
    "composition_table": re.compile(r"^(_[a-zA-Z]+_|oneOf|anyOf|allOf)$", re.MULTILINE),
    "security_schemes": re.compile(r"^# Authentication\s*$", re.MULTILINE),
    "base_urls": re.compile(r"^Base URLs:", re.MULTILINE),
    "auth_aside": re.compile(AUTH_INTRO),
}
"""What a page must hold for a kind to edit it: a run of that kind alone picks such pages.
Kinds not listed edit every page."""

"""The injection boundary: how text from a page becomes generated code.

Every string that comes from the page reaches generated code through one of these: a Python
literal (`python_literal`, `python_literal_at`, `python_set`), a triple-quoted docstring
(`docstring_literal`, `docstring_text`: quotes, backslashes and control characters escaped)
or a TOML string or key (`toml_string`, `toml_key`). Identifiers come from generator.naming.
Nothing the page says can therefore become code. Literals come out as black writes them.
"""

from __future__ import annotations

import re
from typing import Any

from generator.sdk import layout

_DOCSTRING_WIDTH = 88
_TOML_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_TOML_ESCAPES |= {"\f": "\\f", "\r": "\\r"}


def toml_string(text: object) -> str:
    """A TOML basic string holding `text` exactly: quotes, backslashes and every control
    character (TOML forbids them raw, DEL included) escaped; a lone surrogate, which no UTF-8
    file can hold, becomes U+FFFD."""
    text = str(text)
    if text.isprintable():
        # No control character, DEL or surrogate is printable: only quotes and backslashes
        # need escaping, and one pass in C does what `_toml_char` does char by char.
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return '"' + "".join(_toml_char(char) for char in text) + '"'


def _toml_char(char: str) -> str:
    if char in _TOML_ESCAPES:
        return _TOML_ESCAPES[char]
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04X}"
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return char


def toml_key(text: object) -> str:
    """A TOML key: bare where TOML allows it (`kucoin_futures`), else a quoted string."""
    text = str(text)
    return text if _TOML_BARE_KEY.fullmatch(text) else toml_string(text)


def python_literal(value: Any) -> str:
    """A Python expression that evaluates to `value` (JSON values, tuples, frozensets)."""
    if isinstance(value, str):
        return _escape_invisible(_string_literal(value))
    collection = _collection_items(value)
    if collection is not None:
        return layout.inline(*collection, collection=True)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def python_set(values: Any) -> str:
    """A frozenset of `values`, sorted, as a Python expression."""
    items = sorted(values)
    if not items:
        return "frozenset()"
    return "frozenset({" + ", ".join(python_literal(item) for item in items) + "})"


def python_literal_at(value: Any, indent: int, head: str = "", tail: str = "") -> str:
    """`head`, `value` as a Python literal and `tail`, as black lays out that line at `indent`
    spaces: a tuple, list or dict too long for one line gets one item per line."""
    collection = _collection_items(value)
    if collection is None:
        return f"{head}{python_literal(value)}{tail}"
    items, brackets = collection
    return layout.bracketed(indent, head, items, tail, brackets=brackets, collection=True)


def _collection_items(value: Any) -> tuple[list[str], str] | None:
    """The item literals and brackets of a tuple, list or dict; None for anything else."""
    if isinstance(value, dict):
        return [f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()], "{}"
    if isinstance(value, (tuple, list)):
        brackets = "()" if isinstance(value, tuple) else "[]"
        return [python_literal(item) for item in value], brackets
    return None


def _string_literal(text: str) -> str:
    """repr(), with black's choice of quotes: double unless that needs more backslashes.

    Emitting code black would leave alone keeps its second formatting pass from running."""
    literal = repr(text)
    if literal[0] == '"' or text.count('"') > text.count("'"):
        return literal
    return '"' + _SWAP_TO_DOUBLE.sub(_swap_quote, literal[1:-1]) + '"'


# In a single-quoted repr body: an escaped backslash (kept), an escaped ' or a bare ".
_SWAP_TO_DOUBLE = re.compile(r"(\\\\)|\\'|\"")


def _swap_quote(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    return "'" if match.group(0) == "\\'" else '\\"'


def _escape_invisible(literal: str) -> str:
    # repr() keeps printable non-ASCII as is; line and paragraph separators and other
    # invisible characters would end a line in an editor or be misread, so escape them.
    if literal.isprintable():
        return literal  # nearly every literal: nothing to escape, no per-character pass
    return "".join(
        char if char.isprintable() or char in " " else char.encode("unicode_escape").decode()
        for char in literal
    )


def docstring_literal(text: str, indent: int) -> str:
    """`text` as a triple-quoted docstring, wrapped to fit, safe whatever the text holds.

    Each line is wrapped on its own (IR descriptions are one line per paragraph, so a line
    break inside a paragraph is deliberate, as in an Args section); an indented line keeps
    its indent and continues four spaces deeper."""
    width = max(40, _DOCSTRING_WIDTH - indent)
    paragraphs = [
        "\n".join(_wrap_line(line, width) for line in p.split("\n") if line.strip())
        for p in text.strip().split("\n\n")
        if p.strip()
    ]
    body = "\n\n".join(paragraphs) or "-"
    escaped = _escape_docstring(body)
    pad = " " * indent
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    return (
        '"""'
        + "\n".join((pad + line if line else "") if i else line for i, line in enumerate(lines))
        + f'\n{pad}"""'
    )


def docstring_text(text: object) -> str:
    """`text` escaped to sit inside a triple-quoted string a template writes around it."""
    return _escape_docstring(" ".join(str(text).split()))


def _wrap_line(line: str, width: int) -> str:
    """`line` filled to `width` as `textwrap.fill` fills it (no word broken, at hyphens
    neither), continuing four spaces deeper than an indented line's own indent.

    Its white space is single spaces once split and joined, so filling is a greedy walk over
    the words; textwrap's regex split into chunks cost more than the rest of a docstring."""
    lead = line[: len(line) - len(line.lstrip(" "))]
    words = line.split()
    lines: list[str] = []
    indent = lead
    current: list[str] = []
    length = 0
    for word in words:
        if current and length + 1 + len(word) <= width - len(indent):
            current.append(word)
            length += 1 + len(word)
            continue
        if current:
            lines.append(indent + " ".join(current))
            indent = lead + "    " if lead else ""
        current, length = [word], len(word)  # a word longer than the line stands alone
    if current:
        lines.append(indent + " ".join(current))
    return "\n".join(lines)


def _escape_docstring(text: str) -> str:
    """`text` with every character escaped as `_escape_docstring_char` escapes it."""
    if text.replace("\n", "").isprintable():
        # Printable text and line breaks: only backslashes and quotes change, so two
        # replacements in C do what the per-character pass does (backslashes first, so the
        # ones escaping quotes are not doubled).
        return text.replace("\\", "\\\\").replace('"', '\\"')
    return "".join(_escape_docstring_char(char) for char in text)


def _escape_docstring_char(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    if char == "\n" or char.isprintable():
        return char
    return char.encode("unicode_escape").decode()

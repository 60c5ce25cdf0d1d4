"""Turn Markdown source text back into the text its author wrote.

Prettier wraps paragraphs at 80 columns and escapes punctuation (`\\_`, `\\*`, `\\|`) that
would otherwise be read as Markdown; Widdershins copied descriptions into the page verbatim.
Undoing both gives back the description as it stood in the OpenAPI document: one paragraph per
line-free string, Markdown links and emphasis intact.
"""

from __future__ import annotations

import re

# CommonMark: a backslash before any ASCII punctuation character is an escape.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BACKTICK_RUN = re.compile(r"`+")
_WHITESPACE = re.compile(r"\s+")


def unescape(text: str) -> str:
    """Drop CommonMark backslash escapes, except inside code spans where they are literal."""
    if "\\" not in text:
        return text
    pieces: list[str] = []
    position = 0
    while position < len(text):
        opening = _BACKTICK_RUN.search(text, position)
        if opening is None:
            break
        closing = _find_closing_run(text, opening.end(), len(opening.group()))
        if closing is None:
            # An unmatched backtick run is literal text; keep scanning after it.
            pieces.append(_ESCAPE.sub(r"\1", text[position : opening.end()]))
            position = opening.end()
            continue
        pieces.append(_ESCAPE.sub(r"\1", text[position : opening.start()]))
        pieces.append(text[opening.start() : closing])
        position = closing
    pieces.append(_ESCAPE.sub(r"\1", text[position:]))
    return "".join(pieces)


def _find_closing_run(text: str, start: int, length: int) -> int | None:
    """The end of the first backtick run of exactly `length` at or after `start`."""
    for run in _BACKTICK_RUN.finditer(text, start):
        if len(run.group()) == length:
            return run.end()
    return None


def unwrap(text: str) -> str:
    """Join a wrapped paragraph into one line with single spaces."""
    if text.isprintable() and "  " not in text:
        # Its only white space is single spaces (every other kind is unprintable): nothing
        # to join. Table cells, thousands a page, are all like this.
        return text.strip(" ")
    return _WHITESPACE.sub(" ", text).strip()


def paragraph_text(source: str) -> str:
    """The author's text of one Markdown paragraph: unwrapped and unescaped."""
    return unescape(unwrap(source))

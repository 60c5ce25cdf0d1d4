"""A schema's `pattern`, checked, satisfied and written for pydantic, never run by `re`.

`re` backtracks: a page's pattern such as `(a+)+$` takes exponential time on a short text, and
nothing can interrupt the engine. So a pattern is read here into a small tree and run as a
Thompson automaton, in time linear in the text. Only the common subset of the syntax is
read: literals and escapes, `.`, classes (`[a-z0-9_-]`, `[^ ]`, `\\d \\w \\s` and their
negations), groups (`(...)`, `(?:...)`, `(?P<name>...)`), alternation, the quantifiers
`* + ? {m} {m,} {m,n}` (greedy or lazy) and the anchors `^ $ \\A \\Z`. A pattern using
anything else (look-around, back-references, `\\b`, inline flags, possessive quantifiers)
is *beyond the subset*: `pattern_matches` and `pattern_sample` then answer None, "cannot
tell", and callers fall back on what the page says.

Semantics are Python's `re.search` without flags (JSON Schema patterns are unanchored, and
so is pydantic's `pattern`): `^` and `\\A` match at the start only, `$` at the end or before
a final newline, `\\Z` at the end only, `.` anything but a newline, and `\\d \\w \\s` are
Unicode classes, as in `re`.

`rust_pattern` writes a pattern of the subset for the generated request models: pydantic's
default engine is Rust's `regex` crate (linear time too), whose dialect differs; the text
written matches exactly what `re.search` matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

MAX_STATES = 4_000
"""Largest automaton built (counted repetition is unrolled); a larger one is beyond the subset."""

MAX_REPEAT = 1_000
"""Largest count `{m,n}` accepted; Python's own limit is far higher, but nothing sane needs it."""

MAX_SAMPLE_LENGTH = 10_000
"""Longest text `pattern_sample` builds."""

MAX_STEPS = 2_000_000
"""Most (state, character) steps a match may take: a text longer than that for the pattern's
automaton is not decided (a page's example of megabytes)."""


class _Unsupported(Exception):
    """The pattern uses syntax outside the subset."""


# --- the tree -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _CharSet:
    """A set of characters: code point ranges and the classes d, w, s (upper case: negated)."""

    ranges: tuple[tuple[int, int], ...] = ()
    classes: tuple[str, ...] = ()
    negated: bool = False

    def __contains__(self, char: str) -> bool:
        code = ord(char)
        found = any(low <= code <= high for low, high in self.ranges) or any(
            _in_class(name, char) for name in self.classes
        )
        return found != self.negated


_ANY = _CharSet(ranges=((ord("\n"), ord("\n")),), negated=True)
"""`.` without DOTALL: anything but a newline."""


def _in_class(name: str, char: str) -> bool:
    if name in "DWS":
        return not _in_class(name.lower(), char)
    if name == "d":
        return char.isdecimal()
    if name == "w":
        return char.isalnum() or char == "_"
    return char.isspace()


@dataclass(frozen=True)
class _Char:
    chars: _CharSet


@dataclass(frozen=True)
class _Anchor:
    kind: str
    """"start" (`^`, `\\A`), "end" (`$`) or "end_only" (`\\Z`)."""


@dataclass(frozen=True)
class _Sequence:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alternation:
    options: tuple[_Node, ...]


@dataclass(frozen=True)
class _Repeat:
    item: _Node
    low: int
    high: int | None


_Node = _Char | _Anchor | _Sequence | _Alternation | _Repeat


# --- reading the syntax ---------------------------------------------------------------------

_CLASS_ESCAPES = frozenset("dDwWsS")
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
# Escapes that are syntax of their own in `re` (\b, \B, \1..., \g, \N{...}, \u and \x are read
# by _escape itself); a letter escape that is not in `re` is an error there, and the page's
# pattern has already compiled.
_UNSUPPORTED_ESCAPES = frozenset("bBgN0123456789")


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self) -> str | None:
        return self.text[self.at] if self.at < len(self.text) else None

    def take(self) -> str:
        if self.at >= len(self.text):
            raise _Unsupported("unexpected end")
        char = self.text[self.at]
        self.at += 1
        return char

    def alternation(self) -> _Node:
        options = [self.sequence()]
        while self.peek() == "|":
            self.take()
            options.append(self.sequence())
        return options[0] if len(options) == 1 else _Alternation(tuple(options))

    def sequence(self) -> _Node:
        items: list[_Node] = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified(self.atom()))
        return items[0] if len(items) == 1 else _Sequence(tuple(items))

    def atom(self) -> _Node:
        char = self.take()
        if char == "(":
            if self.text.startswith("?:", self.at):
                self.at += 2
            elif self.text.startswith("?P<", self.at):
                end = self.text.find(">", self.at)
                if end < 0:
                    raise _Unsupported("unterminated group name")
                self.at = end + 1
            elif self.peek() == "?":
                raise _Unsupported("look-around, flags or another extension")
            inner = self.alternation()
            if self.take() != ")":
                raise _Unsupported("unbalanced group")
            return inner
        if char == "[":
            return _Char(self.char_class())
        if char == ".":
            return _Char(_ANY)
        if char == "^":
            return _Anchor("start")
        if char == "$":
            return _Anchor("end")
        if char == "\\":
            return self.escape_atom()
        if char in "*+?{)":
            raise _Unsupported(f"{char!r} where an atom belongs")
        return _Char(_single(char))

    def escape_atom(self) -> _Node:
        char = self.peek()
        if char == "A":
            self.take()
            return _Anchor("start")
        if char == "Z":
            self.take()
            return _Anchor("end_only")
        if char is not None and char in _CLASS_ESCAPES:
            self.take()
            return _Char(_CharSet(classes=(char,)))
        return _Char(_single(self.escape()))

    def escape(self) -> str:
        """The character a `\\x` escape (after the backslash) stands for."""
        char = self.take()
        if char in _UNSUPPORTED_ESCAPES:
            raise _Unsupported(f"escape \\{char}")
        if char in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[char]
        for prefix, digits in (("x", 2), ("u", 4), ("U", 8)):
            if char == prefix:
                code = self.text[self.at : self.at + digits]
                if len(code) != digits or any(c not in "0123456789abcdefABCDEF" for c in code):
                    raise _Unsupported(f"escape \\{prefix}")
                self.at += digits
                return chr(int(code, 16))
        if char.isalnum():
            raise _Unsupported(f"escape \\{char}")
        return char

    def char_class(self) -> _CharSet:
        negated = self.peek() == "^"
        if negated:
            self.take()
        ranges: list[tuple[int, int]] = []
        classes: list[str] = []
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                break
            first = False
            if char == "[" and self.peek() in (":", "=", "."):
                raise _Unsupported("a POSIX-like class")
            if char == "\\":
                if self.peek() is not None and self.peek() in _CLASS_ESCAPES:
                    classes.append(self.take())
                    continue
                if self.peek() == "b":
                    self.take()
                    char = "\b"
                else:
                    char = self.escape()
            if self.peek() == "-" and self.text[self.at + 1 : self.at + 2] not in ("]", ""):
                self.take()
                end = self.take()
                if end == "\\":
                    if self.peek() is not None and self.peek() in _CLASS_ESCAPES:
                        raise _Unsupported("a range ending in a class")
                    end = self.escape()
                if ord(end) < ord(char):
                    raise _Unsupported("a reversed range")
                ranges.append((ord(char), ord(end)))
            else:
                ranges.append((ord(char), ord(char)))
        return _CharSet(tuple(ranges), tuple(classes), negated)

    def quantified(self, atom: _Node) -> _Node:
        node = atom
        repeated = False
        while True:
            char = self.peek()
            if char in ("*", "+", "?"):
                self.take()
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
            elif char == "{" and (counts := self.counts()) is not None:
                low, high = counts
            else:
                return node
            if repeated or isinstance(atom, _Anchor):
                raise _Unsupported("a quantifier on a quantifier or an anchor")
            repeated = True
            if self.peek() == "?":
                self.take()  # lazy: the same strings match, in another order
            elif self.peek() == "+":
                raise _Unsupported("a possessive quantifier")
            node = _Repeat(atom, low, high)

    def counts(self) -> tuple[int, int | None] | None:
        """`{m}`, `{m,}`, `{,n}` or `{m,n}` at the reader, consumed; None (nothing consumed)
        where `re` reads the brace as a literal."""
        end = self.text.find("}", self.at)
        if end < 0:
            return None
        body = self.text[self.at + 1 : end]
        low_text, comma, high_text = body.partition(",")
        if not (low_text.isdigit() or (comma and low_text == "")):
            return None
        if high_text and not high_text.isdigit():
            return None
        if not comma and not low_text:
            return None
        if not low_text.isascii() or not high_text.isascii():
            return None
        low = int(low_text) if low_text else 0
        high = int(high_text) if high_text else (None if comma else low)
        if low > MAX_REPEAT or (high is not None and (high > MAX_REPEAT or high < low)):
            raise _Unsupported("a count too large or reversed")
        self.at = end + 1
        return low, high


def _single(char: str) -> _CharSet:
    return _CharSet(ranges=((ord(char), ord(char)),))


@lru_cache(maxsize=256)
def _tree(pattern: str) -> _Node | None:
    """The pattern's tree, or None when it is beyond the subset."""
    reader = _Reader(pattern)
    try:
        node = reader.alternation()
        if reader.peek() is not None:
            raise _Unsupported("unbalanced ')'")
    except _Unsupported:
        return None
    return node


# --- matching: a Thompson automaton ----------------------------------------------------------


@dataclass
class _State:
    chars: _CharSet | None = None
    anchor: str | None = None
    next: list[int] | None = None
    """Successors: the state after `chars`, after the anchor, or (split) every branch."""


class _Automaton:
    def __init__(self, node: _Node) -> None:
        self.states: list[_State] = []
        self.accept = self.new(_State(next=[]))
        self.start = self.build(node, self.accept)

    def new(self, state: _State) -> int:
        if len(self.states) >= MAX_STATES:
            raise _Unsupported("too many states")
        self.states.append(state)
        return len(self.states) - 1

    def build(self, node: _Node, then: int) -> int:
        """A state that matches `node` and continues at `then`."""
        if isinstance(node, _Char):
            return self.new(_State(chars=node.chars, next=[then]))
        if isinstance(node, _Anchor):
            return self.new(_State(anchor=node.kind, next=[then]))
        if isinstance(node, _Sequence):
            for item in reversed(node.items):
                then = self.build(item, then)
            return then
        if isinstance(node, _Alternation):
            return self.new(_State(next=[self.build(option, then) for option in node.options]))
        if node.high is None:
            loop = self.new(_State(next=[]))
            self.states[loop].next = [self.build(node.item, loop), then]
            then = loop
        else:
            for _ in range(node.high - node.low):
                then = self.new(_State(next=[self.build(node.item, then), then]))
        for _ in range(node.low):
            then = self.build(node.item, then)
        return then

    def closure(self, states: set[int], text: str, at: int) -> set[int]:
        """Every state reachable without reading a character, anchors checked at `at`."""
        seen: set[int] = set()
        stack = list(states)
        while stack:
            index = stack.pop()
            if index in seen:
                continue
            seen.add(index)
            state = self.states[index]
            if state.chars is not None:
                continue
            if state.anchor is not None and not _anchor_holds(state.anchor, text, at):
                continue
            stack.extend(state.next or ())
        return seen

    def search(self, text: str) -> bool:
        current: set[int] = set()
        for at in range(len(text) + 1):
            current = self.closure(current | {self.start}, text, at)
            if self.accept in current:
                return True
            if at == len(text):
                break
            char = text[at]
            current = {
                successor
                for index in current
                if (chars := self.states[index].chars) is not None and char in chars
                for successor in self.states[index].next or ()
            }
        return False


def _anchor_holds(kind: str, text: str, at: int) -> bool:
    if kind == "start":
        return at == 0
    if kind == "end":
        return at == len(text) or (at == len(text) - 1 and text[at] == "\n")
    return at == len(text)


@lru_cache(maxsize=256)
def _automaton(pattern: str) -> _Automaton | None:
    node = _tree(pattern)
    if node is None:
        return None
    try:
        return _Automaton(node)
    except _Unsupported:
        return None


def pattern_matches(pattern: str, text: str) -> bool | None:
    """Whether `re.search(pattern, text)` finds a match; None when the pattern is beyond the
    subset, or the text too long to decide in MAX_STEPS. Runs in time linear in len(text)
    (times the size of the pattern)."""
    automaton = _automaton(pattern)
    if automaton is None or (len(text) + 1) * len(automaton.states) > MAX_STEPS:
        return None
    return automaton.search(text)


def pattern_is_checkable(pattern: str) -> bool:
    """Whether `pattern_matches` can answer for this pattern."""
    return _automaton(pattern) is not None


# --- writing: the pattern in the dialect of Rust's `regex` crate ----------------------------

# pydantic's default regex engine is Rust's `regex` crate: linear time, so a request model
# checks a pattern without the risk of `re`'s backtracking. Its dialect differs from `re`'s:
# `$` is the end of the text only, `\Z` does not exist, `\w` and `\s` are other Unicode
# sets, `[` nests inside a class. So the pattern is written anew from its tree, meaning what
# `re.search` means; only its groups' names and its quantifiers' laziness are left out (they
# change no match).

_RUST_META = frozenset("\\.+*?()|[]{}^$")
_RUST_CLASS_META = frozenset("\\[]^-&~")
_RUST_CLASSES = {
    "d": r"\d",
    "D": r"\D",
    "w": r"\p{L}\p{N}_",  # what `re` calls a word character: str.isalnum() or "_"
    "W": r"[^\p{L}\p{N}_]",
    "s": r"\s\x{1C}-\x{1F}",  # str.isspace(): Rust's White_Space and four separators
    "S": r"[^\s\x{1C}-\x{1F}]",
}
_SURROGATES = (0xD800, 0xDFFF)

RUST_SIZE_BUDGET = 4_000
"""Largest pattern written for Rust, in rough kilobytes of its compiled form: the crate
refuses more than 10 MiB, and one `\\w` (thousands of Unicode ranges) compiles to ~50 KB, so
`\\w{1000}` is refused at the model's first use. A larger pattern is not written."""
_RUST_WEIGHTS = {"w": 50, "W": 50, "D": 13, "d": 6}


def rust_pattern(pattern: str) -> str | None:
    """`pattern` written for Rust's `regex` crate (pydantic's default engine, linear in the
    text), matching exactly the texts `re.search(pattern, text)` matches; None when the
    pattern is beyond the subset, uses `$` before more pattern (`a$\\n`: Rust has no
    look-ahead to say it), names a lone surrogate, or would compile too large for pydantic."""
    node = _tree(pattern)
    automaton = _automaton(pattern)
    if node is None or automaton is None:
        return None
    size = sum(
        max((_RUST_WEIGHTS.get(name, 1) for name in state.chars.classes), default=1)
        for state in automaton.states
        if state.chars is not None
    )
    if size > RUST_SIZE_BUDGET:
        return None
    try:
        return _rust(node, final=True, bare=True)
    except _Unsupported:
        return None


def _rust(node: _Node, *, final: bool, bare: bool = False) -> str:
    """`node` in Rust's dialect; `final`: nothing that reads a character can follow it (so
    `re`'s `$`, which may stand before a last newline, can be written as reading it);
    `bare`: it needs no group around an alternation (the whole pattern)."""
    if isinstance(node, _Char):
        return _rust_chars(node.chars)
    if isinstance(node, _Anchor):
        if node.kind == "start":
            return "^"
        if node.kind == "end_only":
            return r"\z"
        if not final:
            raise _Unsupported("`$` before more pattern")
        return r"\n?\z"
    if isinstance(node, _Sequence):
        parts = []
        for index, part in enumerate(node.items):
            after = node.items[index + 1 :]
            ends = all(isinstance(later, _Anchor) and later.kind == "end" for later in after)
            parts.append(_rust(part, final=final and ends))
        return "".join(parts)
    if isinstance(node, _Alternation):
        options = "|".join(_rust(option, final=final, bare=True) for option in node.options)
        return options if bare else f"(?:{options})"
    item = _rust(node.item, final=final and node.high is not None and node.high <= 1)
    if not isinstance(node.item, (_Char, _Alternation)):  # an alternation comes grouped
        item = f"(?:{item})"
    if node.high is None:
        count = {0: "*", 1: "+"}.get(node.low, f"{{{node.low},}}")
    elif (node.low, node.high) == (0, 1):
        count = "?"
    else:
        count = f"{{{node.low}}}" if node.low == node.high else f"{{{node.low},{node.high}}}"
    return item + count


def _rust_chars(chars: _CharSet) -> str:
    if chars == _ANY:
        return "."
    if not chars.negated and not chars.classes and len(chars.ranges) == 1:
        low, high = chars.ranges[0]
        if low == high:
            return _rust_char(low, _RUST_META)
    if not chars.negated and not chars.ranges and len(chars.classes) == 1:
        alone = _RUST_CLASSES[chars.classes[0]]
        return alone if alone.startswith(("\\d", "\\D", "[")) else f"[{alone}]"
    items = [_RUST_CLASSES[name] for name in chars.classes]
    for low, high in chars.ranges:
        for part_low, part_high in _without_surrogates(low, high):
            if part_low == part_high:
                items.append(_rust_char(part_low, _RUST_CLASS_META))
            else:
                low_char = _rust_char(part_low, _RUST_CLASS_META)
                items.append(f"{low_char}-{_rust_char(part_high, _RUST_CLASS_META)}")
    if not items:
        raise _Unsupported("a class of lone surrogates")
    return "[" + ("^" if chars.negated else "") + "".join(items) + "]"


def _without_surrogates(low: int, high: int) -> list[tuple[int, int]]:
    """The range without the code points Rust cannot name (no text from JSON holds them)."""
    first, last = _SURROGATES
    parts = [(low, min(high, first - 1)), (max(low, last + 1), high)]
    return [(a, b) for a, b in parts if a <= b]


def _rust_char(code: int, meta: frozenset[str]) -> str:
    if _SURROGATES[0] <= code <= _SURROGATES[1]:
        raise _Unsupported("a lone surrogate")
    char = chr(code)
    if char in meta:
        return "\\" + char
    if char == " " or (char.isprintable() and not char.isspace()):
        return char
    return f"\\x{{{code:X}}}"


# --- satisfying: a text the pattern matches -----------------------------------------------

# Characters a sample is made of, in order of preference: they read as ordinary values.
_PREFERRED = "a1A0_-. xbc2B"


def _sample_char(chars: _CharSet) -> str | None:
    for char in _PREFERRED:
        if char in chars:
            return char
    for low, high in chars.ranges if not chars.negated else ():
        for code in range(low, min(high, low + 64) + 1):
            if chr(code) in chars and chr(code).isprintable():
                return chr(code)
    for code in range(0x21, 0x3000):
        if chr(code) in chars:
            return chr(code)
    return None


def _sample(node: _Node, wanted: list[int]) -> str | None:
    """A text `node` matches; repetitions grow while `wanted[0]` more characters are wanted
    (every character taken counts against it)."""
    if isinstance(node, _Char):
        wanted[0] -= 1
        return _sample_char(node.chars)
    if isinstance(node, _Anchor):
        return ""
    if isinstance(node, _Sequence):
        parts = []
        for item in node.items:
            part = _sample(item, wanted)
            if part is None:
                return None
            parts.append(part)
        return "".join(parts)
    if isinstance(node, _Alternation):
        for option in node.options:
            text = _sample(option, wanted)
            if text is not None:
                return text
        return None
    parts = []
    for _ in range(node.low):
        part = _sample(node.item, wanted)
        if part is None:
            return None
        parts.append(part)
    while wanted[0] > 0 and (node.high is None or len(parts) < node.high):
        part = _sample(node.item, wanted)
        if not part:
            break
        parts.append(part)
    return "".join(parts)


def pattern_sample(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A text `pattern` matches, `min_length` to `max_length` characters long; None when the
    pattern is beyond the subset or no such text was found."""
    node = _tree(pattern)
    if node is None or _automaton(pattern) is None or min_length > MAX_SAMPLE_LENGTH:
        return None
    for wanted in (0, min_length):
        text = _sample(node, [wanted])
        if text is None:
            return None
        if len(text) < min_length:
            # The pattern is unanchored at the end unless the text ends where it must: padding
            # after a match keeps it a match, which the check below confirms.
            text += "x" * (min_length - len(text))
        if (max_length is None or len(text) <= max_length) and pattern_matches(pattern, text):
            return text
    return None

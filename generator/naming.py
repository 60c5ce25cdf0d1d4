"""Identifier decisions: how the page's human names become stable Python-friendly names."""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_ACRONYM_THEN_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")
_LOWER_THEN_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_NOT_WORD = re.compile(r"[^0-9a-zA-Z]+")


# A plan names the same few hundred wire names and titles thousands of times (fields, models,
# aliases, sync and async clients); each is worked out once.
@functools.lru_cache(maxsize=4096)
def snake_case(text: str) -> str:
    """`Get Order By OrderId` → `get_order_by_order_id`; `Cancel All Orders - V1` →
    `cancel_all_orders_v1`; `clientOid` → `client_oid`. Accents are folded to ASCII and
    anything that is not a letter or digit separates words. May return "" for text with no
    letters or digits; callers decide what that means."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    spaced = _LOWER_THEN_UPPER.sub(r"\1_\2", _ACRONYM_THEN_WORD.sub(r"\1_\2", ascii_text))
    return _NOT_WORD.sub("_", spaced).strip("_").lower()


_PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Names the generated modules use themselves; a field called like this would shadow them.
_GENERATED_CODE_NAMES = frozenset(
    # Client methods refer to these module names; an argument must not shadow them.
    {"self", "cls", "asyncio", "cast", "httpx", "os", "time", "warnings"}
    # Types the generated annotations use; a field of that name would hide them in its class.
    | {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object"}
    # pydantic.BaseModel's own (deprecated v1) methods, which a field must not shadow.
    | {"json", "dict", "copy", "schema", "schema_json", "validate", "construct", "parse_obj"}
    | {"parse_raw", "parse_file", "from_orm", "update_forward_refs"}
)


def pascal_case(text: str) -> str:
    """`stopPriceType` → `StopPriceType`; `cancel_all_orders_v1` → `CancelAllOrdersV1`.
    May start with a digit or be empty: use `class_identifier` for names that become code."""
    return "".join(part[:1].upper() + part[1:] for part in snake_case(text).split("_") if part)


def class_identifier(text: str, fallback: str) -> str:
    """A PascalCase class name for `text`: `fallback` + the name where it would start with a
    digit (`1st` → `Value1st`), `fallback` alone where nothing is left, and never a keyword."""
    name = pascal_case(text)
    if not name or name[0].isdigit():
        name = fallback + name
    return f"{name}_" if keyword.iskeyword(name) else name


def method_identifier(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A snake_case method name for `text` (an operation's summary): never a keyword, never
    starting with a digit (`24hr stats` → `op_24hr_stats`), never one of `reserved`."""
    name = snake_case(text) or "operation"
    if name[0].isdigit():
        name = f"op_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name = f"{name}_"
    return name


def python_identifier(text: str, fallback: str = "field") -> str:
    """A snake_case attribute or argument name for a wire name, safe to emit as code.

    Keywords, names the generated code uses, `model_*` (pydantic's namespace) and names that
    start with a digit get a trailing or leading word; an empty result becomes `fallback`.
    """
    name = snake_case(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in _PYTHON_RESERVED or name in _GENERATED_CODE_NAMES or name.startswith("model_"):
        name = f"{name}_"
    return name


@dataclass(frozen=True)
class MethodName:
    """An operation's method name, and why it is not the one its summary gives (or None)."""

    name: str
    renamed_because: str | None = None


def method_names(
    slugs: Iterable[str], paginated: Iterable[str], reserved: frozenset[str]
) -> Mapping[str, MethodName]:
    """The method name of every operation (by slug), none shared, none `reserved`, and none
    the `iter_` pager of a paginated one (`paginated`: their slugs).

    A summary that gives a taken name (or a keyword) is renamed with trailing `_`s: "Iter
    Get Order List" beside a paginated "Get Order List" becomes `iter_get_order_list_`, so
    that every pager keeps its name (`iter_` + the operation's). Names the summary gives as
    they are win over names made from them (`24hr Stats` → `op_24hr_stats` yields to "Op
    24hr Stats"), whatever the page's order.
    """
    order = list(slugs)
    pagers = set(paginated)
    wanted = {slug: method_identifier(slug) for slug in order}
    # Plain names first, then the made ones, each group in page order.
    ranked = sorted(order, key=lambda slug: wanted[slug] != slug)
    pager_of = {f"iter_{name}": name for name in (method_identifier(s, reserved) for s in pagers)}
    taken: set[str] = set(reserved)
    names: dict[str, MethodName] = {}
    for slug in ranked:
        name, why = wanted[slug], None
        while name in taken or name in pager_of or (slug in pagers and f"iter_{name}" in taken):
            why = why or _taken_because(name, taken, reserved, pager_of)
            name = f"{name}_"
        taken.add(name)
        if slug in pagers:
            taken.add(f"iter_{name}")
        names[slug] = MethodName(name, why)
    return {slug: names[slug] for slug in order}


def enum_member_name(value: object, label: str | None) -> str:
    """An UPPER_CASE enum member name: the x-api-enum name when it is an identifier,
    otherwise one made from the value ("" → EMPTY, "1" → VALUE_1)."""
    if label and label.isidentifier() and not keyword.iskeyword(label):
        name = snake_case(label).upper()
        if name.isidentifier() and not name.startswith("_"):
            return name
    text = snake_case(str(value)).upper()
    if not text:
        return "EMPTY" if value == "" else "VALUE"
    return f"VALUE_{text}" if text[0].isdigit() else text


def singular(word: str) -> str:
    """A crude, deterministic singular for naming item classes: `dataList` → `data`,
    `items` → `item`, `entries` → `entry`."""
    if word.endswith("List") and len(word) > 4:
        return word[:-4]
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name2`, `name3`... whichever is free first; records the choice in `taken`."""
    candidate, counter = name, 2
    while candidate in taken:
        candidate, counter = f"{name}{counter}", counter + 1
    taken.add(candidate)
    return candidate


def _taken_because(
    name: str, taken: set[str], reserved: frozenset[str], pager_of: Mapping[str, str]
) -> str:
    if name in reserved:
        return f"the client has a `{name}` of its own"
    if name in pager_of:
        return f"`{name}` walks the pages of `{pager_of[name]}`"
    if name in taken:
        return f"another operation is `{name}`"
    return f"another operation has `iter_{name}`, the name of this one's pager"

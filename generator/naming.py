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


def listed(items: Iterable[str]) -> str:
    """`items` as prose, each once, in order: "spot", "spot and futures", "spot, margin and
    futures"."""
    unique = list(dict.fromkeys(items))
    return " and ".join(filter(None, (", ".join(unique[:-1]), *unique[-1:])))


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


# Soft keywords are fine names, but the generated code has always avoided these; the set is
# Python 3.11's, written out so that the output does not depend on the Python that runs the
# generator (3.12 made `type` one: every field `type` would have become `type_`).
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})
_PYTHON_RESERVED = frozenset(keyword.kwlist) | _SOFT_KEYWORDS
# Names the generated modules use themselves; a field called like this would shadow them.
_GENERATED_CODE_NAMES = frozenset(
    # Client methods refer to these module names; an argument must not shadow them.
    {"self", "cls", "asyncio", "cast", "httpx", "os", "time", "warnings"}
    # Types the generated annotations use; a field of that name would hide them in its class.
    | {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object"}
)
# pydantic.BaseModel's own (deprecated v1) methods, which a field must not shadow (its
# `model_*` names are kept out by prefix; tests/test_names_property.py checks the list
# against the installed pydantic).
_PYDANTIC_NAMES = frozenset(
    {"json", "dict", "copy", "schema", "schema_json", "validate", "construct", "parse_obj"}
    | {"parse_raw", "parse_file", "from_orm", "update_forward_refs"}
)
# pydantic owns `model_*`: a field there shadows its API (`model_dump`) or, even renamed
# `model_dump_`, warns that it is in a protected namespace. Such fields get a leading word.
_PYDANTIC_NAMESPACE = "model_"

CLIENT_ATTRIBUTES = frozenset(
    {"call", "close", "aclose", "rate_limit", "max_retries", "max_retry_wait"}
    | {"with_options", "with_raw_response", "clock_offset_ms"}
    | {"total_timeout", "max_response_bytes"}
)
"""What the generated clients and services have besides the operations: no operation's
method and no service (`client.<service>`) may take one of these names, or it would hide it
(tests/test_names_property.py checks the list against the runtime's client classes)."""
PACKAGE_MODULES = frozenset(
    {"client", "async_client", "enums", "models", "operations", "testing", "errors"}
    | {"fixtures", "pytest_plugin", "tests"}
)
"""The generated package's own modules and folders: a service's subpackage of one of these
names (`<package>.<service>`) would hide it."""


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


def service_class_name(service: str) -> str:
    """The class serving the operations of the service `service` in a composed package:
    `spot_x` → `SpotXService` (as does `spot__x`: generator.targets refuses such a pair)."""
    return f"{class_identifier(service, 'Service')}Service"


def group_class_name(group: str) -> str:
    """The class of a group of services in a composed package (`client.spot`): `spot` →
    `SpotGroup`."""
    return f"{class_identifier(group, 'Group')}Group"


def method_identifier(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A snake_case method name for `text` (an operation's summary): never a keyword, never
    starting with a digit (`24hr stats` → `op_24hr_stats`), never one of `reserved`."""
    name = snake_case(text) or "operation"
    if name[0].isdigit():
        name = f"op_{name}"
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in reserved:
        name = f"{name}_"
    return name


def python_identifier(text: str, fallback: str = "field") -> str:
    """A snake_case attribute or argument name for a wire name, safe to emit as code.

    Keywords and names the generated code or pydantic's models use get a trailing `_`
    (`json_`); names in pydantic's `model_` namespace or starting with a digit get `fallback`
    in front (`field_model_dump`, `field_1st`); an empty result becomes `fallback`.
    """
    name = snake_case(text) or fallback
    if name[0].isdigit() or name.startswith(_PYDANTIC_NAMESPACE):
        name = f"{fallback}_{name}"
    if name in _PYTHON_RESERVED or name in _GENERATED_CODE_NAMES or name in _PYDANTIC_NAMES:
        name = f"{name}_"
    return name


def _pydantic_has(text: str) -> str | None:
    """The name pydantic's models have that `text` would be as an attribute, or None."""
    name = snake_case(text)
    return name if name.startswith(_PYDANTIC_NAMESPACE) or name in _PYDANTIC_NAMES else None


class AttributeNames:
    """The attribute names of one model's fields, given every wire name the model has.

    A model is read and built by attribute name and by wire name, so one key must never
    name two fields: a field's attribute is either its own wire name or nobody's
    (`client_oid` goes to the field sent as `client_oid`, not to `clientOid`, which becomes
    `client_oid_`). Attributes are unique, identifiers, and shadow nothing (see
    `python_identifier`). Two fields with one wire name in different places (a path `id`
    and a body `id`) are told apart by place: `id`, `id_body`.
    """

    def __init__(self, wire_names: Iterable[str]) -> None:
        self._wire_names = frozenset(wire_names)
        self._owners: dict[str, tuple[str, str]] = {}  # attribute → (wire name, location)

    def _free(self, attr: str, wire_name: str) -> bool:
        return attr not in self._owners and (attr == wire_name or attr not in self._wire_names)

    def add(self, wire_name: str, location: str) -> tuple[str, str | None]:
        """The attribute for `wire_name` (sent in `location`), and why it is not the plain
        snake_case name (None when that is it, or only a keyword was avoided: `from_`), for
        the field's documentation."""
        natural = python_identifier(wire_name)
        if self._free(natural, wire_name):
            self._owners[natural] = (wire_name, location)
            pydantic_name = _pydantic_has(wire_name)
            if pydantic_name is None:
                return natural, None
            return natural, f"pydantic's models have `{pydantic_name}`"
        owner, owner_location = self._owners.get(natural, (None, None))
        if owner == wire_name:
            base = python_identifier(f"{wire_name}_{location}")
            why = f"`{natural}` is the `{wire_name}` of the {owner_location}"
        elif natural in self._wire_names:
            base = f"{natural}_"
            why = f"`{natural}` is another field's wire name"
        else:
            base = f"{natural}_"
            why = f"`{natural}` stands for `{owner}`"
        attr, counter = base, 2
        while not self._free(attr, wire_name):
            attr, counter = f"{base}{counter}", counter + 1
        self._owners[attr] = (wire_name, location)
        return attr, why


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


def operation_names(
    operations: Iterable[tuple[str, str | None, str, str]],
) -> tuple[list[str], list[str]]:
    """The name of each operation, given as (summary name, operationId, method, path), and a
    note for each summary name several operations share.

    An operation is named by its summary; operations whose summaries give the same name are
    named by their operationId instead, and those without one (or whose operationId name is
    still taken) by method and path (`get /books/{id}` → `get_books_id`). Operations with
    distinct summaries keep the names they had, so a page without such a clash (every KuCoin
    page) is named as before. A name may still repeat when two routes snake_case alike; the
    caller reports that."""
    rows = list(operations)
    by_summary: dict[str, int] = {}
    for slug, *_ in rows:
        by_summary[slug] = by_summary.get(slug, 0) + 1
    names = [slug for slug, *_ in rows]
    clashing = [index for index, (slug, *_) in enumerate(rows) if by_summary[slug] > 1]
    for index in clashing:
        _, operation_id, _, _ = rows[index]
        names[index] = snake_case(operation_id) if operation_id else ""
    repeated = {name for name in names if names.count(name) > 1} | set(by_summary)
    for index in clashing:
        _, _, method, path = rows[index]
        if not names[index] or names[index] in repeated:
            names[index] = snake_case(f"{method} {path}")
    notes = [
        f"several operations' summaries give the name {slug!r}; they are named by their "
        "operationId, or by method and path"
        for slug in dict.fromkeys(rows[index][0] for index in clashing)
    ]
    return names, notes

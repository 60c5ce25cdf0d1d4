"""The IR as YAML, and back: a reviewer reads an API change as a YAML diff.

Keys follow the dataclass field order; fields at their default value are left out, so a
snapshot shows what the page says and nothing else. `load_api(dump_api(api)) == api`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, cast

import yaml

from generator.ir.model import Api
from generator.ir.yaml_text import dump_yaml

# Fields whose value is arbitrary JSON: kept verbatim, never interpreted as IR structure.
_JSON_FIELDS = {"default", "example", "value", "xml"}


def api_to_data(api: Api) -> dict[str, Any]:
    """The IR as plain dicts and lists, in field order, defaults omitted."""
    return cast(dict[str, Any], _to_data(api))


def dump_api(api: Api) -> str:
    """YAML text of the IR, stable across runs and machines (see `generator.ir.yaml_text`)."""
    return dump_yaml(api_to_data(api))


def load_api(text: str) -> Api:
    """Read an Api back from `dump_api` output. Raises ValueError for text of another shape."""
    # libyaml's loader reads the same data ten times faster than PyYAML's own.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError("IR YAML must be a mapping")
    return cast(Api, _from_data(Api, data))


def _to_data(value: Any) -> Any:
    fields = _DATA_FIELDS.get(type(value))
    if fields is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return [_to_data(item) for item in value] if isinstance(value, tuple) else value
        fields = _data_fields(type(value))
    result: dict[str, Any] = {}
    for name, default, verbatim in fields:
        item = getattr(value, name)
        if item == default and default is not dataclasses.MISSING:
            continue
        result[name] = item if verbatim else _to_data(item)
    return result


# Per dataclass: each field's name, default and whether its value is JSON kept verbatim.
# dataclasses.fields() builds a new tuple on every call, thousands of times a snapshot.
_DATA_FIELDS: dict[type[Any], tuple[tuple[str, Any, bool], ...]] = {}


def _data_fields(cls: type[Any]) -> tuple[tuple[str, Any, bool], ...]:
    fields = tuple(
        (field.name, field.default, field.name in _JSON_FIELDS) for field in dataclasses.fields(cls)
    )
    _DATA_FIELDS[cls] = fields
    return fields


def _from_data(cls: type[Any], data: Any) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__} must be a mapping, not {type(data).__name__}")
    hints, known = _fields_of(cls)
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown {cls.__name__} field(s): {sorted(unknown)}")
    kwargs = {
        name: value if name in _JSON_FIELDS else _convert(hints[name], value)
        for name, value in data.items()
    }
    return cls(**kwargs)


_FIELDS_OF: dict[type[Any], tuple[dict[str, Any], frozenset[str]]] = {}


def _fields_of(cls: type[Any]) -> tuple[dict[str, Any], frozenset[str]]:
    # get_type_hints evaluates every annotation string: once per class, not once per object.
    if cls not in _FIELDS_OF:
        names = frozenset(field.name for field in dataclasses.fields(cls))
        _FIELDS_OF[cls] = (typing.get_type_hints(cls), names)
    return _FIELDS_OF[cls]


def _convert(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None:
            return None
        for option in options:
            is_dataclass_type = isinstance(option, type) and dataclasses.is_dataclass(option)
            if is_dataclass_type and isinstance(value, dict):
                return _from_data(option, value)
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list):
            raise ValueError(f"expected a list, not {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in value)
        return tuple(value)
    if dataclasses.is_dataclass(hint):
        return _from_data(typing.cast(type[Any], hint), value)
    return value

"""Frozen dataclasses to JSON and back, by their type hints: the shape of bench/results.json.

`dump` writes every field (an optional field left at None is left out); `load` reads a value
of the annotated type and refuses anything else (a missing field without a default, a key no
field names, a value of another type), so the committed results.json and the dataclasses in
bench/ cannot drift apart unnoticed. A union is read as its first alternative that fits.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

T = TypeVar("T")


class ShapeError(ValueError):
    """The JSON does not have the shape the dataclasses describe; names where."""


def dump(value: object) -> Any:
    """A JSON value: dataclasses as objects, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: dump(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if not (getattr(value, field.name) is None and field.default is None)
        }
    if isinstance(value, (list, tuple)):
        return [dump(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): dump(item) for key, item in value.items()}
    return value


def load(cls: type[T], data: object) -> T:
    """`data` (parsed JSON) read as `cls`; ShapeError naming the first place that does not fit."""
    return cast(T, _load(cls, data, "$"))


def _load(tp: Any, data: object, where: str) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return data
    if origin in (Union, types.UnionType):
        problems = []
        for alternative in get_args(tp):
            try:
                return _load(alternative, data, where)
            except ShapeError as error:
                problems.append(str(error))
        raise ShapeError(" / ".join(problems))
    if tp is type(None):
        if data is None:
            return None
        raise ShapeError(f"{where}: expected null")
    if dataclasses.is_dataclass(tp):
        return _load_dataclass(tp, data, where)
    if origin is tuple:
        item_type, _ = get_args(tp)  # tuple[X, ...]
        items = _list(data, where)
        return tuple(_load(item_type, item, f"{where}[{i}]") for i, item in enumerate(items))
    if origin in (dict, Mapping):
        key_type, value_type = get_args(tp)
        if not isinstance(data, dict) or key_type is not str:
            raise ShapeError(f"{where}: expected an object")
        return {key: _load(value_type, value, f"{where}.{key}") for key, value in data.items()}
    if tp is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data)
    if tp in (int, str, bool) and type(data) is tp:
        return data
    raise ShapeError(f"{where}: expected {getattr(tp, '__name__', tp)}, got {data!r:.60}")


def _list(data: object, where: str) -> list[object]:
    if not isinstance(data, list):
        raise ShapeError(f"{where}: expected a list")
    return data


def _load_dataclass(cls: Any, data: object, where: str) -> Any:
    if not isinstance(data, dict):
        raise ShapeError(f"{where}: expected an object ({cls.__name__})")
    fields = {field.name: field for field in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ShapeError(f"{where}: {cls.__name__} has no field {', '.join(unknown)}")
    hints = get_type_hints(cls)
    values = {}
    for name, field in fields.items():
        if name in data:
            values[name] = _load(hints[name], data[name], f"{where}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ShapeError(f"{where}: {cls.__name__} needs {name}")
    return cls(**values)

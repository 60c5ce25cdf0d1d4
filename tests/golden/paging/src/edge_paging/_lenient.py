"""Response data as the documented type, read leniently.

The live API is looser than its documentation: a field documented as an integer arrives as
"27000.5", an object as null. A call the API answered with its success code must never fail
here, or a program that retries on errors places the order twice. So the data is validated
as documented (fast, by pydantic) and, only when that fails, read again field by field: what
fits its documented type is typed, what does not is kept exactly as sent, and each such field
is logged once as a warning naming it. Nothing here raises: data no type can hold (pydantic
failing with something other than a ValidationError) is returned as sent.
"""

from __future__ import annotations

import logging
import types
import typing
from typing import Annotated, Any, Union

from pydantic import BaseModel, TypeAdapter

from ._operation import Operation

_logger = logging.getLogger(__package__)
_ADAPTERS: dict[int, tuple[Any, TypeAdapter[Any]]] = {}
_WARNED: set[str] = set()
_UNREADABLE = (ValueError, TypeError, ArithmeticError, RecursionError)
"""What validating odd data may raise: ValidationError (a ValueError), and what pydantic lets
through from int(), float() or Decimal on values off their type."""


def parse_data(operation: Operation, data: Any) -> Any:
    """`data` as the operation's documented type; None stays None, and a value off its type
    is kept as sent (see the module's docstring)."""
    if data is None:
        return None
    response_type = operation.response_type
    try:
        return _adapter(response_type).validate_python(data)
    except _UNREADABLE:
        pass
    try:
        return _read(response_type, data, operation.name)
    except _UNREADABLE:
        return _kept(data, _type_name(response_type), operation.name)


def _adapter(annotation: Any) -> TypeAdapter[Any]:
    # Keyed by identity: annotations live as long as their model classes, and some (an
    # Annotated with pydantic metadata) cannot be hashed.
    entry = _ADAPTERS.get(id(annotation))
    if entry is None or entry[0] is not annotation:
        entry = _ADAPTERS[id(annotation)] = (annotation, TypeAdapter(annotation))
    return entry[1]


def _read(annotation: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        options = [option for option in typing.get_args(annotation) if option is not type(None)]
        if len(options) == 1:
            return _read(options[0], value, where)
        return _scalar(annotation, value, where)
    if origin is Annotated:
        try:
            return _adapter(annotation).validate_python(value)
        except _UNREADABLE:
            return _read(typing.get_args(annotation)[0], value, where)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if not isinstance(value, dict):
            return _kept(value, annotation.__name__, where)
        return _model(annotation, value)
    if origin is list:
        if not isinstance(value, list):
            return _kept(value, "a list", where)
        (item,) = typing.get_args(annotation) or (Any,)
        return [_read(item, element, f"{where}[]") for element in value]
    if origin is dict:
        if not isinstance(value, dict):
            return _kept(value, "an object", where)
        _, item = typing.get_args(annotation) or (str, Any)
        return {key: _read(item, element, f"{where}{{}}") for key, element in value.items()}
    return _scalar(annotation, value, where)


def _model(model: type[BaseModel], value: dict[str, Any]) -> BaseModel:
    fields: dict[str, Any] = {}
    wire_names: set[str] = set()
    for name, info in model.model_fields.items():
        wire = info.alias or name
        wire_names.add(wire)
        if wire in value:
            fields[name] = _read(info.annotation, value[wire], f"{model.__name__}.{wire}")
    extra = {key: item for key, item in value.items() if key not in wire_names}
    instance = model.model_construct(_fields_set=set(fields), **fields)
    if extra and instance.__pydantic_extra__ is not None:
        instance.__pydantic_extra__.update(extra)
    return instance


def _scalar(annotation: Any, value: Any, where: str) -> Any:
    try:
        return _adapter(annotation).validate_python(value)
    except _UNREADABLE:
        return _kept(value, _type_name(annotation), where)


def _kept(value: Any, documented: str, where: str) -> Any:
    if where not in _WARNED:
        _WARNED.add(where)
        _logger.warning(
            "%s: the API sent %.80r where the documentation says %s; kept as sent",
            where,
            value,
            documented,
        )
    return value


def _type_name(annotation: Any) -> str:
    name = getattr(annotation, "__name__", None)
    return name if isinstance(name, str) else str(annotation).replace("typing.", "")

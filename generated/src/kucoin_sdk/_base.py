"""Base classes of the generated models, and the cross-field rules of request models.

A request model that refuses its inputs raises the package's KucoinRequestValidationError
(naming each field by attribute and wire name), never pydantic's ValidationError, however it
is built: by a call of the client, `Model(...)`, or `Model.model_validate(...)`.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    RootModel,
    ValidationError,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_core import CoreSchema, ErrorDetails, PydanticUndefined, core_schema

from .errors import ArgumentProblem, KucoinRequestValidationError


@dataclass(frozen=True)
class Rule:
    """A rule the API documents in prose, checked before a request is sent.

    `kind` is "require" (every field set), "forbid" (no field set or true) or
    "exactly_one_of" (or "at_least_one_of"). The rule applies when every `when` field equals
    its value and the `when_set` field is set, and not when every `unless` field equals its
    value.
    """

    kind: Literal["require", "forbid", "exactly_one_of", "at_least_one_of"]
    fields: tuple[str, ...]
    message: str
    when: tuple[tuple[str, Any], ...] = ()
    when_set: str | None = None
    unless: tuple[tuple[str, Any], ...] = ()

    def applies_to(self, model: BaseModel) -> bool:
        if any(getattr(model, name) != value for name, value in self.when):
            return False
        if self.when_set is not None and getattr(model, self.when_set) is None:
            return False
        return not (self.unless and all(getattr(model, n) == v for n, v in self.unless))

    def is_broken_by(self, model: BaseModel) -> bool:
        values = [getattr(model, name) for name in self.fields]
        if self.kind == "require":
            return any(value is None for value in values)
        if self.kind == "forbid":
            return any(value is not None and value is not False for value in values)
        given = sum(value is not None for value in values)
        return given == 0 if self.kind == "at_least_one_of" else given != 1


class Null:
    """JSON's null, for a request field the API documents as nullable: `Null()` is sent as
    `null`, where None means "not given" (not sent at all). A nullable required field takes
    None as null too, and a model reads a null it receives as `Null()`."""

    _instance: ClassVar[Null | None] = None

    def __new__(cls) -> Null:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "Null()"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _null,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda value: None),
        )


def _null(value: Any) -> Null:
    if value is None or isinstance(value, Null):
        return Null()
    raise ValueError("not null")


def takes_null(model: type[BaseModel], attr: str) -> bool:
    """Whether the model's field `attr` is a nullable one that must be given (so None,
    which elsewhere means "not given", is its null)."""
    info = model.model_fields.get(attr)
    if info is None or not info.is_required():
        return False
    return Null in typing.get_args(info.annotation)


class RefusingModel(BaseModel):
    """What request models share: each way pydantic validates raises the package's
    KucoinRequestValidationError, never pydantic's ValidationError (its `__cause__`).

    It costs a frame per construction, not a second validation: pydantic validates a nested
    model without calling these, so a nested refusal surfaces once, at the top, located.
    """

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        try:
            if options:
                return super().model_validate(obj, **options)
            # The client's path: BaseModel.model_validate's own work, without its frame.
            validated: Self = cls.__pydantic_validator__.validate_python(obj)
            return validated
        except ValidationError as error:
            raise invalid_arguments(cls, error) from error

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(*args, **kwargs)
        except ValidationError as error:
            raise invalid_arguments(cls, error) from error

    @classmethod
    def model_validate_strings(cls, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_strings(*args, **kwargs)
        except ValidationError as error:
            raise invalid_arguments(cls, error) from error


class RequestModel(RefusingModel):
    """The inputs of one operation, by attribute or wire name; unknown names are errors.

    No key names two fields: a field's attribute is its own wire name or no field's (the
    generator sees to it), so `client_oid` is never both one field's attribute and another's
    wire name.

    Patterns run on pydantic's default engine, Rust's `regex` crate, in time linear in the
    text: no value can make a check backtrack for ever. The generator writes them in that
    dialect, meaning what the documentation's Python-style pattern means.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="forbid",
        defer_build=True,
    )
    __rules__: ClassVar[tuple[Rule, ...]] = ()

    def __init__(self, /, **data: Any) -> None:
        try:
            # BaseModel.__init__'s own work, without its frame.
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as error:
            raise invalid_arguments(type(self), error) from error

    # pydantic's own mark of its base __init__ (RootModel's carries it too): without it,
    # pydantic would validate every model, nested ones included, by calling this __init__.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @model_validator(mode="after")
    def _check_documented_rules(self) -> Self:
        for rule in self.__rules__:
            if rule.applies_to(self) and rule.is_broken_by(self):
                raise BrokenRule(rule)
        return self


_Root = TypeVar("_Root")


class RequestRootModel(RootModel[_Root], RefusingModel, Generic[_Root]):
    """The inputs of an operation whose body is a top-level JSON array (`root` the list of
    its items), refused as a RequestModel's are: with KucoinRequestValidationError."""

    def __init__(self, /, root: Any = PydanticUndefined, **data: Any) -> None:
        try:
            super().__init__(root, **data)
        except ValidationError as error:
            raise invalid_arguments(type(self), error) from error

    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]  # as RequestModel's


class BrokenRule(ValueError):
    """A documented rule a request model's values break (pydantic keeps it in the error's
    context, so the package's error can name the rule's fields)."""

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule.message)
        self.rule = rule


def invalid_arguments(
    model: type[BaseModel], error: ValidationError, subject: str | None = None
) -> KucoinRequestValidationError:
    """The package's error for `error`, pydantic's refusal of `model`'s inputs: each
    problem named by attribute and wire name. `subject` is what the user called (an
    operation's name), the model's name by default."""
    problems = [_problem(model, detail) for detail in error.errors(include_url=False)]
    return KucoinRequestValidationError(subject or model.__name__, problems)


def _problem(model: type[BaseModel], detail: ErrorDetails) -> ArgumentProblem:
    inner, attr, wire = _located(model, detail["loc"])
    broken = (detail.get("ctx") or {}).get("error")
    if isinstance(broken, BrokenRule) and inner is not None:
        fields = inner.model_fields
        prefix = (attr + ".", wire + ".") if attr else ("", "")
        attrs = [prefix[0] + name for name in broken.rule.fields]
        wires = [prefix[1] + _wire(fields.get(name), name) for name in broken.rule.fields]
        return ArgumentProblem(", ".join(attrs), ", ".join(wires), broken.rule.message)
    message = {"extra_forbidden": "no such argument", "missing": "required"}.get(
        detail["type"], detail["msg"]
    )
    if detail["type"] not in ("missing", "extra_forbidden", "value_error") and detail["loc"]:
        message += f", not {_shown(detail['input'])}"
    return ArgumentProblem(attr, wire, message)


def _located(
    model: type[BaseModel], loc: Sequence[int | str]
) -> tuple[type[BaseModel] | None, str, str]:
    """Where pydantic's `loc` points, by attribute and by wire name (`items[0].price`), and
    the model holding the last named field (None past a field that is no model's)."""
    current: type[BaseModel] | None = model
    if isinstance(model, type) and issubclass(model, RootModel):
        current = _model_in(model.model_fields["root"].annotation)
    attr = wire = ""
    for part in loc:
        if isinstance(part, int):
            attr, wire = f"{attr}[{part}]", f"{wire}[{part}]"
            continue
        fields = current.model_fields if current is not None else {}
        found = fields.get(part) or next(
            (info for info in fields.values() if info.alias == part), None
        )
        if found is None:  # no model's field: a key of a mapping, say
            name = alias = part
            current = None
        else:
            name = next(key for key, info in fields.items() if info is found)
            alias = _wire(found, name)
            current = _model_in(found.annotation)
        dot = "." if attr else ""
        attr, wire = f"{attr}{dot}{name}", f"{wire}{dot}{alias}"
    return current, attr, wire


def _wire(info: FieldInfo | None, attr: str) -> str:
    """A field's name on the wire: its alias, else its attribute."""
    return (info.alias or attr) if info is not None else attr


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds (`list[Leg] | None` holds Leg), None if none."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list, tuple):
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found is not None:
                return found
    return None


def _shown(value: Any) -> str:
    """A value as an error message shows it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class ResponseModel(BaseModel):
    """A response object, read leniently: the live API is looser than its documentation.

    Every field may be missing or null, unknown fields are kept (see `model_extra`), a number
    where text is documented is read as the text it was written as, and a value that fits
    no documented type is kept as sent (see the package's `_lenient` module). A response is
    read by wire name only: `{"order_id": ...}` never fills the attribute standing for
    `orderId`.
    """

    model_config = ConfigDict(
        validate_by_name=False,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        coerce_numbers_to_str=True,
        defer_build=True,
    )

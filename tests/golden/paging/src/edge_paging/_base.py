"""Base classes of the generated models, and the cross-field rules of request models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator


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


class RequestModel(BaseModel):
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

    @model_validator(mode="after")
    def _check_documented_rules(self) -> Self:
        for rule in self.__rules__:
            if rule.applies_to(self) and rule.is_broken_by(self):
                raise ValueError(rule.message)
        return self


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

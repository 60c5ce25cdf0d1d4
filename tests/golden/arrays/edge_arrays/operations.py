"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from pydantic import BaseModel


def _models() -> ModuleType:
    # The models (and pydantic) load on the first call, not when the client is imported.
    return import_module("edge_arrays.models")


@dataclass(frozen=True)
class Operation:
    """One endpoint as the documentation gives it.

    `path` is written as on the page (`/api/v1/orders/{order-id}`); `path_params`,
    `query_params` and `body_fields` are wire names; `response_model` is the type of the
    envelope's `data`.
    """

    name: str
    method: str
    path: str
    summary: str
    deprecated: bool = False
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body: Literal["object", "array"] | None = None
    body_fields: tuple[str, ...] = ()
    newer_twin: str | None = None
    """The operation that supersedes this legacy one, when the API has both."""

    @property
    def request_model(self) -> type[BaseModel] | None:
        """The model that validates every input, or None for an operation without inputs."""
        return cast("type[BaseModel] | None", _models().REQUEST_MODELS.get(self.name))

    @property
    def response_model(self) -> Any:
        """The type of the envelope's `data` (a model, a list of models, a scalar type)."""
        return _models().RESPONSE_TYPES[self.name]


OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "batch_add_widgets": Operation(
            name="batch_add_widgets",
            method="POST",
            path="/api/v1/widgets/batch",
            summary="Batch Add Widgets",
            body="array",
        ),
        "add_combo": Operation(
            name="add_combo",
            method="POST",
            path="/api/v1/combos",
            summary="Add Combo",
            body="object",
            body_fields=("clientOid", "groups"),
        ),
        "get_widget_names": Operation(
            name="get_widget_names",
            method="GET",
            path="/api/v1/widgets/names",
            summary="Get Widget Names",
        ),
    }
)

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
    return import_module("edge_enums.models")


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
        "update_settings": Operation(
            name="update_settings",
            method="POST",
            path="/api/v1/settings",
            summary="Update Settings",
            body="object",
            body_fields=("mode", "level", "ratio", "notify"),
        ),
        "get_events": Operation(
            name="get_events",
            method="GET",
            path="/api/v1/events",
            summary="Get Events",
            query_params=("types", "priority", "minScore"),
        ),
        "get_mode": Operation(
            name="get_mode",
            method="GET",
            path="/api/v1/settings/mode",
            summary="Get Mode",
        ),
    }
)

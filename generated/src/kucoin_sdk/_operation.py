"""What an operation is: its route, its inputs and where each goes, and its models."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from pydantic import BaseModel

Location = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class Input:
    """One argument of an operation: its Python name, its name on the wire, and where it goes.

    Two inputs may share a wire name in different places (`POST /x/{id}` with a body field
    `id`); their Python names always differ.
    """

    attr: str
    wire: str
    location: Location


@dataclass(frozen=True)
class Paging:
    """How a list operation asks for its pages, for the fake server: the query parameter
    `parameter` asks for a page, `first` (its text) for the first one (None: the first page
    is asked for without it), and the data's field `items` holds the page's items (None:
    the data is the list)."""

    parameter: str
    first: str | None
    items: str | None


@dataclass(frozen=True)
class Operation:
    """One endpoint as the documentation gives it.

    `path` is written as on the page (`/api/v1/orders/{order-id}`). `service` is the client
    attribute of the page the operation comes from (None in a one-page package); `host` the
    operation's own host when it is not its page's (None: the page's, `_settings`); `models`
    the module, relative to the package, holding its request and response models.
    """

    name: str
    method: str
    path: str
    summary: str
    inputs: tuple[Input, ...] = ()
    body: Literal["object", "array"] | None = None
    """"array" when the body is a top-level JSON array (its items are passed as `items`)."""
    media_type: str | None = None
    """The media type the body goes out as, where not `application/json`: a form
    (`application/x-www-form-urlencoded`, `multipart/form-data`; `_forms`), or another JSON
    one (`application/vnd.x+json`)."""
    deprecated: bool = False
    newer_twin: str | None = None
    """The operation that supersedes this legacy one, when the API has both."""
    service: str | None = None
    host: str | None = None
    models: str = "models"
    paging: Paging | None = None
    """How it pages, when its client has an `iter_` twin walking its pages."""

    @property
    def path_params(self) -> tuple[str, ...]:
        """Wire names of the path parameters."""
        return tuple(i.wire for i in self.inputs if i.location == "path")

    @property
    def query_params(self) -> tuple[str, ...]:
        """Wire names of the query parameters."""
        return tuple(i.wire for i in self.inputs if i.location == "query")

    @property
    def body_fields(self) -> tuple[str, ...]:
        """Wire names of the fields of an object body."""
        return tuple(i.wire for i in self.inputs if i.location == "body")

    @property
    def request_model(self) -> type[BaseModel] | None:
        """The model that validates every input, or None for an operation without inputs."""
        return cast("type[BaseModel] | None", self._models().REQUEST_MODELS.get(self.name))

    @property
    def response_type(self) -> Any:
        """The type of the envelope's `data` (a model, a list of models, a scalar type)."""
        return self._models().RESPONSE_TYPES[self.name]

    def arguments_from_wire(
        self,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        header: Mapping[str, Any] | None = None,
        cookie: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Arguments by Python name from values by wire name, place by place (a fixture's
        request, or what a server received). Names the operation does not have are kept as
        they are, so validation can reject them."""
        places: dict[Location, Mapping[str, Any]] = {
            "path": path or {},
            "query": query or {},
            "header": header or {},
            "cookie": cookie or {},
            "body": body or {},
        }
        arguments: dict[str, Any] = {}
        known: dict[Location, set[str]] = {place: set() for place in places}
        for item in self.inputs:
            known[item.location].add(item.wire)
            values = places[item.location]
            if item.wire in values:
                arguments[item.attr] = values[item.wire]
        for location, values in places.items():
            for wire, value in values.items():
                if wire not in known[location]:
                    arguments.setdefault(wire, value)
        return arguments

    def _models(self) -> ModuleType:
        # Loaded on the first call, not when the client is imported: pydantic and the models
        # are most of an SDK's import time.
        return import_module(f"{__package__}.{self.models}")

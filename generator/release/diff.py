"""The API change report: what changed between two versions of a page, classified for SDK users.

`diff_apis(old, new)` compares two IRs. Operations are matched by the method their page states
and their path (a method the config corrects is a change of the operation, not another one:
"method-changed"), parameters by
(location, name), body and response fields by their name path (`request.body.clientOid`,
`response.data.items[].status`, `query.pageSize`). Every difference becomes one `Change`, and
each change is classified for a user of the generated SDK, a tolerant client: its response
models accept unknown fields and unknown enum values and treat every response field as
optional, while its request models are validated on the client before anything is sent. So:

- what a caller sends: anything that can turn a valid call into an error is breaking (a
  parameter or field removed, a new required one, optional → required, an enum value removed,
  a type or format changed, a tighter constraint); loosening is not;
- what a caller reads: a field removed or a type or format changed is breaking; a new field,
  a new or vanished enum value and a changed required flag are not;
- descriptions, summaries, examples, defaults and titles are documentation.

A summary change that changes the operation's name (`slug`, the SDK method's name and the key
the config uses) is breaking. Changes come in page order of the operations (the old page's
order, then the operations only the new page has), and within an operation in the order of its
parts: the operation, its authentication, its parameters, the request body, the responses,
fields depth first. The page's servers and security schemes come first
(`generator.release.diff_access`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir.corrections import EXTENSION, stated_method
from generator.ir.model import Api, Operation, Parameter, RequestBody, Response
from generator.release.changes import ApiDiff, Change
from generator.release.diff_access import AccessDiffer
from generator.release.diff_schemas import short
from generator.release.pairing import Added, Kept, Removed, paired

__all__ = ["ApiDiff", "Change", "diff_apis"]


def diff_apis(old: Api, new: Api) -> ApiDiff:
    """Every change from `old` to `new`, classified for users of the generated SDK."""
    differ = _Differ()
    differ.api(old, new)
    return ApiDiff(old.title, old.version, new.title, new.version, tuple(differ.changes))


class _Differ(AccessDiffer):
    """The page and its operations; their schemas are compared by `SchemaDiffer`, servers
    and authentication by `AccessDiffer`."""

    def api(self, old: Api, new: Api) -> None:
        if old.title != new.title:
            self.add(
                "api-title-changed",
                "",
                f"title: {short(old.title)} → {short(new.title)}",
                old=old.title,
                new=new.title,
            )
        if old.version != new.version:
            self.add(
                "version-changed",
                "",
                f"version: {old.version} → {new.version}",
                old=old.version,
                new=new.version,
            )
        self.text("description-changed", "", "page description", old.description, new.description)
        self.access(old, new)
        for pair in paired(old.operations, new.operations, key=_stated_route):
            match pair:
                case Kept(op, new_op):
                    self.operation_name = _route(new_op)
                    self.operation(op, new_op)
                case Removed(op):
                    self.operation_name = _route(op)
                    self.add(
                        "operation-removed",
                        "",
                        f"operation removed: {op.summary} (the SDK method {op.slug} goes away)",
                        breaking=True,
                        old=op.slug,
                    )
                case Added(op):
                    self.operation_name = _route(op)
                    detail = f"operation added: {op.summary} ({op.slug})"
                    self.add("operation-added", "", detail, new=op.slug)
        self.operation_name = None

    def operation(self, old: Operation, new: Operation) -> None:
        if old.slug != new.slug:
            self.add(
                "operation-renamed",
                "",
                f"summary {short(old.summary)} → {short(new.summary)} renames the operation "
                f"(the SDK method and the config key) from {old.slug} to {new.slug}",
                breaking=True,
                old=old.summary,
                new=new.summary,
            )
        else:
            self.text("summary-changed", "", "summary", old.summary, new.summary)
        self.text("description-changed", "", "description", old.description, new.description)
        if old.method != new.method:
            why = _correction_why(new) or _correction_why(old)
            self.add(
                "method-changed",
                "",
                f"sent as {new.method} instead of {old.method} (the SDK method and its "
                "arguments stay)" + (f": {why}" if why else ""),
                old=old.method,
                new=new.method,
            )
        if old.deprecated != new.deprecated:
            self.add(
                "deprecated-changed",
                "",
                "deprecated" if new.deprecated else "no longer deprecated",
                old=old.deprecated,
                new=new.deprecated,
            )
        if old.tags != new.tags:
            self.add("tags-changed", "", "tags changed", old=list(old.tags), new=list(new.tags))
        if old.operation_id != new.operation_id:
            self.add(
                "operation-id-changed",
                "",
                f"operationId: {short(old.operation_id)} → {short(new.operation_id)}",
                old=old.operation_id,
                new=new.operation_id,
            )
        self.operation_security(old, new)
        self.parameters(old.parameters, new.parameters)
        self.request_body(old.request_body, new.request_body)
        self.responses(old.responses, new.responses)

    def parameters(self, old: Sequence[Parameter], new: Sequence[Parameter]) -> None:
        for pair in paired(old, new, key=lambda param: (param.location, param.name)):
            match pair:
                case Kept(param, new_param):
                    location = _parameter_location(param)
                    self.required(location, "request", param.required, new_param.required)
                    self.text(
                        "description-changed",
                        location,
                        "description",
                        param.description,
                        new_param.description,
                    )
                    self.schema(param.schema, new_param.schema, location, "request")
                case Removed(param):
                    self.removed(_parameter_location(param), "request", param.schema)
                case Added(param):
                    location = _parameter_location(param)
                    self.added(location, "request", param.schema, param.required)

    def request_body(self, old: RequestBody | None, new: RequestBody | None) -> None:
        location = "request.body"
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            required = new.required or bool(new.schema.required)
            self.added(location, "request", new.schema, required)
            return
        if new is None:
            self.removed(location, "request", old.schema)
            return
        self.required(location, "request", old.required, new.required)
        self.text("description-changed", location, "description", old.description, new.description)
        self.media_type(location, old.media_type, new.media_type)
        self.schema(old.schema, new.schema, location, "request")

    def responses(self, old: Sequence[Response], new: Sequence[Response]) -> None:
        for pair in paired(old, new, key=lambda response: response.status):
            match pair:
                case Kept(response, new_response):
                    self.response(response, new_response)
                case Removed(response):
                    location = _response_location(response.status)
                    if response.schema is not None:
                        self.removed(location, "response", response.schema)
                    else:
                        self.add("response-removed", location, f"status {response.status} removed")
                case Added(response):
                    location = _response_location(response.status)
                    if response.schema is not None:
                        self.added(location, "response", response.schema, False)
                    else:
                        self.add("field-added", location, f"status {response.status} added")

    def response(self, old: Response, new: Response) -> None:
        location = _response_location(old.status)
        self.text("description-changed", location, "description", old.description, new.description)
        self.media_type(location, old.media_type, new.media_type)
        if old.schema is None and new.schema is not None:
            self.added(location, "response", new.schema, False)
        elif old.schema is not None and new.schema is None:
            self.removed(location, "response", old.schema)
        elif old.schema is not None and new.schema is not None:
            self.schema(old.schema, new.schema, location, "response")

    def media_type(self, location: str, old: str, new: str) -> None:
        if old != new:
            self.add("media-type-changed", location, f"media type: {old} → {new}", old=old, new=new)


def _route(op: Operation) -> str:
    return f"{op.method} {op.path}"


def _correction_why(op: Operation) -> str | None:
    """Why the config corrects the operation itself, when it says."""
    note = dict(op.extensions).get(EXTENSION)
    why = note.get("why") if isinstance(note, dict) else None
    return why if isinstance(why, str) else None


def _stated_route(op: Operation) -> tuple[str, str]:
    """The operation's route as its page states it: unique on a page, where the methods the
    config corrects may share a route with another operation (on another host)."""
    return stated_method(op), op.path


def _parameter_location(param: Parameter) -> str:
    return f"{param.location}.{param.name}"


def _response_location(status: str) -> str:
    return "response" if status == "200" else f"response[{status}]"

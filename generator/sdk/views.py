"""What the templates print, derived once from the plan: import lists, laid-out
declarations, docstrings and README examples. Views decide layout text; the plan decides
everything else.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from generator.ir.model import JsonValue
from generator.sdk import layout
from generator.sdk.escaping import docstring_text, python_literal
from generator.sdk.plan_model import (
    NONE_TYPE,
    EnumClass,
    ModelClass,
    ModelField,
    OperationPlan,
    SdkPlan,
    ServicePlan,
    TypeRef,
)


class ServiceView:
    """What the modules of one page print: its enums, models, operations table and client.

    `module` is where those modules live (the page's ServiceLayout)."""

    def __init__(self, service: ServicePlan) -> None:
        self.plan = service
        self.layout = service.layout
        self.module = service.layout.module
        self.class_name = service.layout.class_name
        self.model_names = {m.name for m in service.models}
        self.enum_names = {e.name for e in service.enums}

    def common(self) -> dict[str, Any]:
        return {"module": self.module, "service": self.layout.attribute}

    @staticmethod
    def imports_of(types: list[TypeRef]) -> set[str]:
        """Every name the types need in scope."""
        return {name for type_ in types for name in type_.imports}

    def enums(self) -> dict[str, Any]:
        own = [e for e in self.plan.enums if e.name not in self.plan.shared_enums]
        return {
            "enums": [_EnumView(e) for e in own],
            "enum_bases": sorted({e.base for e in own}),
            "shared_imports": sorted(self.plan.shared_enums),
            "exported": sorted(e.name for e in self.plan.enums) if self.plan.shared_enums else [],
        }

    def models(self) -> dict[str, Any]:
        types = [f.annotation for m in self.plan.models for f in m.fields]
        types += [m.root for m in self.plan.models if m.root]
        types += [op.response_annotation for op in self.plan.operations]
        names = self.imports_of(types)
        has_rules = any(m.rules for m in self.plan.models)
        typing_imports = ["Annotated"] if "Annotated" in names else []
        typing_imports += ["Any", "ClassVar"] if has_rules else ["Any"]
        return {
            "operations": self.plan.operations,
            "models": [_ModelView(m) for m in self.plan.models],
            "uses_decimal": "Decimal" in names,
            "typing_imports": typing_imports,
            # RequestModel types REQUEST_MODELS, so it is imported even with no request model.
            "base_imports": (
                ["RequestModel"]
                + (["ResponseModel"] if any(m.kind == "response" for m in self.plan.models) else [])
                + (["Rule"] if has_rules else [])
            ),
            "enum_imports": sorted(names & self.enum_names),
        }

    def operations(self) -> dict[str, Any]:
        models = self.layout.within("models")
        operations = [_OperationTableView(op, models) for op in self.plan.operations]
        names = ["Input", "Operation"] if any(op.inputs for op in operations) else ["Operation"]
        return {"operations": operations, "operation_imports": names}

    def client(self, is_async: bool) -> dict[str, Any]:
        operations = [_OperationView(op) for op in self.plan.operations]
        types = [op.response_annotation for op in self.plan.operations]
        types += [a.annotation for op in self.plan.operations for a in op.arguments]
        types += [
            op.array_item_annotation for op in self.plan.operations if op.array_item_annotation
        ]
        types += [op.pagination.item_annotation for op in self.plan.operations if op.pagination]
        names = self.imports_of(types)
        abc_imports = []
        if any(op.pagination for op in self.plan.operations):
            abc_imports.append("AsyncIterator" if is_async else "Iterator")
        if any(op.array_argument for op in self.plan.operations):
            abc_imports += ["Mapping", "Sequence"]
        model_imports = sorted(names & self.model_names)
        enum_imports = sorted(names & self.enum_names)
        uses_annotated = "Annotated" in names
        # TYPE_CHECKING guards the imports only type hints need; a page without them has none.
        typing_imports = (
            ["TYPE_CHECKING"] if model_imports or enum_imports or uses_annotated else []
        )
        if uses_annotated:
            typing_imports.append("Annotated")
        # Any types the arguments dict of an operation with inputs, and array-body items.
        if any(op.arguments or op.array_argument for op in self.plan.operations):
            typing_imports.append("Any")
        typing_imports.append("cast")
        prefix = "Async" if is_async else ""
        return {
            "operations": operations,
            "class_name": prefix + self.class_name,
            "base": ("Async" if is_async else "Sync") + self.layout.base,
            "is_service": self.layout.attribute is not None,
            "model_imports": model_imports,
            "enum_imports": enum_imports,
            "uses_decimal": "Decimal" in names,
            "uses_annotated": uses_annotated,
            "typing_imports": typing_imports,
            "abc_imports": abc_imports,
            "has_deprecated": any(op.deprecated for op in self.plan.operations),
            "env": self.plan.config.auth.environment,
            "base_url": self.plan.config.api.base_url,
            "options_text": _options_paragraph(
                f"`base_url` (default {docstring_text(self.plan.config.api.base_url)}),",
                "`with_raw_response.<operation>(...)`",
            ),
            # Decided here: `a or b | doctext` in a template escapes only `b`.
            "page_name": self.plan.api.group or self.plan.api.title,
        }

    def readme_operations(self) -> list[_OperationView]:
        """The page's operations with their README example calls."""
        views = []
        for op in self.plan.operations:
            view = _OperationView(op)
            view.example_arguments = self.example_arguments(op)
            views.append(view)
        return views

    def example_arguments(self, op: OperationPlan) -> str:
        """Python call arguments for the operation's example inputs: its fixture's request,
        so the README shows what the fake server answers."""
        request = op.example["request"]
        assert isinstance(request, dict)
        if op.array_argument:
            return python_literal(request.get("body"))
        parts = []
        for argument in op.arguments:
            values = request.get(argument.location)
            if isinstance(values, dict) and argument.alias in values:
                value = self.example_literal(argument.annotation, values[argument.alias])
                parts.append(f"{argument.attr}={value}")
        return ", ".join(parts)

    def example_literal(self, annotation: TypeRef, value: JsonValue) -> str:
        enum = next((e for e in self.plan.enums if e.name == annotation.text), None)
        if enum is not None:
            member = next((m for m in enum.members if m.value == value), None)
            if member is not None:
                return f"{enum.name}.{member.name}"
        inner = annotation.item.text if annotation.item is not None else None
        if inner in self.model_names and isinstance(value, list):
            items = ", ".join(f"{inner}.model_validate({python_literal(v)})" for v in value)
            return f"[{items}]"
        return python_literal(value)


class PackageView:
    """What the package's own modules and files print: settings, the fake server, the
    README, pyproject and the services the client holds as attributes."""

    def __init__(self, plan: SdkPlan) -> None:
        self.plan = plan
        self.services = [ServiceView(service) for service in plan.services]
        self.attached = [ServiceView(service) for service in plan.attached]

    def settings(self) -> dict[str, Any]:
        config = self.plan.config
        by_code: dict[str, str] = {}
        by_status: dict[int, str] = {}
        for kind, error in config.errors.by_kind():
            by_code.update((code, kind) for code in error.codes)
            by_status.update((status, kind) for status in error.http_statuses)
        hosts = {
            service.layout.attribute: service.config.api.base_url for service in self.plan.attached
        }
        return {
            "api": config.api,
            "auth": config.auth,
            "errors": config.errors,
            "rate_limit_headers": config.rate_limit_headers,
            "retries": config.retries,
            "service_base_urls": hosts,
            "error_kinds_by_code": by_code,
            "error_kinds_by_http_status": by_status,
        }

    def testing(self) -> dict[str, Any]:
        return {
            "first_operation": self.plan.operations[0],
            "first_call": _call_path(self.plan.operations[0]),
            "parameter_error_code": self.plan.config.errors.invalid_parameters.codes[0],
        }

    def pyproject(self) -> dict[str, Any]:
        package = self.plan.package.name
        modules = [service.module for service in self.services]
        return {"packages": list(dict.fromkeys([package, *modules]))}

    def shared_enums(self) -> dict[str, Any]:
        return {
            "enums": [_EnumView(e) for e in self.plan.shared_enums],
            "enum_bases": sorted({e.base for e in self.plan.shared_enums}),
            "shared_imports": [],
            "exported": [],
        }

    def services_view(self, is_async: bool) -> dict[str, Any]:
        """The root client of a package whose client holds services: one attribute each."""
        prefix = "Async" if is_async else ""
        return {
            "class_name": f"{prefix}Client",
            "base": "AsyncClientBase" if is_async else "SyncClientBase",
            "services": [
                {
                    "name": view.layout.attribute,
                    "module": f"{view.module}.{'async_client' if is_async else 'client'}",
                    "class_name": prefix + view.class_name,
                    "title": view.plan.api.group or view.plan.api.title,
                }
                for view in self.attached
            ],
            "env": self.plan.config.auth.environment,
            "options_text": _options_paragraph(
                "the services "
                + ", ".join(f"`{view.layout.attribute}`" for view in self.attached)
                + ", each a page of the documentation with its own host. Options: `base_url`"
                " (every service's host), `base_urls` (by service),",
                "`with_raw_response.<service>.<operation>(...)`",
            ),
        }

    def root_operations(self) -> dict[str, Any]:
        return {
            "services": [
                {"name": view.layout.attribute, "module": f"{view.module}.operations"}
                for view in self.attached
            ],
            "first_name": self.attached[0].plan.operations[0].name,
        }

    def readme(self) -> dict[str, Any]:
        services = [_ReadmeService(view) for view in self.services]
        config = self.plan.config
        return {
            "services": services,
            "client_holds_services": bool(self.attached),
            "first": services[0].operations[0],
            "first_service": services[0],
            "operations": [op for service in services for op in service.operations],
            "env": config.auth.environment,
            "base_url": self.services[0].plan.config.api.base_url,
            "retries": config.retries,
            "timestamp_tolerance_seconds": config.api.timestamp_tolerance_ms / 1000,
            "server_time_path": config.api.server_time_path or "its server-time path",
        }


class _ReadmeService:
    """A page's part of the README: its operations with example calls, and the imports the
    examples need."""

    def __init__(self, view: ServiceView) -> None:
        self.name = view.layout.attribute
        self.title = view.plan.api.group or view.plan.api.title
        self.module = view.module
        self.host = view.plan.config.api.base_url
        self.operations = view.readme_operations()
        examples = [op.example_arguments for op in self.operations]
        self.enum_imports = _names_before(r"\.[A-Z_0-9]+\b", examples, view.enum_names)
        self.model_imports = _names_before(r"\.model_validate\b", examples, view.model_names)


def _options_paragraph(hosts: str, raw_response: str) -> str:
    """The client docstring's paragraph on options, wrapped at the docstring's indent."""
    text = (
        f"Options: {hosts} `timeout` (seconds per attempt, connect to last byte),"
        " `total_timeout` (seconds per call, retries included), `max_retries`,"
        " `max_retry_wait`, `max_response_bytes` (the largest answer read), `headers` (sent"
        " with every request), `allow_insecure_http` and `transport`. `with_options(...)` gives a"
        f" copy with other options for some calls; {raw_response} returns a call's HTTP"
        " response with its data."
    )
    if text.startswith("Options: the services"):
        text = "The client serves" + text.removeprefix("Options:")
    return textwrap.fill(text, 92, subsequent_indent="    ", break_on_hyphens=False)


def _call_path(op: OperationPlan) -> str:
    """How a user calls the operation on a client: `add_order`, or `order.add_order`."""
    return op.key


class _EnumView:
    def __init__(self, enum: EnumClass) -> None:
        self.name = enum.name
        self.base = enum.base
        self.members = [
            (layout.assignment(4, member.name, python_literal(member.value)), member.description)
            for member in enum.members
        ]
        fields = ", ".join(f"`{name}`" for name in enum.used_by if name)
        self.docstring = f"Values of {fields}." if fields else "Allowed values."


class _ModelView:
    def __init__(self, model: ModelClass) -> None:
        self.name = model.name
        self.kind = model.kind
        self.root = model.root
        self.rules = model.rules
        self.docstring = model.description or model.name  # the plan always gives one
        self.fields = [_FieldView(f) for f in model.fields]


class _FieldView:
    def __init__(self, field: ModelField) -> None:
        self.attr = field.attr
        self.annotation = field.annotation
        self.required = field.required
        arguments: list[str] = [] if field.required else ["default=None"]
        if field.alias != field.attr and field.alias_is_unique:
            arguments.append(f"alias={python_literal(field.alias)}")
        arguments += [f"{key}={python_literal(value)}" for key, value in field.constraints]
        if field.union_left_to_right:
            arguments.append('union_mode="left_to_right"')
        if field.description:
            arguments.append(f"description={python_literal(field.description)}")
        optional = "" if field.required else " | None"
        self.declaration = layout.bracketed(
            4, f"{field.attr}: {field.annotation}{optional} = Field", arguments
        )


class _OperationTableView:
    """An operation's entry in OPERATIONS, each Input laid out as black lays it out."""

    def __init__(self, op: OperationPlan, models_module: str) -> None:
        self.key = op.key
        self.name = op.name
        self.method = op.method
        self.path = op.path
        self.summary = op.summary
        self.body_kind = op.body_kind
        self.deprecated = op.deprecated
        self.see_also = op.see_also
        self.service = op.service
        self.models_module = models_module
        calls = [
            (python_literal(a.attr), python_literal(a.alias), python_literal(a.location))
            for a in op.arguments
        ]
        one_line = layout.inline([f"Input({', '.join(call)})" for call in calls], collection=True)
        if not calls or layout.width(f"{' ' * 12}inputs={one_line},") <= layout.LINE_LENGTH:
            self.inputs = [] if not calls else [f"inputs={one_line},"]
        else:
            self.inputs = [
                "inputs=(",
                *(f"    {layout.bracketed(16, 'Input', list(call), ',')}" for call in calls),
                "),",
            ]


class _OperationView:
    def __init__(self, op: OperationPlan) -> None:
        self.key = op.key
        self.call = _call_path(op)
        self.iter_call = self.call.replace(op.name, f"iter_{op.name}")
        self.name = op.name
        self.method = op.method
        self.path = op.path
        self.summary = op.summary
        self.deprecated = op.deprecated
        self.arguments = op.arguments
        self.array_argument = op.array_argument
        self.array_item_annotation = str(op.array_item_annotation or "Any")
        self.response_annotation = op.response_annotation.text
        self.returns = (
            "None" if op.response_annotation == NONE_TYPE else f"{self.response_annotation} | None"
        )
        self.pagination = op.pagination
        self.docstring = _operation_docstring(op)
        self.example_arguments = ""
        self.lead = _first_sentence(op.description)


def _names_before(suffix: str, texts: list[str], known: set[str]) -> list[str]:
    """The known class names that appear in `texts` followed by `suffix` (a regex)."""
    pattern = re.compile(r"\b([A-Z]\w*)" + suffix)
    return sorted({m.group(1) for text in texts for m in pattern.finditer(text)} & known)


def _first_sentence(text: str | None) -> str | None:
    """The description's first sentence, for a one-line summary in the README."""
    if not text:
        return None
    paragraph = text.split("\n\n", 1)[0]
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)
    return match.group(1) if match else paragraph


def _operation_docstring(op: OperationPlan) -> str:
    parts = [op.summary + ("" if op.summary.endswith(".") else "."), f"`{op.method} {op.path}`"]
    if op.description:
        parts.append(op.description)
    if op.see_also:
        parts.append(
            f"The API also has a newer operation for this, `{op.see_also}`; prefer it in new code."
        )
    if op.pagination:
        parts.append(f"`iter_{op.name}()` walks every page of this list.")
    described = [a for a in op.arguments if a.description]
    if described:
        parts.append("Args:\n" + "\n".join(f"    {a.attr}: {a.description}" for a in described))
    return "\n\n".join(parts)

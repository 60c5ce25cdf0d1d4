"""SDK plan → the files of the generated package, through Jinja2 templates, already laid out
as black lays them out (generator.sdk.layout).

Every string that comes from the page reaches generated code through one of three filters:
`pyrepr` (a Python literal), `docstring` (a triple-quoted literal with quotes, backslashes
and control characters escaped) and `tomlstr` (a TOML basic string; `tomlkey` a TOML key).
Identifiers come from `generator.naming`.
Nothing the page says can therefore become code.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from generator.ir.model import JsonValue, Operation
from generator.sdk import layout
from generator.sdk.fixtures import operation_fixture
from generator.sdk.plan import EnumClass, ModelClass, ModelField, OperationPlan, SdkPlan
from generator.sdk.templates import environment

RUNTIME = Path(__file__).resolve().parents[1] / "runtime"
# The runtime folder's own package marker, and the stand-in for the settings each package
# renders from its config.
_NOT_COPIED = frozenset({"__init__.py", "_settings.py"})
_DOCSTRING_WIDTH = 88
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def render_package(plan: SdkPlan) -> dict[str, str]:
    """Every rendered file of the generated project, by path relative to the output
    directory. The runtime modules copied as they are come from `runtime_files`."""
    env = template_environment()
    package = plan.package.name
    view = _View(plan)
    common: dict[str, Any] = {
        "package": package,
        "api_title": plan.api.title,
        "api_version": plan.api.version,
        "version": plan.package.version,
        "summary": plan.package.summary,
        "distribution": plan.package.distribution,
    }

    source = plan.package_dir

    def render(template: str, **values: Any) -> str:
        return env.get_template(f"package/{template}.j2").render(common, **values)

    files: dict[str, str] = {
        "pyproject.toml": render("pyproject.toml"),
        f"{source}/py.typed": "",
        f"{source}/__init__.py": render("__init__.py"),
        f"{source}/_settings.py": render("_settings.py", **view.settings()),
        f"{source}/enums.py": render("enums.py", **view.enums()),
        f"{source}/models.py": render("models.py", **view.models()),
        f"{source}/operations.py": render("operations.py", **view.operations()),
        f"{source}/testing.py": render("testing.py", **view.testing()),
        f"{source}/pytest_plugin.py": render("pytest_plugin.py"),
        "tests/conftest.py": render("tests/conftest.py"),
        "tests/test_fake_server.py": render(
            "tests/test_fake_server.py",
            envelope=plan.config.api.envelope,
            wrong_passphrase_code=plan.config.auth.error_codes.wrong_passphrase,
        ),
    }
    for is_async, module, class_name in (
        (False, "client", "Client"),
        (True, "async_client", "AsyncClient"),
    ):
        files[f"{source}/{module}.py"] = render(
            "client.py", is_async=is_async, class_name=class_name, **view.client(is_async)
        )
    files["README.md"] = render("README.md", **view.readme())
    # A module ends in exactly one newline, however its last loop came out.
    return {
        path: text.rstrip("\n") + "\n" if path.endswith(".py") and text else text
        for path, text in files.items()
    }


def runtime_files(plan: SdkPlan) -> dict[str, str]:
    """The runtime modules every package carries as they are (generator/runtime: real Python,
    linted, type-checked and formatted where it lives), by path in the generated project."""
    return {
        f"{plan.package_dir}/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.glob("*.py"))
        if path.name not in _NOT_COPIED
    }


def template_environment() -> jinja2.Environment:
    """The templates' environment, with the filters that keep page text data."""
    return environment(
        filters={
            "pyrepr": python_literal,
            "pyset": python_set,
            "pyrepr_at": python_literal_at,
            "docstring": docstring_literal,
            "doctext": docstring_text,
            "tomlstr": toml_string,
            "tomlkey": toml_key,
        },
        globals_={"import_from": layout.import_from, "layout_call": layout.bracketed},
    )


_TOML_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
_TOML_ESCAPES |= {"\f": "\\f", "\r": "\\r"}


def toml_string(text: object) -> str:
    """A TOML basic string holding `text` exactly: quotes, backslashes and every control
    character (TOML forbids them raw, DEL included) escaped; a lone surrogate, which no UTF-8
    file can hold, becomes U+FFFD."""
    return '"' + "".join(_toml_char(char) for char in str(text)) + '"'


def _toml_char(char: str) -> str:
    if char in _TOML_ESCAPES:
        return _TOML_ESCAPES[char]
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04X}"
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return char


def toml_key(text: object) -> str:
    """A TOML key: bare where TOML allows it (`kucoin_futures`), else a quoted string."""
    text = str(text)
    return text if _TOML_BARE_KEY.fullmatch(text) else toml_string(text)


def python_literal(value: Any) -> str:
    """A Python expression that evaluates to `value` (JSON values, tuples, frozensets)."""
    if isinstance(value, str):
        return _escape_invisible(_string_literal(value))
    collection = _collection_items(value)
    if collection is not None:
        return layout.inline(*collection, collection=True)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def python_set(values: Any) -> str:
    """A frozenset of `values`, sorted, as a Python expression."""
    items = sorted(values)
    if not items:
        return "frozenset()"
    return "frozenset({" + ", ".join(python_literal(item) for item in items) + "})"


def python_literal_at(value: Any, indent: int, head: str = "", tail: str = "") -> str:
    """`head`, `value` as a Python literal and `tail`, as black lays out that line at `indent`
    spaces: a tuple, list or dict too long for one line gets one item per line."""
    collection = _collection_items(value)
    if collection is None:
        return f"{head}{python_literal(value)}{tail}"
    items, brackets = collection
    return layout.bracketed(indent, head, items, tail, brackets=brackets, collection=True)


def _collection_items(value: Any) -> tuple[list[str], str] | None:
    """The item literals and brackets of a tuple, list or dict; None for anything else."""
    if isinstance(value, dict):
        return [f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()], "{}"
    if isinstance(value, (tuple, list)):
        brackets = "()" if isinstance(value, tuple) else "[]"
        return [python_literal(item) for item in value], brackets
    return None


def _string_literal(text: str) -> str:
    """repr(), with black's choice of quotes: double unless that needs more backslashes.

    Emitting code black would leave alone keeps its second formatting pass from running."""
    literal = repr(text)
    if literal[0] == '"' or text.count('"') > text.count("'"):
        return literal
    return '"' + _SWAP_TO_DOUBLE.sub(_swap_quote, literal[1:-1]) + '"'


# In a single-quoted repr body: an escaped backslash (kept), an escaped ' or a bare ".
_SWAP_TO_DOUBLE = re.compile(r"(\\\\)|\\'|\"")


def _swap_quote(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    return "'" if match.group(0) == "\\'" else '\\"'


def _escape_invisible(literal: str) -> str:
    # repr() keeps printable non-ASCII as is; line and paragraph separators and other
    # invisible characters would end a line in an editor or be misread, so escape them.
    return "".join(
        char if char.isprintable() or char in " " else char.encode("unicode_escape").decode()
        for char in literal
    )


def docstring_literal(text: str, indent: int) -> str:
    """`text` as a triple-quoted docstring, wrapped to fit, safe whatever the text holds.

    Each line is wrapped on its own (IR descriptions are one line per paragraph, so a line
    break inside a paragraph is deliberate, as in an Args section); an indented line keeps
    its indent and continues four spaces deeper."""
    width = max(40, _DOCSTRING_WIDTH - indent)
    paragraphs = [
        "\n".join(_wrap_line(line, width) for line in p.split("\n") if line.strip())
        for p in text.strip().split("\n\n")
        if p.strip()
    ]
    body = "\n\n".join(paragraphs) or "-"
    escaped = "".join(_escape_docstring_char(char) for char in body)
    pad = " " * indent
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    return (
        '"""'
        + "\n".join((pad + line if line else "") if i else line for i, line in enumerate(lines))
        + f'\n{pad}"""'
    )


def docstring_text(text: object) -> str:
    """`text` escaped to sit inside a triple-quoted string a template writes around it."""
    return "".join(_escape_docstring_char(char) for char in " ".join(str(text).split()))


def _wrap_line(line: str, width: int) -> str:
    lead = line[: len(line) - len(line.lstrip(" "))]
    return textwrap.fill(
        " ".join(line.split()),
        width,
        initial_indent=lead,
        subsequent_indent=lead + "    " if lead else "",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _escape_docstring_char(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    if char == "\n" or char.isprintable():
        return char
    return char.encode("unicode_escape").decode()


class _View:
    """Derived texts and import lists the templates print; computed once from the plan."""

    def __init__(self, plan: SdkPlan) -> None:
        self.plan = plan
        self.model_names = {m.name for m in plan.models}
        self.enum_names = {e.name for e in plan.enums}

    def names_in(self, annotations: list[str], known: set[str]) -> list[str]:
        found = {name for a in annotations for name in _IDENTIFIER.findall(a) if name in known}
        return sorted(found)

    def settings(self) -> dict[str, Any]:
        config = self.plan.config
        by_code: dict[str, str] = {}
        by_status: dict[int, str] = {}
        for kind, error in config.errors.by_kind():
            by_code.update((code, kind) for code in error.codes)
            by_status.update((status, kind) for status in error.http_statuses)
        return {
            "api": config.api,
            "auth": config.auth,
            "errors": config.errors,
            "rate_limit_headers": config.rate_limit_headers,
            "retries": config.retries,
            "service_base_urls": {},
            "error_kinds_by_code": by_code,
            "error_kinds_by_http_status": by_status,
        }

    def testing(self) -> dict[str, Any]:
        return {
            "first_operation": self.plan.operations[0],
            "parameter_error_code": self.plan.config.errors.invalid_parameters.codes[0],
        }

    def enums(self) -> dict[str, Any]:
        return {
            "enums": [_EnumView(e) for e in self.plan.enums],
            "enum_bases": sorted({e.base for e in self.plan.enums}),
        }

    def models(self) -> dict[str, Any]:
        annotations = [f.annotation for m in self.plan.models for f in m.fields]
        annotations += [m.root for m in self.plan.models if m.root]
        annotations += [op.response_annotation for op in self.plan.operations]
        has_rules = any(m.rules for m in self.plan.models)
        typing_imports = ["Annotated"] if _uses("Annotated", annotations) else []
        typing_imports += ["Any", "ClassVar"] if has_rules else ["Any"]
        return {
            "operations": self.plan.operations,
            "models": [_ModelView(m) for m in self.plan.models],
            "uses_decimal": _uses("Decimal", annotations),
            "typing_imports": typing_imports,
            # RequestModel types REQUEST_MODELS, so it is imported even with no request model.
            "base_imports": (
                ["RequestModel"]
                + (["ResponseModel"] if any(m.kind == "response" for m in self.plan.models) else [])
                + (["Rule"] if has_rules else [])
            ),
            "enum_imports": self.names_in(annotations, self.enum_names),
        }

    def operations(self) -> dict[str, Any]:
        operations = [_OperationTableView(op) for op in self.plan.operations]
        names = ["Input", "Operation"] if any(op.inputs for op in operations) else ["Operation"]
        return {"operations": operations, "operation_imports": names}

    def client(self, is_async: bool) -> dict[str, Any]:
        operations = [_OperationView(op) for op in self.plan.operations]
        annotations = [op.response_annotation for op in self.plan.operations]
        annotations += [a.annotation for op in self.plan.operations for a in op.arguments]
        annotations += [op.array_item_annotation for op in operations if op.array_argument]
        annotations += [
            op.pagination.item_annotation for op in self.plan.operations if op.pagination
        ]
        abc_imports = []
        if any(op.pagination for op in self.plan.operations):
            abc_imports.append("AsyncIterator" if is_async else "Iterator")
        if any(op.array_argument for op in self.plan.operations):
            abc_imports += ["Mapping", "Sequence"]
        model_imports = self.names_in(annotations, self.model_names)
        enum_imports = self.names_in(annotations, self.enum_names)
        uses_annotated = _uses("Annotated", annotations)
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
        return {
            "operations": operations,
            "model_imports": model_imports,
            "enum_imports": enum_imports,
            "uses_decimal": _uses("Decimal", annotations),
            "uses_annotated": uses_annotated,
            "typing_imports": typing_imports,
            "abc_imports": abc_imports,
            "has_deprecated": any(op.deprecated for op in self.plan.operations),
            "env": self.plan.config.auth.environment,
            "base_url": self.plan.config.api.base_url,
        }

    def readme(self) -> dict[str, Any]:
        operations = []
        for op, source in zip(self.plan.operations, self.plan.api.operations, strict=True):
            view = _OperationView(op)
            view.example_arguments = self.example_arguments(op, source)
            operations.append(view)
        examples = [view.example_arguments for view in operations]
        return {
            "operations": operations,
            "example_enum_imports": _names_before(r"\.[A-Z_0-9]+\b", examples, self.enum_names),
            "example_model_imports": _names_before(
                r"\.model_validate\b", examples, self.model_names
            ),
            "env": self.plan.config.auth.environment,
            "base_url": self.plan.config.api.base_url,
            "retries": self.plan.config.retries,
            "timestamp_tolerance_seconds": self.plan.config.api.timestamp_tolerance_ms / 1000,
            "server_time_path": self.plan.config.api.server_time_path or "its server-time path",
        }

    def example_arguments(self, op: OperationPlan, source: Operation) -> str:
        """Python call arguments for the operation's example inputs: its fixture's request,
        so the README shows what the fake server answers."""
        request = operation_fixture(op.name, source, self.plan.config)["request"]
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

    def example_literal(self, annotation: str, value: JsonValue) -> str:
        enum = next((e for e in self.plan.enums if e.name == annotation), None)
        if enum is not None:
            member = next((m for m in enum.members if m.value == value), None)
            if member is not None:
                return f"{enum.name}.{member.name}"
        inner = annotation.removeprefix("list[").removesuffix("]")
        if inner in self.model_names and isinstance(value, list):
            items = ", ".join(f"{inner}.model_validate({python_literal(v)})" for v in value)
            return f"[{items}]"
        return python_literal(value)


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
        self.docstring = model.description or model.name
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

    def __init__(self, op: OperationPlan) -> None:
        self.key = op.key
        self.name = op.name
        self.method = op.method
        self.path = op.path
        self.summary = op.summary
        self.body_kind = op.body_kind
        self.deprecated = op.deprecated
        self.see_also = op.see_also
        self.service = op.service
        self.models_module = "models"
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
        self.name = op.name
        self.method = op.method
        self.path = op.path
        self.summary = op.summary
        self.deprecated = op.deprecated
        self.arguments = op.arguments
        self.array_argument = op.array_argument
        self.array_item_annotation = op.array_item_annotation or "Any"
        self.response_annotation = op.response_annotation
        self.returns = (
            "None" if op.response_annotation == "None" else f"{op.response_annotation} | None"
        )
        self.pagination = op.pagination
        self.docstring = _operation_docstring(op)
        self.example_arguments = ""
        self.lead = _first_sentence(op.description)


def _uses(name: str, annotations: list[str]) -> bool:
    """Whether any of the annotations names `name` (a class or a typing form)."""
    return any(name in _IDENTIFIER.findall(a) for a in annotations)


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

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
from generator.sdk.examples import request_example
from generator.sdk.plan import EnumClass, ModelClass, ModelField, OperationPlan, SdkPlan


def _templates_folder() -> Path:
    """The templates: the installed package data (`generator/templates`, where a wheel puts
    the repository's templates/), else the source tree's top-level templates/ (a checkout,
    or an editable install)."""
    generator = Path(__file__).resolve().parents[1]
    installed = generator / "templates"
    return installed if installed.is_dir() else generator.parent / "templates"


TEMPLATES = _templates_folder()
_DOCSTRING_WIDTH = 88
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def render_package(plan: SdkPlan) -> dict[str, str]:
    """Every file of the generated project, by path relative to the output directory."""
    env = _environment()
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
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("package/pyproject.toml.j2").render(common),
        f"{package}/py.typed": "",
        f"{package}/__init__.py": env.get_template("package/__init__.py.j2").render(common),
        f"{package}/_base.py": env.get_template("package/_base.py.j2").render(common),
        f"{package}/errors.py": env.get_template("package/errors.py.j2").render(
            common, **view.errors()
        ),
        f"{package}/_signing.py": env.get_template("package/_signing.py.j2").render(
            common, key_version=plan.config.key_version
        ),
        f"{package}/_http.py": env.get_template("package/_http.py.j2").render(
            common, **view.http()
        ),
        f"{package}/enums.py": env.get_template("package/enums.py.j2").render(
            common, **view.enums()
        ),
        f"{package}/models.py": env.get_template("package/models.py.j2").render(
            common, **view.models()
        ),
        f"{package}/operations.py": env.get_template("package/operations.py.j2").render(
            common, **view.operations()
        ),
    }
    files[f"{package}/testing.py"] = env.get_template("package/testing.py.j2").render(
        common, **view.testing()
    )
    files[f"{package}/pytest_plugin.py"] = env.get_template("package/pytest_plugin.py.j2").render(
        common
    )
    files["tests/conftest.py"] = env.get_template("package/tests/conftest.py.j2").render(common)
    files["tests/test_fake_server.py"] = env.get_template(
        "package/tests/test_fake_server.py.j2"
    ).render(
        common,
        envelope=view.http()["envelope"],
        wrong_passphrase_code=dict(plan.config.auth_error_codes)["wrong_passphrase"],
    )
    client = env.get_template("package/client.py.j2")
    for is_async, module, class_name in (
        (False, "client", "Client"),
        (True, "async_client", "AsyncClient"),
    ):
        files[f"{package}/{module}.py"] = client.render(
            common, is_async=is_async, class_name=class_name, **view.client()
        )
    files["README.md"] = env.get_template("package/README.md.j2").render(common, **view.readme())
    # A module ends in exactly one newline, however its last loop came out.
    return {
        path: text.rstrip("\n") + "\n" if path.endswith(".py") and text else text
        for path, text in files.items()
    }


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = python_literal
    env.filters["pyrepr_at"] = python_literal_at
    env.globals["import_from"] = layout.import_from
    env.filters["docstring"] = docstring_literal
    env.filters["doctext"] = docstring_text
    env.filters["tomlstr"] = toml_string
    env.filters["tomlkey"] = toml_key
    return env


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

    def errors(self) -> dict[str, Any]:
        names = {
            "rate_limit": "RateLimitError",
            "authentication": "AuthenticationError",
            "invalid_parameters": "InvalidParametersError",
        }
        return {"errors": self.plan.config.errors, "error_class_names": names}

    def http(self) -> dict[str, Any]:
        config = self.plan.config
        rate_limit_codes = sorted(
            code for kind, error in config.errors if kind == "rate_limit" for code in error.codes
        )
        return {
            "base_url": config.base_url,
            "success_code": config.success_code,
            "envelope": {
                "code": config.envelope_code,
                "data": config.envelope_data,
                "message": config.envelope_message,
            },
            "retry_methods": tuple(config.retry_methods),
            "retry_http_statuses": tuple(config.retry_http_statuses),
            "backoff_seconds": config.backoff_seconds,
            "max_backoff_seconds": config.max_backoff_seconds,
            "rate_limit_headers": dict(config.rate_limit_headers),
            "rate_limit_codes": tuple(rate_limit_codes),
        }

    def testing(self) -> dict[str, Any]:
        config = self.plan.config
        errors = dict(config.errors)
        return {
            **self.http(),
            "first_operation": self.plan.operations[0].name,
            "parameter_error_code": errors["invalid_parameters"].codes[0],
            "rate_limit_code": errors["rate_limit"].codes[0],
            "auth_codes": dict(config.auth_error_codes),
            "not_found_code": config.not_found_code,
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
        return {
            "operations": self.plan.operations,
            "models": [_ModelView(m) for m in self.plan.models],
            "uses_decimal": any("Decimal" in _IDENTIFIER.findall(a) for a in annotations),
            "typing_imports": ["Any", "ClassVar"] if has_rules else ["Any"],
            "base_imports": (
                ["RequestModel", "ResponseModel", "Rule"]
                if has_rules
                else ["RequestModel", "ResponseModel"]
            ),
            "enum_imports": self.names_in(annotations, self.enum_names),
        }

    def operations(self) -> dict[str, Any]:
        return {"operations": self.plan.operations}

    def client(self) -> dict[str, Any]:
        operations = [_OperationView(op) for op in self.plan.operations]
        annotations = [op.response_annotation for op in self.plan.operations]
        annotations += [a.annotation for op in self.plan.operations for a in op.arguments]
        annotations += [op.array_item_annotation for op in operations if op.array_argument]
        annotations += [
            op.pagination.item_annotation for op in self.plan.operations if op.pagination
        ]
        return {
            "operations": operations,
            "model_imports": self.names_in(annotations, self.model_names),
            "enum_imports": self.names_in(annotations, self.enum_names),
            "uses_decimal": any("Decimal" in _IDENTIFIER.findall(a) for a in annotations),
            "has_pagination": any(op.pagination for op in self.plan.operations),
            "has_deprecated": any(op.deprecated for op in self.plan.operations),
            "has_array_body": any(op.array_argument for op in self.plan.operations),
            "max_retries": self.plan.config.max_retries,
            "env": dict(self.plan.config.environment),
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
            "env": dict(self.plan.config.environment),
            "base_url": self.plan.config.base_url,
            "max_retries": self.plan.config.max_retries,
            "retry_methods": self.plan.config.retry_methods,
        }

    def example_arguments(self, op: OperationPlan, source: Operation) -> str:
        """Python call arguments for the operation's example inputs."""
        values = request_example(source, self.plan.config.operation(op.name).rules)
        if op.array_argument:
            return python_literal(values["items"])
        by_alias = {argument.alias: argument for argument in op.arguments}
        parts = []
        for alias, value in values.items():
            argument = by_alias[alias]
            parts.append(f"{argument.attr}={self.example_literal(argument.annotation, value)}")
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
        if field.alias != field.attr:
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


class _OperationView:
    def __init__(self, op: OperationPlan) -> None:
        self.name = op.name
        self.method = op.method
        self.path = op.path
        self.summary = op.summary
        self.deprecated = op.deprecated
        self.arguments = op.arguments
        self.array_argument = op.array_argument
        self.array_item_annotation = op.array_item_annotation or "Any"
        self.response_annotation = op.response_annotation
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

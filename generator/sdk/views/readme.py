"""README.md: how to install, authenticate and call every operation, with examples."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from generator.ir.model import JsonValue
from generator.sdk.escaping import python_literal
from generator.sdk.import_order import ruff_sorted
from generator.sdk.plan_model import ModelField, OperationPlan, SdkPlan, ServicePlan, TypeRef
from generator.sdk.views.shapes import PackageShape, package_shape
from generator.sdk.views.titles import api_titles, api_version


@dataclass(frozen=True)
class ReadmeOperationView:
    heading: str
    """The Markdown heading marker: one level below its service's, if that has a heading."""
    call: str
    summary: str
    method: str
    path: str
    lead: tuple[str, ...]
    """The description's first sentence, as a paragraph; none without a description."""
    example_arguments: str


@dataclass(frozen=True)
class ReadmeServiceView:
    heading: str
    """The service's heading and host, ending the line before the examples' setup; empty
    for a page the client serves itself, whose host the Authenticate section gives."""
    example_imports: tuple[str, ...]
    """What the examples import besides the Client: the enums and models they name."""
    operations: tuple[ReadmeOperationView, ...]


@dataclass(frozen=True)
class ReadmeView:
    template: ClassVar[str] = "package/README.md.j2"
    distribution: str
    summary: str
    api_titles: str
    """Every page's API title, as prose: what the README was generated from."""
    api_version: str
    package: str
    api_key_env: str
    api_secret_env: str
    api_passphrase_env: str
    hosts: str
    """The end of the Authenticate paragraph: where the API lives (and, for services, a
    table of their hosts)."""
    first_example_imports: tuple[str, ...]
    """What the first call's examples import besides the Client: the enums and models its
    arguments name (the Errors example imports them again: by then a later page's examples
    may have imported other classes of the same names)."""
    operations_heading: str
    types_sentence: str
    services: tuple[ReadmeServiceView, ...]
    first_call: str
    """The first operation, as the examples call it (`order.add_order`), and its arguments."""
    first_arguments: str
    max_retries: str
    max_retry_wait_seconds: str
    timestamp_tolerance_seconds: str
    server_time_path: str
    pagination: str
    """The Pagination section's text: the `iter_` twins with an example of each (one block
    per page, importing what its calls name), or that none is."""


def readme_view(plan: SdkPlan) -> ReadmeView:
    config = plan.config
    package = plan.package.name
    env = config.auth.environment
    shape = package_shape(plan)
    pages = [_ReadmeService(service, shape) for service in plan.services]
    first_page, first = pages[0], plan.operations[0]
    first_arguments = first_page.arguments[first.name]
    pager_blocks = [block for page in pages for block in page.pager_block()]
    return ReadmeView(
        distribution=plan.package.distribution,
        summary=plan.package.summary,
        api_titles=api_titles(plan),
        api_version=api_version(plan),
        package=package,
        api_key_env=env.api_key,
        api_secret_env=env.api_secret,
        api_passphrase_env=env.api_passphrase,
        hosts=shape.hosts(plan),
        first_example_imports=first_page.imports_for([first_arguments]),
        operations_heading=shape.operations_heading,
        types_sentence=shape.types_sentence(package),
        services=tuple(page.view() for page in pages),
        first_call=first.key,
        first_arguments=first_arguments,
        max_retries=str(config.retries.max_retries),
        max_retry_wait_seconds=str(config.retries.max_wait_seconds),
        timestamp_tolerance_seconds=str(config.api.timestamp_tolerance_ms / 1000),
        server_time_path=config.api.server_time_path or "its server-time path",
        pagination=(
            "List operations that page, by page number or by a cursor, have an `iter_` twin"
            " that yields\nevery item of every page, from the page or cursor given (the first"
            " page by default), with\nthe operation's other arguments; it stops at the last"
            " page, and at a cursor the API\nrepeats:"
            "\n\n"
            + "\n\n".join(f"```python\n{block}```" for block in pager_blocks)
            + "\n\nIn your tests, `FakeKucoin.respond_pages(operation, [data, ...])` answers"
            " an operation's\nrequests with the pages you give, one per request, for its"
            " `iter_` twin to walk."
            if pager_blocks
            else "No operation of this API is paginated."
        ),
    )


class _ReadmeService:
    """A page's part of the README: its operations with example calls, and the imports the
    examples need."""

    def __init__(self, service: ServicePlan, shape: PackageShape) -> None:
        self.plan = service
        self.shape = shape
        self.enum_names = {e.name for e in service.enums}
        self.model_names = {m.name for m in service.models}
        self.arguments = {op.name: self.example_arguments(op) for op in service.operations}

    def imports_for(self, examples: list[str]) -> tuple[str, ...]:
        """The imports of the page's enums and models that `examples` name."""
        module = self.plan.layout.module
        enums = _names_before(r"\.[A-Z_0-9]+\b", examples, self.enum_names)
        models = _names_before(r"\.model_validate\b", examples, self.model_names)
        return (
            *((f"from {module}.enums import {', '.join(enums)}",) if enums else ()),
            *((f"from {module}.models import {', '.join(models)}",) if models else ()),
        )

    def pager_block(self) -> tuple[str, ...]:
        """The page's `iter_` examples as the code of one block, with the imports their
        arguments need; none without a paginated operation. Each passes the arguments its
        operation's example does (every required one, with a value the page allows), but
        the page number where it may be left out: the pager starts from the first page."""
        calls = []
        for op in self.plan.operations:
            if op.pagination is None:
                continue
            page = op.pagination.start_attr
            arguments = [
                text
                for argument, text in self.argument_texts(op)
                if argument.attr != page or argument.required
            ]
            call = f"client.{op.key.removesuffix(op.name)}iter_{op.name}({', '.join(arguments)})"
            calls.append(f"for item in {call}:\n    print(item)\n")
        if not calls:
            return ()
        imports = self.imports_for(calls)
        return (
            "".join(f"{line}\n" for line in imports) + ("\n" if imports else "") + "".join(calls),
        )

    def view(self) -> ReadmeServiceView:
        examples = list(self.arguments.values())
        return ReadmeServiceView(
            heading=self.shape.service_heading(self.plan),
            example_imports=self.imports_for(examples),
            operations=tuple(
                ReadmeOperationView(
                    heading=self.shape.operation_heading,
                    call=op.key,
                    summary=op.summary,
                    method=op.method,
                    path=op.path,
                    lead=tuple(_first_sentences(op.description)),
                    example_arguments=self.arguments[op.name],
                )
                for op in self.plan.operations
            ),
        )

    def example_arguments(self, op: OperationPlan) -> str:
        """Python call arguments for the operation's example inputs: its fixture's request,
        so the README shows what the fake server answers."""
        if op.array_argument:
            request = op.example["request"]
            assert isinstance(request, dict)
            return python_literal(_exact(request.get("body")))
        return ", ".join(text for _, text in self.argument_texts(op))

    def argument_texts(self, op: OperationPlan) -> list[tuple[ModelField, str]]:
        """Each keyword argument of the operation's example (`side=Side.BUY`), with the
        argument it sets: those of its fixture's request, every required one among them."""
        request = op.example["request"]
        assert isinstance(request, dict)
        texts = []
        for argument in op.arguments:
            values = request.get(argument.location)
            if isinstance(values, dict) and argument.alias in values:
                value = self.example_literal(argument.annotation, values[argument.alias])
                texts.append((argument, f"{argument.attr}={value}"))
        return texts

    def example_literal(self, annotation: TypeRef, value: JsonValue) -> str:
        enum = next(
            (e for e in self.plan.enums if annotation.text in (e.name, e.request_type)), None
        )
        if enum is not None:
            member = next((m for m in enum.members if m.value == value), None)
            if member is not None:
                return f"{enum.name}.{member.name}"
        inner = annotation.item.text if annotation.item is not None else None
        if inner in self.model_names and isinstance(value, list):
            items = ", ".join(f"{inner}.model_validate({python_literal(_exact(v))})" for v in value)
            return f"[{items}]"
        return python_literal(_exact(value))


def _exact(value: JsonValue) -> JsonValue:
    """`value` with every fraction as its numeric text ("1.5"): a decimal input takes no
    float (generator.runtime._decimals), and the text is sent as the same number."""
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, list):
        return [_exact(item) for item in value]
    if isinstance(value, dict):
        return {key: _exact(item) for key, item in value.items()}
    return value


def _names_before(suffix: str, texts: list[str], known: set[str]) -> list[str]:
    """The known class names that appear in `texts` followed by `suffix` (a regex)."""
    pattern = re.compile(r"\b([A-Z]\w*)" + suffix)
    return ruff_sorted({m.group(1) for text in texts for m in pattern.finditer(text)} & known)


def _first_sentences(text: str | None) -> Iterable[str]:
    """The description's first sentence, for a one-line summary in the README; nothing
    without a description."""
    if not text:
        return
    paragraph = text.split("\n\n", 1)[0]
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)
    yield match.group(1) if match else paragraph

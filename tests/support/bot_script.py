"""A trading bot's script, written for a generated package as its users write one.

`python -m tests.support.bot_script PACKAGE OUT.py` imports PACKAGE and writes OUT.py: a
script that calls every operation of every service, sync and async, with the arguments of the
operation's own fixture written as a bot author writes them (enum values as plain strings,
decimals as `Decimal("...")`, nested objects through their models) and walks every `iter_`
twin to its end. Run, the script calls the package's fake server and prints, as JSON, how
many calls it made and how many items its pagers yielded; `mypy --strict` over it checks
that the package's signatures take what a user naturally passes. The script is derived from
the package, so any version of its pages gives one.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import sys
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel


class _Writer:
    def __init__(self, package: str) -> None:
        self.package = package
        self.modules: dict[str, str] = {}  # module → its alias in the script

    def alias(self, cls: type) -> str:
        module = cls.__module__
        if module not in self.modules:
            self.modules[module] = f"m{len(self.modules)}"
        return f"{self.modules[module]}.{cls.__qualname__}"

    def value(self, value: Any, hint: Any) -> str:
        """`value` (as JSON gives it) written as Python source a user would pass for `hint`."""
        options = _options(hint)
        if value is None:
            return "None"
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            if any(_is_literal(o) or _is_enum(o) for o in options):
                return repr(value)  # the value as a plain string (or int): no enum import
            if Decimal in options and not (int in options and isinstance(value, int)):
                return f'Decimal("{value}")'
        if isinstance(value, list):
            items = [typing.get_args(o)[0] for o in options if typing.get_origin(o) is list]
            item_hint = items[0] if items else Any
            return "[" + ", ".join(self.value(v, item_hint) for v in value) + "]"
        if isinstance(value, dict):
            models = [o for o in options if _is_model(o)]
            if models:
                return f"{self.alias(models[0])}.model_validate({value!r})"
        return repr(value)

    def call(
        self, target: str, method: Callable[..., Any], request: dict[str, Any], models: str
    ) -> str:
        # The client module imports its models for type checking only.
        namespace = vars(importlib.import_module(f"{self.package}.{models}"))
        hints = typing.get_type_hints(method, localns=dict(namespace))
        parameters = inspect.signature(method).parameters
        arguments = [
            f"{name}={self.value(value, hints.get(name, Any))}"
            for name, value in request.items()
            if name in parameters
        ]
        return f"{target}({', '.join(arguments)})"


def _options(hint: Any) -> list[Any]:
    """The types a hint allows, None left out, Annotated unwrapped."""
    if typing.get_origin(hint) is typing.Annotated:
        return _options(typing.get_args(hint)[0])
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [o for a in typing.get_args(hint) for o in _options(a) if o is not type(None)]
    return [hint]


def _is_literal(hint: Any) -> bool:
    return typing.get_origin(hint) is Literal


def _is_enum(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, enum.Enum)


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


def _arguments(operation: Any, request: dict[str, Any]) -> dict[str, Any]:
    """The fixture's request by the attributes the operation's method takes."""
    if operation.body == "array":
        return {"items": request["body"]}
    found: dict[str, Any] = {}
    for item in operation.inputs:
        values = request.get(item.location) or {}
        if item.wire in values:
            found[item.attr] = values[item.wire]
    return found


def write_script(package: str) -> str:
    operations = importlib.import_module(f"{package}.operations").OPERATIONS
    testing = importlib.import_module(f"{package}.testing")
    fake_class = next(
        v
        for v in vars(testing).values()
        if isinstance(v, type) and v.__module__ == testing.__name__ and hasattr(v, "client")
    )
    client = fake_class().client()
    writer = _Writer(package)
    sync_lines: list[str] = []
    async_lines: list[str] = []
    for key in sorted(operations):
        operation = operations[key]
        service: Any = client
        for part in key.split(".")[:-1]:
            service = getattr(service, part)
        place = ".".join(["client", *key.split(".")[:-1]])
        arguments = _arguments(operation, testing.load_fixture(key)["request"])
        method = getattr(service, operation.name)
        call = writer.call(f"{place}.{operation.name}", method, arguments, operation.models)
        sync_lines.append(f"    {call}\n    calls += 1")
        async_lines.append(f"    await {call}\n    calls += 1")
        pager = getattr(service, f"iter_{operation.name}", None)
        if pager is not None:
            walk = writer.call(f"{place}.iter_{operation.name}", pager, arguments, operation.models)
            # One loop variable per pager: each yields its own item type.
            item = f"_item{len(sync_lines)}"
            sync_lines.append(f"    for {item} in {walk}:\n        items += 1")
            async_lines.append(f"    async for {item} in {walk}:\n        items += 1")
    imports = "".join(
        f"import {module} as {alias}\n" for module, alias in sorted(writer.modules.items())
    )
    return (
        '"""A bot calling every operation of the package with what a user passes."""\n\n'
        "import asyncio\n"
        "import json\n"
        "from decimal import Decimal  # noqa: F401\n\n"
        f"from {package}.testing import {fake_class.__name__}\n"
        f"{imports}\n\n"
        f"def run(fake: {fake_class.__name__}) -> tuple[int, int]:\n"
        "    client = fake.client()\n"
        "    calls = items = 0\n" + "\n".join(sync_lines) + "\n    return calls, items\n\n\n"
        f"async def run_async(fake: {fake_class.__name__}) -> tuple[int, int]:\n"
        "    client = fake.async_client()\n"
        "    calls = items = 0\n" + "\n".join(async_lines) + "\n    return calls, items\n\n\n"
        "if __name__ == '__main__':\n"
        f"    fake = {fake_class.__name__}()\n"
        "    print(json.dumps([run(fake), asyncio.run(run_async(fake))]))\n"
    )


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(write_script(sys.argv[1]), encoding="utf-8")

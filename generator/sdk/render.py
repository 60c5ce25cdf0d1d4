"""SDK plan → the files of the generated project: the file table.

Each generated file is a template (templates/package) rendered with what
generator.sdk.views derives from the plan, through the filters of generator.sdk.escaping
(the injection boundary: `pyrepr`, `docstring`, `doctext`, `tomlstr`, `tomlkey`); the runtime
modules (generator/runtime) are copied as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.sdk import layout
from generator.sdk.escaping import (
    docstring_literal,
    docstring_text,
    python_literal,
    python_literal_at,
    python_set,
    toml_key,
    toml_string,
)
from generator.sdk.plan_model import SdkPlan
from generator.sdk.templates import environment
from generator.sdk.views import PackageView

RUNTIME = Path(__file__).resolve().parents[1] / "runtime"
# The runtime folder's own package marker, and the stand-in for the settings each package
# renders from its config.
_NOT_COPIED = frozenset({"__init__.py", "_settings.py"})


def render_package(plan: SdkPlan) -> dict[str, str]:
    """Every rendered file of the generated project, by path relative to the output
    directory. The runtime modules copied as they are come from `runtime_files`."""
    env = template_environment()
    package = plan.package.name
    view = PackageView(plan)
    titles = {service.api.title for service in plan.services}
    common: dict[str, Any] = {
        "package": package,
        "api_title": titles.pop() if len(titles) == 1 else package,
        "api_version": ", ".join(dict.fromkeys(s.api.version for s in plan.services)),
        "version": plan.package.version,
        "summary": plan.package.summary,
        "distribution": plan.package.distribution,
    }

    def render(template: str, **values: Any) -> str:
        return env.get_template(f"package/{template}.j2").render(common, **values)

    source = plan.package_dir
    files: dict[str, str] = {
        "pyproject.toml": render("pyproject.toml", **view.pyproject()),
        f"{source}/py.typed": "",
        f"{source}/__init__.py": render("__init__.py"),
        f"{source}/_settings.py": render("_settings.py", **view.settings()),
        f"{source}/testing.py": render("testing.py", **view.testing()),
        f"{source}/pytest_plugin.py": render("pytest_plugin.py"),
        "tests/conftest.py": render("tests/conftest.py"),
        "tests/test_fake_server.py": render(
            "tests/test_fake_server.py",
            envelope=plan.config.api.envelope,
            wrong_passphrase_code=plan.config.auth.error_codes.wrong_passphrase,
        ),
        "README.md": render("README.md", **view.readme()),
    }
    if plan.shared_enums:
        files[f"{source}/_enums.py"] = render("enums.py", **view.shared_enums())
    if plan.attached:
        # The client holds its services as attributes: the package's own client and table
        # list them (where a page's class is the client, its modules are the package's).
        files[f"{source}/operations.py"] = render("root_operations.py", **view.root_operations())
        for is_async, module in ((False, "client"), (True, "async_client")):
            files[f"{source}/{module}.py"] = render(
                "root_client.py", is_async=is_async, **view.services_view(is_async)
            )
    for service in view.attached:
        files[f"src/{service.module.replace('.', '/')}/__init__.py"] = render(
            "service_init.py",
            **service.common(),
            title=service.plan.api.group or service.plan.api.title,
        )
    for service in view.services:
        folder = f"src/{service.module.replace('.', '/')}"
        values = service.common()
        files[f"{folder}/enums.py"] = render("enums.py", **values, **service.enums())
        files[f"{folder}/models.py"] = render("models.py", **values, **service.models())
        files[f"{folder}/operations.py"] = render("operations.py", **values, **service.operations())
        for is_async, module in ((False, "client"), (True, "async_client")):
            files[f"{folder}/{module}.py"] = render(
                "client.py", **values, is_async=is_async, **service.client(is_async)
            )
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

"""SDK plan → the files of the generated project: the file table.

Each generated file is a template (templates/package) rendered with its view, a frozen
dataclass generator.sdk.views builds from the plan with every value already escaped; the
runtime modules (generator/runtime) are copied as they are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path

import jinja2

from generator.release.versions import Maker
from generator.sdk import views
from generator.sdk.plan_model import SdkPlan
from generator.sdk.templates import TEMPLATES, environment, template_names

RUNTIME = Path(__file__).resolve().parents[1] / "runtime"
# The runtime folder's own package marker, and the stand-in for the settings each package
# renders from its config.
_NOT_COPIED = frozenset({"__init__.py", "_settings.py"})
_CLIENT_MODULES = ((False, "client"), (True, "async_client"))
# The package's own modules listing its services, where its shape has them.
_ROOT_VIEWS: Mapping[views.RootModule, Callable[[SdkPlan], views.View]] = {
    "operations": views.root_operations_view,
    "client": lambda plan: views.root_client_view(plan, is_async=False),
    "async_client": lambda plan: views.root_client_view(plan, is_async=True),
}


def render_package(plan: SdkPlan) -> dict[str, str]:
    """Every rendered file of the generated project, by path relative to the output
    directory. The runtime modules copied as they are come from `runtime_files`."""
    env = template_environment()

    def render(view: views.View) -> str:
        return env.get_template(view.template).render(view=view)

    source = plan.package_dir
    files: dict[str, str] = {
        "pyproject.toml": render(views.pyproject_view(plan)),
        f"{source}/py.typed": "",
        f"{source}/__init__.py": render(views.package_init_view(plan)),
        f"{source}/_settings.py": render(views.settings_view(plan)),
        f"{source}/testing.py": render(views.testing_view(plan)),
        f"{source}/pytest_plugin.py": render(views.pytest_plugin_view(plan)),
        "tests/conftest.py": render(views.conftest_view(plan)),
        "tests/test_fake_server.py": render(views.fake_server_test_view(plan)),
        "README.md": render(views.readme_view(plan)),
    }
    if plan.shared_enums:
        files[f"{source}/_enums.py"] = render(views.shared_enums_module_view(plan))
    for root_module in views.package_shape(plan).root_modules:
        files[f"{source}/{root_module}.py"] = render(_ROOT_VIEWS[root_module](plan))
    for attribute, service in plan.attached:
        folder = _folder(service.layout.module)
        files[f"{folder}/__init__.py"] = render(views.service_init_view(plan, attribute, service))
    for group in plan.groups:
        folder = _folder(group.module)
        files[f"{folder}/__init__.py"] = render(views.group_init_view(plan, group))
        for is_async, module in _CLIENT_MODULES:
            files[f"{folder}/{module}.py"] = render(views.group_client_view(plan, group, is_async))
    for service in plan.services:
        folder = _folder(service.layout.module)
        files[f"{folder}/enums.py"] = render(views.enums_module_view(plan, service))
        files[f"{folder}/models.py"] = render(views.models_module_view(plan, service))
        files[f"{folder}/operations.py"] = render(views.operations_module_view(plan, service))
        for is_async, module in _CLIENT_MODULES:
            files[f"{folder}/{module}.py"] = render(
                views.client_module_view(plan, service, is_async)
            )
    # A module ends in exactly one newline, however its last loop came out.
    return {
        path: text.rstrip("\n") + "\n" if path.endswith(".py") and text else text
        for path, text in files.items()
    }


def _folder(module: str) -> str:
    """Where the modules of the dotted package `module` go in the generated project."""
    return "src/" + module.replace(".", "/")


def runtime_files(plan: SdkPlan) -> dict[str, str]:
    """The runtime modules every package carries as they are (generator/runtime: real Python,
    linted, type-checked and formatted where it lives), by path in the generated project."""
    return {f"{plan.package_dir}/{name}": text for name, text in _runtime_sources().items()}


def _runtime_sources() -> dict[str, str]:
    """The runtime modules copied into every package, by file name."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.glob("*.py"))
        if path.name not in _NOT_COPIED
    }


def maker(version: str) -> Maker:
    """What makes the packages this sdkgen renders, for their manifests to record: sdkgen's
    `version`, and the digests of its templates and of the runtime it copies."""
    templates = {name: (TEMPLATES / name).read_text(encoding="utf-8") for name in template_names()}
    return Maker(version, _digest(templates), _digest(_runtime_sources()))


def _digest(files: Mapping[str, str]) -> str:
    """The SHA-256 of files by name: of each name and text, in the order of their names."""
    sha = hashlib.sha256()
    for name in sorted(files):
        sha.update(f"{len(name)}:{name}{len(files[name])}:{files[name]}".encode())
    return sha.hexdigest()


def template_environment() -> jinja2.Environment:
    """The templates' environment: no filters and no globals, for a template only prints
    what its view (generator.sdk.views) has already escaped and laid out."""
    return environment(filters={}, globals_={})

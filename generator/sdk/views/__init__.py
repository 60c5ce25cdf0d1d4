"""What each template prints: one frozen dataclass per template, built from the plan.

Every value a view holds is decided and escaped here, through the filters of
generator.sdk.escaping (the injection boundary): a Python literal, a docstring, a TOML string,
or an identifier the plan made. Optional pieces are values too (an import line list, a tuple
of lines or blocks), so a template holds layout only: it prints, loops and switches between
its sync and async shapes (`is_async`), and tests/test_templates.py fails on any other
conditional. Each view names its template; generator.sdk.render says which file it becomes.

The modules follow what they print: `package_files` (pyproject.toml, `__init__`, settings,
testing, the pytest plugin and the shipped tests), `readme`, `enums`, `models`, `operations`,
`clients` (with `methods` and `docstrings`), and what several share (`titles`, `imports`).
What a flat package prints unlike a package of services is in `shapes`, so no view asks which
the package is.
"""

from __future__ import annotations

from generator.sdk.views.clients import (
    ClientModuleView,
    GroupClientView,
    GroupInitView,
    RootClientView,
    ServiceInitView,
    client_module_view,
    group_client_view,
    group_init_view,
    root_client_view,
    service_init_view,
)
from generator.sdk.views.enums import EnumsModuleView, enums_module_view, shared_enums_module_view
from generator.sdk.views.models import ModelsModuleView, models_module_view
from generator.sdk.views.operations import (
    OperationsModuleView,
    RootOperationsView,
    operations_module_view,
    root_operations_view,
)
from generator.sdk.views.package_files import (
    ConftestView,
    FakeServerTestView,
    PackageInitView,
    PyprojectView,
    PytestPluginView,
    SettingsView,
    TestingView,
    conftest_view,
    fake_server_test_view,
    package_init_view,
    pyproject_view,
    pytest_plugin_view,
    settings_view,
    testing_view,
)
from generator.sdk.views.readme import ReadmeView, readme_view
from generator.sdk.views.shapes import PackageShape, RootModule, package_shape

View = (
    PyprojectView
    | PackageInitView
    | SettingsView
    | TestingView
    | PytestPluginView
    | ConftestView
    | FakeServerTestView
    | ReadmeView
    | EnumsModuleView
    | ModelsModuleView
    | OperationsModuleView
    | RootOperationsView
    | ClientModuleView
    | RootClientView
    | GroupClientView
    | GroupInitView
    | ServiceInitView
)
"""Any template's view: what generator.sdk.render renders."""

__all__ = [
    "ClientModuleView",
    "ConftestView",
    "EnumsModuleView",
    "FakeServerTestView",
    "GroupClientView",
    "GroupInitView",
    "ModelsModuleView",
    "OperationsModuleView",
    "PackageInitView",
    "PackageShape",
    "PyprojectView",
    "PytestPluginView",
    "ReadmeView",
    "RootClientView",
    "RootModule",
    "RootOperationsView",
    "ServiceInitView",
    "SettingsView",
    "TestingView",
    "View",
    "client_module_view",
    "conftest_view",
    "enums_module_view",
    "fake_server_test_view",
    "group_client_view",
    "group_init_view",
    "models_module_view",
    "operations_module_view",
    "package_init_view",
    "package_shape",
    "pyproject_view",
    "pytest_plugin_view",
    "readme_view",
    "root_client_view",
    "root_operations_view",
    "service_init_view",
    "settings_view",
    "shared_enums_module_view",
    "testing_view",
]

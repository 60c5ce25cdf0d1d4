"""Load the package's pytest plugin when it is not installed (e.g. run from a source tree)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Installed, the plugin registers itself through its `pytest11` entry point.
    if not config.pluginmanager.hasplugin("edge_paging"):
        config.pluginmanager.import_plugin("edge_paging.pytest_plugin")

"""The SDK under test: generated once per session from the tests' own copy of the seed page
and its config, into a temporary folder, and imported as `seed_sdk`."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.generate import generate_files
from tests.client.support import PACKAGE, SPEC, SPEC_CONFIG


def generate_seed_sdk(out: Path) -> None:
    config = load_config(SPEC_CONFIG)
    assert config.package is not None
    package = replace(config.package, name=PACKAGE, distribution="seed-sdk")
    write_tree(out, generate_files(parse_file(SPEC).api, replace(config, package=package)))


@pytest.fixture(scope="session")
def sdk_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The generated project folder (package, tests, README)."""
    out = tmp_path_factory.mktemp("seed-sdk") / "project"
    generate_seed_sdk(out)
    source = str(out / "src")
    sys.path.insert(0, source)
    try:
        yield out
    finally:
        sys.path.remove(source)


@pytest.fixture(scope="session")
def sdk(sdk_project: Path) -> Any:
    """The seed SDK's package, with its models, enums, operations and testing modules
    imported (so `sdk.models.X` works)."""
    package = importlib.import_module(PACKAGE)
    for module in ("models", "enums", "operations", "testing", "client", "async_client"):
        importlib.import_module(f"{PACKAGE}.{module}")
    return package

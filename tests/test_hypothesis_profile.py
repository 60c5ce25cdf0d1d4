"""Property tests are reproducible: they draw their examples as the loaded profile says.

tests/conftest.py registers the hypothesis profiles ("ci", derandomized, the default; "dev",
random) and loads one from $HYPOTHESIS_PROFILE. A test that set its own randomness would make
the suite fail at random again, so every property test is checked here.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from hypothesis import is_hypothesis_test, settings

from tests.conftest import REPO


def _property_tests() -> Iterator[tuple[str, Any]]:
    for path in sorted((REPO / "tests").glob("test_*.py")):
        module = importlib.import_module(f"tests.{path.stem}")
        for name, value in vars(module).items():
            if name.startswith("test_") and is_hypothesis_test(value):
                yield f"{path.stem}::{name}", value


def test_every_property_test_draws_its_examples_as_the_profile_says() -> None:
    profile = settings.default
    assert profile is not None, "tests/conftest.py loads a profile"
    found = dict(_property_tests())
    assert len(found) >= 8, sorted(found)
    own = {
        name: (own.derandomize, own.database, own.deadline)
        for name, test in found.items()
        for own in [test._hypothesis_internal_use_settings]
    }
    expected = (profile.derandomize, profile.database, profile.deadline)
    assert {name: value for name, value in own.items() if value != expected} == {}


def test_the_suite_is_derandomized_unless_a_developer_asks_for_the_dev_profile() -> None:
    env = {key: value for key, value in os.environ.items() if key != "HYPOTHESIS_PROFILE"}
    probe = "import tests.conftest, hypothesis; print(hypothesis.settings.default.derandomize)"
    runs = {
        profile: subprocess.run(
            [sys.executable, "-c", probe],
            cwd=REPO,
            env={**env, **({"HYPOTHESIS_PROFILE": profile} if profile else {})},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for profile in ("", "ci", "dev")
    }
    assert runs == {"": "True", "ci": "True", "dev": "False"}

"""Property tests are reproducible: they draw their examples as the loaded profile says.

tests/conftest.py registers the hypothesis profiles ("ci", derandomized, the default; "dev",
random) and loads one from $HYPOTHESIS_PROFILE. A test that set its own randomness would make
the suite fail at random again, so every property test under tests/, in every sub-package
(tests/client/ among them), is checked here: under the loaded profile in this process, and
under the other one in a process of its own, so a test that pins either value is caught.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import is_hypothesis_test, settings

from tests.support.pages import REPO

TESTS = REPO / "tests"


def _test_modules(root: Path) -> Iterator[tuple[Path, tuple[str, ...] | None]]:
    """Every test module under `root`, recursively, with its module path relative to `root`'s
    package, or None when a directory on the way has no __init__.py (pytest does not import it
    as part of the package: the golden projects' own tests are such modules)."""
    for path in sorted(root.rglob("test_*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        packaged = all(
            (root.joinpath(*parts[:depth]) / "__init__.py").is_file()
            for depth in range(1, len(parts))
        )
        yield path, parts if packaged else None


def property_tests(root: Path, package: str) -> dict[str, Any]:
    """Every hypothesis test (functions and methods of Test* classes) in the test modules of
    `package`, whose directory is `root`, by pytest node id relative to `root`."""
    found: dict[str, Any] = {}
    for path, parts in _test_modules(root):
        if parts is None:
            continue
        module = importlib.import_module(".".join((package, *parts)))
        where = path.relative_to(root).as_posix()
        for name, value in vars(module).items():
            if name.startswith("test_") and is_hypothesis_test(value):
                found[f"{where}::{name}"] = value
            elif name.startswith("Test") and inspect.isclass(value):
                for method_name, method in vars(value).items():
                    if method_name.startswith("test_") and is_hypothesis_test(method):
                        found[f"{where}::{name}::{method_name}"] = method
    return found


def unimported_modules_using_hypothesis(root: Path) -> list[str]:
    """Test modules outside `root`'s package that use hypothesis: property tests this check
    cannot see (none may exist)."""
    return [
        path.relative_to(root).as_posix()
        for path, parts in _test_modules(root)
        if parts is None and "hypothesis" in path.read_text(encoding="utf-8")
    ]


def deviations(found: dict[str, Any], profile: settings) -> dict[str, list[str]]:
    """The tests whose randomness, example database or deadline differ from `profile`'s, with
    the settings that differ."""
    differ = {}
    for name, test in found.items():
        own = test._hypothesis_internal_use_settings
        keys = [
            key
            for key in ("derandomize", "database", "deadline")
            if getattr(own, key) != getattr(profile, key)
        ]
        if keys:
            differ[name] = keys
    return differ


def test_every_property_test_draws_its_examples_as_the_profile_says() -> None:
    profile = settings.default
    assert profile is not None, "tests/conftest.py loads a profile"
    found = property_tests(TESTS, "tests")
    assert len(found) >= 30, sorted(found)
    assert any(name.startswith("client/") for name in found), "tests/client/ was searched"
    assert unimported_modules_using_hypothesis(TESTS) == []
    assert deviations(found, profile) == {}


_OTHER_PROFILE_PROBE = """\
import json, hypothesis, tests.conftest
from tests.test_hypothesis_profile import TESTS, deviations, property_tests
found = property_tests(TESTS, "tests")
print(json.dumps([len(found), deviations(found, hypothesis.settings.default)]))
"""


def test_no_property_test_pins_the_randomness_the_other_profile_would_change() -> None:
    """Under "ci" a test that pinned derandomize=True looks like every other; under "dev" it
    is the one that is not random."""
    other = "ci" if settings.default is not None and not settings.default.derandomize else "dev"
    result = subprocess.run(
        [sys.executable, "-c", _OTHER_PROFILE_PROBE],
        cwd=REPO,
        env={**os.environ, "HYPOTHESIS_PROFILE": other},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    count, differ = json.loads(result.stdout.splitlines()[-1])
    assert count >= 30
    assert differ == {}


def test_the_check_finds_a_client_test_that_sets_its_own_randomness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check run over a small package of its own: a property test two directories down
    that pins derandomize=False is named, one that follows the profile is not, and a property
    test in a directory pytest does not import as part of the package is reported."""
    package = f"probe_{uuid.uuid4().hex}"
    root = tmp_path / package
    (root / "client").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "client" / "__init__.py").write_text("")
    (root / "client" / "test_random.py").write_text(
        "from hypothesis import given, settings, strategies as st\n"
        "\n"
        "@settings(derandomize=False)\n"
        "@given(st.integers())\n"
        "def test_draws_at_random(n):\n"
        "    pass\n"
        "\n"
        "@settings(max_examples=5)\n"
        "@given(st.integers())\n"
        "def test_follows_the_profile(n):\n"
        "    pass\n"
        "\n"
        "class TestGrouped:\n"
        "    @settings(derandomize=False)\n"
        "    @given(st.integers())\n"
        "    def test_method_at_random(self, n):\n"
        "        pass\n"
    )
    (root / "golden" / "project" / "tests").mkdir(parents=True)
    (root / "golden" / "project" / "tests" / "test_outside.py").write_text(
        "from hypothesis import given\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    settings.load_profile("ci")  # the probe's tests take the default when they are imported
    try:
        found = property_tests(root, package)
        profile = settings.get_profile("ci")
        assert sorted(found) == [
            "client/test_random.py::TestGrouped::test_method_at_random",
            "client/test_random.py::test_draws_at_random",
            "client/test_random.py::test_follows_the_profile",
        ]
        assert deviations(found, profile) == {
            "client/test_random.py::TestGrouped::test_method_at_random": ["derandomize"],
            "client/test_random.py::test_draws_at_random": ["derandomize"],
        }
        assert unimported_modules_using_hypothesis(root) == ["golden/project/tests/test_outside.py"]
    finally:
        settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))  # as conftest.py does
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]


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

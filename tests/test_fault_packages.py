"""A page that contradicts itself still gives a working package.

Each page of tests/data/faults is generated as a user would (with its NAME.yaml beside it,
else spec/defaults.yaml and --package), then the package's own tests run on it, and its
fixtures are checked value by value: every example the SDK ships validates against its own
models, whatever the page's examples, defaults and enums say.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.support.pages import DEFAULTS, REPO, SEED
from tests.support.projects import GeneratedProject, run_own_tests, run_python

FAULTS = REPO / "tests" / "data" / "faults"
PAGES = sorted(FAULTS.glob("*.md"))


def package_name(page: Path) -> str:
    return "faults_" + page.stem.replace("-", "_")


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GeneratedProject]:
    """Every fault page generated once, through the command line's own entry point."""
    found = {}
    for page in PAGES:
        out = tmp_path_factory.mktemp(page.stem) / "project"
        config = page.with_suffix(".yaml")
        args = ["generate", str(page), "--out", str(out), "--package", package_name(page)]
        args += ["--config", str(config if config.exists() else DEFAULTS)]
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            status = main(args)
        assert status == 0, stderr.getvalue()
        found[page.stem] = GeneratedProject(page, out, package_name(page), stderr.getvalue())
    return found


@pytest.mark.parametrize("page", [page.stem for page in PAGES])
def test_a_fault_page_gives_a_package_whose_own_tests_pass(
    projects: dict[str, GeneratedProject], page: str
) -> None:
    project = projects[page]

    result = run_own_tests(project.out, env={"PATH": "/usr/bin:/bin"})

    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_the_fault_packages_pass_mypy_strict_and_ruff(
    projects: dict[str, GeneratedProject], mypy_cache: Path
) -> None:
    packages = [str(p.out / "src" / p.package) for p in projects.values()]
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(mypy_cache),
            *packages,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            *(str(p.out) for p in projects.values()),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


# --- examples: one value of a list, and values that fit -------------------------------------


def test_a_list_of_several_examples_gives_one_of_them(
    projects: dict[str, GeneratedProject],
) -> None:
    fixture = projects["examples"].fixture("add_order")

    assert fixture["request"]["body"]["symbol"] == "XBTUSDTM"
    data = fixture["response"]["data"]
    assert data["orderId"] == "5bd6e9286d99522a52e458de"
    assert data["filled"] == 0  # ["0", "1"] for an integer: its first item, as a number


def test_fixture_values_fit_the_schema_the_config_bounds_and_rules(
    projects: dict[str, GeneratedProject],
) -> None:
    body = projects["examples"].fixture("add_order")["request"]["body"]

    # The page's 'my order #1' breaks the pattern: a client id shaped as its name says.
    assert body["clientOid"] == "5c52e112-03aa-4f7a-9c3d-93fb0c2b1a6d"
    assert len(body["remark"]) <= 10
    assert 1 <= body["leverage"] <= 50  # the page allows 100, the config 50
    assert body["side"] in ("buy", "sell")
    assert body["size"] == 10  # "10" read as the integer it writes
    assert body["symbols"] == ["XBTUSDTM"]  # a bare item read as a one-item array
    assert len(body["tags"]) <= 2
    assert body["code"] == "AAA"  # built to match ^[A-Z]{3}$
    assert 0 < body["ratio"] < 1 and round(body["ratio"] * 100) == body["ratio"] * 100
    assert body["nonce"] == "123456"  # a pattern beyond the checkable subset: the page's
    assert len(body["memo"]) <= 4  # the page's 'hello' breaks the config's max_length
    assert body["type"] == "limit" and body["price"] == "67000.5"  # the rule requires a price
    response = projects["examples"].fixture("add_order")["response"]["data"]
    assert response["status"] == "open"
    assert response["symbols"] == ["XBTUSDTM"]


def test_the_models_accept_their_fixtures_and_check_the_patterns_they_can_in_linear_time(
    projects: dict[str, GeneratedProject],
) -> None:
    project = projects["examples"]
    check = f"""
import json
import shutil
from decimal import Decimal
from {project.package} import KucoinRequestValidationError
from {project.package}.models import AddOrderRequest
# Fractions read exactly, as the fake reads a request (a decimal input takes no float).
fixture = json.load(open("src/{project.package}/fixtures/add_order.json"), parse_float=Decimal)
body = fixture["request"]["body"]
AddOrderRequest.model_validate(body)
for field, value in (("code", "AB"), ("clientOid", "my order #1")):
    try:
        AddOrderRequest.model_validate({{**body, field: value}})
    except KucoinRequestValidationError:
        continue
    raise SystemExit(f"{{field}}={{value!r}} was accepted")
print("ok")
"""
    result = run_python(project, "-c", check)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ok"]


def test_a_default_that_breaks_its_schema_is_not_the_fixture_value(
    projects: dict[str, GeneratedProject],
) -> None:
    body = projects["defaults"].fixture("add_transfer")["request"]["body"]

    assert body["accountType"] == "main"  # "MAIN" read as the enum value it names
    assert "marginMode" not in body  # optional, and no reading of its page default fits


def test_an_argument_whose_page_default_breaks_its_schema_is_sent_only_when_set_and_valid(
    projects: dict[str, GeneratedProject],
) -> None:
    # cancelAfter: default -1 ("never", which the API takes) below its exclusive minimum 0.
    # The model checks what the user sends against the page's bounds; left unset, nothing is
    # sent and the server applies its own default.
    project = projects["defaults"]
    check = f"""
import json
from {project.package} import KucoinRequestValidationError
from {project.package}.models import AddTransferRequest
from {project.package}.testing import FakeKucoin

assert AddTransferRequest(amount="1", account_type="main").cancel_after is None
fake = FakeKucoin()
client = fake.client()
client.add_transfer(amount="1", account_type="main")
client.add_transfer(amount="1", account_type="main", cancel_after=60)
unset, given = (json.loads(call.request.content) for call in fake.calls)
print(sorted(unset), given["cancelAfter"])
for value in (-1, 0, 86401):
    try:
        AddTransferRequest(amount="1", account_type="main", cancel_after=value)
    except KucoinRequestValidationError:
        continue
    raise SystemExit(f"cancel_after={{value}} was accepted")
"""
    result = run_python(project, "-c", check)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "['accountType', 'amount'] 60"


def test_a_pattern_with_look_around_is_left_unchecked_with_a_warning_at_its_line(
    projects: dict[str, GeneratedProject],
) -> None:
    # pydantic's linear-time engine has no look-around, and `re` could backtrack for ever:
    # the model sends the value unchecked, and the generator said so at the page's line.
    project = projects["examples"]
    check = f"""
from {project.package}.models import AddOrderRequest
body = {{
    "symbol": "XBTUSDTM", "clientOid": "abc", "remark": "r", "leverage": 5, "side": "buy",
    "size": 1, "symbols": ["XBTUSDTM"], "tags": ["a"], "code": "ABC", "ratio": "0.5",
    "nonce": "012345", "type": "market",
}}
AddOrderRequest.model_validate(body)
print("ok")
"""
    result = run_python(project, "-c", check)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ok"]
    (warning,) = [line for line in project.stderr.splitlines() if "(?!0)" in line]
    assert (
        warning.startswith(f"{project.page}:") and "requests are sent without checking" in warning
    )


# --- response enums inside arrays and maps --------------------------------------------------


def test_response_enums_inside_lists_and_maps_are_read_as_members_and_unknown_values_kept(
    projects: dict[str, GeneratedProject],
) -> None:
    project = projects["enum-arrays"]
    check = f"""
from pydantic import TypeAdapter
from {project.package}.models import RESPONSE_TYPES
data = TypeAdapter(RESPONSE_TYPES["get_account_modes"]).validate_python({{
    "allowedModes": ["ISOLATED", "HEDGE"],
    "subAccountModes": {{"alice": "CROSS", "bob": "NEW"}},
    "levels": [[1, 9]],
}})
modes = TypeAdapter(RESPONSE_TYPES["get_supported_modes"]).validate_python(["CROSS", "X"])
for value in (*data.allowed_modes, *data.sub_account_modes.values(), *data.levels[0], *modes):
    print(type(value).__name__, value)
"""
    result = run_python(project, "-c", check)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "AllowedModes ISOLATED",
        "str HEDGE",
        "Value CROSS",
        "str NEW",
        "Levels 1",
        "int 9",
        "Value CROSS",
        "str X",
    ]


# --- a page example against the config's bounds -------------------------------------------


def test_a_page_example_breaking_a_config_bound_warns_at_the_config_key(
    projects: dict[str, GeneratedProject],
) -> None:
    config = FAULTS / "examples.yaml"

    assert f"{config}:1: warning: fields.memo: the page's example breaks this bound in " in (
        projects["examples"].stderr
    )
    assert "'hello' is longer than 4; examples and fixtures use a value that fits" in (
        projects["examples"].stderr
    )


def test_strict_generation_refuses_a_page_example_that_breaks_a_config_bound(
    tmp_path: Path,
) -> None:
    shutil.copyfile(DEFAULTS, tmp_path / "defaults.yaml")
    config = tmp_path / "narrow.yaml"
    config.write_text("extends: defaults.yaml\nfields:\n  clientOid: {max_length: 10}\n")
    out = tmp_path / "out"
    args = ["generate", str(SEED), "--out", str(out)]
    args += ["--package", "narrow", "--config", str(config)]

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main([*args, "--strict"])

    assert status == 1
    assert not out.exists()
    warning, error = stderr.getvalue().splitlines()
    assert warning.startswith(f"{config}:1: warning: fields.clientOid: the page's example ")
    assert "add_order, " in warning
    assert "'5c52e11203aa677f33e493fb' is longer than 10" in warning
    assert error == "sdkgen: error: warnings under --strict; nothing written"

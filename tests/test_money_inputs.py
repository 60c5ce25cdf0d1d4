"""Enum and decimal inputs, as a user of a generated package meets them.

The page tests/data/money/money.md has an order with enum fields (text, integer, a list of
text), decimals the wire carries as strings (`price`, `size`: named in the built-in
`api.decimal_strings`; `stake`: by its config's `fields.stake.decimal`), a decimal the wire
carries as a number (`margin`), a string the list names but the config says is not a decimal
(`funds`), and an id made of digits (`clientOid`). Requests take members or plain values,
`Decimal`, `int` or numeric text, type-checked; they send the wire's own form, exactly;
responses give Decimals back.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.cli import main
from generator.config import ConfigError, load_config
from tests.support.pages import REPO
from tests.support.projects import GeneratedProject, imported, run_own_tests

PAGE = REPO / "tests" / "data" / "money" / "money.md"
PACKAGE = "money_sdk"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> GeneratedProject:
    out = tmp_path_factory.mktemp("money") / "project"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["generate", str(PAGE), "--out", str(out)])
    assert status == 0, stderr.getvalue()
    return GeneratedProject(PAGE, out, PACKAGE, stderr.getvalue())


@pytest.fixture(scope="module")
def sdk(project: GeneratedProject) -> Iterator[ModuleType]:
    with imported(project.out, PACKAGE, "testing", "enums") as package:
        yield package


def sent_body(sdk: ModuleType, **arguments: Any) -> tuple[bytes, dict[str, Any]]:
    """The body `add_order(**arguments)` puts on the wire: as bytes, and as JSON read with
    Decimal fractions."""
    fake = sdk.testing.FakeKucoin()
    with fake.client() as client:
        client.add_order(**arguments)
    content: bytes = fake.calls[-1].request.content
    return content, json.loads(content, parse_float=Decimal)


REQUIRED = {"client_oid": "123", "side": "buy", "size": "1"}


# --- requests: what goes on the wire ----------------------------------------------------------


def test_a_decimal_the_wire_carries_as_a_string_is_sent_as_that_string(sdk: ModuleType) -> None:
    _, body = sent_body(
        sdk,
        **REQUIRED | {"size": Decimal("30000.5")},
        price=Decimal("0.00000010"),
        stake="2.50",
    )
    assert (body["size"], body["price"], body["stake"]) == ("30000.5", "0.00000010", "2.50")


def test_an_int_for_a_string_decimal_is_sent_as_text_and_for_a_number_as_a_number(
    sdk: ModuleType,
) -> None:
    raw, body = sent_body(sdk, **REQUIRED | {"size": 30000}, margin=30000)
    assert body["size"] == "30000"
    assert b'"margin":30000' in raw and body["margin"] == 30000


def test_a_decimal_the_wire_carries_as_a_number_is_written_exactly(sdk: ModuleType) -> None:
    digits = "30000.123456789123456789"  # beyond a float's 17 significant digits
    raw, _ = sent_body(sdk, **REQUIRED, margin=Decimal(digits))
    assert f'"margin":{digits}'.encode() in raw


def test_ids_of_digits_and_strings_the_config_excludes_stay_text(sdk: ModuleType) -> None:
    _, body = sent_body(sdk, **REQUIRED, funds="0100")
    assert (body["clientOid"], body["funds"]) == ("123", "0100")
    with pytest.raises(Exception, match="string"):
        sent_body(sdk, **REQUIRED | {"client_oid": Decimal("123")})


def test_a_member_and_its_plain_value_send_the_same_body(sdk: ModuleType) -> None:
    enums = sdk.enums
    members = {"side": enums.Side.SELL, "level": enums.Level(2), "types": [enums.Types.LIMIT]}
    plain = {"side": "sell", "level": 2, "types": ["limit"]}
    sent_members, _ = sent_body(sdk, **REQUIRED | members)
    sent_plain, body = sent_body(sdk, **REQUIRED | plain)
    assert sent_members == sent_plain
    assert (body["side"], body["level"], body["types"]) == ("sell", 2, ["limit"])


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (0.1, "float"),
        (True, "boolean"),
        ("30,000", "not a decimal number"),
        ("NaN", "not a decimal number"),
        (Decimal("Infinity"), "not a finite decimal"),
    ],
    ids=["float", "bool", "comma", "nan-text", "infinity"],
)
def test_a_value_that_is_not_an_exact_decimal_is_refused_before_sending(
    sdk: ModuleType, value: object, problem: str
) -> None:
    fake = sdk.testing.FakeKucoin()
    with fake.client() as client, pytest.raises(ValueError, match=problem):
        client.add_order(**REQUIRED | {"size": value})
    assert fake.calls == []


def test_a_float_is_refused_with_the_decimal_to_write_instead(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match=r"pass Decimal\('0\.1'\)"):
        sent_body(sdk, **REQUIRED, margin=0.1)


def test_the_configs_minimum_applies_to_a_decimal_carried_as_text(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        sent_body(sdk, **REQUIRED, stake="0.5")


# --- responses: Decimals back -----------------------------------------------------------------


def answered(sdk: ModuleType, data: dict[str, Any]) -> Any:
    fake = sdk.testing.FakeKucoin()
    fake.respond("add_order", data)
    with fake.client() as client:
        return client.add_order(**REQUIRED)


def test_a_response_decimal_comes_back_as_a_decimal_and_an_id_as_text(sdk: ModuleType) -> None:
    data = answered(
        sdk,
        {"orderId": "123", "price": "30000.5", "margin": 1.25, "leverage": 3, "side": "buy"},
    )
    assert (data.price, data.margin) == (Decimal("30000.5"), Decimal("1.25"))
    assert isinstance(data.price, Decimal) and isinstance(data.margin, Decimal)
    assert (data.order_id, data.leverage, data.side) == ("123", 3, sdk.enums.Side.BUY)


def test_a_response_decimal_that_is_no_number_is_kept_as_sent(sdk: ModuleType) -> None:
    data = answered(sdk, {"orderId": "1", "price": "", "margin": 2, "leverage": 3, "side": "buy"})
    assert data.price == ""
    assert data.margin == Decimal(2)


# --- the config's say -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("fields: {price: {decimal: yes-please}}", "fields.price.decimal"),
        ("api: {decimal_strings: price}", "api.decimal_strings"),
    ],
)
def test_a_decimal_setting_of_the_wrong_type_is_an_error_naming_its_key(
    tmp_path: Path, text: str, key: str
) -> None:
    config = tmp_path / "page.yaml"
    config.write_text(f"extends: sdkgen:defaults\n{text}\n")
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_config(config)


# --- type checking, and the package's own tests ------------------------------------------------

GOOD = """\
from decimal import Decimal

from money_sdk import Client
from money_sdk.enums import Level, Side


def place(client: Client) -> None:
    client.add_order(client_oid="123", side="buy", size="30000.5")
    client.add_order(client_oid="1", side=Side.SELL, size=Decimal("1.5"), level=2)
    client.add_order(client_oid="1", side="sell", size=1, price="0.1", margin=Decimal("2"))
    client.add_order(
        client_oid="1", side="buy", size=3, level=Level(1), types=["limit", "market"], stake=5
    )
    data = client.add_order(client_oid="1", side="buy", size="1")
    if data is not None and isinstance(data.price, Decimal):
        print(data.price + Decimal("0.5"))
"""
BAD = """\
from money_sdk import Client


def place(client: Client) -> None:
    client.add_order(client_oid="1", side="buyy", size="1")
    client.add_order(client_oid="1", side="buy", size="1", level=3)
    client.add_order(client_oid="1", side="buy", size="1", types=["limitt"])
    client.add_order(client_oid="1", side="buy", size=1.5)
    client.add_order(client_oid="1", side="buy", size="1", margin=0.5)
"""


@pytest.mark.slow
def test_plain_values_type_check_and_typos_and_floats_do_not(
    project: GeneratedProject, mypy_cache: Path, tmp_path: Path
) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache)]
    result = subprocess.run(
        [*mypy, str(project.out / "src" / PACKAGE), "good.py", "bad.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(project.out / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if not line.startswith("bad.py:")], result.stdout
    assert sorted({int(line.split(":")[1]) for line in errors}) == [5, 6, 7, 8, 9], result.stdout


@pytest.mark.slow
def test_the_packages_own_tests_pass_on_its_decimal_fixtures(project: GeneratedProject) -> None:
    result = run_own_tests(project.out, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_the_generated_signature_names_the_plain_values_and_decimal_inputs(
    project: GeneratedProject,
) -> None:
    client = (project.out / "src" / PACKAGE / "client.py").read_text()
    parameters = [
        "side: Side | SideLiteral,",
        "types: list[Types | TypesLiteral] | None = None,",
        "level: Level | LevelLiteral | None = None,",
        "price: DecimalString | None = None,",
        "size: DecimalString,",
        "funds: str | None = None,",
        "stake: DecimalString | None = None,",
        "margin: DecimalNumber | None = None,",
        "leverage: int | None = None,",
    ]
    assert [line for line in parameters if f"        {line}\n" not in client] == []


def _configured(config_text: str, tmp_path: Path, name: str) -> Any:
    """The money page as a package whose config is `config_text` sees it (facts on its IR)."""
    from generator.config.facts import with_config_facts
    from generator.read.parse import parse_file

    config_file = tmp_path / f"{name}.yaml"
    config_file.write_text(config_text, encoding="utf-8")
    return with_config_facts(parse_file(PAGE).api, load_config(config_file))


def test_a_text_the_config_makes_a_decimal_or_not_is_a_change_of_type_the_diff_sees(
    tmp_path: Path,
) -> None:
    # `price` becomes a Decimal in the SDK by a config line alone: the page did not change,
    # but a bot reading `order.price` as text breaks, so the snapshot records it and the diff
    # says so. A request's decimal still takes the text callers sent: not breaking there.
    from generator.release.diff import diff_apis

    config = PAGE.with_suffix(".yaml").read_text(encoding="utf-8")
    as_decimal = _configured(config, tmp_path, "decimal")
    as_text = _configured(config + "  price: {decimal: false}\n", tmp_path, "text")

    def price_changes(old: Any, new: Any) -> list[tuple[str, str, bool]]:
        changes = diff_apis(old, new).changes
        return [(c.location, c.kind, c.breaking) for c in changes if "price" in c.location]

    assert price_changes(as_text, as_decimal) == [
        ("request.body.price", "type-changed", False),
        ("response.data.price", "type-changed", True),
    ]
    assert price_changes(as_decimal, as_text) == [
        ("request.body.price", "type-changed", True),
        ("response.data.price", "type-changed", True),
    ]
    assert diff_apis(as_decimal, as_decimal).changes == ()


def test_the_snapshot_records_which_texts_are_decimals(project: GeneratedProject) -> None:
    snapshot = (project.out / "api.ir.yaml").read_text(encoding="utf-8")
    assert "- - x-sdkgen-decimal\n" in snapshot

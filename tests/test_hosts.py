"""Every operation goes to the host, and with the method, the live API serves it on.

The test pages (tests/data/hosts/) are small KuCoin-style pages: `spot-ticker.md` (`spot
v1.0.0`), `broker-ndbroker.md` (a page its group's host does not serve), `widgets-things.md`
(a group sdkgen's defaults do not know) and `account-fees.md`, an account page with futures
operations: "Get Actual Fee - Futures" written as `PATCH /api/v1/trade-fees` beside the spot
one's `GET` on the same path, as KuCoin's account-fee page writes it. Its config
(`account-fees.yaml`) sends the futures operations to the futures host and corrects the
method, as spec/account-fee.yaml does for the real page.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from generator.config import load_config
from generator.ir.corrections import EXTENSION
from generator.ir.model import Api
from generator.ir.openapi import to_openapi
from generator.ir.snapshot import dump_api, load_api
from generator.read.openapi import from_openapi
from generator.read.parse import parse_file
from generator.release.diff import diff_apis
from generator.targets import corrected
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO
from tests.support.seed_sdk import Server, make_client, ok

PAGES = REPO / "tests" / "data" / "hosts"
MAIN, FUTURES, BROKER = "api.kucoin.com", "api-futures.kucoin.com", "api-broker.kucoin.com"


def _project(tmp: Path, *files: str) -> Path:
    spec = tmp / "spec"
    spec.mkdir(parents=True, exist_ok=True)
    for name in files:
        shutil.copy(PAGES / name, spec / name)
    return spec


def _generate(tmp: Path, spec: Path, pages: list[str], package: str, *extra: str) -> str:
    """Generate `pages` of `spec` as `package`; its stderr (the warnings)."""
    out = tmp / package
    arguments = ["generate", *(str(spec / p) for p in pages), "--package", package]
    result = run_in_process([*arguments, "--out", str(out), *extra], cwd=tmp)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """`bot`: three pages without any config (the issue's `--package kucoin_bot`); `fees`:
    the account page with its config, alone."""
    tmp = tmp_path_factory.mktemp("hosts")
    bare = _project(tmp / "bare", "spot-ticker.md", "broker-ndbroker.md", "account-fees.md")
    pages = ["spot-ticker.md", "broker-ndbroker.md", "account-fees.md"]
    warnings = _generate(tmp, bare, pages, "hosts_bot")
    assert "warning" not in warnings
    configured = _project(tmp / "configured", "account-fees.md", "account-fees.yaml")
    _generate(tmp, configured, ["account-fees.md"], "hosts_fees")
    for name in ("hosts_bot", "hosts_fees"):
        sys.path.insert(0, str(tmp / name / "src"))
    try:
        for name in ("hosts_bot", "hosts_fees"):
            importlib.import_module(f"{name}.testing")
        yield {name: importlib.import_module(f"hosts_{name}") for name in ("bot", "fees")}
    finally:
        for name in ("hosts_bot", "hosts_fees"):
            sys.path.remove(str(tmp / name / "src"))


def test_pages_without_a_config_go_to_the_host_of_their_group(
    packages: dict[str, ModuleType],
) -> None:
    server = Server(ok({"price": "1"}))
    client, _ = make_client(packages["bot"], server)
    client.spot_ticker.get_ticker(symbol="BTC-USDT")
    client.broker_ndbroker.get_broker_info()
    client.account_fees.get_actual_fee_spot(symbols="BTC-USDT")
    spot, broker, account = server.requests
    assert (spot.url.host, spot.url.path) == (MAIN, "/api/v1/market/orderbook/level1")
    assert broker.url.host == BROKER
    assert account.url.host == MAIN


def test_an_operation_goes_to_its_own_host_with_its_corrected_method(
    packages: dict[str, ModuleType],
) -> None:
    server = Server(ok({"makerFeeRate": "0.001"}))
    client, _ = make_client(packages["fees"], server)
    client.get_actual_fee_spot(symbols="BTC-USDT")
    client.get_actual_fee_futures(symbol="XBTUSDTM")
    client.get_account_futures()
    sent = [(r.method, r.url.host, r.url.path) for r in server.requests]
    assert sent == [
        ("GET", MAIN, "/api/v1/trade-fees"),
        ("GET", FUTURES, "/api/v1/trade-fees"),
        ("GET", FUTURES, "/api/v1/account-overview"),
    ]


def test_without_its_config_the_page_sends_the_method_it_states(
    packages: dict[str, ModuleType],
) -> None:
    server = Server(ok({}))
    client, _ = make_client(packages["bot"], server)
    client.account_fees.get_actual_fee_futures(symbol="XBTUSDTM")
    assert (server.last.method, server.last.url.host) == ("PATCH", MAIN)


def test_the_users_base_url_overrides_every_host_and_base_urls_a_services(
    packages: dict[str, ModuleType],
) -> None:
    server = Server(ok({}))
    client, _ = make_client(packages["fees"], server, base_url="https://proxy.example/")
    client.get_actual_fee_spot(symbols="BTC-USDT")
    client.get_actual_fee_futures(symbol="XBTUSDTM")
    assert [r.url.host for r in server.requests] == ["proxy.example", "proxy.example"]
    server = Server(ok({}))
    chosen = {"account_fees": "https://account.example"}
    client, _ = make_client(packages["bot"], server, base_urls=chosen)
    client.account_fees.get_actual_fee_futures(symbol="XBTUSDTM")
    client.spot_ticker.get_ticker(symbol="BTC-USDT")
    assert [r.url.host for r in server.requests] == ["account.example", MAIN]


def test_the_fake_server_tells_one_method_and_path_apart_by_host(
    packages: dict[str, ModuleType],
) -> None:
    fake = sys.modules["hosts_fees.testing"].FakeKucoin()
    client = fake.client()
    client.get_actual_fee_futures(symbol="XBTUSDTM")
    client.get_actual_fee_spot(symbols="BTC-USDT")
    assert [call.operation for call in fake.calls] == [
        "get_actual_fee_futures",
        "get_actual_fee_spot",
    ]


def test_a_clear_text_operation_host_is_refused_with_credentials(tmp_path: Path) -> None:
    spec = _project(tmp_path, "account-fees.md", "account-fees.yaml")
    config = spec / "account-fees.yaml"
    config.write_text(
        config.read_text().replace("host: https://api-futures", "host: http://api-futures", 1)
    )
    _generate(tmp_path, spec, ["account-fees.md"], "hosts_clear")
    sys.path.insert(0, str(tmp_path / "hosts_clear" / "src"))
    try:
        sdk = importlib.import_module("hosts_clear")
        with pytest.raises(ValueError, match=r"http://api-futures\.kucoin\.com"):
            sdk.Client("key", "secret", "passphrase")
        sdk.Client("key", "secret", "passphrase", allow_insecure_http=True)
    finally:
        sys.path.remove(str(tmp_path / "hosts_clear" / "src"))


def test_a_group_the_defaults_do_not_know_warns_naming_the_host_and_the_key(
    tmp_path: Path,
) -> None:
    spec = _project(tmp_path, "widgets-things.md")
    warnings = _generate(tmp_path, spec, ["widgets-things.md"], "hosts_widgets")
    assert "widgets-things.md:" in warnings and "'widgets'" in warnings
    assert "https://api.kucoin.com" in warnings
    assert "api.base_url" in warnings and "hosts.by_group.widgets" in warnings
    settings = (tmp_path / "hosts_widgets" / "src" / "hosts_widgets" / "_settings.py").read_text()
    assert 'DEFAULT_BASE_URL = "https://api.kucoin.com"' in settings
    page = spec / "widgets-things.md"
    strict = ["generate", str(page), "--package", "w", "--out", str(tmp_path / "w"), "--strict"]
    assert run_in_process(strict, cwd=tmp_path).returncode == 1
    page.with_suffix(".yaml").write_text(
        "extends: sdkgen:defaults\napi: {base_url: https://widgets.example}\n"
    )
    assert run_in_process(strict, cwd=tmp_path).returncode == 0


def test_the_defaults_host_table_can_be_extended_by_a_config(tmp_path: Path) -> None:
    spec = _project(tmp_path, "widgets-things.md")
    (spec / "widgets-things.yaml").write_text(
        "extends: sdkgen:defaults\nhosts:\n  by_group: {widgets: https://widgets.example}\n"
    )
    assert "warning" not in _generate(tmp_path, spec, ["widgets-things.md"], "hosts_table")
    settings = (tmp_path / "hosts_table" / "src" / "hosts_table" / "_settings.py").read_text()
    assert 'DEFAULT_BASE_URL = "https://widgets.example"' in settings


def _fees() -> tuple[Api, Api]:
    """The account page's IR as the page states it, and as its config corrects it."""
    page = parse_file(PAGES / "account-fees.md").api
    return page, corrected(page, load_config(PAGES / "account-fees.yaml"))


def test_a_corrected_method_is_marked_in_the_snapshot_and_kept_by_the_export() -> None:
    _, fixed = _fees()
    (op,) = [op for op in fixed.operations if op.slug == "get_actual_fee_futures"]
    note = dict(op.extensions)[EXTENSION]
    assert op.method == "GET"
    assert isinstance(note, dict) and str(note["why"]).startswith("the live API takes GET")
    assert (note["set"], note["was"], note["by"]) == (
        {"method": "GET"},
        {"method": "PATCH"},
        "account-fees.yaml",
    )
    assert load_api(dump_api(fixed)) == fixed
    # OpenAPI holds one operation per path and method: the corrected one stays under the
    # method its page states, and reads back as the corrected operation.
    document = to_openapi(fixed)
    trade_fees = document["paths"]["/api/v1/trade-fees"]
    assert sorted(trade_fees) == ["get", "patch"]
    assert trade_fees["patch"][EXTENSION]["set"] == {"method": "GET"}
    assert from_openapi(document) == fixed


def test_the_change_report_shows_a_corrected_method_as_a_change_of_the_operation() -> None:
    page, fixed = _fees()
    changes = diff_apis(page, fixed).changes
    assert [(c.kind, c.operation) for c in changes] == [
        ("method-changed", "GET /api/v1/trade-fees")
    ]
    (change,) = changes
    assert not change.breaking and (change.old, change.new) == ("PATCH", "GET")
    assert "the live API takes GET" in change.detail


def _write_config(tmp: Path, operations: dict[str, object]) -> Path:
    spec = _project(tmp, "account-fees.md")
    data = {"extends": "sdkgen:defaults", "operations": operations}
    (spec / "account-fees.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return spec


def test_a_corrected_method_on_another_operations_route_and_host_is_a_located_error(
    tmp_path: Path,
) -> None:
    correction = {"corrections": {"operation": {"method": "GET"}}}
    spec = _write_config(tmp_path, {"get_actual_fee_futures": correction})
    page = spec / "account-fees.md"
    result = run_in_process(["generate", str(page), "--package", "x", "--out", "o"], cwd=tmp_path)
    assert result.returncode == 2
    lines = (spec / "account-fees.yaml").read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.strip() == "method: GET")
    assert f"account-fees.yaml:{line}: error: " in result.stderr
    assert "get_actual_fee_spot's route too" in result.stderr
    assert "operations.get_actual_fee_futures.host" in result.stderr


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ({"host": "api.kucoin.com"}, "host: must be a URL starting with https://"),
        ({"host": "https://"}, "must name a host"),
        ({"corrections": {"operation": {"method": "FETCH"}}}, "must be one of GET, PUT"),
        ({"corrections": {"operation": {"type": "string"}}}, "on the operation (one of method)"),
        ({"corrections": {"query.symbol": {"method": "GET"}}}, "on a parameter or a field"),
        ({"corrections": {"operation.x": {"type": "string"}}}, "nothing goes after it"),
    ],
)
def test_a_bad_host_or_method_is_a_config_error_naming_the_key(
    tmp_path: Path, operation: dict[str, object], message: str
) -> None:
    spec = _write_config(tmp_path, {"get_actual_fee_futures": operation})
    page = spec / "account-fees.md"
    result = run_in_process(["generate", str(page), "--package", "x", "--out", "o"], cwd=tmp_path)
    assert result.returncode == 2
    assert "operations.get_actual_fee_futures" in result.stderr and message in result.stderr


def test_a_host_for_an_operation_the_page_lacks_is_an_error(tmp_path: Path) -> None:
    spec = _write_config(tmp_path, {"get_nothing": {"host": "https://x.example"}})
    page = spec / "account-fees.md"
    result = run_in_process(["generate", str(page), "--package", "x", "--out", "o"], cwd=tmp_path)
    assert result.returncode == 2
    assert "account-fees.yaml:3: error: operations.get_nothing: the page has no operation" in (
        result.stderr
    )

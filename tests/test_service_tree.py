"""Services nested in groups (tests/data/tree/tree.yaml): `client.spot.order` and
`client.futures.order`, each group a typed attribute of the client holding its services, each
service keyed by its dotted place (`spot.order`) in hosts, OPERATIONS, fixtures, snapshots and
the README."""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.cli import main
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO
from tests.support.readme_examples import run_readme_examples
from tests.support.seed_sdk import Server, make_client, ok

DATA = REPO / "tests" / "data"
TREE = DATA / "tree" / "tree.yaml"
"""Beside tests/data/compose (whose pages it nests), so compose/ keeps one composition."""
SPOT_ORDER = {"client_oid": "s1", "side": "buy", "type": "limit"}
FUTURES_ORDER = {"client_oid": "f1", "side": "sell", "leverage": 3}


@pytest.fixture(scope="module")
def tree_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tree") / "project"
    assert main(["generate", str(TREE), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def tree(tree_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(tree_root / "src"))
    try:
        yield importlib.import_module("tree_sdk")
    finally:
        sys.path.remove(str(tree_root / "src"))


def test_a_nested_service_is_reached_through_its_group_and_goes_to_the_groups_host(
    tree: ModuleType,
) -> None:
    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(tree, server)
    assert type(client.spot).__name__ == "SpotGroup"
    assert type(client.spot.order).__name__ == "SpotOrderService"
    client.spot.order.add_order(**SPOT_ORDER)
    client.futures.order.add_order(**FUTURES_ORDER)
    spot, futures = server.requests
    assert (spot.url.host, spot.url.path) == ("api.kucoin.com", "/api/v1/orders")
    assert (futures.url.host, futures.url.path) == ("api-futures.kucoin.com", "/api/v1/orders")
    assert json.loads(futures.content) == {"clientOid": "f1", "side": "sell", "leverage": 3}


def test_a_nested_service_host_is_overridden_by_its_dotted_name(tree: ModuleType) -> None:
    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(tree, server, base_urls={"spot.order": "https://spot.example"})
    client.spot.order.add_order(**SPOT_ORDER)
    client.futures.order.add_order(**FUTURES_ORDER)
    assert [r.url.host for r in server.requests] == ["spot.example", "api-futures.kucoin.com"]
    with pytest.raises(ValueError, match=r"no service 'spot' .*futures.order, spot.order"):
        tree.Client(base_urls={"spot": "https://x.example"})


def test_raw_responses_and_option_copies_reach_nested_services(tree: ModuleType) -> None:
    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(tree, server)
    raw = client.with_raw_response.spot.order.add_order(**SPOT_ORDER)
    assert raw.status_code == 200 and raw.parse().order_id == "o1"
    fast = client.with_options(timeout=2.0)
    assert fast.spot is not client.spot and fast.spot.order._client is fast


def test_operations_fixtures_and_snapshots_are_keyed_by_the_dotted_place(
    tree: ModuleType, tree_root: Path
) -> None:
    table = importlib.import_module("tree_sdk.operations").OPERATIONS
    assert table["spot.order.add_order"].service == "spot.order"
    assert table["futures.order.add_order"].service == "futures.order"
    client = tree.Client("key", "secret", "passphrase")
    for key in table:
        group, service, name = key.split(".")
        assert callable(getattr(getattr(getattr(client, group), service), name))
        assert (tree_root / f"src/tree_sdk/fixtures/{key}.json").is_file()
    assert (tree_root / "api/spot/order.ir.yaml").is_file()
    assert (tree_root / "openapi/futures/order.json").is_file()


def test_the_fake_server_serves_nested_services_each_on_its_own_host(tree: ModuleType) -> None:
    testing = importlib.import_module("tree_sdk.testing")
    with testing.FakeKucoin().client() as client:
        assert client.spot.order.add_order(**SPOT_ORDER) is not None
        assert client.futures.order.add_order(**FUTURES_ORDER) is not None


def test_the_fake_takes_an_operation_as_a_user_writes_it_and_names_the_ones_it_has(
    tree: ModuleType,
) -> None:
    fake = importlib.import_module("tree_sdk.testing").FakeKucoin()
    # Its key, its call, or the end of its key where one operation has it.
    for name in ("spot.order.get_order", "client.spot.order.get_order", "get_order"):
        fake.fail(name, code="400100", msg=f"refused as {name}")
        with fake.client() as client, pytest.raises(tree.KucoinAPIError, match=re.escape(name)):
            client.spot.order.get_order(order_id="o1")
        fake.reset(name)
    # `add_order` is on both pages: the fake names them rather than pick one.
    with pytest.raises(KeyError, match=re.escape("futures.order.add_order, spot.order.add_order")):
        fake.fail("add_order")
    with pytest.raises(KeyError, match=re.escape("did you mean spot.order.add_order")):
        fake.fail("spot.order.add_ordr")


def test_the_tree_package_passes_its_own_tests_and_readme(
    tree: ModuleType, tree_root: Path
) -> None:
    readme = (tree_root / "README.md").read_text(encoding="utf-8")
    assert "client.spot.order.add_order(" in readme
    # Each service's documentation by its API and group: "orders" alone is both pages.
    assert "| `client.spot.order` | spot orders | `https://api.kucoin.com` |" in readme
    assert "| `client.futures.order` | futures orders |" in readme
    assert "### `client.futures.order`: futures orders\n" in readme
    assert '(`base_urls={"spot.order": ...}`)' in readme
    assert run_readme_examples(tree_root / "README.md", "tree_sdk") > 0
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=tree_root,
        env={"PYTHONPATH": str(tree_root / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _tree_copy(tmp_path: Path, old: str, new: str) -> Path:
    for folder in ("compose", "tree"):
        shutil.copytree(DATA / folder, tmp_path / folder)
    config = tmp_path / "tree" / TREE.name
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")
    return config


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  spot:\n    base_url",
            "  spot:\n    page: ../compose/spot-orders.md\n    base_url",
            "services.spot: a group holds `services` (and their `base_url`), not a page",
        ),
        (
            "      order:\n        page: ../compose/spot",
            "      Order:\n        page: ../compose/spot",
            "services.spot.services.Order: 'Order' is not a lower-case identifier",
        ),
        (
            "      order:\n        page: ../compose/futures",
            "      client:\n        page: ../compose/futures",
            "services.futures.services.client: 'client' is taken by the client or the package",
        ),
        (
            "    services:\n      order:\n        page: ../compose/futures-orders.md",
            "    services: {}",
            "services.futures.services: must list at least one page",
        ),
    ],
)
def test_a_bad_group_is_an_error_at_its_key(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    config = _tree_copy(tmp_path, old, new)
    result = run_in_process(["generate", str(config), "--out", "out"], cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert f"{config}:" in result.stderr and message in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_a_service_listed_twice_in_one_group_is_an_error_at_the_second(tmp_path: Path) -> None:
    config = _tree_copy(
        tmp_path,
        "      order:\n        page: ../compose/futures-orders.md",
        "      order:\n        page: ../compose/futures-orders.md\n      order:\n"
        "        page: ../compose/spot-orders.md",
    )
    lines = config.read_text(encoding="utf-8").splitlines()
    second = [n + 1 for n, line in enumerate(lines) if line == "      order:"][-1]
    result = run_in_process(["generate", str(config), "--out", "out"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"{config}:{second}: error: services.futures.order: listed")

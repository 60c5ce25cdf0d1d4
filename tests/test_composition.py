"""One package from several pages (tests/data/compose/trading.yaml): each page a service of
the client with its own host, models and enums; enums identical on both pages shared; one
fake server for every operation; names that do not depend on which other pages are there.

The two test pages collide on purpose: both have `POST /api/v1/orders` (spot on the main host,
futures on the futures host), both define `AddOrderRequest` and `Type` with other fields and
values, and both define the very same `MarginMode`.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.cli import main
from generator.config import load_config
from generator.read.parse import parse_file
from generator.sdk.compose import PageInput, build_package_plan
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO
from tests.support.projects import imported
from tests.support.readme_examples import run_readme_examples
from tests.support.seed_sdk import Server, make_client, ok

COMPOSE = REPO / "tests" / "data" / "compose"
CONFIG = COMPOSE / "trading.yaml"
QUOTED = REPO / "tests" / "data" / "quoted" / "quoted.yaml"
SPOT_HOST = "api.kucoin.com"
FUTURES_HOST = "api-futures.kucoin.com"
SPOT_ORDER = {"client_oid": "s1", "side": "buy", "type": "limit"}
FUTURES_ORDER = {"client_oid": "f1", "side": "sell", "leverage": 3}


@pytest.fixture(scope="module")
def trading_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("trading") / "project"
    assert main(["generate", str(CONFIG), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def trading(trading_root: Path) -> Iterator[ModuleType]:
    with imported(trading_root, "trading_sdk", "testing", "operations") as package:
        yield package


def test_the_same_method_and_path_on_two_services_goes_to_each_services_host(
    trading: ModuleType,
) -> None:
    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(trading, server)
    client.spot.add_order(**SPOT_ORDER)
    client.futures.add_order(**FUTURES_ORDER)
    spot, futures = server.requests
    assert (spot.url.host, spot.method, spot.url.path) == (SPOT_HOST, "POST", "/api/v1/orders")
    assert (futures.url.host, futures.url.path) == (FUTURES_HOST, "/api/v1/orders")
    assert json.loads(spot.content) == {"clientOid": "s1", "side": "buy", "type": "limit"}
    assert json.loads(futures.content) == {"clientOid": "f1", "side": "sell", "leverage": 3}


def test_a_user_overrides_one_service_host_or_every_host(trading: ModuleType) -> None:
    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(trading, server, base_urls={"spot": "https://spot.example"})
    client.spot.add_order(**SPOT_ORDER)
    client.futures.add_order(**FUTURES_ORDER)
    assert [r.url.host for r in server.requests] == ["spot.example", FUTURES_HOST]

    server = Server(ok({"orderId": "o1", "clientOid": "c1"}))
    client, _ = make_client(trading, server, base_url="https://proxy.example")
    client.spot.add_order(**SPOT_ORDER)
    client.futures.add_order(**FUTURES_ORDER)
    assert [r.url.host for r in server.requests] == ["proxy.example", "proxy.example"]


def test_an_unknown_service_in_base_urls_is_an_error_that_lists_the_services(
    trading: ModuleType,
) -> None:
    with pytest.raises(ValueError, match=r"no service 'margin' .*futures, spot"):
        trading.Client(base_urls={"margin": "https://x.example"})


def test_each_service_keeps_its_own_models_and_enums_of_one_name(trading: ModuleType) -> None:
    spot = importlib.import_module("trading_sdk.spot.models")
    futures = importlib.import_module("trading_sdk.futures.models")
    assert spot.AddOrderRequest is not futures.AddOrderRequest
    assert "funds" in spot.AddOrderRequest.model_fields
    assert "leverage" in futures.AddOrderRequest.model_fields
    spot_enums = importlib.import_module("trading_sdk.spot.enums")
    futures_enums = importlib.import_module("trading_sdk.futures.enums")
    assert [m.value for m in spot_enums.Type] == ["limit", "market", "stop_limit"]
    assert [m.value for m in futures_enums.Type] == ["limit", "market"]


def test_an_enum_identical_on_both_pages_is_one_class(trading: ModuleType) -> None:
    spot_enums = importlib.import_module("trading_sdk.spot.enums")
    futures_enums = importlib.import_module("trading_sdk.futures.enums")
    assert spot_enums.MarginMode is futures_enums.MarginMode
    assert spot_enums.MarginMode.__module__ == "trading_sdk._enums"
    assert "MarginMode" in spot_enums.__all__


def test_operations_lists_every_operation_with_its_service_and_method(
    trading: ModuleType,
) -> None:
    table = sys.modules["trading_sdk.operations"].OPERATIONS
    pairs = {key: (op.service, op.name) for key, op in table.items()}
    assert pairs["spot.add_order"] == ("spot", "add_order")
    assert pairs["futures.add_order"] == ("futures", "add_order")
    client = trading.Client("key", "secret", "passphrase")
    for key, (service, name) in pairs.items():
        assert key == f"{service}.{name}"
        assert callable(getattr(getattr(client, service), name))


def test_a_one_page_package_lists_its_operations_with_no_service(sdk: ModuleType) -> None:
    table = importlib.import_module(f"{sdk.__name__}.operations").OPERATIONS
    assert table and all(op.service is None and key == op.name for key, op in table.items())


def test_one_fake_server_serves_both_services_each_on_its_own_host(
    trading: ModuleType,
) -> None:
    fake = sys.modules["trading_sdk.testing"].FakeKucoin()
    client = fake.client()
    client.spot.add_order(**SPOT_ORDER)
    client.futures.add_order(**FUTURES_ORDER)
    assert [call.operation for call in fake.calls] == ["spot.add_order", "futures.add_order"]
    fake.fail("futures.add_order", code="300000", msg="futures only")
    client.spot.add_order(**SPOT_ORDER)
    with pytest.raises(trading.KucoinAPIError, match="futures only"):
        client.futures.add_order(**FUTURES_ORDER)


def test_the_fake_server_checks_each_request_against_its_own_service(
    trading: ModuleType,
) -> None:
    """`leverage` is required on the futures page and unknown on the spot page."""
    fake = sys.modules["trading_sdk.testing"].FakeKucoin(require_signature=False)
    body = {"clientOid": "x", "side": "buy", "type": "limit"}
    with httpx.Client(transport=fake.transport()) as http:
        spot = http.post(f"https://{SPOT_HOST}/api/v1/orders", json=body)
        futures = http.post(f"https://{FUTURES_HOST}/api/v1/orders", json=body)
    assert spot.json()["code"] == "200000", spot.text
    assert futures.json()["code"] != "200000"
    assert "leverage" in futures.json()["msg"]


def test_names_do_not_depend_on_the_other_pages_of_the_package() -> None:
    config = load_config(CONFIG)
    pages = {
        source.name: PageInput(source.name, parse_file(source.page).api, config)
        for source in config.services
    }
    both = build_package_plan(config, list(pages.values()))
    for name, page in pages.items():
        alone = build_package_plan(config, [page])
        (service,) = alone.services
        (together,) = [s for s in both.services if s.layout.attribute == name]
        assert [m.name for m in service.models] == [m.name for m in together.models]
        assert [e.name for e in service.enums] == [e.name for e in together.enums]
        assert [o.name for o in service.operations] == [o.name for o in together.operations]


LAZY_PROBE = """
import sys
import httpx
from trading_sdk import Client

def loaded():
    return sorted(m for m in sys.modules if m.startswith("trading_sdk.") and
                  m.split(".")[1] in ("spot", "futures"))

client = Client("k", "s", "p", transport=httpx.MockTransport(
    lambda r: httpx.Response(200, json={"code": "200000", "data": None})))
print(loaded())
client.spot.add_order(client_oid="c", side="buy", type="limit")
print(loaded())
"""


def test_creating_a_client_loads_no_service_and_a_call_loads_only_its_own(
    trading_root: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE],
        env={"PYTHONPATH": str(trading_root / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert "'trading_sdk.spot.models'" in after
    assert "futures" not in after


# --- release across pages ---------------------------------------------------------------------

NEW_TYPE = '''        "limit",
        "market",
        "stop"
      ],
      "description": "Order type"'''
OLD_TYPE = NEW_TYPE.replace(',\n        "stop"', "")


def _copy_composition(folder: Path) -> Path:
    shutil.copytree(COMPOSE, folder)
    return folder / CONFIG.name


def _add_futures_order_type(folder: Path) -> None:
    page = folder / "futures-orders.md"
    text = page.read_text(encoding="utf-8")
    assert text.count(OLD_TYPE) == 1
    page.write_text(text.replace(OLD_TYPE, NEW_TYPE), encoding="utf-8")


def _version(out: Path) -> str:
    return str(tomllib.loads((out / "pyproject.toml").read_text())["project"]["version"])


def test_a_change_on_one_page_is_a_release_of_the_package_grouped_by_service(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _copy_composition(tmp_path / "spec")
    out = tmp_path / "out"
    assert main(["generate", str(config), "--out", str(out)]) == 0
    assert _version(out) == "1.0.0"
    _add_futures_order_type(tmp_path / "spec")

    capsys.readouterr()
    assert main(["check", str(config), "--out", str(out)]) == 1
    assert "has drifted" in capsys.readouterr().err

    assert main(["generate", str(config), "--out", str(out)]) == 0
    assert _version(out) == "1.1.0"
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog.split("## 1.1.0", 1)[1].split("\n## ", 1)[0]
    assert "### `futures`" in entry and "`spot`" not in entry
    assert 'enum value "stop" added' in entry
    assert main(["check", str(config), "--out", str(out)]) == 0


def test_a_page_removed_from_the_package_is_a_breaking_release(tmp_path: Path) -> None:
    config = _copy_composition(tmp_path / "spec")
    out = tmp_path / "out"
    assert main(["generate", str(config), "--out", str(out)]) == 0
    text = config.read_text(encoding="utf-8")
    config.write_text(text.split("  futures:")[0], encoding="utf-8")
    assert main(["generate", str(config), "--out", str(out)]) == 0
    assert _version(out) == "2.0.0"
    entry = (out / "CHANGELOG.md").read_text(encoding="utf-8").split("## 1.0.0")[0]
    assert "### `futures`" in entry and "removed" in entry
    assert not (out / "src" / "trading_sdk" / "futures").exists()


def test_diff_compares_two_compositions_service_by_service(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _copy_composition(tmp_path / "old")
    new = _copy_composition(tmp_path / "new")
    _add_futures_order_type(tmp_path / "new")
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    report = capsys.readouterr().out
    assert "Version bump: **minor**" in report
    assert "## `futures`" in report and "## `spot`" not in report
    assert main(["diff", "--json", str(old), str(new)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["level"] == "minor"
    assert list(document["services"]) == ["spot", "futures"]
    assert document["services"]["spot"]["changes"] == []


def test_diff_base_compares_a_composition_with_its_pages_at_a_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _copy_composition(tmp_path / "spec")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(tmp_path)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "pages"], check=True)
    _add_futures_order_type(tmp_path / "spec")
    (tmp_path / "spec" / "spot-orders.md").unlink()
    config.write_text(
        config.read_text().split("  spot:")[0] + "  futures:\n    page: futures-orders.md\n"
    )
    capsys.readouterr()
    assert main(["diff", "--base", "HEAD", str(config)]) == 1
    report = capsys.readouterr().out
    assert "Version bump: **major**" in report
    assert "## `futures`" in report and "## `spot`" in report
    assert main(["diff", "--base", "no-such-rev", str(config)]) == 2


def test_a_page_group_with_triple_quotes_generates_a_service_that_imports(
    tmp_path: Path,
) -> None:
    # The group names the service in docstrings; unescaped, its `"""` ended one early.
    out = tmp_path / "project"
    assert main(["generate", str(QUOTED), "--out", str(out)]) == 0
    sys.path.insert(0, str(out / "src"))
    try:
        package = importlib.import_module("quoted_sdk")
        service = package.Client("k", "s", "p").quoted
        module = importlib.import_module("quoted_sdk.quoted.async_client")
    finally:
        sys.path.remove(str(out / "src"))
    group = 'orders """and quotes""" \\ too'
    assert group in (type(service).__doc__ or "")
    assert group in (module.__doc__ or "")
    assert group in (importlib.import_module("quoted_sdk.quoted").__doc__ or "")


def test_every_example_of_the_generated_readme_runs(
    trading: ModuleType, trading_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = run_readme_examples(trading_root / "README.md", "trading_sdk")
    assert count >= 10


def test_a_page_without_a_config_takes_the_package_host_not_sdkgen_default(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "spec"
    _copy_composition(folder)
    (folder / "spot.yaml").write_text(
        "extends: sdkgen:defaults\n"
        "api: {base_url: 'https://api.kucoin.com'}\n"
        "package: {name: spot_sdk, distribution: spot-sdk, version: 1.0.0, summary: Spot.}\n"
        "services:\n  spot: {page: spot-orders.md}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["generate", str(folder / "spot.yaml"), "--out", str(out)]) == 0
    settings = (out / "src" / "spot_sdk" / "_settings.py").read_text(encoding="utf-8")
    assert "SERVICE_BASE_URLS" in settings
    hosts = settings.split("SERVICE_BASE_URLS", 1)[1].split("}", 1)[0]
    assert "https://api.kucoin.com" in hosts and "api-futures" not in hosts


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("fields", "fields:\n  clientOid: {max_length: 5}\n"),
        (
            "operations",
            "operations:\n  add_order: {rules: [{when: {type: limit}, require: [funds]}]}\n",
        ),
    ],
)
def test_page_facts_in_a_composition_config_are_an_error_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, text: str
) -> None:
    config = _copy_composition(tmp_path / "spec")
    before = config.read_text(encoding="utf-8")
    config.write_text(before + text, encoding="utf-8")
    capsys.readouterr()
    assert main(["generate", str(config), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    line = before.count("\n") + 1  # the key's own line
    assert error.startswith(f"{config}:{line}: error: {key}: belongs in the config of the page")
    assert not (tmp_path / "out").exists()


def test_two_services_whose_classes_would_share_a_name_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "spec"
    config = _copy_composition(folder)
    text = config.read_text(encoding="utf-8")
    text = text.replace("  spot:\n", "  spot_x:\n").replace("  futures:\n", "  spot__x:\n")
    config.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["generate", str(config), "--out", str(tmp_path / "out")]) == 2
    line = text.splitlines().index("  spot__x:") + 1
    assert capsys.readouterr().err == (
        f"{config}:{line}: error: the services 'spot_x' and 'spot__x' would share the class "
        "name SpotXService; rename one\n"
    )


def test_each_service_is_served_by_the_class_the_shared_name_check_compares(
    trading: ModuleType,
) -> None:
    from generator.naming import service_class_name

    for service in ("spot", "futures"):
        module = importlib.import_module(f"trading_sdk.{service}.client")
        assert isinstance(getattr(module, service_class_name(service)), type)


def test_a_service_listed_twice_in_a_composition_config_is_an_error_at_the_second(
    tmp_path: Path,
) -> None:
    """YAML keeps the last of two equal keys: the first service's page was dropped without a
    word."""
    config = _copy_composition(tmp_path / "spec")
    text = config.read_text(encoding="utf-8").replace("  futures:\n", "  spot:\n")
    config.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    first, second = [number + 1 for number, line in enumerate(lines) if line == "  spot:"]
    result = run_in_process(["generate", str(config), "--out", "out"], cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"{config}:{second}: error: services.spot: listed twice (first at line {first}); "
        "YAML would keep only the second and drop a page: give each page its own service "
        "name\n"
    )
    assert not (tmp_path / "out").exists()


def test_two_pages_giving_one_service_name_is_an_error_at_the_second_page(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "spot" / "orders.md", tmp_path / "futures" / "orders.md"
    for page, source in ((first, "spot-orders.md"), (second, "futures-orders.md")):
        page.parent.mkdir()
        shutil.copy(COMPOSE / source, page)
    arguments = ["generate", str(first), str(second), "--package", "x", "--out", "out"]
    result = run_in_process(arguments, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"{second}:1: error: the file name gives the service name 'orders', as {first} does: "
        "each page of a package needs its own; rename one of the files\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_page_whose_file_name_cannot_name_a_service_is_an_error_at_the_page(
    tmp_path: Path,
) -> None:
    page = tmp_path / "class.md"
    shutil.copy(COMPOSE / "spot-orders.md", page)
    arguments = ["generate", str(page), str(COMPOSE / "futures-orders.md"), "--package", "x"]
    result = run_in_process([*arguments, "--out", "out"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"{page}:1: error: the file name gives the service name 'class', which is a Python "
        "keyword; rename it"
    )


def test_a_broken_composition_config_in_spec_is_named_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _copy_composition(tmp_path / "spec")
    config.write_text(config.read_text(encoding="utf-8") + "services: [\n", encoding="utf-8")
    capsys.readouterr()
    assert run_in_process(["check"], cwd=tmp_path).returncode == 2
    # Named at the line where PyYAML finds the list unclosed: the end of the text.
    lines = config.read_text(encoding="utf-8").count("\n")
    assert run_in_process(["check"], cwd=tmp_path).stderr.startswith(
        f"{Path('spec') / CONFIG.name}:{lines + 1}: error: not valid YAML"
    )


def test_a_listed_page_whose_config_names_a_package_is_still_a_target(tmp_path: Path) -> None:
    from generator.targets import project_targets

    spec = tmp_path / "spec"
    config = _copy_composition(spec)
    assert project_targets(spec) == [config]
    (spec / "spot-orders.yaml").write_text(
        "extends: sdkgen:defaults\n"
        "package: {name: spot_only, distribution: spot-only, version: 1.0.0, summary: S.}\n",
        encoding="utf-8",
    )
    assert project_targets(spec) == [config, spec / "spot-orders.md"]


def test_diff_base_reports_a_composition_new_since_the_revision_as_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(tmp_path)]
    subprocess.run([*git, "init", "-q"], check=True)
    (tmp_path / "README").write_text("x\n")
    subprocess.run([*git, "add", "README"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "before the pages"], check=True)
    config = _copy_composition(tmp_path / "spec")
    capsys.readouterr()
    assert main(["diff", "--base", "HEAD", str(config)]) == 0
    report = capsys.readouterr().out
    assert "## `spot`" in report and "## `futures`" in report
    assert "operation added: Add Order (add_order)" in report
    assert main(["diff", "--base=--output=x", str(config)]) == 2


def test_a_package_of_several_pages_is_described_by_all_of_them(tmp_path: Path) -> None:
    """Without a summary in a config, the README and the package's metadata describe every
    page's API, and the README says how to install the package from where it was written."""
    for page in ("spot-orders.md", "futures-orders.md"):
        shutil.copy(COMPOSE / page, tmp_path / page)
    arguments = ["generate", "spot-orders.md", "futures-orders.md", "--package", "orders_sdk"]
    result = run_in_process([*arguments, "--out", "sdk"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = "Typed Python client for the spot and futures APIs."
    readme = (tmp_path / "sdk" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# orders-sdk\n\n{summary}\n\n")
    assert "from the spot and futures API documentation" in readme
    assert "```sh\npip install .\n```" in readme and "./generated" not in readme
    project = tomllib.loads((tmp_path / "sdk" / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["description"] == summary

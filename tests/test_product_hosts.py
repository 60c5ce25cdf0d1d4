"""Every operation of the product (spec/kucoin_sdk.yaml) goes to the host, and with the
method, the live API serves it on: KuCoin's facts (shared/KUCOIN.md, Hosts), restated here.

The facts are by group, page and (method, path), never by a page's bytes, so they hold for
any published version of a page a maintainer copies into spec/.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.read.parse import parse_file
from generator.sdk.compose import build_package_plan
from generator.targets import composition_target
from tests.support.pages import REPO

SPOT_HOST = "https://api.kucoin.com"
FUTURES_HOST = "https://api-futures.kucoin.com"
BROKER_HOST = "https://api-broker.kucoin.com"

HOST_BY_GROUP = {
    "spot": SPOT_HOST,
    "margin": SPOT_HOST,
    "account": SPOT_HOST,
    "earn": SPOT_HOST,
    "affiliate": SPOT_HOST,
    "viplending": SPOT_HOST,
    "broker": SPOT_HOST,
    "futures": FUTURES_HOST,
    "copytrading": FUTURES_HOST,
}
HOST_BY_PAGE = {"broker-ndbroker.md": BROKER_HOST}

# The account pages' futures operations, as each page writes them: (method, path).
FUTURES_OPERATIONS_OF_ACCOUNT_PAGES = {
    "account-account.md": {
        ("GET", "/api/v1/account-overview"),
        ("GET", "/api/v1/transaction-history"),
    },
    "account-fee.md": {("PATCH", "/api/v1/trade-fees")},
    "account-subaccount.md": {("GET", "/api/v1/account-overview-all")},
    "account-transfer.md": {
        ("GET", "/api/v1/transfer-list"),
        ("POST", "/api/v3/transfer-out"),
        ("POST", "/api/v1/transfer-in"),
    },
}
# Written on its page as PATCH (two operations on one path); the API takes GET.
CORRECTED_METHODS = {("account-fee.md", "PATCH", "/api/v1/trade-fees"): "GET"}


@dataclass(frozen=True)
class Operation:
    page: str
    group: str
    written: tuple[str, str]
    """The method and path as the page writes them."""
    sent: tuple[str, str]
    """The method and path the SDK sends."""
    host: str


@pytest.fixture(scope="module")
def product() -> list[Operation]:
    """Every operation of the product, from spec/ as `make generate` plans it."""
    target = composition_target(REPO / "spec" / "kucoin_sdk.yaml", parse_file)
    pages = {source.name: source.page for source in target.config.services}
    operations = []
    for service in build_package_plan(target.config, target.pages).services:
        page = pages[str(service.layout.attribute)]
        # The page as written, before its config's corrections: operations by summary.
        written = {op.summary: (op.method, op.path) for op in parse_file(page).api.operations}
        group = service.api.title.split()[0]
        for op in service.operations:
            sent = (op.method, op.path)
            host = op.host or service.host
            operations.append(Operation(page.name, group, written[op.summary], sent, host))
    return operations


def _expected_host(op: Operation) -> str:
    if op.written in FUTURES_OPERATIONS_OF_ACCOUNT_PAGES.get(op.page, set()):
        return FUTURES_HOST
    return HOST_BY_PAGE.get(op.page, HOST_BY_GROUP[op.group])


def test_every_operation_goes_to_the_host_the_live_api_serves_it_on(
    product: list[Operation],
) -> None:
    wrong = [
        f"{op.page} {op.written}: {op.host}, not {_expected_host(op)}"
        for op in product
        if op.host != _expected_host(op)
    ]
    assert wrong == []
    # Every page spec/ holds is in the product, the account pages among them.
    pages = {op.page for op in product}
    assert set(FUTURES_OPERATIONS_OF_ACCOUNT_PAGES) <= pages
    assert {path.name for path in (REPO / "spec").glob("*.md")} == pages


def test_every_operation_is_sent_with_the_method_the_live_api_takes(
    product: list[Operation],
) -> None:
    for op in product:
        method = CORRECTED_METHODS.get((op.page, *op.written), op.written[0])
        assert op.sent == (method, op.written[1]), op
    assert all(any((op.page, *op.written) == fact for op in product) for fact in CORRECTED_METHODS)

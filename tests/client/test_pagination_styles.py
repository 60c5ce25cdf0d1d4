"""The iter_ twins of every pagination style, walked against the package's own fake server.

The page tests/data/edge/paging.md has a list operation for each way KuCoin pages (the
built-in styles of generator/defaults.yaml): currentPage, pageNum, a cursor the data
carries (lastId), a cursor from the last item of a data that is the list itself, and an
offset with hasMore; and two lists no style fits (an offset with no item field to take it
from, a time window), which get no twin.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from generator.config import load_config, package_for
from generator.diagnostics import SourceLocation
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.generate import generate_files
from tests.support.pages import REPO
from tests.support.projects import imported

PAGE = REPO / "tests" / "data" / "edge" / "paging.md"


@pytest.fixture(scope="module")
def paging(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("paging") / "project"
    api = parse_file(PAGE).api
    config = load_config(PAGE.with_suffix(".yaml"))
    title = SourceLocation(str(PAGE), 1)
    config = replace(config, package=package_for(config, api.title, api.version, None, title))
    write_tree(out, generate_files(api, config))
    with imported(out, "edge_paging", "testing") as module:
        yield module


def sent(fake: Any, name: str) -> list[str | None]:
    """The value of query parameter `name` in each request the fake received."""
    return [call.request.url.params.get(name) for call in fake.calls]


def order(order_id: str) -> dict[str, Any]:
    return {"id": order_id}


def page_of(items: list[dict[str, Any]], page: int, total: int) -> dict[str, Any]:
    return {"currentPage": page, "pageSize": 2, "totalNum": 5, "totalPage": total, "items": items}


def test_every_style_the_page_carries_gets_a_twin_and_no_other_list_does(paging: Any) -> None:
    twins = sorted(name for name in dir(paging.Client) if name.startswith("iter_"))
    assert twins == [
        "iter_get_closed_orders",
        "iter_get_funding_history",
        "iter_get_ledgers",
        "iter_get_open_orders",
        "iter_get_order_list",
    ]
    assert sorted(name for name in dir(paging.AsyncClient) if name.startswith("iter_")) == twins


def test_a_page_number_twin_walks_to_the_total_page(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    pages = [[order("a"), order("b")], [order("c"), order("d")], [order("e")]]
    fake.respond_pages("get_order_list", [page_of(p, n, 3) for n, p in enumerate(pages, 1)])
    with fake.client() as client:
        items = list(client.iter_get_order_list(status="done", page_size=2))
    assert [item.id for item in items] == ["a", "b", "c", "d", "e"]
    assert sent(fake, "currentPage") == ["1", "2", "3"]
    assert sent(fake, "status") == ["done"] * 3 and sent(fake, "pageSize") == ["2"] * 3


def test_a_page_num_twin_walks_every_page_sync_and_async(paging: Any) -> None:
    pages = [page_of([order("a")], 1, 2), page_of([order("b")], 2, 2)]
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_open_orders", pages)
    with fake.client() as client:
        assert [item.id for item in client.iter_get_open_orders(symbol="BTC-USDT")] == ["a", "b"]
    assert sent(fake, "pageNum") == ["1", "2"]

    async_fake = paging.testing.FakeKucoin()
    async_fake.respond_pages("get_open_orders", pages)

    async def walk() -> list[str]:
        async with async_fake.async_client() as client:
            return [item.id async for item in client.iter_get_open_orders(symbol="BTC-USDT")]

    assert asyncio.run(walk()) == ["a", "b"]
    assert sent(async_fake, "pageNum") == ["1", "2"]
    assert sent(async_fake, "symbol") == ["BTC-USDT", "BTC-USDT"]


def test_a_cursor_in_the_data_is_sent_for_the_next_page_until_an_empty_one(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages(
        "get_closed_orders",
        [
            {"lastId": 70, "items": [order("a"), order("b")]},
            {"lastId": 50, "items": [order("c")]},
            {"lastId": 40, "items": []},
        ],
    )
    with fake.client() as client:
        items = [item.id for item in client.iter_get_closed_orders(symbol="BTC-USDT")]
    assert items == ["a", "b", "c"]
    assert sent(fake, "lastId") == [None, "70", "50"]
    assert sent(fake, "symbol") == ["BTC-USDT"] * 3


def test_a_cursor_walk_starts_at_the_cursor_given(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_closed_orders", [{"lastId": 1, "items": []}])
    with fake.client() as client:
        assert list(client.iter_get_closed_orders(symbol="BTC-USDT", last_id=99)) == []
    assert sent(fake, "lastId") == ["99"]


def test_a_cursor_from_the_last_item_stops_at_a_page_shorter_than_the_limit(
    paging: Any,
) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_ledgers", [[{"id": 9}, {"id": 8}], [{"id": 7}], [{"id": 6}]])
    with fake.client() as client:
        assert [item.id for item in client.iter_get_ledgers(limit=2)] == [9, 8, 7]
    assert sent(fake, "lastId") == [None, "8"]
    assert sent(fake, "limit") == ["2", "2"]


def test_a_cursor_from_the_last_item_without_a_limit_stops_at_an_empty_page(
    paging: Any,
) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_ledgers", [[{"id": 9}], [{"id": 8}], []])
    with fake.client() as client:
        assert [item.id for item in client.iter_get_ledgers(currency="USDT")] == [9, 8]
    assert sent(fake, "lastId") == [None, "9", "8"]


def test_an_offset_walk_stops_when_has_more_is_false(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages(
        "get_funding_history",
        [
            {"dataList": [{"id": 3}, {"id": 2}], "hasMore": True},
            {"dataList": [{"id": 1}], "hasMore": False},
            {"dataList": [{"id": 0}], "hasMore": True},
        ],
    )
    with fake.client() as client:
        items = [item.id for item in client.iter_get_funding_history(symbol="XBTUSDTM")]
    assert items == [3, 2, 1]
    assert sent(fake, "offset") == [None, "2"]


def test_a_cursor_the_server_repeats_ends_the_walk_with_a_warning(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    # The fake answers its last page again and again: lastId 50 for ever.
    fake.respond_pages(
        "get_closed_orders",
        [{"lastId": 50, "items": [order("a")]}, {"lastId": 50, "items": [order("b")]}],
    )
    with fake.client() as client, pytest.warns(RuntimeWarning, match="50"):
        items = [item.id for item in client.iter_get_closed_orders(symbol="BTC-USDT")]
    assert items == ["a", "b"]
    assert sent(fake, "lastId") == [None, "50"]


def test_a_cursor_that_comes_round_again_ends_the_async_walk(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages(
        "get_ledgers",
        [[{"id": 9}], [{"id": 8}], [{"id": 9}], [{"id": 8}]],
    )

    async def walk() -> list[int]:
        async with fake.async_client() as client:
            return [item.id async for item in client.iter_get_ledgers()]

    with pytest.warns(RuntimeWarning, match="get_ledgers"):
        assert asyncio.run(walk()) == [9, 8, 9]
    assert sent(fake, "lastId") == [None, "9", "8"]


def test_a_walk_asks_for_no_page_before_its_first_item_is_wanted(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_order_list", [page_of([order("a")], 1, 1)])
    with fake.client() as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        walk = client.iter_get_order_list()
        assert fake.calls == []
        assert [item.id for item in walk] == ["a"]
    assert len(fake.calls) == 1


@pytest.mark.parametrize("is_async", [False, True])
def test_every_twin_walks_the_fakes_fixture_as_one_page(paging: Any, is_async: bool) -> None:
    fake = paging.testing.FakeKucoin()
    calls = {
        "iter_get_order_list": {},
        "iter_get_open_orders": {"symbol": "BTC-USDT"},
        "iter_get_closed_orders": {"symbol": "BTC-USDT"},
        "iter_get_ledgers": {},
        "iter_get_funding_history": {"symbol": "XBTUSDTM"},
    }

    async def walk_async(name: str, arguments: dict[str, Any]) -> list[Any]:
        async with fake.async_client() as client:
            return [item async for item in getattr(client, name)(**arguments)]

    def walk(name: str, arguments: dict[str, Any]) -> list[Any]:
        if is_async:
            return asyncio.run(walk_async(name, arguments))
        with fake.client() as client:
            return list(getattr(client, name)(**arguments))

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name, arguments in calls.items():
            fixture = paging.testing.load_fixture(name.removeprefix("iter_"))
            data = fixture["response"]["data"]
            expected = data if isinstance(data, list) else data.get("items", data.get("dataList"))
            assert len(walk(name, arguments)) == len(expected), name


def test_the_fake_answers_its_fixture_again_once_reset(paging: Any) -> None:
    fake = paging.testing.FakeKucoin()
    fake.respond_pages("get_order_list", [page_of([order("a")], 1, 1)])
    fake.reset("get_order_list")
    with fake.client() as client:
        data = client.get_order_list()
    assert data == paging.models.GetOrderListData.model_validate(
        paging.testing.load_fixture("get_order_list")["response"]["data"]
    )

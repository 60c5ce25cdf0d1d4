"""The iter_ twins of paginated list operations."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic

from tests.support.seed_sdk import (
    SUCCESS,
    Reply,
    Server,
    assert_signed,
    make_async_client,
    make_client,
)


def paged_orders(pages: dict[int, list[str]], total_page: int | None) -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["currentPage"])
        items = [{"id": order_id, "symbol": "XBTUSDTM"} for order_id in pages.get(page, [])]
        data = {
            "currentPage": page,
            "pageSize": 2,
            "totalNum": 5,
            "totalPage": total_page,
            "items": items,
        }
        return httpx.Response(200, json={"code": SUCCESS, "data": data})

    return reply


THREE_PAGES = {1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}


def test_iter_get_order_list_walks_every_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    items = list(client.iter_get_order_list(status="done", page_size=2))
    assert [item.id for item in items] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(item, pydantic.BaseModel) for item in items)
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2", "3"]
    for request in server.requests:
        assert request.url.params["status"] == "done"
        assert request.url.params["pageSize"] == "2"
        assert_signed(request)


def test_iter_get_order_list_is_lazy(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    iterator: Iterator[Any] = client.iter_get_order_list()
    assert server.requests == []
    assert next(iterator).id == "a"
    assert len(server.requests) == 1


def test_iter_get_order_list_stops_at_an_empty_page(sdk: Any) -> None:
    server = Server(paged_orders({1: ["a", "b"], 2: [], 3: ["never"]}, total_page=9))
    client, _ = make_client(sdk, server)
    assert [item.id for item in client.iter_get_order_list()] == ["a", "b"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2"]


def test_iter_get_order_list_starts_at_the_given_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    assert [item.id for item in client.iter_get_order_list(current_page=2)] == ["c", "d", "e"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["2", "3"]


def test_async_iter_get_order_list_walks_every_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))

    async def run() -> list[str]:
        client, _ = make_async_client(sdk, server)
        async with client:
            return [item.id async for item in client.iter_get_order_list()]

    assert asyncio.run(run()) == ["a", "b", "c", "d", "e"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2", "3"]


def test_async_iter_get_order_list_stops_at_an_empty_page(sdk: Any) -> None:
    server = Server(paged_orders({1: ["a"], 2: []}, total_page=50))

    async def run() -> list[str]:
        client, _ = make_async_client(sdk, server)
        async with client:
            return [item.id async for item in client.iter_get_order_list()]

    assert asyncio.run(run()) == ["a"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2"]

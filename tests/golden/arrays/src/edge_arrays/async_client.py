"""Asynchronous client for edge-arrays: one method per operation of the documentation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from edge_arrays._client import AsyncClientBase
from edge_arrays._response import async_raw_response_wrapper
from edge_arrays.operations import OPERATIONS

if TYPE_CHECKING:
    from edge_arrays.models import (
        AddComboData,
        AddComboGroup,
        BatchAddWidgetsData,
        BatchAddWidgetsItem,
    )


class AsyncClient(AsyncClientBase):
    """Asynchronous edge-arrays client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

    Options: `base_url` (default https://api.kucoin.com), `timeout` (seconds per attempt,
    connect to last byte), `total_timeout` (seconds per call, retries included),
    `max_retries`, `max_retry_wait`, `max_response_bytes` (the largest answer read),
    `headers` (sent with every request), `allow_insecure_http` and `transport`.
    `with_options(...)` gives a copy with other options for some calls;
    `with_raw_response.<operation>(...)` returns a call's HTTP response with its data.

    Reads (GET) are retried on timeouts, dropped connections and server errors, with
    exponential backoff and jitter. Any other request (placing, cancelling an order) is
    retried only when it surely did not take effect: the connection never opened, or the
    server refused it before acting (a rate limit, a rejected timestamp). A request that may
    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never
    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.

    With credentials, every host must be https:// (localhost included) unless
    `allow_insecure_http=True`: the key and signatures would travel in clear text.
    """

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncClientWithRawResponse(self)

    async def batch_add_widgets(
        self,
        items: Sequence[BatchAddWidgetsItem | Mapping[str, Any]],
    ) -> list[BatchAddWidgetsData] | None:
        """Batch Add Widgets.

        `POST /api/v1/widgets/batch`

        Add several widgets at once: the body is a list of widgets.
        """
        return cast(
            "list[BatchAddWidgetsData] | None",
            await self.call(
                OPERATIONS["batch_add_widgets"],
                items=items,
            ),
        )

    async def add_combo(
        self,
        *,
        client_oid: str,
        groups: list[AddComboGroup],
    ) -> AddComboData | None:
        """Add Combo.

        `POST /api/v1/combos`

        Place a combo order: groups of legs, each group a list of legs.

        Args:
            client_oid: Unique id created by the user
            groups: Leg groups
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "groups": groups,
        }
        return cast(
            "AddComboData | None",
            await self.call(
                OPERATIONS["add_combo"],
                _arguments,
            ),
        )

    async def get_widget_names(
        self,
    ) -> list[str] | None:
        """Get Widget Names.

        `GET /api/v1/widgets/names`

        The names of every widget.
        """
        return cast(
            "list[str] | None",
            await self.call(
                OPERATIONS["get_widget_names"],
            ),
        )


class AsyncClientWithRawResponse:
    """The operations of a AsyncClient, each returning its call's RawResponse."""

    def __init__(self, client: AsyncClient) -> None:
        self.batch_add_widgets = async_raw_response_wrapper(client.batch_add_widgets)
        self.add_combo = async_raw_response_wrapper(client.add_combo)
        self.get_widget_names = async_raw_response_wrapper(client.get_widget_names)

"""Synchronous client for edge-paths: one method per operation of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from edge_paths._client import SyncClientBase
from edge_paths._response import raw_response_wrapper
from edge_paths.operations import OPERATIONS

if TYPE_CHECKING:
    from edge_paths.models import (
        GetThingPartData,
    )


class Client(SyncClientBase):
    """Synchronous edge-paths client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `close()`.

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
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return ClientWithRawResponse(self)

    def get_thing_part(
        self,
        *,
        thing_id: str,
        part_id: int,
        with_history: bool | None = None,
    ) -> GetThingPartData | None:
        """Get Thing Part.

        `GET /api/v1/things/{thing-id}/parts/{part-id}`

        One part of a thing.

        Args:
            thing_id: Thing id
            part_id: Part number
            with_history: Include the part's history
        """
        _arguments: dict[str, Any] = {
            "thing_id": thing_id,
            "part_id": part_id,
            "with_history": with_history,
        }
        return cast(
            "GetThingPartData | None",
            self.call(
                OPERATIONS["get_thing_part"],
                _arguments,
            ),
        )

    def delete_thing_part(
        self,
        *,
        thing_id: str,
        part_id: int,
    ) -> bool | None:
        """Delete Thing Part.

        `DELETE /api/v1/things/{thing-id}/parts/{part-id}`

        Remove a part from a thing.

        Args:
            thing_id: Thing id
            part_id: Part number
        """
        _arguments: dict[str, Any] = {
            "thing_id": thing_id,
            "part_id": part_id,
        }
        return cast(
            "bool | None",
            self.call(
                OPERATIONS["delete_thing_part"],
                _arguments,
            ),
        )

    def rename_thing(
        self,
        *,
        thing_id: str,
        name: str,
        labels: list[str] | None = None,
    ) -> str | None:
        """Rename Thing.

        `PUT /api/v1/things/{thing-id}`

        Give a thing a new name.

        Args:
            thing_id: Thing id
            name: New name
            labels: Labels to set
        """
        _arguments: dict[str, Any] = {
            "thing_id": thing_id,
            "name": name,
            "labels": labels,
        }
        return cast(
            "str | None",
            self.call(
                OPERATIONS["rename_thing"],
                _arguments,
            ),
        )


class ClientWithRawResponse:
    """The operations of a Client, each returning its call's RawResponse."""

    def __init__(self, client: Client) -> None:
        self.get_thing_part = raw_response_wrapper(client.get_thing_part)
        self.delete_thing_part = raw_response_wrapper(client.delete_thing_part)
        self.rename_thing = raw_response_wrapper(client.rename_thing)

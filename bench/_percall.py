"""Child process of bench/run.py: the generated client's per-call overhead.

Usage: python bench/_percall.py N REPEATS [--profile FILE]
(run with the product importable: PYTHONPATH=<kucoin_sdk generated from spec/kucoin_sdk.yaml>/src)

Both sides send `GET /api/v1/orders?symbol=XBTUSDTM` to the futures host through the same
httpx.MockTransport, which answers with the futures.order.get_order_list fixture shipped in
the package:

  sdk       client.futures.order.get_order_list(symbol="XBTUSDTM"): argument validation
            (pydantic), signing, send, envelope check, response validated into the
            operation's data model
  baseline  a hand-written httpx.Client call: build the request, add the same five KC-API-*
            headers (same HMAC-SHA256), send, json.loads the body, check the code, return
            `data` as a dict

Prints JSON: µs per call (median over REPEATS loops of N calls, after a warm-up) for sync
and async, and with --profile the top functions of a cProfile of the sync SDK loop.
"""

from __future__ import annotations

import asyncio
import base64
import cProfile
import hashlib
import hmac
import io
import json
import pstats
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

import httpx
from kucoin_sdk import AsyncClient, Client

KEY, SECRET, PASSPHRASE = "bench-key", "bench-secret", "bench-passphrase"
BASE_URL = "https://api-futures.kucoin.com"  # where the SDK sends client.futures's requests
CALL = "client.futures.order.get_order_list"
HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
WARMUP = 100

_fixture = json.loads(
    resources.files("kucoin_sdk")
    .joinpath("fixtures", "futures.order.get_order_list.json")
    .read_text()
)
RESPONSE_BODY = json.dumps(_fixture["response"]).encode()


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=RESPONSE_BODY, headers={"Content-Type": "application/json"})


def _b64_hmac(message: str) -> str:
    return base64.b64encode(
        hmac.new(SECRET.encode(), message.encode(), hashlib.sha256).digest()
    ).decode()


def sign(request: httpx.Request) -> None:
    timestamp = str(int(time.time() * 1000))
    prehash = timestamp + request.method + request.url.raw_path.decode() + request.content.decode()
    request.headers["KC-API-KEY"] = KEY
    request.headers["KC-API-SIGN"] = _b64_hmac(prehash)
    request.headers["KC-API-TIMESTAMP"] = timestamp
    request.headers["KC-API-PASSPHRASE"] = _b64_hmac(PASSPHRASE)
    request.headers["KC-API-KEY-VERSION"] = "3"


def baseline_call(http: httpx.Client) -> Any:
    request = http.build_request("GET", "/api/v1/orders", params={"symbol": "XBTUSDTM"})
    sign(request)
    envelope = json.loads(http.send(request).text)
    if envelope.get("code") != "200000":
        raise RuntimeError(envelope)
    return envelope["data"]


async def async_baseline_call(http: httpx.AsyncClient) -> Any:
    request = http.build_request("GET", "/api/v1/orders", params={"symbol": "XBTUSDTM"})
    sign(request)
    envelope = json.loads((await http.send(request)).text)
    if envelope.get("code") != "200000":
        raise RuntimeError(envelope)
    return envelope["data"]


def per_call_us(loops: dict[str, Any], n: int, repeats: int) -> dict[str, float]:
    """Median µs per call of each loop; the loops take turns so drift hits them alike."""
    samples: dict[str, list[float]] = {name: [] for name in loops}
    for loop in loops.values():
        loop(WARMUP)
    for _ in range(repeats):
        for name, loop in loops.items():
            start = time.perf_counter()
            loop(n)
            samples[name].append((time.perf_counter() - start) / n * 1e6)
    return {f"{name}_us": statistics.median(values) for name, values in samples.items()}


def main() -> None:
    n, repeats = int(sys.argv[1]), int(sys.argv[2])
    profile_file = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--profile" else None
    transport = httpx.MockTransport(handler)

    client = Client(KEY, SECRET, PASSPHRASE, transport=transport)  # each service's own host
    http = httpx.Client(base_url=BASE_URL, transport=transport, headers=HEADERS)
    orders = client.futures.order
    sdk_response = client.with_raw_response.futures.order.get_order_list(symbol="XBTUSDTM")
    assert str(sdk_response.http_response.request.url).startswith(BASE_URL + "/api/v1/orders?")
    sdk_result = sdk_response.parse()
    base_result = baseline_call(http)
    assert sdk_result.items[0].client_oid == base_result["items"][0]["clientOid"]

    def sdk_loop(count: int) -> None:
        for _ in range(count):
            orders.get_order_list(symbol="XBTUSDTM")

    def base_loop(count: int) -> None:
        for _ in range(count):
            baseline_call(http)

    results: dict[str, Any] = {"call": CALL, "n": n, "repeats": repeats}
    results["sync"] = per_call_us({"sdk": sdk_loop, "baseline": base_loop}, n, repeats)

    async def run_async() -> dict[str, float]:
        aclient = AsyncClient(KEY, SECRET, PASSPHRASE, transport=transport)
        ahttp = httpx.AsyncClient(base_url=BASE_URL, transport=transport, headers=HEADERS)
        aorders = aclient.futures.order

        calls: dict[str, Callable[[], Awaitable[object]]] = {
            "sdk": lambda: aorders.get_order_list(symbol="XBTUSDTM"),
            "baseline": lambda: async_baseline_call(ahttp),
        }
        samples: dict[str, list[float]] = {name: [] for name in calls}
        for call in calls.values():
            for _ in range(WARMUP):
                await call()
        for _ in range(repeats):
            for name, call in calls.items():
                start = time.perf_counter()
                for _ in range(n):
                    await call()
                samples[name].append((time.perf_counter() - start) / n * 1e6)
        await aclient.aclose()
        await ahttp.aclose()
        return {f"{name}_us": statistics.median(values) for name, values in samples.items()}

    results["async"] = asyncio.run(run_async())
    for mode in ("sync", "async"):
        entry = results[mode]
        entry["ratio"] = entry["sdk_us"] / entry["baseline_us"]
        entry["overhead_us"] = entry["sdk_us"] - entry["baseline_us"]

    if profile_file:
        profiler = cProfile.Profile()
        profiler.enable()
        sdk_loop(n)
        profiler.disable()
        profiler.dump_stats(profile_file)
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        total = stats.total_tt  # type: ignore[attr-defined]
        rows = []
        for (file, line, name), (_cc, calls, tottime, cumtime, _callers) in sorted(
            stats.stats.items(),  # type: ignore[attr-defined]
            key=lambda item: item[1][3],
            reverse=True,
        )[:15]:
            rows.append(
                {
                    "function": f"{_short(file)}:{line}({name})",
                    "calls_per_request": round(calls / n, 2),
                    "cumulative_us_per_request": round(cumtime / n * 1e6, 1),
                    "own_us_per_request": round(tottime / n * 1e6, 1),
                }
            )
        results["profile"] = {"profiled_us_per_request": total / n * 1e6, "top_cumulative": rows}
    client.close()
    http.close()
    print(json.dumps(results))


def _short(file: str) -> str:
    for marker in ("site-packages/", "/src/"):  # the runtime venv's, the generated package's
        if marker in file:
            return file.split(marker, 1)[1]
    return file


if __name__ == "__main__":
    main()

"""How the suite runs under xdist: the order `make test` hands modules to its workers, and
which process is the controller (tests/conftest.py's hooks call these)."""

from __future__ import annotations

import pytest


def slow_modules_first(items: list[pytest.Item]) -> None:
    """Reorder `items` in place: modules holding a test marked slow first, every module's tests
    kept together and in order. `make test` hands each module whole to one worker, in this
    order (`--dist loadfile --no-loadscope-reorder`, so module fixtures are built once): the
    long modules start first and the short ones even out the end, so the workers finish
    together."""
    slow = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow)  # stable: the rest keep their order


def is_xdist_controller(config: pytest.Config) -> bool:
    """Whether this process only hands tests to xdist workers (and runs none itself)."""
    workers = getattr(config.option, "numprocesses", None)
    return bool(workers) and not hasattr(config, "workerinput")

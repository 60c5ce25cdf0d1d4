"""How the suite runs under xdist (tests/support/run_order.py): modules holding a slow test
first, each whole and in order, so that `make test` starts the long modules first and its
workers finish together; and the controller, which runs no test, told apart (it generates no
seed SDK)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from tests.support.run_order import is_xdist_controller, slow_modules_first


@dataclass
class Item:
    path: Path
    name: str
    slow: bool = False

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name == "slow" and self.slow else None


def test_modules_holding_a_slow_test_run_first_each_whole_and_in_order() -> None:
    a1, a2 = Item(Path("test_a.py"), "a1"), Item(Path("test_a.py"), "a2")
    b1, b2 = Item(Path("test_b.py"), "b1"), Item(Path("test_b.py"), "b2", slow=True)
    c1 = Item(Path("test_c.py"), "c1")
    d1, d2 = Item(Path("test_d.py"), "d1", slow=True), Item(Path("test_d.py"), "d2")
    items = [a1, a2, b1, b2, c1, d1, d2]

    slow_modules_first(cast(list[pytest.Item], items))

    assert [item.name for item in items] == ["b1", "b2", "d1", "d2", "a1", "a2", "c1"]


@pytest.mark.parametrize(
    ("numprocesses", "worker", "controller"),
    [(2, False, True), (2, True, False), (None, False, False), (0, False, False)],
)
def test_only_the_xdist_controller_is_told_apart(
    numprocesses: int | None, worker: bool, controller: bool
) -> None:
    config: Any = SimpleNamespace(option=SimpleNamespace(numprocesses=numprocesses))
    if worker:
        config.workerinput = {"workerid": "gw0"}
    assert is_xdist_controller(config) is controller

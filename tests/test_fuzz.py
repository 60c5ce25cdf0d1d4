"""A short, deterministic run of the page fuzzer: every mutation kind, through the real CLI.

Each case is a real page (tests/data/pages/*.md, tests/data/beyond*/*.md) with one to three
edits of one kind, the generic ones (tests/support/mutations.py) and those aimed at the
constructs beyond KuCoin's pages (tests/support/mutations_beyond.py); the CLI must print a
valid OpenAPI document (exit 0) or one located error line (exit 2), never a traceback or a
hang. A few cases go through `generate` too: an accepted page's package must compile and
import. `make fuzz` (tools/fuzz.py) runs the same mutations 10,000 times.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from tests.support.fuzzing import MUTATIONS, PAGES, mutate, run_case, run_generate_case
from tests.support.mutations import RandomChooser

T = TypeVar("T")

EXAMPLES_PER_KIND = 12
"""16 kinds x 12 = 192 cases: every kind in `make test`; `make fuzz` runs the mutations
10,000 times. The 8 kinds aimed at the beyond pages (small pages, mostly rejected early) take
about 5 s of CPU, the beyond pages' unmutated controls about 1 s more."""


class DataChooser:
    """A `Chooser` drawing from hypothesis, so a failing case shrinks to a small edit."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))

    def choice(self, options: Sequence[T]) -> T:
        if not options:
            raise IndexError("nothing to choose from")
        return self.data.draw(st.sampled_from(options))


# deep_nesting, by far the slowest kind in a full run (12 s against 3 s), is marked slow.
@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(kind, marks=pytest.mark.slow) if kind == "deep_nesting" else kind
        for kind in sorted(MUTATIONS)
    ],
)
@settings(
    max_examples=EXAMPLES_PER_KIND,
    # No shrinking: a case is one to three edits, already printed in the failure message, and
    # shrinking at a quarter of a second per run of the CLI takes minutes.
    phases=[Phase.explicit, Phase.generate],
)
@given(data=st.data())
def test_a_mutated_page_is_accepted_or_rejected_with_one_located_error(
    kind: str, data: st.DataObject
) -> None:
    case = mutate(DataChooser(data), kinds=(kind,))
    outcome = run_case(case.text)
    assert outcome.ok, f"{case.description}\n{outcome.detail}\nstderr: {outcome.stderr}"


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
def test_every_kind_edits_the_pages_it_is_aimed_at(kind: str) -> None:
    """A kind whose target the pages no longer print would pass every run doing nothing."""
    cases = [mutate(RandomChooser(random.Random(f"{kind}:{i}")), (kind,)) for i in range(20)]

    edited = [case for case in cases if case.text != PAGES[case.page]]

    assert len(edited) >= 15, [case.description for case in cases if case not in edited]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_unmutated_page_is_accepted(name: str) -> None:
    """The control: the failures the fuzzer finds come from the edits."""
    outcome = run_case(PAGES[name])
    assert outcome.kind == "accepted", outcome.detail


GENERATE_EXAMPLES = 3
"""Mutated pages through `generate`: an accepted one costs a generation and an import in a
fresh interpreter (about a second), so the suite runs a few and `make fuzz` the rest."""


@settings(max_examples=GENERATE_EXAMPLES, phases=[Phase.explicit, Phase.generate])
@given(data=st.data())
def test_a_mutated_page_generates_an_importable_package_or_one_located_error(
    data: st.DataObject,
) -> None:
    case = mutate(DataChooser(data))
    outcome = run_generate_case(case.text, case.config)
    assert outcome.ok, f"{case.description}\n{outcome.detail}\nstderr: {outcome.stderr}"


def test_an_unmutated_page_generates_a_package_that_compiles_and_imports() -> None:
    """The control for `generate`, on the smallest page."""
    outcome = run_generate_case(PAGES["pages/futures-positions.md"])
    assert outcome.kind == "accepted", outcome.detail

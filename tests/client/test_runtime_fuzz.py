"""A short run of the runtime fuzzer: hostile answers through the seed's client, sync and
async, must end in a result or one of the package's errors, in bounded time and memory.

The cases are those of `tools/fuzz_runtime.py --seed 0` (`make fuzz` runs 10,000): the same
on every run, each re-runnable alone with `--case N`.
"""

from __future__ import annotations

from types import ModuleType

from tests.support.runtime_fuzzing import case_of, run_case

CASES = 200
"""About two seconds; `make fuzz` runs 10,000."""


def test_hostile_answers_end_in_a_result_or_a_package_error(sdk: ModuleType) -> None:
    failures = []
    kinds = set()
    for index in range(CASES):
        case = case_of(0, index, sdk)
        outcome = run_case(case, sdk)
        kinds.add(outcome.kind)
        if not outcome.ok:
            failures.append(f"case {index}:\n{case.description}\n{outcome.detail}")
    assert not failures, "\n\n".join(failures)
    assert kinds == {"returned", "raised"}  # the cases reach both ends

"""The compile check (generator.sdk.syntax) with half the modules compiled in a forked worker
names what it names compiling them all here: the first module in the files' order that does
not compile, or none. `SDKGEN_WORKERS=1` is the serial check the parallel one must equal."""

from __future__ import annotations

import pytest

from generator.sdk.syntax import WORKERS_VARIABLE, GeneratedCodeError, check_python


def compile_error(files: dict[str, str], workers: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The compile check's message with `SDKGEN_WORKERS=workers` ("" if all compile)."""
    monkeypatch.setenv(WORKERS_VARIABLE, workers)
    try:
        check_python(files)
    except GeneratedCodeError as error:
        return str(error)
    return ""


@pytest.mark.parametrize("broken", [(), (1,), (7,), (2, 6), (5, 7)])
def test_the_compile_check_names_the_first_broken_module_in_parallel_as_serially(
    monkeypatch: pytest.MonkeyPatch, broken: tuple[int, ...]
) -> None:
    files = {f"src/m{index}.py": f"x{index} = {index}\n" * (index + 1) for index in range(8)}
    files["README.md"] = "x = = 1\n"  # not Python: never compiled
    for index in broken:
        files[f"src/m{index}.py"] += "1 = x\n"

    serial = compile_error(files, "1", monkeypatch)
    parallel = compile_error(files, "2", monkeypatch)

    assert parallel == serial
    if broken:
        assert serial.startswith(f"src/m{broken[0]}.py: rendered code does not compile")
    else:
        assert serial == ""

"""Formatting: black's output, cached by content so an unchanged file skips black."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

import black
import pytest

from generator.sdk.formatting import FormattingError, _usable_cores, format_files

SOURCE = {"pkg/a.py": "x=( 1,\n2 )\n", "README.md": "not  python\n", "pkg/py.typed": ""}


def test_python_files_are_formatted_and_others_left_alone(tmp_path: Path) -> None:
    assert format_files(SOURCE, tmp_path) == {
        "pkg/a.py": "x = (1, 2)\n",
        "README.md": "not  python\n",
        "pkg/py.typed": "",
    }


def test_an_unchanged_file_is_served_from_the_cache_without_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = format_files(SOURCE, tmp_path)

    def no_black(text: str, *, mode: object) -> str:
        raise AssertionError("black ran on a cached file")

    monkeypatch.setattr(black, "format_str", no_black)
    assert format_files(SOURCE, tmp_path) == first
    with pytest.raises(AssertionError, match="black ran"):
        format_files({"pkg/b.py": "y=2\n"}, tmp_path)


def test_an_unusable_cache_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    assert format_files(SOURCE, blocker / "cache")["pkg/a.py"] == "x = (1, 2)\n"


def test_code_black_accepts_but_python_rejects_is_a_formatting_error(tmp_path: Path) -> None:
    with pytest.raises(FormattingError, match=r"pkg/bad\.py"):
        format_files({"pkg/bad.py": "class A:\n    1 = 'a'\n"}, tmp_path)
    with pytest.raises(FormattingError, match="does not parse"):
        format_files({"pkg/worse.py": "def (:\n"}, tmp_path)


@pytest.mark.skipif(_usable_cores() < 2, reason="worker processes format only on 2+ cores")
def test_a_formatting_process_that_dies_is_a_formatting_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = black.format_str

    def dying_format(text: str, *, mode: object) -> str:
        if "doomed" in text:
            os._exit(9)  # as if killed: no exception travels back
        return real(text, mode=mode)  # type: ignore[arg-type]

    monkeypatch.setattr(black, "format_str", dying_format)
    files = {"pkg/a.py": "x=1\n", "pkg/b.py": "doomed=2\n"}
    with pytest.raises(FormattingError, match="a formatting process died"):
        format_files(files, tmp_path)


def test_results_keep_the_order_of_the_files_given(tmp_path: Path) -> None:
    files = {f"pkg/m{i}.py": f"x{i}=({i},)\n" * (i + 1) for i in range(6)}
    formatted = format_files(files, tmp_path)
    assert list(formatted) == list(files)
    assert formatted["pkg/m2.py"] == "x2 = (2,)\n" * 3


def _format_in_a_daemon(cache: str, results: Any) -> None:
    try:
        files = {f"pkg/m{i}.py": f"x{i}=({i},)\n" for i in range(4)}
        results.put(format_files(files, Path(cache))["pkg/m1.py"])
    except BaseException as error:  # reported to the test, not lost in the child
        results.put(repr(error))


def test_formatting_works_inside_a_daemonic_process(tmp_path: Path) -> None:
    """A daemonic process (a multiprocessing.Pool worker, as the fuzzer runs sdkgen in) may
    not start processes of its own: formatting falls back to one at a time there."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    daemon = context.Process(target=_format_in_a_daemon, args=(str(tmp_path), results))
    daemon.daemon = True
    daemon.start()
    try:
        assert results.get(timeout=60) == "x1 = (1,)\n"
    finally:
        daemon.join(timeout=60)

"""Atomic output: the tree is replaced whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.output import write
from generator.output.write import write_tree


def test_write_tree_replaces_the_directory_with_exactly_the_given_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n", "pkg/b.txt": "two\n"})
    write_tree(out, {"c.txt": "three\n"})
    assert sorted(p.name for p in out.rglob("*")) == ["c.txt"]
    assert (out / "c.txt").read_bytes() == b"three\n"


def test_a_failure_midway_leaves_the_old_tree_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"keep.txt": "old\n"})

    def broken_swap(staging: Path, out_dir: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(write, "_swap", broken_swap)
    with pytest.raises(OSError, match="disk full"):
        write_tree(out, {"keep.txt": "new\n", "more.txt": "x\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]
    assert (out / "keep.txt").read_text() == "old\n"


@pytest.mark.parametrize("bad", ["../escape.txt", "/abs.txt", ""])
def test_paths_outside_the_output_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError, match="outside the output"):
        write_tree(tmp_path / "generated", {bad: "x"})
    assert not (tmp_path / "generated").exists()

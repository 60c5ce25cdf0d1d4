"""Atomic output: the tree is replaced whole, or not at all, and carries its manifest."""

from __future__ import annotations

import builtins
import multiprocessing
import os
import shutil
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from generator.output import write
from generator.output.lock import open_folder, try_lock
from generator.output.manifest import MANIFEST, edited_files, read_manifest, read_record
from generator.output.target import OutputError
from generator.output.write import claim_output, write_tree


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_write_tree_replaces_the_directory_with_exactly_the_given_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n", "pkg/b.txt": "two\n"})
    write_tree(out, {"c.txt": "three\n"})
    assert files_under(out) == [MANIFEST, "c.txt"]
    assert (out / "c.txt").read_bytes() == b"three\n"
    assert read_manifest(out) == frozenset({"c.txt"})


def test_the_manifest_records_what_made_the_tree_and_each_files_digest(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    with claim_output(out) as claimed:
        claimed.replace({"a.txt": "one\n", "b/c.txt": "two\n"}, (("sdkgen", "9.9"), ("x", "y")))
    record = read_record(out)
    assert record is not None
    assert record.paths == frozenset({"a.txt", "b/c.txt"})
    assert record.made_by == {"sdkgen": "9.9", "x": "y"}
    assert edited_files({"a.txt": "one\n", "b/c.txt": "two\n"}, record) == ()
    # A file edited, or removed, since it was written.
    assert edited_files({"a.txt": "one!\n"}, record) == ("a.txt", "b/c.txt")


def test_a_manifest_listing_bare_paths_is_still_read(tmp_path: Path) -> None:
    # As an sdkgen that recorded no digests wrote it: nothing counts as edited.
    (tmp_path / MANIFEST).parent.mkdir()
    (tmp_path / MANIFEST).write_text("# The files sdkgen generated.\na.txt\nb/c.txt\n")
    record = read_record(tmp_path)
    assert record is not None and record.paths == frozenset({"a.txt", "b/c.txt"})
    assert record.made_by == {} and edited_files({}, record) == ()


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


@pytest.mark.parametrize("bad", ["../escape.txt", "/abs.txt", "", MANIFEST])
def test_paths_outside_the_output_or_over_the_manifest_are_refused(
    tmp_path: Path, bad: str
) -> None:
    with pytest.raises(ValueError, match=r"outside the output|sdkgen's own file"):
        write_tree(tmp_path / "generated", {bad: "x"})
    assert not (tmp_path / "generated").exists()


def test_a_new_output_folder_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_tree(tmp_path / "generated", {"pkg/a.py": "x = 1\n"})
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "generated").stat().st_mode) == 0o750
    assert stat.S_IMODE((tmp_path / "generated" / "pkg").stat().st_mode) == 0o750
    assert stat.S_IMODE((tmp_path / "generated" / "pkg" / "a.py").stat().st_mode) == 0o640


def test_a_replaced_output_folder_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    out.mkdir()
    out.chmod(0o755)
    write_tree(out, {"a.txt": "one\n"})
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    out.chmod(0o711)
    write_tree(out, {"a.txt": "two\n"})
    assert stat.S_IMODE(out.stat().st_mode) == 0o711
    out.chmod(0o555)  # read-only: the old tree is still removed after the swap
    write_tree(out, {"a.txt": "three\n"})
    assert stat.S_IMODE(out.stat().st_mode) == 0o555
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def staging_folder(out: Path, *, marked: bool = True) -> Path:
    """A staging folder beside `out` as a run of sdkgen makes it (with its marker unless
    `marked` is False), holding a half-written tree; nobody holds its lock."""
    staging, run = write._new_staging(out)
    if marked:
        write._write_marker(staging, write._marker(out, run))
    (staging / "tree").mkdir()
    (staging / "tree" / "half-written.txt").write_text("x")
    return staging


def test_recovery_removes_a_dead_runs_staging_folder_and_keeps_a_live_ones(
    tmp_path: Path,
) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n"})
    dead, live = staging_folder(out), staging_folder(out)
    owner = open_folder(live)  # as the run filling it holds it
    try:
        assert try_lock(owner)
        write_tree(out, {"a.txt": "two\n"})
        assert not dead.exists()
        assert (live / "tree" / "half-written.txt").exists()
    finally:
        os.close(owner)
    write_tree(out, {"a.txt": "three\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_recovery_leaves_a_folder_without_sdkgens_marker_alone(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n"})
    unmarked = staging_folder(out, marked=False)
    other = tmp_path / "other"
    forged = staging_folder(other)  # marked, but for another output folder
    forged = forged.rename(tmp_path / forged.name.replace(".other.", ".generated."))
    write_tree(out, {"a.txt": "two\n"})
    for folder in (unmarked, forged):
        assert (folder / "tree" / "half-written.txt").read_text() == "x"


def test_recovery_removes_what_a_run_killed_while_making_its_staging_folder_left(
    tmp_path: Path,
) -> None:
    out = tmp_path / "generated"
    write._new_staging(out)  # killed before writing its marker
    partial, run = write._new_staging(out)
    (partial / "SDKGEN-STAGING").write_bytes(write._marker(out, run)[:10])
    write_tree(out, {"a.txt": "one\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_recovery_puts_back_the_old_tree_a_kill_between_two_renames_left_retired(
    tmp_path: Path,
) -> None:
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n", "b.txt": "kept\n"})
    staging = staging_folder(out)
    out.rename(staging / "old")  # the first rename of a two-rename swap, then the kill
    with claim_output(out) as output:
        assert (output.path / "b.txt").read_text() == "kept\n"
        output.replace({"a.txt": "two\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_an_old_tree_that_could_not_be_removed_keeps_its_marker_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when the old tree holds a read-only folder: the staging folder stays sdkgen's, so a
    later run removes it (an unmarked one would be left beside the output for good)."""
    out = tmp_path / "generated"
    write_tree(out, {"pkg/a.txt": "one\n"})
    monkeypatch.setattr(shutil, "rmtree", lambda path, ignore_errors=False: None)
    write_tree(out, {"pkg/a.txt": "two\n"})
    (left,) = [p for p in tmp_path.iterdir() if p.name != "generated"]
    assert (left / "SDKGEN-STAGING").is_file()
    monkeypatch.undo()
    write_tree(out, {"pkg/a.txt": "three\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]


def test_a_swap_by_two_renames_leaves_a_users_dot_old_folder_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where renameat2 is missing, the old tree was retired to `.OUT.old`, which was first
    deleted whatever it held (and a kill left it to be renamed into the output)."""
    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    out = tmp_path / "generated"
    write_tree(out, {"a.txt": "one\n"})
    mine = tmp_path / ".generated.old"
    mine.mkdir()
    (mine / "backup.txt").write_bytes(b"my backup\r\n")
    write_tree(out, {"a.txt": "two\n"})
    assert (out / "a.txt").read_text() == "two\n"
    assert [p.name for p in mine.iterdir()] == ["backup.txt"]
    assert (mine / "backup.txt").read_bytes() == b"my backup\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated.old", "generated"]


def test_a_second_claim_waits_and_then_fails_clearly(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    with (
        claim_output(out),
        pytest.raises(OutputError, match="another sdkgen run has been writing here"),
        claim_output(out, timeout=0.2),
    ):
        pass
    with claim_output(out, timeout=0.2) as output:
        output.replace({"a.txt": "one\n"})
    assert (out / "a.txt").is_file()


def test_a_run_started_while_another_is_writing_waits_and_the_tree_stays_whole(
    tmp_path: Path,
) -> None:
    """The first run (a forked process) pauses after its first file; the second starts then.
    Recovery used to delete the first run's staging folder, which went on to swap in what it
    wrote after that: a partial tree, both runs 'succeeding'."""
    out = tmp_path / "generated"
    files = {f"pkg/module_{index:02}.py": f"VALUE = {index}\n" for index in range(40)}
    context = multiprocessing.get_context("fork")
    writing = context.Event()

    def first_run() -> None:
        opened = 0

        def slow_open(*args: Any, **kwargs: Any) -> Any:
            nonlocal opened
            opened += 1
            if opened == 2:
                writing.set()
                time.sleep(1.0)
            return builtins.open(*args, **kwargs)

        write.open = slow_open  # type: ignore[attr-defined]
        write_tree(out, files)

    first = context.Process(target=first_run)
    first.start()
    try:
        assert writing.wait(timeout=30)
        write_tree(out, files)
    finally:
        first.join(timeout=60)
    assert first.exitcode == 0
    assert files_under(out) == sorted([MANIFEST, *files])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]

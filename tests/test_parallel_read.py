"""Pages read in forked workers (generator.read.parallel) give what reading them one after the
other gives: the same results in page order, the same warnings, and the same first error.

Each test reads its pages both ways: `workers=1` (or `SDKGEN_WORKERS=1` for the command line)
is the serial reading the parallel one must equal.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from generator.diagnostics import ParseError
from generator.read.parallel import WORKERS_VARIABLE, parse_files
from generator.read.parse import ParseResult, parse_file
from tests.support.cli_runner import run_in_process
from tests.support.editable_page import EditablePage
from tests.support.pages import PAGES_DIR as PAGES

NAMES = ("futures-order", "futures-market", "futures-positions", "futures-fundingfees")


def copied_pages(folder: Path) -> list[Path]:
    """The four pages of tests/data/pages with their configs, in `folder`; futures-order
    with a table row its JSON lacks, so it warns."""
    for name in NAMES:
        shutil.copy(PAGES / f"{name}.yaml", folder / f"{name}.yaml")
    page = EditablePage("futures-order.md")
    last_row = page.find_in("Add Order", "| » valueQty ")
    page.insert_after(last_row, "| » note | body | string | true | A note the JSON lacks |")
    (folder / "futures-order.md").write_text(page.text, encoding="utf-8")
    for name in NAMES[1:]:
        shutil.copy(PAGES / f"{name}.md", folder / f"{name}.md")
    return [folder / f"{name}.md" for name in NAMES]


def break_json(page: Path) -> None:
    """The page's first 200 response example made malformed JSON."""
    text = page.read_text(encoding="utf-8")
    example = "> 200 Response\n\n```json\n{\n"
    assert example in text
    page.write_text(text.replace(example, example + ",\n", 1), encoding="utf-8")


def read_all(pages: list[Path], workers: int) -> tuple[list[ParseResult], ParseError | None]:
    """What reading yields before the first error, and that error."""
    results = []
    try:
        for result in parse_files(pages, workers=workers):
            results.append(result)
    except ParseError as error:
        return results, error
    return results, None


def test_parallel_reading_gives_the_serial_results_and_warnings_in_page_order(
    tmp_path: Path,
) -> None:
    pages = copied_pages(tmp_path)

    serial, no_error = read_all(pages, workers=1)
    parallel, _ = read_all(pages, workers=2)

    assert no_error is None
    assert [result.api.title for result in parallel] == [result.api.title for result in serial]
    assert parallel == serial
    assert [result.warnings for result in parallel] == [result.warnings for result in serial]
    assert serial[0].warnings  # the edited page warns: its warning comes back too


def test_a_worker_reads_its_share_of_the_pages_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only this process's share is read here: the worker's pages are not read again."""
    # As the command line runs: one thread (a test server's thread may outlive its test).
    monkeypatch.setattr("generator.read.parallel.threading.active_count", lambda: 1)
    pages = copied_pages(tmp_path)
    read_here: list[Path] = []

    def read(page: Path) -> ParseResult:
        read_here.append(page)
        return parse_file(page)

    results = list(parse_files(pages, workers=2, read=read))

    assert results == list(parse_files(pages, workers=1))
    assert 0 < len(read_here) < len(pages)


@pytest.mark.parametrize("broken", [(1,), (2,), (1, 3), (0, 3)])
def test_parallel_reading_raises_the_first_error_in_page_order_after_the_pages_before_it(
    tmp_path: Path, broken: tuple[int, ...]
) -> None:
    pages = copied_pages(tmp_path)
    for index in broken:
        break_json(pages[index])

    serial, serial_error = read_all(pages, workers=1)
    parallel, parallel_error = read_all(pages, workers=2)

    assert serial_error is not None and parallel_error is not None
    assert serial_error.location.file == str(pages[broken[0]])
    assert (parallel_error.location, parallel_error.message) == (
        serial_error.location,
        serial_error.message,
    )
    assert parallel == serial
    assert len(parallel) == broken[0]


def test_a_missing_page_among_several_is_the_same_os_error(tmp_path: Path) -> None:
    pages = copied_pages(tmp_path)
    pages[2].unlink()

    with pytest.raises(FileNotFoundError) as serial:
        list(parse_files(pages, workers=1))
    with pytest.raises(FileNotFoundError) as parallel:
        list(parse_files(pages, workers=2))

    assert parallel.value.filename == serial.value.filename == str(pages[2])


@pytest.mark.parametrize("broken", [(), (2, 3)])
def test_generate_prints_and_writes_the_same_with_parallel_and_serial_reading(
    tmp_path: Path, broken: tuple[int, ...]
) -> None:
    pages = copied_pages(tmp_path)
    for index in broken:
        break_json(pages[index])
    runs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        arguments = ["generate", *map(str, pages), "--package", "kf_all", "--out", str(out)]
        result = run_in_process(arguments, cwd=tmp_path, env={WORKERS_VARIABLE: workers})
        files = {
            str(path.relative_to(out)): path.read_bytes()
            for path in sorted(out.rglob("*"))
            if path.is_file()
        }
        runs[workers] = (result.returncode, result.stdout, result.stderr, files)

    assert runs["2"] == runs["1"]
    status, _, stderr, files = runs["1"]
    assert stderr.count("warning:") == 1
    if broken:
        assert status == 2
        assert f"{pages[broken[0]]}:" in stderr.splitlines()[-1]
        assert files == {}
    else:
        assert status == 0
        assert files


def test_a_process_running_other_threads_reads_its_pages_without_forking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork copies only the calling thread: a lock another thread holds (the import lock)
    would stay locked in the copy, and its read would hang. sdkgen used as a library in a
    threaded program reads one page after the other."""
    pages = copied_pages(tmp_path)

    def no_fork() -> int:
        raise AssertionError("forked while another thread ran")

    monkeypatch.setattr("generator.read.parallel.os.fork", no_fork)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert list(parse_files(pages, workers=2)) == [parse_file(page) for page in pages]
    finally:
        stop.set()
        other.join()

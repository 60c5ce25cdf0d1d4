"""`sdkgen generate` replaces only what sdkgen wrote: never a user's files, a file, the home
folder, the project or the folder holding the page, and a link is written through."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.output.manifest import MANIFEST
from tests.support.cli_runner import run_in_process
from tests.support.pages import MARKET, copy_market_page


def generate(page: Path, *args: str) -> int:
    return main(["generate", str(page), *args])


def user_folder(path: Path) -> Path:
    """A folder holding what a user keeps: notes and secrets."""
    path.mkdir(parents=True)
    (path / "NOTES.txt").write_text("my notes\n")
    (path / ".env").write_text("SECRET=1\n")
    return path


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_a_folder_of_user_files_is_refused_and_left_as_it_was(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = user_folder(tmp_path / "mine")
    assert generate(market_page, "--out", str(out)) == 2
    error = error_line(capsys)
    assert error.startswith(f"{out}: error: is not empty and was not written by sdkgen")
    assert ".env, NOTES.txt" in error and "--overwrite" in error
    assert sorted(p.name for p in out.iterdir()) == [".env", "NOTES.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_overwrite_replaces_a_folder_sdkgen_did_not_write(
    market_page: Path, tmp_path: Path
) -> None:
    out = user_folder(tmp_path / "mine")
    assert generate(market_page, "--out", str(out), "--overwrite") == 0
    assert not (out / "NOTES.txt").exists()
    assert (out / "src" / "kucoin_futures_market" / "client.py").is_file()


def test_a_file_sdkgen_did_not_write_in_its_tree_is_refused_with_a_count(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert generate(market_page, "--out", str(out)) == 0
    for name in ("a.txt", "b.txt", "src/kucoin_futures_market/c.py", "d.txt", "e.txt"):
        (out / name).write_text("mine\n")
    assert generate(market_page, "--out", str(out)) == 2
    error = error_line(capsys)
    assert "holds files sdkgen did not write: a.txt, b.txt, d.txt and 2 more" in error
    assert (out / "src" / "kucoin_futures_market" / "c.py").read_text() == "mine\n"


def test_tool_caches_in_an_sdkgen_tree_are_discarded_without_asking(
    market_page: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sdk"
    assert generate(market_page, "--out", str(out)) == 0
    caches = [
        "kucoin_futures_market/__pycache__/client.cpython-311.pyc",
        ".pytest_cache/v/cache/lastfailed",
        ".mypy_cache/3.11/x.json",
        ".ruff_cache/content",
        "kucoin_futures_market.egg-info/PKG-INFO",
        "build/lib/kucoin_futures_market/client.py",
        "kucoin_futures_market/stray.pyc",
    ]
    for name in caches:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text("cache\n")
    assert generate(market_page, "--out", str(out)) == 0
    assert not any((out / name).exists() for name in caches)


def test_regenerating_removes_the_files_an_older_sdkgen_wrote(
    market_page: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sdk"
    assert generate(market_page, "--out", str(out)) == 0
    (out / "src" / "kucoin_futures_market" / "legacy.py").write_text(
        "# written by an older sdkgen\n"
    )
    manifest = out / MANIFEST
    manifest.write_text(manifest.read_text() + "src/kucoin_futures_market/legacy.py\n")
    assert generate(market_page, "--out", str(out)) == 0
    assert not (out / "src" / "kucoin_futures_market" / "legacy.py").exists()
    assert "legacy" not in manifest.read_text()


@pytest.mark.parametrize("flags", [[], ["--overwrite"]])
def test_a_regular_file_as_output_is_refused(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    out = tmp_path / "file.txt"
    out.write_text("precious\n")
    assert generate(market_page, "--out", str(out), *flags) == 2
    assert "is a file, not a folder" in error_line(capsys)
    assert out.read_text() == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_the_home_folder_is_refused_even_with_overwrite(
    market_page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = user_folder(tmp_path / "home")
    monkeypatch.setenv("HOME", str(home))
    assert generate(market_page, "--out", str(home), "--overwrite") == 2
    assert "is your home folder" in error_line(capsys)
    assert generate(market_page, "--out", str(tmp_path), "--overwrite") == 2
    assert "holds your home folder" in error_line(capsys)
    assert (home / "NOTES.txt").exists()


def test_the_root_folder_is_refused_even_with_overwrite(
    market_page: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert generate(market_page, "--out", "/", "--overwrite") == 2
    assert "is the root folder" in error_line(capsys)


def test_the_working_directory_and_a_repository_root_are_refused_even_with_overwrite(
    market_page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = user_folder(tmp_path / "project")
    (project / ".git").mkdir()
    (project / "src").mkdir()
    monkeypatch.chdir(project / "src")
    assert generate(market_page, "--out", ".", "--overwrite") == 2
    assert "is the working directory" in error_line(capsys)
    assert generate(market_page, "--out", "..", "--overwrite") == 2
    assert "holds the working directory" in error_line(capsys)
    monkeypatch.chdir(tmp_path)
    assert generate(market_page, "--out", "project", "--overwrite") == 2
    assert "is the root of a repository (.git)" in error_line(capsys)
    assert sorted(p.name for p in project.iterdir()) == [".env", ".git", "NOTES.txt", "src"]


def test_a_parent_named_through_dot_dot_is_checked_as_the_parent(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = user_folder(tmp_path / "a")
    (parent / "child").mkdir()
    assert generate(market_page, "--out", str(parent / "child" / "..")) == 2
    assert "not written by sdkgen" in error_line(capsys)
    assert (parent / "NOTES.txt").exists()


def test_the_folder_holding_the_page_or_its_config_is_refused_even_with_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "project" / "spec"
    page = copy_market_page(spec, config=False)
    config = tmp_path / "project" / "config" / "market.yaml"
    config.parent.mkdir()
    shutil.copy(MARKET.with_suffix(".yaml"), config)
    for out in (spec, tmp_path / "project", config.parent):
        code = main(["generate", str(page), "--config", str(config), "--out", str(out)])
        assert code == 2
        assert "sdkgen never replaces it" in error_line(capsys)
    assert page.is_file() and config.is_file()


def test_a_folder_holding_a_config_the_pages_config_extends_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = copy_market_page(tmp_path / "spec")
    shared = tmp_path / "spec" / "shared"
    shared.mkdir()
    (shared / "base.yaml").write_text("extends: sdkgen:defaults\n", encoding="utf-8")
    config = page.with_suffix(".yaml")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("sdkgen:defaults", "shared/base.yaml"), encoding="utf-8")
    assert main(["generate", str(page), "--out", str(shared), "--overwrite"]) == 2
    assert f"holds {shared / 'base.yaml'}" in error_line(capsys)
    assert (shared / "base.yaml").is_file()


def test_a_linked_output_is_written_where_the_link_points_and_stays_a_link(
    market_page: Path,
    tmp_path: Path,
) -> None:
    real = tmp_path / "real-sdk"
    link = tmp_path / "sdk"
    link.symlink_to(real.name)
    assert generate(market_page, "--out", str(link)) == 0
    assert link.is_symlink() and (link / "src" / "kucoin_futures_market" / "client.py").is_file()
    assert (real / MANIFEST).is_file()
    assert generate(market_page, "--out", str(link)) == 0
    assert link.is_symlink() and os.readlink(link) == real.name


def test_a_link_to_a_user_folder_is_checked_at_its_target(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = user_folder(tmp_path / "mine")
    link = tmp_path / "sdk"
    link.symlink_to(mine)
    assert generate(market_page, "--out", str(link)) == 2
    error = error_line(capsys)
    assert f"{link}: error: is a link to {mine}, which is not empty and was not written" in error
    assert (mine / "NOTES.txt").exists()


def test_an_older_sdkgen_tree_without_a_manifest_needs_overwrite_once(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert generate(market_page, "--out", str(out)) == 0
    (out / MANIFEST).unlink()
    assert generate(market_page, "--out", str(out)) == 2
    assert "pass --overwrite once" in error_line(capsys)
    assert generate(market_page, "--out", str(out), "--overwrite") == 0
    assert generate(market_page, "--out", str(out)) == 0


def test_a_refusal_from_the_command_line_is_one_line_with_exit_code_2(
    market_page: Path, tmp_path: Path
) -> None:
    out = user_folder(tmp_path / "mine")
    result = run_in_process(["generate", str(market_page), "--out", str(out)], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every entry under `root` (itself included): a file's bytes, a folder as None."""
    entries: dict[str, bytes | None] = {".": None}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        entries[relative] = path.read_bytes() if path.is_file() else None
    return entries


@pytest.mark.parametrize(
    "repository",
    [
        "vendor/dep/.git/HEAD",  # a nested clone
        "vendor/sub/.git",  # a submodule's or worktree's .git file
        "a/b/c/.hg/store/data",
        "docs/.svn/entries",
        "vendor/empty/.git/",  # even an empty one
    ],
)
def test_overwrite_refuses_a_folder_holding_a_repository_at_any_depth(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], repository: str
) -> None:
    out = user_folder(tmp_path / "mine")
    marker = out / repository
    if repository.endswith("/"):
        marker.mkdir(parents=True)
    else:
        marker.parent.mkdir(parents=True)
        marker.write_text("gitdir: ../../.git/modules/sub\n")
    before = snapshot(out)
    assert generate(market_page, "--out", str(out), "--overwrite") == 2
    error = error_line(capsys)
    vcs = next(part for part in Path(repository).parts if part.startswith("."))
    where = repository[: repository.index(vcs) + len(vcs)]
    assert error.startswith(f"{out}: error: holds a repository at {where};"), error
    assert "even with --overwrite" in error
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_an_sdkgen_tree_holding_a_repository_is_refused_without_overwrite_too(
    market_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert generate(market_page, "--out", str(out)) == 0
    (out / "src" / ".git").mkdir()  # an empty repository: no file of it is a stray
    before = snapshot(out)
    assert generate(market_page, "--out", str(out)) == 2
    assert "holds a repository at src/.git" in error_line(capsys)
    assert snapshot(out) == before


@pytest.mark.parametrize("suffix", [".new-backup", ".old", ".new-1-dead", ".sdkgen-1-0badc0de"])
@pytest.mark.parametrize("output_exists", [True, False])
def test_user_folders_beside_the_output_named_like_staging_folders_survive_byte_for_byte(
    market_page: Path, tmp_path: Path, suffix: str, output_exists: bool
) -> None:
    """sdkgen once removed `.OUT.new-*` folders beside the output whose lock was free (every
    folder's is) and renamed `.OUT.old` into a missing output: a user's backups."""
    out = tmp_path / "sdk"
    if output_exists:
        assert generate(market_page, "--out", str(out)) == 0
    mine = user_folder(tmp_path / f".sdk{suffix}")
    (mine / "src").mkdir()
    (mine / "src" / "code.py").write_bytes(b"print('mine')\r\n")
    before = snapshot(mine)
    assert generate(market_page, "--out", str(out)) == 0
    assert snapshot(mine) == before
    assert (out / MANIFEST).is_file() and not (out / "NOTES.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["sdk", mine.name])

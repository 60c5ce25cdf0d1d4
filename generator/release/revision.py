"""A page's text at a git revision, for `sdkgen diff --base REV`."""

from __future__ import annotations

from pathlib import Path


class GitError(Exception):
    """`git` could not give the page's content at a revision."""


class MissingAtRevision(GitError):
    """The revision exists, but the file did not exist in it (it is new since)."""


def read_at_revision(page: Path, revision: str) -> tuple[str, str]:
    """(label, text) of `page` at git `revision`: `git show REV:<path from the repo root>`,
    run in the page's directory. The label (`REV:path`) names the old page in messages.

    Raises MissingAtRevision when the revision has no such file, GitError when there is no
    such revision (or git fails)."""
    if revision.startswith("-"):
        raise GitError(f"{revision!r} is not a revision (it starts with '-')")
    directory = page.resolve().parent
    prefix = _git(["rev-parse", "--show-prefix"], directory).decode("utf-8").strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], directory)
    except GitError:
        raise GitError(f"no git revision {revision!r}") from None
    spec = f"{revision}:{prefix}{page.name}"
    try:
        _git(["cat-file", "-e", spec], directory)
    except GitError:
        raise MissingAtRevision(
            f"{spec} does not exist: the file is new since {revision}"
        ) from None
    raw = _git(["show", spec], directory)
    try:
        return spec, raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise GitError(f"{spec} is not valid UTF-8 (line {line})") from None


def _git(arguments: list[str], directory: Path) -> bytes:
    import subprocess  # only `diff --base` reads git: other commands do not pay for it

    command = ["git", *arguments]
    try:
        result = subprocess.run(command, cwd=directory, capture_output=True, check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror or error}") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else f"exit status {result.returncode}"
        raise GitError(f"`{' '.join(command)}` failed: {reason}")
    return result.stdout

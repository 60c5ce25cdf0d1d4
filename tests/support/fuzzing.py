"""Mutation fuzzing of the real pages: the CLI must succeed or fail with one located error.

Not a test module: `tests/test_fuzz.py` drives the mutations (tests/support/mutations.py,
the generic ones, and tests/support/mutations_beyond.py, those aimed at the constructs beyond
KuCoin's pages) with hypothesis (a short, derandomized run in `make test`) and `tools/fuzz.py`
drives them with a seeded `random.Random` (`make fuzz`, 10,000 cases). Both go through the same
code: a mutation is a function of the page text and a `Chooser`, the only source of
randomness, so hypothesis can shrink a failing case and the plain runner can reproduce one
from its seed.

The seed pages are the KuCoin pages (tests/data/pages) and every page under tests/data/beyond*/
(security, schema constructs, Widdershins' artefacts), each with the config beside it when it
has one.

`run_case(text)` writes the page to a temporary file, calls `generator.cli.main(["openapi",
path])` in-process with stdout and stderr captured and a time limit, and classifies the result:

- accepted: exit 0, stdout a valid OpenAPI 3.0 document with at least one path, every stderr
  line a warning located in the page;
- rejected: exit 2, stderr exactly one line `PATH:LINE[:COL]: error: MESSAGE` (or
  `PATH: error: MESSAGE`) whose line exists in the page, nothing on stdout;
- anything else (another exit code, an exception escaping `main`, a traceback, a located
  line outside the page, more than the time limit) is a failure: a bug in the generator.

`run_generate_case(text, config)` does the same with `sdkgen generate PAGE --out DIR --package
fuzzed_sdk`, with the page's config beside it (or with none, so the built-in defaults apply).
Accepted means exit 0, nothing on stdout, only warnings on stderr, every generated Python file
compiles and the package and every module of it import in a fresh interpreter. A rejection
may also be located in the config (a line of the page's config, or line 1 of the built-in
defaults): the SDK planner names the config for what the page asks and the SDK does not
support, and the config may name what the mutated page no longer has; the page's warnings,
printed as it is read, may come before that one error line.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Literal

from generator.cli import main
from generator.config import BUILTIN_DEFAULTS
from generator.diagnostics import ParseError
from generator.read import blocks, markdown_blocks, page
from tests.support.mutations import GENERIC_MUTATIONS, Chooser, Mutation
from tests.support.mutations_beyond import BEYOND_MUTATIONS, TARGETS
from tests.support.pages import REPO, SHARED_PAGES

DATA = REPO / "tests" / "data"
BEYOND_PAGES = sorted(path for path in DATA.glob("beyond*/*.md") if path.name != "README.md")
"""Pages of the constructs beyond KuCoin's (security, unions, Widdershins' artefacts...), so
the mutations reach their readers too; a page added to any tests/data/beyond*/ is a seed."""
SEED_PAGES = (*SHARED_PAGES, *BEYOND_PAGES)
PAGES: dict[str, str] = {
    path.relative_to(DATA).as_posix(): path.read_text(encoding="utf-8") for path in SEED_PAGES
}
"""Each seed page's text by its path under tests/data (`beyond-schemas/unions.md`)."""
CONFIGS: dict[str, str] = {
    path.relative_to(DATA).as_posix(): path.with_suffix(".yaml").read_text(encoding="utf-8")
    for path in SEED_PAGES
    if path.with_suffix(".yaml").is_file()
}
"""The config beside a seed page (`NAME.yaml`), by the page's key in PAGES."""
PAGE_NAMES = tuple(PAGES)

MUTATIONS: dict[str, Mutation] = {**GENERIC_MUTATIONS, **BEYOND_MUTATIONS}

TIME_LIMIT = 10.0
"""Seconds one case may take before it counts as a hang."""


@dataclass(frozen=True)
class Case:
    page: str
    text: str
    description: str
    config: str | None = None
    """The page's config, for `run_generate_case`."""


def _pages_for(kinds: Sequence[str]) -> tuple[str, ...]:
    """The seed pages one of `kinds` can edit (all of them when a kind edits any page)."""
    if any(kind not in TARGETS for kind in kinds):
        return PAGE_NAMES
    found = tuple(
        name for name in PAGE_NAMES if any(TARGETS[kind].search(PAGES[name]) for kind in kinds)
    )
    return found or PAGE_NAMES


def mutate(choose: Chooser, kinds: Sequence[str] = tuple(MUTATIONS)) -> Case:
    """A real page (one that `kinds` can edit) with one to three mutations of those kinds."""
    page = choose.choice(_pages_for(kinds))
    text = PAGES[page]
    steps = []
    for _ in range(choose.choice((1, 1, 1, 2, 3))):
        kind = choose.choice(kinds)
        try:
            text, what = MUTATIONS[kind](text, choose)
        except IndexError:
            continue  # nothing of that kind left on the page (e.g. after a truncation)
        steps.append(f"{kind}: {what}")
    return Case(page, text, f"{page}: " + "; ".join(steps or ["unchanged"]), CONFIGS.get(page))


# --- running one case -----------------------------------------------------------------------


class CaseTimeout(BaseException):
    """Raised in the case by SIGALRM; a BaseException so no `except Exception` swallows it."""


@dataclass(frozen=True)
class Outcome:
    kind: Literal["accepted", "rejected", "failed"]
    detail: str
    exit_code: int | None = None
    stderr: str = ""

    @property
    def ok(self) -> bool:
        return self.kind != "failed"


@contextlib.contextmanager
def interrupt_after(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise CaseTimeout(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class _Run:
    """One call of the CLI on a page written to a temporary folder."""

    page: Path
    line_count: int
    code: int
    stdout: str
    stderr: str


def _run_cli(
    folder: Path, text: str | bytes, arguments: Sequence[str], time_limit: float
) -> _Run | Outcome:
    """Write the page as `folder`/page.md and run the CLI on it (`arguments` follow the
    command and the page); an Outcome when the run itself failed (exception, hang)."""
    path = folder / "page.md"
    path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    command, *options = arguments
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with (
            interrupt_after(time_limit),
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
        ):
            code = main([command, str(path), *options])
    except CaseTimeout as timeout:
        return Outcome("failed", f"hang: {timeout}", None, stderr.getvalue())
    except BaseException:  # anything escaping main() is the bug we look for
        return Outcome("failed", traceback.format_exc(), None, stderr.getvalue())
    line_count = path.read_bytes().count(b"\n") + 1
    return _Run(path, line_count, code, stdout.getvalue(), stderr.getvalue())


def run_case(
    text: str | bytes, *, validate: bool = True, time_limit: float = TIME_LIMIT
) -> Outcome:
    """Run `sdkgen openapi` on `text` in-process and classify the result.

    `validate=False` skips the (slow) OpenAPI schema validation of a successful output; the
    JSON is still parsed and checked.
    """
    disagreement = _readers_problem(text)
    if disagreement is not None:
        return Outcome("failed", disagreement)
    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as directory:
        run = _run_cli(Path(directory), text, ["openapi"], time_limit)
        if isinstance(run, Outcome):
            return run
        return classify(str(run.page), run.line_count, run.code, run.stdout, run.stderr, validate)


def _readers_problem(text: str | bytes) -> str | None:
    """Where the line reader answers, markdown-it-py must give the same blocks
    (generator/read/blocks.py); None when they agree or the line reader declines."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        markdown, _ = page._split_front_matter("page.md", text)
        fast = blocks.read_blocks(markdown)
    except (ParseError, blocks.UnsupportedMarkdown):
        return None
    try:
        reference = markdown_blocks.markdown_blocks("page.md", markdown)
    except ParseError as error:
        return f"the line reader read a page markdown-it-py rejects: {error}"
    if fast != reference:
        pairs = enumerate(zip(fast, reference, strict=False))
        first = next((i for i, (a, b) in pairs if a != b), min(len(fast), len(reference)))
        return f"the line reader and markdown-it-py disagree at block {first}"
    return None


GENERATED_PACKAGE = "fuzzed_sdk"
GENERATE_TIME_LIMIT = 60.0
"""Seconds one `generate` case may take: black on a cold cache takes a few."""


def run_generate_case(
    text: str | bytes, config: str | None = None, *, time_limit: float = GENERATE_TIME_LIMIT
) -> Outcome:
    """Run `sdkgen generate` on `text` (with `config` beside it as page.yaml) in-process into
    a temporary folder and classify the result; an accepted page's package must compile and
    import."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as directory:
        out = Path(directory) / "out"
        if config is not None:
            (Path(directory) / "page.yaml").write_text(config, encoding="utf-8")
        arguments = ["generate", "--out", str(out), "--package", GENERATED_PACKAGE]
        run = _run_cli(Path(directory), text, arguments, time_limit)
        if isinstance(run, Outcome):
            return run
        path = str(run.page)

        def failed(why: str) -> Outcome:
            return Outcome("failed", why, run.code, run.stderr)

        problem = _output_problem(run.stdout, run.stderr)
        if problem is not None:
            return failed(problem)
        lines = run.stderr.splitlines()
        if run.code == 2:
            configs = {str(BUILTIN_DEFAULTS): 1}
            if config is not None:
                configs[str(run.page.with_suffix(".yaml"))] = config.count("\n") + 1
            return _rejection(
                path, run.line_count, run.stdout, lines, run.code, run.stderr, configs
            )
        if run.code != 0:
            return failed(f"unexpected exit code {run.code}")
        problem = _warnings_problem(path, run.line_count, lines)
        if problem is None and run.stdout:
            problem = "exit 0, but generate printed on stdout"
        if problem is None:
            problem = _package_problem(out)
        if problem is not None:
            return failed(problem)
        modules = len(list((out / "src" / GENERATED_PACKAGE).glob("*.py")))
        return Outcome("accepted", f"{modules} modules import, {len(lines)} warnings", run.code)


_IMPORT_ALL = """
import importlib, sys
sys.path.insert(0, sys.argv[1])
for name in sys.argv[2:]:
    importlib.import_module(name)
"""


def _package_problem(out: Path) -> str | None:
    """Why the generated project at `out` is broken: a Python file that does not compile, or a
    module of the package that does not import in a fresh interpreter; None if neither."""
    sources = sorted(out.rglob("*.py"))
    for source in sources:
        try:
            compile(source.read_text(encoding="utf-8"), str(source), "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError) as error:
            return f"exit 0, but {source.relative_to(out)} does not compile: {error}"
    modules = [
        f"{GENERATED_PACKAGE}.{source.stem}" if source.stem != "__init__" else GENERATED_PACKAGE
        for source in sources
        if source.parent == out / "src" / GENERATED_PACKAGE
    ]
    if GENERATED_PACKAGE not in modules:
        return "exit 0, but no package was generated"
    # -I: neither the working directory nor PYTHONPATH (the repository) can supply a module.
    imported = subprocess.run(
        [sys.executable, "-I", "-c", _IMPORT_ALL, str(out / "src"), *modules],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if imported.returncode != 0:
        last = imported.stderr.strip().splitlines()[-1:] or ["(no message)"]
        return f"exit 0, but the generated package does not import: {last[0]}"
    return None


def _deepest(error: BaseException) -> str:
    """The innermost reason of a (jsonschema) validation error, with its path: the top-level
    message of a failed `oneOf` prints the whole document and says nothing."""
    while getattr(error, "context", None):
        error = max(error.context, key=lambda e: len(e.absolute_path))  # type: ignore[attr-defined]
    path = "/".join(str(step) for step in getattr(error, "absolute_path", ()))
    message = str(getattr(error, "message", error))
    return f"at {path or 'the root'}: {message[:300]}"


_LOCATED = r"(?P<line>\d+)(?::(?P<column>\d+))?"


def _output_problem(stdout: str, stderr: str) -> str | None:
    if "Traceback" in stderr or "Traceback" in stdout:
        return "a traceback was printed"
    for name, output in (("stdout", stdout), ("stderr", stderr)):
        try:
            output.encode("utf-8")
        except UnicodeEncodeError as error:
            return f"{name} cannot be written as UTF-8 (the real CLI would crash): {error}"
    return None


def _warnings_problem(path: str, line_count: int, lines: Sequence[str]) -> str | None:
    warning = re.compile(rf"^{re.escape(path)}:{_LOCATED}: warning: .+$")
    for line in lines:
        match = warning.match(line)
        if match is None:
            return f"exit 0, but stderr has a line that is no warning: {line!r}"
        if not 1 <= int(match.group("line")) <= line_count:
            return f"warning located outside the page ({line_count} lines): {line!r}"
    return None


def _rejection(
    path: str,
    line_count: int,
    stdout: str,
    lines: Sequence[str],
    code: int,
    stderr: str,
    configs: Mapping[str, int] | None = None,
) -> Outcome:
    """An exit-2 run: exactly one error line, located in the page (or in one of `configs`,
    each a config's path and how many lines it has: the SDK planner names the config for what
    the page asks and the SDK does not support). With `configs` (generate), located warnings
    may come before it."""

    def failed(why: str) -> Outcome:
        return Outcome("failed", why, code, stderr)

    if stdout:
        return failed("exit 2, but something was printed on stdout")
    if configs is not None and lines:
        # generate prints the page's warnings as it reads it, then checks its config against it.
        problem = _warnings_problem(path, line_count, lines[:-1])
        if problem is not None:
            return failed(f"exit 2: {problem}")
        lines = lines[-1:]
    if len(lines) != 1:
        return failed(f"exit 2 needs exactly one stderr line, got {len(lines)}")
    error = re.compile(rf"^{re.escape(path)}(?::{_LOCATED})?: error: \S.*$")
    match = error.match(lines[0])
    if match is None:
        for config, config_lines in (configs or {}).items():
            located = re.match(rf"^{re.escape(config)}(?::{_LOCATED})?: error: \S", lines[0])
            if located is not None and 1 <= int(located.group("line") or 1) <= config_lines:
                return Outcome("rejected", lines[0].removeprefix(config), code, stderr)
        return failed(f"the error is not `{path}:LINE: error: MESSAGE`: {lines[0]!r}")
    if match.group("line") is not None and not 1 <= int(match.group("line")) <= line_count:
        return failed(f"error located outside the page ({line_count} lines): {lines[0]!r}")
    return Outcome("rejected", lines[0].removeprefix(path), code, stderr)


def classify(
    path: str, line_count: int, code: int, stdout: str, stderr: str, validate: bool
) -> Outcome:
    def failed(why: str) -> Outcome:
        return Outcome("failed", why, code, stderr)

    problem = _output_problem(stdout, stderr)
    if problem is not None:
        return failed(problem)
    lines = stderr.splitlines()
    if code == 0:
        problem = _warnings_problem(path, line_count, lines)
        if problem is not None:
            return failed(problem)
        try:
            document = json.loads(stdout)
        except ValueError as error:
            return failed(f"exit 0, but stdout is not JSON: {error}")
        if not isinstance(document, dict) or not document.get("paths"):
            return failed("exit 0, but the document has no paths")
        if validate:
            # A page's default is exported as written, even where it breaks its schema.
            from tests.support.openapi_export import validate_export

            try:
                validate_export(document)
            except Exception as error:  # any validation failure is a finding
                return failed(f"exit 0, but the output is not valid OpenAPI 3.0: {_deepest(error)}")
        return Outcome("accepted", f"{len(document['paths'])} paths, {len(lines)} warnings", code)
    if code == 2:
        return _rejection(path, line_count, stdout, lines, code, stderr)
    return failed(f"unexpected exit code {code}")

"""Mutation fuzzing of the real pages: the CLI must succeed or fail with one located error.

Not a test module: `tests/test_fuzz.py` drives these mutations with hypothesis (a short,
derandomized run in `make test`) and `tools/fuzz.py` drives them with a seeded `random.Random`
(`make fuzz`, 10,000 cases). Both go through the same code: a mutation is a function of the
page text and a `Chooser`, the only source of randomness, so hypothesis can shrink a failing
case and the plain runner can reproduce one from its seed.

`run_case(text)` writes the page to a temporary file, calls `generator.cli.main(["openapi",
path])` in-process with stdout and stderr captured and a time limit, and classifies the result:

- accepted: exit 0, stdout a valid OpenAPI 3.0 document with at least one path, every stderr
  line a warning located in the page;
- rejected: exit 2, stderr exactly one line `PATH:LINE[:COL]: error: MESSAGE` (or
  `PATH: error: MESSAGE`) whose line exists in the page, nothing on stdout;
- anything else (another exit code, an exception escaping `main`, a traceback, a located
  line outside the page, more than the time limit) is a failure: a bug in the generator.

`run_generate_case(text)` does the same with `sdkgen generate PAGE --out DIR --package
fuzzed_sdk` (the page alone, so the built-in defaults apply). Accepted means exit 0, nothing
on stdout, only warnings on stderr, every generated Python file compiles and the package and
every module of it import in a fresh interpreter. A rejection may also be located in the
config (line 1 of the built-in defaults): the SDK planner names the config for what the page
asks and the SDK does not support.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Literal, Protocol, TypeVar

from generator.cli import main
from generator.config import BUILTIN_DEFAULTS
from generator.diagnostics import ParseError
from generator.read import blocks, markdown_blocks, page
from tests.support.pages import REPO, SHARED_PAGES

BEYOND_PAGES = sorted(
    path
    for folder in ("beyond-schemas", "beyond-artefacts")
    for path in (REPO / "tests" / "data" / folder).glob("*.md")
)
"""Pages of the constructs beyond KuCoin's (unions, intersections..., and Widdershins'
artefacts: callbacks, forms, header parameters...), so the mutations reach their readers too."""
PAGES: dict[str, str] = {
    path.name: path.read_text(encoding="utf-8")
    for path in (*SHARED_PAGES, *BEYOND_PAGES)
    if path.name != "README.md"
}
PAGE_NAMES = tuple(PAGES)

TIME_LIMIT = 10.0
"""Seconds one case may take before it counts as a hang."""

T = TypeVar("T")


class Chooser(Protocol):
    """The only source of randomness a mutation uses."""

    def integer(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        ...

    def choice(self, options: Sequence[T]) -> T: ...


class RandomChooser:
    """A `Chooser` over `random.Random`, for the fast seeded runner."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def choice(self, options: Sequence[T]) -> T:
        if not options:
            raise IndexError("nothing to choose from")
        return options[self.rng.randrange(len(options))]


# --- mutations ------------------------------------------------------------------------------

Mutation = Callable[[str, Chooser], tuple[str, str]]
"""(page text, chooser) → (mutated text, a description that reproduces the edit)."""


def _lines(text: str) -> list[str]:
    return text.split("\n")


def delete_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = _lines(text)
    start = choose.integer(0, len(lines) - 1)
    count = choose.choice((1, 1, 1, 2, 3, 5, 20))
    del lines[start : start + count]
    return "\n".join(lines), f"delete {count} line(s) from line {start + 1}"


def duplicate_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = _lines(text)
    start = choose.integer(0, len(lines) - 1)
    count = choose.choice((1, 1, 1, 2, 3, 5, 20))
    chunk = lines[start : start + count]
    lines[start + len(chunk) : start + len(chunk)] = chunk
    return "\n".join(lines), f"duplicate {len(chunk)} line(s) from line {start + 1}"


def swap_lines(text: str, choose: Chooser) -> tuple[str, str]:
    lines = _lines(text)
    first = choose.integer(0, len(lines) - 1)
    # Mostly neighbours (a swap inside one block), sometimes anywhere on the page.
    if choose.integer(0, 3):
        second = min(len(lines) - 1, first + choose.integer(1, 4))
    else:
        second = choose.integer(0, len(lines) - 1)
    lines[first], lines[second] = lines[second], lines[first]
    return "\n".join(lines), f"swap lines {first + 1} and {second + 1}"


def truncate(text: str, choose: Chooser) -> tuple[str, str]:
    offset = choose.integer(0, len(text))
    line = text.count("\n", 0, offset) + 1
    return text[:offset], f"truncate at offset {offset} (line {line})"


def _json_block_lines(lines: Sequence[str]) -> list[int]:
    """Indexes of the lines inside ```json fences."""
    inside = False
    found: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("```"):
            inside = not inside and stripped == "```json"
        elif inside:
            found.append(index)
    return found


_JSON_NOISE = (
    *'{}[]",:\\',
    *"0123456789-+.eE",
    "a",
    "Z",
    " ",
    "\t",
    "\u00bb",
    "\u00e9",
    "\u0000",
    "\x7f",
    "\ud7ff",
    "true",
    "null",
    "NaN",
    "Infinity",
    "1e999",
    "-0",
    '"\\u0000"',
    '"\\ud800"',
    "\\udc00",
    "[[[[[[[[[[",
    '{"a": {"b": ',
    "```",
    "|",
    "\n",
)


def _corrupt_line(line: str, choose: Chooser, noise: Sequence[str]) -> tuple[str, str]:
    position = choose.integer(0, len(line))
    action = choose.choice(("replace", "insert", "delete"))
    if action == "delete" or not noise:
        end = min(len(line), position + choose.integer(1, 3))
        return line[:position] + line[end:], f"delete columns {position + 1}-{end}"
    piece = choose.choice(noise)
    if action == "replace":
        replaced = line[:position] + piece + line[position + 1 :]
        return replaced, f"replace column {position + 1} with {piece!r}"
    return line[:position] + piece + line[position:], f"insert {piece!r} at column {position + 1}"


def corrupt_json(text: str, choose: Chooser) -> tuple[str, str]:
    lines = _lines(text)
    candidates = _json_block_lines(lines)
    index = choose.choice(candidates)
    lines[index], what = _corrupt_line(lines[index], choose, _JSON_NOISE)
    return "\n".join(lines), f"JSON line {index + 1}: {what}"


def _table_lines(lines: Sequence[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.lstrip().startswith("|")]


_TABLE_NOISE = (
    "|",
    "||",
    "\\|",
    "\u00bb",
    "\u00bb\u00bb\u00bb",
    " ",
    "-",
    ":",
    "`",
    "*",
    "true",
    "false",
    "body",
    "path",
    "query",
    "header",
    "cookie",
    "integer",
    "[string]",
    "array[",
    "(",
    ")",
    "\u00a6null",
    "none",
    "x",
    "<br>",
    "{",
    "}",
    "\n",
    "**",
)


def corrupt_table(text: str, choose: Chooser) -> tuple[str, str]:
    lines = _lines(text)
    index = choose.choice(_table_lines(lines))
    line = lines[index]
    if choose.integer(0, 2) == 0:
        # Rewrite one whole cell: the edits that keep the row's shape but change its meaning.
        cells = line.split("|")
        if len(cells) > 2:
            cell = choose.integer(1, len(cells) - 2)
            value = choose.choice(_TABLE_NOISE)
            cells[cell] = f" {value} "
            lines[index] = "|".join(cells)
            return "\n".join(lines), f"table line {index + 1}: cell {cell} := {value!r}"
    lines[index], what = _corrupt_line(line, choose, _TABLE_NOISE)
    return "\n".join(lines), f"table line {index + 1}: {what}"


_KEYWORDS = (
    # unknown or unsupported keywords
    '"minProperties": 1',
    '"const": "x"',
    '"contains": {}',
    '"$ref": "#/components/schemas/X"',
    '"oneOf": []',
    '"allOf": [{}]',
    '"not": {}',
    '"discriminator": {}',
    '"if": {}',
    '"propertyNames": {}',
    '"patternProperties": {}',
    '"examples": []',
    '"$schema": "x"',
    '"unknownKeyword": true',
    '"x-custom": {"a": [1, 2]}',
    '"x-api-enum": [{"value": "zz", "name": "Z"}]',
    # known keywords with values of every wrong shape
    '"type": "integr"',
    '"type": ["string", "null"]',
    '"type": null',
    '"format": 3',
    '"enum": 3',
    '"enum": []',
    '"enum": [1, 1]',
    '"enum": [{}]',
    '"enum": ["a", null, true, 1.5]',
    '"x-api-enum": 3',
    '"x-api-enum": [1]',
    '"x-api-enum": [{"value": {}}]',
    '"required": "a"',
    '"required": [1]',
    '"required": ["nope"]',
    '"properties": []',
    '"properties": {"a": 1}',
    '"properties": {"": {}}',
    '"properties": {"a b": {"type": "string"}}',
    '"items": 1',
    '"items": []',
    '"items": {"type": "array"}',
    '"additionalProperties": 1',
    '"additionalProperties": {"type": "integer"}',
    '"minimum": "1"',
    '"minimum": true',
    '"maximum": 1e400',
    '"maximum": -1e999',
    '"multipleOf": 0',
    '"minLength": -1',
    '"maxLength": 1.5',
    '"maxLength": 99999999999999999999999',
    '"pattern": "("',
    '"pattern": 1',
    '"nullable": "yes"',
    '"readOnly": 1',
    '"default": {}',
    '"default": [1, {"a": null}]',
    '"example": NaN',
    '"description": 7',
    '"title": []',
)


def unknown_keyword(text: str, choose: Chooser) -> tuple[str, str]:
    """Add a keyword to a JSON schema object: unknown, unsupported, or of the wrong shape."""
    lines = _lines(text)
    candidates = [i for i in _json_block_lines(lines) if lines[i].rstrip().endswith("{")]
    index = choose.choice(candidates)
    keyword = choose.choice(_KEYWORDS)
    indent = len(lines[index + 1]) - len(lines[index + 1].lstrip()) if index + 1 < len(lines) else 0
    closes = lines[index + 1].strip().startswith("}") if index + 1 < len(lines) else True
    lines.insert(index + 1, " " * indent + keyword + ("" if closes else ","))
    return "\n".join(lines), f"after line {index + 1} insert {keyword}"


def deep_nesting(text: str, choose: Chooser) -> tuple[str, str]:
    """Replace a JSON value by a deeply nested schema, or a `»` row by a deep chain of rows."""
    lines = _lines(text)
    depth = choose.choice((20, 40, 70, 150, 300, 5000))
    if choose.integer(0, 1):
        candidates = [i for i in _json_block_lines(lines) if lines[i].rstrip().endswith("{")]
        index = choose.choice(candidates)
        nested = '{"type": "object", "properties": {"a": ' * depth + "{}" + "}}" * depth
        lines.insert(index + 1, f'"deep": {nested},')
        return "\n".join(lines), f"after line {index + 1} insert a JSON schema {depth} deep"
    rows = [i for i in _table_lines(lines) if "»" in lines[i]]
    index = choose.choice(rows)
    chain = [f"|{'»' * level} deep{level}|object|false|none|none|" for level in range(1, depth)]
    lines[index + 1 : index + 1] = chain
    return "\n".join(lines), f"after line {index + 1} insert {depth - 1} nested table rows"


MUTATIONS: dict[str, Mutation] = {
    "delete": delete_lines,
    "duplicate": duplicate_lines,
    "swap": swap_lines,
    "truncate": truncate,
    "corrupt_json": corrupt_json,
    "corrupt_table": corrupt_table,
    "unknown_keyword": unknown_keyword,
    "deep_nesting": deep_nesting,
}


@dataclass(frozen=True)
class Case:
    page: str
    text: str
    description: str


def mutate(choose: Chooser, kinds: Sequence[str] = tuple(MUTATIONS)) -> Case:
    """A real page with one to three mutations of the given kinds applied."""
    page = choose.choice(PAGE_NAMES)
    text = PAGES[page]
    steps = []
    for _ in range(choose.choice((1, 1, 1, 2, 3))):
        kind = choose.choice(kinds)
        try:
            text, what = MUTATIONS[kind](text, choose)
        except IndexError:
            continue  # nothing of that kind left on the page (e.g. after a truncation)
        steps.append(f"{kind}: {what}")
    return Case(page, text, f"{page}: " + "; ".join(steps or ["unchanged"]))


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


def run_generate_case(text: str | bytes, *, time_limit: float = GENERATE_TIME_LIMIT) -> Outcome:
    """Run `sdkgen generate` on `text` in-process into a temporary folder and classify the
    result; an accepted page's package must compile and import."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as directory:
        out = Path(directory) / "out"
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
            return _rejection(
                path, run.line_count, run.stdout, lines, run.code, run.stderr, str(BUILTIN_DEFAULTS)
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
    config: str | None = None,
) -> Outcome:
    """An exit-2 run: exactly one error line, located in the page (or at line 1 of `config`,
    which the SDK planner names for what it does not support)."""

    def failed(why: str) -> Outcome:
        return Outcome("failed", why, code, stderr)

    if stdout:
        return failed("exit 2, but something was printed on stdout")
    if len(lines) != 1:
        return failed(f"exit 2 needs exactly one stderr line, got {len(lines)}")
    error = re.compile(rf"^{re.escape(path)}(?::{_LOCATED})?: error: \S.*$")
    match = error.match(lines[0])
    if match is None:
        if config is not None and lines[0].startswith(f"{config}:1: error: "):
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

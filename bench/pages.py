"""The pages the bench feeds sdkgen: its own seed family, and synthetic pages made from the
seed for the scaling section."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.paths import PYTHON, ROOT, SEED, TMP

_OPERATION_START = re.compile(r"^## (?P<summary>.+)$")
_SECTION_END = re.compile(r"^(# |<h1)")
_METHOD_LINE = re.compile(r"^`(?P<method>[A-Z]+) (?P<path>/\S*)`$")
_SAMPLE_URL = re.compile(r"""((?:fetch|requests\.\w+)\(\s*['"])/""")


def synthetic_page(text: str, copies: int) -> str:
    """The page with every `## Summary` section repeated `copies` times: copy N (N ≥ 2) has
    the summary suffixed " N" and every path (method line and code samples) prefixed /vN."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _OPERATION_START.match(lines[i].rstrip("\n"))
        if match is None:
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not (
            _OPERATION_START.match(lines[end]) or _SECTION_END.match(lines[end])
        ):
            end += 1
        section = lines[i:end]
        out.extend(section)
        for n in range(2, copies + 1):
            out.append(f"## {match.group('summary')} {n}\n")
            for line in section[1:]:
                method = _METHOD_LINE.match(line.rstrip("\n"))
                if method:
                    line = f"`{method.group('method')} /v{n}{method.group('path')}`\n"
                else:
                    line = _SAMPLE_URL.sub(rf"\g<1>/v{n}/", line)
                out.append(line)
        i = end
    return "".join(out)


def make_page(copies: int) -> Path:
    """The seed repeated `copies` times, written to bench/.tmp/pages."""
    path = TMP / "pages" / f"futures-order-x{copies}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(synthetic_page(SEED.read_text("utf-8"), copies), "utf-8")
    return path


@dataclass(frozen=True)
class PageCheck:
    """What sdkgen's parser says of a page: its operations, and its warnings (a bench page
    should have none; the first five are kept)."""

    operations: int
    warning_count: int
    warnings: tuple[str, ...]


def check_page(page: Path) -> PageCheck:
    """Parse `page` in a child process (the bench imports nothing of sdkgen itself)."""
    code = (
        "import json, sys\n"
        "from generator.read.parse import parse_file\n"
        "r = parse_file(sys.argv[1])\n"
        "print(json.dumps({'operations': len(r.api.operations),"
        " 'warnings': [str(w) for w in r.warnings][:5], 'warning_count': len(r.warnings)}))\n"
    )
    done = subprocess.run(
        [PYTHON, "-c", code, str(page)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    parsed = json.loads(done.stdout)
    return PageCheck(parsed["operations"], parsed["warning_count"], tuple(parsed["warnings"]))

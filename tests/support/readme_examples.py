"""Run every Python example of a generated README, in order, as a reader would: against the
package's own fake server (`Client()` and `AsyncClient()` become `fake.client()` and
`fake.async_client()`; nothing else is changed).

`python -m tests.support.readme_examples README.md PACKAGE` does it in a process of its own, for a
package whose import name is taken in the test process."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def run_readme_examples(readme: Path, package: str) -> int:
    """Exec each block; returns how many ran. An exception propagates, naming the block."""
    fake = importlib.import_module(f"{package}.testing").FakeKucoin()
    namespace: dict[str, Any] = {"__name__": "readme", "_fake": fake}
    blocks = _BLOCK.findall(readme.read_text(encoding="utf-8"))
    for index, block in enumerate(blocks):
        # A client made with credentials of its own stays as written (it makes no call).
        code = re.sub(r"\bAsyncClient\((?!api_key)", "_fake.async_client(", block)
        code = re.sub(r"(?<![\w.])Client\((?!api_key)", "_fake.client(", code)
        try:
            exec(compile(code, f"{readme}:block{index + 1}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README block {index + 1} failed:\n{block}") from error
    return len(blocks)


if __name__ == "__main__":
    count = run_readme_examples(Path(sys.argv[1]), sys.argv[2])
    print(f"{count} README blocks ran")

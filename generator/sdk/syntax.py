"""The last check of rendered code before it is written: every module must be valid Python.

The renderer writes code as black lays it out (generator.sdk.layout), so generation runs no
formatter; black stays the formatter of record, and the tests run `black --check` over every
generated tree of the test pages and the golden records. What this module catches is a
template bug: code that does not parse, or that black would accept but Python rejects
(`1 = "a"` in a class body), becomes one located error instead of a broken package.
"""

from __future__ import annotations

from collections.abc import Mapping


class GeneratedCodeError(ValueError):
    """A rendered module is not valid Python: a template bug, never the page's fault."""


def check_python(files: Mapping[str, str]) -> None:
    """Raise GeneratedCodeError naming the first `.py` file of `files` that does not compile."""
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        try:
            compile(text, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            raise GeneratedCodeError(
                f"{path}: rendered code does not compile (a template bug): {error}"
            ) from None

"""Generated imports are ordered as ruff orders them (`layout.import_from`), checked against
ruff itself on random names."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from generator.sdk.import_order import natural_compare, ruff_sorted
from generator.sdk.layout import import_from

# Letters of both cases, digits (leading zeros too) and underscores: where a plain `sorted`,
# a case-sensitive or a non-natural order differs from ruff's.
_ALPHABET = "aAbBzZ_0123456789"


def _random_name(rng: random.Random) -> str:
    first = rng.choice("aAbBzZ_")
    return first + "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 7)))


def _ruff_unsorted(files: dict[str, str], folder: Path) -> list[str]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "I001",
            "--output-format",
            "concise",
            "--quiet",
            str(folder),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return sorted(line.split(":", 1)[0] for line in result.stdout.splitlines() if line.strip())


def test_import_lists_are_in_ruffs_order(tmp_path: Path) -> None:
    rng = random.Random(20)
    files = {}
    for case in range(400):
        names = sorted({_random_name(rng) for _ in range(rng.randrange(2, 9))})
        rng.shuffle(names)
        files[f"case_{case}.py"] = import_from(0, "package.models", names) + "\n"
    assert _ruff_unsorted(files, tmp_path) == []


def test_the_check_catches_pythons_plain_order(tmp_path: Path) -> None:
    # The names of a real page's package: `sorted` puts `V3Data` first, ruff `esV1Data`.
    names = ["GetDepositAddressesV1Data", "GetDepositAddressV3Data"]
    files = {"plain.py": f"from m import {', '.join(sorted(names))}\n"}
    files["ruff.py"] = import_from(0, "m", names) + "\n"
    unsorted = _ruff_unsorted(files, tmp_path)
    assert [Path(path).name for path in unsorted] == ["plain.py"]


def test_natural_order_of_digit_runs() -> None:
    assert natural_compare("v3", "v10") == -1
    assert natural_compare("v10", "v3") == 1
    assert natural_compare("v007", "v7") == -1  # a leading zero compares left-aligned
    assert natural_compare("v1_", "v1") == 1
    assert natural_compare("ab", "ab") == 0
    assert ruff_sorted(["b", "SIDE", "Order", "a", "V2"]) == ["SIDE", "V2", "Order", "a", "b"]

"""How a figure is written, the same in the printed table and in the docs."""

from __future__ import annotations


def duration(seconds: float) -> str:
    """`266 ms` below a second, `2.67 s` above."""
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def milliseconds(seconds: float) -> str:
    """`53 ms`, whatever the size (for stages that add up to a total)."""
    return f"{seconds * 1000:,.0f} ms"


def times(ratio: float) -> str:
    """A ratio as `3.11x`."""
    return f"{ratio:.2f}x"


def verdict(met: bool, bound: str, target: float) -> str:
    """`target at least 3x: met` (`bound` is "at least" or "at most")."""
    return f"target {bound} {target:g}x: {'met' if met else 'NOT MET'}"

"""What every section's result offers, and the result of a section that failed."""

from __future__ import annotations

from dataclasses import Field, dataclass
from typing import Any, ClassVar, Protocol

# A line of the printed table: label, value, note.
TableRow = tuple[str, str, str]
# A row of docs/speed.md's table: what was measured, the figure.
SpeedRow = tuple[str, str]


class SectionResult(Protocol):
    """A section's measurements (a frozen dataclass), with their renderers."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def runtime_s(self) -> float:
        """How long the section took to measure."""
        ...

    def table_rows(self) -> list[TableRow]:
        """The lines of the printed table under the section's title."""
        ...

    def speed_rows(self) -> list[SpeedRow]:
        """The section's rows of docs/speed.md."""
        ...


@dataclass(frozen=True)
class Failed:
    """A section that raised: its error, and how long it ran before."""

    error: str
    runtime_s: float

    def table_rows(self) -> list[TableRow]:
        return [("  error", "", self.error[:120])]

"""Bar charts as plain numbers for an SVG template: drawn on the server, no script."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ROW = 26  # pixels per bar
LABEL_WIDTH = 250
BAR_WIDTH = 300


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart; the template draws it and states every number as text."""

    title: str
    bars: tuple[Bar, ...]
    height: int
    label_width: int = LABEL_WIDTH
    bar_width: int = BAR_WIDTH

    @property
    def width(self) -> int:
        return self.label_width + self.bar_width + 60


def bar_chart(title: str, items: Sequence[tuple[str, int]]) -> Chart:
    """Bars scaled to the largest value, in the order given."""
    top = max((value for _, value in items), default=0) or 1
    bars = tuple(
        Bar(label, value, index * ROW, round(BAR_WIDTH * value / top))
        for index, (label, value) in enumerate(items)
    )
    return Chart(title, bars, max(ROW, len(bars) * ROW))

"""Bar charts as plain numbers for a template: drawn on the server as HTML, no script.

Each bar is a line of text (label and number, readable at any width) over a bar drawn to
scale, and a link to the list filtered by what it counts where there is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    percent: float  # of the largest bar
    href: str | None = None


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart; the template states every number as text."""

    title: str
    bars: tuple[Bar, ...]


def bar_chart(title: str, items: Sequence[tuple[str, int] | tuple[str, int, str | None]]) -> Chart:
    """Bars scaled to the largest value, in the order given; an item's third part is a link."""
    top = max((item[1] for item in items), default=0) or 1
    bars = tuple(
        Bar(item[0], item[1], round(100 * item[1] / top, 1), item[2] if len(item) > 2 else None)
        for item in items
    )
    return Chart(title, bars)

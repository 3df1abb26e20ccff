"""How many buttons fit side by side on a phone, and rows packed to fit.

A phone in portrait (360 pt wide, Telegram's default font) shows about 30 characters on a
button that has the row to itself, 14 on each of two, 9 on each of three; longer labels are cut
with "…". Emoji count as two characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

ROW_WIDTH = {1: 30, 2: 14, 3: 9}
_EMOJI_PRESENTATION = "\ufe0f"

T = TypeVar("T")


def display_width(label: str) -> int:
    """Characters a label takes on a button: wide characters and emoji count twice."""
    width = 0
    for i, char in enumerate(label):
        if char == _EMOJI_PRESENTATION or unicodedata.combining(char):
            continue
        emoji = i + 1 < len(label) and label[i + 1] == _EMOJI_PRESENTATION
        wide = unicodedata.east_asian_width(char) in ("W", "F")
        width += 2 if emoji or wide else 1
    return width


def row_fits(labels: Sequence[str]) -> bool:
    """Whether these labels, side by side in one row, all show in full on a phone."""
    limit = ROW_WIDTH.get(len(labels), 0)
    return all(display_width(label) <= limit for label in labels)


def pack(items: Sequence[T], labels: Sequence[str], per_row: int) -> list[list[T]]:
    """Rows of up to `per_row` items, in order, with fewer in a row when labels would be cut."""
    return [[items[i] for i in row] for row in _layout(tuple(labels), per_row)]


@lru_cache(maxsize=4096)
def _layout(labels: tuple[str, ...], per_row: int) -> tuple[tuple[int, ...], ...]:
    """The rows as positions in `labels`: the same labels (one question in one language) are
    laid out once, not once per update."""
    rows: list[tuple[int, ...]] = []
    i = 0
    while i < len(labels):
        size = min(per_row, len(labels) - i)
        while size > 1 and not row_fits(labels[i : i + size]):
            size -= 1
        rows.append(tuple(range(i, i + size)))
        i += size
    return tuple(rows)

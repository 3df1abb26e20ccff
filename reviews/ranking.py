"""The ranking's maths: means per criterion and overall, spread, disagreement, counts.

Only submitted reviews count; a criterion nobody scored has no mean (None), never zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Scored:
    """One submitted review as the ranking sees it."""

    scores: Mapping[str, int]
    recommendation: str | None


@dataclass(frozen=True)
class Standing:
    """One experience in the ranking."""

    reviews_in: int
    expected: int
    means: dict[str, float | None]
    overall: float | None
    spread: dict[str, int]
    disagree: bool
    recommendations: dict[str, int]

    @property
    def widest(self) -> int:
        return max(self.spread.values(), default=0)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def standing(
    reviews: Sequence[Scored], expected: int, criteria: Sequence[str], disagree_gap: int = 2
) -> Standing:
    """The numbers of one experience from its submitted reviews; the overall mean is the mean
    of the criteria's means."""
    means: dict[str, float | None] = {}
    spread: dict[str, int] = {}
    for criterion in criteria:
        values = [r.scores[criterion] for r in reviews if criterion in r.scores]
        means[criterion] = mean(values)
        spread[criterion] = max(values) - min(values) if values else 0
    present = [m for m in means.values() if m is not None]
    counts = Counter(r.recommendation for r in reviews if r.recommendation)
    return Standing(
        reviews_in=len(reviews),
        expected=expected,
        means=means,
        overall=mean(present),
        spread=spread,
        disagree=any(gap >= disagree_gap for gap in spread.values()),
        recommendations=dict(counts),
    )


def sort_key(value: float | int | str | None) -> tuple[int, float | str]:
    """Sorting with the empty values last whatever the direction's numbers."""
    if value is None:
        return (1, 0.0)
    return (0, value)

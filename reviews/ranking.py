"""The ranking's maths: means per criterion and overall, spread, disagreement, counts.

Only submitted reviews count; a criterion nobody scored has no mean (None), never zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol


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


class Totals(Protocol):
    """One experience's submitted reviews added up (by `add_up`, or by the database for a
    whole round): per criterion how many scored it, the sum, lowest and highest (criteria
    nobody scored absent); per recommendation how many made it."""

    @property
    def reviews_in(self) -> int: ...
    @property
    def expected(self) -> int: ...
    @property
    def counts(self) -> Mapping[str, int]: ...
    @property
    def sums(self) -> Mapping[str, int]: ...
    @property
    def lows(self) -> Mapping[str, int]: ...
    @property
    def highs(self) -> Mapping[str, int]: ...
    @property
    def recommendations(self) -> Mapping[str, int]: ...


@dataclass(frozen=True)
class Added:
    """One experience's submitted reviews added up (see `Totals`), here or by the database
    (storage.reviews)."""

    reviews_in: int
    expected: int
    counts: dict[str, int]
    sums: dict[str, int]
    lows: dict[str, int]
    highs: dict[str, int]
    recommendations: dict[str, int]


def add_up(reviews: Sequence[Scored], expected: int, criteria: Sequence[str]) -> Added:
    """The totals of these submitted reviews."""
    counts: dict[str, int] = {}
    sums: dict[str, int] = {}
    lows: dict[str, int] = {}
    highs: dict[str, int] = {}
    for criterion in criteria:
        values = [r.scores[criterion] for r in reviews if criterion in r.scores]
        if values:
            counts[criterion], sums[criterion] = len(values), sum(values)
            lows[criterion], highs[criterion] = min(values), max(values)
    made = Counter(r.recommendation for r in reviews if r.recommendation)
    return Added(len(reviews), expected, counts, sums, lows, highs, dict(made))


def from_totals(totals: Totals, criteria: Sequence[str], disagree_gap: int = 2) -> Standing:
    """The numbers of one experience from its totals; the overall mean is the mean of the
    criteria's means."""
    means: dict[str, float | None] = {}
    spread: dict[str, int] = {}
    for criterion in criteria:
        count = totals.counts.get(criterion, 0)
        means[criterion] = totals.sums[criterion] / count if count else None
        spread[criterion] = totals.highs[criterion] - totals.lows[criterion] if count else 0
    present = [m for m in means.values() if m is not None]
    return Standing(
        reviews_in=totals.reviews_in,
        expected=totals.expected,
        means=means,
        overall=mean(present),
        spread=spread,
        disagree=any(gap >= disagree_gap for gap in spread.values()),
        recommendations=dict(totals.recommendations),
    )


def standing(
    reviews: Sequence[Scored], expected: int, criteria: Sequence[str], disagree_gap: int = 2
) -> Standing:
    """The numbers of one experience from its submitted reviews."""
    return from_totals(add_up(reviews, expected, criteria), criteria, disagree_gap)

"""What the guide asks of review rounds: the mean score per criterion of each experience.

The composition root hands the guide an implementation; `NoReviewScores` (no round yet)
leaves the score table out of every chapter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class CriterionMean:
    """One criterion of a review round and the mean of the scores given for it."""

    criterion: str  # its label in the guide's language
    mean: float
    reviews: int  # how many scores the mean is of


class ReviewScores(Protocol):
    """Mean score per criterion per experience, from the latest review round."""

    async def mean_scores(
        self, references: Sequence[str], lang: str
    ) -> Mapping[str, Sequence[CriterionMean]]:
        """Reference → its criteria's means, labels in `lang`; absent: never reviewed."""
        ...


class NoReviewScores:
    """No review round: no experience has scores."""

    async def mean_scores(
        self, references: Sequence[str], lang: str
    ) -> Mapping[str, Sequence[CriterionMean]]:
        """Nothing, for every reference."""
        return {}

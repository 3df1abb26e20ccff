"""What the guide asks of review rounds: the mean score per criterion of each experience.

The composition root hands the guide an implementation: `RoundScores` reads the newest review
round; `NoReviewScores` (tests, or no rounds) leaves the score table out of every chapter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncEngine

from reviews.criteria import ReviewForm
from storage.reviews import means_by_reference


@dataclass(frozen=True)
class CriterionMean:
    """One criterion of a review round and the mean of the scores given for it."""

    criterion: str  # its label in the guide's language
    mean: float
    out_of: int | None = None  # the top of the scale (a reader needs it to read the mean)


class ReviewScores(Protocol):
    """Mean score per criterion per experience, from the latest review round."""

    async def mean_scores(
        self, references: Sequence[str], lang: str
    ) -> Mapping[str, Sequence[CriterionMean]]:
        """Reference → its criteria's means, labels in `lang`; absent: never reviewed."""
        ...


class RoundScores:
    """The newest review round's means (submitted reviews only), criteria in the form's order
    with their labels from the review form (REVIEW_CRITERIA_FILE)."""

    def __init__(self, db: AsyncEngine, form: ReviewForm) -> None:
        self.db = db
        self.form = form

    async def mean_scores(
        self, references: Sequence[str], lang: str
    ) -> Mapping[str, Sequence[CriterionMean]]:
        """Reference → its criteria's means, for the references asked about."""
        wanted = set(references)
        means = await means_by_reference(self.db, criteria=self.form.ids)
        return {
            reference: [
                CriterionMean(c.label_in(lang), by[c.id], self.form.high)
                for c in self.form.criteria
                if c.id in by
            ]
            for reference, by in means.items()
            if reference in wanted
        }


class NoReviewScores:
    """No review round: no experience has scores."""

    async def mean_scores(
        self, references: Sequence[str], lang: str
    ) -> Mapping[str, Sequence[CriterionMean]]:
        """Nothing, for every reference."""
        return {}

"""B5's review round and guide selection, built with the storage functions the workspace uses.

A round holds one submission in `ROUND_SHARE` (10 %: 100 / 1,000 / 10,000 experiences at
1,000 / 10,000 / 100,000 submissions), each given to two reviewers (every third one to
three) among `REVIEWERS` partners; eight reviews in ten are submitted, one is a draft, one
not started, one in a hundred assignments is given back as a conflict. One submission in
`GUIDE_SHARE` (1 %: 10 / 100 / 1,000 experiences, all in the round) is triaged "selected":
the guide's default choice, so that its download grows with the submissions.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any, Final

from sqlalchemy import select

from reviews.criteria import ReviewForm
from storage.models import review_assignments
from storage.people import Person, save_person
from storage.reviews import add_assignments, create_round, declare_conflict, save_review
from storage.triage import set_triage_status
from tests.admin.factory import T0

ROUND_SHARE: Final = 10  # one submission in 10 is in the round
GUIDE_SHARE: Final = 100  # one in 100 is selected for the guide
REVIEWERS: Final = 40
FIRST_REVIEWER: Final = 900_000
COUNTRIES: Final = ("IT", "FR", "LT", "BE", "GB", "ES", "DE", "NL", "PT", "PL")


async def open_round(db: Any, staff: int) -> int:
    """The reviewers and an open round; the round's id."""
    for n in range(REVIEWERS):
        person = Person(
            FIRST_REVIEWER + n,
            f"Reviewer {n}",
            f"Partner {n % 12}",
            COUNTRIES[n % len(COUNTRIES)],
            "reviewer",
            ("en", "fr", "it", "lt")[: 1 + n % 4],
            True,
        )
        await save_person(db, person, staff, T0)
    round_id = await create_round(db, "B5 round", T0 + timedelta(days=3650), staff, T0)
    assert round_id is not None
    return round_id


def _reviewers(n: int) -> list[int]:
    count = 3 if n % (3 * ROUND_SHARE) == 0 else 2
    first = (n // ROUND_SHARE) % REVIEWERS
    return [FIRST_REVIEWER + (first + 7 * k) % REVIEWERS for k in range(count)]


def _scores(assignment_id: int, form: ReviewForm) -> dict[str, int]:
    span = form.high - form.low + 1
    return {c: form.low + (assignment_id * 7 + i * 3) % span for i, c in enumerate(form.ids)}


async def extend_round(
    db: Any, round_id: int, form: ReviewForm, staff: int, first: int, last: int
) -> None:
    """Put submissions `first`..`last - 1` of B5 (the round's share) in the round, review
    them, and select the guide's share."""
    ids = {n: uuid.UUID(int=n + 1) for n in range(first, last) if n % ROUND_SHARE == 0}
    pairs = [
        (sid, reviewer, f"CECOPS-{n:06d}: Reviewer {reviewer - FIRST_REVIEWER}")
        for n, sid in ids.items()
        for reviewer in _reviewers(n)
    ]
    await add_assignments(db, round_id, pairs, staff, T0)
    a = review_assignments.c
    async with db.connect() as conn:
        added = (
            await conn.execute(
                select(a.id, a.reviewer_id)
                .where(a.round_id == round_id, a.submission_id.in_(list(ids.values())))
                .order_by(a.id)
            )
        ).all()
    recommendations = [r.id for r in form.recommendations]
    for assignment_id, reviewer_id in added:
        kind = assignment_id % 10
        if assignment_id % 100 == 99:
            await declare_conflict(db, assignment_id, "Worked with them", reviewer_id, T0)
        elif kind < 9:
            await save_review(
                db,
                assignment_id,
                scores=_scores(assignment_id, form),
                comments={form.ids[0]: f"Comment on assignment {assignment_id}."},
                recommendation=recommendations[assignment_id % len(recommendations)],
                confidential=None,
                submit=kind < 8,
                actor_id=reviewer_id,
                now=T0,
            )
    for n, sid in ids.items():
        if n % GUIDE_SHARE == 0:
            await set_triage_status(db, sid, "selected", staff, T0)


__all__ = ["GUIDE_SHARE", "ROUND_SHARE", "extend_round", "open_round"]

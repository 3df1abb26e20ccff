"""The guide's score table from a real review round (storage.reviews), on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from guide.scores import RoundScores
from reviews.criteria import load_form
from storage.models import review_assignments
from storage.reviews import add_assignments, create_round, save_review
from tests.guide.data import guide_rows, insert_guide_rows

NOW = datetime(2026, 12, 6, 10, tzinfo=UTC)
STAFF = 7002


async def test_the_newest_round_gives_each_experience_its_means(db_engine: AsyncEngine) -> None:
    rows = guide_rows()
    await insert_guide_rows(db_engine, rows)
    french = next(row for row, _ in rows if row.reference == "CEC-FR1")
    form = load_form()
    first, second = form.ids[:2]
    round_id = await create_round(db_engine, "Round 1", NOW + timedelta(days=9), STAFF, NOW)
    assert round_id is not None
    pairs = [(french.id, reviewer, "") for reviewer in (8001, 8002, 8003)]
    await add_assignments(db_engine, round_id, pairs, STAFF, NOW)
    async with db_engine.connect() as conn:
        assignments = (await conn.execute(select(review_assignments.c.id))).scalars().all()
    for assignment, (a, b, submit) in zip(
        assignments, ((4, 2, True), (5, 3, True), (1, 1, False)), strict=True
    ):
        await save_review(
            db_engine,
            assignment,
            scores={first: a, second: b},
            comments={},
            recommendation=None,
            confidential=None,
            submit=submit,  # the third is a draft: not counted
            actor_id=8000 + assignment,
            now=NOW,
        )
    found = await RoundScores(db_engine, form).mean_scores(["CEC-FR1", "CEC-IT1"], "it")
    labels = {c.id: c.label_in("it") for c in form.criteria}
    assert {ref: [(m.criterion, m.mean) for m in means] for ref, means in found.items()} == {
        "CEC-FR1": [(labels[first], 4.5), (labels[second], 2.5)]
    }
    assert {m.out_of for m in found["CEC-FR1"]} == {form.high}  # the top of the form's scale

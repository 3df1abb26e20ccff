"""The rows the ranking orders by (storage.review_totals) stay equal to a fresh recount, and to
reviews.ranking's own numbers, through every kind of write, from two engines as from two
processes; and the ranking reads them only while they mean what the form means."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

from reviews.ranking import Scored, standing
from storage.maintenance import erase_respondent
from storage.migrate import upgrade_engine
from storage.models import (
    WITHDRAWN,
    review_assignments,
    review_rounds,
    review_totals,
    reviews,
    search_choices,
    submissions,
)
from storage.review_totals import recount
from storage.reviews import (
    RankingAsk,
    add_assignments,
    create_round,
    declare_conflict,
    round_records,
    round_totals,
    save_review,
)
from storage.search import choice_rows
from tests.admin.factory import T0, Row, insert_rows, sample_answers
from tests.conftest import TempDatabase

CRITERIA = ("impact", "innovation", "transfer")
STAFF = 1


def _numbers(row: Any) -> tuple[Any, ...]:
    """(round, submission, at, reviews in, overall) of a kept or recounted row."""
    overall = None if row[4] is None else round(float(row[4]), 9)
    return (int(row[0]), str(row[1]), row[2], int(row[3]), overall)


async def _assert_exact(engine: AsyncEngine) -> None:
    """The kept rows equal the recount, and the ranking's maths on the reviews themselves."""
    t, s = review_totals.c, submissions.c
    async with engine.connect() as conn:
        kept = (
            await conn.execute(
                select(t.round_id, t.submission_id, t.at, t.reviews_in, t.overall, t.country)
            )
        ).all()
        raw = "SELECT round_id, submission_id, at, reviews_in, overall, country FROM review_totals"
        stored = (await conn.execute(text(raw))).all()
        fresh = (await conn.execute(text(recount(conn.dialect.name)))).all()
        rounds = list((await conn.execute(select(review_rounds.c.id))).scalars())
        c = search_choices.c
        indexed = (
            await conn.execute(select(c.submission_id, c.choice).where(c.question_id == "country"))
        ).all()
        shown = dict(
            (
                await conn.execute(
                    select(s.id, s.submitted_at).where(
                        s.status == "submitted", s.reference.is_not(None)
                    )
                )
            ).all()
        )
    assert sorted(map(_numbers, stored)) == sorted(map(_numbers, fresh))
    countries = {(int(r[0]), str(r[1])): r[6] for r in fresh}
    assert {(int(r[0]), str(r[1])): r[5] for r in stored} == countries
    expected = []
    for round_id in rounds:
        by: dict[uuid.UUID, list[Any]] = {}
        for record in await round_records(engine, round_id):
            by.setdefault(record.submission_id, []).append(record)
        for sid, records in by.items():
            counted = [
                Scored(r.scores, r.recommendation)
                for r in records
                if r.conflict_at is None and r.submitted_at is not None
            ]
            numbers = standing(counted, 0, sorted({c for r in counted for c in r.scores}))
            expected.append((round_id, sid, shown.get(sid), numbers.reviews_in, numbers.overall))
    assert sorted(map(_numbers, kept)) == sorted(map(_numbers, expected))
    # The country, as search_choices has it.
    country_of = dict(indexed)
    assert {(r[0], r[1]): r[5] for r in kept} == {(r[0], r[1]): country_of.get(r[1]) for r in kept}


async def _review(
    engine: AsyncEngine, assignment_id: int, scores: dict[str, int], submit: bool = True
) -> str:
    return await save_review(
        engine,
        assignment_id,
        scores=scores,
        comments={},
        recommendation="fund" if submit else None,
        confidential=None,
        submit=submit,
        actor_id=STAFF,
        now=T0,
    )


async def _assignments(engine: AsyncEngine, round_id: int) -> dict[tuple[uuid.UUID, int], int]:
    a = review_assignments.c
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(a.submission_id, a.reviewer_id, a.id).where(a.round_id == round_id)
        )
        return {(sid, reviewer): int(aid) for sid, reviewer, aid in rows}


async def test_kept_totals_equal_a_recount_after_every_kind_of_write(
    empty_db: TempDatabase,
) -> None:
    web, other = empty_db.engine(), empty_db.engine()  # two pools, as two processes
    await upgrade_engine(web)
    rows = [
        Row(10 + n, sample_answers(country=("IT", "FR")[n % 2]), reference=f"CEC-{n}")
        for n in range(5)
    ]
    rows.append(
        Row(30, sample_answers(country="LT"), status="draft")
    )  # assigned before it is submitted
    await insert_rows(web, rows)
    ids = [row.id for row in rows]
    round_id = await create_round(web, "R1", T0 + timedelta(days=30), STAFF, T0)
    assert round_id is not None
    pairs = [(sid, reviewer, "") for sid in ids for reviewer in (101, 102)]
    assert await add_assignments(web, round_id, pairs, STAFF, T0) == 12
    await _assert_exact(other)

    # Reviews: a draft, submitted ones, one changed after it was submitted, a partial one.
    assigned = await _assignments(other, round_id)
    await _review(other, assigned[ids[0], 101], {"impact": 3, "innovation": 4}, submit=False)
    await _review(other, assigned[ids[0], 102], {"impact": 5, "innovation": 1, "transfer": 2})
    await _review(web, assigned[ids[1], 101], {"impact": 2, "innovation": 2, "transfer": 2})
    await _review(web, assigned[ids[1], 102], {"impact": 4})
    await _review(web, assigned[ids[2], 101], {"impact": 1, "innovation": 5, "transfer": 3})
    await _assert_exact(other)
    assert await _review(web, assigned[ids[0], 101], {"impact": 3, "innovation": 4}) == (
        "submitted"
    )
    assert await _review(other, assigned[ids[2], 101], {"impact": 5, "transfer": 5}) == "changed"
    await _assert_exact(web)

    # A conflict declared on a submitted review, and one given back before any review.
    assert await declare_conflict(other, assigned[ids[1], 102], "Colleague", 102, T0)
    assert await declare_conflict(other, assigned[ids[3], 101], "Colleague", 101, T0)
    await _assert_exact(web)

    # Whatever else changes them: a conflict cleared, an assignment removed, the draft
    # submitted, a submission withdrawn, another round deleted with its rows.
    second = await create_round(web, "R2", T0 + timedelta(days=30), STAFF, T0)
    assert second is not None
    await add_assignments(web, second, [(ids[0], 103, "")], STAFF, T0)
    await _review(web, (await _assignments(web, second))[ids[0], 103], {"impact": 2})
    await _assert_exact(other)
    a, s = review_assignments.c, submissions.c
    async with web.begin() as conn:
        await conn.execute(
            update(review_assignments)
            .where(a.id == assigned[ids[1], 102])
            .values(conflict_at=None, conflict_reason=None)
        )
        await conn.execute(delete(review_assignments).where(a.submission_id == ids[4]))
        await conn.execute(
            update(submissions)
            .where(s.id == ids[5])
            .values(status="submitted", reference="CEC-30", submitted_at=T0)
        )
        await conn.execute(update(submissions).where(s.id == ids[3]).values(status=WITHDRAWN))
        # Its choices indexed after the submit, as the bot's submit writes them; a country
        # taken out of the index.
        await conn.execute(insert(search_choices), choice_rows(ids[5], rows[5].answers))
        await conn.execute(
            delete(search_choices).where(
                search_choices.c.submission_id == ids[2], search_choices.c.question_id == "country"
            )
        )
    await _assert_exact(other)
    async with other.begin() as conn:
        await conn.execute(delete(review_rounds).where(review_rounds.c.id == second))
    await _assert_exact(web)

    # Erasure takes the respondent's experiences out of every round.
    assert await erase_respondent(web, 10, T0 + timedelta(days=1)) is not None
    await _assert_exact(other)
    async with other.connect() as conn:
        left = set((await conn.execute(select(review_totals.c.submission_id))).scalars())
    assert left == {ids[1], ids[2], ids[3], ids[5]}


@pytest.mark.parametrize("descending", [True, False])
async def test_a_criterion_the_form_no_longer_has_leaves_the_overall_to_the_form(
    empty_db: TempDatabase, descending: bool
) -> None:
    # Reviews scored "innovation" under an earlier form; the form now has "impact" alone. The
    # kept overall counts innovation, so the ranking must not order by it.
    engine = empty_db.engine()
    await upgrade_engine(engine)
    rows = [Row(10 + n, sample_answers(), reference=f"CEC-{n}") for n in range(3)]
    await insert_rows(engine, rows)
    round_id = await create_round(engine, "R1", T0 + timedelta(days=30), STAFF, T0)
    assert round_id is not None
    await add_assignments(engine, round_id, [(r.id, 101, "") for r in rows], STAFF, T0)
    assigned = await _assignments(engine, round_id)
    given = [{"impact": 2, "innovation": 5}, {"impact": 4, "innovation": 1}, {"impact": 3}]
    for row, scores in zip(rows, given, strict=True):
        await _review(engine, assigned[row.id, 101], scores)
    ask = RankingAsk(sort="overall", descending=descending, limit=50)
    found, matching = await round_totals(engine, round_id, ["impact"], ["fund"], None, ask)
    by_impact = [rows[1].id, rows[2].id, rows[0].id]
    assert [facts.submission_id for facts, _ in found] == (
        by_impact if descending else by_impact[::-1]
    )
    assert matching == 3
    # With both criteria in the form, the kept order is read: (2+5)/2 first, then 3, (4+1)/2.
    both = ["impact", "innovation"]
    found, _ = await round_totals(engine, round_id, both, ["fund"], None, ask)
    by_overall = [rows[0].id, rows[2].id, rows[1].id]
    assert [facts.submission_id for facts, _ in found] == (
        by_overall if descending else by_overall[::-1]
    )


async def test_two_reviews_of_one_experience_saved_at_once_both_count(
    empty_db: TempDatabase,
) -> None:
    # One reviewer's review is written and not yet committed when another's is saved: the
    # second waits, then counts the first (on PostgreSQL it would otherwise recompute from a
    # snapshot without it and overwrite the row).
    first, second = empty_db.engine(), empty_db.engine()
    await upgrade_engine(first)
    row = Row(10, sample_answers(), reference="CEC-1")
    await insert_rows(first, [row])
    round_id = await create_round(first, "R1", T0 + timedelta(days=30), STAFF, T0)
    assert round_id is not None
    await add_assignments(first, round_id, [(row.id, 101, ""), (row.id, 102, "")], STAFF, T0)
    assigned = await _assignments(first, round_id)
    async with first.begin() as conn:
        await conn.execute(
            insert(reviews).values(
                assignment_id=assigned[row.id, 101],
                scores={"impact": 5},
                comments={},
                updated_at=T0,
                submitted_at=T0,
            )
        )
        saving = asyncio.create_task(_review(second, assigned[row.id, 102], {"impact": 1}))
        await asyncio.sleep(0.5)  # the second save reaches the row and waits
        assert not saving.done()
    assert await saving == "submitted"
    await _assert_exact(first)
    async with first.connect() as conn:
        kept = (await conn.execute(select(review_totals.c.reviews_in))).scalar_one()
    assert kept == 2

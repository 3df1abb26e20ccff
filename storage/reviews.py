"""Review rounds, assignments and reviews: every statement the partners' evaluation runs.

The maths (means, spread, conflicts) lives in `reviews/`; this module only reads and writes.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Collection, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Float,
    FunctionElement,
    Integer,
    and_,
    case,
    cast,
    func,
    null,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from reviews.ranking import Added
from storage.audit import append_audit
from storage.db import READ_ONLY, write_transaction
from storage.models import (
    SUBMITTED,
    answers,
    review_assignments,
    review_rounds,
    review_totals,
    reviews,
    submissions,
)
from storage.review_totals import listed
from storage.submissions import json_text

# The answers a round needs about each experience (conflicts, titles).
FACT_QUESTIONS = ("country", "org_name", "initiative_name")


@dataclass(frozen=True)
class Round:
    """A review round."""

    id: int
    name: str
    deadline: datetime

    def open_at(self, now: datetime) -> bool:
        return now < self.deadline


@dataclass(frozen=True)
class RoundSummary:
    """A round in the list: how many assignments, how many reviews in."""

    round: Round
    assigned: int
    submitted: int


@dataclass(frozen=True)
class ExperienceFacts:
    """What a round knows of a submitted experience besides its answers."""

    submission_id: uuid.UUID
    reference: str
    language: str | None
    country: str | None
    organisation: str | None
    title: str | None
    triage_status: str


@dataclass(frozen=True)
class ReviewRecord:
    """One assignment with its review, if any (scores empty: not started)."""

    assignment_id: int
    round_id: int
    submission_id: uuid.UUID
    reviewer_id: int
    assigned_at: datetime
    conflict_at: datetime | None
    conflict_reason: str | None
    scores: dict[str, int] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    recommendation: str | None = None
    confidential: str | None = None
    updated_at: datetime | None = None
    submitted_at: datetime | None = None

    @property
    def state(self) -> str:
        """assigned | in_progress | submitted | conflict"""
        if self.conflict_at is not None:
            return "conflict"
        if self.submitted_at is not None:
            return "submitted"
        return "in_progress" if self.updated_at is not None else "assigned"


def _round(row: Any) -> Round:
    return Round(int(row.id), str(row.name), row.deadline)


@asynccontextmanager
async def _read(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as raw:
        yield await raw.execution_options(**READ_ONLY)


# ---- rounds ----


async def create_round(
    engine: AsyncEngine, name: str, deadline: datetime, actor_id: int, now: datetime
) -> int | None:
    """A new round; None if one already has this name. Audited."""
    r = review_rounds.c
    async with write_transaction(engine) as conn:
        taken = (await conn.execute(select(r.id).where(r.name == name))).first()
        if taken is not None:
            return None
        new_id = (
            await conn.execute(
                review_rounds.insert()
                .values(name=name, deadline=deadline, created_at=now, created_by=actor_id)
                .returning(r.id)
            )
        ).scalar_one()
        await append_audit(
            conn,
            at=now,
            actor_id=actor_id,
            action="round_opened",
            target=name[:64],
            detail=deadline.isoformat(),
        )
        return int(new_id)


async def set_deadline(
    engine: AsyncEngine, round_id: int, deadline: datetime, actor_id: int, now: datetime
) -> None:
    """Move a round's deadline (extended, or closed at once by a past date). Audited."""
    r = review_rounds.c
    async with write_transaction(engine) as conn:
        name = (await conn.execute(select(r.name).where(r.id == round_id))).scalar_one_or_none()
        if name is None:
            return
        await conn.execute(update(review_rounds).where(r.id == round_id).values(deadline=deadline))
        await append_audit(
            conn,
            at=now,
            actor_id=actor_id,
            action="round_deadline",
            target=str(name)[:64],
            detail=deadline.isoformat(),
        )


async def round_list(engine: AsyncEngine) -> list[RoundSummary]:
    """Every round, newest first, with its counts."""
    r, a, v = review_rounds.c, review_assignments.c, reviews.c
    query = (
        select(
            r.id,
            r.name,
            r.deadline,
            func.count(a.id),
            func.count(v.submitted_at),
        )
        .select_from(
            review_rounds.outerjoin(
                review_assignments, and_(a.round_id == r.id, a.conflict_at.is_(None))
            ).outerjoin(reviews, v.assignment_id == a.id)
        )
        .group_by(r.id, r.name, r.deadline)
        .order_by(r.created_at.desc(), r.id.desc())
    )
    async with _read(engine) as conn:
        rows = (await conn.execute(query)).all()
    return [RoundSummary(_round(row), int(row[3]), int(row[4])) for row in rows]


async def find_round(
    engine: AsyncEngine, round_id: int | None = None, name: str | None = None
) -> Round | None:
    """A round by id or by name; with neither, the newest one."""
    r = review_rounds.c
    query = select(r.id, r.name, r.deadline)
    if round_id is not None:
        query = query.where(r.id == round_id)
    elif name is not None:
        query = query.where(r.name == name)
    query = query.order_by(r.created_at.desc(), r.id.desc()).limit(1)
    async with _read(engine) as conn:
        row = (await conn.execute(query)).first()
    return _round(row) if row is not None else None


# ---- experiences and assignments ----


async def _facts(
    conn: AsyncConnection, only: Iterable[uuid.UUID] | None = None
) -> list[ExperienceFacts]:
    s, an = submissions.c, answers.c
    query = select(s.id, s.reference, s.language, s.triage_status).where(
        s.status == SUBMITTED, s.reference.is_not(None)
    )
    wanted = None if only is None else list(only)
    if wanted is not None:
        query = query.where(s.id.in_(wanted))
    rows = (await conn.execute(query.order_by(s.submitted_at, s.id))).all()
    values: dict[uuid.UUID, dict[str, Any]] = defaultdict(dict)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 500):
        found = await conn.execute(
            select(an.submission_id, an.question_id, an.value).where(
                an.submission_id.in_(ids[start : start + 500]),
                an.question_id.in_(FACT_QUESTIONS),
            )
        )
        for sid, qid, value in found:
            values[sid][qid] = value

    def text(sid: uuid.UUID, qid: str) -> str | None:
        value = values[sid].get(qid)
        return value if isinstance(value, str) and value else None

    return [
        ExperienceFacts(
            row.id,
            str(row.reference),
            row.language,
            text(row.id, "country"),
            text(row.id, "org_name"),
            text(row.id, "initiative_name"),
            str(row.triage_status),
        )
        for row in rows
    ]


async def submitted_experiences(engine: AsyncEngine) -> list[ExperienceFacts]:
    """Every submitted experience, oldest first: the pool a round assigns from."""
    async with _read(engine) as conn:
        return await _facts(conn)


async def experience_facts(
    engine: AsyncEngine, submission_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, ExperienceFacts]:
    async with _read(engine) as conn:
        return {f.submission_id: f for f in await _facts(conn, submission_ids)}


def _record(row: Any) -> ReviewRecord:
    return ReviewRecord(
        assignment_id=int(row.id),
        round_id=int(row.round_id),
        submission_id=row.submission_id,
        reviewer_id=int(row.reviewer_id),
        assigned_at=row.assigned_at,
        conflict_at=row.conflict_at,
        conflict_reason=row.conflict_reason,
        scores={str(k): int(v) for k, v in (row.scores or {}).items()},
        comments={str(k): str(v) for k, v in (row.comments or {}).items()},
        recommendation=row.recommendation,
        confidential=row.confidential,
        updated_at=row.updated_at,
        submitted_at=row.submitted_at,
    )


def _records_query(texts: bool = True) -> Any:
    """Assignments with their reviews; without the comments unless `texts` (the ranking's
    page shows none, and a round's comments are most of what it reads)."""
    a, v = review_assignments.c, reviews.c
    return select(
        a.id,
        a.round_id,
        a.submission_id,
        a.reviewer_id,
        a.assigned_at,
        a.conflict_at,
        a.conflict_reason,
        v.scores,
        v.comments if texts else null().label("comments"),
        v.recommendation,
        v.confidential if texts else null().label("confidential"),
        v.updated_at,
        v.submitted_at,
    ).select_from(review_assignments.outerjoin(reviews, v.assignment_id == a.id))


async def round_records(
    engine: AsyncEngine,
    round_id: int,
    reviewer_id: int | None = None,
    *,
    submission_ids: Collection[uuid.UUID] | None = None,
    texts: bool = True,
) -> list[ReviewRecord]:
    """Every assignment of a round (conflicts included) with its review; one reviewer's only
    when `reviewer_id` is given, those experiences' only when `submission_ids` are (a page of
    the ranking, one review's neighbours); `texts=False` leaves the comments out."""
    a = review_assignments.c
    query = _records_query(texts).where(a.round_id == round_id)
    if reviewer_id is not None:
        query = query.where(a.reviewer_id == reviewer_id)
    if submission_ids is not None:
        query = query.where(a.submission_id.in_(list(submission_ids)))
    async with _read(engine) as conn:
        rows = (await conn.execute(query.order_by(a.id))).all()
    return [_record(row) for row in rows]


async def reviewer_records(engine: AsyncEngine, reviewer_id: int) -> list[ReviewRecord]:
    """A reviewer's assignments in every round (their "My reviews")."""
    a = review_assignments.c
    query = _records_query().where(a.reviewer_id == reviewer_id).order_by(a.round_id, a.id)
    async with _read(engine) as conn:
        rows = (await conn.execute(query)).all()
    return [_record(row) for row in rows]


async def find_record(engine: AsyncEngine, assignment_id: int) -> ReviewRecord | None:
    query = _records_query().where(review_assignments.c.id == assignment_id)
    async with _read(engine) as conn:
        row = (await conn.execute(query)).first()
    return _record(row) if row is not None else None


async def add_assignments(
    engine: AsyncEngine,
    round_id: int,
    pairs: Sequence[tuple[uuid.UUID, int, str]],
    actor_id: int,
    now: datetime,
) -> int:
    """Assign (submission, reviewer, audit detail naming them) pairs; ones that exist already
    are skipped. How many were added. Each is audited."""
    a = review_assignments.c
    added = 0
    async with write_transaction(engine) as conn:
        for submission_id, reviewer_id, detail in pairs:
            exists = (
                await conn.execute(
                    select(a.id).where(
                        a.round_id == round_id,
                        a.submission_id == submission_id,
                        a.reviewer_id == reviewer_id,
                    )
                )
            ).first()
            if exists is not None:
                continue
            await conn.execute(
                review_assignments.insert().values(
                    round_id=round_id,
                    submission_id=submission_id,
                    reviewer_id=reviewer_id,
                    assigned_at=now,
                    assigned_by=actor_id,
                )
            )
            await append_audit(
                conn,
                at=now,
                actor_id=actor_id,
                action="assigned",
                target=str(submission_id),
                detail=detail,
            )
            added += 1
    return added


async def declare_conflict(
    engine: AsyncEngine, assignment_id: int, reason: str, actor_id: int, now: datetime
) -> bool:
    """The reviewer declares a conflict: the assignment returns to the pool, with the reason
    kept for staff. False if it was already declared or does not exist. Audited."""
    a = review_assignments.c
    async with write_transaction(engine) as conn:
        changed = await conn.execute(
            update(review_assignments)
            .where(a.id == assignment_id, a.conflict_at.is_(None))
            .values(conflict_at=now, conflict_reason=reason)
            .returning(a.submission_id)
        )
        submission_id = changed.scalar_one_or_none()
        if submission_id is None:
            return False
        await append_audit(
            conn,
            at=now,
            actor_id=actor_id,
            action="conflict",
            target=str(submission_id),
            detail=reason[:500],
        )
        return True


# ---- reviews ----


async def save_review(
    engine: AsyncEngine,
    assignment_id: int,
    *,
    scores: dict[str, int],
    comments: dict[str, str],
    recommendation: str | None,
    confidential: str | None,
    submit: bool,
    actor_id: int,
    now: datetime,
) -> str:
    """Keep a review (a draft on every save); `submit` marks it submitted. What happened:
    "draft", "submitted" or "changed" (a submitted review edited; audited like submissions)."""
    v, a = reviews.c, review_assignments.c
    async with write_transaction(engine) as conn:
        found = (
            await conn.execute(select(v.submitted_at).where(v.assignment_id == assignment_id))
        ).first()
        before: datetime | None = found.submitted_at if found is not None else None
        was_submitted = before is not None
        submitted_at = before if before is not None else (now if submit else None)
        values = {
            "scores": scores,
            "comments": comments,
            "recommendation": recommendation,
            "confidential": confidential,
            "updated_at": now,
            "submitted_at": submitted_at,
        }
        if found is None:
            await conn.execute(reviews.insert().values(assignment_id=assignment_id, **values))
        else:
            await conn.execute(
                update(reviews).where(v.assignment_id == assignment_id).values(**values)
            )
        outcome = "changed" if was_submitted else ("submitted" if submit else "draft")
        if outcome != "draft":
            submission_id = (
                await conn.execute(select(a.submission_id).where(a.id == assignment_id))
            ).scalar_one()
            await append_audit(
                conn,
                at=now,
                actor_id=actor_id,
                action=f"review_{outcome}",
                target=str(submission_id),
                detail=" ".join(f"{k}={n}" for k, n in scores.items()),
            )
        return outcome


async def means_by_reference(
    engine: AsyncEngine, round_id: int | None = None, criteria: Sequence[str] | None = None
) -> dict[str, dict[str, float]]:
    """Mean score per criterion of each experience in a round (the newest round when
    `round_id` is None), from submitted reviews only: reference -> criterion -> mean.
    `criteria` limits the criteria (default: every one scored); criteria nobody scored are
    absent, experiences without a submitted review too. For the guide."""
    chosen = round_id
    if chosen is None:
        newest = await find_round(engine)
        if newest is None:
            return {}
        chosen = newest.id
    a, v, s = review_assignments.c, reviews.c, submissions.c
    query = (
        select(s.reference, v.scores)
        .select_from(
            review_assignments.join(reviews, v.assignment_id == a.id).join(
                submissions, s.id == a.submission_id
            )
        )
        .where(a.round_id == chosen, a.conflict_at.is_(None), v.submitted_at.is_not(None))
    )
    async with _read(engine) as conn:
        rows = (await conn.execute(query)).all()
    collected: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for reference, scores in rows:
        for criterion, value in (scores or {}).items():
            if isinstance(value, int) and (criteria is None or criterion in criteria):
                collected[str(reference)][str(criterion)].append(value)
    return {
        ref: {c: sum(vals) / len(vals) for c, vals in by.items()} for ref, by in collected.items()
    }


# ---- the ranking's numbers, summed up by the database ----


@dataclass(frozen=True)
class RankingAsk:
    """What the ranking page asks of a round: a sort (a column of the ranking; "" the order of
    submission), filters and one page (`limit` None: every row)."""

    sort: str = ""
    descending: bool = False
    language: str | None = None
    triage: str | None = None
    country: str | None = None
    offset: int = 0
    limit: int | None = None


class greatest(FunctionElement[Any]):
    """The largest of its arguments: GREATEST on PostgreSQL, SQLite's max() of several."""

    inherit_cache = True


@compiles(greatest, "postgresql")
def _greatest_postgresql(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


@compiles(greatest)
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


def _answer(question_id: str, as_text: bool = False, of: Any = None) -> Any:
    """An answer of the submission `of` (default: the submissions row of the query)."""
    an = answers.c
    value = json_text(an.value) if as_text else an.value
    of = submissions.c.id if of is None else of
    return (
        select(value)
        .where(an.submission_id == of, an.question_id == question_id)
        .scalar_subquery()
    )


ALL_PARTS: Final = frozenset({"means", "spread", "recommendations"})


def _totals_of_round(
    round_id: int,
    criteria: Sequence[str],
    recommendations: Sequence[str],
    reviewing: Collection[int] | None,
    parts: frozenset[str] = ALL_PARTS,
    only: Sequence[uuid.UUID] | None = None,
) -> Any:
    """Per experience of the round (those of `only` if given): reviews in, expected, and per
    criterion the count, sum (`parts` "means"), lowest and highest ("spread") of the submitted
    scores; per recommendation how many made it ("recommendations")."""
    a, v = review_assignments.c, reviews.c
    counted = and_(a.conflict_at.is_(None), v.submitted_at.is_not(None))
    # As admin.review_rounds.waiting: not given back; submitted, or held by an active reviewer.
    waits: ColumnElement[bool] = a.conflict_at.is_(None)
    if reviewing is not None:
        waits = and_(waits, or_(v.submitted_at.is_not(None), a.reviewer_id.in_(list(reviewing))))

    # Each assignment's scores read once (the databases parse the JSON per extraction and do
    # not share the extraction of count, sum, min and max), then added up per experience.
    read: list[Any] = [
        a.submission_id.label("sid"),
        case((counted, 1)).label("counted"),
        case((waits, 1)).label("waits"),
    ]
    if parts & {"means", "spread"}:
        read += [
            case((counted, v.scores[c].as_integer())).label(f"s{i}")
            for i, c in enumerate(criteria)
        ]
    if "recommendations" in parts:
        read.append(case((counted, v.recommendation)).label("rec"))
    rows = (
        select(*read)
        .select_from(review_assignments.outerjoin(reviews, v.assignment_id == a.id))
        .where(a.round_id == round_id)
    )
    if only is not None:
        rows = rows.where(a.submission_id.in_(list(only)))
    # OFFSET 0: kept a subquery, so that each score is extracted once per row.
    r = rows.offset(0).subquery("scored").c
    columns: list[Any] = [
        r.sid,
        func.count(r.counted).label("n_in"),
        func.count(r.waits).label("n_expected"),
    ]
    for i in range(len(criteria)):
        score = r[f"s{i}"] if parts & {"means", "spread"} else None
        if "means" in parts:
            columns += [func.count(score).label(f"c{i}_n"), func.sum(score).label(f"c{i}_sum")]
        if "spread" in parts:
            columns += [func.min(score).label(f"c{i}_low"), func.max(score).label(f"c{i}_high")]
    if "recommendations" in parts:
        columns += [
            func.count(case((r.rec == rec, 1))).label(f"r{j}")
            for j, rec in enumerate(recommendations)
        ]
    return select(*columns).group_by(r.sid).subquery("totals")


def _parts_for(sort: str) -> frozenset[str]:
    """What a sort needs added up for every experience of the round."""
    if sort == "overall" or sort.startswith("mean-"):
        return frozenset({"means"})
    if sort == "spread":
        return frozenset({"spread"})
    if sort.startswith("rec-"):
        return frozenset({"recommendations"})
    return frozenset()


def _nullable(sort: str) -> bool:
    """Whether a sort's value may be missing (a mean nobody scored yet)."""
    return sort == "overall" or sort.startswith("mean-")


# Sorts by a column of the submission (or its answers) rather than of the totals.
_SUBMISSION_SORTS: Final = frozenset({"reference", "title", "country", "language", "decision"})


def _sort_value(
    key: str, t: Any, criteria: Sequence[str], recommendations: Sequence[str]
) -> ColumnElement[Any] | None:
    """The column the ranking sorts by, as reviews.ranking computes it (None: unknown); for
    `_SUBMISSION_SORTS`, an expression of the submissions table."""
    s = submissions.c
    means = (
        [cast(t[f"c{i}_sum"], Float) / func.nullif(t[f"c{i}_n"], 0) for i in range(len(criteria))]
        if "c0_sum" in t
        else []
    )
    if key == "overall" and means:
        scored = sum(case((t[f"c{i}_n"] > 0, 1), else_=0) for i in range(len(criteria)))
        return sum(func.coalesce(m, 0.0) for m in means) / func.nullif(scored, 0)
    if key.startswith("mean-") and key[5:] in criteria and means:
        return means[criteria.index(key[5:])]
    if key.startswith("rec-") and key[4:] in recommendations:
        return cast(t[f"r{recommendations.index(key[4:])}"], Integer)
    if key == "spread":
        gaps = [func.coalesce(t[f"c{i}_high"] - t[f"c{i}_low"], 0) for i in range(len(criteria))]
        return greatest(*gaps) if len(gaps) > 1 else (gaps[0] if gaps else None)
    simple: dict[str, ColumnElement[Any]] = {
        "reference": s.reference,
        "title": func.lower(func.coalesce(_answer("initiative_name", True), "")),
        "country": func.coalesce(_answer("country", True), ""),
        "language": func.coalesce(s.language, ""),
        "in": t["n_in"],
        "decision": s.triage_status,
    }
    return simple.get(key)


def _ranked_order(
    round_id: int,
    criteria: Sequence[str],
    recommendations: Sequence[str],
    reviewing: Collection[int] | None,
    ask: RankingAsk,
) -> Any:
    """The experiences of the round the ranking asks for, in its order, one page, each with
    how many match. Driven by the round's own assignments: each experience's submission is
    looked up by its key (a scalar subquery, which both databases run per row), never joined
    by a scan of every submission (PostgreSQL hashed the whole table at 100,000)."""
    s = submissions.c
    ordering = _totals_of_round(
        round_id, criteria, recommendations, reviewing, _parts_for(ask.sort)
    )
    o = ordering.c
    wanted: list[ColumnElement[bool]] = [
        s.id == o.sid,
        s.status == SUBMITTED,
        s.reference.is_not(None),
    ]
    if ask.language is not None:
        wanted.append(s.language == ask.language)
    if ask.triage is not None:
        wanted.append(s.triage_status == ask.triage)
    if ask.country is not None:
        wanted.append(_answer("country", True) == ask.country)
    # Its time of submission (the ties' order), None when it is not one the ranking shows.
    columns: list[Any] = [
        o.sid.label("sid"),
        select(s.submitted_at).where(*wanted).scalar_subquery().label("at"),
    ]
    value = _sort_value(ask.sort, o, criteria, recommendations)
    if value is not None and ask.sort in _SUBMISSION_SORTS:
        value = select(value).where(s.id == o.sid).scalar_subquery()
    if value is not None:
        columns.append(value.label("value"))
    # OFFSET 0: computed once per experience, not again in the filter and the order.
    keyed = select(*columns).offset(0).subquery("keyed")
    k = keyed.c
    chosen = select(k.sid, func.count().over().label("matching")).where(k.at.is_not(None))
    if value is not None:
        if _nullable(ask.sort):  # what has no value last, whichever the direction
            chosen = chosen.order_by(k.value.is_(None))
        chosen = chosen.order_by(k.value.desc() if ask.descending else k.value.asc())
    # Ties (and the unsorted) in order of submission, as the ranking always listed them.
    return chosen.order_by(k.at, k.sid).offset(ask.offset).limit(ask.limit)


# Sorts the kept review_totals can order by (see storage.review_totals), with their column.
_KEPT_SORTS: Final = {"": None, "in": "reviews_in", "overall": "overall"}


async def _kept_order(
    conn: AsyncConnection, round_id: int, criteria: Sequence[str], ask: RankingAsk
) -> Any | None:
    """`_ranked_order` read from the rows the database keeps per experience (review_totals),
    for the sorts they hold; None when they cannot answer: another sort, or, for the overall
    mean, a criterion scored in this round that the form no longer has (the kept mean counts
    every criterion scored)."""
    if ask.sort not in _KEPT_SORTS:
        return None
    t, s = review_totals.c, submissions.c
    if ask.sort == "overall":
        # Every experience scored on every criterion (the usual case) is one index range
        # skipped: only the others are read.
        full = listed(criteria)
        odd = union(
            select(t.criteria).where(t.round_id == round_id, t.criteria < full),
            select(t.criteria).where(t.round_id == round_id, t.criteria > full),
        )
        known = set(criteria)
        for found in (await conn.execute(odd)).scalars():
            if not set(str(found).split(",")) <= known:
                return None
    wanted: list[ColumnElement[bool]] = [t.round_id == round_id, t.at.is_not(None)]
    if ask.language is not None or ask.triage is not None:
        shown = select(s.id).where(s.id == t.submission_id)
        if ask.language is not None:
            shown = shown.where(s.language == ask.language)
        if ask.triage is not None:
            shown = shown.where(s.triage_status == ask.triage)
        wanted.append(shown.exists())
    if ask.country is not None:  # as _ranked_order filters (the answer, not the kept country)
        wanted.append(_answer("country", True, t.submission_id) == ask.country)
    chosen = select(t.submission_id.label("sid"), func.count().over().label("matching")).where(
        *wanted
    )
    name = _KEPT_SORTS[ask.sort]
    if name is not None:
        value = t[name]
        if _nullable(ask.sort):  # what has no value last, whichever the direction
            chosen = chosen.order_by(value.is_(None))
        chosen = chosen.order_by(value.desc() if ask.descending else value.asc())
    return chosen.order_by(t.at, t.submission_id).offset(ask.offset).limit(ask.limit)


async def round_totals(
    engine: AsyncEngine,
    round_id: int,
    criteria: Sequence[str],
    recommendations: Sequence[str],
    reviewing: Collection[int] | None,
    ask: RankingAsk = RankingAsk(),
) -> tuple[list[tuple[ExperienceFacts, Added]], int]:
    """The experiences of a round the ranking asks for (filtered, sorted, one page; by default
    all, oldest first) with their facts and their reviews' totals, added up, sorted and
    counted by the database: a page of a 10,000-experience round reads 100 rows, not 25,000
    reviews. And how many experiences match the filters. `reviewing`: the active reviewers
    (an unfinished review of anyone else is expected no more; None: everyone's is)."""
    s = submissions.c
    criteria, recommendations = list(criteria), list(recommendations)
    # First which experiences, in which order, adding up only what the sort needs; then the
    # full totals and facts of the page's experiences alone.
    async with _read(engine) as conn:
        chosen = await _kept_order(conn, round_id, criteria, ask)
        if chosen is None:
            chosen = _ranked_order(round_id, criteria, recommendations, reviewing, ask)
        picked = (await conn.execute(chosen)).all()
        ids = [row.sid for row in picked]
        paged = ask.limit is not None
        totals = _totals_of_round(
            round_id, criteria, recommendations, reviewing, only=ids if paged else None
        )
        t = totals.c
        query = select(
            s.id,
            s.reference,
            s.language,
            s.triage_status,
            _answer("country"),
            _answer("org_name"),
            _answer("initiative_name"),
            *t,
        ).select_from(totals.join(submissions, s.id == t.sid))
        rows = list((await conn.execute(query)).all()) if ids else []
    place = {sid: n for n, sid in enumerate(ids)}
    rows = sorted((row for row in rows if row[0] in place), key=lambda row: place[row[0]])

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) and value else None

    found = []
    n = len(criteria)
    first = 10  # s.id … initiative_name, then totals.sid, n_in, n_expected
    at = [(c, first + 4 * i) for i, c in enumerate(criteria)]
    recommended = list(enumerate(recommendations, start=first + 4 * n))
    for row in rows:
        r = tuple(row)
        scored = [(c, i) for c, i in at if r[i]]
        facts = ExperienceFacts(
            r[0], str(r[1]), r[2], text(r[4]), text(r[5]), text(r[6]), str(r[3])
        )
        added = Added(
            reviews_in=int(r[8]),
            expected=int(r[9]),
            counts={c: int(r[i]) for c, i in scored},
            sums={c: int(r[i + 1]) for c, i in scored},
            lows={c: int(r[i + 2]) for c, i in scored},
            highs={c: int(r[i + 3]) for c, i in scored},
            recommendations={rec: int(r[i]) for i, rec in recommended if r[i]},
        )
        found.append((facts, added))
    if picked:
        return found, int(picked[0].matching)
    if not ask.offset:
        return found, 0
    # Past the last page: how many match, for the page numbers.
    _, matching = await round_totals(
        engine, round_id, criteria, recommendations, reviewing, replace(ask, offset=0, limit=1)
    )
    return found, matching


async def round_countries(engine: AsyncEngine, round_id: int) -> list[str]:
    """The countries of the round's experiences (for the ranking's filter), from the country
    each experience's kept row holds (an index range, not a look-up per experience)."""
    t = review_totals.c
    query = select(t.country).where(t.round_id == round_id, t.country.is_not(None)).distinct()
    async with _read(engine) as conn:
        return sorted(str(code) for code in (await conn.execute(query)).scalars())

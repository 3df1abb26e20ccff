"""What the staff workspace reads: one page of submissions, facets, drafts, an overview.

Every list, facet and export starts from the same `SubmissionFilter` (storage.submissions),
so what a staff member filters is exactly what they count and what they download. One module
(about 750 lines) on purpose: the pages' queries share that filter and its joins.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final, Literal, TypeVar

from sqlalchemy import (
    JSON,
    ColumnElement,
    Select,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.counts import (
    CONSENT,
    LANGUAGE,
    MONTH,
    STATUS,
    TRIAGE,
    choice_counted,
    read_counts,
)
from storage.db import READ_ONLY
from storage.models import (
    DRAFT,
    OUTBOX_SUBMISSION,
    REMINDER_SENT,
    SUBMITTED,
    WITHDRAWN,
    answers,
    outbox,
    reminders,
    respondents,
    submissions,
    triage_events,
)
from storage.search import (
    COUNTRY_QUESTION,
    all_choice_counts,
    choice_counts,
    filter_tokens,
    keep_matches,
    kept_choice_counts,
    kept_matches,
    kept_rows,
    kept_triage_languages,
)
from storage.submissions import (
    SelectQ,
    SubmissionFilter,
    SubmissionRecord,
    answer_text,
    apply_filter,
    json_object_agg,
    json_text,
    load_submission,
    respondent_language,
)

SortKey = Literal["submitted", "reference", "triage", "language", "country", "initiative", "city"]
SORT_KEYS: Final = (
    "submitted",
    "reference",
    "triage",
    "language",
    "country",
    "initiative",
    "city",
)


@dataclass(frozen=True)
class ListRow:
    """One line of the submissions list, with every answer (columns and snippets read them)."""

    id: uuid.UUID
    reference: str | None
    status: str
    triage_status: str
    language: str | None
    created_at: datetime
    submitted_at: datetime | None
    answers: dict[str, Any]


@dataclass(frozen=True)
class ListPage:
    """A page of the list and how many submissions match in all."""

    rows: list[ListRow]
    total: int


@dataclass(frozen=True)
class ChoiceQuestion:
    """A choice question offered as a facet: its id, kind (single, multi, yesno), choices."""

    id: str
    kind: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Facets:
    """Counts per value of each filterable dimension, within the current filter."""

    triage: dict[str, int]
    status: dict[str, int]
    country: dict[str | None, int]
    language: dict[str | None, int]
    activity: dict[str, int]
    # question id → choice id → matching submissions (every choice question asked for)
    choices: dict[str, dict[str, int]] = field(default_factory=dict)


def _answer_of(question_id: str) -> ColumnElement[Any]:
    """A submission's answer to one question as text (for sorting), correlated."""
    return (
        select(json_text(answers.c.value))
        .where(answers.c.submission_id == submissions.c.id)
        .where(answers.c.question_id == question_id)
        .scalar_subquery()
    )


def _when(where: SubmissionFilter, rows: Table = submissions) -> ColumnElement[Any]:
    c = rows.c
    return (
        c.submitted_at
        if where.status == "submitted"
        else func.coalesce(c.submitted_at, c.created_at)
    )


def _sort_column(where: SubmissionFilter, sort: SortKey) -> ColumnElement[Any]:
    c = submissions.c
    column: ColumnElement[Any] = {
        "submitted": _when(where),
        "reference": c.reference,
        "triage": c.triage_status,
        "language": respondent_language(),
        "country": _answer_of("country"),
        "initiative": _answer_of("initiative_name"),
        "city": _answer_of("city"),
    }[sort]
    return column


# The sorts by an answer (`_answer_of`): the others are a column of the submission's row.
ANSWER_SORTS: Final = ("country", "initiative", "city")
# The sorts a search's kept rows can serve on their own (storage.search.KEPT_COLUMNS).
KEPT_SORTS: Final = ("submitted", "reference", "triage", "language")


def _kept_sort_column(where: SubmissionFilter, sort: SortKey) -> ColumnElement[Any]:
    """`_sort_column` over a search's kept rows (a sort of `KEPT_SORTS`)."""
    h = kept_rows().c
    column: ColumnElement[Any] = {
        "submitted": _when(where, kept_rows()),
        "reference": h.reference,
        "triage": h.triage_status,
        "language": h.language,
    }[sort]
    return column


def _order(
    where: SubmissionFilter, sort: SortKey, descending: bool, rows: Table = submissions
) -> list[Any]:
    kept = rows is not submissions
    column = _kept_sort_column(where, sort) if kept else _sort_column(where, sort)
    primary = column.desc() if descending else column.asc()
    # The id breaks ties so that pages never overlap or skip a row.
    return [primary, rows.c.id.desc() if descending else rows.c.id.asc()]


def _kept_only(where: SubmissionFilter) -> bool:
    """Whether `where` is a search's kept ids and nothing more (every status but drafts)."""
    return replace(where, status="submitted") == SubmissionFilter(kept=True) and (
        where.status != "draft"
    )


async def _page_answers(
    conn: AsyncConnection, ids: Sequence[uuid.UUID], questions: Sequence[str] | None = None
) -> dict[uuid.UUID, dict[str, Any]]:
    """The answers of a page's submissions (`questions` only, None: every one), one JSON
    document per submission built by the database: a page of 50 at 100,000 submissions read
    1,250 answer rows, each decoded, in 8 ms; its 50 documents take 2 ms."""
    found: dict[uuid.UUID, dict[str, Any]] = {i: {} for i in ids}
    if ids:
        a = answers.c
        given = type_coerce(json_object_agg(a.question_id, a.value), JSON)
        query = select(a.submission_id, given).where(a.submission_id.in_(ids))
        if questions is not None:
            query = query.where(a.question_id.in_(questions))
        for submission_id, values in await conn.execute(query.group_by(a.submission_id)):
            found[submission_id] = dict(values or {})
    return found


async def list_page(
    engine: AsyncEngine,
    where: SubmissionFilter,
    *,
    sort: SortKey = "submitted",
    descending: bool = True,
    offset: int = 0,
    limit: int = 50,
) -> ListPage:
    """One page of matching submissions, sorted, with the answers the list shows."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        total = int(
            (
                await conn.execute(
                    apply_filter(where, select(func.count()).select_from(submissions))
                )
            ).scalar_one()
        )
        rows = await _page(conn, where, sort, descending, offset, limit)
    return ListPage(rows=rows, total=total)


async def _page(
    conn: AsyncConnection,
    where: SubmissionFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    limit: int,
) -> list[ListRow]:
    if _kept_only(where) and sort in KEPT_SORTS:
        # The kept rows hold what the page shows: no lookup of each match in submissions.
        h = kept_rows()
        shows = (h.c.id, h.c.reference, h.c.status, h.c.triage_status, h.c.language)
        query = select(*shows, h.c.created_at, h.c.submitted_at)
        query = query.order_by(*_order(where, sort, descending, h))
    else:
        c = submissions.c
        columns = (
            c.id,
            c.reference,
            c.status,
            c.triage_status,
            respondent_language().label("language"),
            c.created_at,
            c.submitted_at,
        )
        query = apply_filter(where, select(*columns)).order_by(*_order(where, sort, descending))
    rows = (await conn.execute(query.offset(offset).limit(limit))).all()
    # Every answer: a search's snippets look for the words in them (storage.search).
    shown = await _page_answers(conn, [r.id for r in rows])
    return [
        ListRow(
            id=r.id,
            reference=r.reference,
            status=r.status,
            triage_status=r.triage_status,
            language=r.language,
            created_at=r.created_at,
            submitted_at=r.submitted_at,
            answers=shown[r.id],
        )
        for r in rows
    ]


async def _grouped(conn: AsyncConnection, query: Select[*tuple[Any, ...]]) -> dict[Any, int]:
    return {key: int(count) for key, count in await conn.execute(query)}


def _indexed(where: SubmissionFilter, conn: AsyncConnection) -> tuple[bool, Select[Any] | None]:
    """Whether the choice index (submitted questionnaires only) can count within `where`, and
    the query of the matching ids it counts among (None: every submitted questionnaire)."""
    if where.status != "submitted":
        return False, None
    if where == SubmissionFilter():
        return True, None
    if where == SubmissionFilter(kept=True):
        # A search's kept ids are the matching ones already: counted from there, rather than
        # joined back to the submissions (`_facets` counts their documents' choices).
        return True, kept_matches()
    return True, apply_filter(where, select(submissions.c.id))


async def _choice_counts(
    conn: AsyncConnection,
    matching: Select[Any],
    question_id: str,
    choices: Sequence[str],
    where: SubmissionFilter | None = None,
) -> dict[str, int]:
    """How many matching submissions chose each choice of a multiple-choice question: from the
    choice index when `where` selects submitted questionnaires only, else one pass over that
    question's answers, the database unnesting each list of choices."""
    if not choices:
        return {}
    usable, within = _indexed(where, conn) if where is not None else (False, None)
    if usable:
        found = await choice_counts(conn, question_id, within)
        return {c: found.get(c, 0) for c in choices}
    if conn.dialect.name == "postgresql":
        each = func.jsonb_array_elements_text(answers.c.value["choices"]).table_valued("value")
    else:
        each = func.json_each(answers.c.value, "$.choices").table_valued("value")
    choice = each.c.value
    query = (
        select(choice, func.count())
        .select_from(answers)
        .join(each, true())
        .where(
            answers.c.question_id == question_id,
            answers.c.submission_id.in_(matching.with_only_columns(submissions.c.id)),
        )
        .group_by(choice)
    )
    found = {str(key): int(n) for key, n in await conn.execute(query)}
    return {c: found.get(c, 0) for c in choices}


async def _all_choice_counts(
    conn: AsyncConnection,
    matching: Select[Any],
    questions: Sequence[ChoiceQuestion],
    where: SubmissionFilter | None = None,
) -> dict[str, dict[str, int]]:
    """Counts per choice of every choice question in one grouped query: from the choice index
    when `where` selects submitted questionnaires only; else over the answers, single choices
    by their id, multiple choices unnested by the database, yes/no by their JSON text."""
    if not questions:
        return {}
    usable, indexed = _indexed(where, conn) if where is not None else (False, None)
    if usable:
        counted = await all_choice_counts(conn, [q.id for q in questions], indexed)
        return {q.id: {c: counted.get(q.id, {}).get(c, 0) for c in q.choices} for q in questions}
    a = answers.c
    within = a.submission_id.in_(matching.with_only_columns(submissions.c.id))
    by_kind: dict[str, list[str]] = {}
    for question in questions:
        by_kind.setdefault(question.kind, []).append(question.id)
    parts: list[Select[Any]] = []
    if "single" in by_kind:
        picked = a.value["choice"].as_string()
        parts.append(
            select(a.question_id, picked.label("choice"), func.count().label("n"))
            .where(a.question_id.in_(by_kind["single"]), within)
            .group_by(a.question_id, picked)
        )
    if "multi" in by_kind:
        if conn.dialect.name == "postgresql":
            each = func.jsonb_array_elements_text(a.value["choices"]).table_valued("value")
        else:
            each = func.json_each(a.value, "$.choices").table_valued("value")
        parts.append(
            select(a.question_id, each.c.value.label("choice"), func.count().label("n"))
            .select_from(answers)
            .join(each, true())
            .where(a.question_id.in_(by_kind["multi"]), within)
            .group_by(a.question_id, each.c.value)
        )
    if "yesno" in by_kind:
        said = answer_text()
        parts.append(
            select(a.question_id, said.label("choice"), func.count().label("n"))
            .where(a.question_id.in_(by_kind["yesno"]), said.in_(("true", "false")), within)
            .group_by(a.question_id, said)
        )
    query = parts[0] if len(parts) == 1 else union_all(*parts)
    found: dict[str, dict[str, int]] = {q.id: {} for q in questions}
    for question_id, choice, n in await conn.execute(query):
        key = {"true": "yes", "false": "no", "1": "yes", "0": "no"}.get(str(choice), str(choice))
        if question_id in found:
            found[question_id][key] = found[question_id].get(key, 0) + int(n)
    return {q.id: {c: found[q.id].get(c, 0) for c in q.choices} for q in questions}


def _country_join(query: SelectQ) -> SelectQ:
    return query.outerjoin(
        answers,
        and_(answers.c.submission_id == submissions.c.id, answers.c.question_id == "country"),
    )


async def facets(
    engine: AsyncEngine, where: SubmissionFilter, activities: Sequence[str]
) -> Facets:
    """Counts beside the list: per triage status, questionnaire status, country, language,
    activity; each within the current filter."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        return await _facets(conn, where, activities)


async def _facets(
    conn: AsyncConnection,
    where: SubmissionFilter,
    activities: Sequence[str],
    questions: Sequence[ChoiceQuestion] = (),
    statuses: bool = True,
) -> Facets:
    """`facets`, on `conn`; `statuses=False`: without the status facet."""
    if where == SubmissionFilter():
        return await _unfiltered_facets(conn, activities, questions)
    if where.status == "all" and where.since is None and where.until is None:
        # The submitted questionnaires counted from the choice index (or the kept counts),
        # the drafts and withdrawn ones from their answers: the answers of every submission
        # were read instead (100,000 submissions and 1,000 drafts: 5 s on SQLite, 2.4 s on
        # PostgreSQL). Not with dates: "all" compares them with the start, "submitted" with
        # the submission.
        submitted = await _facets(conn, replace(where, status="submitted"), activities, questions)
        others = replace(where, status="unsubmitted")
        rest = await _facets(conn, others, activities, questions, statuses=False)
        return _added(submitted, rest)
    c = submissions.c
    count = func.count()
    language = respondent_language()
    by_triage: dict[str, int] = {}
    by_language: dict[str | None, int] = {}
    by_country: dict[str | None, int] = {}
    by_choice: dict[str, dict[str, int]] | None = None
    by_activity: dict[str, int] | None = None
    usable, within = _indexed(where, conn)
    if usable:
        # Triage and language from the submissions' index; countries, activities and every
        # choice question from the choice index, in one grouped query (each match's choices
        # read once, not once for the countries and again for the rest); a search's from the
        # choices its matches' documents brought (storage.search.kept_choice_counts).
        if _kept_only(where):
            # Kept with the ids (100,000 submissions: 2,500 lookups, 4 ms, saved).
            combined = kept_triage_languages()
        else:
            combined = apply_filter(where, select(c.triage_status, language, count)).group_by(
                c.triage_status, language
            )
        for triage, lang, n in await conn.execute(combined):
            by_triage[triage] = by_triage.get(triage, 0) + n
            by_language[lang] = by_language.get(lang, 0) + n
        asked = list(dict.fromkeys([COUNTRY_QUESTION, "activities", *(q.id for q in questions)]))
        if _kept_only(where):
            counted = await kept_choice_counts(conn, asked)
        else:
            counted = await all_choice_counts(conn, asked, within)
        by_choice = {q.id: _per_choice(counted.get(q.id, {}), q.choices) for q in questions}
        by_activity = by_choice.get("activities")
        if by_activity is None:
            by_activity = _per_choice(counted.get("activities", {}), activities)
        countries = counted.get(COUNTRY_QUESTION, {})
        by_country = {code: n for code, n in countries.items()}
        unknown = sum(by_triage.values()) - sum(countries.values())
        if unknown:
            by_country[None] = unknown
    else:
        country = json_text(answers.c.value)
        # One grouped pass gives triage, language and country together (the filter runs once).
        combined = apply_filter(
            where,
            _country_join(
                select(c.triage_status, language, country, count).select_from(submissions)
            ),
        ).group_by(c.triage_status, language, country)
        for triage, lang, land, n in await conn.execute(combined):
            by_triage[triage] = by_triage.get(triage, 0) + n
            by_language[lang] = by_language.get(lang, 0) + n
            by_country[land] = by_country.get(land, 0) + n
    if not statuses:
        by_status = {}
    elif _any_status(where) == SubmissionFilter(status="all"):
        by_status = _known((await read_counts(conn, [STATUS]))[STATUS])
    elif where.kept and where.status in ("submitted", "all"):
        # A search finds submitted questionnaires only: the triage counts have them all.
        by_status = {SUBMITTED: sum(by_triage.values())} if by_triage else {}
    elif where.since is None and where.until is None and not where.kept:
        # The submitted ones counted where the choice index serves the filter (the triage
        # counts have them when the list is theirs), the drafts and withdrawn ones from their
        # answers: every submission's answers were read instead (100,000 submissions, a
        # country: 0.5 s on SQLite). Not with dates ("all" compares them with the start).
        others = replace(where, status="unsubmitted")
        by_status = await _grouped(
            conn, apply_filter(others, select(c.status, count)).group_by(c.status)
        )
        if where.status == "submitted":
            listed = sum(by_triage.values())
        else:
            theirs = apply_filter(replace(where, status="submitted"), select(count))
            listed = int(await conn.scalar(theirs.select_from(submissions)) or 0)
        if listed:
            by_status[SUBMITTED] = listed
    else:
        by_status = await _grouped(
            conn, apply_filter(_any_status(where), select(c.status, count)).group_by(c.status)
        )
    matching = apply_filter(where, select(c.id).select_from(submissions))
    if by_choice is None:
        by_choice = await _all_choice_counts(conn, matching, questions, where)
    if by_activity is None:
        by_activity = by_choice.get("activities")
    if by_activity is None:
        by_activity = await _choice_counts(conn, matching, "activities", activities, where)
    return Facets(
        triage=by_triage,
        status=by_status,
        country=by_country,
        language=by_language,
        activity=by_activity,
        choices=by_choice,
    )


K = TypeVar("K")


def _added(submitted: Facets, rest: Facets) -> Facets:
    """The facets of two disjoint parts of a list, the submitted one's statuses (each part
    counts the statuses of the whole list)."""

    def add(first: Mapping[K, int], second: Mapping[K, int]) -> dict[K, int]:
        return {key: first.get(key, 0) + second.get(key, 0) for key in {**first, **second}}

    choices = {
        question: add(submitted.choices.get(question, {}), rest.choices.get(question, {}))
        for question in {**submitted.choices, **rest.choices}
    }
    return Facets(
        triage=add(submitted.triage, rest.triage),
        status=submitted.status,
        country=add(submitted.country, rest.country),
        language=add(submitted.language, rest.language),
        activity=add(submitted.activity, rest.activity),
        choices=choices,
    )


def _known(counts: dict[str | None, int]) -> dict[str, int]:
    return {key: n for key, n in counts.items() if key is not None}


def _per_choice(found: Mapping[Any, int], offered: Sequence[str]) -> dict[str, int]:
    """A question's counts for each choice it offers (0 for those nobody chose)."""
    return {choice: found.get(choice, 0) for choice in offered}


def _offered(
    got: dict[str, dict[str | None, int]], question_id: str, offered: Sequence[str]
) -> dict[str, int]:
    """A question's kept counts (storage.counts) for each choice it offers."""
    return _per_choice(got[choice_counted(question_id)], offered)


async def _unfiltered_facets(
    conn: AsyncConnection, activities: Sequence[str], questions: Sequence[ChoiceQuestion]
) -> Facets:
    """The facets of every submitted questionnaire, from the counts the database keeps
    (storage.counts): one read of a row per value, whatever the number of submissions."""
    asked = [COUNTRY_QUESTION, "activities", *(q.id for q in questions)]
    got = await read_counts(conn, [TRIAGE, LANGUAGE, STATUS, *map(choice_counted, asked)])
    by_triage = _known(got[TRIAGE])
    by_country = dict(got[choice_counted(COUNTRY_QUESTION)])
    # Submitted without a country (the question skipped): the facet's "unknown".
    unknown = sum(by_triage.values()) - sum(by_country.values())
    if unknown:
        by_country[None] = unknown
    by_choice = {q.id: _offered(got, q.id, q.choices) for q in questions}
    by_activity = by_choice.get("activities")
    return Facets(
        triage=by_triage,
        status=_known(got[STATUS]),
        country=by_country,
        language=got[LANGUAGE],
        activity=_offered(got, "activities", activities) if by_activity is None else by_activity,
        choices=by_choice,
    )


async def browse(
    engine: AsyncEngine,
    where: SubmissionFilter,
    activities: Sequence[str],
    *,
    sort: SortKey = "submitted",
    descending: bool = True,
    offset: int = 0,
    limit: int = 50,
    questions: Sequence[ChoiceQuestion] = (),
) -> tuple[ListPage, Facets]:
    """The list's page and its facets, on one connection; the total comes from the facets.
    `questions` get facets (counts per choice); each row comes with all its answers."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        await _custom_plans(conn)
        where = await _search_once(conn, where)
        counts = await _facets(conn, where, activities, questions)
        rows = await _page(conn, where, sort, descending, offset, limit)
    return ListPage(rows=rows, total=sum(counts.triage.values())), counts


async def _custom_plans(conn: AsyncConnection) -> None:
    """Plan each query for its own values on PostgreSQL. asyncpg prepares statements, and after
    five runs PostgreSQL may switch to a generic plan that cannot see how selective a search
    pattern or an id list is: the filtered list then went from 0.1 s to 1 s."""
    if conn.dialect.name == "postgresql":
        await conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")


async def _search_once(conn: AsyncConnection, where: SubmissionFilter) -> SubmissionFilter:
    """Run a search once, keeping its ids in a temporary table on this connection, and filter
    the following queries (count, facets, page, neighbours) by a join to it. Binding the ids as
    parameters cost each query their parsing (up to 40 ms for 2,000 at 10,000 submissions);
    running the search in each query repeated it five times."""
    if not where.search:
        return where
    # The rest of the filter (country, triage, facets…) once too, the status aside (the
    # status facet counts across statuses; a search finds submitted questionnaires only):
    # each query then reads only the kept ids, where each evaluated the whole filter again
    # (five times 50 ms at 100,000 submissions).
    # The country and the activity as tokens the documents must hold: the index then keeps
    # only the matches that made them, where each match was looked up to test them.
    rest = replace(
        where, search=None, search_choices=(), status="submitted", country=None, activity=None
    )
    within = apply_filter(rest, select(submissions.c.id)) if rest != SubmissionFilter() else None
    required = filter_tokens(where.country, where.activity)
    await keep_matches(conn, where.search, where.search_choices, within, required)
    return SubmissionFilter(status=where.status, kept=True)


def _any_status(where: SubmissionFilter) -> SubmissionFilter:
    return replace(where, status="all")


def _submitted_only(where: SubmissionFilter) -> bool:
    """Whether `where` selects submitted questionnaires only (a search's kept ids are)."""
    return where.status == "submitted" or where.kept


def _never_null(where: SubmissionFilter, sort: SortKey) -> bool:
    """Whether the sort column has a value on every row `where` selects: the UPDATE that
    submits a questionnaire sets its reference and submitted_at (storage.statements), and
    every row has a start (`_when` falls back to it)."""
    return sort in ("triage", "submitted") or (_submitted_only(where) and sort == "reference")


def _beyond(
    column: ColumnElement[Any],
    value: Any,
    row_id: uuid.UUID,
    later: bool,
    nulls_high: bool,
    nullable: bool = True,
) -> ColumnElement[bool]:
    """The rows after (`later`) or before the row (`value`, `row_id`) in the ascending order of
    (`column`, id), where the database puts NULLs last (`nulls_high`: PostgreSQL) or first
    (SQLite). Descending orders are the exact reverse on both, so "after" there is "before".
    `nullable=False`: the column is never NULL on these rows, so no test for NULLs is added."""
    c = submissions.c
    same = c.id > row_id if later else c.id < row_id
    if value is None:
        # Among the NULLs by id; the non-NULL values are all on one side.
        tied = and_(column.is_(None), same)
        return or_(column.is_not(None), tied) if later != nulls_high else tied
    # (column >= value AND ...), not (column > value OR ...): a range the index can seek to.
    beyond, reach = (
        (column > value, column >= value) if later else (column < value, column <= value)
    )
    found = and_(reach, or_(beyond, same))
    # A NULL compares as neither < nor >: add the NULLs if they lie on this side. (The OR
    # also keeps SQLite from seeking: at 100,000 submissions it read every row before.)
    return or_(found, column.is_(None)) if nullable and later == nulls_high else found


# How many rows each count of the rows on either side of a submission reads at most, round
# after round; past the last round, the rows before it are counted whole. A submission near
# either end of the list (its first pages, or its last when sorted the other way) is placed by
# counting the few rows on its side. At 100,000 submissions, counting the list and the rows
# before one near its end read 200,000 index entries: 30 ms on SQLite, 30 to 55 on PostgreSQL.
SIDE_COUNT_ROUNDS: Final = (1_000, 16_000)


async def neighbours(
    engine: AsyncEngine,
    where: SubmissionFilter,
    sort: SortKey,
    descending: bool,
    reference: str,
) -> tuple[str | None, str | None, int, int]:
    """Where a submission stands in a filtered, sorted list: the references before and after
    it, its position (1-based; 0 if the filter leaves it out) and the list's length.

    Keyset, not a numbering of the whole list: the row's sort value, then one seek each way
    (`ORDER BY ... LIMIT 1` beyond that value), the list's length (the kept count of submitted
    questionnaires when nothing filters, else the query `list_page` runs) and the position from
    whichever side of the row is shorter (`_position`). Nothing sorts the list."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        await _custom_plans(conn)
        where = await _search_once(conn, where)
        c = submissions.c
        ref = c.reference
        column = _sort_column(where, sort)
        # Drafts have no reference and are not listed; a submitted questionnaire always has
        # one, and leaving the test out then lets each count read an index alone, not every
        # row (60 ms per count at 100,000 submissions on SQLite).
        listed = true() if _submitted_only(where) else ref.is_not(None)
        if where == SubmissionFilter():
            # Every submitted questionnaire: the database keeps their number (storage.counts).
            total = (await read_counts(conn, [STATUS]))[STATUS].get(SUBMITTED, 0)
        else:
            total = int(
                await conn.scalar(
                    apply_filter(where, select(func.count()).select_from(submissions)).where(
                        listed
                    )
                )
                or 0
            )
        current = (
            await conn.execute(
                apply_filter(where, select(c.id, column.label("value"))).where(ref == reference)
            )
        ).first()
        if current is None:
            return None, None, 0, total
        nulls_high = conn.dialect.name == "postgresql"

        def side(later: bool, query: Select[Any]) -> Select[Any]:
            # In a descending list, what comes later is what sorts before.
            beyond = _beyond(
                column,
                current.value,
                current.id,
                later != descending,
                nulls_high,
                nullable=not _never_null(where, sort),
            )
            return apply_filter(where, query).where(listed, beyond)

        async def seek(later: bool) -> str | None:
            # Later rows in the list's own order; earlier ones in its reverse.
            order = _order(where, sort, descending if later else not descending)
            found: str | None = await conn.scalar(
                side(later, select(ref)).order_by(*order).limit(1)
            )
            return found

        before, after = await seek(False), await seek(True)
        # A constant, not a column: the sort's index alone then answers the counts.
        each: Select[Any] = select(literal_column("1")).select_from(submissions)
        # Sorted by an answer, each count reads every row (a lookup per row, no range to seek):
        # counting the other side too would add to it, not save.
        rounds = () if sort in ANSWER_SORTS else SIDE_COUNT_ROUNDS
        position = await _position(conn, side(False, each), side(True, each), total, rounds)
    return before, after, position, total


async def _position(
    conn: AsyncConnection,
    earlier: Select[Any],
    later: Select[Any],
    total: int,
    rounds: Sequence[int],
) -> int:
    """A listed row's position from the rows before it (`earlier`) or, when fewer, after it
    (`later`: the position is then `total` less those): both counted up to a few rows, then
    more (`rounds`), until one side is counted whole."""
    for most in rounds:
        if total <= most:
            break  # the whole count of the rows before it reads no more
        counted = (
            select(func.count()).select_from(rows.limit(most).subquery()).scalar_subquery()
            for rows in (earlier, later)
        )
        before, after = (await conn.execute(select(*counted))).one()
        if before < most:
            return int(before) + 1
        if after < most:
            # (Not below 1 should a write between the statements have changed the total.)
            return max(total - int(after), 1)
    whole = select(func.count()).select_from(earlier.subquery())
    return int(await conn.scalar(whole) or 0) + 1


async def references_of(
    engine: AsyncEngine, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str | None]:
    """The reference of each submission still there (a draft's is None)."""
    if not ids:
        return {}
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = await conn.execute(
            select(submissions.c.id, submissions.c.reference).where(submissions.c.id.in_(ids))
        )
        return {row.id: row.reference for row in rows}


# ---- one submission ----


@dataclass(frozen=True)
class HistoryEvent:
    """One line of a submission's history."""

    at: datetime
    kind: str  # started | submitted | emailed | mail_failed | status | note | notified
    actor_id: int | None = None
    old_status: str | None = None
    new_status: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SubmissionDetail:
    """A submission with what the workspace shows around its answers."""

    record: SubmissionRecord
    triage_status: str
    consent_given_at: datetime | None
    history: list[HistoryEvent]


async def find_submission_id(engine: AsyncEngine, reference: str) -> uuid.UUID | None:
    """The id of the submission with this reference code (None if none)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        found = await conn.execute(
            select(submissions.c.id).where(submissions.c.reference == reference)
        )
        return found.scalar_one_or_none()


async def submission_detail(engine: AsyncEngine, reference: str) -> SubmissionDetail | None:
    """Everything the submission page shows, or None if no submission has this reference."""
    submission_id = await find_submission_id(engine, reference)
    if submission_id is None:
        return None
    record = await load_submission(engine, submission_id)
    if record is None:
        return None
    s, e, o = submissions.c, triage_events.c, outbox.c
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        triage = (
            await conn.execute(select(s.triage_status).where(s.id == submission_id))
        ).scalar_one()
        consent = (
            await conn.execute(
                select(respondents.c.consent_given_at).where(
                    respondents.c.user_id == record.respondent_id
                )
            )
        ).scalar_one_or_none()
        mails = (
            await conn.execute(
                select(o.status, o.sent_at, o.created_at).where(
                    o.submission_id == submission_id, o.kind == OUTBOX_SUBMISSION
                )
            )
        ).all()
        events = (
            await conn.execute(
                select(e.at, e.kind, e.actor_id, e.old_status, e.new_status, e.note)
                .where(e.submission_id == submission_id)
                .order_by(e.at, e.id)
            )
        ).all()
    history = [HistoryEvent(at=record.created_at, kind="started")]
    if record.submitted_at is not None:
        history.append(HistoryEvent(at=record.submitted_at, kind="submitted"))
    for status, sent_at, created_at in mails:
        if sent_at is not None:
            history.append(HistoryEvent(at=sent_at, kind="emailed"))
        elif status == "dead":
            history.append(HistoryEvent(at=created_at, kind="mail_failed"))
    history += [
        HistoryEvent(
            at=row.at,
            kind=row.kind,
            actor_id=row.actor_id,
            old_status=row.old_status,
            new_status=row.new_status,
            note=row.note,
        )
        for row in events
    ]
    history.sort(key=lambda h: h.at)
    return SubmissionDetail(record, triage, consent, history)


# ---- drafts in progress ----


@dataclass(frozen=True)
class DraftRow:
    """A questionnaire being filled in."""

    id: uuid.UUID
    language: str | None
    created_at: datetime
    updated_at: datetime
    answered: int
    phase: str | None
    current: str | None
    answers: dict[str, Any]
    reminders_sent: int = 0


async def drafts_page(
    engine: AsyncEngine, *, offset: int = 0, limit: int = 50, only: uuid.UUID | None = None
) -> ListPage:
    """Open drafts, most recently active first, with how far each got (`only`: that one)."""
    s = submissions.c
    answered = (
        select(func.count())
        .select_from(answers)
        .where(answers.c.submission_id == s.id)
        .scalar_subquery()
    )
    reminded = (
        select(func.count())
        .select_from(reminders)
        .where(reminders.c.submission_id == s.id, reminders.c.outcome == REMINDER_SENT)
        .scalar_subquery()
    )
    query = (
        select(
            s.id,
            respondent_language().label("language"),
            s.created_at,
            s.updated_at,
            answered.label("answered"),
            reminded.label("reminded"),
            s.state["phase"].as_string().label("phase"),
            s.state["current"].as_string().label("current"),
        )
        .where(s.status == DRAFT)
        .order_by(s.updated_at.desc(), s.id)
    )
    if only is not None:
        query = query.where(s.id == only)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        total = int(
            (await conn.execute(select(func.count()).where(s.status == DRAFT))).scalar_one()
        )
        rows = (await conn.execute(query.offset(offset).limit(limit))).all()
        shown = await _page_answers(
            conn, [r.id for r in rows], ("org_name", "initiative_name", "city", "country")
        )
    drafts: list[Any] = [
        DraftRow(
            id=r.id,
            language=r.language,
            created_at=r.created_at,
            updated_at=r.updated_at,
            answered=int(r.answered),
            phase=r.phase,
            current=r.current,
            answers=shown[r.id],
            reminders_sent=int(r.reminded or 0),
        )
        for r in rows
    ]
    return ListPage(rows=drafts, total=total)


async def draft_record(engine: AsyncEngine, draft_id: uuid.UUID) -> DraftRow | None:
    """One open draft with every answer given so far (None if it is not an open draft)."""
    record = await load_submission(engine, draft_id)
    if record is None or record.status != DRAFT:
        return None
    found = await drafts_page(engine, only=draft_id)
    if not found.rows:
        return None
    row = found.rows[0]
    return replace(row, answers=record.answers) if isinstance(row, DraftRow) else None


# ---- overview ----


@dataclass(frozen=True)
class Overview:
    """Submitted questionnaires by country, activity, setting and month; the funnel; stops."""

    by_country: dict[str | None, int]
    by_activity: dict[str, int]
    by_setting: dict[str, int]
    by_month: dict[str, int]
    consented: int
    started: int
    submitted: int
    stops: dict[tuple[str | None, str | None], int]  # (phase, question) → open drafts


async def overview(
    engine: AsyncEngine, activities: Sequence[str], settings: Sequence[str]
) -> Overview:
    """The overview page's numbers: the counts the database keeps (storage.counts), and the
    open drafts counted."""
    s = submissions.c
    count = func.count()
    questions = (COUNTRY_QUESTION, "activities", "settings")
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        got = await read_counts(conn, [STATUS, MONTH, CONSENT, *map(choice_counted, questions)])
        by_country = got[choice_counted(COUNTRY_QUESTION)]
        by_activity = _offered(got, "activities", activities)
        by_setting = _offered(got, "settings", settings)
        done = got[STATUS].get(SUBMITTED, 0)
        # Every submitted questionnaire has answers: look for answers among the others only
        # (named, so that the status index seeks to them).
        has_answer = select(answers.c.submission_id).where(answers.c.submission_id == s.id)
        unsent = select(count).where(s.status.in_((DRAFT, WITHDRAWN)), has_answer.exists())
        started = done + int((await conn.execute(unsent)).scalar_one())
        phase = s.state["phase"].as_string()
        current = s.state["current"].as_string()
        stops_rows = await conn.execute(
            select(phase, current, count)
            .where(s.status == DRAFT)
            .group_by(phase, current)
            .order_by(count.desc())
        )
        stops = {(p, q): int(n) for p, q, n in stops_rows}
    return Overview(
        by_country=by_country,
        by_activity=by_activity,
        by_setting=by_setting,
        by_month=dict(sorted(_known(got[MONTH]).items())),
        consented=got[CONSENT].get(None, 0),
        started=started,
        submitted=done,
        stops=stops,
    )


__all__ = [
    "SORT_KEYS",
    "ChoiceQuestion",
    "DraftRow",
    "Facets",
    "HistoryEvent",
    "ListPage",
    "ListRow",
    "Overview",
    "SubmissionDetail",
    "browse",
    "draft_record",
    "drafts_page",
    "facets",
    "find_submission_id",
    "list_page",
    "neighbours",
    "overview",
    "references_of",
    "submission_detail",
]

"""Reading submissions with their answers, for e-mails, digests, exports and statistics."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar
from typing import cast as cast_type

from sqlalchemy import (
    JSON,
    ColumnElement,
    FunctionElement,
    Select,
    String,
    Text,
    cast,
    func,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from storage.db import READ_ONLY
from storage.models import DRAFT, SUBMITTED, answers, attachments, submissions
from storage.search import matching_ids

StatusFilter = Literal["submitted", "draft", "all"]
SelectQ = TypeVar("SelectQ", bound=Select[*tuple[Any, ...]])
PAGE = 500
_RAW_UUID = String()  # the driver's own form of the id: no conversion


@dataclass(frozen=True)
class AttachmentRecord:
    """A file answer: Telegram's reference and what we know of the file."""

    file_id: str
    file_unique_id: str
    file_name: str | None
    mime_type: str | None
    size: int | None


@dataclass(frozen=True)
class SubmissionRecord:
    """One questionnaire with its answers (question id → stored value; None = skipped)."""

    id: uuid.UUID
    reference: str | None
    status: str
    language: str | None
    source: str | None
    respondent_id: int
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    answers: dict[str, Any] = field(default_factory=dict)
    attachments: dict[str, AttachmentRecord] = field(default_factory=dict)
    triage_status: str = "new"  # EFUS staff's decision, from the workspace


@dataclass(frozen=True)
class SubmissionFilter:
    """Which submissions to read; dates compare with submitted_at (created_at for drafts)."""

    status: StatusFilter = "submitted"
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    language: str | None = None
    country: str | None = None
    # The staff workspace's filters (the list, its facets and its export share this object).
    triage: str | None = None
    activity: str | None = None  # a choice id of the "activities" question
    search: str | None = None  # words found in the answers (case and accents ignored)
    # Per searched word, the choices whose labels it matches (storage.search.expand).
    search_choices: tuple[tuple[str, ...], ...] = ()
    ids: tuple[uuid.UUID, ...] | None = None  # only these (a search already run, see below)


class json_text(FunctionElement[str]):
    """A JSON scalar as text: `#>> '{}'` on PostgreSQL, `json_extract(…, '$')` on SQLite."""

    type = String()
    inherit_cache = True


@compiles(json_text, "postgresql")
def _json_text_postgresql(element: json_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} #>> '{{}}')"


@compiles(json_text)
def _json_text_sqlite(element: json_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_extract({compiler.process(element.clauses, **kw)}, '$')"


class json_object_agg(FunctionElement[Any]):
    """One JSON object of (key, JSON value) rows: NULL on PostgreSQL, {} on SQLite if none."""

    inherit_cache = True
    name = "json_object_agg"


@compiles(json_object_agg, "postgresql")
def _json_object_agg_postgresql(element: json_object_agg, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_object_agg({compiler.process(element.clauses, **kw)})"


@compiles(json_object_agg)
def _json_object_agg_sqlite(element: json_object_agg, compiler: SQLCompiler, **kw: Any) -> str:
    key, value = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"json_group_object({key}, json({value}))"


def respondent_language() -> ColumnElement[str]:
    """The submission's language: its column, else (rows written before it) its engine state."""
    language: ColumnElement[str] = func.coalesce(
        submissions.c.language, submissions.c.state["lang"].as_string()
    )
    return language


def _query(where: SubmissionFilter, query: Select[Any] | None = None) -> Select[Any]:
    if query is None:
        query = select(submissions)
    if where.status == "submitted":
        query = query.where(submissions.c.status == SUBMITTED)
    elif where.status == "draft":
        query = query.where(submissions.c.status == DRAFT)
    when = submissions.c.submitted_at if where.status == "submitted" else submissions.c.created_at
    if where.status == "all":
        when = submissions.c.created_at
    if where.since is not None:
        query = query.where(when >= where.since)
    if where.until is not None:
        query = query.where(when < where.until)
    if where.country is not None:
        given = answers.alias("country_answer")  # the caller may join `answers` itself
        has_country = (
            select(given.c.submission_id)
            .where(given.c.question_id == "country")
            .where(given.c.submission_id == submissions.c.id)
            .where(json_text(given.c.value) == where.country.upper())
        )
        query = query.where(has_country.exists())
    if where.language is not None:
        query = query.where(respondent_language() == where.language)
    if where.triage is not None:
        query = query.where(submissions.c.triage_status == where.triage)
    if where.activity is not None:
        activity = where.activity
        query = query.where(_answer_matches("activities", lambda a: chose(activity, a)))
    if where.search:
        # A semi-join: the answers are scanned once per query, not once per submission.
        query = query.where(submissions.c.id.in_(search_matches(where)))
    if where.ids is not None:
        query = query.where(submissions.c.id.in_(where.ids))
    return query


def search_matches(where: SubmissionFilter) -> Select[uuid.UUID]:
    """The ids of submitted questionnaires whose answers match the searched words (the
    full-text index: storage.search)."""
    return matching_ids(where.search, where.search_choices)


def apply_filter(where: SubmissionFilter, query: SelectQ) -> SelectQ:
    """Restrict `query` (over submissions) to those `where` selects."""
    return cast_type(SelectQ, _query(where, query))


def answer_text(table: Any = answers) -> ColumnElement[str]:
    """An answer's stored JSON as text (choice ids, free text, numbers), to search in."""
    return cast(table.c.value, Text)


def chose(choice: str, table: Any = answers) -> ColumnElement[bool]:
    """Whether a choice answer includes `choice` (ids appear quoted in the JSON text; text a
    respondent typed has its quotes escaped, so it cannot fake one)."""
    return answer_text(table).contains(f'"{choice}"', autoescape=True)


def _answer_matches(
    question_id: str | None, condition: Callable[[Any], ColumnElement[bool]]
) -> Any:
    given = answers.alias("matching_answer")  # the caller may join `answers` itself
    found = select(given.c.submission_id).where(given.c.submission_id == submissions.c.id)
    if question_id is not None:
        found = found.where(given.c.question_id == question_id)
    return found.where(condition(given)).exists()


async def count_submissions(engine: AsyncEngine, where: SubmissionFilter) -> int:
    """How many submissions `iter_submissions` would yield."""
    query = _query(where, select(func.count()).select_from(submissions))
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        return int((await conn.execute(query)).scalar_one())


def _page_query(where: SubmissionFilter) -> Select[Any]:
    # Only the language is read from the engine state, in SQL: the state can be large.
    # `key` is the id without the conversion to uuid.UUID, to match answers cheaply.
    c = submissions.c
    columns = (
        c.id,
        type_coerce(c.id, _RAW_UUID).label("key"),
        c.reference,
        c.status,
        respondent_language().label("language"),
        c.source,
        c.respondent_id,
        c.created_at,
        c.updated_at,
        c.submitted_at,
        c.triage_status,
        _answers_object().label("answers"),
    )
    return _query(where, select(*columns))


def _answers_object() -> ColumnElement[Any]:
    """The submission's answers as one JSON object (question id: value), built by the database.

    Decoding one document per submission instead of one per answer halves the cost of an
    export; reading it in the page's own query saves a second query and its list of ids.
    """
    grouped = json_object_agg(answers.c.question_id, answers.c.value)
    found = select(grouped).where(answers.c.submission_id == submissions.c.id)
    return type_coerce(found.scalar_subquery(), JSON)


async def _records(conn: AsyncConnection, rows: Sequence[Any]) -> list[SubmissionRecord]:
    ids = [row.id for row in rows]
    files: dict[str, dict[str, AttachmentRecord]] = {row.key: {} for row in rows}
    if ids:
        f = attachments.c
        found_files = await conn.execute(
            select(
                type_coerce(f.submission_id, _RAW_UUID),
                f.question_id,
                f.file_id,
                f.file_unique_id,
                f.file_name,
                f.mime_type,
                f.size,
            ).where(f.submission_id.in_(ids))
        )
        for submission_key, question_id, *rest in found_files:
            files[submission_key][question_id] = AttachmentRecord(*rest)
    return [
        SubmissionRecord(
            id=row.id,
            reference=row.reference,
            status=row.status,
            language=row.language,
            source=row.source,
            respondent_id=row.respondent_id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            submitted_at=row.submitted_at,
            answers=row.answers or {},
            attachments=files[row.key],
            triage_status=row.triage_status,
        )
        for row in rows
    ]


async def iter_submissions(
    engine: AsyncEngine, where: SubmissionFilter, page: int = PAGE
) -> AsyncIterator[SubmissionRecord]:
    """Matching submissions oldest first, read page by page so memory stays flat.

    The next page is read while the caller works through this one: the database (its own
    thread on SQLite, its own process on PostgreSQL) then works beside the exporter's Python.
    """
    reading = asyncio.create_task(_page(engine, where, page, None))
    try:
        while True:
            rows, records = await reading
            if len(rows) == page:
                after = (rows[-1].created_at, rows[-1].id)
                reading = asyncio.create_task(_page(engine, where, page, after))
            for record in records:
                yield record
            if len(rows) < page:
                return
    finally:
        reading.cancel()


async def _page(
    engine: AsyncEngine,
    where: SubmissionFilter,
    page: int,
    after: tuple[datetime, uuid.UUID] | None,
) -> tuple[Sequence[Any], list[SubmissionRecord]]:
    """One page of matching submissions after `after` (a created_at, id pair), with records."""
    query = _page_query(where).order_by(submissions.c.created_at, submissions.c.id)
    query = query.limit(page)
    if after is not None:
        # A row-value comparison: an index on (created_at, id) can serve it directly.
        query = query.where(tuple_(submissions.c.created_at, submissions.c.id) > after)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (await conn.execute(query)).all()
        return rows, await _records(conn, rows)


async def load_submission(
    engine: AsyncEngine, submission_id: uuid.UUID
) -> SubmissionRecord | None:
    """One submission with its answers, or None if it no longer exists (erased)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        query = _page_query(SubmissionFilter(status="all"))
        rows = (await conn.execute(query.where(submissions.c.id == submission_id))).all()
        found = await _records(conn, rows)
    return found[0] if found else None

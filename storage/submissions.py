"""Reading submissions with their answers, for e-mails, digests, exports and statistics."""

from __future__ import annotations

import asyncio
import functools
import operator
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar
from typing import cast as cast_type

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    FunctionElement,
    Select,
    String,
    Text,
    bindparam,
    cast,
    func,
    literal,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import NullType

from storage.db import READ_ONLY, loads_json
from storage.models import (
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    answers,
    attachments,
    submissions,
    triage_events,
)
from storage.page_documents import Prepared, page_document, prepare, read_document
from storage.search import (
    ACTIVITIES_QUESTION,
    COUNTRY_QUESTION,
    filter_tokens,
    has_choice,
    kept_matches,
    matching_ids,
)

# "unsubmitted": drafts and withdrawn questionnaires, what "all" holds beside the submitted
# ones (the workspace counts the two parts apart: storage.workspace).
StatusFilter = Literal["submitted", "draft", "all", "unsubmitted"]
SelectQ = TypeVar("SelectQ", bound=Select[*tuple[Any, ...]])
PAGE = 500
# Records yielded between two turns of the event loop (for the next page's reading). On
# SQLite fewer: each turn gives the interpreter's lock up and takes it back at once, and the
# driver's thread, waiting for it, got it only when the turns were further apart than the
# interpreter's switch interval (5 ms; storage.page_documents).
HAND_OVER = 16
HAND_OVER_SQLITE = 256
_RAW_UUID = String()  # the driver's own form of the id: no conversion
# A timestamp as the driver hands it over (SQLite: naive UTC text; PostgreSQL: an aware
# datetime), made an aware UTC datetime by _moment.
_RAW_MOMENT = String()
# Positions in a page's rows (_page_query's columns, as _records unpacks them), and the
# columns a page document holds as JSON already.
_KEY, _CREATED = 1, 7
_DOCUMENT_ORDER = operator.itemgetter(_CREATED, _KEY)  # the page's ORDER BY, on its raw text
_RAW_JSON = frozenset({"answers"})
_IDS = frozenset({"id", "key"})


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
    decided_at: datetime | None = None  # the last status change: when, by whom (Telegram id)
    decided_by: int | None = None
    latest_note: str | None = None  # staff's latest note (with a decision or alone)


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
    # Only the ids a search kept on this connection (storage.search.keep_matches), instead of
    # `search` (storage.workspace runs a search once per page that way).
    kept: bool = False
    # Facets: (question id, kind, choice id) each chosen ("single", "multi" or "yesno"); all apply.
    choices: tuple[tuple[str, str, str], ...] = ()


class _rare(FunctionElement[Any]):
    """A condition few rows meet (drafts and withdrawn questionnaires beside the submitted
    ones), said to SQLite with `unlikely()`: its statistics know two statuses among 100,000
    rows, not how few of them are drafts, and it read every submission instead of the status
    index (100,000 submitted, 1,000 drafts: 115 ms instead of 3)."""

    type = NullType()  # not Boolean: SQLAlchemy would add `= 1`, which hides it from the index
    inherit_cache = True


@compiles(_rare, "sqlite")
def _rare_sqlite(element: _rare, compiler: SQLCompiler, **kw: Any) -> str:
    return f"unlikely({compiler.process(element.clauses, **kw)})"


@compiles(_rare)
def _rare_default(element: _rare, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # PostgreSQL counts each status


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


class answer_has_choice(FunctionElement[bool]):
    """Whether a multiple-choice answer's list of choices holds one choice id, exactly."""

    type = Boolean()
    inherit_cache = True


@compiles(answer_has_choice, "postgresql")
def _has_choice_postgresql(element: answer_has_choice, compiler: SQLCompiler, **kw: Any) -> str:
    value, choice = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({value}) -> 'choices') @> to_jsonb(CAST({choice} AS text))"


@compiles(answer_has_choice)
def _has_choice_sqlite(element: answer_has_choice, compiler: SQLCompiler, **kw: Any) -> str:
    value, choice = (compiler.process(c, **kw) for c in element.clauses)
    # Both parts are compiled SQL expressions with bound parameters, never text from a user.
    found = f"SELECT 1 FROM json_each({value}, '$.choices') AS c WHERE c.value = {choice}"  # noqa: S608
    return f"EXISTS ({found})"


def choice_condition(kind: str, choice: str, table: Any = answers) -> ColumnElement[bool]:
    """Whether an answer (single, multi or yes/no) is, or includes, `choice` exactly."""
    if kind == "multi":
        return answer_has_choice(table.c.value, literal(choice, String()))
    if kind == "yesno":
        return answer_text(table) == ("true" if choice == "yes" else "false")
    picked: ColumnElement[bool] = table.c.value["choice"].as_string() == choice
    return picked


def _choice_test(kind: str, choice: str) -> Callable[[Any], ColumnElement[bool]]:
    return lambda table: choice_condition(kind, choice, table)


class json_object_agg(FunctionElement[Any]):
    """One JSON object of (key, JSON value) rows; NULL if there is none."""

    inherit_cache = True
    name = "json_object_agg"


@compiles(json_object_agg, "postgresql")
def _json_object_agg_postgresql(element: json_object_agg, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_object_agg({compiler.process(element.clauses, **kw)})"


@compiles(json_object_agg)
def _json_object_agg_sqlite(element: json_object_agg, compiler: SQLCompiler, **kw: Any) -> str:
    key, value = (compiler.process(clause, **kw) for clause in element.clauses)
    # The values are JSON text already (the JSON type wrote them): joined as they are, where
    # json_group_object(key, json(value)) would parse and print each again (a third of the
    # export's time in SQLite). NULL, not {}, if there is none, as on PostgreSQL. As a BLOB:
    # the driver hands over the UTF-8 bytes as they are, which loads_json reads as bytes,
    # instead of decoding them into text that loads_json would encode again.
    joined = f"'{{' || group_concat(json_quote({key}) || ':' || {value}, ',') || '}}'"
    return f"CAST({joined} AS BLOB)"


def respondent_language() -> ColumnElement[str]:
    """The submission's language: its column (migration 0005 filled it in from the engine
    state for older rows; reading the state, which holds every answer, made each count read
    every row instead of an index)."""
    language: ColumnElement[str] = submissions.c.language
    return language


def _query(where: SubmissionFilter, query: Select[Any] | None = None) -> Select[Any]:
    if query is None:
        query = select(submissions)
    if where.status == "submitted" and not where.kept:
        # (A search's kept ids are submitted questionnaires only: the test would make
        # PostgreSQL read the status index of every submission to join them.)
        query = query.where(submissions.c.status == SUBMITTED)
    elif where.status == "draft":
        query = query.where(submissions.c.status == DRAFT)
    elif where.status == "unsubmitted":
        query = query.where(_rare(submissions.c.status.in_((DRAFT, WITHDRAWN))))
    when = submissions.c.submitted_at if where.status == "submitted" else submissions.c.created_at
    if where.status == "all":
        when = submissions.c.created_at
    if where.since is not None:
        query = query.where(when >= where.since)
    if where.until is not None:
        query = query.where(when < where.until)
    # The choice index holds submitted questionnaires only; so do a search's ids.
    indexed = where.status == "submitted" or where.kept
    if where.country is not None and indexed:
        query = query.where(has_choice(COUNTRY_QUESTION, where.country.upper()))
    elif where.country is not None:
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
    if where.activity is not None and indexed:
        query = query.where(has_choice(ACTIVITIES_QUESTION, where.activity))
    elif where.activity is not None:
        activity = where.activity
        query = query.where(_answer_matches(ACTIVITIES_QUESTION, lambda a: chose(activity, a)))
    for question_id, kind, choice in where.choices:
        query = query.where(_answer_matches(question_id, _choice_test(kind, choice)))
    if where.search:
        # A semi-join: the answers are scanned once per query, not once per submission.
        query = query.where(submissions.c.id.in_(search_matches(where)))
    if where.kept:
        query = query.where(submissions.c.id.in_(kept_matches()))
    return query


def search_matches(where: SubmissionFilter) -> Select[uuid.UUID]:
    """The ids of submitted questionnaires whose answers match the searched words (the
    full-text index: storage.search), among those of its country and activity."""
    required = filter_tokens(where.country, where.activity)
    return matching_ids(where.search, where.search_choices, required)


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
        type_coerce(c.created_at, _RAW_MOMENT).label("created_at"),
        type_coerce(c.updated_at, _RAW_MOMENT).label("updated_at"),
        type_coerce(c.submitted_at, _RAW_MOMENT).label("submitted_at"),
        c.triage_status,
        _answers_object().label("answers"),
        *_decision_columns(),
        _has_files().label("has_files"),
    )
    return _query(where, select(*columns))


def _has_files() -> ColumnElement[bool]:
    """Whether the submission has a file answer: most pages have none, and reading their
    attachments (a statement with a page's thousand ids bound) was then for nothing."""
    f = attachments.c
    return select(f.submission_id).where(f.submission_id == submissions.c.id).exists()


def _decision_columns() -> tuple[ColumnElement[Any], ...]:
    """The last status change (when, who) and the latest note, as correlated subqueries."""
    e = triage_events.c
    mine = e.submission_id == submissions.c.id

    def latest(column: Any, *where: ColumnElement[bool]) -> Any:
        return (
            select(column)
            .where(mine, *where)
            .order_by(e.at.desc(), e.id.desc())
            .limit(1)
            .scalar_subquery()
        )

    return (
        latest(e.at, e.kind == "status").label("decided_at"),
        latest(e.actor_id, e.kind == "status").label("decided_by"),
        latest(e.note, e.note.is_not(None), e.kind != "notified").label("latest_note"),
    )


def _answers_object() -> ColumnElement[Any]:
    """The submission's answers as one JSON object (question id: value), built by the database.

    Decoding one document per submission instead of one per answer halves the cost of an
    export; reading it in the page's own query saves a second query and its list of ids.
    """
    grouped = json_object_agg(answers.c.question_id, answers.c.value)
    found = select(grouped).where(answers.c.submission_id == submissions.c.id)
    return type_coerce(found.scalar_subquery(), JSON)


def _moment(value: Any) -> datetime:
    """A timestamp column read as the driver hands it over, as an aware UTC datetime.

    SQLite's text read with its offset in one step: the column type's conversion (parse, then
    replace the time zone, through two Python layers) had been a tenth of an export's reading.
    """
    if type(value) is str:
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:
            pass  # not naive text: as _aware reads it
    moment = _aware(value)
    if moment is None:
        raise ValueError(f"not a timestamp: {value!r}")
    return moment


def _aware(value: Any) -> datetime | None:
    """A timestamp a scalar subquery returned (SQLite: naive UTC text or datetime) as UTC."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@functools.cache
def _files_query() -> Select[Any]:
    """The attachments of a page of submissions (`ids`): one statement for every page, the ids
    bound at execution (a statement built per page, and the ids in it, would be garbage that
    only the cycle collector frees)."""
    f = attachments.c
    return select(
        type_coerce(f.submission_id, _RAW_UUID),
        f.question_id,
        f.file_id,
        f.file_unique_id,
        f.file_name,
        f.mime_type,
        f.size,
    ).where(f.submission_id.in_(bindparam("ids", expanding=True)))


async def _records(conn: AsyncConnection, rows: Sequence[Any]) -> list[SubmissionRecord]:
    files: dict[str, dict[str, AttachmentRecord]] = {}
    ids = [row[0] for row in rows if row[-1]]  # id, has_files: by position, as below
    if ids:
        for submission_key, question_id, *rest in await conn.execute(_files_query(), {"ids": ids}):
            files.setdefault(submission_key, {})[question_id] = AttachmentRecord(*rest)
    # Unpacked by position (the order of _page_query's columns): reading a row's sixteen
    # values by name was a third of the time spent making records.
    return [
        SubmissionRecord(
            id=submission_id,
            reference=reference,
            status=status,
            language=language,
            source=source,
            respondent_id=respondent_id,
            created_at=_moment(created_at),
            updated_at=_moment(updated_at),
            submitted_at=None if submitted_at is None else _moment(submitted_at),
            answers=answers or {},
            attachments=files.get(key) or {},
            triage_status=triage_status,
            decided_at=None if decided_at is None else _aware(decided_at),
            decided_by=decided_by,
            latest_note=latest_note,
        )
        for (
            submission_id,
            key,
            reference,
            status,
            language,
            source,
            respondent_id,
            created_at,
            updated_at,
            submitted_at,
            triage_status,
            answers,
            decided_at,
            decided_by,
            latest_note,
            _,
        ) in rows
    ]


async def iter_submissions(
    engine: AsyncEngine, where: SubmissionFilter, page: int = PAGE
) -> AsyncIterator[SubmissionRecord]:
    """Matching submissions oldest first, read page by page so memory stays flat.

    The next page is read while the caller works through this one: the database (its own
    thread on SQLite, its own process on PostgreSQL) then works beside the exporter's Python;
    on SQLite each page is one document (_sqlite_records: storage.page_documents says why).
    Two statements serve every page, built once: the first page and the pages after a
    (created_at, id) pair, bound at execution. A search runs once, for the ids of its matches
    in order, and the pages are read by those ids: run in each page's statement, a word most
    answers hold was searched again 200 times (100,000 submissions: an export of 80 s on
    PostgreSQL, over 3 minutes on SQLite).
    """
    if not where.search and engine.dialect.name == "sqlite":
        async for record in _sqlite_records(engine, where, page):
            yield record
        return
    pages: Iterator[tuple[Select[Any], dict[str, Any]]] | None = None
    following: tuple[Select[Any], dict[str, Any]] | None
    if where.search:
        ids = await _matching_in_order(engine, where)
        by_ids = _by_ids_statement()
        pages = iter([(by_ids, {"ids": ids[n : n + page]}) for n in range(0, len(ids), page)])
        following = next(pages, None)
    else:
        first, rest = _page_statements(where, page)
        following = (first, {})
    if following is None:
        return
    reading = asyncio.create_task(_page(engine, *following))
    try:
        while True:
            rows, records = await reading
            if pages is not None:
                following = next(pages, None)
            elif len(rows) == page:
                last = {"after_at": records[-1].created_at, "after_id": rows[-1].id}
                following = (rest, last)
            else:
                following = None
            if following is not None:
                reading = asyncio.create_task(_page(engine, *following))
            for run in _runs(records, HAND_OVER):
                for record in run:
                    yield record
                # The caller's work on a page never waits: let the next page's reading take
                # its next step (connect, begin, execute) meanwhile.
                await asyncio.sleep(0)
            if following is None:
                return
    finally:
        reading.cancel()


async def _sqlite_records(
    engine: AsyncEngine, where: SubmissionFilter, page: int
) -> AsyncIterator[SubmissionRecord]:
    """`iter_submissions` on SQLite: each page one document read in one call to the driver
    (storage.page_documents), the next page asked for as soon as this one is in."""
    documents = _page_documents(where, page, engine.dialect)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        reading = asyncio.ensure_future(read_document(conn, documents[0], {}))
        try:
            while True:
                rows = _document_rows(await reading)
                more = len(rows) == page
                if more:
                    last = {"after_at": _moment(rows[-1][_CREATED]), "after_id": rows[-1][0]}
                    reading = asyncio.ensure_future(read_document(conn, documents[1], last))
                    await asyncio.sleep(0)  # the call reaches the driver's thread now
                records = await _records(conn, rows)
                del rows  # the records hold what the caller needs
                for run in _runs(records, HAND_OVER_SQLITE):
                    for record in run:
                        yield record
                    await asyncio.sleep(0)
                if not more:
                    return
        finally:
            reading.cancel()


def _runs(records: list[SubmissionRecord], size: int) -> Iterator[list[SubmissionRecord]]:
    """A page's records in order, `size` at a time, each run taken out of the page as it is
    handed over: the page's memory shrinks as it is written, while the next one is read
    (pages of 2,000: 142 → 130 MB at the peak of an export of 100,000 on SQLite)."""
    records.reverse()
    while records:
        run = records[-size:]
        del records[-size:]
        run.reverse()
        yield run


@functools.lru_cache(maxsize=64)
def _page_documents(
    where: SubmissionFilter, page: int, dialect: Dialect
) -> tuple[Prepared, Prepared]:
    """The first page's document and the next pages' (after a (created_at, id) pair), compiled
    once per filter (as _page_statements, for the same reason)."""
    first, rest = _page_statements(where, page, materialized=False)
    return (
        prepare(page_document(first, raw=_RAW_JSON, ids=_IDS), dialect),
        prepare(page_document(rest, raw=_RAW_JSON, ids=_IDS), dialect, ("after_at", "after_id")),
    )


def _document_rows(document: bytes) -> list[list[Any]]:
    """A page document's rows in the page's order, each with its id made a uuid.UUID and its
    key the id as stored (32 hex digits, as the attachments' query gives it)."""
    rows: list[list[Any]] = loads_json(document)
    rows.sort(key=_DOCUMENT_ORDER)
    for row in rows:
        row[0] = submission_id = uuid.UUID(row[0])
        row[_KEY] = submission_id.hex
    return rows


async def _matching_in_order(engine: AsyncEngine, where: SubmissionFilter) -> list[uuid.UUID]:
    """The ids `where` selects, oldest first (a search's, for `iter_submissions`)."""
    c = submissions.c
    query = _query(where, select(c.id)).order_by(c.created_at, c.id)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        return list((await conn.execute(query)).scalars())


@functools.cache
def _by_ids_statement() -> Select[Any]:
    """A page of the submissions whose ids are bound at execution (`ids`), oldest first."""
    ids = submissions.c.id.in_(bindparam("ids", expanding=True))
    return _materialized(_page_query(SubmissionFilter(status="all")).where(ids))


@functools.lru_cache(maxsize=64)
def _page_statements(
    where: SubmissionFilter, page: int, *, materialized: bool = True
) -> tuple[Select[Any], Select[Any]]:
    """The first page's statement and the next pages' (after a (created_at, id) pair, bound
    at execution), built once per filter: a CTE and its columns refer to each other, and
    statements built per export would be garbage that only the cycle collector frees.
    Not `materialized`: for a page document, computed in one step anyway."""
    c = submissions.c
    page_query = _page_query(where).order_by(c.created_at, c.id).limit(page)
    # A row-value comparison: an index on (created_at, id) can serve it directly.
    after = tuple_(
        bindparam("after_at", type_=c.created_at.type), bindparam("after_id", type_=c.id.type)
    )
    rest = page_query.where(tuple_(c.created_at, c.id) > after)
    if not materialized:
        return page_query, rest
    return _materialized(page_query), _materialized(rest)


def _materialized(page_query: Select[Any]) -> Select[Any]:
    """The page computed whole by the statement's first step, then read back in order.

    SQLite computes a row at each step, and the driver takes the interpreter's lock back
    between two steps: beside an exporter busy with the previous page, a page read row by
    row waits for it at every row. Materialized, the page's work (answers joined, staff's
    decisions) is done in one step, beside the exporter, on the other core.
    """
    computed = page_query.cte("page").prefix_with("MATERIALIZED")
    return select(*computed.c).order_by(computed.c.created_at, computed.c.id)


async def _page(
    engine: AsyncEngine, query: Select[Any], after: dict[str, Any]
) -> tuple[Sequence[Any], list[SubmissionRecord]]:
    """One page of matching submissions (after the `after` pair, if given), with records."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (await conn.execute(query, after)).all()
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


@dataclass(frozen=True)
class NoteRecord:
    """A line of staff's history with text: a note, or a decision or notification with one."""

    reference: str | None
    at: datetime
    actor_id: int
    kind: str  # status | note | notified
    old_status: str | None
    new_status: str | None
    note: str


async def iter_notes(engine: AsyncEngine, where: SubmissionFilter) -> AsyncIterator[NoteRecord]:
    """Every note of the matching submissions, by submission then time (exports' notes)."""
    e = triage_events.c
    query = _query(
        where,
        select(
            submissions.c.reference, e.at, e.actor_id, e.kind, e.old_status, e.new_status, e.note
        )
        .select_from(submissions)
        .join(triage_events, e.submission_id == submissions.c.id),
    ).where(e.note.is_not(None))
    query = query.order_by(submissions.c.created_at, submissions.c.id, e.at, e.id)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (await conn.execute(query)).all()
    for row in rows:
        yield NoteRecord(*row)

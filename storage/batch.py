"""The respondent store the bot runs on: cached snapshots, optimistic units, group commit.

A unit that holds a lock while it reads, waits for the engine and writes again
(storage.respondents) pays a lock, a read, BEGIN and COMMIT for every update, and on SQLite
queues every respondent behind the one writer meanwhile. Here a unit works on a snapshot of its
respondent (kept in memory after the first read), buffers its writes, and hands them to one
writer that commits whatever has queued up in a single transaction: on SQLite a thread with its
own connection, on PostgreSQL a task on a pooled connection (one BEGIN, one COMMIT and one WAL
flush per batch; the statements are the same, each run once for a batch's units: on SQLite as
one executemany, on PostgreSQL over arrays). The unit returns only once that commit is done,
so an answer is still durable before its reply is sent.

Concurrency is optimistic. Each unit's writes start with a guard: bump `respondents.version`
from the value in the snapshot (or insert the respondent the snapshot says is missing), then
claim the update id. If another writer got there first (another process, an admin's erasure,
a purge, a redelivered update) the unit writes nothing, its snapshot is dropped, and it raises
`Conflict`; the service runs the action again on data read afresh from the database. On
PostgreSQL the guard first takes the respondent's advisory lock (held to commit, as an erasure
holds it), and its UPDATE re-reads a row changed since its snapshot (READ COMMITTED), so the
compare-and-set holds across processes as SQLite's single writer makes it hold.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    create_engine,
    event,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql import Executable

from dialogs.events import FileRef
from dialogs.ports import Conflict, DraftRecord, ErasedMail, RespondentRecord, SubmissionSummary
from storage.db import READ_ONLY, begin_sqlite, configure_sqlite, dumps_json, loads_json
from storage.respondents import UnknownRespondentError
from storage.search import answers_of, choice_rows, choices_statement, index_row, index_statement
from storage.statements import (
    Statements,
    erase_statements,
    file_rows,
    mail_of,
    new_draft_params,
    read_submissions,
    respondent_record,
    statements,
)

log = logging.getLogger(__name__)

ANY = -1  # an operation whose row count does not matter
# A unit's reads: beside a writer on SQLite (a deferred BEGIN); on PostgreSQL without a
# transaction, as each statement reads its own snapshot anyway (READ COMMITTED) and BEGIN and
# ROLLBACK would be two more round trips.
_READ: dict[str, dict[str, Any]] = {
    "sqlite": READ_ONLY,
    "postgresql": {"isolation_level": "AUTOCOMMIT"},
}
DEADLOCK_DETECTED = "40P01"  # PostgreSQL's SQLSTATE for a deadlock's victim
DEADLOCK_RETRIES = 2  # times a job alone is run again after losing a deadlock
CACHED_RESPONDENTS = 2_000  # snapshots kept in memory (the most recently active respondents)

Params = Mapping[str, Any] | Sequence[Mapping[str, Any]] | None
Operation = tuple[Executable, Params, int]


@dataclass(frozen=True)
class Snapshot:
    """What a unit knows of its respondent: row version (None: no row), open draft, files."""

    respondent: RespondentRecord | None
    version: int | None
    draft: DraftRecord | None
    has_files: bool


def _count(statement: Executable, result: CursorResult[Any]) -> int:
    """The rows an operation wrote: its row count, or for a SELECT whose CTEs write (such as
    save_with_answers) the count it returns."""
    return int(result.scalar_one()) if statement.is_select else result.rowcount


class _Abort(Exception):
    """A check failed after the guard: the batch is rolled back and replayed job by job."""


class GroupCommitWriter:
    """Commits queued jobs together; callers await their own job's outcome.

    SQLite: one thread on its own synchronous connection (the single writer). PostgreSQL: one
    task at a time on a pooled connection, so a batch costs one BEGIN and one COMMIT (one WAL
    flush) however many updates it carries; an update alone costs two statements, its guard
    (which takes the respondent's advisory lock) with its claim, and its writes, and a batch
    of several about as many (_run_together_async).
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        # SQLite: the writer thread and its own synchronous connection.
        self._thread: tuple[ThreadPoolExecutor, Engine] | None = None
        if engine.dialect.name == "sqlite":
            executor = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
            self._thread = executor, sync_engine_for(engine)
        self._queue: list[tuple[int, list[Operation], asyncio.Future[bool]]] = []
        self._drainer: asyncio.Task[None] | None = None

    async def commit(self, user_id: int, job: list[Operation]) -> bool:
        """Commit the job's operations (of one respondent); False if its guard missed (then
        nothing was written)."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[bool] = loop.create_future()
        self._queue.append((user_id, job, done))
        if self._drainer is None or self._drainer.done():
            self._drainer = loop.create_task(self._drain())
        return await done

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._queue:
            batch, self._queue = self._queue, []
            jobs = [(user_id, job) for user_id, job, _ in batch]
            try:
                if self._thread is not None:
                    outcomes = await loop.run_in_executor(self._thread[0], self._apply, jobs)
                else:
                    outcomes = await self._apply_async(jobs)
            except Exception as error:  # the database itself failed: every caller hears of it
                outcomes = [error] * len(batch)
            for (_, _, waiter), outcome in zip(batch, outcomes, strict=True):
                if waiter.done():  # the caller went away (cancelled); its commit stands
                    continue
                if isinstance(outcome, BaseException):
                    waiter.set_exception(outcome)
                else:
                    waiter.set_result(outcome)

    def _apply(self, jobs: list[tuple[int, list[Operation]]]) -> list[bool | BaseException]:
        """In the writer thread: all jobs in one transaction, or one by one if one misbehaves."""
        assert self._thread is not None
        with self._thread[1].connect() as conn:
            if len(jobs) > 1 and len({user_id for user_id, _ in jobs}) == len(jobs):
                try:
                    with conn.begin():
                        _run_together(conn, [job for _, job in jobs])
                        return [True] * len(jobs)
                except Exception:  # a guard missed, a check failed or a statement raised
                    log.debug("batch of %d jobs rolled back; running them in turn", len(jobs))
            try:
                with conn.begin():
                    return [self._run(conn, job) for _, job in jobs]
            except Exception:  # a check failed or a statement raised: find out which job
                log.debug("batch of %d jobs rolled back; replaying them one by one", len(jobs))
            outcomes: list[bool | BaseException] = []
            for _, job in jobs:
                try:
                    with conn.begin():
                        outcomes.append(self._run(conn, job))
                except _Abort:
                    outcomes.append(False)  # rolled back: stale snapshot, the caller retries
                except Exception as error:
                    outcomes.append(error)
            return outcomes

    async def _apply_async(
        self, jobs: list[tuple[int, list[Operation]]]
    ) -> list[bool | BaseException]:
        """_apply on PostgreSQL, on one pooled connection of the async engine.

        The jobs run in the order of their respondents (a job's guard takes its respondent's
        lock until commit): two processes' batches then never wait for each other in a circle.
        Several jobs are first run together, as on SQLite; then in turn; then one by one.
        """
        order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])  # stable: a respondent's
        outcomes: list[bool | BaseException] = [False] * len(jobs)  # jobs keep their order
        async with self._engine.connect() as conn:
            if len(jobs) > 1 and len({user_id for user_id, _ in jobs}) == len(jobs):
                transaction = await conn.begin()
                try:
                    await _run_together_async(conn, [jobs[i][1] for i in order])
                except DBAPIError as error:
                    if error.connection_invalidated:  # as below
                        return [False] * len(jobs)
                    await transaction.rollback()
                except Exception:  # a guard missed, a check failed or a statement raised
                    await transaction.rollback()
                else:
                    await transaction.commit()  # if this fails, every caller hears of it
                    return [True] * len(jobs)
                log.debug("batch of %d jobs rolled back; running them in turn", len(jobs))
            transaction = await conn.begin()
            try:
                for i in order:
                    outcomes[i] = await self._run_async(conn, jobs[i][1])
            except DBAPIError as error:
                if error.connection_invalidated:
                    # The pool does not ping before use: a connection that died with a server
                    # restart fails here, before anything was committed. Every caller redoes
                    # its action on data read afresh (Conflict); the pool has dropped the rest.
                    return [False] * len(jobs)
                await transaction.rollback()
            except Exception:  # a check failed or a statement raised: find out which job
                await transaction.rollback()
            else:
                await transaction.commit()  # if this fails, every caller hears of it
                return outcomes
            log.debug("batch of %d jobs rolled back; replaying them one by one", len(jobs))
            for i in order:
                for attempt in range(DEADLOCK_RETRIES + 1):
                    try:
                        async with conn.begin():
                            outcomes[i] = await self._run_async(conn, jobs[i][1])
                    except _Abort:
                        outcomes[i] = False
                    except DBAPIError as error:
                        outcomes[i] = error
                        if _deadlocked(error) and attempt < DEADLOCK_RETRIES:
                            continue  # rolled back whole: the same job again, now alone
                    except Exception as error:
                        outcomes[i] = error
                    break
            return outcomes

    @staticmethod
    def _run(conn: Connection, job: list[Operation]) -> bool:
        for position, (statement, params, expected) in enumerate(job):
            count = _count(statement, conn.execute(statement, params))
            if expected != ANY and count != expected:
                if position == 0:
                    return False  # the guard missed: nothing of this job was written
                raise _Abort
        return True

    @staticmethod
    async def _run_async(conn: AsyncConnection, job: list[Operation]) -> bool:
        for position, (statement, params, expected) in enumerate(job):
            count = _count(statement, await conn.execute(statement, params))
            if expected != ANY and count != expected:
                if position == 0:
                    return False
                raise _Abort
        return True

    async def close(self) -> None:
        """Finish what is queued, then release the writer thread (SQLite)."""
        if self._drainer is not None:
            await asyncio.gather(self._drainer, return_exceptions=True)
        if self._thread is not None:
            await asyncio.get_running_loop().run_in_executor(None, self._shutdown, *self._thread)

    @staticmethod
    def _shutdown(executor: ThreadPoolExecutor, sync: Engine) -> None:
        executor.shutdown(wait=True)
        sync.dispose()


def _run_together(conn: Connection, jobs: list[list[Operation]]) -> None:
    """Every job's first operation, then every job's second, and so on, those of one statement
    in each round as one executemany: SQLAlchemy's work per statement (most of the writer
    thread's CPU, issue 26) is then paid once per batch and statement rather than per update.

    The jobs are of different respondents, whose rows no other job touches, so only each job's
    own order matters. Any count short of what the jobs expect (a guard missed, a check failed)
    raises _Abort: the caller rolls back and runs the jobs in turn, where each one's outcome is
    told apart.
    """
    for position in range(max(len(job) for job in jobs)):
        # (statement, counted): its rows and, if counted, the rows they must write in all.
        together: dict[tuple[int, bool], tuple[Executable, list[Mapping[str, Any]], int]] = {}
        for job in jobs:
            if position >= len(job):
                continue
            statement, params, expected = job[position]
            if not _in_bulk(statement, params):
                count = _count(statement, conn.execute(statement, params))
                if expected != ANY and count != expected:
                    raise _Abort
                continue
            counted = expected != ANY
            _, rows, total = together.get((id(statement), counted), (statement, [], 0))
            rows.extend([params] if isinstance(params, Mapping) else params)  # type: ignore[arg-type]
            together[id(statement), counted] = statement, rows, total + max(expected, 0)
        for (_, counted), (statement, rows, total) in together.items():
            if conn.execute(statement, rows).rowcount != total and counted:
                raise _Abort


async def _run_together_async(conn: AsyncConnection, jobs: list[list[Operation]]) -> None:
    """_run_together on PostgreSQL, whose driver runs an executemany without row counts: the
    operations of a round whose statement has a form over arrays (Statements.together: the
    guards with their claims, the drafts' saves) run as one statement, which counts the rows
    it wrote; the others one by one. A batch then costs a few round trips, not two or more per
    update (each one the writer's and the event loop's work in this process, issue 26).

    The guards' form takes the respondents' locks in the order of the jobs (by respondent, as
    _apply_async runs them). Any count short of what the jobs expect raises _Abort.
    """
    forms = statements("postgresql").together
    for position in range(max(len(job) for job in jobs)):
        together: dict[int, tuple[Executable, list[Mapping[str, Any]]]] = {}
        for job in jobs:
            if position >= len(job):
                continue
            statement, params, expected = job[position]
            if id(statement) in forms and expected == 1 and isinstance(params, Mapping):
                together.setdefault(id(statement), (statement, []))[1].append(params)
                continue
            count = _count(statement, await conn.execute(statement, params))
            if expected != ANY and count != expected:
                raise _Abort
        for statement, rows in together.values():
            if len(rows) > 1:
                form = forms[id(statement)]
                statement, params = form.statement, form.params(rows)
            else:  # one operation: the statement itself
                params = rows[0]
            if _count(statement, await conn.execute(statement, params)) != len(rows):
                raise _Abort


def _in_bulk(statement: Executable, params: Params) -> bool:
    """Whether the operation can join others of its statement in one executemany: not a
    SELECT (its count is read from its row), with rows of parameters and no list expanded
    into an IN (those run one statement each)."""
    if params is None or statement.is_select:
        return False
    if isinstance(params, Mapping):
        return not any(isinstance(value, list | tuple) for value in params.values())
    return True


def _deadlocked(error: DBAPIError) -> bool:
    """Whether PostgreSQL chose this transaction as a deadlock's victim: two transactions
    that changed the workspace's counts (storage.counts) in a different order of their
    statements, e.g. an erasure beside another respondent's submit."""
    return getattr(error.orig, "sqlstate", None) == DEADLOCK_DETECTED


def sync_engine_for(engine: AsyncEngine) -> Engine:
    """A synchronous engine on the same SQLite file, configured like the async one."""
    # One connection, used by the writer thread only.
    sync = create_engine(
        engine.url.set(drivername="sqlite"),
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
        json_serializer=dumps_json,
        json_deserializer=loads_json,
    )
    event.listen(sync, "connect", configure_sqlite)
    event.listen(sync, "begin", begin_sqlite)
    return sync


class BatchRespondentStore:
    """RespondentStore for the bot: snapshots in memory, group-committed writes."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._writer = GroupCommitWriter(engine)
        self._snapshots: OrderedDict[int, Snapshot] = OrderedDict()

    @asynccontextmanager
    async def unit(self, user_id: int) -> AsyncIterator[BatchUnit]:
        """A unit that commits on exit; raises Conflict if another writer changed its data."""
        unit = BatchUnit(self._engine, user_id, self._snapshots.get(user_id))
        yield unit
        job = unit.job()
        if job and not await self._writer.commit(user_id, job):
            self._snapshots.pop(user_id, None)
            raise Conflict(user_id)
        if unit.snapshot is not None:
            self._snapshots[user_id] = unit.snapshot
            self._snapshots.move_to_end(user_id)
            if len(self._snapshots) > CACHED_RESPONDENTS:
                self._snapshots.popitem(last=False)

    async def close(self) -> None:
        await self._writer.close()


class BatchUnit:
    """Works on a snapshot of one respondent and buffers its writes."""

    def __init__(self, engine: AsyncEngine, user_id: int, snapshot: Snapshot | None) -> None:
        self._engine = engine
        dialect = engine.dialect.name  # a property behind two proxies: read once a unit
        self._sql: Statements = statements(dialect)
        self._postgresql = dialect == "postgresql"
        self._user_id = user_id
        self.snapshot = snapshot
        self._base_version = snapshot.version if snapshot else None
        self._now = datetime.now(UTC)
        self._claim: dict[str, Any] | None = None  # the claim's parameters, once claimed
        self._create: Operation | None = None
        self._writes: list[Operation] = []

    async def _snapshot(self, update_id: int | None = None) -> tuple[Snapshot, bool]:
        """Read the respondent (and whether `update_id` was processed) from the database."""
        sql = self._sql
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**_READ[raw.dialect.name])
            try:
                row = (await conn.execute(sql.load, {"user_id_": self._user_id})).first()
            except DBAPIError as error:
                if error.connection_invalidated:  # a server restart (see GroupCommitWriter)
                    raise Conflict("the database connection was lost; nothing was read") from error
                raise
            processed = False
            if update_id is not None:
                found = await conn.execute(sql.processed, {"update_id_": update_id})
                processed = found.first() is not None
        if row is None:
            return Snapshot(None, None, None, False), processed
        respondent = respondent_record(row)
        draft = DraftRecord(row.id, dict(row.state), row.source) if row.id is not None else None
        return Snapshot(respondent, row.version, draft, bool(row.has_files)), processed

    async def _current(self) -> Snapshot:
        if self.snapshot is None:
            self.snapshot, _ = await self._snapshot()
            self._base_version = self.snapshot.version
        return self.snapshot

    def job(self) -> list[Operation]:
        """The buffered writes behind their guard.

        A unit that wrote nothing still checks that its snapshot was current (another process
        may have changed the respondent): what it showed was read from that snapshot.
        """
        claim: list[Operation] = []
        if self._claim is not None:
            claim.append((self._sql.claim, self._claim, 1))
        if self._create is not None:
            return [self._create, *claim, *self._writes]
        if self._base_version is None:
            return [*claim, *self._writes] if self._writes else claim
        old = self._base_version
        new = old + 1 if self._writes else old  # a unit that wrote nothing only checks
        params = {"user_id_": self._user_id, "old_": old, "new_": new}
        if self._writes and self.snapshot is not None and self.snapshot.respondent is not None:
            self.snapshot = replace(self.snapshot, version=new)
        together = self._sql.guard_and_claim
        if together is not None and self._claim is not None:
            # PostgreSQL: the guard and the claim in one statement (one round trip). Its row
            # count is 0 when either missed; a redelivered update may then leave the version
            # bumped, which only sends other processes' snapshots back to the database.
            return [(together, {**params, **self._claim}, 1), *self._writes]
        check = self._sql.bump if self._writes else self._sql.check
        return [(check, params, 1), *claim, *self._writes]

    def _write(self, statement: Executable, params: Params, expected: int = 1) -> None:
        self._writes.append((statement, params, expected))

    def _set(self, **changes: Any) -> None:
        assert self.snapshot is not None
        self.snapshot = replace(self.snapshot, **changes)

    # ---- reads ----

    async def claim_update(self, update_id: int) -> bool:
        """False if already processed; otherwise the update is claimed at commit.

        From a cached snapshot the check happens at commit: a second delivery then fails its
        claim, the unit raises Conflict, and the retry reads that it was processed.
        """
        if self.snapshot is None:
            self.snapshot, processed = await self._snapshot(update_id)
            self._base_version = self.snapshot.version
            if processed:
                return False
        self._claim = {"update_id_": update_id, "now_": self._now}
        return True

    async def respondent(self) -> RespondentRecord | None:
        return (await self._current()).respondent

    async def draft(self) -> DraftRecord | None:
        return (await self._current()).draft

    async def reference_taken(self, reference: str) -> bool:
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**_READ[raw.dialect.name])
            sql = self._sql
            found = await conn.execute(sql.reference_taken, {"reference_": reference})
            return found.first() is not None

    async def submissions(self, title_question: str) -> list[SubmissionSummary]:
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**_READ[raw.dialect.name])
            return await read_submissions(conn, self._user_id, title_question)

    # ---- buffered writes ----

    async def touch(self, chat_id: int, language: str | None, now: datetime) -> None:
        current = (await self._current()).respondent
        params = {
            "user_id_": self._user_id,
            "chat_id_": chat_id,
            "language_": language,
            "now_": now,
        }
        if current is None:
            self._create = (self._sql.create, params, 1)
            record = RespondentRecord(self._user_id, chat_id, language, None, False)
            self._set(respondent=record, version=0)  # the version the inserted row starts at
            return
        self._write(self._sql.touch, params)
        consent = current.consent_version
        record = RespondentRecord(
            self._user_id, chat_id, language or current.language, consent, False
        )
        self._set(respondent=record)

    async def record_consent(self, version: int, now: datetime) -> None:
        current = (await self._current()).respondent
        if current is None:
            raise UnknownRespondentError(self._user_id)
        params = {"user_id_": self._user_id, "version_": version, "now_": now}
        self._write(self._sql.consent, params)
        self._write(self._sql.consent_record, params)
        self._set(respondent=replace(current, consent_version=version))

    async def start_draft(
        self,
        submission_id: uuid.UUID,
        questionnaire_version: str,
        source: str | None,
        state: Mapping[str, Any],
        now: datetime,
    ) -> None:
        await self._current()
        params = new_draft_params(
            self._user_id, submission_id, questionnaire_version, source, state, now
        )
        self._write(self._sql.new_draft, params)
        self._set(draft=DraftRecord(submission_id, dict(state), source), has_files=False)

    async def save_draft(
        self,
        submission_id: uuid.UUID,
        state: Mapping[str, Any],
        changed: Mapping[str, Any],
        removed: Sequence[str],
        files: Mapping[str, FileRef],
        now: datetime,
    ) -> None:
        snapshot = await self._current()
        sql = self._sql
        key = {"user_id_": self._user_id, "id_": submission_id, "now_": now}
        if changed and self._postgresql:
            # The state and the step's answers in one statement (one round trip, not two).
            params = {**key, "state_": dict(state), "answers_": dict(changed)}
            self._write(sql.save_with_answers, params)
        else:
            self._write(sql.save_state, {**key, "state_": dict(state)})
        if changed and not self._postgresql:
            rows = [{**key, "question_id_": q, "value_": v} for q, v in changed.items()]
            self._write(sql.answer, rows, ANY)
        if removed:
            self._write(sql.drop_answers, {**key, "questions_": list(removed)}, ANY)
        stale = {*removed, *changed}.difference(files)
        if stale and snapshot.has_files:
            self._write(sql.drop_files, {**key, "questions_": sorted(stale)}, ANY)
        if files:
            self._write(sql.file, file_rows(key, files), ANY)
        source = snapshot.draft.source if snapshot.draft else None
        has_files = snapshot.has_files or bool(files)
        self._set(draft=DraftRecord(submission_id, dict(state), source), has_files=has_files)

    async def discard_draft(self, submission_id: uuid.UUID) -> None:
        await self._current()
        self._write(self._sql.discard, {"user_id_": self._user_id, "id_": submission_id})
        self._set(draft=None, has_files=False)

    async def submit(
        self,
        submission_id: uuid.UUID,
        reference: str,
        state: Mapping[str, Any],
        now: datetime,
        *,
        questionnaire_version: str | None = None,
    ) -> None:
        await self._current()
        key = {"user_id_": self._user_id, "id_": submission_id, "now_": now}
        values = {"reference_": reference, "state_": dict(state)}
        version = {"questionnaire_version_": questionnaire_version}
        self._write(self._sql.submit, {**key, **values, **version})
        self._write(self._sql.mail, key)
        given = answers_of(state)
        self._write(index_statement(), index_row(submission_id, given))
        if made := choice_rows(submission_id, given):
            self._write(choices_statement(), made, ANY)
        self._set(draft=None, has_files=False)

    async def erase(self, now: datetime) -> ErasedMail:
        await self._current()
        # Read before the erasure is queued: this respondent's earlier units are committed
        # (an e-mail still queued with them has not been written anywhere yet).
        async with self._engine.connect() as raw:
            mail = await mail_of(
                await raw.execution_options(**_READ[raw.dialect.name]), self._user_id
            )
        for statement in erase_statements(self._user_id, now):
            self._write(statement, None, ANY)
        self.snapshot = Snapshot(None, None, None, False)
        return mail

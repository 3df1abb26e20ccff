"""Every SQL statement the respondent stores run, in one place, built once with bind parameters.

Both stores use these: the locked units of storage.respondents (one transaction per update) and
the group-committed units of storage.batch (the bot's, on either database). Bind parameters end
in ``_`` so that they never collide with column names. SQLAlchemy caches the compiled form of
each.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    Uuid,
    bindparam,
    cast,
    column,
    delete,
    func,
    literal,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.schema import Table
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import TypeEngine

from dialogs.events import FileRef
from dialogs.ports import ErasedMail, RespondentRecord, SubmissionSummary
from storage.models import (
    DRAFT,
    OUTBOX_PENDING,
    OUTBOX_SUBMISSION,
    SUBMITTED,
    UTCDateTime,
    answers,
    attachments,
    consent_records,
    outbox,
    processed_updates,
    reminders,
    respondents,
    review_assignments,
    reviews,
    search_choices,
    search_documents,
    submissions,
    triage_events,
)

RESPONDENT_COLUMNS = (
    respondents.c.user_id,
    respondents.c.chat_id,
    respondents.c.language,
    respondents.c.consent_version,
    respondents.c.blocked,
)


def dialect_insert(dialect: str, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT that supports ON CONFLICT in this dialect."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def respondent_record(row: Row[Any, Any, Any, Any, Any]) -> RespondentRecord:
    """A row with RESPONDENT_COLUMNS as the record dialogs.ports speaks."""
    return RespondentRecord(
        user_id=row.user_id,
        chat_id=row.chat_id,
        language=row.language,
        consent_version=row.consent_version,
        blocked=bool(row.blocked),
    )


def snapshot_query(user_id: ColumnElement[int]) -> Select[Any]:
    """The respondent with their open draft (if any) and whether it has files, in one row."""
    has_files = (
        select(attachments.c.question_id)
        .where(attachments.c.submission_id == submissions.c.id)
        .exists()
    )
    return (
        select(
            *RESPONDENT_COLUMNS,
            respondents.c.version,
            submissions.c.id,
            submissions.c.state,
            submissions.c.source,
            has_files.label("has_files"),
        )
        .select_from(respondents)
        .outerjoin(
            submissions,
            (submissions.c.respondent_id == respondents.c.user_id)
            & (submissions.c.status == DRAFT),
        )
        .where(respondents.c.user_id == user_id)
    )


@dataclass(frozen=True)
class Together:
    """A statement's form over arrays (PostgreSQL): one run for the operations of many
    respondents, each bind parameter of the statement passed as the array of their values.
    It returns the number of rows it wrote, one for each operation that matched."""

    statement: Executable
    names: tuple[str, ...]  # the bind parameters of the statement it stands for

    def params(self, rows: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
        """The operations' parameters as one array per name."""
        return {name: [row[name] for row in rows] for name in self.names}


def _unnest(**types: TypeEngine[Any]) -> TableValuedAlias:
    """One row per operation, ``v(name, ...)``, from one array parameter per name (``name_``)."""
    arrays = [bindparam(f"{name}_", type_=postgresql.ARRAY(t)) for name, t in types.items()]
    columns = [column(name, t) for name, t in types.items()]
    return func.unnest(*arrays).table_valued(*columns).render_derived(name="v")


class Statements:
    """The statements of one dialect; each takes the bind parameters it names (``user_id_``...)."""

    def __init__(self, dialect: str) -> None:
        user: BindParameter[int] = bindparam("user_id_")
        now: BindParameter[Any] = bindparam("now_", type_=UTCDateTime())
        state: BindParameter[Any] = bindparam("state_", type_=submissions.c.state.type)
        state_language = state["lang"].as_string()  # kept in its own column for the lists
        language: BindParameter[Any] = bindparam("language_", type_=respondents.c.language.type)
        # ---- the respondent row
        self.load = snapshot_query(user)
        # The guard of a group-committed unit (storage.batch): the row still at the version the
        # unit's snapshot read. On PostgreSQL it first takes the respondent's advisory lock, as
        # every other writer of a respondent does (an erasure never interleaves with a batch),
        # and the UPDATE re-reads a row changed since its snapshot (READ COMMITTED), so the
        # compare-and-set holds across processes.
        this_one: ColumnElement[Any] = user
        if dialect == "postgresql":
            # The row is found through the lock's one row (in FROM, not in EXISTS, whose select
            # list PostgreSQL drops unevaluated), so the lock is taken before the row is read.
            lock = select(
                func.pg_advisory_xact_lock(user).label("locked"),
                cast(user, BigInteger).label("user_id"),
            ).subquery("lock")
            this_one = lock.c.user_id
        unchanged = [respondents.c.user_id == this_one, respondents.c.version == bindparam("old_")]
        self.bump = update(respondents).where(*unchanged).values(version=bindparam("new_"))
        self.check = update(respondents).where(*unchanged).values(version=respondents.c.version)
        first_seen: dict[str, Any] = {
            "user_id": user,
            "chat_id": bindparam("chat_id_"),
            "language": language,
            "blocked": False,
            "first_seen_at": now,
            "last_seen_at": now,
        }
        self.create = (
            dialect_insert(dialect, respondents)
            .values(**first_seen, version=0)
            .on_conflict_do_nothing()
        )
        self.touch = (
            update(respondents)
            .where(respondents.c.user_id == user)
            .values(
                chat_id=bindparam("chat_id_"),
                language=func.coalesce(language, respondents.c.language),
                blocked=False,
                last_seen_at=now,
            )
        )
        # Create or touch in one statement (for a unit that holds the respondent's lock).
        upsert = dialect_insert(dialect, respondents).values(**first_seen)
        self.create_or_touch = upsert.on_conflict_do_update(
            index_elements=[respondents.c.user_id],
            set_={
                "chat_id": upsert.excluded.chat_id,
                "language": func.coalesce(upsert.excluded.language, respondents.c.language),
                "blocked": False,
                "last_seen_at": upsert.excluded.last_seen_at,
            },
        ).returning(*RESPONDENT_COLUMNS)
        self.consent = (
            update(respondents)
            .where(respondents.c.user_id == user)
            .values(consent_version=bindparam("version_"), consent_given_at=now)
        )
        self.consent_returning = self.consent.returning(*RESPONDENT_COLUMNS)
        self.consent_record = consent_records.insert().values(
            respondent_id=user, version=bindparam("version_"), given_at=now
        )
        # ---- updates already handled
        self.claim = (
            dialect_insert(dialect, processed_updates)
            .values(update_id=bindparam("update_id_"), processed_at=now)
            .on_conflict_do_nothing()
        )
        self.processed = select(processed_updates.c.update_id).where(
            processed_updates.c.update_id == bindparam("update_id_")
        )
        # ---- the draft and its answers
        self.new_draft = submissions.insert().values(
            id=bindparam("id_"),
            respondent_id=user,
            questionnaire_version=bindparam("questionnaire_version_"),
            status=DRAFT,
            state=state,
            language=state_language,
            source=bindparam("source_"),
            created_at=now,
            updated_at=now,
        )
        draft = (
            submissions.c.id == bindparam("id_"),
            submissions.c.respondent_id == user,
            submissions.c.status == DRAFT,
        )
        self.save_state = (
            update(submissions)
            .where(*draft)
            .values(state=state, language=state_language, updated_at=now)
        )
        self.submit = (
            update(submissions)
            .where(*draft)
            .values(
                status=SUBMITTED,
                reference=bindparam("reference_"),
                state=state,
                language=state_language,
                updated_at=now,
                submitted_at=now,
                # The version it was answered on (None: the one it began on).
                questionnaire_version=func.coalesce(
                    bindparam("questionnaire_version_", type_=String),
                    submissions.c.questionnaire_version,
                ),
            )
        )
        self.discard = delete(submissions).where(*draft)  # answers and files go by cascade
        # Empty recipients: the EFUS inbox, resolved when the e-mail is sent.
        self.mail = outbox.insert().values(
            submission_id=bindparam("id_"),
            kind=OUTBOX_SUBMISSION,
            recipients="",
            status=OUTBOX_PENDING,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        answer = dialect_insert(dialect, answers).values(
            submission_id=bindparam("id_"),
            question_id=bindparam("question_id_"),
            value=bindparam("value_", type_=answers.c.value.type),
            answered_at=now,
        )
        self.answer = answer.on_conflict_do_update(
            index_elements=[answers.c.submission_id, answers.c.question_id],
            set_={"value": answer.excluded.value, "answered_at": answer.excluded.answered_at},
        )
        self.drop_answers = delete(answers).where(
            answers.c.submission_id == bindparam("id_"),
            answers.c.question_id.in_(bindparam("questions_", expanding=True)),
        )
        self.drop_files = delete(attachments).where(
            attachments.c.submission_id == bindparam("id_"),
            attachments.c.question_id.in_(bindparam("questions_", expanding=True)),
        )
        file = dialect_insert(dialect, attachments).values(
            submission_id=bindparam("id_"),
            question_id=bindparam("question_id_"),
            file_id=bindparam("file_id_"),
            file_unique_id=bindparam("file_unique_id_"),
            file_name=bindparam("file_name_"),
            mime_type=bindparam("mime_type_"),
            size=bindparam("size_"),
            received_at=now,
        )
        replaced = ("file_id", "file_unique_id", "file_name", "mime_type", "size", "received_at")
        self.file = file.on_conflict_do_update(
            index_elements=[attachments.c.submission_id, attachments.c.question_id],
            set_={name: file.excluded[name] for name in replaced},
        )
        self.reference_taken = (
            select(literal(1)).where(submissions.c.reference == bindparam("reference_")).limit(1)
        )
        self.guard_and_claim: Executable | None = None  # PostgreSQL only (below)
        # PostgreSQL: statements a group-committed batch runs once for all its units (by the
        # id of the statement each stands for).
        self.together: dict[int, Together] = {}
        if dialect == "postgresql":
            self._postgresql(user, now, state, draft)

    def _postgresql(
        self,
        user: BindParameter[int],
        now: BindParameter[Any],
        state: BindParameter[Any],
        draft: tuple[ColumnElement[bool], ...],
    ) -> None:
        """Statements that fold several round trips into one (PostgreSQL, one unit per update)."""
        # The respondent's advisory transaction lock (held until commit or rollback).
        locked = select(func.pg_advisory_xact_lock(user).label("locked")).subquery("lock")
        self.lock = select(locked.c.locked)
        # Take the lock, then claim the update id: the INSERT reads its one row from the lock.
        # (Only the claim rides along: it checks the unique index, not a snapshot. What the
        # unit reads must come from a later statement, whose snapshot starts after the lock.)
        update_id: BindParameter[int] = bindparam("update_id_", type_=BigInteger())
        self.lock_and_claim = (
            postgresql.insert(processed_updates)
            .from_select(
                [processed_updates.c.update_id, processed_updates.c.processed_at],
                select(update_id, now).select_from(locked),
            )
            .on_conflict_do_nothing()
        )
        # A group-committed unit's guard (bump, with new_ = old_ for a unit that only read) and
        # its claim of the update id in one statement: the claim only if the guard held.
        bumped = self.bump.returning(respondents.c.user_id).cte("bumped")
        self.guard_and_claim = (
            postgresql.insert(processed_updates)
            .from_select(
                [processed_updates.c.update_id, processed_updates.c.processed_at],
                select(update_id, now).select_from(bumped),
            )
            .on_conflict_do_nothing()
        )
        # The draft's state and the answers of one step in one statement: the answers come as
        # one JSON object (question id: value) and are written only if the draft row was.
        saved = (
            update(submissions)
            .where(*draft)
            .values(state=state, language=state["lang"].as_string(), updated_at=now)
            .returning(submissions.c.id)
            .cte("saved")
        )
        changes = func.jsonb_each(
            bindparam("answers_", type_=postgresql.JSONB(none_as_null=False))
        ).table_valued("key", "value")
        columns = ("submission_id", "question_id", "value", "answered_at")
        stored = postgresql.insert(answers).from_select(
            [answers.c[name] for name in columns],
            select(saved.c.id, changes.c.key, changes.c.value, now)
            .select_from(saved)
            .join(changes, true()),
        )
        stored = stored.on_conflict_do_update(
            index_elements=[answers.c.submission_id, answers.c.question_id],
            set_={"value": stored.excluded.value, "answered_at": stored.excluded.answered_at},
        )
        self.save_with_answers = (
            select(func.count()).select_from(saved).add_cte(stored.cte("stored"))
        )
        self._together()

    def _together(self) -> None:
        """The forms over arrays of the statements a batch of updates runs most: its units'
        guards with their claims, and their drafts' saves (storage.batch)."""
        key: dict[str, TypeEngine[Any]] = {
            "user_id": BigInteger(),
            "id": Uuid(),
            "now": UTCDateTime(),
        }
        # Every unit's guard and claim: the locks are taken in the order of the arrays (the
        # writer sorts its units by respondent), each before its row is compared and bumped.
        v = _unnest(
            user_id=BigInteger(), old=Integer(), new=Integer(), update_id=BigInteger(),
            now=UTCDateTime(),
        )  # fmt: skip
        lock = select(func.pg_advisory_xact_lock(v.c.user_id).label("locked"), *v.c).cte("lock")
        bumped = (
            update(respondents)
            .where(respondents.c.user_id == lock.c.user_id, respondents.c.version == lock.c.old)
            .values(version=lock.c.new)
            .returning(lock.c.update_id, lock.c.now)
            .cte("bumped")
        )
        claimed = (
            postgresql.insert(processed_updates)
            .from_select(
                [processed_updates.c.update_id, processed_updates.c.processed_at],
                select(bumped.c.update_id, bumped.c.now),
            )
            .on_conflict_do_nothing()
            .returning(processed_updates.c.update_id)
            .cte("claimed")
        )
        assert self.guard_and_claim is not None
        self._add(self.guard_and_claim, select(func.count()).select_from(claimed), v)
        # Drafts' states, and with them the answers of each one's step.
        v = _unnest(**key, state=postgresql.JSONB(), answers=postgresql.JSONB())
        saved = (
            update(submissions)
            .where(*self._drafts(v))
            .values(state=v.c.state, language=v.c.state["lang"].as_string(), updated_at=v.c.now)
            .returning(submissions.c.id, v.c.answers, v.c.now)
            .cte("saved")
        )
        changes = func.jsonb_each(saved.c.answers).table_valued("key", "value")
        columns = ("submission_id", "question_id", "value", "answered_at")
        stored = postgresql.insert(answers).from_select(
            [answers.c[name] for name in columns],
            select(saved.c.id, changes.c.key, changes.c.value, saved.c.now)
            .select_from(saved)
            .join(changes, true()),
        )
        stored = stored.on_conflict_do_update(
            index_elements=[answers.c.submission_id, answers.c.question_id],
            set_={"value": stored.excluded.value, "answered_at": stored.excluded.answered_at},
        )
        counted = select(func.count()).select_from(saved).add_cte(stored.cte("stored"))
        self._add(self.save_with_answers, counted, v)
        # Drafts' states alone (a step that changed no answer).
        v = _unnest(**key, state=postgresql.JSONB())
        state = v.c.state
        saves = update(submissions).where(*self._drafts(v))
        saves = saves.values(state=state, language=state["lang"].as_string(), updated_at=v.c.now)
        self._add(self.save_state, saves, v)

    @staticmethod
    def _drafts(v: TableValuedAlias) -> tuple[ColumnElement[bool], ...]:
        """Each operation's open draft (as `draft` matches one)."""
        return (
            submissions.c.id == v.c.id,
            submissions.c.respondent_id == v.c.user_id,
            submissions.c.status == DRAFT,
        )

    def _add(self, single: Executable, together: Executable, v: TableValuedAlias) -> None:
        names = tuple(f"{c.name}_" for c in v.c)
        self.together[id(single)] = Together(together, names)


def new_draft_params(
    user_id: int,
    submission_id: uuid.UUID,
    questionnaire_version: str,
    source: str | None,
    state: Mapping[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """Parameters of Statements.new_draft."""
    return {
        "user_id_": user_id,
        "id_": submission_id,
        "questionnaire_version_": questionnaire_version,
        "state_": dict(state),
        "source_": source,
        "now_": now,
    }


def file_rows(key: Mapping[str, Any], files: Mapping[str, FileRef]) -> list[dict[str, Any]]:
    """Parameters of Statements.file for each file answer."""
    return [
        {
            **key,
            "question_id_": question_id,
            "file_id_": file.file_id,
            "file_unique_id_": file.unique_id,
            "file_name_": file.name,
            "mime_type_": file.mime,
            "size_": file.size,
        }
        for question_id, file in files.items()
    ]


@cache
def statements(dialect: str) -> Statements:
    """The statements of ``dialect`` (``sqlite`` or ``postgresql``), built on first use."""
    return Statements(dialect)


async def read_submissions(
    conn: AsyncConnection, user_id: int, title_question: str
) -> list[SubmissionSummary]:
    """The respondent's questionnaires, newest first, titled by one answer."""
    title = answers.alias("title")
    result = await conn.execute(
        select(
            submissions.c.id,
            submissions.c.reference,
            submissions.c.status,
            submissions.c.created_at,
            submissions.c.submitted_at,
            submissions.c.triage_status,
            title.c.value,
        )
        .select_from(submissions)
        .outerjoin(
            title,
            (title.c.submission_id == submissions.c.id) & (title.c.question_id == title_question),
        )
        .where(submissions.c.respondent_id == user_id)
        .order_by(submissions.c.created_at.desc(), submissions.c.id.desc())
    )
    return [
        SubmissionSummary(
            reference=row.reference,
            status=row.status,
            title=row.value if isinstance(row.value, str) else None,
            created_at=row.created_at,
            submitted_at=row.submitted_at,
            submission_id=row.id,
            triage=row.triage_status if row.status == SUBMITTED else None,
        )
        for row in result
    ]


async def mail_of(conn: AsyncConnection, user_id: int) -> ErasedMail:
    """The Message-IDs and reference codes of the e-mails about the respondent's questionnaires."""
    rows = await conn.execute(
        select(outbox.c.message_id, submissions.c.reference, submissions.c.id)
        .select_from(submissions)
        .outerjoin(outbox, outbox.c.submission_id == submissions.c.id)
        .where(submissions.c.respondent_id == user_id)
    )
    ids: set[str] = set()
    references: set[str] = set()
    found: set[str] = set()
    for message_id, reference, submission_id in rows:
        if message_id:
            ids.add(message_id)
        if reference:
            references.add(reference)
        found.add(str(submission_id))
    return ErasedMail(tuple(sorted(ids)), tuple(sorted(references)), tuple(sorted(found)))


def erase_statements(user_id: int, now: datetime) -> list[Executable]:
    """Everything erasure runs, in order; the last deletes the respondent row itself."""
    mine = select(submissions.c.id).where(submissions.c.respondent_id == user_id)
    anonymize = (
        update(consent_records)
        .where(consent_records.c.respondent_id == user_id)
        .values(
            respondent_id=None,
            withdrawn_at=func.coalesce(consent_records.c.withdrawn_at, literal(now, UTCDateTime)),
        )
    )
    # Explicit rather than by cascade, so that nothing depends on foreign-key enforcement.
    # Outbox rows of the respondent's submissions go whatever their status: they hold answers.
    assigned = select(review_assignments.c.id).where(review_assignments.c.submission_id.in_(mine))
    return [
        anonymize,
        *(
            delete(t).where(t.c.submission_id.in_(mine))
            for t in (
                search_documents,
                search_choices,
                answers,
                attachments,
                outbox,
                triage_events,
                reminders,
            )
        ),
        # The partners' reviews of their experiences (comments may quote the answers).
        delete(reviews).where(reviews.c.assignment_id.in_(assigned)),
        delete(review_assignments).where(review_assignments.c.submission_id.in_(mine)),
        delete(submissions).where(submissions.c.respondent_id == user_id),
        delete(respondents).where(respondents.c.user_id == user_id),
    ]

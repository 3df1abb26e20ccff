"""The schema, as declarative models: the source for Alembic; repositories use their tables."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Final, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DRAFT: Final = "draft"
SUBMITTED: Final = "submitted"
WITHDRAWN: Final = "withdrawn"

REMINDER_AUTO: Final = "auto"  # sent by the reminder job after REMINDER_AFTER
REMINDER_STAFF: Final = "staff"  # "Send a reminder now" in the workspace
REMINDER_CLAIMED: Final = "claimed"
REMINDER_SENT: Final = "sent"
REMINDER_BLOCKED: Final = "blocked"
REMINDER_FAILED: Final = "failed"
# Triage of a submission by EFUS staff (the workspace); the respondent's /status may show it.
TRIAGE_NEW: Final = "new"
TRIAGE_STATUSES: Final = ("new", "in_review", "selected", "not_selected", "on_hold")

OUTBOX_PENDING: Final = "pending"
OUTBOX_SENT: Final = "sent"
OUTBOX_DEAD: Final = "dead"
OUTBOX_SUBMISSION: Final = "submission"
OUTBOX_DIGEST: Final = "digest"
OUTBOX_ALERT: Final = "alert"

NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every backend (SQLite, without time zones, stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware (UTC) datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact), JSON text elsewhere; Python None is stored as null.
Json = JSON().with_variant(JSONB(), "postgresql")


def new_message_id() -> str:
    """A globally unique RFC 5322 Message-ID for one outgoing e-mail."""
    return f"<{uuid.uuid4()}@cecops-intake>"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Respondent(Base):
    """A Telegram (or console) user who talked to the bot."""

    __tablename__ = "respondents"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str | None] = mapped_column(String(16))
    consent_version: Mapped[int | None] = mapped_column(Integer)
    consent_given_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    reminders_off: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Bumped by every write about the respondent: an optimistic unit commits only if unchanged.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


LISTED_AT: Final = "coalesce(submitted_at, created_at)"
LISTED_AT_INDEX: Final = "ix_submissions_listed_at_id"


class Submission(Base):
    """One questionnaire: an open draft, then submitted (or withdrawn)."""

    __tablename__ = "submissions"
    __table_args__ = (
        CheckConstraint(f"status IN ('{DRAFT}', '{SUBMITTED}', '{WITHDRAWN}')", name="status"),
        # At most one open draft per respondent.
        Index(
            "uq_submissions_one_draft",
            "respondent_id",
            unique=True,
            sqlite_where=text(f"status = '{DRAFT}'"),
            postgresql_where=text(f"status = '{DRAFT}'"),
        ),
        Index(None, "respondent_id", "created_at"),
        Index(None, "status", "updated_at"),
        # Exports and digests page through submissions in (created_at, id) order.
        Index(None, "status", "created_at", "id"),
        Index(None, "created_at", "id"),
        CheckConstraint(
            "triage_status IN (" + ", ".join(f"'{s}'" for s in TRIAGE_STATUSES) + ")",
            name="triage_status",
        ),
        Index(None, "triage_status", "submitted_at"),
        # The workspace's list (newest submitted first) and its counts per triage status and
        # language read these instead of the rows, whose engine state holds every answer.
        Index(None, "status", "submitted_at", "id"),
        Index(None, "status", "triage_status", "language"),
        # The list of every status, newest first (submitted, else started: the workspace's
        # `_when`), read in order rather than sorted whole (100,000 submissions: 150 ms on
        # SQLite; migration 0017). The expression is spelled as the workspace's query spells it.
        Index(LISTED_AT_INDEX, text(LISTED_AT), "id"),
        # A search's matches looked up by id, with every column the workspace filters on and
        # lists (not the engine state, which holds every answer): the filter, facets and page
        # of 2,500 matches among 100,000 read this index instead of the rows (migration 0015).
        Index(
            "ix_submissions_id_listed",
            "id",
            "status",
            "triage_status",
            "language",
            "submitted_at",
            "created_at",
            "reference",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    respondent_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("respondents.user_id", ondelete="CASCADE")
    )
    questionnaire_version: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    state: Mapped[dict[str, Any]] = mapped_column(Json)
    source: Mapped[str | None] = mapped_column(String(255))  # the deep-link payload
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    triage_status: Mapped[str] = mapped_column(
        String(16), default=TRIAGE_NEW, server_default=TRIAGE_NEW
    )
    # The engine state's language, kept beside it so that lists need not parse the state.
    language: Mapped[str | None] = mapped_column(String(16))


class Answer(Base):
    """One answer of one submission, as the engine stored it (None = skipped)."""

    __tablename__ = "answers"

    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(Json, nullable=False)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Attachment(Base):
    """A file sent as an answer: Telegram's reference to it, never the bytes."""

    __tablename__ = "attachments"

    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(Text)
    file_unique_id: Mapped[str] = mapped_column(String(255))
    file_name: Mapped[str | None] = mapped_column(Text)
    mime_type: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int | None] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProcessedUpdate(Base):
    """A Telegram update id already handled (no personal data: the id only)."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ReceivedUpdate(Base):
    """A Telegram update recorded before it is confirmed to Telegram, until it is handled.

    Holds the raw update (personal data) only for as long as handling takes.
    """

    __tablename__ = "received_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsentRecord(Base):
    """Consent given to one version of the notice; anonymous once the respondent is erased."""

    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    respondent_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("respondents.user_id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxMessage(Base):
    """An e-mail to send; empty recipients means the configured EFUS inbox."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            f"kind IN ('{OUTBOX_SUBMISSION}', '{OUTBOX_DIGEST}', '{OUTBOX_ALERT}')", name="kind"
        ),
        CheckConstraint(
            f"status IN ('{OUTBOX_PENDING}', '{OUTBOX_SENT}', '{OUTBOX_DEAD}')", name="status"
        ),
        Index(None, "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    recipients: Mapped[str] = mapped_column(Text, default="", server_default="")
    message_id: Mapped[str] = mapped_column(String(255), unique=True, default=new_message_id)
    status: Mapped[str] = mapped_column(
        String(16), default=OUTBOX_PENDING, server_default=OUTBOX_PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[Any] = mapped_column(Json, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DigestRun(Base):
    """A digest period claimed by one process (the unique period makes the claim exclusive)."""

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("period_start", "period_end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(255))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class QuestionnaireVersion(Base):
    """Each questionnaire version that went live: its questions and wording, for exports that
    span versions (columns of removed questions keep their place and labels)."""

    __tablename__ = "questionnaire_versions"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    form_id: Mapped[str] = mapped_column(String(64))
    definition: Mapped[Any] = mapped_column(Json)  # as questionnaire.yaml holds it
    wording: Mapped[Any] = mapped_column(Json)  # language → Fluent id → text
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Reminder(Base):
    """A reminder about one draft: claimed by one process (the unique number makes the claim
    exclusive), then sent, or not (blocked, failed)."""

    __tablename__ = "reminders"
    __table_args__ = (
        CheckConstraint(f"kind IN ('{REMINDER_AUTO}', '{REMINDER_STAFF}')", name="kind"),
        CheckConstraint(
            f"outcome IN ('{REMINDER_CLAIMED}', '{REMINDER_SENT}', '{REMINDER_BLOCKED}', "
            f"'{REMINDER_FAILED}')",
            name="outcome",
        ),
        # Automatic reminders are numbered 1, 2 ...; staff ones carry no number (NULLs differ).
        UniqueConstraint("submission_id", "number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[int | None] = mapped_column(Integer)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(255))
    outcome: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TriageEvent(Base):
    """A staff member's status change or note on a submission (erased with the submission)."""

    __tablename__ = "triage_events"
    __table_args__ = (
        CheckConstraint("kind IN ('status', 'note', 'notified')", name="kind"),
        Index(None, "submission_id", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int] = mapped_column(BigInteger)  # the staff member's Telegram id
    kind: Mapped[str] = mapped_column(String(16))
    old_status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class WebSignin(Base):
    """A one-time sign-in link (only its SHA-256 is kept), bound to one Telegram user."""

    __tablename__ = "web_signins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WebSession(Base):
    """A workspace session (the cookie holds the token, the database its SHA-256)."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Who did what in the workspace, and when (no answer text: references and statuses)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


class GuideSetting(Base):
    """A setting of the good-practice guide kept from the Guide page: the introduction in one
    language (`intro-<lang>`) or the chapter order (`order`)."""

    __tablename__ = "guide_settings"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[Any] = mapped_column(Json, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(BigInteger)  # the staff member's Telegram id


PERSON_ROLES: Final = ("admin", "staff", "reviewer")
NOTICE_ASSIGNED: Final = "assigned"
NOTICE_REMINDER: Final = "reminder"


class Person(Base):
    """Someone who works in the workspace: staff, admins and the partners who review."""

    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint(
            "role IN (" + ", ".join(f"'{r}'" for r in PERSON_ROLES) + ")", name="role"
        ),
    )

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="", server_default="")
    country: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(16))
    reads: Mapped[str] = mapped_column(String(64), default="", server_default="")  # "en,fr"
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SeenName(Base):
    """The Telegram first name last seen of someone who asked for a sign-in link."""

    __tablename__ = "seen_names"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    first_name: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReviewRound(Base):
    """A review round: a name and a deadline after which reviews no longer change."""

    __tablename__ = "review_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(BigInteger)


class ReviewAssignment(Base):
    """An experience given to a reviewer in a round; a declared conflict returns it to the
    pool (the row stays, with the reason, so that staff see why and it is not given again)."""

    __tablename__ = "review_assignments"
    __table_args__ = (
        UniqueConstraint("round_id", "submission_id", "reviewer_id"),
        Index(None, "reviewer_id", "round_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("review_rounds.id", ondelete="CASCADE")
    )
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[int] = mapped_column(BigInteger)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    assigned_by: Mapped[int] = mapped_column(BigInteger)
    conflict_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    conflict_reason: Mapped[str | None] = mapped_column(Text)
    notice_id: Mapped[int | None] = mapped_column(Integer)  # the chat message that told them


class Review(Base):
    """A reviewer's scores and comments on one assignment: a draft until submitted."""

    __tablename__ = "reviews"

    assignment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("review_assignments.id", ondelete="CASCADE"), primary_key=True
    )
    scores: Mapped[Any] = mapped_column(Json)  # criterion id -> 1..5
    comments: Mapped[Any] = mapped_column(Json)  # criterion id -> text
    recommendation: Mapped[str | None] = mapped_column(String(32))
    confidential: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReviewNotice(Base):
    """A chat message to a reviewer (assignments, deadline reminder), claimed once across bot
    processes by the unique (round, reviewer, kind, number)."""

    __tablename__ = "review_notices"
    __table_args__ = (
        CheckConstraint(f"kind IN ('{NOTICE_ASSIGNED}', '{NOTICE_REMINDER}')", name="kind"),
        CheckConstraint(
            f"outcome IN ('{REMINDER_CLAIMED}', '{REMINDER_SENT}', '{REMINDER_BLOCKED}', "
            f"'{REMINDER_FAILED}')",
            name="outcome",
        ),
        UniqueConstraint("round_id", "reviewer_id", "kind", "number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("review_rounds.id", ondelete="CASCADE")
    )
    reviewer_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[int] = mapped_column(Integer)  # the newest assignment told; 0: the reminder
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(255))
    outcome: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SearchDocument(Base):
    """The searchable words of a submitted questionnaire (see storage.search): folded typed
    text and one token per choice; FTS5 (SQLite) or a GIN index (PostgreSQL) indexes them."""

    __tablename__ = "search_documents"
    # FTS5's matches (rowids) turned into submission ids from this index, not from the rows,
    # which hold every word (migration 0015).
    __table_args__ = (Index(None, "id", "submission_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # FTS5's rowid
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), unique=True
    )
    terms: Mapped[str] = mapped_column(Text)
    # Its choices as lines of "question id<TAB>choice" (storage.search.choice_lines): a
    # search's facets count them from the matches' documents (migration 0018).
    choices: Mapped[str] = mapped_column(Text, server_default="")


class SearchChoice(Base):
    """One choice a submitted questionnaire made (and its country, as the choice of the
    `country` question): facets count these and filter by them through an index, instead of
    unpacking every stored answer on every page (see storage.search)."""

    __tablename__ = "search_choices"
    __table_args__ = (Index(None, "question_id", "choice", "submission_id"),)

    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    choice: Mapped[str] = mapped_column(String(64), primary_key=True)


class WorkspaceCount(Base):
    """How many submissions have one value of a counted dimension (see storage.counts): the
    workspace's unfiltered facets and overview read these few rows instead of counting every
    submission. Database triggers keep them current in the transaction of every write."""

    __tablename__ = "workspace_counts"

    counted: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class ReviewTotal(Base):
    """One experience of a round as the ranking orders it (see storage.review_totals): its
    submitted reviews and overall mean, recomputed by database triggers in the transaction of
    every write that changes them, so that the ranking does not add up the whole round."""

    __tablename__ = "review_totals"
    __table_args__ = (
        Index(None, "round_id", "overall"),
        Index(None, "round_id", "criteria"),
        Index(None, "round_id", "country"),
        Index(None, "submission_id"),
    )

    round_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("review_rounds.id", ondelete="CASCADE"), primary_key=True
    )
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True
    )
    # Its time of submission (the ties' order); None while the ranking would not show it.
    at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviews_in: Mapped[int] = mapped_column(Integer)  # submitted, not given back
    overall: Mapped[float | None] = mapped_column(Float)  # None: nothing scored yet
    criteria: Mapped[str | None] = mapped_column(Text)  # the criteria scored, "a,b,c"
    country: Mapped[str | None] = mapped_column(String(64))  # its choice in search_choices


# The tables, for Core statements on the hot path (no ORM session or identity map involved).
respondents = cast(Table, Respondent.__table__)
submissions = cast(Table, Submission.__table__)
answers = cast(Table, Answer.__table__)
attachments = cast(Table, Attachment.__table__)
processed_updates = cast(Table, ProcessedUpdate.__table__)
received_updates = cast(Table, ReceivedUpdate.__table__)
consent_records = cast(Table, ConsentRecord.__table__)
outbox = cast(Table, OutboxMessage.__table__)
digest_runs = cast(Table, DigestRun.__table__)
questionnaire_versions = cast(Table, QuestionnaireVersion.__table__)
reminders = cast(Table, Reminder.__table__)
triage_events = cast(Table, TriageEvent.__table__)
web_signins = cast(Table, WebSignin.__table__)
web_sessions = cast(Table, WebSession.__table__)
audit_log = cast(Table, AuditEntry.__table__)
guide_settings = cast(Table, GuideSetting.__table__)
people = cast(Table, Person.__table__)
seen_names = cast(Table, SeenName.__table__)
review_rounds = cast(Table, ReviewRound.__table__)
review_assignments = cast(Table, ReviewAssignment.__table__)
reviews = cast(Table, Review.__table__)
review_notices = cast(Table, ReviewNotice.__table__)
search_documents = cast(Table, SearchDocument.__table__)
search_choices = cast(Table, SearchChoice.__table__)
workspace_counts = cast(Table, WorkspaceCount.__table__)
review_totals = cast(Table, ReviewTotal.__table__)

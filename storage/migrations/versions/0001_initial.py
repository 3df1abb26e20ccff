"""Initial schema: respondents, submissions, answers, attachments, idempotency, consent, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "respondents",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("consent_version", sa.Integer(), nullable=True),
        sa.Column("consent_given_at", _utc(), nullable=True),
        sa.Column("blocked", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("first_seen_at", _utc(), nullable=False),
        sa.Column("last_seen_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name="pk_respondents"),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=True),
        sa.Column("respondent_id", sa.BigInteger(), nullable=False),
        sa.Column("questionnaire_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("state", _json(), nullable=False),
        sa.Column("source", sa.String(255), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.Column("submitted_at", _utc(), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'withdrawn')", name="ck_submissions_status"
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondents.user_id"],
            name="fk_submissions_respondent_id_respondents",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_submissions"),
        sa.UniqueConstraint("reference", name="uq_submissions_reference"),
    )
    op.create_index(
        "ix_submissions_respondent_id_created_at", "submissions", ["respondent_id", "created_at"]
    )
    op.create_index("ix_submissions_status_updated_at", "submissions", ["status", "updated_at"])
    # At most one open draft per respondent: a partial unique index, on both databases.
    op.create_index(
        "uq_submissions_one_draft",
        "submissions",
        ["respondent_id"],
        unique=True,
        sqlite_where=sa.text("status = 'draft'"),
        postgresql_where=sa.text("status = 'draft'"),
    )
    op.create_table(
        "answers",
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("value", _json(), nullable=False),
        sa.Column("answered_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_answers_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("submission_id", "question_id", name="pk_answers"),
    )
    op.create_table(
        "attachments",
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("file_id", sa.Text(), nullable=False),
        sa.Column("file_unique_id", sa.String(255), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=True),
        sa.Column("mime_type", sa.String(255), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("received_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_attachments_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("submission_id", "question_id", name="pk_attachments"),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("processed_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("update_id", name="pk_processed_updates"),
    )
    op.create_index("ix_processed_updates_processed_at", "processed_updates", ["processed_at"])
    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("given_at", _utc(), nullable=False),
        sa.Column("withdrawn_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondents.user_id"],
            name="fk_consent_records_respondent_id_respondents",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consent_records"),
    )
    op.create_index("ix_consent_records_respondent_id", "consent_records", ["respondent_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("recipients", sa.Text(), server_default="", nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", _utc(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("payload", _json(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("sent_at", _utc(), nullable=True),
        sa.CheckConstraint("kind IN ('submission', 'digest', 'alert')", name="ck_outbox_kind"),
        sa.CheckConstraint("status IN ('pending', 'sent', 'dead')", name="ck_outbox_status"),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_outbox_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("message_id", name="uq_outbox_message_id"),
    )
    op.create_index("ix_outbox_submission_id", "outbox", ["submission_id"])
    op.create_index("ix_outbox_status_next_attempt_at", "outbox", ["status", "next_attempt_at"])
    op.create_table(
        "digest_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", _utc(), nullable=False),
        sa.Column("period_end", _utc(), nullable=False),
        sa.Column("claimed_at", _utc(), nullable=False),
        sa.Column("claimed_by", sa.String(255), nullable=False),
        sa.Column("sent_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_digest_runs"),
        sa.UniqueConstraint(
            "period_start", "period_end", name="uq_digest_runs_period_start_period_end"
        ),
    )


def downgrade() -> None:
    # Dropping a table drops its indexes; children first.
    for table in (
        "digest_runs",
        "outbox",
        "consent_records",
        "processed_updates",
        "attachments",
        "answers",
        "submissions",
        "respondents",
    ):
        op.drop_table(table)

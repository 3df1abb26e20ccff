"""Staff workspace: triage status and language of submissions, triage events, sign-in links,
sessions, audit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIAGE = "triage_status IN ('new', 'in_review', 'selected', 'not_selected', 'on_hold')"


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Plain ADD COLUMN (a column CHECK is allowed there): a batch "move and copy" would drop
        # the submissions table, and ON DELETE CASCADE would take every answer with it.
        op.execute(
            "ALTER TABLE submissions ADD COLUMN triage_status VARCHAR(16) DEFAULT 'new' NOT NULL "
            f"CONSTRAINT ck_submissions_triage_status CHECK ({TRIAGE})"
        )
        op.add_column("submissions", sa.Column("language", sa.String(16), nullable=True))
        op.execute("UPDATE submissions SET language = json_extract(state, '$.lang')")
    else:
        op.add_column(
            "submissions",
            sa.Column("triage_status", sa.String(16), server_default="new", nullable=False),
        )
        op.create_check_constraint("ck_submissions_triage_status", "submissions", sa.text(TRIAGE))
        op.add_column("submissions", sa.Column("language", sa.String(16), nullable=True))
        # The language, until now read from the engine state only.
        op.execute("UPDATE submissions SET language = state ->> 'lang'")
    op.create_index(
        "ix_submissions_triage_status_submitted_at",
        "submissions",
        ["triage_status", "submitted_at"],
    )
    op.create_table(
        "triage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("old_status", sa.String(16), nullable=True),
        sa.Column("new_status", sa.String(16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('status', 'note', 'notified')", name="ck_triage_events_kind"),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_triage_events_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_triage_events"),
    )
    op.create_index("ix_triage_events_submission_id_at", "triage_events", ["submission_id", "at"])
    op.create_table(
        "web_signins",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
        sa.Column("used_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name="pk_web_signins"),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("last_seen_at", _utc(), nullable=False),
        sa.Column("ended_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name="pk_web_sessions"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", "audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_web_sessions_user_id", "web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("web_signins")
    op.drop_index("ix_triage_events_submission_id_at", "triage_events")
    op.drop_table("triage_events")
    op.drop_index("ix_submissions_triage_status_submitted_at", "submissions")
    if op.get_bind().dialect.name == "sqlite":
        # The check lives in the column's definition; the batch copy leaves both out. (Like any
        # SQLite table rebuild, this downgrade must run with foreign keys off to keep answers.)
        with op.batch_alter_table("submissions") as batch:
            batch.drop_constraint(op.f("ck_submissions_triage_status"), type_="check")
            batch.drop_column("triage_status")
            batch.drop_column("language")
    else:
        op.drop_constraint("ck_submissions_triage_status", "submissions", type_="check")
        op.drop_column("submissions", "triage_status")
        op.drop_column("submissions", "language")

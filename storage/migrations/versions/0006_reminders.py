"""Reminders about unfinished questionnaires: who opted out, which reminder went out when.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("respondents") as batch:
        batch.add_column(
            sa.Column(
                "reminders_off", sa.Boolean(), server_default=sa.text("false"), nullable=False
            )
        )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(255), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('auto', 'staff')", name="ck_reminders_kind"),
        sa.CheckConstraint(
            "outcome IN ('claimed', 'sent', 'blocked', 'failed')", name="ck_reminders_outcome"
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_reminders_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
        sa.UniqueConstraint("submission_id", "number", name="uq_reminders_submission_id_number"),
    )


def downgrade() -> None:
    op.drop_table("reminders")
    with op.batch_alter_table("respondents") as batch:
        batch.drop_column("reminders_off")

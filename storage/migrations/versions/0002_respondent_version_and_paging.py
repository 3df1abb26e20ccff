"""Respondent version (optimistic units of work); indexes for paging through submissions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("respondents") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="0", nullable=False))
    op.create_index(
        "ix_submissions_status_created_at_id", "submissions", ["status", "created_at", "id"]
    )
    op.create_index("ix_submissions_created_at_id", "submissions", ["created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_submissions_created_at_id", "submissions")
    op.drop_index("ix_submissions_status_created_at_id", "submissions")
    with op.batch_alter_table("respondents") as batch:
        batch.drop_column("version")

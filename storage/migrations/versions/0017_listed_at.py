"""An index on when each submission is listed (submitted, else started) and its id: the
workspace's list of every status, newest first, read in order rather than sorted whole.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_submissions_listed_at_id"


def upgrade() -> None:
    op.create_index(INDEX, "submissions", [sa.text("coalesce(submitted_at, created_at)"), "id"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="submissions")

"""Counts kept current by triggers (workspace_counts), for the workspace's unfiltered facets
and overview; filled from the existing submissions, choices and consents.

The triggers' SQL and the recount come from storage.counts (imported here: the migration and
the code that reads the counts must agree on what is counted). A later migration that
rebuilds one of the counted tables on SQLite (batch mode copies the table) drops its
triggers with it, and must create them again.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.counts import create_statements, drop_statements, refill

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workspace_counts",
        sa.Column("counted", sa.String(80), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("counted", "value", name="pk_workspace_counts"),
    )
    bind = op.get_bind()
    # Filled before the triggers exist, in the migration's transaction (the services are
    # stopped while it runs): every row is counted once.
    bind.execute(refill())
    for statement in create_statements(bind.dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("workspace_counts")

"""The ranking's order kept current by triggers (review_totals: per experience of a round, its
submitted reviews and overall mean), filled from the existing assignments and reviews.

The triggers' SQL and the recount come from storage.review_totals (imported here: the migration
and the ranking that reads the rows must agree on what is kept). A later migration that rebuilds
reviews, review_assignments or submissions on SQLite (batch mode copies the table) drops their
triggers with it, and must create them again.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.review_totals import create_statements, drop_statements, refill

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_totals",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviews_in", sa.Integer(), nullable=False),
        sa.Column("overall", sa.Float(), nullable=True),
        sa.Column("criteria", sa.Text(), nullable=True),
        sa.Column("country", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["review_rounds.id"],
            name="fk_review_totals_round_id_review_rounds",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_review_totals_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", "submission_id", name="pk_review_totals"),
    )
    op.create_index("ix_review_totals_round_id_overall", "review_totals", ["round_id", "overall"])
    op.create_index(
        "ix_review_totals_round_id_criteria", "review_totals", ["round_id", "criteria"]
    )
    op.create_index("ix_review_totals_round_id_country", "review_totals", ["round_id", "country"])
    op.create_index("ix_review_totals_submission_id", "review_totals", ["submission_id"])
    bind = op.get_bind()
    # Filled before the triggers exist, in the migration's transaction (the services are
    # stopped while it runs).
    op.execute(refill(bind.dialect.name))
    for statement in create_statements(bind.dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("review_totals")

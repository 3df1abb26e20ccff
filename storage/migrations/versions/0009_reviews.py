"""People with names and roles; review rounds, assignments, reviews and reviewers' notices.

Revision ID: 0009
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _when(name: str, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), server_default="", nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("reads", sa.String(64), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        sa.CheckConstraint("role IN ('admin', 'staff', 'reviewer')", name="ck_people_role"),
        sa.PrimaryKeyConstraint("user_id", name="pk_people"),
    )
    op.create_table(
        "seen_names",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("first_name", sa.String(200), nullable=False),
        _when("seen_at"),
        sa.PrimaryKeyConstraint("user_id", name="pk_seen_names"),
    )
    op.create_table(
        "review_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _when("deadline"),
        _when("created_at"),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_rounds"),
        sa.UniqueConstraint("name", name="uq_review_rounds_name"),
    )
    op.create_table(
        "review_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        _when("claimed_at"),
        sa.Column("claimed_by", sa.String(255), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        _when("sent_at", nullable=True),
        sa.CheckConstraint("kind IN ('assigned', 'reminder')", name="ck_review_notices_kind"),
        sa.CheckConstraint(
            "outcome IN ('claimed', 'sent', 'blocked', 'failed')",
            name="ck_review_notices_outcome",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["review_rounds.id"],
            name="fk_review_notices_round_id_review_rounds",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_review_notices"),
        sa.UniqueConstraint(
            "round_id",
            "reviewer_id",
            "kind",
            "number",
            name="uq_review_notices_round_id_reviewer_id_kind_number",
        ),
    )
    op.create_table(
        "review_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("reviewer_id", sa.BigInteger(), nullable=False),
        _when("assigned_at"),
        sa.Column("assigned_by", sa.BigInteger(), nullable=False),
        _when("conflict_at", nullable=True),
        sa.Column("conflict_reason", sa.Text(), nullable=True),
        sa.Column("notice_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["review_rounds.id"],
            name="fk_review_assignments_round_id_review_rounds",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_review_assignments_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_review_assignments"),
        sa.UniqueConstraint(
            "round_id",
            "submission_id",
            "reviewer_id",
            name="uq_review_assignments_round_id_submission_id_reviewer_id",
        ),
    )
    op.create_index(
        "ix_review_assignments_reviewer_id_round_id",
        "review_assignments",
        ["reviewer_id", "round_id"],
    )
    op.create_index("ix_review_assignments_submission_id", "review_assignments", ["submission_id"])
    op.create_table(
        "reviews",
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("scores", _json(), nullable=False),
        sa.Column("comments", _json(), nullable=False),
        sa.Column("recommendation", sa.String(32), nullable=True),
        sa.Column("confidential", sa.Text(), nullable=True),
        _when("updated_at"),
        _when("submitted_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["review_assignments.id"],
            name="fk_reviews_assignment_id_review_assignments",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assignment_id", name="pk_reviews"),
    )


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_index("ix_review_assignments_submission_id", table_name="review_assignments")
    op.drop_index("ix_review_assignments_reviewer_id_round_id", table_name="review_assignments")
    op.drop_table("review_assignments")
    op.drop_table("review_notices")
    op.drop_table("review_rounds")
    op.drop_table("seen_names")
    op.drop_table("people")

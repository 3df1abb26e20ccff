"""Questionnaire versions: each version's questions and wording, for exports across versions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "questionnaire_versions",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("definition", _json(), nullable=False),
        sa.Column("wording", _json(), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version", name="pk_questionnaire_versions"),
    )


def downgrade() -> None:
    op.drop_table("questionnaire_versions")

"""Questionnaire versions as text, as XLSForm writes them ("3", "vKz3…", "2024-03-12").

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table, column in (
        ("questionnaire_versions", "version"),
        ("submissions", "questionnaire_version"),
    ):
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column,
                existing_type=sa.Integer(),
                type_=sa.String(64),
                existing_nullable=False,
                postgresql_using=f"{column}::text",
            )


def downgrade() -> None:
    # Versions that are not whole numbers cannot go back: they become 0.
    for table, column in (
        ("questionnaire_versions", "version"),
        ("submissions", "questionnaire_version"),
    ):
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column,
                existing_type=sa.String(64),
                type_=sa.Integer(),
                existing_nullable=False,
                postgresql_using=(
                    f"CASE WHEN {column} ~ '^[0-9]{{1,9}}$' THEN {column}::integer ELSE 0 END"
                ),
            )

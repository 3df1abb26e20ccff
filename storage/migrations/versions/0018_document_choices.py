"""Each search document keeps its choices as lines of text (storage.search.choice_lines), so
that a search's facets count the choices its matches' documents bring instead of joining the
matches to the choice index and grouping its rows.

Documents written before this revision get theirs from the choice index, in one statement.
On SQLite the full-text index's update trigger then fires only when a document's words change:
filling the new column would otherwise have indexed every document's words again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.search import FTS_UPDATE_TRIGGER

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Revision 0012's trigger, as it was.
_EVERY_UPDATE = FTS_UPDATE_TRIGGER.replace("AFTER UPDATE OF terms ON", "AFTER UPDATE ON")
# A tab or a line break inside an id is written as a space, as choice_lines does.
_SQLITE_LINE = (
    "replace(replace(c.question_id, char(9), ' '), char(10), ' ') || char(9) || "
    "replace(replace(c.choice, char(9), ' '), char(10), ' ')"
)
_POSTGRESQL_LINE = (
    "translate(c.question_id, E'\\t\\n', '  ') || E'\\t' || translate(c.choice, E'\\t\\n', '  ')"
)


def upgrade() -> None:
    op.add_column(
        "search_documents",
        sa.Column("choices", sa.Text(), nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_fts_update")
        op.execute(FTS_UPDATE_TRIGGER)
        joined = f"group_concat({_SQLITE_LINE}, char(10))"
    else:
        joined = f"string_agg({_POSTGRESQL_LINE}, E'\\n')"
    op.execute(
        f"UPDATE search_documents SET choices = coalesce((SELECT {joined} "  # noqa: S608
        "FROM search_choices AS c WHERE c.submission_id = search_documents.submission_id), '')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Dropped in place (SQLite 3.35): batch mode would copy the table without its triggers.
        op.execute("ALTER TABLE search_documents DROP COLUMN choices")
        op.execute("DROP TRIGGER IF EXISTS search_fts_update")
        op.execute(_EVERY_UPDATE)
    else:
        op.drop_column("search_documents", "choices")

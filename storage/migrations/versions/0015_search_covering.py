"""Covering indexes for a search's matches: search documents by id with their submission's id
(FTS5's rowids become submission ids without reading the words), and submissions by id with the
columns the workspace filters on and lists (matches checked, counted and sorted without reading
the rows and their engine state).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOCUMENTS = "ix_search_documents_id_submission_id"
COLUMNS = ["id", "status", "triage_status", "language", "submitted_at", "created_at", "reference"]


def upgrade() -> None:
    op.create_index("ix_submissions_id_listed", "submissions", COLUMNS)
    op.create_index(DOCUMENTS, "search_documents", ["id", "submission_id"])


def downgrade() -> None:
    op.drop_index(DOCUMENTS, table_name="search_documents")
    op.drop_index("ix_submissions_id_listed", table_name="submissions")

"""Full-text search and choice index: search_documents, indexed by FTS5 (SQLite) or GIN
(PostgreSQL); search_choices; two indexes on submissions for the workspace's list; both tables
backfilled from the answers of every submitted questionnaire.

The words are built by storage.search.document (imported here: this migration and the code
that keeps the index current must agree on what a word is).

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from storage.search import choice_rows, create_statements, document, drop_statements

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000

_submissions = sa.table(
    "submissions", sa.column("id", sa.Uuid()), sa.column("status", sa.String())
)
_answers = sa.table(
    "answers",
    sa.column("submission_id", sa.Uuid()),
    sa.column("question_id", sa.String()),
    sa.column("value", sa.JSON().with_variant(JSONB(), "postgresql")),
)


def upgrade() -> None:
    documents = op.create_table(
        "search_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_search_documents_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_search_documents"),
        sa.UniqueConstraint("submission_id", name="uq_search_documents_submission_id"),
    )
    choices = op.create_table(
        "search_choices",
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("choice", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name="fk_search_choices_submission_id_submissions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "submission_id", "question_id", "choice", name="pk_search_choices"
        ),
    )
    op.create_index(
        "ix_search_choices_question_id_choice_submission_id",
        "search_choices",
        ["question_id", "choice", "submission_id"],
    )
    op.create_index(
        "ix_submissions_status_submitted_at_id", "submissions", ["status", "submitted_at", "id"]
    )
    op.create_index(
        "ix_submissions_status_triage_status_language",
        "submissions",
        ["status", "triage_status", "language"],
    )
    bind = op.get_bind()
    for statement in create_statements(bind.dialect.name):
        op.execute(statement)
    _backfill(bind, documents, choices)


def _backfill(bind: sa.Connection, documents: Any, choices: Any) -> None:
    submitted = (
        sa.select(_submissions.c.id)
        .where(_submissions.c.status == "submitted")
        .order_by(_submissions.c.id)
        .limit(BATCH)
    )
    after = None
    while True:
        page = submitted if after is None else submitted.where(_submissions.c.id > after)
        ids = list(bind.execute(page).scalars())
        if not ids:
            return
        given: dict[Any, dict[str, Any]] = {i: {} for i in ids}
        rows = bind.execute(
            sa.select(_answers.c.submission_id, _answers.c.question_id, _answers.c.value).where(
                _answers.c.submission_id.in_(ids)
            )
        )
        for submission_id, question_id, value in rows:
            given[submission_id][question_id] = value
        bind.execute(
            sa.insert(documents),
            [{"submission_id": i, "terms": document(values)} for i, values in given.items()],
        )
        chosen = [row for i, values in given.items() for row in choice_rows(i, values)]
        if chosen:
            bind.execute(sa.insert(choices), chosen)
        after = ids[-1]


def downgrade() -> None:
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index("ix_submissions_status_triage_status_language", "submissions")
    op.drop_index("ix_submissions_status_submitted_at_id", "submissions")
    op.drop_index("ix_search_choices_question_id_choice_submission_id", "search_choices")
    op.drop_table("search_choices")
    op.drop_table("search_documents")

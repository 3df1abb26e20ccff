"""Each search document holds a token for its country (storage.search.document), so that a
search filtered by country asks the full-text index for it rather than testing each match.

Documents written before this revision get theirs from the choice index (one statement per
country); documents that already hold it are left alone.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.search import COUNTRY_QUESTION, choice_token

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COUNTRIES = sa.text(
    "SELECT DISTINCT choice FROM search_choices WHERE question_id = :question ORDER BY choice"
)
_ADD = sa.text(
    "UPDATE search_documents SET terms = terms || :spaced WHERE submission_id IN "
    "(SELECT submission_id FROM search_choices WHERE question_id = :question "
    "AND choice = :choice) AND terms NOT LIKE :held"
)
_REMOVE = sa.text(
    "UPDATE search_documents SET terms = replace(terms, :spaced, '') WHERE submission_id IN "
    "(SELECT submission_id FROM search_choices WHERE question_id = :question "
    "AND choice = :choice)"
)


def _each_country(statement: sa.TextClause) -> None:
    bind = op.get_bind()
    for country in list(bind.execute(_COUNTRIES, {"question": COUNTRY_QUESTION}).scalars()):
        token = choice_token(COUNTRY_QUESTION, country)
        # A token is letters and digits only: nothing in it is special to LIKE.
        bind.execute(
            statement,
            {
                "spaced": f" {token}",
                "held": f"%{token}%",
                "question": COUNTRY_QUESTION,
                "choice": country,
            },
        )


def upgrade() -> None:
    _each_country(_ADD)


def downgrade() -> None:
    _each_country(_REMOVE)

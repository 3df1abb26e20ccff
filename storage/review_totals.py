"""The ranking's order kept current by the database: per experience of a round, its submitted
reviews and its overall mean (table review_totals).

The ranking's first page sorts a round's experiences by their overall mean. Adding up every
review of a 10,000-experience round on each page view grew with the round (248 ms at 100,000
submissions); these rows are read instead. Triggers (created by migration 0014) recompute an
experience's row from its own few assignments in the transaction of every write that can change
it (a review saved, an assignment added, given back or deleted, a submission submitted or
erased), whichever process writes and however: the rows are exact, never a cache. Each row
also keeps its experience's country (from the search index's `country` choice), so that the
ranking's country filter lists a round's countries from an index of these rows.

The overall mean is the mean of the criteria's means, as reviews.ranking computes it, over every
criterion scored (the database does not know the review form: `criteria` lists those scored, and
the ranking reads the kept mean only when they are all the form's). It is rounded to 9 decimals
so that means equal in arithmetic are equal here, whatever the order the database added them in
(the ranking lists equal means in order of submission).
"""

# Every statement here is assembled from this module's constants and column names: nothing
# typed by anyone reaches it (what S608 warns of).
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from storage.models import SUBMITTED
from storage.search import COUNTRY_QUESTION

# The columns of the experience (k.round_id, k.submission_id) that a recount fills.
_COLUMNS: Final = ("at", "reviews_in", "overall", "criteria", "country")


def _counted(dialect: str) -> str:
    """FROM and WHERE of the submitted scores of experience k, one row per criterion scored
    (`j.key`, `j.n`: the score as a number)."""
    if dialect == "postgresql":
        each = "jsonb_each(v.scores) AS e(key, value)"
        key, number = "e.key", "(e.value #>> '{}')::numeric"
        scored = "jsonb_typeof(e.value) = 'number'"
    else:
        each = "json_each(v.scores) AS e"
        key, number = "e.key", "e.value"
        scored = "e.type IN ('integer', 'real')"
    return (
        f"(SELECT {key} AS key, {number} AS n "
        f"FROM review_assignments AS a JOIN reviews AS v ON v.assignment_id = a.id, {each} "
        "WHERE a.round_id = k.round_id AND a.submission_id = k.submission_id "
        f"AND a.conflict_at IS NULL AND v.submitted_at IS NOT NULL AND {scored})"
    )


def _values(dialect: str) -> str:
    """The SELECT list of experience k's row (its keys, then `_COLUMNS`)."""
    scores = _counted(dialect)
    if dialect == "postgresql":
        overall = "round(avg(m), 9)::double precision"
        listed = "string_agg(key, ',' ORDER BY key COLLATE \"C\")"
        names = f"(SELECT DISTINCT key FROM {scores} AS j)"
    else:
        overall = "round(avg(m), 9)"
        listed = "group_concat(key, ',')"
        names = f"(SELECT DISTINCT key FROM {scores} AS j ORDER BY key)"
    return (
        "k.round_id, k.submission_id, "
        "(SELECT s.submitted_at FROM submissions AS s WHERE s.id = k.submission_id "
        f"AND s.status = '{SUBMITTED}' AND s.reference IS NOT NULL), "
        "(SELECT count(*) FROM review_assignments AS a JOIN reviews AS v "
        "ON v.assignment_id = a.id WHERE a.round_id = k.round_id "
        "AND a.submission_id = k.submission_id "
        "AND a.conflict_at IS NULL AND v.submitted_at IS NOT NULL), "
        f"(SELECT {overall} FROM (SELECT avg(n) AS m FROM {scores} AS j GROUP BY key) AS means), "
        f"(SELECT {listed} FROM {names} AS named), "
        f"{_country('k.submission_id')}"
    )


def _country(submission_id: str) -> str:
    """The country of a submitted experience (its `country` choice in the search index)."""
    return (
        "(SELECT min(c.choice) FROM search_choices AS c "
        f"WHERE c.submission_id = {submission_id} AND c.question_id = '{COUNTRY_QUESTION}')"
    )


def _upsert(dialect: str, keys: str, where: str) -> str:
    """Recompute the rows of the experiences (`keys`: a relation k with round_id and
    submission_id) that still have an assignment."""
    return (
        f"INSERT INTO review_totals (round_id, submission_id, {', '.join(_COLUMNS)}) "
        f"SELECT {_values(dialect)} FROM {keys} AS k WHERE {where} AND EXISTS "
        "(SELECT 1 FROM review_assignments AS a WHERE a.round_id = k.round_id "
        "AND a.submission_id = k.submission_id) "
        "ON CONFLICT (round_id, submission_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    )


def _forget(round_id: str, submission_id: str) -> str:
    """Delete the row of an experience left without any assignment in the round."""
    return (
        f"DELETE FROM review_totals WHERE round_id = {round_id} "
        f"AND submission_id = {submission_id} AND NOT EXISTS (SELECT 1 FROM review_assignments "
        f"AS a WHERE a.round_id = {round_id} AND a.submission_id = {submission_id})"
    )


def _recountry(submission_id: str) -> str:
    """Set the country of an experience again (its country choice was written or deleted)."""
    return (
        f"UPDATE review_totals SET country = {_country(submission_id)} "
        f"WHERE submission_id = {submission_id}"
    )


def _one(prefix: str) -> str:
    """The experience of an assignment row of a trigger (NEW or OLD) as a relation."""
    return f"(SELECT {prefix}.round_id AS round_id, {prefix}.submission_id AS submission_id)"


def _of_review(prefix: str) -> str:
    """The experience of a review row of a trigger (NEW or OLD) as a relation."""
    return (
        "(SELECT a.round_id AS round_id, a.submission_id AS submission_id "
        f"FROM review_assignments AS a WHERE a.id = {prefix}.assignment_id)"
    )


def _shown(prefix: str) -> str:
    """The time of submission the ranking orders ties by, None when it does not show it."""
    return (
        f"CASE WHEN {prefix}.status = '{SUBMITTED}' AND {prefix}.reference IS NOT NULL "
        f"THEN {prefix}.submitted_at END"
    )


def refill(dialect: str) -> str:
    """Fill an empty review_totals from the assignments and reviews (migration 0014)."""
    return _upsert(
        dialect, "(SELECT DISTINCT round_id, submission_id FROM review_assignments)", "1 = 1"
    )


def recount(dialect: str) -> str:
    """(round_id, submission_id, at, reviews_in, overall, criteria) of every experience of
    every round computed afresh: what the triggers keep (a test compares the two)."""
    return (
        f"SELECT {_values(dialect)} FROM "
        "(SELECT DISTINCT round_id, submission_id FROM review_assignments) AS k"
    )


# Per table, the columns whose change changes an experience's row.
_REVIEW_COLUMNS: Final = ("assignment_id", "scores", "submitted_at")
_ASSIGNMENT_COLUMNS: Final = ("round_id", "submission_id", "conflict_at")
_SUBMISSION_COLUMNS: Final = ("status", "reference", "submitted_at")


def _changed(columns: tuple[str, ...], distinct: str) -> str:
    return " OR ".join(f"OLD.{c} {distinct} NEW.{c}" for c in columns)


def _sqlite_statements() -> list[str]:
    def recompute(keys: str) -> str:
        return _upsert("sqlite", keys, "1 = 1")

    def forget(prefix: str) -> str:
        return _forget(f"{prefix}.round_id", f"{prefix}.submission_id")

    # An update recomputes the old experience too only when the row moved to another one.
    moved_review = "OLD.assignment_id IS NOT NEW.assignment_id"
    moved = "(OLD.round_id IS NOT NEW.round_id OR OLD.submission_id IS NOT NEW.submission_id)"
    reviews = {
        "insert": [recompute(_of_review("NEW"))],
        "update": [
            _upsert("sqlite", _of_review("OLD"), moved_review),
            recompute(_of_review("NEW")),
        ],
        "delete": [recompute(_of_review("OLD"))],
    }
    assignments = {
        "insert": [recompute(_one("NEW"))],
        "update": [
            forget("OLD"),
            _upsert("sqlite", _one("OLD"), moved),
            recompute(_one("NEW")),
        ],
        "delete": [forget("OLD"), recompute(_one("OLD"))],
    }
    made = []
    for table, events, columns in (
        ("reviews", reviews, _REVIEW_COLUMNS),
        ("review_assignments", assignments, _ASSIGNMENT_COLUMNS),
    ):
        for event, body in events.items():
            when = (
                f" OF {', '.join(columns)} ON {table} WHEN {_changed(columns, 'IS NOT')}"
                if event == "update"
                else f" ON {table}"
            )
            made.append(
                f"CREATE TRIGGER {table}_totals_{event} AFTER {event.upper()}{when} "
                f"BEGIN {'; '.join(body)}; END"
            )
    for event, rows in (("insert", ("NEW",)), ("update", ("OLD", "NEW")), ("delete", ("OLD",))):
        of = " OF question_id, choice, submission_id" if event == "update" else ""
        country = " OR ".join(f"{p}.question_id = '{COUNTRY_QUESTION}'" for p in rows)
        again = "; ".join(_recountry(f"{p}.submission_id") for p in rows)
        made.append(
            f"CREATE TRIGGER search_choices_totals_{event} AFTER {event.upper()}{of} "
            f"ON search_choices WHEN {country} BEGIN {again}; END"
        )
    made.append(
        f"CREATE TRIGGER submissions_totals_update AFTER UPDATE OF "
        f"{', '.join(_SUBMISSION_COLUMNS)} ON submissions "
        f"WHEN {_changed(_SUBMISSION_COLUMNS, 'IS NOT')} "
        f"BEGIN UPDATE review_totals SET at = {_shown('NEW')} WHERE submission_id = NEW.id; END"
    )
    return made


def _postgresql_statements() -> list[str]:
    keys = "(SELECT p_round AS round_id, p_submission AS submission_id)"
    of_review = (
        "PERFORM review_totals_recompute(a.round_id, a.submission_id) "
        "FROM review_assignments AS a WHERE a.id = {}.assignment_id"
    )
    return [
        # The experience locked first: two transactions saving reviews of one experience at
        # once would otherwise each recompute from a snapshot without the other's review, the
        # second overwriting the first's row (READ COMMITTED). Once the lock is granted, the
        # other has committed, and the next statements' snapshots see its review.
        "CREATE FUNCTION review_totals_recompute(p_round integer, p_submission uuid) "
        "RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_advisory_xact_lock(p_round, hashtext(p_submission::text)); "
        f"{_forget('p_round', 'p_submission')}; "
        f"{_upsert('postgresql', keys, '1 = 1')}; END $$",
        # A review moved to another assignment (never done) recomputes both experiences.
        "CREATE FUNCTION reviews_totals() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.assignment_id <> NEW.assignment_id) "
        f"THEN {of_review.format('OLD')}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {of_review.format('NEW')}; END IF; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER reviews_totals AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(_REVIEW_COLUMNS)} ON reviews FOR EACH ROW "
        "EXECUTE FUNCTION reviews_totals()",
        "CREATE FUNCTION review_assignments_totals() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.round_id, OLD.submission_id) "
        "IS DISTINCT FROM (NEW.round_id, NEW.submission_id)) "
        "THEN PERFORM review_totals_recompute(OLD.round_id, OLD.submission_id); END IF; "
        "IF TG_OP <> 'DELETE' "
        "THEN PERFORM review_totals_recompute(NEW.round_id, NEW.submission_id); END IF; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER review_assignments_totals AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(_ASSIGNMENT_COLUMNS)} ON review_assignments FOR EACH ROW "
        "EXECUTE FUNCTION review_assignments_totals()",
        "CREATE FUNCTION submissions_totals() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE review_totals SET at = {_shown('NEW')} WHERE submission_id = NEW.id; "
        "RETURN NULL; END $$",
        "CREATE FUNCTION search_choices_totals() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN IF TG_OP <> 'INSERT' THEN {_recountry('OLD.submission_id')}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_recountry('NEW.submission_id')}; END IF; "
        "RETURN NULL; END $$",
        # Row triggers with a WHEN: a submission's other choices (a dozen) call no function.
        "CREATE TRIGGER search_choices_totals_insert AFTER INSERT ON search_choices "
        f"FOR EACH ROW WHEN (NEW.question_id = '{COUNTRY_QUESTION}') "
        "EXECUTE FUNCTION search_choices_totals()",
        "CREATE TRIGGER search_choices_totals_delete AFTER DELETE ON search_choices "
        f"FOR EACH ROW WHEN (OLD.question_id = '{COUNTRY_QUESTION}') "
        "EXECUTE FUNCTION search_choices_totals()",
        "CREATE TRIGGER search_choices_totals_update AFTER UPDATE ON search_choices "
        f"FOR EACH ROW WHEN (OLD.question_id = '{COUNTRY_QUESTION}' "
        f"OR NEW.question_id = '{COUNTRY_QUESTION}') EXECUTE FUNCTION search_choices_totals()",
        # A row trigger with a column list and a WHEN: the bot's updates of a draft's state
        # (every answer) do not fire it.
        f"CREATE TRIGGER submissions_totals AFTER UPDATE OF {', '.join(_SUBMISSION_COLUMNS)} "
        f"ON submissions FOR EACH ROW WHEN ({_changed(_SUBMISSION_COLUMNS, 'IS DISTINCT FROM')}) "
        "EXECUTE FUNCTION submissions_totals()",
    ]


def create_statements(dialect: str) -> list[str]:
    """The DDL of the triggers that keep review_totals current on this database."""
    return _postgresql_statements() if dialect == "postgresql" else _sqlite_statements()


def drop_statements(dialect: str) -> list[str]:
    """The DDL that removes what `create_statements` made (on PostgreSQL, dropping the
    functions drops their triggers)."""
    if dialect == "postgresql":
        return [
            f"DROP FUNCTION IF EXISTS {name} CASCADE"
            for name in (
                "reviews_totals()",
                "review_assignments_totals()",
                "submissions_totals()",
                "search_choices_totals()",
                "review_totals_recompute(integer, uuid)",
            )
        ]
    return [
        f"DROP TRIGGER IF EXISTS {table}_totals_{event}"
        for table in ("reviews", "review_assignments", "submissions", "search_choices")
        for event in ("insert", "update", "delete")
    ]


def listed(criteria: Iterable[str]) -> str:
    """The `criteria` column of an experience scored on these criteria (in code-point order,
    as the triggers list them)."""
    return ",".join(sorted(set(criteria)))


__all__ = ["create_statements", "drop_statements", "listed", "recount", "refill"]

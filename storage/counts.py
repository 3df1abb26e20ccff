"""Counts kept current by the database: how many submissions have each status, and how many
submitted questionnaires each triage status, language, month and choice, and how many consents.

The workspace's unfiltered facets and its overview read these few rows (one per value)
instead of counting 100,000 submissions on every page. Triggers (created by migration 0013)
add each write's difference in the writing transaction, whichever process writes and however
(the bot's submit, a triage change, an erasure, a bulk load): the counts are exact, never a
cache. Each trigger adds its differences in one statement, in the order of the keys, so that
two transactions lock the rows they share in the same order (no deadlock on PostgreSQL).
PostgreSQL adds a statement's inserted or deleted rows at once (transition tables): a bulk
insert updates each count once, not once per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import (
    FunctionElement,
    Insert,
    Select,
    String,
    func,
    insert,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from storage.models import (
    SUBMITTED,
    consent_records,
    search_choices,
    submissions,
    workspace_counts,
)

STATUS: Final = "status"  # every submission, by status
TRIAGE: Final = "triage"  # the rest: submitted questionnaires only
LANGUAGE: Final = "language"  # "" stands for no language
MONTH: Final = "month"  # 'YYYY-MM' of submitted_at (UTC)
CONSENT: Final = "consent"  # consent records (value "")
CHOICE: Final = "choice:"  # + question id: the choices in search_choices
NONE: Final = ""  # the value standing for NULL


def choice_counted(question_id: str) -> str:
    """The counted dimension of one question's choices."""
    return CHOICE + question_id


def _month_sql(dialect: str, timestamp: str) -> str:
    if dialect == "postgresql":
        return f"to_char(({timestamp}) AT TIME ZONE 'UTC', 'YYYY-MM')"
    return f"strftime('%Y-%m', {timestamp})"


class year_month(FunctionElement[str]):
    """'YYYY-MM' of a UTC timestamp, on either database."""

    type = String()
    inherit_cache = True


@compiles(year_month, "postgresql")
def _year_month_postgresql(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return _month_sql("postgresql", compiler.process(element.clauses, **kw))


@compiles(year_month)
def _year_month_sqlite(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return _month_sql("sqlite", compiler.process(element.clauses, **kw))


async def read_counts(
    conn: AsyncConnection, counted: Iterable[str]
) -> dict[str, dict[str | None, int]]:
    """Per counted dimension, the count of each value that has any ("" read as None)."""
    w = workspace_counts.c
    wanted = sorted(set(counted))
    found: dict[str, dict[str | None, int]] = {name: {} for name in wanted}
    rows = await conn.execute(select(w.counted, w.value, w.n).where(w.counted.in_(wanted)))
    for name, value, n in rows:
        if n:
            found[name][value if value != NONE else None] = int(n)
    return found


def recount() -> Select[Any]:
    """(counted, value, n) counted afresh from the tables: what the triggers keep current
    (migration 0013 fills the table from it; a test compares the two)."""
    s, c = submissions.c, search_choices.c
    count = func.count()
    submitted = s.status == SUBMITTED

    def name(text: str) -> Any:
        return literal_column(f"'{text}'", String())

    none = literal_column("''", String())
    language = func.coalesce(s.language, none)
    month = func.coalesce(year_month(s.submitted_at), none)
    parts = [
        (name(STATUS), s.status, None, None),
        (name(TRIAGE), s.triage_status, submitted, None),
        (name(LANGUAGE), language, submitted, None),
        (name(MONTH), month, submitted, None),
        (name(CHOICE) + c.question_id, c.choice, None, search_choices),
        (name(CONSENT), none, None, consent_records),
    ]
    selects: list[Select[Any]] = []
    for counted, value, where, table in parts:
        one = select(counted.label("counted"), value.label("value"), count.label("n"))
        one = one.select_from(table if table is not None else submissions)
        one = one.where(where) if where is not None else one
        group = (c.question_id, c.choice) if table is search_choices else (value,)
        selects.append(one if table is consent_records else one.group_by(*group))
    return select(union_all(*selects).subquery())


def refill() -> Insert:
    """Fill an empty workspace_counts from a fresh recount (migration 0013; a bulk load made
    with the triggers off, as the benchmark's)."""
    return insert(workspace_counts).from_select(["counted", "value", "n"], recount())


# ---- the triggers (created and dropped by migration 0013) ----

_SUBMITTED_ONLY: Final = f"WHERE r.status = '{SUBMITTED}'"


def _pairs(table: str, dialect: str) -> list[tuple[str, str, str]]:
    """(counted, value, condition) of a row `r` of `table`."""
    if table == "submissions":
        return [
            (f"'{STATUS}'", "r.status", ""),
            (f"'{TRIAGE}'", "r.triage_status", _SUBMITTED_ONLY),
            (f"'{LANGUAGE}'", f"coalesce(r.language, '{NONE}')", _SUBMITTED_ONLY),
            (
                f"'{MONTH}'",
                f"coalesce({_month_sql(dialect, 'r.submitted_at')}, '{NONE}')",
                _SUBMITTED_ONLY,
            ),
        ]
    if table == "search_choices":
        return [(f"'{CHOICE}' || r.question_id", "r.choice", "")]
    return [(f"'{CONSENT}'", f"'{NONE}'", "")]


# Per counted table, the columns its triggers read (an update of another column changes no count).
_COLUMNS: Final = {
    "submissions": ("status", "triage_status", "language", "submitted_at"),
    "search_choices": ("question_id", "choice"),
    "consent_records": ("id",),
}
# Counted tables whose rows can change a count when updated (consents are counted, not read).
_UPDATED: Final = ("submissions", "search_choices")


def _rows(table: str, dialect: str, source: str, sign: str) -> str:
    # DDL assembled from this module's constants and column names: nothing typed reaches it.
    return " UNION ALL ".join(
        f"SELECT {counted} AS counted, {value} AS value, {sign}1 AS d FROM {source} AS r {where}"  # noqa: S608
        for counted, value, where in _pairs(table, dialect)
    )


def _add(table: str, dialect: str, old: str | None, new: str | None) -> str:
    """The statement adding the differences between the `old` rows and the `new` ones."""
    parts = [_rows(table, dialect, old, "-")] if old else []
    parts += [_rows(table, dialect, new, "")] if new else []
    return (
        "INSERT INTO workspace_counts (counted, value, n) "  # noqa: S608 (as in _rows)
        f"SELECT counted, value, sum(d) FROM ({' UNION ALL '.join(parts)}) AS delta "
        "GROUP BY counted, value HAVING sum(d) <> 0 ORDER BY counted, value "
        "ON CONFLICT (counted, value) DO UPDATE SET n = workspace_counts.n + excluded.n"
    )


def _one_row(table: str, prefix: str) -> str:
    """A row of the trigger (`prefix`: NEW or OLD) as a one-row relation."""
    return "(SELECT " + ", ".join(f"{prefix}.{c} AS {c}" for c in _COLUMNS[table]) + ")"


def _changed(table: str) -> str:
    """The WHEN of an update trigger: one of the counted columns changed."""
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in _COLUMNS[table])


def _sqlite_statements() -> list[str]:
    made = []
    for table in _COLUMNS:
        new, old = _one_row(table, "NEW"), _one_row(table, "OLD")
        made += [
            f"CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN "
            f"{_add(table, 'sqlite', None, new)}; END",
            f"CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} BEGIN "
            f"{_add(table, 'sqlite', old, None)}; END",
        ]
        if table in _UPDATED:
            columns = ", ".join(_COLUMNS[table])
            changed = _changed(table).replace("IS DISTINCT FROM", "IS NOT")
            made.append(
                f"CREATE TRIGGER {table}_count_update AFTER UPDATE OF {columns} ON {table} "
                f"WHEN {changed} BEGIN "
                f"{_add(table, 'sqlite', old, new)}; END"
            )
    return made


def _postgresql_statements() -> list[str]:
    made = []
    for table in _COLUMNS:
        inserted = _add(table, "postgresql", None, "new_rows")
        deleted = _add(table, "postgresql", "old_rows", None)
        updated = _add(table, "postgresql", _one_row(table, "OLD"), _one_row(table, "NEW"))
        made += [
            f"CREATE FUNCTION {table}_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'INSERT' THEN {inserted}; "
            f"ELSIF TG_OP = 'DELETE' THEN {deleted}; "
            f"ELSE {updated}; END IF; RETURN NULL; END $$",
            f"CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {table}_count()",
            f"CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} "
            "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {table}_count()",
        ]
        if table in _UPDATED:
            # A row trigger, with a column list: the bot's updates of a draft's state (every
            # answer) do not fire it; a statement trigger would run on each of them.
            made.append(
                f"CREATE TRIGGER {table}_count_update AFTER UPDATE OF "
                f"{', '.join(_COLUMNS[table])} ON {table} FOR EACH ROW "
                f"WHEN ({_changed(table)}) EXECUTE FUNCTION {table}_count()"
            )
    return made


def create_statements(dialect: str) -> list[str]:
    """The DDL of the triggers that keep workspace_counts current on this database."""
    return _postgresql_statements() if dialect == "postgresql" else _sqlite_statements()


def drop_statements(dialect: str) -> list[str]:
    """The DDL that removes what `create_statements` made (on PostgreSQL, dropping the
    functions drops their triggers)."""
    if dialect == "postgresql":
        return [f"DROP FUNCTION IF EXISTS {table}_count() CASCADE" for table in _COLUMNS]
    return [
        f"DROP TRIGGER IF EXISTS {table}_count_{kind}"
        for table in _COLUMNS
        for kind in ("insert", "delete", "update")
    ]


__all__ = [
    "CHOICE",
    "CONSENT",
    "LANGUAGE",
    "MONTH",
    "STATUS",
    "TRIAGE",
    "choice_counted",
    "create_statements",
    "drop_statements",
    "read_counts",
    "recount",
    "refill",
    "year_month",
]

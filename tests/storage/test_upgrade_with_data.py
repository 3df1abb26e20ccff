"""Upgrading a database that holds data, from the first migration to the newest: nothing lost."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, Table, inspect, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.counts import drop_statements as count_triggers
from storage.migrate import (
    current_revision_engine,
    downgrade_engine,
    head_revision,
    upgrade_engine,
)
from storage.models import Base, search_documents
from storage.review_totals import drop_statements as totals_triggers
from storage.search import drop_statements, filter_tokens, matching_ids
from storage.submissions import load_submission
from tests.conftest import TempDatabase
from tests.delivery.conftest import T0, answers, start_draft, submit

FIRST = "0001"
Rows = dict[str, list[dict[str, Any]]]


async def everything(engine: AsyncEngine) -> Rows:
    """Every row of every table, as column → value (with the models' types)."""
    found: Rows = {}
    async with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = (await conn.execute(select(table))).mappings().all()
            found[table.name] = sorted((dict(row) for row in rows), key=repr)
    return found


def _columns(conn: Connection) -> dict[str, dict[str, Any]]:
    inspector = inspect(conn)
    return {
        t: {c["name"]: c["type"] for c in inspector.get_columns(t)}
        for t in inspector.get_table_names()
    }


def _as_then(value: Any, then_type: Any) -> Any:
    """A value of today's model as the first revision stored it (versions were whole numbers)."""
    if isinstance(then_type, Integer) and isinstance(value, str):
        return int(value)
    return value


async def copy_into_first_schema(rows: Rows, engine: AsyncEngine) -> dict[str, set[str]]:
    """Insert `rows` into a database at the first revision, keeping the columns it had then."""
    async with engine.begin() as conn:
        present = await conn.run_sync(_columns)
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue  # a table added later: its rows are the later version's business
            # The models' column types, without defaults for columns that came later; a column
            # whose type changed since (versions: whole numbers, then text) takes the old one.
            old = present[table.name]
            then = Table(
                table.name,
                MetaData(),
                *(
                    Column(c.name, old[c.name] if isinstance(old[c.name], Integer) else c.type)
                    for c in table.columns
                    if c.name in old
                ),
            )
            values = [
                {k: _as_then(v, old[k]) for k, v in row.items() if k in then.c}
                for row in rows[table.name]
            ]
            if values:
                await conn.execute(then.insert(), values)
    return {name: set(columns) for name, columns in present.items()}


async def test_first_revision_with_data_upgrades_to_head_keeping_every_row(
    empty_db: TempDatabase,
) -> None:
    # Data written by today's code, on a database of its own...
    source = empty_db.engine()
    await upgrade_engine(source)
    ids = [
        (await submit(source, 900 + n, T0, lang=lang))[0]
        for n, lang in enumerate(["fr", "it", "lt"])
    ]
    await start_draft(source, 910, T0, {"org_name": answers()["org_name"]})
    today = await everything(source)
    async with source.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        for statement in drop_statements(conn.dialect.name):  # FTS5's tables (SQLite)
            await conn.exec_driver_sql(statement)
        for statement in count_triggers(conn.dialect.name):  # PostgreSQL's functions
            await conn.exec_driver_sql(statement)
        for statement in totals_triggers(conn.dialect.name):
            await conn.exec_driver_sql(statement)
        await conn.exec_driver_sql("DROP TABLE alembic_version")

    # ... as it would have been at the first revision, then upgraded.
    await upgrade_engine(source, FIRST)
    assert await current_revision_engine(source) == FIRST
    then = await copy_into_first_schema(today, source)
    await upgrade_engine(source)

    assert await current_revision_engine(source) == head_revision()
    upgraded = await everything(source)
    assert sum(len(rows) for rows in upgraded.values()) > 100
    for name, rows in today.items():
        if name not in then:
            continue
        kept = [{k: v for k, v in row.items() if k in then[name]} for row in upgraded[name]]
        was = [{k: v for k, v in row.items() if k in then[name]} for row in rows]
        assert kept == was, name
    # Columns added since the first revision get their defaults.
    assert {row["version"] for row in upgraded["respondents"]} == {0}
    for submission_id in ids:
        record = await load_submission(source, submission_id)
        assert record is not None and record.answers["city"] == "Šiauliai"
    # The search index was filled from the answers (migration 0012), accents and case aside.
    async with source.connect() as conn:
        found = set((await conn.execute(matching_ids("ŠIAULIAI"))).scalars())
    assert found == set(ids)


async def test_documents_indexed_before_country_tokens_are_found_by_country(
    empty_db: TempDatabase,
) -> None:
    """A search filtered by country asks the index for the country's token (migration 0016):
    documents indexed before it get theirs, and lose them again on downgrade."""
    engine = empty_db.engine()
    await upgrade_engine(engine)
    lithuanian = (await submit(engine, 900, T0))[0]  # answers(): Šiauliai, LT
    italian = (await submit(engine, 901, T0, values=answers(country="IT")))[0]

    async def found(country: str) -> set[Any]:
        query = matching_ids("siauliai", required=filter_tokens(country, None))
        async with engine.connect() as conn:
            return set((await conn.execute(query)).scalars())

    assert await found("lt") == {lithuanian} and await found("IT") == {italian}
    await downgrade_engine(engine, "0015")  # the documents as 0015 wrote them
    assert await found("LT") == set()
    await upgrade_engine(engine)
    assert await found("LT") == {lithuanian} and await found("it") == {italian}
    async with engine.connect() as conn:  # one token each, not one more per upgrade
        terms = list((await conn.exec_driver_sql("SELECT terms FROM search_documents")).scalars())
    tokens = [filter_tokens(country, None)[0] for country in ("LT", "IT")]
    assert sorted(sum(t.split().count(token) for token in tokens) for t in terms) == [1, 1]


async def test_documents_written_before_their_choices_were_kept_get_them(
    empty_db: TempDatabase,
) -> None:
    """A search's facets count the choices its matches' documents keep (migration 0018):
    documents written before it get theirs from the choice index, the same lines as today's
    code writes, and are still found by their words."""
    engine = empty_db.engine()
    await upgrade_engine(engine)
    chosen = {"activities": {"choices": ["patrolling", "mediation"]}, "may_contact": False}
    first = (await submit(engine, 900, T0, values=answers(country="IT", **chosen)))[0]
    second = (await submit(engine, 901, T0))[0]
    read = select(search_documents.c.submission_id, search_documents.c.choices)

    async def lines() -> dict[str, set[str]]:
        async with engine.connect() as conn:
            rows = (await conn.execute(read)).all()
        return {i.hex: set(text.split("\n")) for i, text in rows}

    written = await lines()
    assert written[first.hex] >= {"activities\tpatrolling", "activities\tmediation"}
    assert {"country\tIT", "may_contact\tno"} <= written[first.hex]
    assert "country\tLT" in written[second.hex]
    await downgrade_engine(engine, "0017")
    await upgrade_engine(engine)
    assert await lines() == written
    async with engine.connect() as conn:
        found = set((await conn.execute(matching_ids("siauliai"))).scalars())
    assert found == {first, second}

"""After PostgreSQL drops the pool's connections (a restart), the next answer is still kept."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from dialogs import events as ev
from dialogs import service as svc
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import load_questionnaire
from storage.respondents import SqlRespondentStore
from tests.conftest import TempDatabase

ANA = svc.Contact(user_id=515, chat_id=515, language_code="en")


async def drop_connections(db: TempDatabase) -> int:
    """Terminate the server backends of this test's pools, as a server restart would."""
    admin = create_async_engine(db.url, poolclass=NullPool)
    schema = db.options["connect_args"]["server_settings"]["search_path"]
    try:
        async with admin.connect() as conn:
            # The pool's backends carry the schema as their application name.
            killed = await conn.scalar(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": schema},
            )
    finally:
        await admin.dispose()
    return int(killed or 0)


async def test_an_answer_after_the_connections_died_is_kept(
    empty_db: TempDatabase, db_engine: AsyncEngine
) -> None:
    if empty_db.kind != "postgresql":
        pytest.skip("a PostgreSQL server restart")
    schema = empty_db.options["connect_args"]["server_settings"]["search_path"]
    empty_db.options["connect_args"]["server_settings"]["application_name"] = schema
    engine = empty_db.engine()
    service = svc.IntakeService(
        Engine(load_questionnaire(), Translator(), this_year=lambda: 2026),
        SqlRespondentStore(engine),
    )
    reply = await service.handle(ANA, svc.ConsentChoice(True, "en"))
    assert await drop_connections(empty_db) >= 1

    reply = await service.handle(ANA, ev.Text("Comune di Bologna"), update_id=1)

    assert not reply.duplicate
    async with db_engine.connect() as conn:
        kept = await conn.scalar(text("SELECT count(*) FROM answers"))
    assert kept == 1

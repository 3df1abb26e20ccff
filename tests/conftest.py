"""Shared database fixtures: a database per test, on SQLite and (if configured) PostgreSQL.

PostgreSQL runs when TEST_POSTGRES_URL is set (e.g. postgresql+asyncpg://postgres@127.0.0.1/test);
each test then works in a fresh schema of that database, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from dialogs.i18n import Translator
from dialogs.model import Questionnaire, load_questionnaire
from dialogs.render import ConsentTerms, Renderer
from storage.db import create_engine
from storage.migrate import upgrade_engine

POSTGRES_URL_VARIABLE = "TEST_POSTGRES_URL"


@dataclass
class TempDatabase:
    """An empty database for one test; each `engine()` is a separate pool, like another process."""

    kind: str  # "sqlite" | "postgresql"
    url: str
    options: dict[str, Any] = field(default_factory=dict)
    _engines: list[AsyncEngine] = field(default_factory=list)

    def engine(self) -> AsyncEngine:
        engine = create_engine(self.url, **self.options)
        self._engines.append(engine)
        return engine

    async def dispose(self) -> None:
        for engine in self._engines:
            await engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[TempDatabase]:
    """An empty database of each kind."""
    if request.param == "sqlite":
        db = TempDatabase("sqlite", f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
        yield db
        await db.dispose()
        return
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} not set: no PostgreSQL server configured")
    schema = f"test_{uuid.uuid4().hex}"
    admin = create_async_engine(url, poolclass=NullPool)
    async with admin.begin() as conn:
        await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    db = TempDatabase(
        "postgresql", url, {"connect_args": {"server_settings": {"search_path": schema}}}
    )
    try:
        yield db
    finally:
        await db.dispose()
        async with admin.begin() as conn:
            await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.dispose()


@pytest.fixture
async def db_engine(empty_db: TempDatabase) -> AsyncEngine:
    """An engine on a freshly migrated database of each kind."""
    engine = empty_db.engine()
    await upgrade_engine(engine)
    return engine


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    """The real CECOPS questionnaire."""
    return load_questionnaire()


@pytest.fixture(scope="session")
def translator() -> Translator:
    """The four locales as shipped."""
    return Translator()


@pytest.fixture(scope="session")
def renderer(questionnaire: Questionnaire, translator: Translator) -> Renderer:
    """Answers and questions as text, with the default consent terms."""
    return Renderer(questionnaire, translator, ConsentTerms(180, "burtonpage@urbansecurity.org"))

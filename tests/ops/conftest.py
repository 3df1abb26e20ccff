"""Fixtures for the operations tests: a deployment made of local pieces, and `intake` runs."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.migrate import upgrade
from tests.conftest import POSTGRES_URL_VARIABLE
from tests.delivery.conftest import SmtpServer, free_port
from tests.fakebotapi import FakeBotAPI

ROOT = Path(__file__).resolve().parents[2]
SMTP_USER = "intake@efus.test"
SMTP_PASSWORD = "smtp-Pa55-s3cret"


@dataclass
class Ran:
    """What an `intake` command printed and how it ended."""

    code: int
    out: str
    err: str


async def intake(*args: str, env: Mapping[str, str], cwd: Path) -> Ran:
    """Run `intake ARGS` as a separate process with exactly `env` added to a clean environment."""
    keep = {
        k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TELEGRAM_API_SPEC")
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        *args,
        env={**keep, "PYTHONPATH": str(ROOT), **env},
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return Ran(process.returncode, out.decode(), err.decode())


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API, with a token that must never be printed."""
    async with FakeBotAPI(token="654321:SECRET-token-never-printed") as fake:
        yield fake


@pytest.fixture
def smtp_with_login() -> Iterator[SmtpServer]:
    """A running SMTP server that wants a login."""
    server = SmtpServer(free_port(), password=SMTP_PASSWORD)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down() -> SmtpServer:
    """An SMTP port that refuses connections (nothing listens on it)."""
    return SmtpServer(free_port())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of an empty database of each kind (PostgreSQL: a database of its own)."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
        return
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"{POSTGRES_URL_VARIABLE} not set: no PostgreSQL server configured")
    name = f"ops_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.dispose()


@pytest.fixture
async def migrated_url(database_url: str) -> str:
    """An empty database at the newest schema."""
    await upgrade(database_url)
    return database_url


def deployment_env(
    api: FakeBotAPI, database_url: str, smtp_port: int, tmp_path: Path
) -> dict[str, str]:
    """The settings of a working deployment on local pieces (polling, SMTP with a login)."""
    return {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": database_url,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_port),
        "SMTP_SECURITY": "none",
        "SMTP_USERNAME": SMTP_USER,
        "SMTP_PASSWORD": SMTP_PASSWORD,
        "SMTP_TIMEOUT": "5",
        "EFUS_INBOX": "inbox@efus.test",
        "MAIL_FROM": "CECOPS Intake <intake@cecops.test>",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
    }

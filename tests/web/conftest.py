"""The workspace served on a free local port over a seeded database, and a real Chromium.

Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH): Playwright downloads nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.app import build_web_app
from admin.web.deps import Workspace
from admin.web.security import Access
from app.build_web import issue_signin_link
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.models import DRAFT
from tests.admin.factory import Row, insert_rows, sample_answers

ADMIN_ID = 7001
STAFF_ID = 7002
OUTSIDER_ID = 7003
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
START = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


@dataclass
class Clock:
    """The workspace's time, moved by tests (link expiry, idle sessions)."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now


FILE_BYTES = b"%PDF-1.4 the evaluation"


async def fetch_file(file_id: str) -> bytes | None:
    """Telegram's files, as the bot would fetch them (the factory names them file-<question>)."""
    return FILE_BYTES if file_id == "file-evaluation_document" else None


@dataclass
class FakeMessenger:
    """Records what the workspace asked to send to respondents."""

    reminders: list[uuid.UUID] = field(default_factory=list)
    outcomes: list[tuple[uuid.UUID, str, str | None]] = field(default_factory=list)

    async def send_reminder(self, submission_id: uuid.UUID) -> bool:
        self.reminders.append(submission_id)
        return True

    async def notify_outcome(
        self, submission_id: uuid.UUID, status: str, note: str | None
    ) -> bool:
        self.outcomes.append((submission_id, status, note))
        return True


STREET_ANGELS = uuid.UUID(int=1)
VOISINS = uuid.UUID(int=2)
KIEMAS = uuid.UUID(int=3)
DRAFT_ID = uuid.UUID(int=4)


def seed_rows() -> list[Row]:
    """Three distinct submissions, a page and more of others, and two drafts."""
    rows = [
        Row(
            101,
            sample_answers(
                org_name="Comune di Bologna",
                initiative_name="Angeli di strada",
                country="IT",
                city="Bologna",
                description="Volontari <b>& amici</b> — vedi https://example.org/angeli, "
                "scrivete a info@angeli.example o chiamate +39 051 219 3000",
                activities={"choices": ["patrolling", "reassurance"]},
                evaluated={"choice": "yes"},
                evaluation_by="Università di Bologna",
                evaluation_method="Interviste",
                evaluation_document={"name": "valutazione.pdf"},
            ),
            lang="it",
            created_at=START - timedelta(days=3),
            reference="CECOPS-ANGEL",
            source="bologna",
            files={"evaluation_document": "valutazione.pdf"},
            id=STREET_ANGELS,
        ),
        Row(
            102,
            sample_answers(activities={"choices": ["mediation"]}),
            lang="fr",
            created_at=START - timedelta(days=2),
            reference="CECOPS-VOISI",
            id=VOISINS,
        ),
        Row(
            103,
            sample_answers(
                org_name="Vilniaus savivaldybė",
                initiative_name="Saugus kiemas",
                country="LT",
                city="Vilnius",
                activities={"choices": ["reassurance"]},
            ),
            lang="lt",
            created_at=START - timedelta(days=1),
            reference="CECOPS-KIEMA",
            id=KIEMAS,
        ),
    ]
    rows += [
        Row(
            200 + n,
            sample_answers(initiative_name=f"Initiative {n:02d}", country="BE", city="Liège"),
            lang="en",
            created_at=START - timedelta(days=30 + n),
            reference=f"CECOPS-B{n:04d}",
        )
        for n in range(55)
    ]
    rows += [
        Row(
            301,
            {"org_name": "Ville de Lyon", "city": "Lyon", "country": "FR"},
            status=DRAFT,
            lang="fr",
            created_at=START - timedelta(hours=5),
            id=DRAFT_ID,
        ),
        Row(302, {"org_name": "Gemeente Gent"}, status=DRAFT, lang="en", created_at=START),
    ]
    return rows


@dataclass
class Served:
    """A running workspace: its address, its pieces, and how to get a sign-in link."""

    url: str
    workspace: Workspace
    clock: Clock
    messenger: FakeMessenger | None
    app: web.Application

    @property
    def db(self) -> AsyncEngine:
        return self.workspace.db

    async def link(self, user_id: int) -> str:
        found = await issue_signin_link(self.workspace, user_id)
        assert found is not None
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _served(
    db: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
    messenger: FakeMessenger | None,
) -> AsyncIterator[Served]:
    await insert_rows(db, seed_rows())
    clock = Clock()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    workspace = Workspace(
        db=db,
        questionnaire=questionnaire,
        renderer=renderer,
        translate=translator,
        staff_language="en",
        access=Access(frozenset({ADMIN_ID}), frozenset({STAFF_ID})),
        base_url=url,
        messenger=messenger,
        fetch_file=fetch_file if messenger is not None else None,
        now=clock,
    )
    runner = web.AppRunner(build_web_app(workspace), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield Served(url, workspace, clock, messenger, runner.app)
    finally:
        await runner.cleanup()


@pytest.fixture
async def served(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    """The workspace as `intake run` serves it: messenger (reminders, outcomes) and files."""
    async for found in _served(db_engine, questionnaire, renderer, translator, FakeMessenger()):
        yield found


@pytest.fixture
async def served_plain(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    """The workspace as `intake web` serves it without the bot: no messenger, no files."""
    async for found in _served(db_engine, questionnaire, renderer, translator, None):
        yield found


@contextlib.asynccontextmanager
async def launched_chromium() -> AsyncIterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (skips the test where it is missing)."""
    path = chromium_path()
    if path is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=path, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """One browser per test."""
    async with launched_chromium() as launched:
        yield launched


def artifact(name: str) -> Path:
    """Where a screenshot goes (tests/artifacts/, ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name

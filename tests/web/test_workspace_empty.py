"""A fresh installation: every page answers on an empty database, then with one submission;
without the bot, the pages that send staff to it say what to do instead. No browser needed."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.app import build_web_app
from admin.web.deps import Workspace
from admin.web.security import COOKIE, Access
from app.settings import Settings
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.web_auth import open_session
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.web.conftest import ADMIN_ID, START, Clock, free_port

PAGES = (
    "/submissions",
    "/submissions?status=all",
    "/submissions?status=draft&a.settings=night&col=settings",
    "/drafts",
    "/overview",
    "/audit",
    "/submissions.csv",
    "/submissions.csv?notes=1",
    "/submissions.xlsx",
)


@pytest.fixture
async def served(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[tuple[str, Workspace]]:
    """`intake web` alone (no bot) on a freshly migrated, empty database."""
    port = free_port()
    workspace = Workspace(
        db=db_engine,
        questionnaire=questionnaire,
        renderer=renderer,
        translate=translator,
        staff_language="en",
        access=Access(frozenset({ADMIN_ID}), frozenset()),
        base_url=f"http://127.0.0.1:{port}",
        now=Clock(),
    )
    runner = web.AppRunner(build_web_app(workspace), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield workspace.base_url, workspace
    finally:
        await runner.cleanup()


async def _statuses(url: str, cookie: str, paths: tuple[str, ...]) -> dict[str, int]:
    found = {}
    async with aiohttp.ClientSession(cookies={COOKIE: cookie}) as http:
        for path in paths:
            async with http.get(url + path, allow_redirects=False) as response:
                await response.read()
                found[path] = response.status
    return found


async def test_every_page_works_empty_then_with_one_submission(
    served: tuple[str, Workspace],
) -> None:
    url, workspace = served
    cookie = await open_session(workspace.db, ADMIN_ID, START)
    assert await _statuses(url, cookie, PAGES) == dict.fromkeys(PAGES, 200)
    missing = ("/submissions/CECOPS-NONE", f"/drafts/{uuid.uuid4()}", "/drafts/not-an-id")
    assert await _statuses(url, cookie, missing) == dict.fromkeys(missing, 404)

    one = Row(1, sample_answers(), lang="fr", created_at=START - timedelta(days=1))
    one.reference = "CECOPS-ONE"
    await insert_rows(workspace.db, [one])
    with_one = (*PAGES, "/submissions/CECOPS-ONE", "/submissions/CECOPS-ONE?status=all")
    assert await _statuses(url, cookie, with_one) == dict.fromkeys(with_one, 200)


async def test_without_the_bot_the_sign_in_page_says_to_ask_for_a_link(
    served: tuple[str, Workspace], translator: Translator
) -> None:
    url, _ = served
    async with aiohttp.ClientSession() as http, http.get(url + "/submissions") as response:
        page = await response.text()
    assert response.status == 401
    assert "intake web link" in page and "/web" not in page.replace("/web link", "")


def test_links_follow_web_port_and_times_the_digest_zone() -> None:
    settings = Settings(web_port=8091, _env_file=None)  # type: ignore[call-arg]
    assert settings.web_base_url == "http://127.0.0.1:8091"
    assert Settings(web_url="https://x.example/", _env_file=None).web_base_url == (  # type: ignore[call-arg]
        "https://x.example"
    )
    assert settings.effective_staff_timezone == settings.digest_timezone == "Europe/Brussels"
    zoned = Settings(staff_timezone="Europe/Vilnius", _env_file=None)  # type: ignore[call-arg]
    assert zoned.effective_staff_timezone == "Europe/Vilnius"
    with pytest.raises(ValueError, match="time zone"):
        Settings(staff_timezone="Mars/Olympus", _env_file=None)  # type: ignore[call-arg]


async def test_counts_over_a_thousand_are_written_as_the_reader_writes_them(
    served: tuple[str, Workspace],
) -> None:
    # The list's facets and the overview's bars, as Fluent writes "1,200 submissions".
    url, workspace = served
    cookie = await open_session(workspace.db, ADMIN_ID, START)
    rows = [Row(n, sample_answers(), created_at=START - timedelta(days=1)) for n in range(1, 1201)]
    for n, row in enumerate(rows):
        row.reference = f"CECOPS-{n:04d}"
    await insert_rows(workspace.db, rows)
    async with aiohttp.ClientSession(cookies={COOKIE: cookie}) as http:
        async with http.get(url + "/overview") as response:
            overview = await response.text()
        async with http.get(url + "/submissions") as response:
            listed = await response.text()
    assert '<span class="bar-value">1,200</span>' in overview  # France, every submission
    assert '<span class="count">1,200</span>' in listed  # the country and language facets
    assert ">1200<" not in overview + listed

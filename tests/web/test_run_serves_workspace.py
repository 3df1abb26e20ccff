"""`intake run` with WEB_URL: the bot and the workspace in one process; /web signs staff in."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakebotapi import FakeBotAPI, User
from tests.web.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
STAFF = User(5151, language_code="fr")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.mark.slow
async def test_intake_run_serves_the_workspace_and_web_gives_a_working_link(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
        "STAFF_IDS": str(STAFF.id),
        "WEB_URL": base,
        "WEB_PORT": str(port),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app", "run", env=env, cwd=ROOT, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        api.user_command(STAFF, "web")
        reply = await api.wait_for_reply(STAFF.id, timeout=30)
        assert reply.text.startswith("Votre lien de connexion")  # in the user's language
        found = re.search(re.escape(base) + r"/signin/(\S+)", reply.text)
        assert found is not None, reply.text
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            async with http.post(f"{base}/signin", data={"token": found.group(1)}) as signed:
                assert signed.status == 200 and str(signed.url) == f"{base}/submissions"
            async with http.get(f"{base}/drafts") as drafts:
                assert drafts.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0

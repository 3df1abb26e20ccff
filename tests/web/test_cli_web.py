"""`intake web` and `intake web link` as an operator runs them, in separate processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from dialogs.i18n import Translator
from tests.web.conftest import free_port

STAFF = "424242"


def _env(db: Path, port: int) -> dict[str, str]:
    environment = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    environment.update(STAFF_IDS=STAFF, WEB_PORT=str(port), WEB_URL=f"http://127.0.0.1:{port}")
    return environment


def _intake(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
async def test_intake_web_serves_and_a_printed_link_signs_in(tmp_path: Path) -> None:
    port = free_port()
    env = _env(tmp_path / "intake.db", port)
    server = subprocess.Popen(  # noqa: ASYNC220 - a long-running server, stopped below
        [sys.executable, "-m", "app", "web"], env=env, cwd=tmp_path, stdout=subprocess.PIPE
    )
    try:
        base = f"http://127.0.0.1:{port}"
        jar = aiohttp.CookieJar(unsafe=True)  # keep cookies of an IP address
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            for _ in range(100):  # wait for the server to listen
                try:
                    async with http.get(f"{base}/submissions") as response:
                        assert response.status == 401
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            else:
                pytest.fail("intake web did not start")
            done = await asyncio.to_thread(
                _intake, "web", "link", "--user", STAFF, env=env, cwd=tmp_path
            )
            assert done.returncode == 0, done.stderr
            link = done.stdout.strip()
            assert link.startswith(f"{base}/signin/")
            async with http.get(link) as page:
                assert page.status == 200
            token = link.rsplit("/", 1)[1]
            async with http.post(f"{base}/signin", data={"token": token}) as signed:
                assert signed.status == 200 and str(signed.url) == f"{base}/submissions"
                assert "Submissions" in await signed.text()
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_link_for_someone_who_is_not_staff_is_refused(tmp_path: Path) -> None:
    env = _env(tmp_path / "intake.db", free_port())
    done = _intake("web", "link", "--user", "12345", env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert Translator()("en", "cli-web-link-nobody", {"user": "12345"}) in done.stderr
    assert "12,345" not in done.stderr  # an id, not a quantity

"""The bot token appears nowhere in the log or on stderr, even at DEBUG and on errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import pytest

from dialogs import events as ev
from tests.bot.process import bot_env, seed_submitted, start_process, terminate
from tests.fakebotapi import FakeBotAPI, User

# Shaped like a real token: bot id, colon, 35 characters.
TOKEN = "7012345678:AAFq9_kZ-redaction-test-0123456789a"
SECRET_PART = TOKEN.split(":", 1)[1]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as fake:
        yield fake


@pytest.mark.slow  # a bot process at DEBUG level (~7 s)
async def test_token_is_redacted_from_download_http_and_bot_api_errors(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    db = tmp_path / "intake.db"
    expired = api.add_file("report.pdf", "application/pdf", b"%PDF-1.4 ...", downloadable=False)
    unknown = "BQACAgIAAxkBAAIunknown000000000000000000000000000000000000000000000"
    await seed_submitted(
        api,
        db,
        801,
        {
            # getFile answers, then the download itself fails (HTTP 404 on /file/bot<token>/…)
            "evaluation_document": ev.FileRef(expired, "u-1", "report.pdf", "application/pdf", 12),
            # getFile itself fails: an exception from the Bot API client
            "further_document": ev.FileRef(unknown, "u-2", "annex.pdf", "application/pdf", 12),
        },
    )
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as stderr:
        process = await start_process(bot_env(api, db, LOG_LEVEL="DEBUG"), stderr=stderr)
        try:
            outbox = tmp_path / "outbox"
            await api.wait_for(lambda: list(outbox.glob("*.eml")), 60, what="the e-mail")
            # Errors whose description quotes a URL with the token, as a proxy or a
            # self-hosted Bot API server may send: a 400 and a 502 to two users' replies.
            for user, status in ((User(802), 400), (User(803), 502)):
                api.fail_next(
                    "sendMessage",
                    status=status,
                    description=f"Bad Request: failed POST /bot{TOKEN}/sendMessage",
                    chat_id=user.id,
                )
                api.user_command(user, "start")
            await api.wait_for(
                lambda: len([r for r in api.errors(include_injected=True) if r.injected]) == 2,
                30,
                what="both failed replies",
            )
            await asyncio.sleep(1.0)  # let the handlers log what failed
        finally:
            assert await terminate(process) == 0
    log = log_path.read_text("utf-8", "replace")
    assert len(api.calls("getFile")) == 2
    assert "file not downloaded" in log and "ClientResponseError" in log
    assert "TelegramBadRequest" in log and "TelegramServerError" in log
    for secret in (TOKEN, SECRET_PART, quote(TOKEN, safe="")):
        assert secret not in log
    assert "[redacted]" in log  # the errors were logged, with the token taken out

"""Running the bot: restarts and kills, webhook mode, Telegram's limits, groups, commands."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from app.build import build_core, open_database
from app.build_telegram import build_telegram_app
from bot.app import webhook_application
from tests.bot.harness import Respondent, running, settings_for, start_bot
from tests.fakebotapi import Chat, FakeBotAPI, User

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def answers_in(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT question_id, value FROM answers").fetchall())


@pytest.mark.slow
async def test_restart_mid_questionnaire_then_resume(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    user = User(301, language_code="fr")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "fr")
        await who.command("start")
        await who.press(who.t("consent-accept"))
        await who.answer_until_review(stop_at="contact_role")
    # Messages sent while the bot is down are processed once it is back.
    api.user_text(user, "Chargée de mission")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "fr")
        reply = await who._settle()
        assert who.t("q-contact_email") in reply.text
        offer = await who.command("start")
        assert who.t("button-resume") in offer.button_texts
        resumed = await who.press(who.t("button-resume"))
        assert who.t("q-contact_email") in resumed.text
    assert answers_in(tmp_path / "intake.db")["contact_role"] == '"Chargée de mission"'


@pytest.mark.slow
async def test_killed_bot_process_restarts_and_user_resumes(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    db = tmp_path / "intake.db"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
    }

    async def start() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "app",
            "run",
            env=env,
            cwd=ROOT,
            stderr=asyncio.subprocess.DEVNULL,
        )

    user = User(302, language_code="en")
    core = build_core(settings_for(api, db))
    who = Respondent(api, core, user, "en")
    process = await start()
    try:
        api.user_command(user, "start")
        await api.wait_for_reply(user.id, timeout=30)
        await who.press(who.t("consent-accept"))
        await who.answer_until_review(stop_at="contact_name")
        process.send_signal(signal.SIGKILL)
        await process.wait()
        before = answers_in(db)
        assert set(before) == {"org_name", "org_type", "country", "city"}
        api.user_text(user, "Ona Žemaitė")  # arrives while the bot is dead
        process = await start()
        # (If the kill came within milliseconds of the last reply, that question shows again
        # first: a reply is sent at least once.)
        await api.wait_for(
            lambda: who.t("q-contact_role") in api.last_message(user.id).text, 30, what="role"
        )
        assert answers_in(db)["contact_name"] == '"Ona Žemaitė"'
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0  # SIGTERM: a clean shutdown


async def test_webhook_rejects_a_wrong_secret_and_serves_an_update(
    api: FakeBotAPI, tmp_path: Path, unused_tcp_port: int
) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    core = build_core(settings)
    db = await open_database(settings)
    app = build_telegram_app(core, db, throttle=False)
    runner = aiohttp.web.AppRunner(webhook_application(app, "s3cret-token", "/tg/hook"))
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", unused_tcp_port)
    await site.start()
    url = f"http://127.0.0.1:{unused_tcp_port}"
    try:
        user = User(303, language_code="it")
        api.add_chat(user.private_chat, user)
        update = {
            "update_id": 7001,
            "message": {
                "message_id": 1,
                "date": 1_700_000_000,
                "chat": {"id": user.id, "type": "private", "first_name": "Test"},
                "from": {
                    "id": user.id,
                    "is_bot": False,
                    "first_name": "Test",
                    "language_code": "it",
                },
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            },
        }
        assert await api.post_webhook(f"{url}/tg/hook", update, "wrong") == 401
        assert await api.post_webhook(f"{url}/tg/hook", update, None) == 401
        assert api.calls("sendMessage") == []
        assert await api.post_webhook(f"{url}/tg/hook", update, "s3cret-token") == 200
        consent = api.last_message(user.id)
        assert core.translate("it", "consent-accept") in consent.button_texts
        async with aiohttp.ClientSession() as http, http.get(f"{url}/healthz") as health:
            assert health.status == 200 and (await health.json()) == {"status": "ok"}
    finally:
        await runner.cleanup()
        await app.bot.session.close()
        await db.dispose()


async def test_429_is_waited_out_and_403_marks_the_respondent(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    user = User(304, language_code="en")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "en")
        api.fail_next("sendMessage", status=429, retry_after=1, chat_id=user.id)
        consent = await who.command("start")
        assert who.t("consent-accept") in consent.button_texts
        failed = [r for r in api.errors(include_injected=True) if r.status == 429]
        assert len(failed) == 1 and failed[0].at < api.calls("sendMessage")[-1].at - 0.9
        await who.press(who.t("consent-accept"))
        api.blocked.add(user.id)
        api.user_text(user, "Comune di Bologna")
        await api.wait_for_call("sendMessage", lambda r: r.status == 403)
        await api.wait_idle(quiet=0.1)
    with sqlite3.connect(tmp_path / "intake.db") as conn:
        assert conn.execute("SELECT blocked FROM respondents").fetchall() == [(1,)]
        # The answer itself was saved before the reply failed.
        assert conn.execute("SELECT value FROM answers").fetchall() == [('"Comune di Bologna"',)]


async def test_group_chats_are_told_once_to_write_privately(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    group = Chat(-100500, "supergroup", title="Safety partners")
    user = User(305, language_code="fr")
    api.add_chat(group)
    async with running(settings) as bot:
        api.user_command(user, "start", chat=group)
        await api.wait_for_reply(group.id)
        api.user_text(user, "hello everyone", chat=group)
        await api.wait_idle(quiet=0.2)
        said = [m.text for m in api.messages(group.id)]
        assert said == [bot.core.translate("fr", "bot-private-only")]
    with sqlite3.connect(tmp_path / "intake.db") as conn:
        assert conn.execute("SELECT count(*) FROM respondents").fetchall() == [(0,)]


async def test_commands_are_published_in_each_language(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db", admin_ids=[4242])
    async with running(settings) as bot:
        await api.wait_for(lambda: len(api.calls("setMyCommands")) >= 8)
        await api.wait_idle(quiet=0.1)
        t = bot.core.translate
        for lang, code in (("en", ""), ("fr", "fr"), ("it", "it"), ("lt", "lt")):
            published = api.commands({"type": "default"}, code)
            assert [c["command"] for c in published][:3] == ["start", "resume", "back"]
            assert published[0]["description"] == t(lang, "cmd-start")
            assert "export" not in {c["command"] for c in published}
            admin = api.commands({"type": "chat", "chat_id": 4242}, code)
            assert {"export", "stats", "digest"} <= {c["command"] for c in admin}


@pytest.mark.slow
async def test_a_submission_reaches_the_efus_inbox(api: FakeBotAPI, tmp_path: Path) -> None:
    """Without SMTP the e-mail is an .eml file in OUTBOX_DIR, written as soon as submitted."""
    import email
    from email import policy

    settings = settings_for(api, tmp_path / "intake.db")
    user = User(306, language_code="lt")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "lt")
        await who.command("start")
        await who.press(who.t("consent-accept"))
        await who.answer_until_review()
        done = await who.press(who.t("button-submit"))
        assert who.t("submitted-forwarded") in done.text
        outbox = tmp_path / "outbox"
        await api.wait_for(lambda: list(outbox.glob("*.eml")), 10, what="the e-mail file")
    [eml] = list(outbox.glob("*.eml"))
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "Angeli delle fermate" in str(message["Subject"])
    assert message["To"] == "burtonpage@urbansecurity.org"
    assert message["Reply-To"] == "ona.zemaite@example.eu"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "ąčęėįšųūž 🚌" in body.get_content()


@pytest.mark.slow
async def test_stopping_lets_an_update_in_flight_finish(api: FakeBotAPI, tmp_path: Path) -> None:
    """What SIGTERM does (stop polling, then drain): a reply being retried is still delivered."""
    settings = settings_for(api, tmp_path / "intake.db")
    user = User(307, language_code="en")
    bot = await start_bot(settings)
    try:
        api.fail_next("sendMessage", status=429, retry_after=1, chat_id=user.id)
        api.user_command(user, "start")
        await api.wait_for_call("sendMessage", lambda r: r.status == 429)
        await bot.stop()  # the update is mid-way: waiting out Telegram's 429
        delivered = [r for r in api.calls("sendMessage") if r.ok]
        assert delivered, "the reply was dropped on shutdown"
        assert bot.core.translate("en", "consent-accept") in str(delivered[-1].params)
    finally:
        await bot.db.dispose()

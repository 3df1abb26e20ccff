"""Health, readiness and metrics of the running bot, and its JSON log, over the fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import AsyncEngine

from app.build import Core, build_core, open_database
from app.build_telegram import build_telegram_app
from app.health import Health, add_health_routes, health_server
from app.metrics import Metrics
from app.settings import Settings
from bot.app import TelegramApp, run_polling, webhook_application
from tests.bot.harness import Respondent, settings_for
from tests.delivery.conftest import T0, free_port, submit
from tests.fakebotapi import FakeBotAPI, User
from tests.scripted import TYPED

ROOT = Path(__file__).resolve().parents[2]
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def samples(text: str) -> Samples:
    """Every sample of a Prometheus text exposition, by name and labels."""
    found: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def total(found: Samples, name: str, **labels: str) -> float:
    """The sum of the samples named `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in found.items() if n == name and wanted <= set(ls))


@dataclass
class Live:
    """A polling bot with its health server on `port`."""

    core: Core
    db: AsyncEngine
    app: TelegramApp
    metrics: Metrics
    port: int
    http: aiohttp.ClientSession

    async def get(self, path: str) -> tuple[int, str]:
        async with self.http.get(f"http://127.0.0.1:{self.port}{path}") as response:
            return response.status, await response.text()

    async def metrics_now(self) -> Samples:
        status, text = await self.get("/metrics")
        assert status == 200
        return samples(text)


@contextlib.asynccontextmanager
async def live_bot(settings: Settings) -> AsyncIterator[Live]:
    """The bot as `intake run` builds it in polling mode, health server included."""
    core = build_core(settings)
    db = await open_database(settings)
    metrics = Metrics()
    app = build_telegram_app(core, db, throttle=False, metrics=metrics)
    health = Health(db, metrics, settings.ready_mail_max_age)
    port = free_port()
    async with health_server(health, "127.0.0.1", port), aiohttp.ClientSession() as http:
        task = asyncio.create_task(run_polling(app, handle_signals=False))
        try:
            yield Live(core, db, app, metrics, port, http)
        finally:
            app.polling.stop()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(task, 10)
            await db.dispose()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


async def complete_questionnaire(who: Respondent) -> None:
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review()
    await who.press(who.t("button-submit"))


@pytest.mark.slow
async def test_metrics_follow_a_scripted_questionnaire(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    async with live_bot(settings) as live:
        status, body = await live.get("/healthz")
        assert (status, json.loads(body)) == (200, {"status": "ok"})
        before = await live.metrics_now()
        who = Respondent(api, live.core, User(501, language_code="it"), "it")
        await who.command("start")
        await who.press(who.t("consent-accept"))
        started = await live.metrics_now()
        await who.answer_until_review()
        await who.press(who.t("button-submit"))
        await api.wait_for(lambda: any((tmp_path / "outbox").glob("*.eml")), 10, what="e-mail")
        after = await live.metrics_now()
        status, body = await live.get("/readyz")

    updates = [total(m, "intake_updates_total") for m in (before, started, after)]
    assert updates[0] == 0 < updates[1] < updates[2]
    assert total(after, "intake_updates_total", kind="message", outcome="handled") >= 1
    assert total(after, "intake_updates_total", kind="callback_query", outcome="handled") >= 1
    assert total(after, "intake_update_duration_seconds_count") == updates[2]
    assert total(after, "intake_questionnaires_started_total") == 1
    assert total(after, "intake_questionnaires_submitted_total") == 1
    assert total(after, "intake_replies_sent_total") >= updates[2] - 1
    assert total(after, "intake_outbox_emails", status="sent") == 1
    assert total(after, "intake_outbox_emails", status="pending") == 0
    assert total(after, "intake_update_loop_heartbeat_timestamp_seconds") > time.time() - 60
    for name in ("intake_telegram_429_total", "intake_reminders_sent_total"):
        assert (name, ()) in after  # exported from the start, at zero
    assert status == 200, body
    assert json.loads(body)["status"] == "ready"


@pytest.mark.slow
async def test_no_personal_data_in_metric_labels(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    async with live_bot(settings) as live:
        who = Respondent(api, live.core, User(502, language_code="en"), "en")
        await complete_questionnaire(who)
        _, text = await live.get("/metrics")
    label_values = {v for (_, labels) in samples(text) for _, v in labels}
    assert label_values <= {
        "message",
        "callback_query",
        "edited_message",
        "handled",
        "unhandled",
        "error",
        "pending",
        "sent",
        "dead",
    } | {str(b) for b in (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)} | {
        "+Inf"
    }
    assert "502" not in label_values


async def test_readyz_names_a_stale_update_loop_and_an_old_pending_email(
    db_engine: AsyncEngine, tmp_path: Path
) -> None:
    await submit(db_engine, 601, T0)  # its e-mail waits in the outbox since T0
    health = Health(
        db_engine,
        Metrics(),
        mail_max_age=3600,
        clock=lambda: T0 + timedelta(hours=2),
        started=time.monotonic() - 600,  # no getUpdates answered for ten minutes
    )
    client = await _client(health)
    try:
        response = await client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert body["failing"] == ["updates", "mail"]
        assert body["database"] == "ok"
        assert "7200 s" in body["mail"]
        health.metrics.heartbeat()
        health.clock = lambda: T0 + timedelta(minutes=30)
        response = await client.get("/readyz")
        assert response.status == 200, await response.text()
    finally:
        await client.close()


async def test_readyz_names_a_database_that_does_not_answer(tmp_path: Path) -> None:
    from storage.db import create_engine

    # A PostgreSQL server on a port where nothing listens.
    gone = create_engine(f"postgresql+asyncpg://intake@127.0.0.1:{free_port()}/intake")
    metrics = Metrics()
    client = await _client(Health(gone, metrics, mail_max_age=3600))
    try:
        response = await client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert "database" in body["failing"]
        assert body["database"].startswith("no answer")
        assert metrics.database_errors._value.get() >= 1
    finally:
        await client.close()
        await gone.dispose()


async def _client(health: Health) -> TestClient[Any, Any]:
    app = aiohttp.web.Application()
    add_health_routes(app, health)
    client: TestClient[Any, Any] = TestClient(TestServer(app))
    await client.start_server()
    return client


async def test_webhook_server_answers_health_and_metrics(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db", webhook_url="https://x.test/tg")
    core = build_core(settings)
    db = await open_database(settings)
    metrics = Metrics()
    app = build_telegram_app(core, db, throttle=False, metrics=metrics)
    health = Health(db, metrics, 3600, webhook=True)
    web_app = webhook_application(
        app, "test-secret", "/tg", partial(add_health_routes, health=health)
    )
    client: TestClient[Any, Any] = TestClient(TestServer(web_app))
    await client.start_server()
    try:
        ready = await client.get("/readyz")
        assert ready.status == 200, await ready.text()
        assert (await ready.json())["updates"] == "ok"
        exposition = await (await client.get("/metrics")).text()
        assert "intake_updates_total" in exposition
    finally:
        await client.close()
        await app.stop()
        await app.bot.session.close()
        await db.dispose()


@pytest.mark.slow
async def test_json_log_has_context_and_no_answer_or_name(api: FakeBotAPI, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    log = tmp_path / "bot.log"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
        "HEALTH_PORT": "0",
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
    }
    user = User(
        503, first_name="Ona", last_name="Žemaitė", username="ona_bologna", language_code="en"
    )
    who = Respondent(api, build_core(settings_for(api, db)), user, "en")
    with log.open("w") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "app", "run", env=env, cwd=ROOT, stderr=stderr
        )
        try:
            api.user_command(user, "start")
            await api.wait_for_reply(user.id, timeout=30)  # the process has started
            await who.press(who.t("consent-accept"))
            # Names, e-mail, phone and free text come first; the real process throttles its
            # replies (about one a second), so the rest would only make the test longer.
            await who.answer_until_review(stop_at="settings")
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    entries = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    assert entries and all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    tagged = [e for e in entries if e.get("update_id") is not None]
    assert len(tagged) >= 12, entries  # aiogram's line for each update carries its context
    pseudonyms = {e["respondent"] for e in tagged}
    assert len(pseudonyms) == 1 and "503" not in next(iter(pseudonyms))
    # Bare numbers (a year, a head count) would match times and ids: every other answer counts.
    answers = [value for value in TYPED.values() if not value.isdigit()]
    forbidden = [*answers, "Ona", "Žemaitė", "ona_bologna", "Bologna"]
    for entry in entries:
        text = json.dumps({k: v for k, v in entry.items() if k != "time"}, ensure_ascii=False)
        leaked = [word for word in forbidden if word in text]
        assert not leaked, (leaked, entry)


async def test_a_taken_health_port_is_logged_and_the_bot_runs_on(
    db_engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    health = Health(db_engine, Metrics(), 3600)
    port = free_port()
    first, second = (
        health_server(health, "127.0.0.1", port),
        health_server(health, "127.0.0.1", port),
    )
    async with first, second:
        pass  # the second one could not listen, and said so
    assert any("health and metrics not served" in r.message for r in caplog.records)

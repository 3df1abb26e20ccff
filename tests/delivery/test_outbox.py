"""The outbox worker: retries while SMTP is down, dead letters, one e-mail per row, no leaks."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from mail.outbox_worker import ALERT_AFTER, backoff, outbox_loop
from storage.maintenance import erase_respondent
from storage.models import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT, outbox, submissions
from storage.outbox import list_rows, next_due, requeue
from tests.conftest import TempDatabase
from tests.delivery.conftest import (
    PASSWORD,
    Clock,
    KitFactory,
    Notices,
    SmtpServer,
    free_port,
    make_settings,
    submit,
)


async def _rows(engine: AsyncEngine) -> list[dict[str, Any]]:
    async with engine.connect() as conn:
        result = await conn.execute(select(outbox).order_by(outbox.c.id))
        return [dict(row._mapping) for row in result]


async def test_rows_wait_while_smtp_is_down_then_go_out_once_with_their_message_id(
    make_kit: KitFactory, smtp_down: SmtpServer
) -> None:
    kit = make_kit(smtp_down.port)
    await submit(kit.engine, 1, kit.clock.now)
    await submit(kit.engine, 2, kit.clock.now)
    queued = {row["submission_id"]: row["message_id"] for row in await _rows(kit.engine)}
    worker = kit.delivery().worker

    report = await worker.run_once()

    assert (report.sent, report.retried) == (0, 2)
    for row in await _rows(kit.engine):
        assert row["status"] == OUTBOX_PENDING
        assert row["attempts"] == 1
        assert row["next_attempt_at"] == kit.clock.now + timedelta(minutes=1)
        assert "Connect" in row["last_error"] or "refused" in row["last_error"].lower()
    assert (await worker.run_once()).total == 0  # not due yet
    assert await next_due(kit.engine) == kit.clock.now + timedelta(minutes=1)

    kit.clock.advance(seconds=61)
    report = await worker.run_once()  # still down: second failure, twice the wait
    assert report.retried == 2
    assert {row["attempts"] for row in await _rows(kit.engine)} == {2}
    assert {row["next_attempt_at"] for row in await _rows(kit.engine)} == {
        kit.clock.now + timedelta(minutes=2)
    }

    smtp_down.start()
    kit.clock.advance(minutes=2)
    report = await worker.run_once()
    assert (report.sent, report.retried) == (2, 0)
    assert (await worker.run_once()).total == 0
    kit.clock.advance(hours=7)
    assert (await worker.run_once()).total == 0

    sent = {m.message["Message-ID"] for m in smtp_down.messages}
    assert len(smtp_down.messages) == 2
    assert sent == set(queued.values())
    rows = await _rows(kit.engine)
    assert [row["status"] for row in rows] == [OUTBOX_SENT, OUTBOX_SENT]
    assert {row["message_id"] for row in rows} == set(queued.values())


async def test_a_4xx_reply_is_retried_later(make_kit: KitFactory, smtp: SmtpServer) -> None:
    kit = make_kit(smtp.port)
    await submit(kit.engine, 1, kit.clock.now)
    worker = kit.delivery().worker
    smtp.handler.reply = "451 4.3.0 Please try again later"

    assert (await worker.run_once()).retried == 1
    [row] = await _rows(kit.engine)
    assert (row["status"], row["attempts"]) == (OUTBOX_PENDING, 1)
    assert "451" in row["last_error"]

    smtp.handler.reply = None
    kit.clock.advance(minutes=1)
    assert (await worker.run_once()).sent == 1
    assert len(smtp.messages) == 1
    assert kit.notices.texts == []


async def test_a_5xx_reply_dead_letters_the_row_and_tells_the_admins(
    make_kit: KitFactory, smtp: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    kit = make_kit(smtp.port)
    _sid, reference = await submit(kit.engine, 1, kit.clock.now)
    worker = kit.delivery().worker
    smtp.handler.reply = "554 5.7.1 Message rejected as spam"

    with caplog.at_level(logging.ERROR, logger="mail.outbox_worker"):
        report = await worker.run_once()

    assert (report.dead, report.sent, report.retried) == (1, 0, 0)
    [row] = await _rows(kit.engine)
    assert row["status"] == OUTBOX_DEAD and "554" in row["last_error"]
    [notice] = kit.notices.texts
    assert reference in notice and "554 5.7.1 Message rejected as spam" in notice
    assert f"intake outbox retry {row['id']}" in notice
    assert "dead-lettered" in caplog.text and reference in caplog.text
    kit.clock.advance(days=2)
    assert (await worker.run_once()).total == 0  # never retried by itself
    assert [r.id for r in await list_rows(kit.engine)] == [row["id"]]

    # Once the cause is fixed, an admin queues it again; it keeps its Message-ID.
    smtp.handler.reply = None
    assert await requeue(kit.engine, [row["id"]], kit.clock.now) == 1
    assert (await worker.run_once()).sent == 1
    assert smtp.messages[0].message["Message-ID"] == row["message_id"]


async def test_recipients_refused_by_5xx_are_permanent_and_partial_refusals_reported(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    await submit(kit.engine, 1, kit.clock.now)
    smtp.handler.refuse_rcpt = {"second@efus.test": "550 5.1.1 No such user"}

    assert (await kit.delivery().worker.run_once()).sent == 1

    assert smtp.messages[0].rcpt_tos == ["inbox@efus.test"]
    [notice] = kit.notices.texts
    assert "second@efus.test: 550 5.1.1 No such user" in notice

    await submit(kit.engine, 2, kit.clock.now)
    smtp.handler.refuse_rcpt["inbox@efus.test"] = "550 5.1.1 No such user"
    assert (await kit.delivery().worker.run_once()).dead == 1


async def test_admins_hear_once_when_a_row_keeps_failing(
    make_kit: KitFactory, smtp_down: SmtpServer
) -> None:
    kit = make_kit(smtp_down.port)
    _sid, reference = await submit(kit.engine, 1, kit.clock.now)
    worker = kit.delivery().worker

    for attempt in range(1, ALERT_AFTER + 3):
        assert (await worker.run_once()).retried == 1
        kit.clock.advance(seconds=backoff(attempt).total_seconds())

    [notice] = kit.notices.texts
    assert f"{ALERT_AFTER} attempts" in notice and reference in notice


def test_backoff_doubles_from_one_minute_up_to_six_hours() -> None:
    waits = [backoff(n) for n in (1, 2, 3, 4, 10, 500)]
    assert waits[:4] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert waits[4:] == [timedelta(hours=6), timedelta(hours=6)]


async def test_an_erased_or_withdrawn_submission_is_not_sent(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    await submit(kit.engine, 1, kit.clock.now)
    withdrawn, _ = await submit(kit.engine, 2, kit.clock.now)
    async with kit.engine.begin() as conn:
        await conn.execute(
            update(submissions).where(submissions.c.id == withdrawn).values(status="withdrawn")
        )
    assert await erase_respondent(kit.engine, 1, kit.clock.now)

    report = await kit.delivery().worker.run_once()

    assert (report.sent, report.dropped) == (0, 1)
    assert await _rows(kit.engine) == []
    assert smtp.messages == []


async def test_concurrent_workers_send_each_row_once(
    empty_db: TempDatabase, tmp_path: Any, smtp: SmtpServer, make_kit: KitFactory
) -> None:
    kit = make_kit(smtp.port)
    for user in range(1, 7):
        await submit(kit.engine, user, kit.clock.now)
    # Three workers as three processes would be: each on its own engine (pool).
    workers = [kit.delivery(empty_db.engine()).worker for _ in range(3)]

    reports = await asyncio.wait_for(asyncio.gather(*(w.run_once() for w in workers)), 10)

    assert sum(r.sent for r in reports) == 6
    ids = [m.message["Message-ID"] for m in smtp.messages]
    assert len(ids) == len(set(ids)) == 6


async def test_the_loop_sends_when_woken(make_kit: KitFactory, smtp: SmtpServer) -> None:
    kit = make_kit(smtp.port)
    delivery = kit.delivery()
    task = asyncio.create_task(outbox_loop(delivery.worker, delivery.wake_event, interval=30))
    try:
        await asyncio.sleep(0.05)  # the first pass finds nothing and waits
        for user in (1, 2):
            await submit(kit.engine, user, kit.clock.now)
            delivery.wake()
            await smtp.wait_for(user, seconds=5)
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(smtp.messages) == 2


@pytest.mark.parametrize("good_password", [True, False])
async def test_smtp_login_works_and_the_password_is_never_logged(
    make_kit: KitFactory,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Any,
    clock: Clock,
    notices: Notices,
    good_password: bool,
) -> None:
    server = SmtpServer(free_port(), password=PASSWORD if good_password else "other")
    server.start()
    try:
        kit = make_kit(server.port, smtp_username="intake", smtp_password=PASSWORD)
        await submit(kit.engine, 1, kit.clock.now)
        with caplog.at_level(logging.DEBUG):
            report = await kit.delivery().worker.run_once()
    finally:
        server.stop()

    if good_password:
        assert report.sent == 1 and server.logins == ["intake"]
    else:
        # A refused login is our configuration, not the message: it waits for a fix.
        assert report.retried == 1 and server.messages == []
        [row] = await _rows(kit.engine)
        assert "535" in row["last_error"] and PASSWORD not in row["last_error"]
    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(kit.settings) and PASSWORD not in str(kit.settings)
    assert all(PASSWORD not in text for text in kit.notices.texts)


def test_settings_reject_a_bad_schedule_or_zone(tmp_path: Any) -> None:
    with pytest.raises(ValueError, match="cron"):
        make_settings(tmp_path, None, digest_schedule="every morning")
    with pytest.raises(ValueError, match="time zone"):
        make_settings(tmp_path, None, digest_timezone="Europe/Atlantis")

"""The digest: periods from the cron schedule, content, CSV, and exactly one per period."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from mail.digest import Period, latest_period, next_fire
from storage.models import OUTBOX_DIGEST, digest_runs, outbox
from storage.outbox import digest_run
from tests.conftest import TempDatabase
from tests.delivery.conftest import (
    Clock,
    KitFactory,
    SmtpServer,
    answers,
    attachments,
    make_settings,
    parts,
    start_draft,
    submit,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels(
    year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0
) -> datetime:
    """A Brussels wall-clock time, as UTC."""
    return datetime(year, month, day, hour, minute, second, tzinfo=BRUSSELS).astimezone(UTC)


def test_a_fire_time_closes_the_period_that_ends_there(tmp_path: Any) -> None:
    settings = make_settings(tmp_path, None)
    day = Period(brussels(2026, 3, 1, 8, 0, 0), brussels(2026, 3, 2, 8, 0, 0))

    assert latest_period(settings, brussels(2026, 3, 2, 8, 0, 0)) == day
    assert latest_period(settings, brussels(2026, 3, 3, 7, 59, 59)) == day
    assert latest_period(settings, brussels(2026, 3, 2, 7, 59, 59)).end == day.start
    assert next_fire(settings, brussels(2026, 3, 2, 8, 0, 0)) == brussels(2026, 3, 3, 8, 0, 0)
    # Over the change to summer time the day has 23 hours, and 08:00 stays 08:00 local.
    spring = latest_period(settings, brussels(2026, 3, 29, 9, 0, 0))
    assert spring == Period(brussels(2026, 3, 28, 8, 0), brussels(2026, 3, 29, 8, 0))
    assert spring.end - spring.start == timedelta(hours=23)
    weekly = make_settings(tmp_path, None, digest_schedule="30 7 * * MON")
    assert latest_period(weekly, brussels(2026, 3, 4, 12, 0)) == Period(
        brussels(2026, 2, 23, 7, 30), brussels(2026, 3, 2, 7, 30)
    )


async def test_period_boundaries_0759_59_and_0800_00(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    _, before = await submit(kit.engine, 1, brussels(2026, 3, 2, 7, 59, 59))
    _, at = await submit(kit.engine, 2, brussels(2026, 3, 2, 8, 0, 0))
    digests = kit.delivery().digests

    first = await digests.report(latest_period(kit.settings, brussels(2026, 3, 2, 8, 0, 0)))
    second = await digests.report(latest_period(kit.settings, brussels(2026, 3, 3, 8, 0, 0)))

    assert [r.reference for r in first.submissions] == [before]
    assert [r.reference for r in second.submissions] == [at]


async def test_the_digest_counts_lists_stalled_drafts_and_attaches_the_period(
    make_kit: KitFactory, smtp: SmtpServer, clock: Clock
) -> None:
    kit = make_kit(smtp.port)
    clock.now = brussels(2026, 3, 2, 8, 0, 5)
    day = brussels(2026, 3, 1, 12, 0)
    _, lt1 = await submit(kit.engine, 1, day, lang="lt")
    _, lt2 = await submit(
        kit.engine,
        2,
        day + timedelta(hours=1),
        lang="it",
        values=answers(activities={"choices": ["patrolling", "mediation"]}),
    )
    _, fr1 = await submit(
        kit.engine,
        3,
        day + timedelta(hours=2),
        lang="fr",
        values=answers(country="FR", city="Liège", initiative_name="Voisins vigilants ✨"),
    )
    await submit(kit.engine, 4, brussels(2026, 2, 27, 12, 0))  # an earlier period
    await start_draft(kit.engine, 5, brussels(2026, 2, 20, 10, 0), {"org_name": "Comune"})
    await start_draft(kit.engine, 6, brussels(2026, 2, 28, 10, 0), {"org_name": "Recent"})
    delivery = kit.delivery()
    # The submissions' own e-mails first, so that only the digest is left to look at.
    assert (await delivery.worker.run_once()).sent == 4
    smtp.messages.clear()

    claim = await delivery.digests.claim(delivery.digests.latest_period())
    assert claim.claimed and claim.submissions == 3
    assert (await delivery.worker.run_once()).sent == 1

    [received] = smtp.messages
    message = received.message
    assert sorted(received.rcpt_tos) == sorted(kit.settings.digest_to)
    assert message["Subject"] == "CECOPS digest 2026-03-01 – 2026-03-02: 3 new submissions"
    text, html = parts(message)
    assert "from 2026-03-01 08:00 CET (included) to 2026-03-02 08:00 CET (not included)" in text
    for reference in (lt1, lt2, fr1):
        assert reference in text and reference in html
    assert "Voisins vigilants ✨ (Ville de Liège — Service Prévention 🛡️, Liège, France)" in text
    assert "By country\n----------\n\nLithuania: 2\nFrance: 1" in text
    mediation = kit.renderer.option("activities", "mediation", "en")
    assert "Patrolling: 3\nOther: 2\n" + mediation + ": 1" in text
    assert "Lithuanian: 1" in text and "Italian: 1" in text and "French: 1" in text
    assert "1 questionnaire was started but not submitted" in text
    assert "started on 2026-02-20, last activity on 2026-02-20, 1 answer, language: Italian" in (
        text
    )
    assert "Recent" not in text  # a draft touched within the week is not stalled
    [(name, (content_type, data))] = attachments(message).items()
    assert (name, content_type) == ("cecops-2026-03-01-2026-03-02.csv", "text/csv")
    [csv_part] = list(message.iter_attachments())
    assert csv_part.get_content_charset() == "utf-8"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 4
    assert {lt1, lt2, fr1} <= {cell for row in rows for cell in row}

    run = await digest_run(kit.engine, brussels(2026, 3, 1, 8), brussels(2026, 3, 2, 8))
    assert run is not None and run.sent_at == clock.now


async def test_nothing_new_means_no_email_unless_configured(
    make_kit: KitFactory, smtp: SmtpServer, clock: Clock
) -> None:
    clock.now = brussels(2026, 3, 2, 8, 0, 1)
    quiet = make_kit(smtp.port).delivery()
    claim = await quiet.digests.claim(quiet.digests.latest_period())
    assert claim.claimed and claim.outbox_id is None
    assert (await quiet.worker.run_once()).total == 0

    clock.now += timedelta(days=1)
    chatty = make_kit(smtp.port, digest_send_empty=True).delivery()
    claim = await chatty.digests.claim(chatty.digests.latest_period())
    assert claim.outbox_id is not None
    assert (await chatty.worker.run_once()).sent == 1
    message = smtp.messages[0].message
    assert message["Subject"].endswith(": no new submissions")
    assert "No questionnaire was submitted in this period." in parts(message)[0]
    assert list(message.iter_attachments()) == []


async def test_two_processes_racing_for_a_digest_send_it_once(
    empty_db: TempDatabase, make_kit: KitFactory, smtp: SmtpServer, clock: Clock
) -> None:
    kit = make_kit(smtp.port, digest_send_empty=True)
    clock.now = brussels(2026, 3, 2, 8, 0, 0)
    await submit(kit.engine, 1, brussels(2026, 3, 1, 9, 0))
    # Two bot processes: each its own engine (connection pool) on the same database.
    processes = [kit.delivery(empty_db.engine()) for _ in range(2)]
    period = processes[0].digests.latest_period()

    claims = await asyncio.wait_for(
        asyncio.gather(*(p.digests.claim(period) for p in processes)), 10
    )
    reports = await asyncio.wait_for(asyncio.gather(*(p.worker.run_once() for p in processes)), 10)
    # And the same again: the loop of each process waking at the next check.
    again = await asyncio.gather(*(p.digests.claim(period) for p in processes))

    assert sorted(c.claimed for c in claims) == [False, True]
    assert not any(c.claimed for c in again)
    assert sum(r.sent for r in reports) == 2  # the submission and one digest
    subjects = [m.message["Subject"] for m in smtp.messages]
    assert sum(s.startswith("CECOPS digest") for s in subjects) == 1
    async with kit.engine.connect() as conn:
        assert len((await conn.execute(select(digest_runs))).all()) == 1
        kinds = (await conn.execute(select(outbox.c.kind))).scalars().all()
    assert sorted(kinds) == sorted(["submission", OUTBOX_DIGEST])


async def test_the_digest_loop_catches_up_then_sleeps_until_the_next_fire(
    make_kit: KitFactory, smtp: SmtpServer, clock: Clock
) -> None:
    kit = make_kit(smtp.port)
    clock.now = brussels(2026, 3, 2, 9, 30)
    await submit(kit.engine, 1, brussels(2026, 3, 2, 7, 0))
    delivery = kit.delivery()
    woken: list[bool] = []
    slept: list[float] = []

    class Stop(Exception):
        pass

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) == 2:
            raise Stop
        clock.now = brussels(2026, 3, 3, 8, 0, 1)

    with pytest.raises(Stop):
        await asyncio.wait_for(delivery.digests.loop(lambda: woken.append(True), sleep), 10)

    assert woken == [True]  # the period ended at 08:00 today was caught up; tomorrow's is empty
    assert slept[0] == pytest.approx(timedelta(hours=22, minutes=30).total_seconds() + 1)
    async with kit.engine.connect() as conn:
        assert len((await conn.execute(select(digest_runs))).all()) == 2


async def test_preview_prints_without_claiming(
    make_kit: KitFactory, db_engine: AsyncEngine, clock: Clock
) -> None:
    kit = make_kit(None)
    clock.now = brussels(2026, 3, 2, 9, 0)
    _, reference = await submit(kit.engine, 1, brussels(2026, 3, 1, 9, 0))

    text = await kit.delivery().digests.preview()

    assert text.startswith("CECOPS call for experiences: digest\n")
    assert reference in text
    async with db_engine.connect() as conn:
        assert (await conn.execute(select(digest_runs))).all() == []


async def test_preview_shows_the_period_so_far_and_claims_nothing(
    make_kit: KitFactory, smtp: SmtpServer, clock: Clock
) -> None:
    kit = make_kit(smtp.port)
    _, earlier = await submit(kit.engine, 1, brussels(2026, 3, 2, 7, 0))  # the last period
    _, today = await submit(kit.engine, 2, brussels(2026, 3, 2, 9, 30))
    clock.now = brussels(2026, 3, 2, 15, 0)
    digests = kit.delivery().digests

    preview = await digests.preview_current()

    assert today in preview.text and earlier not in preview.text
    assert preview.sends_at == brussels(2026, 3, 3, 8, 0)
    assert preview.recipients == len(kit.settings.digest_to)
    assert preview.attachment is not None
    name, data = preview.attachment
    assert name.endswith(".csv") and today in data.decode("utf-8-sig")
    # Only a look: the scheduled digest of the period before is still claimed and sent once.
    async with kit.engine.connect() as conn:
        assert (await conn.execute(select(digest_runs))).all() == []
    claim = await digests.claim(digests.latest_period())
    assert claim.claimed

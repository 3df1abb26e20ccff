"""The digest names stalled drafts so that staff can follow up: who, reminders, where stopped."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from dialogs.reminder_ports import DraftForReminder
from storage.models import submissions
from storage.reminders import SqlReminderStore
from tests.delivery.conftest import Clock, KitFactory, start_draft
from tests.delivery.test_digest import brussels


async def test_stalled_drafts_show_who_reminders_and_where_they_stopped(
    make_kit: KitFactory, clock: Clock
) -> None:
    kit = make_kit(None)
    clock.now = brussels(2026, 3, 2, 8, 0, 5)
    given = {"org_name": "Comune di Bologna", "org_type": {"choice": "city"}, "country": "IT"}
    sid = await start_draft(kit.engine, 5, brussels(2026, 2, 20, 10, 0), {**given, "city": None})
    async with kit.engine.begin() as conn:
        state = {"draft": "t", "lang": "it", "phase": "question", "answers": given}
        await conn.execute(
            update(submissions)
            .where(submissions.c.id == sid)
            .values(state={**state, "current": "contact_name"})
        )
    store = SqlReminderStore(kit.engine)
    reminded = brussels(2026, 2, 23, 10, 0)
    [draft] = await store.idle_drafts(reminded, 2)
    assert isinstance(draft, DraftForReminder)
    claim = await store.claim(draft, 1, reminded, "test", reminded - timedelta(days=3))
    assert claim is not None
    await store.record(claim, "sent", reminded)
    await start_draft(kit.engine, 6, brussels(2026, 2, 21, 10, 0), {})  # nothing given

    text = await kit.delivery().digests.preview()

    contact = kit.renderer.label("contact_name", "en")
    assert (
        "Comune di Bologna, Italy — started on 2026-02-20, last activity on 2026-02-20, "
        f"4 answers, language: Italian; 1 reminder sent (2026-02-23); stopped at: {contact}"
    ) in text  # the city was skipped: not shown
    first = kit.renderer.label("org_name", "en")
    assert (
        "started on 2026-02-21, last activity on 2026-02-21, 0 answers, language: Italian; "
        f"no reminder sent; stopped at: {first}"
    ) in text

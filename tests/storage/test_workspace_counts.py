"""The counts the workspace's pages read (storage.counts) stay equal to a fresh recount through
every kind of write, from two engines as from the bot's and the web's processes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.counts import recount
from storage.maintenance import erase_respondent
from storage.models import DRAFT, SUBMITTED, WITHDRAWN, submissions, workspace_counts
from storage.respondents import SqlRespondentStore
from storage.triage import decide, set_triage_status
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.conftest import TempDatabase

T0 = datetime(2026, 3, 30, 22, 0, tzinfo=UTC)  # submissions cross into April


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _state(sid: uuid.UUID, lang: str, given: dict[str, Any]) -> dict[str, Any]:
    return {"draft": str(sid), "lang": lang, "phase": "question", "answers": given}


async def _assert_exact(engine: AsyncEngine) -> None:
    w = workspace_counts.c
    async with engine.connect() as conn:
        kept = {(k, v): n for k, v, n in await conn.execute(select(w.counted, w.value, w.n))}
        fresh = {(k, v): n for k, v, n in await conn.execute(recount())}
    assert {key: n for key, n in kept.items() if n} == {key: n for key, n in fresh.items() if n}


async def _submit_through_bot(
    engine: AsyncEngine, user: int, lang: str, given: dict[str, Any], minutes: int
) -> uuid.UUID:
    store = SqlRespondentStore(engine)
    sid = uuid.uuid4()
    async with store.unit(user) as unit:
        await unit.touch(user, lang, _at(minutes))
        await unit.record_consent(1, _at(minutes))
        await unit.start_draft(sid, "1", None, _state(sid, lang, {}), _at(minutes))
    async with store.unit(user) as unit:
        state = _state(sid, lang, given)
        await unit.save_draft(sid, state, given, (), {}, _at(minutes + 1))
    async with store.unit(user) as unit:
        done = {**state, "phase": "submitted"}
        await unit.submit(sid, f"CEC-{user}", done, _at(minutes + 120))
    return sid


async def test_counts_equal_a_recount_after_every_kind_of_write(empty_db: TempDatabase) -> None:
    bot, web = empty_db.engine(), empty_db.engine()  # two pools, as two processes
    from storage.migrate import upgrade_engine

    await upgrade_engine(bot)
    await _assert_exact(bot)

    # Submitted through the bot, in several languages, with and without a country.
    first = await _submit_through_bot(bot, 11, "fr", sample_answers(), 0)
    second = await _submit_through_bot(
        bot, 12, "it", sample_answers(country="IT", activities={"choices": ["mediation"]}), 5
    )
    without_country = sample_answers()
    del without_country["country"]
    await _submit_through_bot(bot, 13, "lt", without_country, 10)
    await _assert_exact(web)

    # A bulk load (as an import or the benchmark writes), drafts among them.
    await insert_rows(
        web,
        [Row(100 + n, sample_answers(country="BE")) for n in range(5)]
        + [Row(200 + n, {"city": "Gent"}, status=DRAFT) for n in range(3)],
    )
    await _assert_exact(bot)

    # Triage from the web while the bot starts another draft and abandons one.
    assert await set_triage_status(web, first, "in_review", 1, _at(200)) == "new"
    assert await decide(web, second, "selected", "Bien.", 1, _at(201))
    assert await decide(web, second, "selected", "Encore.", 1, _at(202))  # a note: no change
    store = SqlRespondentStore(bot)
    abandoned = uuid.uuid4()
    async with store.unit(14) as unit:
        await unit.touch(14, "en", _at(203))
        await unit.start_draft(abandoned, "1", None, _state(abandoned, "en", {}), _at(203))
    async with store.unit(14) as unit:
        await unit.discard_draft(abandoned)
    await _assert_exact(web)

    # Whatever else changes a counted column: a withdrawal, a language, a submission date.
    async with web.begin() as conn:
        s = submissions.c
        await conn.execute(update(submissions).where(s.id == second).values(status=WITHDRAWN))
        await conn.execute(update(submissions).where(s.id == first).values(language="en"))
        await conn.execute(
            update(submissions).where(s.status == SUBMITTED).values(submitted_at=_at(600))
        )
    await _assert_exact(bot)

    # Erasure takes every count of the respondent's questionnaires with it.
    assert await erase_respondent(bot, 11, _at(700)) is not None
    assert await erase_respondent(web, 100, _at(701)) is not None
    await _assert_exact(web)
    async with web.connect() as conn:
        w = workspace_counts.c
        submitted = await conn.scalar(
            select(w.n).where(w.counted == "status", w.value == SUBMITTED)
        )
    assert submitted == 5  # 3 + 5 submitted, one withdrawn, two erased

"""The group-commit store: snapshots stay correct when other writers get there first.

On both databases: two engines on one database are two bot processes sharing it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.event import listen, remove
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from dialogs import events as ev
from dialogs import service as svc
from dialogs.engine import IDLE_COMMANDS, Engine
from dialogs.i18n import Translator
from dialogs.model import load_questionnaire
from storage import batch
from storage.batch import BatchRespondentStore, GroupCommitWriter, Operation
from storage.db import write_transaction
from storage.maintenance import erase_respondent, purge_stale_drafts
from storage.migrate import upgrade_engine
from storage.respondents import erase_in
from tests.conftest import TempDatabase
from tests.scripted import events_for

BOB = svc.Contact(user_id=77, chat_id=77, language_code="en")


@pytest.fixture
async def two_processes(
    empty_db: TempDatabase,
) -> AsyncIterator[tuple[svc.IntakeService, svc.IntakeService, AsyncEngine]]:
    """Two services, each with its own engine and store on one database, like two processes."""
    engines = [empty_db.engine(), empty_db.engine()]
    await upgrade_engine(engines[0])
    stores = [BatchRespondentStore(e) for e in engines]
    engine = Engine(load_questionnaire(), Translator(), this_year=lambda: 2026)
    yield svc.IntakeService(engine, stores[0]), svc.IntakeService(engine, stores[1]), engines[0]
    for store in stores:
        await store.close()


def ask_of(reply: svc.Reply) -> ev.Ask:
    return next(o for o in reversed(reply.outputs) if isinstance(o, ev.Ask))


async def until(
    service: svc.IntakeService, reply: svc.Reply, stop: str, person: svc.Contact = BOB
) -> svc.Reply:
    """Answer as `person` from `reply` on until the question `stop` is asked."""
    for _ in range(100):
        if ask_of(reply).question == stop:
            return reply
        for event in events_for(ask_of(reply)):
            reply = await service.handle(person, event)
    raise AssertionError(stop)


async def scalar(db: AsyncEngine, sql: str) -> object:
    async with db.connect() as conn:
        return (await conn.execute(text(sql))).scalar()


async def reach(service: svc.IntakeService, person: svc.Contact, stop: str) -> None:
    """Take `person` from consent to the question `stop`."""
    reply = await service.handle(person, svc.ConsentChoice(True, "en"))
    await until(service, reply, stop, person)


@contextmanager
def statements_run(db: AsyncEngine) -> Iterator[list[str]]:
    """The SQL of every statement sent on `db` meanwhile."""
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        sent.append(statement)

    listen(db.sync_engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        remove(db.sync_engine, "before_cursor_execute", record)


async def stored_answers(db: AsyncEngine, question: str) -> dict[int, str]:
    async with db.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT s.respondent_id, a.value FROM answers a"
                " JOIN submissions s ON s.id = a.submission_id WHERE a.question_id = :q"
            ),
            {"q": question},
        )
        return {r[0]: str(r[1]).strip('"') for r in rows}


async def test_two_processes_toggling_at_once_lose_nothing(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, second, _ = two_processes
    reply = await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "settings")
    # Both processes have BOB cached now; each applies half of the toggles at the same moment.
    await second.handle(BOB, ev.Start())
    ask = ask_of(reply)
    toggles = [ev.Button("toggle", "settings", ask.draft, c) for c in ask.options]
    await asyncio.gather(
        *(
            (first if i % 2 else second).handle(BOB, t, update_id=900 + i)
            for i, t in enumerate(toggles)
        )
    )
    shown = ask_of(await first.handle(BOB, ev.Start()))
    assert shown.selected == set(ask.options)


async def test_a_redelivered_update_is_applied_once_across_processes(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, second, db = two_processes
    reply = await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    await second.handle(BOB, ev.Start())  # cached in both
    one = await first.handle(BOB, ev.Text("Vilnius"), update_id=4242)
    again = await second.handle(BOB, ev.Text("Kaunas"), update_id=4242)
    assert not one.duplicate and again.duplicate
    city = await scalar(db, "SELECT value FROM answers WHERE question_id = 'city'")
    assert city in ('"Vilnius"', "Vilnius")  # JSON text on SQLite, decoded JSONB on PostgreSQL
    assert ask_of(reply).question == "city"


async def test_erasure_by_an_admin_is_never_undone_by_a_cached_snapshot(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, _, db = two_processes
    await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    assert await erase_respondent(db, BOB.user_id, datetime.now(UTC))
    reply = await first.handle(BOB, ev.Text("Bologna"))
    assert isinstance(reply.outputs[-1], ev.RemindConsent)  # a stranger again: consent first
    assert await scalar(db, "SELECT count(*) FROM respondents") == 0
    assert await scalar(db, "SELECT count(*) FROM answers") == 0


async def test_a_purged_draft_is_not_written_through_a_cached_snapshot(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, _, db = two_processes
    await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    assert await purge_stale_drafts(db, datetime.now(UTC) + timedelta(days=1)) == 1
    reply = await first.handle(BOB, ev.Text("Bologna"))
    assert reply.outputs == [ev.Say("error-no-draft"), ev.ShowHelp(IDLE_COMMANDS)]
    assert await scalar(db, "SELECT count(*) FROM submissions") == 0


async def test_a_read_only_action_never_shows_what_another_process_changed(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, second, _ = two_processes
    await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    await second.handle(BOB, ev.Text("Vilnius"))  # first's snapshot now lags behind
    shown = await first.handle(BOB, ev.Start())
    assert ask_of(shown).question == "contact_name"


async def test_a_batch_waits_for_a_writer_holding_the_respondents_lock(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    first, _, db = two_processes
    await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    # An admin's erasure takes the respondent's lock (on PostgreSQL the advisory lock the
    # batch's guard takes too; on SQLite the write lock), then erases: the answer waits for it.
    async with write_transaction(db, lock_key=BOB.user_id) as conn:
        answering = asyncio.create_task(first.handle(BOB, ev.Text("Bologna")))
        await asyncio.sleep(0.3)
        assert not answering.done()
        assert await erase_in(conn, BOB.user_id, datetime.now(UTC))
    reply = await answering
    assert isinstance(reply.outputs[-1], ev.RemindConsent)  # a stranger again: consent first
    assert await scalar(db, "SELECT count(*) FROM answers") == 0


async def test_respondents_answering_together_keep_their_own_answers_when_one_is_stale(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    # Answers that reach the writer together are committed together; one whose snapshot is
    # stale (another process answered meanwhile) must be redone alone, the others kept.
    first, second, db = two_processes
    people = [svc.Contact(user_id=300 + i, chat_id=300 + i, language_code="en") for i in range(6)]
    for person in people:
        await reach(first, person, "city")
    await second.handle(people[0], ev.Text("Vilnius"))  # first's snapshot of people[0] lags
    replies = await asyncio.gather(
        *(
            first.handle(person, ev.Text(f"Town {i}"), update_id=7000 + i)
            for i, person in enumerate(people)
        )
    )
    async with db.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT s.respondent_id, a.question_id, a.value FROM answers a"
                " JOIN submissions s ON s.id = a.submission_id"
                " WHERE a.question_id IN ('city', 'contact_name')"
            )
        )
        stored = {(r[0], r[1]): str(r[2]).strip('"') for r in rows}
    assert stored[300, "city"] == "Vilnius"
    assert stored[300, "contact_name"] == "Town 0"  # redone on what the database held
    for i in range(1, 6):
        assert stored[300 + i, "city"] == f"Town {i}"
        assert (300 + i, "contact_name") not in stored
    assert all(ask_of(r).question == "contact_name" for r in replies[1:])


class _DeadlockVictim(Exception):
    sqlstate = "40P01"  # as asyncpg's error reads once PostgreSQL broke a deadlock


@pytest.mark.postgres
async def test_an_answer_that_loses_a_deadlock_is_run_again_and_lands(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Triggers keeping the workspace's counts lock shared rows: PostgreSQL may end a batch's
    # transaction, then the same job run alone, as a deadlock's victim. The answer still lands.
    first, _, db = two_processes
    if db.dialect.name != "postgresql":
        pytest.skip("deadlocks are PostgreSQL's (one writer on SQLite)")
    await until(first, await first.handle(BOB, svc.ConsentChoice(True, "en")), "city")
    run = GroupCommitWriter._run_async
    lost = [0]

    async def deadlocked_twice(conn: AsyncConnection, job: list[Operation]) -> bool:
        if lost[0] < 2:
            lost[0] += 1
            raise DBAPIError("UPDATE workspace_counts …", {}, _DeadlockVictim())
        return await run(conn, job)

    monkeypatch.setattr(GroupCommitWriter, "_run_async", staticmethod(deadlocked_twice))
    reply = await first.handle(BOB, ev.Text("Bologna"))
    assert ask_of(reply).question == "contact_name"
    assert lost == [2]
    assert await scalar(db, "SELECT value FROM answers WHERE question_id = 'city'") == "Bologna"


async def test_answers_reaching_the_writer_together_are_written_together_each_in_its_place(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    # On PostgreSQL the batch's guards (with their claims) run as one statement over arrays,
    # and its drafts' saves (with their answers) as another, not two statements per answer.
    first, _, db = two_processes
    people = [svc.Contact(user_id=400 + i, chat_id=400 + i, language_code="en") for i in range(5)]
    for person in people:
        await reach(first, person, "city")
    with statements_run(db) as sent:  # db is first's engine
        replies = await asyncio.gather(
            *(
                first.handle(person, ev.Text(f"Šiaulių {i}"), update_id=8000 + i)
                for i, person in enumerate(people)
            )
        )
    assert all(ask_of(r).question == "contact_name" for r in replies)
    if db.dialect.name == "postgresql":
        assert len(sent) == 2 and all("unnest" in s for s in sent)
    assert await stored_answers(db, "city") == {400 + i: f"Šiaulių {i}" for i in range(5)}
    assert await scalar(db, "SELECT count(*) FROM processed_updates WHERE update_id >= 8000") == 5
    # Each snapshot kept the version its guard wrote: the next answers are no conflict, and
    # one update delivered again is told apart.
    again = await first.handle(people[2], ev.Text("Kaunas"), update_id=8002)
    assert again.duplicate
    await asyncio.gather(
        *(first.handle(p, ev.Text(f"Name {i}"), update_id=8100 + i) for i, p in enumerate(people))
    )
    assert await stored_answers(db, "contact_name") == {400 + i: f"Name {i}" for i in range(5)}
    async with db.connect() as conn:
        rows = await conn.execute(text("SELECT respondent_id, state FROM submissions"))
        states = {r[0]: r[1] if isinstance(r[1], dict) else json.loads(r[1]) for r in rows}
    for i in range(5):
        assert states[400 + i]["answers"]["city"] == f"Šiaulių {i}"


@pytest.mark.parametrize("misfits", ["stale", "purged", "stale and purged"])
async def test_a_batch_with_a_stale_unit_is_run_again_in_turn_and_each_outcome_is_right(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine], misfits: str
) -> None:
    # A unit whose guard misses (its snapshot is stale: another process answered) or whose
    # draft is gone (purged) fails the batch's statements over arrays: the batch is rolled
    # back and run again unit by unit, where only those units fail and are redone.
    first, second, db = two_processes
    people = [svc.Contact(user_id=500 + i, chat_id=500 + i, language_code="en") for i in range(5)]
    for person in people:
        await reach(first, person, "city")
    if "stale" in misfits:
        await second.handle(people[0], ev.Text("Vilnius"))  # first's snapshot lags behind
    if "purged" in misfits:
        async with db.begin() as conn:
            await conn.execute(text("DELETE FROM submissions WHERE respondent_id = 501"))
    with statements_run(db) as sent:  # db is first's engine
        replies = await asyncio.gather(
            *(
                first.handle(person, ev.Text(f"Town {i}"), update_id=9000 + i)
                for i, person in enumerate(people)
            )
        )
    if db.dialect.name == "postgresql":  # tried together first, up to the statement that missed
        assert sum("unnest" in s for s in sent) == (1 if "stale" in misfits else 2)
    cities = await stored_answers(db, "city")
    names = await stored_answers(db, "contact_name")
    if "stale" in misfits:
        assert cities[500] == "Vilnius" and names[500] == "Town 0"  # redone on fresh data
        assert ask_of(replies[0]).question == "contact_role"
    if "purged" in misfits:
        assert 501 not in cities and 501 not in names
        assert replies[1].outputs == [ev.Say("error-no-draft"), ev.ShowHelp(IDLE_COMMANDS)]
    for i in range(2, 5):
        assert cities[500 + i] == f"Town {i}" and 500 + i not in names
        assert ask_of(replies[i]).question == "contact_name"
    assert await scalar(db, "SELECT count(*) FROM processed_updates WHERE update_id >= 9000") == 5


async def test_a_batch_waits_for_a_writer_holding_one_of_its_respondents_locks(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
) -> None:
    # The guards over arrays take every unit's lock before comparing its row: an erasure
    # holding one respondent's lock holds the batch; that unit then finds its respondent gone.
    first, _, db = two_processes
    people = [svc.Contact(user_id=600 + i, chat_id=600 + i, language_code="en") for i in range(4)]
    for person in people:
        await reach(first, person, "city")
    with statements_run(db) as sent:
        async with write_transaction(db, lock_key=602) as conn:
            answering = asyncio.gather(
                *(
                    first.handle(p, ev.Text(f"Town {i}"), update_id=6000 + i)
                    for i, p in enumerate(people)
                )
            )
            await asyncio.sleep(0.3)
            assert not answering.done()
            assert await erase_in(conn, 602, datetime.now(UTC))
        replies = await answering
    if db.dialect.name == "postgresql":
        assert any("unnest" in s for s in sent)
    assert isinstance(replies[2].outputs[-1], ev.RemindConsent)  # a stranger again
    assert await stored_answers(db, "city") == {600: "Town 0", 601: "Town 1", 603: "Town 3"}


@pytest.mark.postgres
async def test_a_batch_that_loses_a_deadlock_together_is_run_again_in_turn(
    two_processes: tuple[svc.IntakeService, svc.IntakeService, AsyncEngine],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _, db = two_processes
    if db.dialect.name != "postgresql":
        pytest.skip("deadlocks are PostgreSQL's (one writer on SQLite)")
    people = [svc.Contact(user_id=700 + i, chat_id=700 + i, language_code="en") for i in range(3)]
    for person in people:
        await reach(first, person, "city")
    lost = [0]

    async def deadlocked(conn: AsyncConnection, jobs: list[list[Operation]]) -> None:
        lost[0] += 1
        raise DBAPIError("UPDATE workspace_counts …", {}, _DeadlockVictim())

    monkeypatch.setattr(batch, "_run_together_async", deadlocked)
    replies = await asyncio.gather(
        *(first.handle(p, ev.Text(f"Town {i}"), update_id=7700 + i) for i, p in enumerate(people))
    )
    assert lost == [1]
    assert all(ask_of(r).question == "contact_name" for r in replies)
    assert await stored_answers(db, "city") == {700 + i: f"Town {i}" for i in range(3)}

"""B1: updates per second and latency through the real Dispatcher and storage, beside a bare bot.

Simulated respondents complete the CECOPS questionnaire; the bare aiogram bot asks the same number
of questions with the in-memory FSM and no persistence. Both use the same in-process session.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from pydantic import SecretStr
from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from app.build import build_core, open_database
from app.build_telegram import build_telegram_app
from app.settings import Settings
from benchmarks.local_session import LocalSession
from bot.app import TelegramApp
from bot.callbacks import QUESTION_CODES
from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.model import Kind, short_key
from dialogs.state import Phase
from tests.scripted import events_for

# ("text", text, "", "") or ("button", action, question key, choice key)
Step = tuple[str, str, str, str]
Send = Callable[[int, dict[str, Any]], Awaitable[None]]


def script(engine: Engine) -> list[Step]:
    """What one respondent sends, from /start to submit (buttons resolved at run time)."""
    steps: list[Step] = [("text", "/start", "", ""), ("text", "I accept", "", "")]
    state, outputs = engine.begin("bench", "en", consented=True)
    while state.phase is not Phase.REVIEW:
        ask = next(o for o in reversed(outputs) if isinstance(o, ev.Ask))
        for event in events_for(ask):
            if isinstance(event, ev.Text):
                steps.append(("text", event.text, "", ""))
            elif isinstance(event, ev.Button):
                # As the buttons carry them: short keys (a country code stands for itself).
                key = event.choice if ask.kind is Kind.COUNTRY else short_key(event.choice)
                choice = key if event.choice else ""
                steps.append(("button", event.action, short_key(event.question), choice))
            elif isinstance(event, ev.Skip):
                steps.append(("skip", "", "", ""))
            state, outputs = engine.handle(state, event)
    steps.append(("submit", "", "", ""))
    return steps


class Updates:
    """Builds raw Telegram updates as a client would send them (ids unique across runs)."""

    _ids = itertools.count(1)

    def message(self, user: int, text: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": user, "type": "private", "first_name": "R"},
            "from": {"id": user, "is_bot": False, "first_name": "R", "language_code": "en"},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
        return {"update_id": next(self._ids), "message": message}

    def press(self, user: int, data: str) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "from": {"id": user, "is_bot": False, "first_name": "R", "language_code": "en"},
                "chat_instance": str(user),
                "data": data,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": user, "type": "private", "first_name": "R"},
                    "text": "question",
                },
            },
        }


def find_button(
    session: LocalSession, user: int, prefix: str, suffix: str | tuple[str, ...] = ""
) -> str:
    markup = session.keyboards.get(user)
    for row in markup.inline_keyboard if markup else []:
        for button in row:
            data = button.callback_data or ""
            if data.startswith(prefix) and data.endswith(suffix):
                return data
    raise LookupError(f"no button {prefix}…{suffix} for {user}: {markup}")


def to_update(
    step: Step, user: int, session: LocalSession, updates: Updates, bare: bool
) -> dict[str, Any]:
    kind, a, question, choice = step
    if kind == "text":
        return updates.message(user, a)
    if bare:  # the bare bot's buttons carry no meaning; press one of the same shape
        return updates.press(user, f"q:c:{question or 'x'}:00000000:{choice}")
    if kind == "skip":
        return updates.press(user, find_button(session, user, "n:s:"))
    if kind == "submit":
        return updates.press(user, find_button(session, user, "n:ok:"))
    code = QUESTION_CODES[a]
    suffix = f":{choice}" if choice else ""
    return updates.press(user, find_button(session, user, f"q:{code}:{question}:", suffix))


def bare_dispatcher() -> Dispatcher:
    """A plain aiogram bot: remember each answer in the FSM, ask the next question."""
    router = Router()
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=f"Option {i}", callback_data=f"o:{i}")]
                         for i in range(3)]
    )  # fmt: skip

    async def ask_next(chat_id: int, bot: Bot, state: FSMContext, answer: str | None) -> None:
        data = await state.get_data()
        number = int(data.get("n", 0)) + 1
        await state.update_data({"n": number, f"a{number}": answer})
        await bot.send_message(chat_id, f"Question {number}", reply_markup=keyboard)

    @router.message()
    async def on_message(message: Message, bot: Bot, state: FSMContext) -> None:
        await ask_next(message.chat.id, bot, state, message.text)

    @router.callback_query()
    async def on_press(query: CallbackQuery, bot: Bot, state: FSMContext) -> None:
        await query.answer()
        await ask_next(query.from_user.id, bot, state, query.data)

    dispatcher = Dispatcher(storage=MemoryStorage())
    dispatcher.include_router(router)
    return dispatcher


@dataclass
class Target:
    """A bot under test: how to feed it one raw update."""

    name: str
    bot: Bot
    dispatcher: Dispatcher
    session: LocalSession
    bare: bool
    engine: Engine | None = None

    async def feed(self, update: dict[str, Any]) -> None:
        await self.dispatcher.feed_raw_update(self.bot, update)


def cpu_seconds() -> float:
    """CPU time of this process so far (user + system, every thread: SQLite's included)."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


async def saturation(
    target: Target, steps: list[Step], respondents: int, base_user: int = 10_000_000
) -> tuple[float, int, float]:
    """Every respondent sends its next update as soon as the previous one is answered.

    Returns updates per second, the number of updates and this process's CPU ms per update.
    """
    updates = Updates()

    async def respondent(user: int) -> None:
        for step in steps:
            await target.feed(to_update(step, user, target.session, updates, target.bare))

    users = [base_user + i for i in range(respondents)]
    started, cpu_started = time.perf_counter(), cpu_seconds()
    await asyncio.gather(*(respondent(u) for u in users))
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    count = respondents * len(steps)
    return count / elapsed, count, cpu / count * 1000


def backend_cpu(database: str) -> dict[int, float]:
    """CPU seconds so far of each server process connected to `database` (same machine)."""
    found: dict[int, float] = {}
    for process in psutil.process_iter(["cmdline"]):
        title = " ".join(process.info["cmdline"] or [])
        if title.startswith("postgres:") and f" {database} " in f"{title} ":
            with contextlib.suppress(psutil.Error):
                used = process.cpu_times()
                found[process.pid] = used.user + used.system
    return found


class MachineLoad:
    """The machine's load during a run: its busy cores (from /proc/stat through psutil) less
    this process's own CPU and, on PostgreSQL, less the server processes serving the run's
    database (work the run caused): what everything else on the machine used."""

    def __init__(self, database: str | None = None) -> None:
        self._database = database
        self._server = backend_cpu(database) if database else {}
        self._times = psutil.cpu_times()
        self._own = cpu_seconds()
        self._began = time.perf_counter()

    def result(self) -> dict[str, float]:
        now = psutil.cpu_times()
        elapsed = time.perf_counter() - self._began
        idle = (now.idle + getattr(now, "iowait", 0.0)) - (
            self._times.idle + getattr(self._times, "iowait", 0.0)
        )
        total = sum(now) - sum(self._times)
        busy = (total - idle) / elapsed if elapsed > 0 else 0.0
        own = (cpu_seconds() - self._own) / elapsed if elapsed > 0 else 0.0
        if self._database is None:
            return {"busy cores": busy, "other load cores": max(0.0, busy - own)}
        after = backend_cpu(self._database)
        server = sum(t - self._server.get(pid, 0.0) for pid, t in after.items())
        server = server / elapsed if elapsed > 0 else 0.0
        return {
            "busy cores": busy,
            "PostgreSQL server cores": server,
            "other load cores": max(0.0, busy - own - server),
        }


async def open_loop(
    target: Target, steps: list[Step], rate: float, seconds: float, base_user: int
) -> list[float]:
    """Updates arrive at a fixed rate whatever the bot does; latency counts from the arrival."""
    updates = Updates()
    respondents = max(1, int(rate))  # each sends about one update a second, like a person
    total = int(rate * seconds)
    position = dict.fromkeys(range(respondents), 0)
    latencies: list[float] = []
    tasks: list[asyncio.Task[None]] = []

    previous: dict[int, asyncio.Task[None]] = {}

    async def one(user: int, step: Step, due: float, before: asyncio.Task[None] | None) -> None:
        if before is not None:
            # A person cannot press a button before the bot has shown it; the wait still counts
            # in this update's latency, measured from when it was due.
            await before
        await target.feed(to_update(step, user, target.session, updates, target.bare))
        latencies.append(time.perf_counter() - due)

    start = time.perf_counter() + 0.05
    for i in range(total):
        who = i % respondents
        step = steps[position[who] % len(steps)]
        position[who] += 1
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(one(base_user + who, step, due, previous.get(who)))
        previous[who] = task
        tasks.append(task)
    await asyncio.gather(*tasks)
    return latencies


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 10) - 1] if len(values) > 1 else values[0]


async def intake_target(
    database_url: str | None, workdir: Path, *, remember_keyboards: bool = True
) -> tuple[Target, TelegramApp]:
    """The real bot (wiring, middlewares, storage) with an in-process Bot API session."""
    url = database_url or f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr("123456:BENCH"),
        database_url=url,
        outbox_dir=str(workdir / "outbox"),
        log_level="WARNING",
    )
    core = build_core(settings)
    db = await open_database(settings)
    session = LocalSession(remember_keyboards=remember_keyboards)
    app = build_telegram_app(core, db, throttle=False, session=session)
    app.cleanup = [*app.cleanup, db.dispose]
    name = "intake, PostgreSQL" if database_url else "intake, SQLite"
    return Target(
        name, app.bot, app.dispatcher, session, bare=False, engine=core.dialog_engine
    ), app


def bare_target(*, remember_keyboards: bool = True) -> Target:
    session = LocalSession(remember_keyboards=remember_keyboards)
    bot = Bot("123456:BENCH", session=session)
    return Target("bare aiogram", bot, bare_dispatcher(), session, bare=True)


@contextlib.asynccontextmanager
async def scratch_database(server_url: str) -> AsyncIterator[str]:
    """A new, empty PostgreSQL database on the server of `server_url`, dropped afterwards."""
    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.dispose()


async def run(
    database_url: str | None, respondents: int, rates: list[int], seconds: float
) -> list[dict[str, Any]]:
    """All B1 measurements for one database, with the bare bot measured in the same run."""
    if database_url is None:
        return await _run(None, respondents, rates, seconds)
    async with scratch_database(database_url) as url:
        return await _run(url, respondents, rates, seconds)


async def _run(
    database_url: str | None, respondents: int, rates: list[int], seconds: float
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        intake, app = await intake_target(database_url, Path(tmp))
        assert intake.engine is not None
        steps = script(intake.engine)
        bare = bare_target()
        try:
            speeds, cpu = {}, {}
            for target in (bare, intake):
                speeds[target.name], count, cpu[target.name] = await saturation(
                    target, steps, respondents
                )
            store = "PostgreSQL" if database_url else "SQLite"
            rows.append(
                {
                    "_bench": "B1a",
                    "_store": store,
                    "_measure": f"saturation, {respondents} respondents",
                    "bench": f"B1a saturation, {respondents} respondents ({intake.name})",
                    "unit": "updates/s",
                    "bare aiogram": speeds[bare.name],
                    "intake": speeds[intake.name],
                    "intake / bare": speeds[intake.name] / speeds[bare.name],
                    "updates": count,
                }
            )
            rows.append(
                {
                    "_bench": "B1c",
                    "_store": store,
                    "_measure": "CPU per update (getrusage), saturation",
                    "bench": f"B1c CPU per update, saturation ({intake.name})",
                    "unit": "CPU ms/update",
                    "bare aiogram": cpu[bare.name],
                    "intake": cpu[intake.name],
                    "intake / bare": cpu[intake.name] / cpu[bare.name],
                    "updates": count,
                }
            )
            for rate in rates:
                seen = {}
                for number, target in enumerate((bare, intake)):
                    base = 20_000_000 * (number + 1) + rate * 1000
                    seen[target.name] = await open_loop(target, steps, rate, seconds, base)
                for q in (50, 95, 99):
                    b, i = (percentile(seen[t.name], q) * 1000 for t in (bare, intake))
                    rows.append(
                        {
                            "_bench": "B1b",
                            "_store": store,
                            "_measure": f"open loop {rate} updates/s, p{q}",
                            "bench": f"B1b open loop {rate} updates/s ({intake.name})",
                            "unit": f"p{q} ms",
                            "bare aiogram": b,
                            "intake": i,
                            "intake / bare": i / b,
                            "updates": len(seen[intake.name]),
                        }
                    )
            if database_url is not None:
                database = make_url(database_url).database
                rows += await _tail_runs(intake, steps, seconds, store, database)
        finally:
            await app.stop()
            await bare.bot.session.close()
    return rows


TAIL_RATE = 100
TAIL_RUNS = 3


async def _tail_runs(
    intake: Target, steps: list[Step], seconds: float, store: str, database: str | None
) -> list[dict[str, Any]]:
    """p99 at 100 updates/s, three times, each with the machine's load beside it; the median
    of the three is the figure (one run's tail says more about its neighbours than the bot)."""
    rows: list[dict[str, Any]] = []
    p99s: list[float] = []
    for run in range(1, TAIL_RUNS + 1):
        load = MachineLoad(database)
        base = 90_000_000 + run * 1_000_000
        seen = await open_loop(intake, steps, TAIL_RATE, seconds, base)
        p99 = percentile(seen, 99) * 1000
        p99s.append(p99)
        rows.append(
            {
                "_bench": "B1d",
                "_store": store,
                "_measure": f"p99 at {TAIL_RATE} updates/s, run {run}",
                "bench": f"B1d p99 at {TAIL_RATE} updates/s, run {run} ({intake.name})",
                "unit": "p99 ms",
                "intake": p99,
                "updates": len(seen),
                **load.result(),
                "load": os.getloadavg()[0],
            }
        )
    rows.append(
        {
            "_bench": "B1d",
            "_store": store,
            "_measure": f"p99 at {TAIL_RATE} updates/s, median of {TAIL_RUNS} runs",
            "bench": f"B1d p99 at {TAIL_RATE} updates/s, median of {TAIL_RUNS} ({intake.name})",
            "unit": "p99 ms",
            "intake": statistics.median(p99s),
            "target ms": 25.0,
        }
    )
    return rows

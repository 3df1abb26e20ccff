"""The bot as a separate process (`intake run`), as production runs it, with seeded users."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import IO

from app.build import build_core, open_database
from dialogs import events as ev
from dialogs import service as svc
from storage.stores import respondent_store
from tests.bot.harness import settings_for
from tests.fakebotapi import FakeBotAPI
from tests.scripted import events_for

ROOT = Path(__file__).resolve().parents[2]


def bot_env(api: FakeBotAPI, db: Path, **extra: str) -> dict[str, str]:
    """The environment of a bot process talking to `api`, storing into the SQLite file `db`."""
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "OUTBOX_DIR": str(db.parent / "outbox"),
        **extra,
    }


async def start_process(
    env: dict[str, str], stderr: IO[bytes] | int | None = asyncio.subprocess.DEVNULL
) -> asyncio.subprocess.Process:
    """`intake run` (`python -m app run`) in the repository, with `env`."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app", "run", env=env, cwd=ROOT, stderr=stderr
    )


async def terminate(process: asyncio.subprocess.Process) -> int:
    """SIGTERM the process if it still runs; its exit code."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), 40)


async def seed_consented(api: FakeBotAPI, db: Path, user_ids: list[int], lang: str = "en") -> None:
    """Respondents who accepted the notice and face the first question, as the bot leaves them."""
    settings = settings_for(api, db)
    core = build_core(settings)
    engine = await open_database(settings)
    store = respondent_store(engine)
    try:
        service = svc.IntakeService(core.dialog_engine, store)
        for user_id in user_ids:
            contact = svc.Contact(user_id, user_id, lang)
            await service.handle(contact, svc.Begin())
            await service.handle(contact, svc.ConsentChoice(True, lang))
    finally:
        await store.close()
        await engine.dispose()


async def seed_submitted(
    api: FakeBotAPI, db: Path, user_id: int, files: dict[str, ev.FileRef], lang: str = "en"
) -> None:
    """A questionnaire answered as the scripted respondent would, with `files`, and submitted.

    Its e-mail waits in the outbox for the bot process to send.
    """
    settings = settings_for(api, db)
    core = build_core(settings)
    engine = await open_database(settings)
    store = respondent_store(engine)
    try:
        service = svc.IntakeService(core.dialog_engine, store)
        contact = svc.Contact(user_id, user_id, lang)
        await service.handle(contact, svc.Begin())
        reply = await service.handle(contact, svc.ConsentChoice(True, lang))
        for _ in range(200):
            review = next((o for o in reply.outputs if isinstance(o, ev.ShowReview)), None)
            if review is not None:
                reply = await service.handle(contact, svc.SubmitRequest(review.draft))
                assert reply.submitted, reply
                return
            ask = [o for o in reply.outputs if isinstance(o, ev.Ask)][-1]
            file = files.get(ask.question)
            steps: list[ev.Event] = [ev.Upload(file)] if file is not None else events_for(ask)
            for step in steps:
                reply = await service.handle(contact, step)
        raise AssertionError("the questionnaire never reached its review")
    finally:
        await store.close()
        await engine.dispose()

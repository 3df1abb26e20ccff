"""Nothing a respondent wrote reaches the log: not in database errors, not at LOG_LEVEL=DEBUG."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from app.logs import configure_logging
from storage.db import create_engine
from storage.migrate import upgrade
from storage.update_journal import UpdateJournal

NAME = "Jurgita-Privacy"
ANSWER = "Our secret neighbourhood plan"


def update(update_id: int) -> dict[str, object]:
    """A /help message from a named person, as Telegram sends it."""
    user = {"id": 4242, "is_bot": False, "first_name": NAME}
    message = {"message_id": 1, "date": 0, "chat": {"id": 4242, "type": "private"}}
    return {"update_id": update_id, "message": {**message, "from": user, "text": ANSWER}}


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """The program's own logging set-up at LOG_LEVEL=DEBUG, written to a string."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = []
    stream = io.StringIO()
    try:
        assert configure_logging("DEBUG", "text", b"k" * 32, stream) is not None
        yield stream
    finally:
        root.handlers = saved
        root.setLevel(level)
        for name in ("aiosqlite", "asyncpg", "sqlalchemy.engine"):
            logging.getLogger(name).setLevel(logging.NOTSET)


async def test_a_failing_database_write_logs_no_update_at_any_level(
    tmp_path: Path, debug_log: io.StringIO
) -> None:
    # The polling loop's ERROR line when the journal cannot be written (here: no tables yet).
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'none.db'}")
    try:
        with pytest.raises(DBAPIError) as failed:
            await UpdateJournal(engine).record([update(1)], datetime.now(UTC))
    finally:
        await engine.dispose()
    assert NAME not in str(failed.value) and ANSWER not in str(failed.value)
    logging.getLogger("bot.polling").error("fetching updates failed (%s)", failed.value)
    # And a successful write at DEBUG: the drivers do not print the statement's values.
    url = f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
    await upgrade(url)
    engine = create_engine(url)
    try:
        await UpdateJournal(engine).record([update(2)], datetime.now(UTC))
    finally:
        await engine.dispose()
    written = debug_log.getvalue()
    assert "fetching updates failed" in written
    assert NAME not in written and ANSWER not in written


def test_driver_messages_lose_their_values() -> None:
    from app.logs import hide_statement_values

    text = (
        "(sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) duplicate key\n"
        "DETAIL:  Key (email)=(someone@example.org) already exists.\n"
        "[SQL: INSERT INTO t (email) VALUES ($1)]\n"
        "[parameters: ('someone@example.org',)]"
    )
    assert "someone@example.org" not in hide_statement_values(text)
    assert "[SQL: INSERT INTO t (email) VALUES ($1)]" in hide_statement_values(text)

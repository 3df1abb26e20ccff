"""Logging set-up: plain text or one JSON object a line, with the update being handled.

JSON lines carry `time`, `level`, `logger`, `message`, and while an update is handled its
`update_id` and `respondent` (a keyed hash of the Telegram user id: lines of one person can be
followed without the id itself reaching the log). A formatter of our own rather than
python-json-logger: it is thirty lines of the standard library, the field names are ours, and
the hashing needs a filter either way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import sys
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO, Final

TEXT_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_update: ContextVar[tuple[int, int | None] | None] = ContextVar("intake_update", default=None)


def set_update_context(update_id: int, user_id: int | None) -> None:
    """Tag the log records of the current task with this update (until the task ends).

    Not reset on purpose: each update runs in a task of its own (polling) or a request of its
    own (webhook), so aiogram's own "update handled" line, logged after our middleware
    returns, still carries it.
    """
    _update.set((update_id, user_id))


class UpdateContext(logging.Filter):
    """Adds `update_id` and `respondent` (hashed) to every record, or None outside an update."""

    def __init__(self, key: bytes) -> None:
        super().__init__()
        self._key = key

    def respondent(self, user_id: int) -> str:
        """The pseudonym of a Telegram user id in this deployment's logs."""
        digest = hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()
        return digest[:16]

    def filter(self, record: logging.LogRecord) -> bool:
        current = _update.get()
        record.update_id = current[0] if current else None
        user = current[1] if current else None
        chat = getattr(record, "chat", None)
        if isinstance(chat, int):
            # A line about one chat outside an update (a reminder, a notice): its pseudonym.
            user = chat
            pseudonym = self.respondent(chat)
            record.msg, record.args = f"{record.getMessage()} (respondent {pseudonym})", None
            record.chat = None
        record.respondent = self.respondent(user) if user is not None else None
        return True


# SQLAlchemy's rendering of a statement's values, and the DETAIL line PostgreSQL adds to a
# constraint error (it quotes the offending row's values): names, answers, whole updates.
_STATEMENT_VALUES = re.compile(r"\[parameters: .*\]$|DETAIL: .*$", re.MULTILINE)
_HIDDEN = "[values hidden]"
# Drivers that print each statement (SQLAlchemy at INFO, values at DEBUG): WARNING at least.
QUIET_DRIVERS: Final = ("aiosqlite", "asyncpg", "sqlalchemy.engine")


def hide_statement_values(text: str) -> str:
    """The text with any database statement's values (and PostgreSQL's DETAIL) removed."""
    return _STATEMENT_VALUES.sub(_HIDDEN, text)


class StatementValues(logging.Filter):
    """Removes database statements' values from every record's message and exception."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: the redaction filter reports it
            return True
        record.msg, record.args = hide_statement_values(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_info = None  # formatters use exc_text, cleaned below, instead
        if record.exc_text:
            record.exc_text = hide_statement_values(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ("update_id", "respondent"):
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:  # already rendered (and redacted) by bot.redaction's filter
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


class _Handler(logging.StreamHandler[IO[str]]):
    """The handler configure_logging installs (recognised when it is called again).

    Without a stream it writes to whatever `sys.stderr` is at the time of each record, so that
    a replaced stderr (a test's capture) is followed rather than written to after it closed.
    """

    def __init__(self, stream: IO[str] | None) -> None:
        super().__init__(stream or sys.stderr)
        self._follow_stderr = stream is None

    def emit(self, record: logging.LogRecord) -> None:
        if self._follow_stderr:
            self.stream = sys.stderr
        super().emit(record)


def log_key(token: str | None) -> bytes:
    """The key of respondent pseudonyms: stable for a bot (derived from its secret token)."""
    if token is None:
        return secrets.token_bytes(32)
    return hashlib.sha256(b"cecops-intake log pseudonyms\0" + token.encode()).digest()


def configure_logging(
    level: str, fmt: str, key: bytes, stream: IO[str] | None = None
) -> logging.Handler | None:
    """Log to `stream` (stderr) in `fmt` ("text" or "json"), replacing a handler set up before.

    Like logging.basicConfig, it changes nothing when something else (a test runner, a program
    embedding this one) has already given the root logger a handler; None then.
    """
    root = logging.getLogger()
    if any(not isinstance(h, _Handler) for h in root.handlers):
        return None
    handler = _Handler(stream)
    handler.addFilter(UpdateContext(key))
    handler.addFilter(StatementValues())
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in QUIET_DRIVERS:
        driver = logging.getLogger(name)
        driver.setLevel(max(root.level, logging.WARNING))
    return handler

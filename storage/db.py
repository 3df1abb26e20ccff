"""The database engine and write transactions: SQLite by default, PostgreSQL in production.

Every write goes through `write_transaction()`, which takes the write lock up front:
on SQLite `BEGIN IMMEDIATE` (concurrent writers wait on busy_timeout instead of failing with
"database is locked" when a read transaction tries to upgrade), on PostgreSQL an advisory
transaction lock on the given key (the respondent's user id), released at commit or rollback.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from typing import Any, Final

import orjson
from sqlalchemy import Connection, Engine, event, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

DEFAULT_DATABASE_URL: Final = "sqlite+aiosqlite:///./intake.db"
SQLITE_BUSY_TIMEOUT_MS: Final = 15_000
SQLITE_MMAP_BYTES: Final = 1 << 30  # the file mapped up to 1 GiB (100,000 submissions: 0.9 GiB)
SUPPORTED_DIALECTS: Final = ("sqlite", "postgresql")

# Execution option for read-only SQLite work (exports, digests): a deferred BEGIN lets it run
# beside a writer. Everything else begins IMMEDIATE, which is never wrong, only more serial.
SQLITE_BEGIN: Final = "sqlite_begin"
READ_ONLY: Final[dict[str, Any]] = {SQLITE_BEGIN: "DEFERRED"}

# 19 digits in a row are searched in every document read: every digit made a 0, then a run
# of nineteen 0s found as a substring (3 times faster than a regular expression, which tried
# a match at each character: 0.9 s of an export of 100,000 submissions).
_DIGITS_AS_ZERO: Final = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER: Final = b"0" * 19

_ADVISORY_LOCK = text("SELECT pg_advisory_xact_lock(:key)")

# One in-process gate per SQLite engine: SQLite has a single writer anyway, and tasks queueing
# on an asyncio.Lock are handed the turn at once, whereas connections polling the busy handler
# sleep up to 100 ms between tries. Other processes still wait on BEGIN IMMEDIATE + busy_timeout.
_sqlite_gates: weakref.WeakKeyDictionary[Engine, asyncio.Lock] = weakref.WeakKeyDictionary()


def dumps_json(value: Any) -> str:
    # Keep non-ASCII answers readable in the database (and findable when checking an erasure).
    return json.dumps(value, ensure_ascii=False)


class DatabaseUrlError(ValueError):
    """DATABASE_URL cannot be used: `malformed` (not a URL) or an unsupported database."""

    def __init__(self, value: str, *, malformed: bool) -> None:
        super().__init__("malformed database URL" if malformed else "unsupported database")
        self.malformed = malformed


# What hosting providers hand out (postgres://, postgresql://) and plain sqlite:// name the
# driver this program uses.
_DRIVERS: Final = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
}


def database_url(value: str) -> str:
    """`value` as this program connects to it (asyncpg or aiosqlite); DatabaseUrlError if it
    is not a URL or not a SQLite or PostgreSQL database."""
    try:
        url = make_url(value.strip())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUrlError(value, malformed=True) from None
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise DatabaseUrlError(value, malformed=False)
    url = url.set(drivername=driver)
    if driver == "postgresql+asyncpg" and "sslmode" in url.query:
        # libpq's sslmode=require (in most hosted URLs) is asyncpg's ssl=require.
        mode = url.query["sslmode"]
        url = url.difference_update_query(["sslmode"]).update_query_dict({"ssl": mode})
    return url.render_as_string(hide_password=False)


def loads_json(text: str | bytes) -> Any:
    """JSON read back from the database, as json.loads would return it, only faster."""
    # orjson decodes several times faster (an export decodes a document per submission, the
    # bot one per update). It reads an integer beyond 64 bits as a float, so a document with
    # 19 digits in a row (maybe in a string: then only slower) goes to the standard library,
    # as does what orjson refuses but json.dumps may have written (NaN, Infinity).
    # (A lone surrogate passes into the bytes; orjson then refuses them, json.loads decides.)
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, bytes | bytearray):
        data = text
    else:  # SQLite hands a JSON expression's number over as a number: json.loads's TypeError
        return json.loads(text)  # (SQLAlchemy's JSON type then keeps the number)
    if _LONG_NUMBER not in data.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def create_engine(url: str, **options: Any) -> AsyncEngine:
    """An async engine for `url`, configured for concurrent use; `options` go to SQLAlchemy."""
    dialect = make_url(url).get_backend_name()
    if dialect not in SUPPORTED_DIALECTS:
        raise ValueError(f"unsupported database {dialect!r}: use SQLite or PostgreSQL")
    # Statement values are answers, names, whole updates: never in an error's text or a log.
    options.setdefault("hide_parameters", True)
    options.setdefault("json_serializer", dumps_json)
    options.setdefault("json_deserializer", loads_json)
    if dialect == "postgresql":
        options.setdefault("pool_size", 20)
        options.setdefault("max_overflow", 0)
        options.setdefault("pool_timeout", 30)
        options.setdefault("pool_recycle", 1800)
        # No ping before each checkout: it is a round trip per update. After a PostgreSQL
        # restart the first statement on a dead connection fails, SQLAlchemy then discards
        # every older connection of the pool, and a respondent unit redoes its action
        # (storage.respondents); other work fails once and is retried by its own loop.
        options.setdefault("pool_pre_ping", False)
        return create_async_engine(url, **options)
    # As many connections as before (5 + 10 overflow), but all kept: an overflow connection
    # is closed when returned, and reopening one starts an aiosqlite thread and runs the
    # pragmas again (20 to 40 times per 2,400 updates of the benchmark's 50 respondents).
    options.setdefault("pool_size", 15)
    options.setdefault("max_overflow", 0)
    engine = create_async_engine(url, **options)
    event.listen(engine.sync_engine, "connect", configure_sqlite)
    event.listen(engine.sync_engine, "begin", begin_sqlite)
    _sqlite_gates[engine.sync_engine] = asyncio.Lock()
    return engine


def configure_sqlite(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Take transaction control away from the sqlite3 driver: begin_sqlite emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode, NORMAL skips the fsync at each commit but not the write: a committed
        # transaction is in the WAL file (the OS page cache) before COMMIT returns, so it
        # survives the process being killed; only an OS crash or power cut can lose the last
        # commits, and even then the database stays consistent.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, not left in free pages for anyone reading
        # the file (or a backup of it) to find after an erasure.
        cursor.execute("PRAGMA secure_delete = ON")
        # Read the file through memory mapping, shared by every connection, where each one's
        # 2 MB page cache went back to the OS for the pages of 100,000 submissions' indexes
        # at every query (a filtered search: 20 ms less CPU of 100).
        cursor.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
    finally:
        cursor.close()


def begin_sqlite(conn: Connection) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


@asynccontextmanager
async def _turn(gate: asyncio.Lock) -> AsyncIterator[None]:
    # Give up after busy_timeout, as SQLite would: a unit opened inside another (a bug) then
    # fails instead of waiting forever.
    async with asyncio.timeout(SQLITE_BUSY_TIMEOUT_MS / 1000):
        await gate.acquire()
    try:
        yield
    finally:
        gate.release()


@asynccontextmanager
async def write_transaction(
    engine: AsyncEngine, lock_key: int | None = None
) -> AsyncIterator[AsyncConnection]:
    """One transaction holding the write lock (and `lock_key`'s lock on PostgreSQL) throughout.

    Commits on normal exit and rolls back on an exception.
    """
    gate = _sqlite_gates.get(engine.sync_engine)
    turn: AbstractAsyncContextManager[None] = _turn(gate) if gate is not None else nullcontext()
    async with turn, engine.connect() as conn, conn.begin():
        if lock_key is not None and conn.dialect.name == "postgresql":
            await conn.execute(_ADVISORY_LOCK, {"key": lock_key})
        yield conn


def raise_if_cancelled() -> None:
    """Re-raise a cancellation of the current task that a database call swallowed.

    Long-lived loops call this after their database work: asyncpg (under SQLAlchemy) can swallow
    a cancellation that lands mid-query, leaving the task "cancelling" but running, and a loop
    that then waits again never stops (seen as a hung shutdown and a hung test).
    """
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError

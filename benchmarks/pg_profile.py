"""Where the time of one update goes on PostgreSQL: statements, round trips and time per statement.

`python -m benchmarks.pg_profile [--respondents N]` runs B1 saturation against a throwaway
database (BENCH_POSTGRES_URL or TEST_POSTGRES_URL) and counts, through SQLAlchemy's engine and
pool events, what each update costs: pool checkouts (each with a ping when pre-ping is on),
BEGIN, statements by kind with their mean time from send to result, COMMIT. The time between an
update arriving and its reply covers the rest (aiogram, the engine, waiting for the pool or the
respondent's lock).

It also reads the CPU time of the PostgreSQL server processes serving the benchmark's database
(on this machine, through psutil): the SQLite path's storage work runs inside the bot process
and counts in its CPU, PostgreSQL's runs in the server and does not.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import event, make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from benchmarks import b1_dispatch


class Tally:
    """Statement counts and times, collected from engine events."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self._started: dict[int, float] = {}

    def attach(self, engine: AsyncEngine) -> None:
        sync = engine.sync_engine

        @event.listens_for(sync, "before_cursor_execute")
        def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            self._started[id(cursor)] = time.perf_counter()

        @event.listens_for(sync, "after_cursor_execute")
        def after(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            began = self._started.pop(id(cursor), None)
            kind = kind_of(statement)
            self.count[kind] += 1
            if began is not None:
                self.seconds[kind] += time.perf_counter() - began

        @event.listens_for(sync, "begin")
        def begin(conn: Any) -> None:
            # An autocommit connection begins only in SQLAlchemy: nothing is sent.
            autocommit = conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
            self.count["reads without a transaction" if autocommit else "BEGIN"] += 1

        @event.listens_for(sync, "commit")
        def commit(conn: Any) -> None:
            self.count["COMMIT"] += 1

        @event.listens_for(sync, "rollback")
        def rollback(conn: Any) -> None:
            if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
                self.count["ROLLBACK"] += 1

        @event.listens_for(sync.pool, "checkout")
        def checkout(*_: Any) -> None:
            self.count["pool checkout"] += 1

    def report(self, updates: int) -> str:
        lines = [f"{'what':<44} {'per update':>10} {'mean ms':>8}"]
        for kind, n in sorted(self.count.items(), key=lambda kv: -kv[1]):
            mean = self.seconds[kind] / n * 1000 if kind in self.seconds else float("nan")
            lines.append(f"{kind:<44} {n / updates:>10.2f} {mean:>8.2f}")
        executes = sum(n for k, n in self.count.items() if k in self.seconds)
        lines.append(f"{'statements (cursor executes)':<44} {executes / updates:>10.2f}")
        trips = executes + sum(self.count[k] for k in ("BEGIN", "COMMIT", "ROLLBACK"))
        lines.append(
            f"{'round trips (with BEGIN, COMMIT, ROLLBACK)':<44} {trips / updates:>10.2f}"
        )
        return "\n".join(lines)


def kind_of(statement: str) -> str:
    """A short name for a statement: its verb and first table."""
    words = statement.split()
    text = " ".join(words)
    for marker in ("pg_advisory_xact_lock", "SELECT 1", ";"):
        if marker in text[:60]:
            return text[:50]
    verb = words[0].upper() if words else "?"
    table = ""
    for keyword in ("INTO", "FROM", "UPDATE"):
        if keyword in words:
            at = words.index(keyword) + (0 if keyword == "UPDATE" and verb == "UPDATE" else 1)
            table = words[at] if at < len(words) else ""
            break
    if verb == "UPDATE" and len(words) > 1:
        table = words[1]
    return f"{verb} {table}".strip()


async def profile(server_url: str, respondents: int) -> None:
    async with b1_dispatch.scratch_database(server_url) as url:
        with tempfile.TemporaryDirectory() as tmp:
            target, app = await b1_dispatch.intake_target(url, Path(tmp))
            assert target.engine is not None
            engine = app_engine(app)
            tally = Tally()
            tally.attach(engine)
            steps = b1_dispatch.script(target.engine)
            database = make_url(url).database or ""
            server = b1_dispatch.backend_cpu(database)
            cpu = time.process_time()
            try:
                speed, updates, _ = await b1_dispatch.saturation(target, steps, respondents)
            finally:
                cpu = time.process_time() - cpu
                after = b1_dispatch.backend_cpu(database)
                server_cpu = sum(t - server.get(pid, 0.0) for pid, t in after.items())
                await app.stop()
    print(f"B1 saturation, {respondents} respondents: {speed:,.0f} updates/s, {updates} updates")
    print(
        f"bot process CPU per update: {cpu / updates * 1000:.2f} ms; wall per update "
        f"{1000 / speed:.2f} ms"
    )
    print(
        f"PostgreSQL server CPU per update (its processes on this database): "
        f"{server_cpu / updates * 1000:.2f} ms"
    )
    print(tally.report(updates))


def app_engine(app: Any) -> AsyncEngine:
    """The application's engine (its dispose is among the clean-up callbacks)."""
    for cleanup in app.cleanup:
        owner = getattr(cleanup, "__self__", None)
        if isinstance(owner, AsyncEngine):
            return owner
    raise LookupError("no engine among the app's clean-up callbacks")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--respondents", type=int, default=50)
    args = parser.parse_args()
    url = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    if not url:
        raise SystemExit("set BENCH_POSTGRES_URL or TEST_POSTGRES_URL")
    asyncio.run(profile(url, args.respondents))


if __name__ == "__main__":
    main()

"""B5: the staff workspace with 10,000 submissions: server time of the list's first page, a
filtered search, and the overview, on SQLite and PostgreSQL.

The server runs in this process on 127.0.0.1; each request's own time is read from the
`Server-Timing: app;dur=…` header the workspace sets (handler, queries and template; not the
network or the client). The round trip seen by the client is reported beside it, and the CPU
time this process spent per request (on SQLite that includes the database's work), which a
busy shared machine changes far less than the wall-clock times.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from admin.web.app import build_web_app
from admin.web.security import COOKIE
from app.build import build_core, open_database
from app.build_web import build_workspace
from app.settings import Settings
from benchmarks.b1_dispatch import scratch_database
from storage.models import DRAFT
from storage.web_auth import open_session
from tests.admin.factory import T0, Row, insert_rows, sample_answers

SUBMISSIONS = 10_000
DRAFTS = 1_000
REQUESTS = 60  # per page, after a few warm-up requests
WARM_UP = 5
TARGET_MS = 200.0
STAFF = 1
CHUNK = 5_000

COUNTRIES = ("IT", "FR", "LT", "BE", "GB", "ES", "DE", "NL")
ACTIVITIES = ("patrolling", "surveillance", "reassurance", "mediation", "victim_support")
SETTINGS = ("schools", "night", "transport", "public_space", "residential", "events")
PAGES = {
    "list, first page": "/submissions",
    "filtered search (text + country + status)": "/submissions?q=bus+stop&country=IT&triage=new",
    "overview": "/overview",
}


def answers_for(n: int) -> dict[str, Any]:
    """A complete questionnaire, varied so that filters and facets have something to do."""
    return sample_answers(
        org_name=f"Organisation {n}",
        initiative_name=f"Initiative {n}",
        city=f"City {n % 300}",
        country=COUNTRIES[n % len(COUNTRIES)],
        description=f"Volunteers at the {'bus stop' if n % 10 == 0 else 'market'} n° {n}.",
        activities={"choices": [ACTIVITIES[n % 5], ACTIVITIES[(n // 5) % 5]]},
        settings={"choices": [SETTINGS[n % 6]]},
    )


async def realistic_states(db: Any) -> None:
    """Put every answer into each submission's engine state, as the bot does: the language the
    list shows is read from that (large) document."""
    async with db.begin() as conn:
        if conn.dialect.name == "postgresql":
            await conn.exec_driver_sql(
                "UPDATE submissions SET state = jsonb_set(state, '{answers}', "
                "(SELECT jsonb_object_agg(question_id, value) FROM answers "
                "WHERE answers.submission_id = submissions.id))"
            )
        else:
            await conn.exec_driver_sql(
                "UPDATE submissions SET state = json_set(state, '$.answers', "
                "(SELECT json_group_object(question_id, json(value)) FROM answers "
                "WHERE answers.submission_id = submissions.id))"
            )


async def populate(db: Any, submissions: int, drafts: int) -> None:
    for first in range(0, submissions, CHUNK):
        rows = [
            Row(
                user_id=n + 1,
                answers=answers_for(n),
                lang=("en", "fr", "it", "lt")[n % 4],
                created_at=T0 + timedelta(minutes=n * 7),
                reference=f"CECOPS-{n:06d}",
                id=uuid.UUID(int=n + 1),
            )
            for n in range(first, min(first + CHUNK, submissions))
        ]
        await insert_rows(db, rows)
    await insert_rows(
        db,
        [
            Row(
                user_id=submissions + n + 1,
                answers={"org_name": f"Draft {n}", "city": "Gent"},
                status=DRAFT,
                created_at=T0 + timedelta(hours=n),
            )
            for n in range(drafts)
        ],
    )
    await realistic_states(db)


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


async def measure(database_url: str, label: str, submissions: int) -> list[dict[str, Any]]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        staff_ids=[STAFF],
        log_level="WARNING",
    )
    core = build_core(settings)
    db = await open_database(settings)
    rows: list[dict[str, Any]] = []
    try:
        started = time.perf_counter()
        await populate(db, submissions, DRAFTS)
        print(f"B5 {label}: {submissions} submissions in {time.perf_counter() - started:.0f} s")
        workspace = build_workspace(core, db)
        session = await open_session(db, STAFF, workspace.now())
        runner = web.AppRunner(build_web_app(workspace), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        try:
            async with aiohttp.ClientSession(cookies={COOKIE: session}) as http:
                for name, path in PAGES.items():
                    server: list[float] = []
                    client: list[float] = []
                    cpu: list[float] = []
                    for index in range(WARM_UP + REQUESTS):
                        began = time.perf_counter()
                        cpu_began = time.process_time()
                        async with http.get(f"http://127.0.0.1:{port}{path}") as response:
                            assert response.status == 200, (path, response.status)
                            await response.read()
                            timing = response.headers["Server-Timing"]
                        if index >= WARM_UP:
                            client.append((time.perf_counter() - began) * 1000)
                            cpu.append((time.process_time() - cpu_began) * 1000)
                            server.append(float(timing.split("dur=")[1]))
                    p95 = percentile(server, 95)
                    rows.append(
                        {
                            "bench": f"B5 workspace {name}, {submissions:,} submissions ({label})",
                            "unit": "ms",
                            "server p50": statistics.median(server),
                            "server p95": p95,
                            "round trip p95": percentile(client, 95),
                            # This process's CPU (server, client and, on SQLite, the database)
                            # per request: what the page costs, whatever else the machine runs.
                            "CPU ms/request": statistics.mean(cpu),
                            "requests": REQUESTS,
                            "p95 < 200 ms": "yes" if p95 < TARGET_MS else "NO",
                        }
                    )
        finally:
            await runner.cleanup()
    finally:
        await db.dispose()
    return rows


async def run_async(postgres_url: str | None, submissions: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        rows += await measure(url, "SQLite", submissions)
    if postgres_url:
        async with scratch_database(postgres_url) as url:
            rows += await measure(url, "PostgreSQL", submissions)
    return rows


def run(postgres_url: str | None, submissions: int = SUBMISSIONS) -> list[dict[str, Any]]:
    """Every B5 row: SQLite always, PostgreSQL when a server URL is given."""
    return asyncio.run(run_async(postgres_url, submissions))

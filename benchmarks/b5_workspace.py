"""B5: the staff workspace at 1,000, 10,000 and 100,000 submissions, on SQLite and PostgreSQL.

Per size: server time of the list's first page, a filtered search (words + country + triage
status + an activity facet), one submission, the overview and the review ranking of a round
holding 10 % of the submissions (`benchmarks.b5_round`); the CSV and XLSX downloads of
everything submitted and the guide (DOCX, and PDF up to `GUIDE_PDF_UP_TO`) of the 1 % selected;
each page's p95 against the targets (< 100 ms at 10,000, < 250 ms at 100,000). The same
figures make the cost curve (time against size, `benchmarks.plot`).

The sizes are measured side by side: one database per size, each built from empty, all served
at once; each page's requests, and each download's rounds, go to the sizes in turn. The
1,000 → 100,000 ratios then compare requests made within the same seconds.

The server runs in this process on 127.0.0.1; a page's own time is read from the
`Server-Timing: app;dur=…` header the workspace sets (handler, queries and template; not the
network or the client). Downloads stream, so they are timed by the client to the last byte.
The CPU time this process spent per request is reported beside it (on SQLite that includes
the database's work): a busy shared machine changes it far less than wall-clock times.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Final

import aiohttp
from aiohttp import web
from sqlalchemy import delete, insert
from sqlalchemy.exc import DBAPIError

from admin.web.app import build_web_app
from admin.web.security import COOKIE
from app.build import build_core, open_database
from app.build_web import build_workspace
from app.settings import Settings
from benchmarks.b1_dispatch import scratch_database
from benchmarks.b5_round import extend_round, open_round
from storage.counts import refill
from storage.maintenance import refresh_statistics
from storage.models import (
    DRAFT,
    answers,
    respondents,
    search_choices,
    search_documents,
    submissions,
    workspace_counts,
)
from storage.search import choice_rows, index_row
from storage.web_auth import open_session
from tests.admin.factory import T0, sample_answers

SIZES: Final = (1_000, 10_000, 100_000)
DRAFTS = 1_000
# Per page and size, after a few warm-up requests. As many at every size: the p95 of 20 is the
# second slowest of 20, that of 40 the second of 40, and the 1,000 → 100,000 ratios compared
# one with the other (a few seconds more).
REQUESTS = 40
WARM_UP = 3
DOWNLOADS = 3  # rounds of each download at every size (the median is kept)
STAFF = 1
CHUNK = 5_000
TARGET_MS = {10_000: 100.0, 100_000: 250.0}

COUNTRIES = ("IT", "FR", "LT", "BE", "GB", "ES", "DE", "NL")
ACTIVITIES = ("patrolling", "surveillance", "reassurance", "mediation", "victim_support")
SETTINGS = ("schools", "night", "transport", "public_space", "residential", "events")
PAGES: Final = {
    "list, first page": "/submissions",
    "filtered search (words + country + triage + activity)": (
        "/submissions?q=bus+stop&country=IT&triage=new&activity=patrolling"
    ),
    "one submission": "/submissions/CECOPS-000123",
    "overview": "/overview",
}
DOWNLOADS_PATHS: Final = {"CSV export": "/submissions.csv", "XLSX export": "/submissions.xlsx"}
# The operations' names on the cost curve.
SHORT: Final = {
    "list, first page": "list",
    "filtered search (words + country + triage + activity)": "search",
    "one submission": "submission",
    "overview": "overview",
    "review ranking": "ranking",
    "CSV export": "CSV",
    "XLSX export": "XLSX",
    "guide DOCX (the 1 % selected)": "guide",
    "guide PDF (the 1 % selected)": "guide PDF",
}
GUIDE_PATHS: Final = {
    "guide DOCX (the 1 % selected)": "/guide.docx?status=selected&lang=en",
    "guide PDF (the 1 % selected)": "/guide.pdf?status=selected&lang=en",
}
# The PDF (Typst) of 1,000 experiences takes over a minute of CPU: measured up to this size.
GUIDE_PDF_UP_TO: Final = 10_000


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


async def populate(db: Any, first: int, last: int, drafts: int = 0) -> None:
    """Submissions `first`..`last - 1` (and `drafts` drafts), in bulk: a few executemany
    statements per chunk, each submission's engine state holding its answers as the bot's.

    On PostgreSQL the counts' triggers are off while loading (executemany runs a statement,
    and fires its triggers, per row: 10,000 took 40 s instead of a few) and the counts are
    recounted at the end, as an administrator's bulk import would do."""
    postgresql = db.dialect.name == "postgresql"
    for start in range(first, last, CHUNK):
        numbers = range(start, min(start + CHUNK, last))
        rows = [_submission(n) for n in numbers]
        async with db.begin() as conn:
            if postgresql:
                await conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            await conn.execute(insert(respondents), [_respondent(n) for n in numbers])
            await conn.execute(insert(submissions), [r for r, _ in rows])
            await conn.execute(
                insert(answers),
                [
                    {"submission_id": r["id"], "question_id": q, "value": v}
                    | {"answered_at": r["created_at"]}
                    for r, given in rows
                    for q, v in given.items()
                ],
            )
            await conn.execute(
                insert(search_documents), [index_row(r["id"], given) for r, given in rows]
            )
            await conn.execute(
                insert(search_choices),
                [c for r, given in rows for c in choice_rows(r["id"], given)],
            )
    if drafts:
        async with db.begin() as conn:
            if postgresql:
                await conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            base = 10_000_000
            await conn.execute(insert(respondents), [_respondent(base + n) for n in range(drafts)])
            await conn.execute(insert(submissions), [_draft(base + n) for n in range(drafts)])
    if postgresql:
        async with db.begin() as conn:
            await conn.execute(delete(workspace_counts))
            await conn.execute(refill())


def _respondent(n: int) -> dict[str, Any]:
    at = T0 + timedelta(minutes=n)
    return {"user_id": n + 1, "chat_id": n + 1, "language": None, "blocked": False} | {
        "first_seen_at": at,
        "last_seen_at": at,
    }


def _submission(n: int) -> tuple[dict[str, Any], dict[str, Any]]:
    given = answers_for(n)
    lang = ("en", "fr", "it", "lt")[n % 4]
    created = T0 + timedelta(minutes=n * 7)
    row = {
        "id": uuid.UUID(int=n + 1),
        "reference": f"CECOPS-{n:06d}",
        "respondent_id": n + 1,
        "questionnaire_version": "1",
        "status": "submitted",
        "state": {"lang": lang, "phase": "submitted", "answers": given},
        "language": lang,
        "source": None,
        "created_at": created,
        "updated_at": created + timedelta(hours=1),
        "submitted_at": created + timedelta(hours=1),
    }
    return row, given


def _draft(n: int) -> dict[str, Any]:
    at = T0 + timedelta(minutes=n)
    return {
        "id": uuid.UUID(int=n + 1),
        "reference": None,
        "respondent_id": n + 1,
        "questionnaire_version": "1",
        "status": DRAFT,
        "state": {"lang": "en", "phase": "question", "current": "city", "answers": {}},
        "language": "en",
        "source": None,
        "created_at": at,
        "updated_at": at,
        "submitted_at": None,
    }


async def _analyze(db: Any) -> None:
    """Fresh planner statistics, as the application's housekeeping round gathers them on
    SQLite (`refresh_statistics`); on PostgreSQL what autovacuum does after a bulk load in
    production: VACUUM (the visibility map, without which an index-only scan still reads
    every heap page) and ANALYZE. ANALYZE alone left the list and overview 2-3x slower.
    Then a CHECKPOINT: the load's gigabyte of WAL otherwise starts checkpoints that PostgreSQL
    spreads over the next minutes (`checkpoint_completion_target`), writing during the
    measures (one run's pages at 100,000 all took twice as long, the flat list too)."""
    if db.dialect.name != "postgresql":
        await refresh_statistics(db)
        return
    async with db.connect() as raw:
        conn = await raw.execution_options(isolation_level="AUTOCOMMIT")
        await conn.exec_driver_sql("VACUUM ANALYZE")
        try:
            await conn.exec_driver_sql("CHECKPOINT")
        except DBAPIError:  # a role without pg_checkpoint: measured without it
            print("B5: CHECKPOINT refused (needs superuser or pg_checkpoint)", flush=True)


def percentile(values: Sequence[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def _load() -> float:
    return os.getloadavg()[0]


@dataclass(frozen=True)
class _Site:
    """One size's database, served on 127.0.0.1, and a staff member's client for it."""

    size: int
    base: str
    http: aiohttp.ClientSession
    pages: dict[str, str]


async def _timed_page(site: _Site, path: str) -> tuple[float, float]:
    """One request: the server's own time and this process's CPU time, both in ms."""
    cpu_began = time.process_time()
    async with site.http.get(site.base + path) as response:
        assert response.status == 200, (path, response.status)
        await response.read()
        timing = response.headers["Server-Timing"]
    return float(timing.split("dur=")[1]), (time.process_time() - cpu_began) * 1000


async def _timed_download(site: _Site, path: str) -> tuple[float, float, int]:
    """One download to its last byte: wall seconds, CPU seconds and bytes."""
    began, cpu_began = time.perf_counter(), time.process_time()
    async with site.http.get(site.base + path) as response:
        assert response.status == 200, (path, response.status)
        size = len(await response.read())
    return time.perf_counter() - began, time.process_time() - cpu_began, size


def _turns(sites: Sequence[_Site], turn: int) -> list[_Site]:
    """The sites in a rotating order, so that no size always follows the same one."""
    shift = turn % len(sites)
    return [*sites[shift:], *sites[:shift]]


async def _pages(sites: Sequence[_Site], requests: int) -> dict[int, dict[str, dict[str, float]]]:
    """Every page at every size, the sizes' requests interleaved (one page at a time)."""
    got: dict[int, dict[str, dict[str, float]]] = {site.size: {} for site in sites}
    for name in sites[0].pages:
        server: dict[int, list[float]] = {site.size: [] for site in sites}
        cpu: dict[int, list[float]] = {site.size: [] for site in sites}
        for turn in range(WARM_UP + requests):
            for site in _turns(sites, turn):
                server_ms, cpu_ms = await _timed_page(site, site.pages[name])
                if turn >= WARM_UP:
                    server[site.size].append(server_ms)
                    cpu[site.size].append(cpu_ms)
        for site in sites:
            got[site.size][name] = {
                "p50": statistics.median(server[site.size]),
                "p95": percentile(server[site.size], 95),
                "cpu": statistics.mean(cpu[site.size]),
            }
    return got


async def _downloads(sites: Sequence[_Site], times: int) -> dict[int, dict[str, dict[str, float]]]:
    """Every download at every size, `times` rounds of the sizes in turn; the medians."""
    got: dict[int, dict[str, dict[str, float]]] = {site.size: {} for site in sites}
    for name, path in (DOWNLOADS_PATHS | GUIDE_PATHS).items():
        taking = [s for s in sites if "PDF" not in name or s.size <= GUIDE_PDF_UP_TO]
        seen: dict[int, list[tuple[float, float, int]]] = {s.size: [] for s in taking}
        for turn in range(times):
            for site in _turns(taking, turn):
                seen[site.size].append(await _timed_download(site, path))
        for size, runs in seen.items():
            got[size][name] = {
                "seconds": statistics.median(r[0] for r in runs),
                "cpu": statistics.median(r[1] for r in runs),
                "bytes": runs[-1][2],
            }
    return got


def _rows_for(
    label: str, size: int, load: float, pages: dict[str, dict[str, float]], requests: int
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    target = TARGET_MS.get(size)
    for name, got in pages.items():
        head = {
            "_bench": "B5",
            "_store": label,
            "_size": size,
            "_operation": SHORT.get(name, name),
            "bench": f"B5 workspace {name}, {size:,} submissions ({label})",
        }
        if "p95" in got:
            rows.append(
                head
                | {
                    "_measure": f"{name}, {size:,} submissions, server p95",
                    "unit": "ms",
                    "intake": got["p95"],
                    "server p50": got["p50"],
                    "server p95": got["p95"],
                    "CPU ms/request": got["cpu"],
                    "requests": requests,
                    "target ms": target,
                    "met": None if target is None else ("yes" if got["p95"] < target else "NO"),
                    "load": load,
                }
            )
        else:
            rows.append(
                head
                | {
                    "_measure": f"{name}, {size:,} submissions, seconds to the last byte",
                    "unit": "s",
                    "intake": got["seconds"],
                    "CPU s": got["cpu"],
                    "MB": got["bytes"] / 1e6,
                    "load": load,
                }
            )
    return rows


async def _serve(stack: AsyncExitStack, database_url: str, size: int, label: str) -> _Site:
    """A database of `size` submissions, built from empty, and its workspace served."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        staff_ids=[STAFF],
        log_level="WARNING",
    )
    core = build_core(settings)
    db = await open_database(settings)
    stack.push_async_callback(db.dispose)
    started = time.perf_counter()
    workspace = build_workspace(core, db)
    round_id = await open_round(db, STAFF)
    await populate(db, 0, size, DRAFTS)
    await extend_round(db, round_id, workspace.review_form, STAFF, 0, size)
    await _analyze(db)
    print(
        f"B5 {label}: {size:,} submissions ready ({time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    session = await open_session(db, STAFF, workspace.now())
    runner = web.AppRunner(build_web_app(workspace), access_log=None)
    await runner.setup()
    stack.push_async_callback(runner.cleanup)
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    http = await stack.enter_async_context(aiohttp.ClientSession(cookies={COOKIE: session}))
    pages = PAGES | {"review ranking": f"/reviews/rounds/{round_id}"}
    return _Site(size, f"http://127.0.0.1:{port}", http, pages)


async def measure(urls: dict[int, str], label: str) -> list[dict[str, Any]]:
    """Builds one database per size, then measures them side by side: each page's requests
    go to the sizes in turn, and so do the downloads. Measured one size after the other,
    minutes apart, the ratios between sizes carried the machine's changes of speed (a
    shared virtual machine's can move 1.5x within a run)."""
    async with AsyncExitStack() as stack:
        sites = [await _serve(stack, url, size, label) for size, url in sorted(urls.items())]
        load_before = _load()
        pages = await _pages(sites, REQUESTS)
        downloads = await _downloads(sites, DOWNLOADS)
        load = max(load_before, _load())
    rows: list[dict[str, Any]] = []
    for size in sorted(urls):
        rows += _rows_for(label, size, load, pages[size] | downloads[size], REQUESTS)
    return rows


async def run_async(postgres_url: str | None, sizes: Sequence[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        urls = {n: f"sqlite+aiosqlite:///{Path(tmp) / f'bench-{n}.db'}" for n in sizes}
        rows += await measure(urls, "SQLite")
    if postgres_url:
        async with AsyncExitStack() as stack:
            urls = {
                n: await stack.enter_async_context(scratch_database(postgres_url)) for n in sizes
            }
            rows += await measure(urls, "PostgreSQL")
    return rows


def run(postgres_url: str | None, sizes: Sequence[int] = SIZES) -> list[dict[str, Any]]:
    """Every B5 row: SQLite always, PostgreSQL when a server URL is given."""
    return asyncio.run(run_async(postgres_url, sizes))

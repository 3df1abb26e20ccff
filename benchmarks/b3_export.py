"""B3: exporting 100,000 submissions to CSV and XLSX, beside the sqlite3 tool's own CSV dump.

Each export runs as its own process (`intake export`), timed from start to exit, with its peak
resident memory sampled every 20 ms. The floor is `sqlite3 -csv` dumping the answers table:
no rendering, no labels, no formula neutralization, one row per answer.
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import psutil

from storage.db import create_engine
from storage.migrate import upgrade_engine
from tests.admin.factory import T0, Row, insert_rows, sample_answers

SUBMISSIONS = 100_000
CHUNK = 10_000


def answers_for(n: int) -> dict[str, Any]:
    """A complete questionnaire, varied a little so that every cell is not the same."""
    return sample_answers(
        org_name=f"Organisation n° {n} — Comune di Bologna",
        country=("IT", "FR", "LT", "BE", "GB")[n % 5],
        description=f"Initiative {n}: volunteers at bus stops at night.\nSecond line ąčęėįšųūž 🚌",
        volunteer_count=n % 500,
        evaluated={"choice": "yes"},
        evaluation_by="Université de Bologne",
        evaluation_method='Surveys, "before" and after; interviews',
        evaluation_results="=SUM(A1) feel safer",
        lessons="Trust takes time.",
    )


async def build(path: Path, count: int) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await upgrade_engine(engine)
        for first in range(0, count, CHUNK):
            rows = [
                Row(
                    user_id=n,
                    answers=answers_for(n),
                    lang=("en", "fr", "it", "lt")[n % 4],
                    created_at=T0 + timedelta(seconds=n),
                    submitted_at=T0 + timedelta(seconds=n, minutes=30),
                    reference=f"CECOPS-{n:06d}",
                    id=uuid.UUID(int=n + 1),
                )
                for n in range(first, min(first + CHUNK, count))
            ]
            await insert_rows(engine, rows)
    finally:
        await engine.dispose()


def measure(
    command: list[str], env: dict[str, str], out: Path | None = None
) -> tuple[float, float, float]:
    """Seconds from start to exit, peak RSS in MB and CPU seconds (user + system) of one
    command: CPU is what other work on a shared machine disturbs least."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(out, "wb") if out else open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.PIPE)
        peak = 0
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                peak = max(peak, watched.memory_info().rss)
            except psutil.NoSuchProcess:
                break
            time.sleep(0.02)
        _, errors = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {errors.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the commands run one at a time
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, peak / 1024 / 1024, cpu


def run(count: int = SUBMISSIONS) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "export.db"
        asyncio.run(build(db, count))
        env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}", "LOG_LEVEL": "WARNING"}
        intake = [sys.executable, "-m", "app", "export"]
        results = {}
        sqlite3 = shutil.which("sqlite3")
        if sqlite3:
            floor = [sqlite3, "-csv", "-header", str(db), "SELECT * FROM answers;"]
            results["sqlite3 -csv (answers table)"] = measure(floor, env, folder / "floor.csv")
        for fmt in ("csv", "xlsx"):
            out = folder / f"export.{fmt}"
            command = [*intake, "--format", fmt, "--out", str(out)]
            results[f"intake export --format {fmt}"] = measure(command, env)
    floor_seconds, floor_peak, floor_cpu = results.get(
        "sqlite3 -csv (answers table)", (0.0, 0.0, 0.0)
    )
    rows = []
    for name, (seconds, peak, cpu) in results.items():
        row: dict[str, Any] = {
            "_bench": "B3",
            "_store": "SQLite",
            "_measure": f"{name}, {count:,} submissions, seconds (bare: the sqlite3 floor)",
            "_bare": floor_seconds or None,
            "_ratio": seconds / floor_seconds if floor_seconds else None,
            "_unit": "seconds",
            "bench": f"B3 {name}, {count:,} submissions",
            "unit": "seconds / peak RSS MB",
            "intake": seconds,
            "peak MB": peak,
            "CPU s": cpu,
        }
        if floor_seconds:
            row["time / sqlite3 floor"] = seconds / floor_seconds
        if floor_cpu:
            row["CPU / sqlite3 floor"] = cpu / floor_cpu
        rows.append(row)
        rows_peak: dict[str, Any] = {
            "_bench": "B3",
            "_store": "SQLite",
            "_measure": f"{name}, {count:,} submissions, peak RSS (bare: the sqlite3 floor)",
            "_bare": floor_peak or None,
            "_ratio": peak / floor_peak if floor_peak else None,
            "unit": "MB",
            "intake": peak,
        }
        rows.append({**rows_peak, "_table": False})
    return rows

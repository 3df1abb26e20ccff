"""B6: `intake guide` with 200 selected experiences with long answers, to DOCX and to PDF.

Each format runs as its own process (`intake guide`), timed from start to exit (start-up
imports, reading the database, gathering, laying out, writing), its peak memory sampled as the
RSS of the process and of the Typst worker processes it starts, added up. Target for the PDF:
under 20 s and 400 MB on this machine.
"""

from __future__ import annotations

import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import psutil
from pypdf import PdfReader
from sqlalchemy import update

from storage.db import create_engine
from storage.migrate import upgrade_engine
from storage.models import submissions
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.guide.data import long_text

EXPERIENCES: Final = 200
WORDS: Final = 250  # per long answer; eleven long answers an experience
LONG: Final = (
    "description",
    "scope",
    "definition",
    "situational_prevention",
    "evaluation_method",
    "evaluation_results",
    "transfer_conditions",
    "sustainability",
    "safeguards_details",
    "difficulties",
    "lessons",
)
COUNTRIES: Final = ("IT", "FR", "LT", "BE", "ES", "DE", "GB", "PT")
LANGUAGES: Final = ("it", "fr", "lt", "en")
T0: Final = datetime(2026, 6, 1, tzinfo=UTC)


def experience(n: int) -> dict[str, Any]:
    values = sample_answers(
        initiative_name=f"Iniziativa {n:03d} – quartieri sicuri",
        country=COUNTRIES[n % len(COUNTRIES)],
        city=f"Città {n}",
        org_name=f"Comune {n}",
        activities={"choices": [("patrolling", "mediation", "reassurance")[n % 3]]},
        evaluated={"choice": "yes"},
        evaluation_by="Università",
        publish={"choice": "anonymous" if n % 4 == 0 else "yes"},
    )
    values.update({qid: long_text(f"{qid} {n} ąčęėįšųūž œ à", WORDS) for qid in LONG})
    return values


async def build(path: Path, count: int) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await upgrade_engine(engine)
        rows = [
            Row(
                10_000 + n,
                experience(n),
                lang=LANGUAGES[n % len(LANGUAGES)],
                created_at=T0 + timedelta(minutes=n),
                reference=f"CEC-{n:04d}",
                id=uuid.UUID(int=n + 1),
            )
            for n in range(count)
        ]
        await insert_rows(engine, rows)
        async with engine.begin() as conn:
            await conn.execute(update(submissions).values(triage_status="selected"))
    finally:
        await engine.dispose()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from start to exit, CPU seconds (the command and its workers), and the peak of
    the RSS of the command and its children added up (MB)."""
    started, cpu = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
        except psutil.Error:
            pass  # a worker ended between the listing and the reading
        time.sleep(0.02)
    _, errors = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"intake guide failed: {errors.decode(errors='replace')[-2000:]}")
    return time.perf_counter() - started, _children_cpu() - cpu, peak / 1024 / 1024


def run(count: int = EXPERIENCES) -> list[dict[str, Any]]:
    """Seconds and peak RSS of each format; the PDF's page count."""
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "guide.db"
        asyncio.run(build(db, count))
        env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}", "LOG_LEVEL": "WARNING"}
        for fmt in ("docx", "pdf"):
            out = folder / f"guide.{fmt}"
            command = [sys.executable, "-m", "app", "guide", "--lang", "it", "--out", str(out)]
            seconds, cpu, peak = measure(command, env)
            size = out.stat().st_size / 1024 / 1024
            pages = len(PdfReader(out).pages) if fmt == "pdf" else None
            name = f"B6 intake guide → {fmt.upper()}, {count} experiences"
            met = "yes" if seconds < 20 and peak < 400 else "no"
            rows.append(
                {
                    "_bench": "B6",
                    "_store": "SQLite",
                    "_measure": f"guide {fmt}, {count} experiences, seconds",
                    "_unit": "seconds",
                    "bench": name,
                    "unit": "seconds / peak RSS MB",
                    "intake": seconds,
                    "CPU s": cpu,
                    "load average": os.getloadavg()[0],
                    "peak MB": peak,
                    "file MB": size,
                    "pages": pages,
                    "PDF < 20 s and < 400 MB": met if fmt == "pdf" else "",
                }
            )
            for measure_name, unit, value in (("peak RSS", "MB", peak), ("CPU", "seconds", cpu)):
                rows.append(
                    {
                        "_bench": "B6",
                        "_store": "SQLite",
                        "_measure": f"guide {fmt}, {count} experiences, {measure_name}",
                        "unit": unit,
                        "intake": value,
                        "_table": False,
                    }
                )
    return rows

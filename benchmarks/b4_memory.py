"""B4: resident memory of the bot process, idle and with 10,000 open drafts.

Runs in a child process so that nothing else (the benchmark harness, other targets) is counted.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import psutil

from benchmarks.b1_dispatch import Updates, bare_target, intake_target

DRAFTS = 10_000


def rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 1024 / 1024


async def child(kind: str, drafts: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "bare":
            target, app = bare_target(remember_keyboards=False), None
        else:
            target, intake_app = await intake_target(None, Path(tmp), remember_keyboards=False)
            app = intake_app
        updates = Updates()
        # Idle: everything built, schema migrated, one update handled (imports and caches warm).
        await target.feed(updates.message(1, "/start"))
        idle = rss_mb()
        try:
            for first in range(2, drafts + 2, 200):
                users = range(first, min(first + 200, drafts + 2))
                for text in ("/start", "I accept", "Comune di Bologna"):
                    await asyncio.gather(*(target.feed(updates.message(u, text)) for u in users))
            loaded = rss_mb()
        finally:
            if app is not None:
                await app.stop()
            await target.bot.session.close()
    return {"idle": idle, "drafts": loaded}


def measure(kind: str, drafts: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.b4_memory", kind, str(drafts)],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(drafts: int = DRAFTS) -> list[dict[str, Any]]:
    """Each bot measured in a fresh interpreter; one row per state, side by side."""
    bare, intake = measure("bare", drafts), measure("intake", drafts)
    return [
        {
            "_bench": "B4",
            "_store": "SQLite",
            "_measure": label.removeprefix("B4 "),
            "bench": label,
            "unit": "RSS MB",
            "bare aiogram": bare[key],
            "intake": intake[key],
            "intake / bare": intake[key] / bare[key],
        }
        for key, label in (
            ("idle", "B4 process memory, idle"),
            ("drafts", f"B4 process memory, {drafts:,} open drafts"),
        )
    ]


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "intake"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else DRAFTS
    print(json.dumps(asyncio.run(child(which, count))))

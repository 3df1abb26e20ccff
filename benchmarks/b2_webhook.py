"""B2: the same questionnaire through the webhook HTTP endpoint, loaded from 127.0.0.1.

The bot (real webhook app, or the bare aiogram bot behind aiogram's own webhook handler) runs
in a child process; this process is the load generator. Respondents type their answers (the
first 13 steps of the questionnaire: start, consent, and the questions answered by typing or
by typing a choice's label), because the load generator does not see the buttons the server
process sends. Loopback only, bounded in count and time.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from benchmarks.b1_dispatch import Updates, bare_target, intake_target
from bot.app import webhook_application

TYPED_STEPS = (
    "/start",
    "I accept",
    "Comune di Bologna",
    "City or municipality",
    "Italy",
    "Bologna",
    "Ona Žemaitė",
    "Project officer",
    "ona@example.eu",
    "+39 051 219 3111",
    "Yes",
    "Angeli delle fermate",
    "Volunteers wait with passengers at bus stops at night.",
)
PATH = "/webhook"
SECRET = "benchmark-webhook-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def serve(kind: str, port: int) -> None:
    """Child process: serve one bot's webhook on 127.0.0.1 until killed."""
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "bare":
            target = bare_target()
            application = web.Application()
            SimpleRequestHandler(
                dispatcher=target.dispatcher, bot=target.bot, handle_in_background=False
            ).register(application, path=PATH)
        else:
            _, app = await intake_target(None, Path(tmp))
            application = webhook_application(app, SECRET, PATH)
        runner = web.AppRunner(application, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        print("ready", flush=True)
        await asyncio.Event().wait()


async def load(port: int, respondents: int) -> tuple[float, list[float]]:
    """Closed loop: each respondent posts its next update when the previous one returned."""
    updates = Updates()
    latencies: list[float] = []
    url = f"http://127.0.0.1:{port}{PATH}"
    connector = aiohttp.TCPConnector(limit=respondents)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def respondent(user: int) -> None:
            for text in TYPED_STEPS:
                started = time.perf_counter()
                headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
                message = updates.message(user, text)
                async with http.post(url, json=message, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"webhook answered {response.status}")
                latencies.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(respondent(30_000_000 + i) for i in range(respondents)))
        elapsed = time.perf_counter() - began
    return len(latencies) / elapsed, latencies


def measure(kind: str, respondents: int) -> tuple[float, list[float]]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.b2_webhook", kind, str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the {kind} webhook server did not start")
        return asyncio.run(asyncio.wait_for(load(port, respondents), 300))
    finally:
        server.terminate()
        server.wait(timeout=30)


def run(respondents: int = 200) -> list[dict[str, Any]]:
    results = {kind: measure(kind, respondents) for kind in ("bare", "intake")}
    rows: list[dict[str, Any]] = []
    speed = {kind: r[0] for kind, r in results.items()}
    rows.append(
        {
            "bench": f"B2 webhook, {respondents} respondents typing (intake, SQLite)",
            "unit": "updates/s",
            "bare aiogram": speed["bare"],
            "intake": speed["intake"],
            "intake / bare": speed["intake"] / speed["bare"],
            "updates": len(results["intake"][1]),
        }
    )
    for q in (50, 99):
        b, i = (
            statistics.quantiles(results[k][1], n=100)[q - 1] * 1000 for k in ("bare", "intake")
        )
        rows.append(
            {
                "bench": f"B2 webhook, {respondents} respondents typing (intake, SQLite)",
                "unit": f"p{q} ms per request",
                "bare aiogram": b,
                "intake": i,
                "intake / bare": i / b,
            }
        )
    return rows


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1], int(sys.argv[2])))

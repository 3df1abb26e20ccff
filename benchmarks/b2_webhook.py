"""B2: the same questionnaire through the webhook HTTP endpoint, loaded from 127.0.0.1.

The bot (real webhook app, or the bare aiogram bot behind aiogram's own webhook handler) runs
in a child process; this process is the load generator. Respondents type their answers (the
first 13 steps of the questionnaire: start, consent, and the questions answered by typing or
by typing a choice's label), because the load generator does not see the buttons the server
process sends. Loopback only, bounded in count and time.

On PostgreSQL the bot also runs as 2 processes (each its own webhook port, pool and event loop)
on one database, beside 1 process: the load generator sends each respondent's updates to one of
them, as a sticky load balancer in front of them would.
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
import psutil
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from benchmarks.b1_dispatch import Updates, bare_target, intake_target, scratch_database
from bot.app import webhook_application
from storage.migrate import upgrade

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


async def serve(kind: str, port: int, database_url: str | None = None) -> None:
    """Child process: serve one bot's webhook on 127.0.0.1 until killed."""
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "bare":
            target = bare_target()
            application = web.Application()
            SimpleRequestHandler(
                dispatcher=target.dispatcher, bot=target.bot, handle_in_background=False
            ).register(application, path=PATH)
        else:
            _, app = await intake_target(database_url, Path(tmp))
            application = webhook_application(app, SECRET, PATH)
        runner = web.AppRunner(application, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        print("ready", flush=True)
        await asyncio.Event().wait()


async def load(ports: list[int], respondents: int) -> tuple[float, list[float]]:
    """Closed loop: each respondent posts its next update when the previous one returned."""
    updates = Updates()
    latencies: list[float] = []
    urls = [f"http://127.0.0.1:{port}{PATH}" for port in ports]
    connector = aiohttp.TCPConnector(limit=respondents)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def respondent(user: int) -> None:
            url = urls[user % len(urls)]
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


Result = tuple[float, list[float], float]  # updates/s, seconds per request, bot CPU ms/update


def measure(
    kind: str, respondents: int, database_url: str | None = None, processes: int = 1
) -> Result:
    """Start the server process(es), load them, stop them."""
    ports = [free_port() for _ in range(processes)]
    extra = [database_url] if database_url else []
    servers = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.b2_webhook", kind, str(port), *extra],
            stdout=subprocess.PIPE,
            text=True,
        )
        for port in ports
    ]
    try:
        for server in servers:
            assert server.stdout is not None
            if server.stdout.readline().strip() != "ready":
                raise RuntimeError(f"the {kind} webhook server did not start")
        watched = [psutil.Process(server.pid) for server in servers]
        before = sum(sum(p.cpu_times()[:2]) for p in watched)
        speed, latencies = asyncio.run(asyncio.wait_for(load(ports, respondents), 300))
        cpu = sum(sum(p.cpu_times()[:2]) for p in watched) - before
        return speed, latencies, cpu / max(1, len(latencies)) * 1000
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def rows_for(label: str, store: str, bare: Result, intake: Result) -> list[dict[str, Any]]:
    """Speed and p50/p99 per request of one intake setup, beside the bare bot."""
    head = {"_bench": "B2", "_store": store, "bench": f"B2 webhook, {label} (intake, {store})"}
    rows: list[dict[str, Any]] = [
        {
            **head,
            "_measure": f"{label}, updates/s",
            "unit": "updates/s",
            "bare aiogram": bare[0],
            "intake": intake[0],
            "intake / bare": intake[0] / bare[0],
            "updates": len(intake[1]),
        }
    ]
    for q in (50, 99):
        b, i = (statistics.quantiles(r[1], n=100)[q - 1] * 1000 for r in (bare, intake))
        rows.append(
            {
                **head,
                "_measure": f"{label}, p{q} per request",
                "unit": f"p{q} ms per request",
                "bare aiogram": b,
                "intake": i,
                "intake / bare": i / b,
            }
        )
    rows.append(
        {
            **head,
            "_measure": f"{label}, bot process CPU per update (psutil)",
            "unit": "CPU ms/update",
            "bare aiogram": bare[2],
            "intake": intake[2],
            "intake / bare": intake[2] / bare[2],
        }
    )
    return rows


def run(respondents: int = 200, postgres_url: str | None = None) -> list[dict[str, Any]]:
    """SQLite with one process; with a PostgreSQL server, also 1 and 2 processes on it."""
    bare = measure("bare", respondents)
    typing = f"{respondents} respondents typing"
    rows = rows_for(typing, "SQLite", bare, measure("intake", respondents))
    if postgres_url:
        rows += asyncio.run(_postgres_rows(postgres_url, respondents, bare))
    return rows


async def _postgres_rows(server_url: str, respondents: int, bare: Result) -> list[dict[str, Any]]:
    async with scratch_database(server_url) as url:
        await upgrade(url)  # once, before the processes start
        loop = asyncio.get_running_loop()
        speeds: dict[int, Result] = {}
        for processes in (1, 2):
            speeds[processes] = await loop.run_in_executor(
                None, measure, "intake", respondents, url, processes
            )
    typing = f"{respondents} respondents typing"
    rows = rows_for(f"{typing}, 1 process", "PostgreSQL", bare, speeds[1])
    rows += rows_for(f"{typing}, 2 processes", "PostgreSQL", bare, speeds[2])
    one, two = speeds[1][0], speeds[2][0]
    rows.append(
        {
            "_bench": "B2",
            "_store": "PostgreSQL",
            "_measure": f"{typing}, 2 processes vs 1 (bare: 1 process)",
            "_bare": one,
            "_ratio": two / one,
            "bench": f"B2 webhook, {typing}, 2 processes vs 1 (intake, PostgreSQL)",
            "unit": "updates/s",
            "intake": two,
            "2 vs 1 processes": two / one,
        }
    )
    return rows


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1], int(sys.argv[2]), *sys.argv[3:4]))

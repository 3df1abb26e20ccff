"""Liveness, readiness and metrics over HTTP: `/healthz`, `/readyz`, `/metrics`.

Served on the webhook's server in webhook mode, and on HEALTH_HOST:HEALTH_PORT by a small
server of their own in polling mode. `/readyz` answers 503 naming each failing check:
`database` (a query answers within 5 s), `updates` (the update loop showed it is alive: a
getUpdates call returned within the last 90 s — long polls last 10 s —, or, with a webhook,
this very server answers) and `mail` (the oldest e-mail waiting in the outbox is younger than
READY_MAIL_MAX_AGE).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from app.metrics import CONTENT_TYPE, Metrics
from storage.health import outbox_summary, ping

log = logging.getLogger(__name__)

DATABASE_TIMEOUT: Final = 5.0
LOOP_MAX_AGE: Final = 90.0
OK: Final = "ok"


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Health:
    """Answers the readiness questions for one bot process."""

    db: AsyncEngine
    metrics: Metrics
    mail_max_age: float
    webhook: bool = False
    loop_max_age: float = LOOP_MAX_AGE
    clock: Callable[[], datetime] = _utcnow
    started: float = field(default_factory=time.monotonic)

    async def readiness(self) -> dict[str, str]:
        """Each check's name and "ok" or what is wrong."""
        checks: dict[str, str] = {}
        try:
            await asyncio.wait_for(ping(self.db), DATABASE_TIMEOUT)
            checks["database"] = OK
        except Exception as exc:
            self.metrics.database_errors.inc()
            checks["database"] = f"no answer: {type(exc).__name__}"
        checks["updates"] = self._loop()
        checks["mail"] = await self._mail() if checks["database"] == OK else "unknown: database"
        return checks

    def _loop(self) -> str:
        if self.webhook:
            return OK  # updates arrive as requests to the server answering this one
        age = self.metrics.heartbeat_age()
        if age is None:
            age = time.monotonic() - self.started  # no getUpdates answered yet: starting up
        if age > self.loop_max_age:
            return f"no getUpdates answered for {age:.0f} s"
        return OK

    async def _mail(self) -> str:
        try:
            summary = await asyncio.wait_for(outbox_summary(self.db), DATABASE_TIMEOUT)
        except Exception as exc:
            self.metrics.database_errors.inc()
            return f"outbox not readable: {type(exc).__name__}"
        now = self.clock()
        self.metrics.observe_outbox(summary, now)
        if summary.oldest_pending is None:
            return OK
        age = (now - summary.oldest_pending).total_seconds()
        if age > self.mail_max_age:
            return (
                f"oldest pending e-mail waits for {age:.0f} s "
                f"(more than {self.mail_max_age:.0f} s): see `intake outbox list`"
            )
        return OK

    async def refresh_metrics(self) -> None:
        """Bring the outbox gauges up to date (a database error is counted, not raised)."""
        try:
            summary = await asyncio.wait_for(outbox_summary(self.db), DATABASE_TIMEOUT)
        except Exception:
            self.metrics.database_errors.inc()
            log.warning("metrics: the outbox could not be read", exc_info=True)
            return
        self.metrics.observe_outbox(summary, self.clock())


def add_health_routes(app: web.Application, health: Health) -> None:
    """Register /healthz, /readyz and /metrics on `app`."""

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": OK})

    async def readyz(_: web.Request) -> web.Response:
        checks = await health.readiness()
        failing = [name for name, result in checks.items() if result != OK]
        body = {"status": "not ready" if failing else "ready", "failing": failing, **checks}
        return web.json_response(body, status=503 if failing else 200)

    async def metrics(_: web.Request) -> web.Response:
        await health.refresh_metrics()
        response = web.Response(body=health.metrics.exposition())
        response.headers["Content-Type"] = CONTENT_TYPE
        return response

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)


@contextlib.asynccontextmanager
async def health_server(health: Health, host: str, port: int) -> AsyncIterator[None]:
    """Serve the health routes on host:port for the duration of the block."""
    app = web.Application()
    add_health_routes(app, health)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as exc:
            # The bot's job is the chat: it runs on, and monitoring sees the missing endpoint.
            log.error("health and metrics not served: %s:%s: %s (HEALTH_PORT)", host, port, exc)
        else:
            log.info("health and metrics on http://%s:%s/ (healthz, readyz, metrics)", host, port)
        yield
    finally:
        await runner.cleanup()

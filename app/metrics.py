"""The process's Prometheus metrics, in a registry of its own built by the composition root.

Labels carry only fixed vocabularies (update kinds, outcomes, outbox statuses): never a user id,
a name, a reference code or answer text.
"""

from __future__ import annotations

import time
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from app.logs import set_update_context
from storage.health import OutboxSummary

CONTENT_TYPE = CONTENT_TYPE_LATEST
# Seconds: from a few milliseconds (a button press on SQLite) to a slow PostgreSQL lock wait.
UPDATE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """Every metric of the bot process; also the bot's Observer (see bot.observe)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates = Counter(
            "intake_updates",
            "Telegram updates handled, by kind (message, callback_query…) and outcome.",
            ["kind", "outcome"],
            registry=r,
        )
        self.update_seconds = Histogram(
            "intake_update_duration_seconds",
            "Time spent handling one update.",
            ["kind"],
            buckets=UPDATE_BUCKETS,
            registry=r,
        )
        self.replies = Counter(
            "intake_replies_sent", "Messages sent or edited in chats.", registry=r
        )
        self.waits = Counter(
            "intake_telegram_429", "Times Telegram answered 429 and the bot waited.", registry=r
        )
        self.rate_limited_seconds = Counter(
            "intake_telegram_429_wait_seconds",
            "Seconds Telegram asked the bot to wait.",
            registry=r,
        )
        self.started = Counter(
            "intake_questionnaires_started", "Questionnaires opened.", registry=r
        )
        self.submitted = Counter(
            "intake_questionnaires_submitted", "Questionnaires submitted.", registry=r
        )
        self.reminders_sent = Counter(
            "intake_reminders_sent", "Reminders sent to respondents.", registry=r
        )
        self.database_errors = Counter(
            "intake_database_errors",
            "Database errors while handling updates or answering readiness checks.",
            registry=r,
        )
        self.outbox = Gauge(
            "intake_outbox_emails",
            "E-mails in the outbox by status (pending, sent, dead), as of the last scrape.",
            ["status"],
            registry=r,
        )
        self.outbox_oldest = Gauge(
            "intake_outbox_oldest_pending_seconds",
            "Age of the oldest e-mail waiting to be sent (0 when none waits).",
            registry=r,
        )
        self.heartbeat_time = Gauge(
            "intake_update_loop_heartbeat_timestamp_seconds",
            "When the update loop last showed it is alive (Unix time).",
            registry=r,
        )
        self.last_heartbeat: float | None = None  # time.monotonic() of the last heartbeat
        self._heartbeat_at = 0.0  # its Unix time, read when the gauge is scraped
        self.heartbeat_time.set_function(lambda: self._heartbeat_at)
        self._done: dict[tuple[str, str], tuple[Counter, Histogram]] = {}

    # bot.observe.Observer

    def update_began(self, update_id: int, user_id: int | None) -> None:
        set_update_context(update_id, user_id)

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        counted = self._done.get((kind, outcome))
        if counted is None:  # looking labels up checks them: once per kind and outcome
            counted = self._done[kind, outcome] = (
                self.updates.labels(kind, outcome),
                self.update_seconds.labels(kind),
            )
        counted[0].inc()
        counted[1].observe(seconds)

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        self.updates.labels(kind, "error").inc()
        self.update_seconds.labels(kind).observe(seconds)
        if isinstance(error, SQLAlchemyError):
            self.database_errors.inc()

    def reply_sent(self, method: str) -> None:
        self.replies.inc()

    def rate_limited(self, seconds: float) -> None:
        self.waits.inc()
        self.rate_limited_seconds.inc(seconds)

    def questionnaire_started(self) -> None:
        self.started.inc()

    def questionnaire_submitted(self) -> None:
        self.submitted.inc()

    def heartbeat(self) -> None:
        # Two clock readings, no lock: every update passes here (the gauge reads it at scrape).
        self.last_heartbeat = time.monotonic()
        self._heartbeat_at = time.time()

    # For the health server

    def heartbeat_age(self) -> float | None:
        """Seconds since the update loop last showed it is alive (None: not yet)."""
        if self.last_heartbeat is None:
            return None
        return time.monotonic() - self.last_heartbeat

    def observe_outbox(self, summary: OutboxSummary, now: datetime) -> None:
        """Set the outbox gauges from a fresh summary."""
        self.outbox.labels("pending").set(summary.pending)
        self.outbox.labels("sent").set(summary.sent)
        self.outbox.labels("dead").set(summary.dead)
        oldest = summary.oldest_pending
        self.outbox_oldest.set((now - oldest).total_seconds() if oldest else 0.0)

    def exposition(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)

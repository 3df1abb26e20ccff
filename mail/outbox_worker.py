"""The outbox worker: sends queued e-mails, retries with backoff, dead-letters, tells the admins.

Wiring (bot process)::

    delivery = build_delivery(
        db, settings, core.questionnaire, core.renderer, core.translate,
        notify_admins=notify,              # async (text) -> None: plain text to ADMIN_IDS
        fetch_file=bot_file_fetcher(bot),  # attach uploaded files (optional)
    )
    background += delivery.background      # the outbox loop and the digest loop
    ...
    delivery.wake()                        # after a submit has committed: send it now

`intake outbox send` (app.cli_outbox) runs `OutboxWorker.run_once()` from cron instead.

A transient failure (no connection, timeout, 4xx reply, login refused) keeps the row pending
and tries again after 1 min × 2^(attempts − 1), at most 6 h apart; a row still failing after
ALERT_AFTER attempts is reported to the admins once. A 5xx reply to the message dead-letters
the row and reports it at once. Each row keeps its Message-ID across attempts, so a receiving
server that saw the message before can recognise it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import IO, Any, Final, Literal, Protocol

from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import csv_bytes
from dialogs.i18n import Args, Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from dialogs.text import split_list
from mail.digest import DigestMail, DigestService
from mail.settings import MailSettings
from mail.submission_email import CsvWriter, FetchFile, SubmissionMail, local_time
from mail.transport import Composed, DeliveryError, MailTransport, build_transport, utcnow
from storage.db import raise_if_cancelled
from storage.models import OUTBOX_DIGEST, OUTBOX_SENT, OUTBOX_SUBMISSION, SUBMITTED
from storage.outbox import (
    OutboxRow,
    claim_next,
    digest_run,
    drop,
    get_row,
    mark_dead,
    mark_retry,
    mark_sent,
    next_due,
)
from storage.submissions import load_submission

log = logging.getLogger(__name__)

BACKOFF_BASE: Final = 60.0
BACKOFF_CAP: Final = 6 * 3600.0
LEASE: Final = timedelta(minutes=15)  # a claimed row is left alone this long
ALERT_AFTER: Final = 5  # about half an hour of failures (1 + 2 + 4 + 8 + 16 min)
NOTIFY_TIMEOUT: Final = 30.0

Outcome = Literal["sent", "retried", "dead", "dropped"]

NotifyAdmins = Callable[[str], Awaitable[None]]
"""Tells the admins something (plain text, staff language): a Telegram message to ADMIN_IDS."""


class Composer(Protocol):
    """Builds the e-mail an outbox row stands for; None if there is nothing to send any more."""

    async def __call__(self, row: OutboxRow, now: datetime) -> Composed | None: ...


def describe(row: OutboxRow, t: Translator, lang: str) -> str:
    """What a row is, for people: "submission CECOPS-7K3QX", "digest"."""
    if row.kind == OUTBOX_SUBMISSION:
        return t(lang, "outbox-what-submission", {"reference": row.reference or "—"})
    if row.kind == OUTBOX_DIGEST:
        return t(lang, "outbox-what-digest")
    return t(lang, "outbox-what-other", {"kind": row.kind})


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure: 1 min, 2, 4, … at most 6 h."""
    exponent = min(max(attempts - 1, 0), 20)
    return timedelta(seconds=min(BACKOFF_BASE * 2**exponent, BACKOFF_CAP))


class SubmissionComposer:
    """The submission e-mail of a row; None once the submission is gone (erased).

    Without `with_files`, the files are named in the e-mail but not attached.
    """

    def __init__(
        self, engine: AsyncEngine, mail: SubmissionMail, *, with_files: bool = True
    ) -> None:
        self._engine = engine
        self._mail = mail
        self._with_files = with_files

    async def __call__(self, row: OutboxRow, now: datetime) -> Composed | None:
        if row.submission_id is None:
            return None
        record = await load_submission(self._engine, row.submission_id)
        if record is None or record.status != SUBMITTED:
            return None
        message = await self._mail.compose(
            record, row.message_id, now, with_files=self._with_files
        )
        recipients = split_list(row.recipients) or self._mail.recipients()
        return Composed(message, recipients, record.reference or OUTBOX_SUBMISSION)


@dataclass
class RunReport:
    """What one pass over the outbox did."""

    sent: int = 0
    retried: int = 0
    dead: int = 0
    dropped: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.retried + self.dead + self.dropped


class OutboxWorker:
    """Claims due rows one at a time and delivers them."""

    def __init__(
        self,
        engine: AsyncEngine,
        transport: MailTransport,
        composers: Mapping[str, Composer],
        notify_admins: NotifyAdmins,
        translate: Translator,
        lang: str,
        clock: Callable[[], datetime] = utcnow,
        lease: timedelta = LEASE,
        smaller: Mapping[str, Composer] | None = None,
    ) -> None:
        self.engine = engine
        self.transport = transport
        self._composers = dict(composers)
        # By kind: a smaller e-mail to send when the server refuses the first as too large.
        self._smaller = dict(smaller or {})
        self._notify_admins = notify_admins
        self._translate = translate
        self._lang = lang
        self._clock = clock
        self._lease = lease

    def _t(self, key: str, args: Args | None = None) -> str:
        return self._translate(self._lang, key, args)

    async def run_once(self, limit: int = 100) -> RunReport:
        """Send what is due now (at most `limit` rows); failed rows wait for their next try."""
        report = RunReport()
        for _ in range(limit):
            now = self._clock()
            row = await claim_next(self.engine, now, now + self._lease)
            if row is None:
                break
            outcome = await self._deliver(row, now)
            setattr(report, outcome, getattr(report, outcome) + 1)
        return report

    async def idle_delay(self, interval: float) -> float:
        """Seconds until the next pending row is due, at most `interval`."""
        due = await next_due(self.engine)
        if due is None:
            return interval
        return min(max((due - self._clock()).total_seconds(), 0.1), interval)

    async def _deliver(self, row: OutboxRow, now: datetime) -> Outcome:
        composer = self._composers.get(row.kind)
        if composer is None:
            return await self._dead(row, f"no composer for e-mails of kind {row.kind!r}")
        try:
            return await self._compose_and_send(row, now, composer)
        except DeliveryError as exc:
            smaller = self._smaller.get(row.kind)
            if not (exc.too_large and smaller):
                return await self._failed(row, exc)
            log.warning(
                "outbox #%d (%s): refused as too large (%s); sending it without its files",
                row.id,
                self._what(row),
                exc.reason,
            )
        try:
            return await self._compose_and_send(row, now, smaller)
        except DeliveryError as exc:
            return await self._failed(row, exc)

    async def _compose_and_send(
        self, row: OutboxRow, now: datetime, composer: Composer
    ) -> Outcome:
        """Compose and send; a DeliveryError is left to the caller."""
        try:
            composed = await composer(row, now)
        except Exception as exc:
            log.exception("outbox #%d (%s): composing failed", row.id, row.kind)
            return await self._retry(row, f"composing failed: {type(exc).__name__}: {exc}")
        if composed is None:
            await drop(self.engine, row.id)
            log.info("outbox #%d: its submission was erased or withdrawn; dropped", row.id)
            return "dropped"
        sent = await self.transport.send(composed.message, composed.recipients, composed.label)
        await mark_sent(self.engine, row, self._clock())
        log.info("outbox #%d (%s) sent: %s", row.id, composed.label, sent.where)
        if sent.refused:
            refused = "; ".join(f"{k}: {v}" for k, v in sent.refused.items())
            log.warning("outbox #%d: some recipients refused it: %s", row.id, refused)
            await self._notify(
                self._t("outbox-admin-refused", {"what": self._what(row), "error": refused})
            )
        return "sent"

    async def _failed(self, row: OutboxRow, error: DeliveryError) -> Outcome:
        if error.permanent:
            return await self._dead(row, error.reason)
        return await self._retry(row, error.reason)

    async def _retry(self, row: OutboxRow, reason: str) -> Outcome:
        attempts = row.attempts + 1
        when = self._clock() + backoff(attempts)
        attempts = await mark_retry(self.engine, row.id, reason, when) or attempts
        log.warning(
            "outbox #%d (%s): attempt %d failed (%s); next try at %s",
            row.id,
            self._what(row),
            attempts,
            reason,
            when.isoformat(timespec="seconds"),
        )
        if attempts == ALERT_AFTER:
            args: Args = {"what": self._what(row), "count": attempts, "error": reason}
            await self._notify(self._t("outbox-admin-failing", args))
        return "retried"

    async def _dead(self, row: OutboxRow, reason: str) -> Outcome:
        await mark_dead(self.engine, row.id, reason)
        log.error("outbox #%d (%s) dead-lettered: %s", row.id, self._what(row), reason)
        args: Args = {"what": self._what(row), "error": reason, "id": str(row.id)}
        await self._notify(self._t("outbox-admin-dead", args))
        return "dead"

    def _what(self, row: OutboxRow) -> str:
        return describe(row, self._translate, self._lang)

    async def _notify(self, text: str) -> None:
        try:
            await asyncio.wait_for(self._notify_admins(text), NOTIFY_TIMEOUT)
        except Exception:  # the log has it; the outbox must go on
            log.exception("could not notify the admins")


async def outbox_loop(
    worker: OutboxWorker, wake: asyncio.Event | None = None, interval: float = 60.0
) -> None:
    """Send what is due, then wait until woken, until the next retry is due, or `interval`."""
    while True:
        if wake is not None:
            wake.clear()  # before the run: a wake during the run starts the next one at once
        try:
            await worker.run_once()
            delay = await worker.idle_delay(interval)
        except Exception:
            log.exception("outbox: pass failed; trying again in %.0f s", interval)
            delay = interval
        raise_if_cancelled()
        if wake is None:
            await asyncio.sleep(delay)
            continue
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation
        # that arrives as the wake-up does, and the loop would then never stop.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(delay):
                await wake.wait()


Job = Callable[[], Coroutine[Any, Any, None]]


@dataclass
class Delivery:
    """The e-mail side of the bot process: the outbox worker and the digest schedule.

    Run `background` (two coroutine factories) as long-lived tasks, and call `wake()` after a
    submission has been committed so that its e-mail leaves at once rather than at the next
    poll (OUTBOX_INTERVAL seconds).
    """

    worker: OutboxWorker
    digests: DigestService
    interval: float
    wake_event: asyncio.Event = field(default_factory=asyncio.Event)

    def wake(self) -> None:
        """Have the outbox loop look for due e-mails now."""
        self.wake_event.set()

    async def run_outbox(self) -> None:
        """The outbox loop, for as long as the process runs."""
        await outbox_loop(self.worker, self.wake_event, self.interval)

    async def run_digests(self) -> None:
        """The digest schedule, for as long as the process runs."""
        await self.digests.loop(self.wake)

    @property
    def background(self) -> list[Job]:
        return [self.run_outbox, self.run_digests]

    async def send_digest_now(self, translate: Translator, lang: str, zone: str) -> DigestNow:
        """Send the digest of the latest completed period now, unless it was sent already."""
        period = self.digests.latest_period()
        span: Args = {"start": local_time(period.start, zone), "end": local_time(period.end, zone)}
        claim = await self.digests.claim(period, force=True)
        if not claim.claimed:
            run = await digest_run(self.worker.engine, period.start, period.end)
            claimed = local_time(run.claimed_at if run else None, zone)
            # No host or process names: staff need the when, not which machine.
            lines = [translate(lang, "digest-already", {**span, "claimed": claimed})]
            if run is not None and run.sent_at is not None:
                sent = local_time(run.sent_at, zone)
                lines.append(translate(lang, "digest-already-sent", {"sent": sent}))
            return DigestNow(True, lines)
        # The digest row is due now: one pass sends it (and anything else that is due).
        await self.worker.run_once(limit=10_000)
        row = await get_row(self.worker.engine, claim.outbox_id) if claim.outbox_id else None
        if row is not None and row.status == OUTBOX_SENT:
            return DigestNow(True, [translate(lang, "digest-sent", span)])
        error = (row.last_error if row else None) or "—"
        return DigestNow(False, [translate(lang, "digest-not-sent", {**span, "error": error})])


@dataclass(frozen=True)
class DigestNow:
    """What happened when a digest was asked for now: sent (or sent before), and what to say."""

    ok: bool
    lines: list[str]


def build_delivery(
    engine: AsyncEngine,
    settings: MailSettings,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translate: Translator,
    notify_admins: NotifyAdmins,
    *,
    fetch_file: FetchFile | None = None,
    transport: MailTransport | None = None,
    csv_writer: CsvWriter = csv_bytes,
    clock: Callable[[], datetime] = utcnow,
) -> Delivery:
    """Everything that sends e-mail, on `engine`; see the module docstring for the wiring.

    `transport` defaults to SMTP when SMTP_HOST is set, else .eml files in OUTBOX_DIR.
    """
    lang = settings.staff_language
    submission_mail = SubmissionMail(
        settings, questionnaire, renderer, translate, csv_writer, fetch_file
    )
    digest_mail = DigestMail(settings, questionnaire, renderer, translate, csv_writer)
    digests = DigestService(engine, settings, digest_mail, clock)
    composers: dict[str, Composer] = {
        OUTBOX_SUBMISSION: SubmissionComposer(engine, submission_mail),
        OUTBOX_DIGEST: digests.compose_row,
    }
    worker = OutboxWorker(
        engine,
        transport or build_transport(settings, clock),
        composers,
        notify_admins,
        translate,
        lang,
        clock,
        smaller={OUTBOX_SUBMISSION: SubmissionComposer(engine, submission_mail, with_files=False)},
    )
    return Delivery(worker, digests, settings.outbox_interval)


class FileDownloader(Protocol):
    """What bot_file_fetcher needs of an aiogram Bot (no aiogram import here: see app.build)."""

    async def download(self, file: str) -> IO[bytes] | None: ...


class MessageSender(Protocol):
    """What bot_admin_notifier needs of an aiogram Bot."""

    async def send_message(self, chat_id: int, text: str, *, parse_mode: None) -> object: ...


def bot_file_fetcher(bot: FileDownloader) -> FetchFile:
    """Downloads a respondent's file through the Bot API (None if Telegram will not give it)."""

    async def fetch(file_id: str) -> bytes | None:
        try:
            buffer = await bot.download(file_id)
        except Exception as exc:  # too big for the Bot API (20 MB), expired, network down …
            log.warning("file not downloaded (%s: %s)", type(exc).__name__, exc)
            return None
        return buffer.read() if buffer is not None else None

    return fetch


def bot_admin_notifier(bot: MessageSender, admin_ids: Sequence[int]) -> NotifyAdmins:
    """Sends a plain-text notice to each admin (an admin who cannot be reached is skipped)."""

    async def notify(text: str) -> None:
        for admin_id in admin_ids:
            try:
                await bot.send_message(admin_id, text, parse_mode=None)
            except Exception as exc:
                log.warning("admin %d not notified (%s: %s)", admin_id, type(exc).__name__, exc)

    return notify

"""The periodic digest for staff: what was submitted in one period, counts, stalled drafts.

Periods come from DIGEST_SCHEDULE (cron) in DIGEST_TIMEZONE: the period ending at a fire time
runs from the previous fire time (inclusive) to this one (exclusive), so with "0 8 * * *" a
submission at 07:59:59 is in the digest sent at 08:00 and one at 08:00:00 in the next.

Each period is claimed once in the database (`digest_runs`); the claim queues the digest in the
outbox in the same transaction, and the outbox worker composes and sends it (with retries),
so several bot processes send it exactly once. The e-mail is composed when sent, from what the
database holds then: a respondent erased meanwhile is not in it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Final
from zoneinfo import ZoneInfo

from croniter import croniter
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.i18n import Args
from dialogs.model import chosen_ids
from dialogs.text import split_list
from mail.settings import MailSettings
from mail.submission_email import StaffMail, language_name, local_time
from mail.transport import (
    SUBJECT_LIMIT,
    Composed,
    Document,
    attach_csv,
    new_message,
    one_line,
    set_body,
    utcnow,
)
from storage.db import raise_if_cancelled
from storage.outbox import PERIOD_END, PERIOD_START, DigestClaim, OutboxRow, claim_digest
from storage.reminders import SqlReminderStore
from storage.submissions import SubmissionFilter, SubmissionRecord, iter_submissions

log = logging.getLogger(__name__)

RETRY_DELAY: Final = 60.0  # after a failed claim (database unavailable), in seconds
STALLED_LISTED: Final = 50  # stalled drafts listed one by one; the rest are counted


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC."""

    start: datetime
    end: datetime


def latest_period(settings: MailSettings, now: datetime) -> Period:
    """The last period that has ended by `now` (a fire time at `now` exactly ends one)."""
    zone = ZoneInfo(settings.digest_timezone)
    upcoming = croniter(settings.digest_schedule, now.astimezone(zone)).get_next(datetime)
    end = croniter(settings.digest_schedule, upcoming).get_prev(datetime)
    start = croniter(settings.digest_schedule, end).get_prev(datetime)
    return Period(start.astimezone(UTC), end.astimezone(UTC))


def next_fire(settings: MailSettings, now: datetime) -> datetime:
    """The first fire time strictly after `now`, in UTC."""
    zone = ZoneInfo(settings.digest_timezone)
    upcoming: datetime = croniter(settings.digest_schedule, now.astimezone(zone)).get_next(
        datetime
    )
    return upcoming.astimezone(UTC)


def current_period(settings: MailSettings, now: datetime) -> Period:
    """The period in progress: from the last fire time to the next one."""
    zone = ZoneInfo(settings.digest_timezone)
    start: datetime = croniter(settings.digest_schedule, now.astimezone(zone)).get_prev(datetime)
    return Period(start.astimezone(UTC), next_fire(settings, now))


@dataclass(frozen=True)
class DigestPreview:
    """The digest of the period so far, as it would be e-mailed, and when the real one goes."""

    text: str
    attachment: tuple[str, bytes] | None
    sends_at: datetime
    recipients: int


def claimant() -> str:
    """Who claims a period: this host and process (shown when a period was already taken)."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class StalledDraft:
    """A draft nobody touched for a while: who it is from (organisation, city, country when
    given, so that staff can follow up), how far it got, and the reminders already sent."""

    created_at: datetime
    updated_at: datetime
    language: str | None
    answered: int
    record: SubmissionRecord | None = None
    stopped_at: str | None = None
    reminders: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class DigestReport:
    """What one digest says."""

    period: Period
    submissions: list[SubmissionRecord]
    stalled: list[StalledDraft]
    stalled_days: int


async def collect(engine: AsyncEngine, settings: MailSettings, period: Period) -> DigestReport:
    """Submissions of the period and drafts without activity for DIGEST_STALLED_DAYS by its end."""
    where = SubmissionFilter(status="submitted", since=period.start, until=period.end)
    found = [record async for record in iter_submissions(engine, where)]
    found.sort(key=lambda r: (r.submitted_at or r.created_at, str(r.id)))
    cutoff = period.end - timedelta(days=settings.digest_stalled_days)
    drafts = [
        r
        async for r in iter_submissions(engine, SubmissionFilter(status="draft", until=cutoff))
        if r.updated_at < cutoff
    ]
    store = SqlReminderStore(engine)
    ids = [r.id for r in drafts]
    history, positions = await store.history(ids), await store.stopped_at(ids)
    stalled = [
        StalledDraft(
            r.created_at,
            r.updated_at,
            r.language,
            len(r.answers),
            record=r,
            stopped_at=positions.get(r.id),
            reminders=tuple(x.claimed_at for x in history.get(r.id, []) if x.outcome == "sent"),
        )
        for r in drafts
    ]
    stalled.sort(key=lambda d: d.updated_at)
    return DigestReport(period, found, stalled, settings.digest_stalled_days)


class DigestMail(StaffMail):
    """Composes the digest in the staff language."""

    def day(self, when: datetime) -> str:
        return when.astimezone(ZoneInfo(self._settings.digest_timezone)).strftime("%Y-%m-%d")

    def _time(self, when: datetime | None) -> str:
        return local_time(when, self._settings.digest_timezone)

    def subject(self, report: DigestReport) -> str:
        args: Args = {
            "start": self.day(report.period.start),
            "end": self.day(report.period.end),
            "count": len(report.submissions),
        }
        return one_line(self._t("digest-subject", args), SUBJECT_LIMIT)

    def _answer(self, record: SubmissionRecord, question_id: str) -> str:
        value = record.answers.get(question_id)
        if value is None or not self._q.has_question(question_id):
            return self._t("mail-not-given")
        return one_line(self._render.answer_by_id(question_id, value, self.lang), 80)

    def _counts(self, counter: Counter[str]) -> list[tuple[str, str]]:
        ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0].casefold()))
        return [(label, str(count)) for label, count in ordered]

    def document(self, report: DigestReport) -> Document:
        """The digest's body."""
        doc = Document(self.lang, self._t("mail-field-separator"))
        records = report.submissions
        doc.title(self._t("digest-title"))
        doc.paragraph(
            self._t(
                "digest-period",
                {
                    "start": self._time(report.period.start),
                    "end": self._time(report.period.end),
                },
            )
        )
        doc.heading(self._t("digest-submissions", {"count": len(records)}))
        if not records:
            doc.paragraph(self._t("digest-none"))
        else:
            doc.bullets([self._line(record) for record in records])
            countries: Counter[str] = Counter()
            activities: Counter[str] = Counter()
            languages: Counter[str] = Counter()
            for record in records:
                countries[self._answer(record, "country")] += 1
                languages[language_name(record.language, self.lang)] += 1
                if self._q.has_question("activities"):
                    for choice in chosen_ids(record.answers.get("activities")):
                        activities[self._render.option("activities", choice, self.lang)] += 1
            doc.heading(self._t("digest-by-country"))
            doc.fields(self._counts(countries))
            if activities:
                doc.heading(self._t("digest-by-activity"))
                doc.fields(self._counts(activities))
            doc.heading(self._t("digest-by-language"))
            doc.fields(self._counts(languages))
        doc.heading(self._t("digest-stalled", {"days": report.stalled_days}))
        if not report.stalled:
            doc.paragraph(self._t("digest-stalled-none"))
        else:
            doc.paragraph(self._t("digest-stalled-count", {"count": len(report.stalled)}))
            lines = [self._stalled_line(draft) for draft in report.stalled[:STALLED_LISTED]]
            more = len(report.stalled) - STALLED_LISTED
            if more > 0:
                lines.append(self._t("digest-stalled-more", {"count": more}))
            doc.bullets(lines)
        if records:
            doc.paragraph(self._t("digest-csv-note", {"name": self.csv_name(report)}))
        doc.paragraph(self._t("mail-footer"))
        return doc

    def _stalled_line(self, draft: StalledDraft) -> str:
        """Who (when given), dates and answers, the reminders sent, where they stopped."""
        line = self._t(
            "digest-stalled-line",
            {
                "started": self.day(draft.created_at),
                "updated": self.day(draft.updated_at),
                "count": draft.answered,
                "language": language_name(draft.language, self.lang),
            },
        )
        record = draft.record
        if record is None:
            return line
        given = [
            self._answer(record, qid)
            for qid in ("org_name", "city", "country")
            if record.answers.get(qid) is not None and self._q.has_question(qid)
        ]
        dates = ", ".join(self.day(when) for when in draft.reminders)
        parts = [
            line,
            self._t("digest-stalled-reminders", {"count": len(draft.reminders), "dates": dates}),
        ]
        stopped = draft.stopped_at or next(
            (q.id for q in self._q.shown(record.answers) if q.id not in record.answers), None
        )
        if stopped is not None and self._q.has_question(stopped):
            label = self._render.label(stopped, self.lang)
            parts.append(self._t("digest-stalled-stopped", {"question": label}))
        text = "; ".join(parts)
        return f"{', '.join(given)} — {text}" if given else text

    def _line(self, record: SubmissionRecord) -> str:
        return self._t(
            "digest-submission-line",
            {
                "reference": record.reference or "—",
                "initiative": self._answer(record, "initiative_name"),
                "organisation": self._answer(record, "org_name"),
                "city": self._answer(record, "city"),
                "country": self._answer(record, "country"),
                "submitted": self._time(record.submitted_at),
            },
        )

    def csv_name(self, report: DigestReport) -> str:
        return f"cecops-{self.day(report.period.start)}-{self.day(report.period.end)}.csv"

    def compose(self, report: DigestReport, message_id: str, now: datetime) -> EmailMessage:
        """The digest e-mail: both parts and, if anything was submitted, the period's CSV."""
        message = new_message(
            self._settings,
            to=self._settings.digest_to,
            subject=self.subject(report),
            message_id=message_id,
            date=now,
        )
        references = [one_line(r.reference, 40) for r in report.submissions if r.reference]
        if references:
            # Which questionnaires it holds, so that erasing one also removes its .eml copy.
            message["X-CECOPS-References"] = ", ".join(references)
        drafts = [str(d.record.id) for d in report.stalled[:STALLED_LISTED] if d.record]
        if drafts:
            # The drafts it names (organisation, city): erasing one removes the copy too.
            message["X-CECOPS-Drafts"] = ", ".join(drafts)
        set_body(message, self.document(report))
        if report.submissions:
            data = self._csv(report.submissions, self._q, self._render, self.lang)
            attach_csv(message, data, self.csv_name(report))
        return message


class DigestService:
    """Claims periods, previews and composes digests on one database."""

    def __init__(
        self,
        engine: AsyncEngine,
        settings: MailSettings,
        mail: DigestMail,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._engine = engine
        self._settings = settings
        self.mail = mail
        self._clock = clock

    def latest_period(self) -> Period:
        return latest_period(self._settings, self._clock())

    async def report(self, period: Period) -> DigestReport:
        return await collect(self._engine, self._settings, period)

    async def preview(self, period: Period | None = None) -> str:
        """The text part of the digest of `period` (the latest completed one by default)."""
        report = await self.report(period or self.latest_period())
        return self.mail.document(report).text()

    async def preview_current(self) -> DigestPreview:
        """The current period's digest so far (nothing is claimed or sent)."""
        now = self._clock()
        period = current_period(self._settings, now)
        report = await self.report(Period(period.start, now))
        message = self.mail.compose(report, "<preview@cecops-intake.invalid>", now)
        attachment = None
        for part in message.iter_attachments():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                attachment = (part.get_filename() or "digest.csv", payload)
        return DigestPreview(
            self.mail.document(report).text(),
            attachment,
            period.end,
            len(self._settings.digest_to),
        )

    async def claim(self, period: Period, *, force: bool = False) -> DigestClaim:
        """Claim the period and queue its digest (if anything was submitted, or if `force`)."""
        queue = force or self._settings.digest_send_empty
        return await claim_digest(
            self._engine, period.start, period.end, claimant(), self._clock(), queue_if_empty=queue
        )

    async def compose_row(self, row: OutboxRow, now: datetime) -> Composed:
        """The digest a queued outbox row stands for."""
        payload = row.payload if isinstance(row.payload, dict) else {}
        period = Period(
            datetime.fromisoformat(str(payload[PERIOD_START])),
            datetime.fromisoformat(str(payload[PERIOD_END])),
        )
        message = self.mail.compose(await self.report(period), row.message_id, now)
        recipients = split_list(row.recipients) or list(self._settings.digest_to)
        return Composed(message, recipients, f"digest-{self.mail.day(period.end)}")

    async def loop(
        self,
        on_queued: Callable[[], None],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """Claim the latest period now (one missed while stopped is caught up), then at each
        fire time; `on_queued` is called when a digest was queued (to wake the outbox)."""
        while True:
            try:
                period = self.latest_period()
                claim = await self.claim(period)
                if claim.outbox_id is not None:
                    log.info(
                        "digest for %s – %s queued (%d submissions)",
                        period.start.isoformat(),
                        period.end.isoformat(),
                        claim.submissions,
                    )
                    on_queued()
                now = self._clock()
                delay = (next_fire(self._settings, now) - now).total_seconds() + 1.0
            except Exception:
                log.exception("digest: claiming the period failed; trying again shortly")
                delay = RETRY_DELAY
            raise_if_cancelled()
            await sleep(max(delay, 1.0))

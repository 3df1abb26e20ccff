"""What reminders and outcome notices need from storage, as a small Protocol and plain values."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol


@dataclass(frozen=True)
class DraftForReminder:
    """An open draft with what a reminder needs: where to send it, its state, its reminders."""

    submission_id: uuid.UUID
    respondent_id: int
    chat_id: int
    state: dict[str, Any]
    updated_at: datetime
    sent: int  # automatic reminders claimed so far
    last_reminder_at: datetime | None
    blocked: bool = False
    opted_out: bool = False


@dataclass(frozen=True)
class SentReminder:
    """One reminder of a draft, for staff: which one, when, and whether it arrived."""

    kind: str  # "auto" | "staff"
    number: int | None
    claimed_at: datetime
    outcome: str  # "claimed" | "sent" | "blocked" | "failed"


@dataclass(frozen=True)
class OutcomeTarget:
    """Where and how to tell a respondent what became of their submission."""

    chat_id: int
    blocked: bool
    lang: str | None
    reference: str | None
    title: str | None


class Delivery(StrEnum):
    """What became of a message staff asked to send to a respondent."""

    SENT = "sent"
    NOT_A_DRAFT = "not-a-draft"  # a reminder about a draft submitted, erased or unknown
    GONE = "gone"  # the submission was erased
    OPTED_OUT = "opted-out"
    BLOCKED = "blocked"
    FAILED = "failed"
    TOO_SOON = "too-soon"  # staff asked again within REMINDER_AFTER of the last reminder


class ReminderStore(Protocol):
    """Finds idle drafts, claims each reminder once across processes, records what happened."""

    async def idle_drafts(self, idle_since: datetime, max_count: int) -> list[DraftForReminder]:
        """Open drafts unchanged since `idle_since`, of respondents reachable and not opted out,
        with fewer than `max_count` automatic reminders."""
        ...

    async def draft(self, submission_id: uuid.UUID) -> DraftForReminder | None:
        """One open draft, whatever its age (for staff), or None."""
        ...

    async def draft_token(self, user_id: int) -> str | None:
        """The token of the respondent's open draft (its buttons carry it), None without one."""
        ...

    async def claim(
        self,
        draft: DraftForReminder,
        number: int | None,
        now: datetime,
        claimant: str,
        idle_since: datetime | None = None,
        quiet_since: datetime | None = None,
    ) -> int | None:
        """Claim reminder `number` (None: a staff reminder) if the draft is still open, idle
        since `idle_since`, reachable, not being answered and (with `quiet_since`) not reminded
        since then; its id, or None if not claimed."""
        ...

    async def record(self, reminder_id: int, outcome: str, now: datetime) -> None:
        """Note whether a claimed reminder was sent."""
        ...

    async def release(self, reminder_id: int) -> None:
        """Give a claim back (the send failed for a passing reason): a later pass retries."""
        ...

    async def preference(
        self, user_id: int, enabled: bool | None = None
    ) -> tuple[bool, str] | None:
        """Turn reminders on or off (None: only read); (on now, language), None if unknown."""
        ...

    async def history(
        self, submission_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, list[SentReminder]]:
        """The reminders of these drafts, oldest first."""
        ...

    async def outcome_target(
        self, submission_id: uuid.UUID, title_question: str
    ) -> OutcomeTarget | None:
        """Where to send a submission's outcome, titled by one answer; None if it is gone."""
        ...

"""What the chat messages to reviewing partners need from storage: a small Protocol and plain
values (the bot reaches storage only through what `app/` hands it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

NoticeKind = Literal["assigned", "reminder"]


@dataclass(frozen=True)
class ReviewerNotice:
    """One message due to a reviewer: new assignments in a round, or the deadline reminder."""

    round_id: int
    round_name: str
    deadline: datetime
    reviewer_id: int  # their Telegram id, also the private chat's id
    country: str | None
    reads: tuple[str, ...]
    kind: NoticeKind
    number: int  # "assigned": the newest assignment told; "reminder": 0
    count: int  # experiences assigned (or still unfinished, for the reminder)


class ReviewerNoticeStore(Protocol):
    """Finds the messages due, claims each once across processes, records what happened."""

    async def due(self, now: datetime, remind_before: timedelta) -> list[ReviewerNotice]:
        """New assignments not yet told (open rounds, active reviewers), and reminders of
        rounds closing within `remind_before` to reviewers with unfinished reviews."""
        ...

    async def claim(self, notice: ReviewerNotice, now: datetime, claimant: str) -> int | None:
        """Claim the message (unique per round, reviewer, kind and number); its id, or None
        if another process has it."""
        ...

    async def record(self, notice_id: int, outcome: str, now: datetime) -> None:
        """Note whether a claimed message was sent ("sent", "blocked", "failed")."""
        ...

    async def release(self, notice_id: int) -> None:
        """Give a claim back (a passing failure): a later pass tries again."""
        ...

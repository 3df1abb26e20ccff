"""What the workspace asks of the rest of the system, as small Protocols the composition root
fills in (the respondent messenger comes with reminders; the file fetch with the bot)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Protocol

FetchFile = Callable[[str], Awaitable[bytes | None]]  # Telegram file id → bytes (None: gone)


class RespondentMessenger(Protocol):
    """Writes to a respondent on Telegram on staff's behalf."""

    async def send_reminder(self, submission_id: uuid.UUID) -> bool:
        """Remind the respondent of an unfinished questionnaire; False if it could not go."""
        ...

    async def notify_outcome(
        self, submission_id: uuid.UUID, status: str, note: str | None
    ) -> bool:
        """Tell the respondent their experience was selected or not (with an optional note);
        False if the message could not go."""
        ...

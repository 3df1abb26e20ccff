"""What the intake service needs from storage, as small Protocols (storage/ implements them)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from dialogs.events import FileRef


class Conflict(Exception):
    """Another writer changed the respondent's data first: nothing was written, run it again."""


@dataclass(frozen=True)
class RespondentRecord:
    """A Telegram (or console) user as storage knows them."""

    user_id: int
    chat_id: int
    language: str | None
    consent_version: int | None
    blocked: bool


@dataclass(frozen=True)
class DraftRecord:
    """The respondent's open questionnaire: its engine state as a JSON-able dict."""

    submission_id: uuid.UUID
    state: dict[str, Any]
    source: str | None


@dataclass(frozen=True)
class ErasedMail:
    """The e-mails about an erased respondent's questionnaires, for removing copies of them
    kept outside the database (the .eml files of OUTBOX_DIR)."""

    message_ids: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    submissions: tuple[str, ...] = ()  # every questionnaire's id, drafts included


@dataclass(frozen=True)
class SubmissionSummary:
    """One of the respondent's questionnaires, for /status."""

    reference: str | None
    status: str  # "draft" | "submitted" | "withdrawn"
    title: str | None
    created_at: datetime
    submitted_at: datetime | None
    submission_id: uuid.UUID | None = field(default=None, compare=False)  # tells buttons apart
    triage: str | None = None  # EFUS staff's decision on a submitted one (new, selected...)


class RespondentUnit(Protocol):
    """One transaction for one respondent, holding their lock until it ends (commit on exit)."""

    async def claim_update(self, update_id: int) -> bool:
        """Record an update id; False if it was already processed (then change nothing)."""
        ...

    async def respondent(self) -> RespondentRecord | None: ...

    async def touch(self, chat_id: int, language: str | None, now: datetime) -> None:
        """Create the respondent or update chat, language (None keeps it) and last-seen time."""
        ...

    async def record_consent(self, version: int, now: datetime) -> None: ...

    async def draft(self) -> DraftRecord | None:
        """The open draft, if any (at most one)."""
        ...

    async def start_draft(
        self,
        submission_id: uuid.UUID,
        questionnaire_version: str,
        source: str | None,
        state: Mapping[str, Any],
        now: datetime,
    ) -> None: ...

    async def save_draft(
        self,
        submission_id: uuid.UUID,
        state: Mapping[str, Any],
        changed: Mapping[str, Any],
        removed: Sequence[str],
        files: Mapping[str, FileRef],
        now: datetime,
    ) -> None:
        """Persist the engine state with the answers set, changed or removed by one step."""
        ...

    async def discard_draft(self, submission_id: uuid.UUID) -> None:
        """Delete an unfinished draft and its answers (the respondent started a new one)."""
        ...

    async def reference_taken(self, reference: str) -> bool:
        """Whether a submission already carries this reference code."""
        ...

    async def submit(
        self,
        submission_id: uuid.UUID,
        reference: str,
        state: Mapping[str, Any],
        now: datetime,
        *,
        questionnaire_version: str | None = None,
    ) -> None:
        """Mark the draft submitted (answered on `questionnaire_version`) and queue its e-mail."""
        ...

    async def submissions(self, title_question: str) -> list[SubmissionSummary]:
        """The respondent's questionnaires, newest first, titled by one answer."""
        ...

    async def erase(self, now: datetime) -> ErasedMail:
        """Remove everything about the respondent but an anonymous consent-withdrawn record;
        returns what identifies the e-mails sent about their questionnaires."""
        ...


class RespondentStore(Protocol):
    """Hands out per-respondent units of work."""

    def unit(self, user_id: int) -> AbstractAsyncContextManager[RespondentUnit]: ...

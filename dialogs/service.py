"""The intake service: runs the engine for one respondent inside one storage unit of work.

Transports (Telegram, console) call `IntakeService.handle` with plain values and render the
outputs; every answer is committed before `handle` returns, so before any reply is sent.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from dialogs import events as ev
from dialogs.engine import IDLE_COMMANDS, Engine, answer_changes
from dialogs.i18n import DEFAULT_LANGUAGE, normalize_language
from dialogs.model import Kind
from dialogs.ports import (
    Conflict,
    DraftRecord,
    ErasedMail,
    RespondentRecord,
    RespondentStore,
    RespondentUnit,
    SubmissionSummary,
)
from dialogs.reference import new_reference
from dialogs.state import Phase, State

TITLE_QUESTION = "initiative_name"
CONFLICT_RETRIES = 10
SOURCE_LIMIT = 40  # deep-link payloads travel inside 64-byte button data before consent


@dataclass(frozen=True)
class Contact:
    """Who an update comes from."""

    user_id: int
    chat_id: int
    language_code: str | None = None


# ---- actions a transport can request besides engine events ----


@dataclass(frozen=True)
class Begin:
    """/start, possibly from a deep link whose payload records the source."""

    source: str | None = None


@dataclass(frozen=True)
class ConsentChoice:
    """The consent buttons carry the language and source: nothing is stored before consent."""

    accept: bool
    lang: str
    source: str | None = None


@dataclass(frozen=True)
class ReadNotice:
    """Show the whole data-protection notice again (from the short reminder)."""

    lang: str
    source: str | None = None


@dataclass(frozen=True)
class StartNew:
    """Drop the unfinished draft and start a new questionnaire (from the resume offer)."""

    draft: str


@dataclass(frozen=True)
class SubmitRequest:
    """The submit button; the service picks the reference code."""

    draft: str


@dataclass(frozen=True)
class Status:
    """List the respondent's questionnaires."""


@dataclass(frozen=True)
class Erase:
    """Ask to delete all the respondent's data."""


@dataclass(frozen=True)
class ConfirmErase:
    """Answer to the erasure confirmation."""

    yes: bool


@dataclass(frozen=True)
class Pause:
    """Stop for now (/cancel): the answers stay saved."""


@dataclass(frozen=True)
class Show:
    """Show the screen the respondent is on, changing nothing: the open questionnaire where
    it stands, the language choice or the consent notice before consent, nothing otherwise."""


Action = (
    ev.Event | Begin | ConsentChoice | ReadNotice | StartNew | SubmitRequest | Status | Erase
    | ConfirmErase | Pause | Show
)  # fmt: skip

# Button presses: with no questionnaire open, they belong to an earlier one.
_BUTTONS = (ev.Button, ev.Edit, ev.Continue, ev.ReviewPage, ev.ConfirmRestart, StartNew)

# ---- outputs of the service besides the engine's ----


@dataclass(frozen=True)
class OfferResume:
    """A returning respondent has a draft: resume it or start a new one."""

    draft: str
    answered: int


@dataclass(frozen=True)
class StatusList:
    """The respondent's questionnaires."""

    items: tuple[SubmissionSummary, ...]


@dataclass(frozen=True)
class AskErase:
    """Confirm erasure of everything."""


ServiceOutput = ev.Output | OfferResume | StatusList | AskErase


@dataclass(frozen=True)
class Reply:
    """What to show, in which language; `submitted` carries a new reference code, `started`
    says a new questionnaire was opened."""

    lang: str
    outputs: Sequence[ServiceOutput] = ()
    source: str | None = None
    duplicate: bool = False
    submitted: str | None = None
    erased: bool = False
    erased_mail: ErasedMail | None = None  # what to remove outside the database
    started: bool = False


def _now() -> datetime:
    return datetime.now(UTC)


def _token(submission_id: uuid.UUID) -> str:
    # Short enough for button data, and tied to one questionnaire so old buttons are recognised.
    return submission_id.hex[:8]


def clean_source(raw: str | None) -> str | None:
    """Keep a deep-link payload only if it has Telegram's payload shape, truncated."""
    if not raw:
        return None
    kept = "".join(c for c in raw if c.isascii() and (c.isalnum() or c in "_-"))
    return kept[:SOURCE_LIMIT] or None


class IntakeService:
    """Applies one action for one respondent and persists the result atomically."""

    def __init__(
        self,
        engine: Engine,
        store: RespondentStore,
        clock: Callable[[], datetime] = _now,
        make_reference: Callable[[], str] = new_reference,
    ) -> None:
        self.engine = engine
        self.store = store
        self._clock = clock
        self.make_reference = make_reference

    async def handle(
        self, contact: Contact, action: Action, *, update_id: int | None = None
    ) -> Reply:
        """Handle one action; with an update id, a second delivery of it changes nothing."""
        for attempt in range(CONFLICT_RETRIES):
            try:
                return await self._handle_once(contact, action, update_id)
            except Conflict:
                # Another writer changed this respondent first: redo on fresh data, after a
                # short random pause so that writers racing each other do not keep colliding.
                await asyncio.sleep(random.uniform(0, 0.002) * (attempt + 1))
        return await self._handle_once(contact, action, update_id)

    async def _handle_once(self, contact: Contact, action: Action, update_id: int | None) -> Reply:
        now = self._clock()
        async with self.store.unit(contact.user_id) as unit:
            if update_id is not None and not await unit.claim_update(update_id):
                return Reply(lang=DEFAULT_LANGUAGE, duplicate=True)
            respondent = await unit.respondent()
            draft = await unit.draft()
            lang = self._language(contact, respondent, draft)
            session = _Session(self, unit, contact, respondent, draft, lang, now)
            return await session.run(action)

    def _language(
        self, contact: Contact, respondent: RespondentRecord | None, draft: DraftRecord | None
    ) -> str:
        if draft is not None:
            return str(draft.state.get("lang") or DEFAULT_LANGUAGE)
        if respondent is not None and respondent.language:
            return respondent.language
        return normalize_language(contact.language_code) or DEFAULT_LANGUAGE

    def consented(self, respondent: RespondentRecord | None) -> bool:
        """Whether the respondent accepted the current version of the consent text."""
        version = self.engine.q.consent_version
        return respondent is not None and respondent.consent_version == version


@dataclass
class _Session:
    """One action's work inside one unit of work (kept out of the service for readability)."""

    service: IntakeService
    unit: RespondentUnit
    contact: Contact
    respondent: RespondentRecord | None
    draft: DraftRecord | None
    lang: str
    now: datetime

    @property
    def engine(self) -> Engine:
        return self.service.engine

    async def run(self, action: Action) -> Reply:
        match action:
            case Status():
                items = await self.unit.submissions(TITLE_QUESTION) if self.respondent else []
                return Reply(self.lang, [StatusList(tuple(items))])
            case Erase():
                return Reply(self.lang, [AskErase()])
            case ConfirmErase(yes=yes):
                if not yes:
                    return Reply(self.lang, [ev.Say("erase-cancelled")])
                mail = await self.unit.erase(self.now) if self.respondent is not None else None
                return Reply(self.lang, [ev.Say("erase-done")], erased=True, erased_mail=mail)
            case Pause():
                key = "pause-saved" if self.draft is not None else "pause-nothing"
                return Reply(self.lang, [ev.Say(key)])
            case Show():
                if self.draft is not None:
                    return Reply(self.lang, self.engine.show(State.from_dict(self.draft.state)))
                if self.service.consented(self.respondent):
                    return Reply(self.lang)
                # Before consent nothing is stored: the screen is the first one, as /start
                # shows it (the language choice unless the language is known, the notice).
                known = self.respondent is not None or normalize_language(
                    self.contact.language_code
                )
                _, outputs = self.engine.begin(_token(uuid.uuid4()), self.lang if known else None)
                return Reply(self.lang, list(outputs))
        if self.draft is None:
            return await self._without_draft(action)
        return await self._with_draft(self.draft, action)

    async def _without_draft(self, action: Action) -> Reply:
        """No open questionnaire: before consent nothing is stored, after it a draft starts."""
        with_source = Begin | ConsentChoice | ReadNotice
        source = clean_source(action.source) if isinstance(action, with_source) else None
        if self.service.consented(self.respondent):
            if isinstance(action, Begin | ev.Start | StartNew | ConsentChoice):
                return await self._open_draft(source, [])
            return Reply(self.lang, await self._idle(action))
        # Before consent the state is rebuilt from each action; it is stored once accepted.
        lang = self.lang
        known = self.respondent is not None or normalize_language(self.contact.language_code)
        if isinstance(action, ConsentChoice | ReadNotice):
            lang, known = normalize_language(action.lang) or lang, True
        submission_id = uuid.uuid4()
        state, outputs = self.engine.begin(_token(submission_id), lang if known else None)
        if isinstance(action, ConsentChoice):
            state, outputs = self.engine.handle(state, ev.Consent(action.accept))
        elif isinstance(action, ReadNotice):
            state, outputs = self.engine.handle(state, ev.Start())
        elif isinstance(action, ev.Event):
            state, outputs = self.engine.handle(state, action)
        if not state.consented:
            return Reply(state.lang, list(outputs), source=source)
        await self.unit.touch(self.contact.chat_id, state.lang, self.now)
        await self.unit.record_consent(self.engine.q.consent_version, self.now)
        await self._create(submission_id, state, source)
        return Reply(state.lang, list(outputs), source=source, started=True)

    async def _idle(self, action: Action) -> list[ServiceOutput]:
        """No questionnaire open: what can be done now; an old button gets a short note."""
        if isinstance(action, SubmitRequest):
            for item in await self.unit.submissions(TITLE_QUESTION):
                if item.submission_id and _token(item.submission_id) == action.draft:
                    args: dict[str, str | int | float] = {"reference": item.reference or ""}
                    return [ev.Toast("toast-already-submitted", args)]
        if isinstance(action, _BUTTONS) or (
            isinstance(action, ev.Back | ev.Skip) and action.question
        ):
            return [ev.Toast("toast-stale")]
        if isinstance(action, ev.Help):
            return [ev.ShowHelp(IDLE_COMMANDS)]
        return [ev.Say("error-no-draft"), ev.ShowHelp(IDLE_COMMANDS)]

    async def _open_draft(self, source: str | None, before: list[ServiceOutput]) -> Reply:
        submission_id = uuid.uuid4()
        state, outputs = self.engine.begin(_token(submission_id), self.lang, consented=True)
        await self.unit.touch(self.contact.chat_id, None, self.now)
        await self._create(submission_id, state, source)
        return Reply(self.lang, [*before, *outputs], source=source, started=True)

    async def _create(self, submission_id: uuid.UUID, state: State, source: str | None) -> None:
        await self.unit.start_draft(
            submission_id, self.engine.q.version, source, state.to_dict(), self.now
        )

    async def _free_reference(self) -> str:
        """A reference code no other submission has (a clash is rare: 32⁵ codes)."""
        for _ in range(10):
            reference = self.service.make_reference()
            if not await self.unit.reference_taken(reference):
                return reference
        raise RuntimeError("no free reference code after 10 tries")

    async def _with_draft(self, draft: DraftRecord, action: Action) -> Reply:
        stored = State.from_dict(draft.state)
        # A new questionnaire version may have gone live since this draft was last saved.
        before = self.engine.adapt(stored)
        match action:
            case Begin() | ConsentChoice():
                if before.answers and before.phase is not Phase.SUBMITTED:
                    return Reply(self.lang, [OfferResume(before.draft, len(before.answers))])
                return Reply(self.lang, self.engine.show(before))
            case StartNew(draft=token):
                if token != before.draft:
                    return Reply(self.lang, [ev.Toast("toast-stale")])
                await self.unit.discard_draft(draft.submission_id)
                return await self._open_draft(None, [ev.Say("new-draft-started")])
            case SubmitRequest(draft=token):
                event: ev.Event = ev.Submit(await self._free_reference(), token)
            case _ if isinstance(action, ev.Event):
                event = action
            case _:
                return Reply(self.lang, self.engine.show(before))
        after, outputs = self.engine.handle(before, event)
        if after == stored:
            return Reply(after.lang, list(outputs))
        changed, removed = answer_changes(stored, after)
        files = {
            qid: ev.FileRef(**value)
            for qid, value in changed.items()
            if value is not None and self.engine.q.question(qid).kind is Kind.FILE
        }
        await self.unit.save_draft(
            draft.submission_id, after.to_dict(), changed, removed, files, self.now
        )
        if after.lang != before.lang:
            await self.unit.touch(self.contact.chat_id, after.lang, self.now)
        submitted = None
        if after.phase is Phase.SUBMITTED and before.phase is not Phase.SUBMITTED:
            submitted = after.reference
            await self.unit.submit(
                draft.submission_id,
                submitted or "",
                after.to_dict(),
                self.now,
                questionnaire_version=self.engine.q.version,
            )
        return Reply(after.lang, list(outputs), submitted=submitted)

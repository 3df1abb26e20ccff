"""What a respondent can do (events in) and what the engine asks the transport to show (out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dialogs.model import Kind

# ---- events: plain values a transport builds from a message, a button or a command ----


@dataclass(frozen=True)
class FileRef:
    """A file the transport received; the engine stores this reference, never the bytes."""

    file_id: str
    unique_id: str
    name: str | None = None
    mime: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class Start:
    """Show whatever the respondent should see now (first contact, /resume, a restart)."""


@dataclass(frozen=True)
class Text:
    """Free text typed by the respondent."""

    text: str


@dataclass(frozen=True)
class Button:
    """A button pressed on a question: choose, toggle, done, keep; tagged with its draft."""

    action: str  # "choose" | "toggle" | "done" | "keep" | "na" (not applicable)
    question: str
    draft: str
    choice: str = ""


@dataclass(frozen=True)
class Skip:
    """Skip the current (optional) question; from a button, the question it was under."""

    question: str = ""


@dataclass(frozen=True)
class Back:
    """Go back to the question before; from a button, the question it was under."""

    question: str = ""


@dataclass(frozen=True)
class Review:
    """Show every answer so far."""


@dataclass(frozen=True)
class ReviewPage:
    """Turn the review to another section."""

    page: int
    draft: str


@dataclass(frozen=True)
class Continue:
    """From an incomplete review: answer the questions still missing."""

    draft: str


@dataclass(frozen=True)
class Edit:
    """Change one answer from the review."""

    question: str
    draft: str


@dataclass(frozen=True)
class Submit:
    """Submit the reviewed answers; the caller supplies a fresh reference code."""

    reference: str
    draft: str


@dataclass(frozen=True)
class Restart:
    """Ask to start over (confirmation follows)."""


@dataclass(frozen=True)
class ConfirmRestart:
    """Answer to the start-over confirmation."""

    yes: bool
    draft: str


@dataclass(frozen=True)
class SetLanguage:
    """Switch the language; answers are kept."""

    lang: str


@dataclass(frozen=True)
class Consent:
    """Accept or decline the data-protection notice."""

    accept: bool


@dataclass(frozen=True)
class Upload:
    """A document or photo sent by the respondent."""

    file: FileRef


@dataclass(frozen=True)
class Location:
    """A location shared by the respondent (Telegram's location button)."""

    latitude: float
    longitude: float


@dataclass(frozen=True)
class Unsupported:
    """Something the questionnaire cannot use (a sticker, a voice note, a location...)."""

    what: str


@dataclass(frozen=True)
class Refused:
    """The transport refused the input (file too big, edited message): say why, ask again."""

    key: str
    args: dict[str, str | int | float] = field(default_factory=dict)


@dataclass(frozen=True)
class Help:
    """Explain how to answer, then repeat the question."""


Event = (
    Start | Text | Button | Skip | Back | Review | ReviewPage | Continue | Edit | Submit | Restart
    | ConfirmRestart | SetLanguage | Consent | Upload | Location | Unsupported | Refused | Help
)  # fmt: skip

# ---- outputs: what to show, as message ids and plain values the transport renders ----


@dataclass(frozen=True)
class Say:
    """A localized message."""

    key: str
    args: dict[str, str | int | float] = field(default_factory=dict)


@dataclass(frozen=True)
class Ask:
    """Show a question, with everything needed to render its text and buttons."""

    question: str
    kind: Kind
    draft: str
    section: str
    section_no: int
    section_count: int
    number: int
    count: int
    required: bool
    can_back: bool
    percent: int = 0  # share of the required questions settled (never goes back)
    options: tuple[str, ...] = ()
    selected: frozenset[str] = frozenset()
    current: Any = None
    has_current: bool = False
    awaiting_other: bool = False
    not_applicable: bool = False  # "Not applicable" is offered as an answer
    refresh: bool = False  # the same question again after a toggle: edit the old message in place
    notes: tuple[str, ...] = ()  # ids of the notes shown just before it, in one message


@dataclass(frozen=True)
class AskLanguage:
    """Offer the four languages."""


@dataclass(frozen=True)
class AskConsent:
    """Show the data-protection notice with accept / decline."""

    version: int


@dataclass(frozen=True)
class RemindConsent:
    """A short reminder of the pending accept / decline, with a way to read the notice again."""

    version: int


@dataclass(frozen=True)
class Toast:
    """A brief note on the button just pressed (no new message), or a line where no button was."""

    key: str
    args: dict[str, str | int | float] = field(default_factory=dict)


@dataclass(frozen=True)
class ShowHelp:
    """The commands that do something now, in the order they matter."""

    commands: tuple[str, ...]


@dataclass(frozen=True)
class ReviewItem:
    """One answer on the review; `value` is absent (UNANSWERED) or the stored answer."""

    question: str
    value: Any
    answered: bool


@dataclass(frozen=True)
class ReviewSection:
    """The answers of one section, in order."""

    section: str
    items: tuple[ReviewItem, ...]


@dataclass(frozen=True)
class ShowReview:
    """All answers grouped by section; submit is offered only when nothing required is missing."""

    draft: str
    sections: tuple[ReviewSection, ...]
    complete: bool
    page: int = 0  # the section a paged review shows
    refresh: bool = False  # a page turn: show it in place of the page before
    notes: tuple[str, ...] = ()  # the questionnaire's closing notes, shown above it


@dataclass(frozen=True)
class AskRestart:
    """Confirm that all answers should be cleared."""

    draft: str


@dataclass(frozen=True)
class Submitted:
    """The questionnaire was submitted under this reference."""

    reference: str


Output = (
    Say | Ask | AskLanguage | AskConsent | RemindConsent | Toast | ShowHelp | ShowReview
    | AskRestart | Submitted
)  # fmt: skip

"""The guide as plain data: what the templates receive, already filtered by consent."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

Order = Literal["country", "activity", "manual"]
ORDERS: Final[tuple[Order, ...]] = ("country", "activity", "manual")
LeftOutReason = Literal["refused", "unanswered", "not-found"]


@dataclass(frozen=True)
class Fact:
    """One line of a chapter's context (country, city, setting …) in the guide's language."""

    label: str
    value: str


@dataclass(frozen=True)
class Item:
    """One answer under a part's heading: the respondent's words (`verbatim`) or words of the
    guide (a choice label, or "Not answered" said in words: `missing`)."""

    label: str
    paragraphs: tuple[str, ...]
    verbatim: bool = False
    missing: bool = False


@dataclass(frozen=True)
class Part:
    """A fixed heading of every chapter (scope, definition, evaluation …) and its answers."""

    heading: str
    items: tuple[Item, ...]
    labelled: bool = False  # each answer under its question's label (several, or a choice)


@dataclass(frozen=True)
class ScoreRow:
    """The mean score of one review criterion, formatted for the guide's language."""

    criterion: str
    mean: str


@dataclass(frozen=True)
class Chapter:
    """One experience."""

    number: int
    reference: str
    title: str
    anonymous: bool
    language: str  # the respondent's language (code): the answers are in it
    language_line: str  # which language the answers are written in, in words
    facts: tuple[Fact, ...]
    parts: tuple[Part, ...]
    scores: tuple[ScoreRow, ...] = ()


@dataclass(frozen=True)
class IndexEntry:
    """A country or an activity, and the chapters (by number) under it."""

    heading: str
    chapters: tuple[int, ...]


@dataclass(frozen=True)
class LeftOut:
    """An experience that matched the choice but is not in the guide, and why."""

    reference: str
    title: str
    reason: LeftOutReason


@dataclass(frozen=True)
class NameWarning:
    """Free text that still names what must not be published (the city or organisation of an
    anonymous experience, the contact person, an e-mail address or phone number)."""

    reference: str
    question_id: str
    question: str  # its label in the guide's language
    words: tuple[str, ...]  # as the respondent wrote them
    masked: bool = False  # e-mail addresses or phone numbers, replaced in the guide


@dataclass(frozen=True)
class Guide:
    """Everything a template lays out; `words` are the texts around the answers."""

    lang: str
    words: dict[str, str]
    introduction: tuple[str, ...]
    chapters: tuple[Chapter, ...]
    by_country: tuple[IndexEntry, ...]
    by_activity: tuple[IndexEntry, ...]
    left_out: tuple[LeftOut, ...] = ()
    warnings: tuple[NameWarning, ...] = field(default=())

"""The respondent's place in the questionnaire: a plain value that round-trips through JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Self


class Phase(StrEnum):
    """Where the respondent is."""

    LANGUAGE = "language"
    CONSENT = "consent"
    QUESTION = "question"
    OTHER = "other"  # the "Other" choice was picked: waiting for its free text
    REVIEW = "review"
    RESTART = "restart"  # confirming "start over"
    SUBMITTED = "submitted"
    DECLINED = "declined"


@dataclass(frozen=True)
class State:
    """Everything the engine needs to go on; answers: question id → value (None = skipped)."""

    draft: str
    lang: str
    phase: Phase = Phase.CONSENT
    current: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    pending: tuple[str, ...] | None = None  # multi-choice toggles not yet confirmed
    editing: bool = False  # came from the review: go back there once this answer is settled
    return_phase: Phase | None = None  # where "no, don't start over" returns
    consented: bool = False
    reference: str | None = None
    # Of the questionnaire it follows (None: before versions; a whole number before versions
    # were text): compare with str().
    version: str | int | None = None

    def evolve(self, **changes: Any) -> State:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    def to_dict(self) -> dict[str, Any]:
        # Written out rather than dataclasses.asdict, which deep-copies every answer: this runs
        # on every update, and answers are never changed in place (each step builds new ones).
        return {
            "draft": self.draft,
            "lang": self.lang,
            "phase": self.phase.value,
            "current": self.current,
            "answers": dict(self.answers),
            "pending": list(self.pending) if self.pending is not None else None,
            "editing": self.editing,
            "return_phase": self.return_phase.value if self.return_phase else None,
            "consented": self.consented,
            "reference": self.reference,
            "version": self.version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        pending = data.get("pending")
        return cls(
            draft=str(data["draft"]),
            lang=str(data["lang"]),
            phase=Phase(data["phase"]),
            current=data.get("current"),
            answers=dict(data.get("answers") or {}),
            pending=tuple(pending) if pending is not None else None,
            editing=bool(data.get("editing", False)),
            return_phase=Phase(data["return_phase"]) if data.get("return_phase") else None,
            consented=bool(data.get("consented", False)),
            reference=data.get("reference"),
            version=data.get("version"),
        )

    @classmethod
    def from_json(cls, text: str) -> Self:
        return cls.from_dict(json.loads(text))

"""Words for what the engine outputs: question texts, option labels and answers as text.

Shared by every transport (Telegram, console, e-mail, export) so that an answer reads the same
everywhere. Returns plain text; each transport escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dialogs.countries import country_name
from dialogs.events import Ask
from dialogs.i18n import Translator
from dialogs.kinds import date_words, decimal_text
from dialogs.model import Kind, Question, Questionnaire, is_not_applicable
from dialogs.ports import SubmissionSummary
from dialogs.validation import format_phone

_KIND_HINTS = {
    Kind.DATE: "kinds-hint-date",
    Kind.GEOPOINT: "kinds-hint-geopoint",
    Kind.DECIMAL: "kinds-hint-decimal",
}


@dataclass(frozen=True)
class PromptText:
    """The parts of a question as shown to the respondent."""

    progress: str
    section: str
    question: str
    hints: tuple[str, ...]
    current: str | None
    notes: tuple[str, ...] = ()  # notes shown before the question, in one message


@dataclass(frozen=True)
class ConsentTerms:
    """The facts the consent text states: retention of drafts and where to write to EFUS."""

    draft_retention_days: int
    contact: str


class Renderer:
    """Turns engine values into localized text."""

    def __init__(
        self, questionnaire: Questionnaire, translate: Translator, terms: ConsentTerms
    ) -> None:
        self.q = questionnaire
        self.t = translate
        self.terms = terms

    def consent(self, lang: str) -> str:
        """The data-protection notice shown before anything is stored."""
        args: dict[str, str | int] = {
            "days": self.terms.draft_retention_days,
            "inbox": self.terms.contact,
        }
        return self.t(lang, "consent-text", args)

    def label(self, question_id: str, lang: str) -> str:
        """The short label of a question (review, e-mail, export header)."""
        return self.t(lang, self.q.question(question_id).label_key)

    def section_title(self, section_id: str, lang: str) -> str:
        return self.t(lang, f"section-{section_id}")

    def option(self, question_id: str, option: str, lang: str) -> str:
        """The label of one option of a question (a choice, or a country for country questions)."""
        question = self.q.question(question_id)
        if question.kind is Kind.COUNTRY:
            return country_name(option, lang)
        if question.kind is Kind.ACKNOWLEDGE:
            return self.t(lang, "kinds-button-acknowledge")
        if question.kind is Kind.RANGE:
            return option
        return self.t(lang, question.choice_key(option))

    def note(self, note_id: str, lang: str) -> str:
        """The text of a note."""
        return self.t(lang, self.q.question(note_id).prompt_key)

    def prompt(self, ask: Ask, lang: str) -> PromptText:
        """Progress line, section, question and hints for an Ask."""
        question = self.q.question(ask.question)
        progress = self.t(
            lang,
            "progress",
            {"section": ask.section_no, "sections": ask.section_count, "percent": ask.percent},
        )
        hints: list[str] = []
        if ask.awaiting_other and question.other is not None:
            other = self.option(question.id, question.other, lang)
            return PromptText(
                progress,
                self.section_title(ask.section, lang),
                self.t(lang, question.prompt_key),
                (self.t(lang, "hint-other", {"choice": other}),),
                None,
            )
        if self.t.has(lang, question.hint_key) or self.t.has("en", question.hint_key):
            hints.append(self.t(lang, question.hint_key))
        if question.kind is Kind.MULTI:
            hints.append(self.t(lang, "hint-multi"))
        if question.kind is Kind.FILE:
            hints.append(self.t(lang, "hint-file"))
        if question.kind in _KIND_HINTS:
            hints.append(self.t(lang, _KIND_HINTS[question.kind]))
        if question.kind is Kind.RANGE and not ask.options:
            values = question.range_values()
            args = {"min": values[0], "max": values[-1], "step": question.step or 1}
            hints.append(self.t(lang, "kinds-hint-range", args))
        if not question.required:
            hints.append(self.t(lang, "hint-optional"))
        if question.not_applicable:
            hints.append(self.t(lang, "hint-not-applicable"))
        current = None
        if ask.has_current and ask.current is not None:
            shown = self.answer(question, ask.current, lang)
            # Joined here, not passed as a Fluent placeable: those render "{???}" past 2,500
            # characters, and an answer may have 3,000.
            current = f"{self.t(lang, 'current-answer-label')} {shown}"
        return PromptText(
            progress,
            self.section_title(ask.section, lang),
            self.t(lang, question.prompt_key),
            tuple(hints),
            current,
            tuple(self.note(note, lang) for note in ask.notes),
        )

    def answer(self, question: Question, value: Any, lang: str) -> str:
        """An answer as text in `lang` (choice labels translated, free text verbatim)."""
        if value is None:
            return self.t(lang, "review-skipped")
        if is_not_applicable(value):
            return self.t(lang, "answer-not-applicable")
        match question.kind:
            case Kind.YESNO:
                return self.t(lang, "choice-yes" if value else "choice-no")
            case Kind.SINGLE:
                return self._choices(question, [value["choice"]], value.get("other"), lang)
            case Kind.MULTI:
                return self._choices(question, list(value["choices"]), value.get("other"), lang)
            case Kind.COUNTRY:
                return country_name(str(value), lang)
            case Kind.FILE:
                name = value.get("name")
                if name:
                    return self.t(lang, "answer-file", {"name": name})
                return self.t(lang, "answer-file-unnamed")
            case Kind.INTEGER | Kind.RANGE:
                return str(value)
            case Kind.DECIMAL | Kind.CALCULATE if isinstance(value, float):
                return decimal_text(value, lang)
            case Kind.DATE:
                return date_words(str(value), lang)
            case Kind.GEOPOINT:
                return ", ".join(str(value).split()[:2])
            case Kind.ACKNOWLEDGE:
                return self.t(lang, "kinds-acknowledged")
            case Kind.PHONE:
                return format_phone(str(value))
        return str(value)

    def status_args(self, item: SubmissionSummary, lang: str) -> dict[str, str | int]:
        """Arguments of one /status line."""
        when = item.submitted_at or item.created_at
        status = self.t(lang, f"status-{item.status}")
        # What staff decided, in the respondent's words; "on hold" is still being reviewed.
        triage = {"on_hold": "in_review"}.get(item.triage or "", item.triage)
        if triage in ("in_review", "selected", "not_selected"):
            outcome = self.t(lang, f"status-triage-{triage}")
            status = self.t(lang, "status-submitted-triage", {"triage": outcome})
        return {
            "reference": item.reference or self.t(lang, "status-no-reference"),
            "status": status,
            "title": item.title or self.t(lang, "status-untitled"),
            "date": when.strftime("%Y-%m-%d"),
        }

    def answer_by_id(self, question_id: str, value: Any, lang: str) -> str:
        return self.answer(self.q.question(question_id), value, lang)

    def _choices(self, question: Question, ids: list[str], other: Any, lang: str) -> str:
        labels = []
        for choice in ids:
            label = self.option(question.id, choice, lang)
            if choice == question.other and other:
                label = self.t(lang, "answer-other", {"choice": label, "text": str(other)})
            labels.append(label)
        return self.t(lang, "answer-multi-separator").join(labels)

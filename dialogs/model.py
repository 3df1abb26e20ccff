"""The questionnaire as data: sections, questions, choices and skip conditions."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator, KeysView, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dialogs.conditions import (
    AllOf,
    AnyOf,
    Compare,
    Condition,
    ExpressionError,
    Not,
    When,
    chosen_ids,
    condition_key,
    parse_expression,
    to_expression,
)

__all__ = ["Condition", "Kind", "Question", "Questionnaire", "Section", "When", "chosen_ids"]


class Kind(StrEnum):
    """Every kind of question the engine knows how to ask and validate."""

    TEXT = "text"
    LONGTEXT = "longtext"
    INTEGER = "integer"
    YEAR = "year"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    SINGLE = "single"
    MULTI = "multi"
    YESNO = "yesno"
    COUNTRY = "country"
    FILE = "file"
    NOTE = "note"  # a text shown, nothing asked
    DECIMAL = "decimal"
    DATE = "date"  # stored as YYYY-MM-DD
    GEOPOINT = "geopoint"  # stored as "latitude longitude", as ODK writes it
    ACKNOWLEDGE = "acknowledge"  # one OK button; stored as "OK"
    RANGE = "range"  # a whole number from min to max by step
    CALCULATE = "calculate"  # computed from earlier answers, never asked


CHOICE_KINDS = frozenset({Kind.SINGLE, Kind.MULTI, Kind.YESNO})
SILENT_KINDS = frozenset({Kind.NOTE, Kind.CALCULATE})  # shown or computed, never asked
YESNO_CHOICES = ("yes", "no")
ACKNOWLEDGED = "OK"  # the value of an acknowledge question, as ODK stores it
RANGE_BUTTONS = 11  # a range with at most this many values is answered with buttons
_CHOICE_KEYS = 4096  # single choices whose condition key a questionnaire remembers
# A name as the XLSForm specification allows it: a letter or underscore, then letters, digits,
# hyphens, dots or underscores, any length (short keys, not names, travel in button data).
NAME = re.compile(r"(?:[^\W\d]|_)[\w.-]*")
DEFAULT_MAX_LENGTH = {Kind.TEXT: 200, Kind.LONGTEXT: 3000}


@dataclass(frozen=True)
class Question:
    """One question: stable id, kind, whether it may be skipped, and its limits."""

    id: str
    kind: Kind
    section: str
    required: bool = True
    choices: tuple[str, ...] = ()
    other: str | None = None
    min: int | None = None
    max: int | None = None
    max_ahead: int | None = None
    max_length: int | None = None
    when: When | None = None
    not_applicable: bool = False  # offers "Not applicable" as an answer to a required question
    step: int | None = None  # of a range
    calculation: str | None = None  # of a calculate: the XLSForm expression
    image: str | None = None  # a file beside the workbook, shown with the question

    @property
    def asked(self) -> bool:
        """Whether the respondent answers it (notes are shown, calculations computed)."""
        return self.kind not in SILENT_KINDS

    @property
    def prompt_key(self) -> str:
        return f"q-{self.id}"

    @property
    def label_key(self) -> str:
        return f"q-{self.id}-label"

    @property
    def hint_key(self) -> str:
        return f"q-{self.id}-hint"

    @property
    def constraint_key(self) -> str:
        """(Optional) what to say when an answer is outside the question's limits."""
        return f"q-{self.id}-constraint"

    def choice_key(self, choice: str) -> str:
        """Fluent key of one choice's label (yes/no share common keys)."""
        if self.kind is Kind.YESNO:
            return f"choice-{choice}"
        return f"choice-{self.id}-{choice}"

    @property
    def choice_ids(self) -> tuple[str, ...]:
        if self.kind is Kind.YESNO:
            return YESNO_CHOICES
        if self.kind is Kind.ACKNOWLEDGE:
            return (ACKNOWLEDGED,)
        if self.kind is Kind.RANGE:
            return tuple(str(n) for n in self.range_values())
        return self.choices

    def range_values(self) -> range:
        """The values of a range question (empty for any other kind)."""
        if self.kind is not Kind.RANGE or self.min is None or self.max is None:
            return range(0)
        step = self.step or 1
        return range(self.min, self.max + (1 if step > 0 else -1), step)

    def text_limit(self) -> int:
        return self.max_length or DEFAULT_MAX_LENGTH.get(self.kind, 200)


@dataclass(frozen=True)
class Section:
    """A titled group of questions; the respondent is told which section they are in."""

    id: str
    questions: tuple[Question, ...]

    @property
    def title_key(self) -> str:
        return f"section-{self.id}"


@dataclass(frozen=True)
class Questionnaire:
    """The whole definition, with lookups by question id."""

    id: str
    version: str  # as the form's settings write it ("3", "vKz3…", "2024-03-12"); "" for none
    consent_version: int
    sections: tuple[Section, ...]
    # XLSForm metadata rows the chat knows the value of: (name, type), type start, end or today.
    metadata: tuple[tuple[str, str], ...] = ()
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    _by_key: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    _shown: dict[tuple[frozenset[str], ...], list[Question]] = field(
        default_factory=dict, compare=False, repr=False
    )

    _shown_ids: dict[tuple[frozenset[str], ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    _condition_sources: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # A single choice's condition key, made once per choice id (see _condition_key).
    _choice_keys: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # Every question in order, and each one's place in it: walked on every update.
    _all: tuple[Question, ...] = field(default=(), compare=False, repr=False)
    _position: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _required: tuple[Question, ...] = field(default=(), compare=False, repr=False)
    _calculations: tuple[Question, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        every = tuple(q for section in self.sections for q in section.questions)
        object.__setattr__(self, "_all", every)  # frozen: set once, here
        object.__setattr__(self, "_required", tuple(q for q in every if q.required and q.asked))
        calculations = tuple(q for q in every if q.kind is Kind.CALCULATE)
        object.__setattr__(self, "_calculations", calculations)
        for position, question in enumerate(every):
            self._position.setdefault(question.id, position)
        for question in self.questions():
            self._by_id[question.id] = question
            key = short_key(question.id)
            if self._by_key.setdefault(key, question.id) != question.id:
                raise DefinitionError(f"{question.id}: its short key {key} is taken")
        sources = tuple(
            dict.fromkeys(s for q in self.questions() if q.when for s in q.when.sources())
        )
        object.__setattr__(self, "_condition_sources", sources)  # frozen: set once, here

    def questions(self) -> Iterator[Question]:
        """Every question in the order it is asked."""
        return iter(self._all)

    def question(self, question_id: str) -> Question:
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def has_questions(self, question_ids: KeysView[str]) -> bool:
        """Whether every one of these ids is a question of this questionnaire."""
        return question_ids <= self._by_id.keys()

    def by_key(self, key: str) -> str | None:
        """The question id a button's short key stands for (None: no such question)."""
        return self._by_key.get(key)

    def notes_before(self, question: Question, answers: Mapping[str, Any]) -> tuple[str, ...]:
        """The notes shown right before a question (those since the previous one asked)."""
        position = self._position.get(question.id)
        if position is None:
            return ()
        notes: list[str] = []
        for q in reversed(self._all[:position]):  # back to the previous question shown
            if q.kind is Kind.NOTE:
                if self.is_shown(q, answers):
                    notes.append(q.id)
            elif q.asked and self.is_shown(q, answers):
                break
        return tuple(reversed(notes))

    def closing_notes(self, answers: Mapping[str, Any]) -> tuple[str, ...]:
        """The notes after the last question asked, shown with the review."""
        notes: list[str] = []
        for q in self.questions():
            if q.kind is Kind.NOTE and self.is_shown(q, answers):
                notes.append(q.id)
            elif q.asked and self.is_shown(q, answers):
                notes = []
        return tuple(notes)

    def required_asked(self) -> tuple[Question, ...]:
        """The questions a respondent must settle, in order (what progress counts)."""
        return self._required

    def calculations(self) -> Iterator[Question]:
        return iter(self._calculations)

    def is_shown(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """Whether skip logic shows this question, given the answers so far."""
        return question.when is None or question.when.holds(answers)

    def shown_ids(self, answers: Mapping[str, Any]) -> frozenset[str]:
        """The ids of the questions skip logic shows, calculations included (for exports: one
        look-up per row)."""
        key = tuple(map(self._condition_key, map(answers.get, self._condition_sources)))
        found = self._shown_ids.get(key)
        if found is None:
            found = self._shown_ids[key] = frozenset(
                q.id
                for q in self.questions()
                if q.kind is not Kind.NOTE and self.is_shown(q, answers)
            )
        return found

    def _condition_key(self, value: Any) -> Any:
        """condition_key(value), a single choice's made once per choice id: an export asks for
        every row's shown questions, and building a new set per condition was most of that."""
        if type(value) is dict:
            choice = value.get("choice")
            if type(choice) is str:
                found = self._choice_keys.get(choice)
                if found is None:
                    if len(self._choice_keys) >= _CHOICE_KEYS:
                        self._choice_keys.clear()
                    found = self._choice_keys[choice] = condition_key(value)
                return found
        return condition_key(value)

    def shown(self, answers: Mapping[str, Any]) -> list[Question]:
        """The questions skip logic shows and the respondent answers, in order (a copy)."""
        # Only the answers that conditions look at decide this: remember each combination.
        key = tuple(map(self._condition_key, map(answers.get, self._condition_sources)))
        found = self._shown.get(key)
        if found is None:
            found = self._shown[key] = [
                q for q in self.questions() if q.asked and self.is_shown(q, answers)
            ]
        return list(found)


def short_key(name: str) -> str:
    """The 8-character key a button carries for a question or choice name (never the name).

    The same name always gives the same key, so buttons left in a chat keep their meaning for
    as long as the name exists; a questionnaire whose names would share a key is refused.
    """
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=6).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")


NOT_APPLICABLE: dict[str, Any] = {"not_applicable": True}


def is_not_applicable(value: Any) -> bool:
    """Whether an answer is the "Not applicable" way out."""
    return isinstance(value, dict) and value.get("not_applicable") is True


class DefinitionError(ValueError):
    """The questionnaire file is inconsistent."""


def version_text(raw: Any) -> str:
    """A version as stored: the text the form gives ("" for none; 3 and "3" are one)."""
    return "" if raw is None else str(raw).strip()


def _condition(raw: Mapping[str, Any] | str | None) -> When | None:
    """A `when`: the {question, in, not_in} mapping, or an expression string."""
    if raw is None:
        return None
    if isinstance(raw, str):
        try:
            return parse_expression(raw)
        except ExpressionError as error:
            raise DefinitionError(f"condition {raw!r}: {error.key} {error.values}") from None
    return Condition(
        question=str(raw["question"]),
        in_=frozenset(str(v) for v in raw.get("in", ())),
        not_in=frozenset(str(v) for v in raw.get("not_in", ())),
    )


def parse_questionnaire(data: Mapping[str, Any]) -> Questionnaire:
    """Build and check a questionnaire from its parsed YAML."""
    sections: list[Section] = []
    seen: dict[str, Question] = {}
    for raw_section in data["sections"]:
        questions: list[Question] = []
        for raw in raw_section["questions"]:
            question = Question(
                id=str(raw["id"]),
                kind=Kind(raw["kind"]),
                section=str(raw_section["id"]),
                required=bool(raw.get("required", True)),
                choices=tuple(str(c) for c in raw.get("choices", ())),
                other=raw.get("other"),
                min=raw.get("min"),
                max=raw.get("max"),
                max_ahead=raw.get("max_ahead"),
                max_length=raw.get("max_length"),
                when=_condition(raw.get("when")),
                not_applicable=bool(raw.get("not_applicable", False)),
                step=raw.get("step"),
                calculation=raw.get("calculation"),
                image=raw.get("image"),
            )
            _check(question, seen)
            seen[question.id] = question
            questions.append(question)
        sections.append(Section(id=str(raw_section["id"]), questions=tuple(questions)))
    return Questionnaire(
        id=str(data["id"]),
        version=version_text(data.get("version")),
        consent_version=int(data["consent_version"]),
        sections=tuple(sections),
        metadata=tuple((str(m["name"]), str(m["type"])) for m in data.get("metadata", ())),
    )


def _check(question: Question, earlier: Mapping[str, Question]) -> None:
    if question.id in earlier:
        raise DefinitionError(f"duplicate question id {question.id!r}")
    if not NAME.fullmatch(question.id):
        raise DefinitionError(f"question id {question.id!r} is not an XLSForm name")
    if question.kind in {Kind.SINGLE, Kind.MULTI} and not question.choices:
        raise DefinitionError(f"{question.id}: a choice question needs choices")
    if question.kind is Kind.RANGE and not question.range_values():
        raise DefinitionError(f"{question.id}: a range needs a start, an end and a step")
    if question.kind is Kind.CALCULATE and not question.calculation:
        raise DefinitionError(f"{question.id}: a calculate needs a calculation")
    keys = {short_key(c) for c in question.choices}
    if len(keys) != len(question.choices):
        raise DefinitionError(f"{question.id}: two choices share a short key")
    if question.other is not None and question.other not in question.choices:
        raise DefinitionError(f"{question.id}: 'other' must be one of its choices")
    if question.when is not None:
        problem = next(iter(condition_problems(question.when, earlier)), None)
        if problem is not None:
            raise DefinitionError(f"{question.id}: condition: {problem[0]} {problem[1]}")


NUMBER_KINDS = frozenset({Kind.INTEGER, Kind.YEAR, Kind.DECIMAL, Kind.RANGE, Kind.CALCULATE})


def condition_problems(
    when: When, earlier: Mapping[str, Question]
) -> Iterator[tuple[str, dict[str, str | int]]]:
    """What is wrong with a condition over the questions before it (Fluent ids and args)."""
    for leaf in _leaves(when):
        target = earlier.get(leaf.question)
        if target is None:
            yield "xlsform-expr-unknown-question", {"name": leaf.question}
            continue
        if isinstance(leaf, Condition):
            if target.kind not in CHOICE_KINDS:
                yield "xlsform-expr-not-choice", {"name": leaf.question}
                continue
            for choice in sorted((leaf.in_ | leaf.not_in) - set(target.choice_ids)):
                yield "xlsform-expr-unknown-choice", {"name": leaf.question, "choice": choice}
        elif isinstance(leaf, Compare) and target.kind not in NUMBER_KINDS:
            yield "xlsform-expr-not-number", {"name": leaf.question}


def _leaves(when: When) -> Iterator[Any]:
    if isinstance(when, AllOf | AnyOf):
        for part in when.parts:
            yield from _leaves(part)
    elif isinstance(when, Not):
        yield from _leaves(when.part)
    else:
        yield when


def when_data(when: When, multi: frozenset[str] = frozenset()) -> dict[str, Any] | str:
    """A condition as the YAML holds it: one choice test as a mapping, else an expression."""
    if isinstance(when, Condition):
        out: dict[str, Any] = {"question": when.question}
        if when.in_:
            out["in"] = sorted(when.in_)
        if when.not_in:
            out["not_in"] = sorted(when.not_in)
        return out
    return to_expression(when, multi)


def questionnaire_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire as its YAML holds it (parse_questionnaire reads it back equal)."""
    multi = frozenset(q.id for q in questionnaire.questions() if q.kind is Kind.MULTI)
    sections = []
    for section in questionnaire.sections:
        questions = []
        for q in section.questions:
            data: dict[str, Any] = {"id": q.id, "kind": q.kind.value}
            if not q.required:
                data["required"] = False
            if q.choices:
                data["choices"] = list(q.choices)
            if q.other is not None:
                data["other"] = q.other
            for name in ("min", "max", "max_ahead", "max_length", "step", "calculation", "image"):
                if getattr(q, name) is not None:
                    data[name] = getattr(q, name)
            if q.not_applicable:
                data["not_applicable"] = True
            if q.when is not None:
                data["when"] = when_data(q.when, multi)
            questions.append(data)
        sections.append({"id": section.id, "questions": questions})
    whole: dict[str, Any] = {
        "id": questionnaire.id,
        "version": questionnaire.version,
        "consent_version": questionnaire.consent_version,
        "sections": sections,
    }
    if questionnaire.metadata:
        whole["metadata"] = [{"name": n, "type": t} for n, t in questionnaire.metadata]
    return whole


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    """Read the questionnaire file (the packaged CECOPS one by default)."""
    if path is None:
        text = resources.files("dialogs").joinpath("questionnaire.yaml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    return parse_questionnaire(yaml.safe_load(text))

"""The questionnaire as an XLSForm (survey, choices, settings sheets). Pure: no I/O.

Sheets are plain lists of rows (header first); reading and writing .xlsx files is done by the
caller; dialogs.xlsform_read reads sheets back. Mapping, both ways:

- a section is a `begin_group`/`end_group` pair named after it; questions outside any group
  form a section of their own; nested groups belong to the outer section (their `relevant`
  is added to each question inside them);
- text → `text`; long text → `text` with appearance `multiline`; integer → `integer`;
  year → `integer`; e-mail, phone, web address, country → `text`; file → `file`;
  single/multiple choice → `select_one`/`select_multiple` with a list named after the
  question; yes/no → `select_one yes_no`. Kinds XLSForm lacks keep their meaning in the
  `bind::intake:kind` column (an attribute in the XForm that other tools ignore);
- "other" with free text → `or_other` (or `bind::intake:other` naming another choice);
- limits → `constraint` (`. >= 1`, `. <= 10`, `string-length(.) <= 200`,
  `. <= int(format-date(today(), '%Y')) + 5`) with a localized `constraint_message`;
- skip logic → `relevant` (see dialogs.conditions for the supported expressions);
- labels, hints and the short label used in reviews and exports (`short_label::…`, which
  pyxform ignores) in `label::English (en)`, `label::Français (fr)`, `label::Italiano (it)`,
  `label::Lietuvių (lt)`; a plain `label` column is the default language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from dialogs.conditions import to_expression as write_expression
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import (
    YESNO_CHOICES,
    Kind,
    Question,
    Questionnaire,
)

Cell = str | int | None
Rows = list[list[Cell]]
Messages = dict[str, dict[str, str]]  # language → Fluent id → text

LANGUAGE_NAMES: Mapping[str, str] = {
    "en": "English (en)",
    "fr": "Français (fr)",
    "it": "Italiano (it)",
    "lt": "Lietuvių (lt)",
}
NAMESPACE = 'intake="urn:efus:cecops-intake"'
KIND_COLUMN = "bind::intake:kind"
OTHER_COLUMN = "bind::intake:other"
NOT_APPLICABLE_COLUMN = "bind::intake:not_applicable"
IMAGE_COLUMN = "media::image"
YESNO_LIST = "yes_no"
OR_OTHER = "other"  # the choice id XLSForm's `or_other` adds


@dataclass
class Sheets:
    """The three sheets of an XLSForm, each a list of rows with the header first."""

    survey: Rows
    choices: Rows
    settings: Rows


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a workbook: where (sheet, row, column) and what (Fluent id, args)."""

    sheet: str
    row: int
    column: str
    key: str
    args: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class Loaded:
    """A workbook read without problems: the questionnaire, its data and its wording."""

    questionnaire: Questionnaire
    data: dict[str, Any]
    messages: Messages


class WorkbookProblems(ValueError):
    """The workbook cannot be used as it is; `problems` says everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


# ---- questionnaire → sheets ----


def column_name(name: str, lang: str) -> str:
    return f"{name}::{LANGUAGE_NAMES[lang]}"


def survey_header(questionnaire: Questionnaire | None = None) -> list[Cell]:
    """The columns of the survey sheet as exported (those of calculations, ranges and images
    only when the questionnaire has some)."""
    header: list[Cell] = ["type", "name"]
    header += [column_name("label", lang) for lang in LANGUAGES]
    header += [column_name("hint", lang) for lang in LANGUAGES]
    header += [column_name("short_label", lang) for lang in LANGUAGES]
    header += ["required", "relevant", "constraint"]
    header += [column_name("constraint_message", lang) for lang in LANGUAGES]
    header += ["appearance", KIND_COLUMN, OTHER_COLUMN, NOT_APPLICABLE_COLUMN]
    questions = list(questionnaire.questions()) if questionnaire else []
    if any(q.kind is Kind.CALCULATE for q in questions):
        header.append("calculation")
    if any(q.kind is Kind.RANGE for q in questions):
        header.append("parameters")
    if any(q.image for q in questions):
        header.append(IMAGE_COLUMN)
    return header


def to_sheets(questionnaire: Questionnaire, t: Translator) -> Sheets:
    """The questionnaire and its wording in the four languages as XLSForm sheets."""
    header = survey_header(questionnaire)
    survey: Rows = [header]
    choices: Rows = [["list_name", "name", *(column_name("label", lang) for lang in LANGUAGES)]]
    multi = frozenset(q.id for q in questionnaire.questions() if q.kind is Kind.MULTI)
    listed_yesno = False

    def row(**cells: Cell | Mapping[str, str]) -> list[Cell]:
        out: list[Cell] = [None] * len(header)
        for name, value in cells.items():
            if isinstance(value, Mapping):
                for lang, text in value.items():
                    out[header.index(column_name(name, lang))] = text
            else:
                out[header.index(name)] = value
        return out

    def texts(key: str, args: Mapping[str, int] | None = None) -> dict[str, str]:
        return {lang: t(lang, key, args) for lang in LANGUAGES}

    def optional(key: str) -> dict[str, str]:
        return {lang: t(lang, key) for lang in LANGUAGES if t.has(lang, key)}

    for name, kind in questionnaire.metadata:
        survey.append(row(type=kind, name=name))
    for section in questionnaire.sections:
        survey.append(row(type="begin_group", name=section.id, label=texts(section.title_key)))
        for q in section.questions:
            type_, appearance = _xls_type(q)
            constraint, message = constraint_of(q)
            extra: dict[str, Cell] = {}
            if q.kind is Kind.CALCULATE:
                extra["calculation"] = q.calculation
            if q.kind is Kind.RANGE:
                extra["parameters"] = f"start={q.min} end={q.max} step={q.step or 1}"
            if q.image:
                extra[IMAGE_COLUMN] = q.image
            silent = q.kind is Kind.NOTE
            survey.append(
                row(
                    type=type_,
                    name=q.id,
                    label=texts(q.prompt_key),
                    hint=optional(q.hint_key),
                    short_label=texts(q.label_key),
                    required=None if silent else "yes" if q.required else "no",
                    relevant=write_expression(q.when, multi) if q.when else None,
                    constraint=constraint,
                    constraint_message=(optional(q.constraint_key) or texts(*message))
                    if message
                    else {},
                    appearance=appearance,
                    **{KIND_COLUMN: q.kind.value if _needs_kind(q) else None},
                    **{OTHER_COLUMN: q.other if q.other not in (None, OR_OTHER) else None},
                    **{NOT_APPLICABLE_COLUMN: "yes" if q.not_applicable else None},
                    **extra,
                )
            )
            if q.kind is Kind.YESNO:
                if not listed_yesno:
                    for choice in YESNO_CHOICES:
                        choices.append([YESNO_LIST, choice, *texts(q.choice_key(choice)).values()])
                    listed_yesno = True
            else:
                for choice in q.choices:
                    choices.append([q.id, choice, *texts(q.choice_key(choice)).values()])
        survey.append(row(type="end_group"))
    settings: Rows = [
        ["form_title", "form_id", "version", "default_language", "consent_version", "namespaces"],
        [
            questionnaire.id,
            questionnaire.id,
            str(questionnaire.version),
            LANGUAGE_NAMES["en"],
            str(questionnaire.consent_version),
            NAMESPACE,
        ],
    ]
    return Sheets(survey=survey, choices=choices, settings=settings)


def _xls_type(q: Question) -> tuple[str, str | None]:
    match q.kind:
        case Kind.SINGLE | Kind.MULTI:
            base = "select_one" if q.kind is Kind.SINGLE else "select_multiple"
            suffix = " or_other" if q.other == OR_OTHER else ""
            return f"{base} {q.id}{suffix}", None
        case Kind.YESNO:
            return f"select_one {YESNO_LIST}", None
        case Kind.INTEGER | Kind.YEAR:
            return "integer", None
        case Kind.FILE:
            return "file", None
        case Kind.LONGTEXT:
            return "text", "multiline"
        case (
            Kind.NOTE
            | Kind.DECIMAL
            | Kind.DATE
            | Kind.GEOPOINT
            | Kind.ACKNOWLEDGE
            | Kind.RANGE
            | Kind.CALCULATE
        ):
            return q.kind.value, None  # the XLSForm type of the same name
    return "text", None


def _needs_kind(q: Question) -> bool:
    """Whether XLSForm's type alone loses the kind (an e-mail is a text, a year an integer)."""
    return q.kind not in _OWN_TYPES


_OWN_TYPES = frozenset(
    {Kind.TEXT, Kind.INTEGER, Kind.SINGLE, Kind.MULTI, Kind.FILE, Kind.NOTE, Kind.DECIMAL,
     Kind.DATE, Kind.GEOPOINT, Kind.ACKNOWLEDGE, Kind.RANGE, Kind.CALCULATE}
)  # fmt: skip


def constraint_of(q: Question) -> tuple[str | None, tuple[str, dict[str, int]] | None]:
    """The constraint of a question and the Fluent id and args of its message."""
    if q.kind in (Kind.TEXT, Kind.LONGTEXT):
        limit = q.text_limit()
        return f"string-length(.) <= {limit}", ("xlsform-constraint-length", {"max": limit})
    if q.kind is Kind.DATE and q.max_ahead == 0:
        return ". <= today()", None
    if q.kind in (Kind.INTEGER, Kind.DECIMAL) and (q.min is not None or q.max is not None):
        parts = []
        if q.min is not None:
            parts.append(f". >= {q.min}")
        if q.max is not None:
            parts.append(f". <= {q.max}")
        args = {"min": q.min if q.min is not None else 0, "max": q.max or 10**12}
        if q.max is None:
            return " and ".join(parts), ("xlsform-constraint-at-least", {"min": args["min"]})
        return " and ".join(parts), ("error-integer", args)
    if q.kind is Kind.YEAR:
        low = q.min or 1900
        ahead = q.max_ahead or 0
        text = f". >= {low} and . <= int(format-date(today(), '%Y')) + {ahead}"
        return text, ("xlsform-constraint-year", {"min": low, "ahead": ahead})
    return None, None


def messages_of(questionnaire: Questionnaire, t: Translator) -> Messages:
    """The wording of a questionnaire as the translator has it (hints only where present)."""
    messages: Messages = {lang: {} for lang in LANGUAGES}
    for lang in LANGUAGES:
        for key in _keys(questionnaire):
            if t.has(lang, key):
                messages[lang][key] = t(lang, key)
    return messages


def _keys(questionnaire: Questionnaire) -> Iterator[str]:
    for section in questionnaire.sections:
        yield section.title_key
    for q in questionnaire.questions():
        yield from (q.prompt_key, q.label_key, q.hint_key, q.constraint_key)
        if q.kind is not Kind.YESNO:
            yield from (q.choice_key(c) for c in q.choices)

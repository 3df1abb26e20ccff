"""Submissions as a table, written as CSV or XLSX row by row so that memory stays flat.

One row per submission: the reference; staff's decision (triage status, when and by whom it
last changed, the latest note); metadata (questionnaire status and language in words, country
code, created and submitted at in UTC, source); one column per question in questionnaire
order, headed by its label in the chosen language (or by its id); and, for programs, the codes
behind the words (triage_status, submission_status, language; with `ids` the columns hold the
codes already). An XLSX may carry every note in a second sheet. Cell rules, shared by every
output:

- skipped questions and questions that skip logic did not show are empty;
- integers and years are numbers; yes/no, choices and countries are localized labels;
- a multiple choice is its labels joined by an ASCII "; " in every language, or, with
  `choice_columns`, one 0/1 column per choice plus a column for the "other" free text;
- the "other" free text of a choice stays in the cell as the renderer shows it ("Other: text");
- a file is its name.

CSV opens right in Excel and LibreOffice: UTF-8 with a BOM (optional), CRLF, RFC 4180 quoting,
and every text cell and header that starts with = + - @ (or a look-alike such as the
fullwidth ＝), tab, CR or NUL gets a leading ' so that no spreadsheet runs it as a formula.
XLSX stores text as text (never a formula), datetimes as naive UTC datetimes (Excel has no
time zones, so the headers say "UTC"), wraps long text. A CSV's rows are made in one step per
cell: each column's field reader gives the text the csv module would write (neutralized,
quoted), an answer that repeats once per value (ExportTable's field readers); at
100,000 submissions converting each cell again and the csv module's pass over every character
of every field had been about a quarter of the export's Python. Exports make a row in one call
of a function generated from the columns (admin.export_rows: ExportTable.line_function for a
CSV line, row_function for XLSX cells), the readers above inlined.

One module (about 1,100 lines) on purpose: the table, the notes table, their two writers and the
options shared by the command line, the bot and the workspace change together whenever a column
or a filter changes.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import AsyncIterable, Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from operator import attrgetter
from typing import IO, Any, Final, Literal

from admin.export_rows import Inline, RowColumn, compile_rows
from admin.xlsx_stream import (
    DATETIME,
    HEADER,
    WRAPPED,
    SheetStream,
    excel_date,
    text_cell,
    text_cell_tail,
)
from dialogs.countries import find_country
from dialogs.i18n import LANGUAGES
from dialogs.model import Kind, Question, Questionnaire
from dialogs.render import Renderer
from storage.submissions import NoteRecord, StatusFilter, SubmissionFilter, SubmissionRecord

Cell = str | int | datetime | None
Format = Literal["csv", "xlsx"]
Progress = Callable[[int], None]

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r", "\0")
# Look-alikes a spreadsheet may also take for an operator: NFKC folds the fullwidth and small
# forms (U+FF1D ＝, U+FE62 ﹢, U+FF0D －, U+FF20 ＠ …) into the ASCII ones, and the superscript
# and subscript minus into U+2212, the minus sign, which it leaves as it is.
_MINUS_SIGN: Final = "\u2212"
MIN_WIDTH: Final = 8
MAX_WIDTH: Final = 60
WRAP_FROM: Final = 50  # characters; shorter single-line text is not wrapped
_CACHE_SIZE: Final = 4096
# Submissions read per query when exporting: fewer round trips and sorts than the default page
# (on SQLite each page costs the reading thread a few waits for the interpreter's lock:
# 1,000 a page left the exporter waiting 0.9 s in an export of 100,000, 2,000 a page 0.2 s).
EXPORT_PAGE: Final = 2_000
_NUMBER_KINDS: Final = frozenset({Kind.INTEGER, Kind.YEAR, Kind.RANGE, Kind.CALCULATE})
# Kinds whose text answer the renderer shows as typed; and stored codes it formats.
# Dates as 2024-03-12 and places as "45.764 4.8357": what a spreadsheet or a map reads.
_VERBATIM_KINDS: Final = frozenset(
    {Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.URL, Kind.DATE, Kind.GEOPOINT}
)
_CODE_KINDS: Final = frozenset({Kind.COUNTRY, Kind.PHONE})
_WIDTHS: Final = {
    Kind.LONGTEXT: 60,
    Kind.TEXT: 30,
    Kind.MULTI: 40,
    Kind.SINGLE: 25,
    Kind.INTEGER: 12,
    Kind.YEAR: 10,
    Kind.YESNO: 10,
}


@dataclass(frozen=True)
class TableOptions:
    """How the table looks: label language, ids as headers, one column per choice, and how a
    member of staff is named (their Telegram id unless the caller knows better)."""

    lang: str
    ids: bool = False
    choice_columns: bool = False
    actor_name: Callable[[int], str] = str


# Staff's columns come right after the reference: what was decided, when, by whom, the note.
STAFF_COLUMNS: Final = 4
# Then the questionnaire's own metadata; then one column per question.
LEAD_COLUMNS: Final = 1 + STAFF_COLUMNS + 6
MULTI_SEPARATOR: Final = "; "  # ASCII, whatever the language, so that a program can split


@dataclass(frozen=True)
class Column:
    """One column: its header, its XLSX width and how to read its cell from a submission."""

    header: str
    width: int
    # The cell of a submission, given the ids of the questions skip logic shows it.
    value: Callable[[SubmissionRecord, frozenset[str]], Cell]
    # The same cell as a CSV field (text neutralized, a number, or None), in one step
    # (csv_cell of `value` when not given): the questions' columns give theirs, with the text
    # of repeated answers neutralized once.
    field: Callable[[SubmissionRecord, frozenset[str]], Cell] | None = None
    # Where the cell comes from, for the row made in one call (admin.export_rows); None:
    # through `value` and `field`.
    inline: Inline | None = None


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _country_code(record: SubmissionRecord, _: frozenset[str]) -> str | None:
    code = record.answers.get("country")
    return code if isinstance(code, str) else None


def _code_column(header: str, width: int, attribute: str) -> Column:
    """A column of a record's text attribute as it is stored (a code, for programs)."""
    read = attrgetter(attribute)
    return Column(
        header,
        width,
        lambda r, _: read(r),
        _text_field(read),
        Inline("text", attribute),
    )


class ExportTable:
    """The columns of an export and the cells of one submission (plain values, not text)."""

    def __init__(
        self, questionnaire: Questionnaire, renderer: Renderer, options: TableOptions
    ) -> None:
        self.questionnaire = questionnaire
        self.renderer = renderer
        self.options = options
        lead = self._metadata()
        self.columns: tuple[Column, ...] = (
            lead[0],
            *self._staff(),
            *lead[1:],
            *self._questions(),
            *self._codes(),
        )
        # The readers alone, in column order: the row loop runs for every cell.
        self._readers = tuple(column.value for column in self.columns)
        self._fields = tuple(column.field or _as_field(column.value) for column in self.columns)
        self._rows: Callable[[SubmissionRecord], list[Cell]] | None = None
        self._lines: Callable[[SubmissionRecord], str] | None = None

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def row(self, record: SubmissionRecord) -> list[Cell]:
        """The cells of one submission, in column order."""
        return self.row_function()(record)

    def row_function(self) -> Callable[[SubmissionRecord], list[Cell]]:
        """`row` as one generated function (admin.export_rows), made at its first use."""
        if self._rows is None:
            self._rows = self._compiled(csv=False)
        return self._rows

    def line_function(self) -> Callable[[SubmissionRecord], str]:
        """A submission's CSV line, its fields as the csv module writes them and CRLF, made by
        one generated function."""
        if self._lines is None:
            self._lines = self._compiled(csv=True)
        return self._lines

    def _compiled(self, *, csv: bool) -> Callable[[SubmissionRecord], Any]:
        columns = [
            RowColumn(column.inline, read, field)
            for column, read, field in zip(self.columns, self._readers, self._fields, strict=True)
        ]
        helpers = {"risky": _LeadingCharacters(), "utc_text": utc_text}
        return compile_rows(columns, self.questionnaire.shown_ids, csv=csv, helpers=helpers)

    # ---- columns ----

    def _metadata(self) -> list[Column]:
        t, lang = self.renderer.t, self.options.lang

        def head(key: str, column_id: str) -> str:
            return column_id if self.options.ids else t(lang, key)

        return [
            Column(
                head("export-column-reference", "reference"),
                14,
                lambda r, _: r.reference,
                _text_field(attrgetter("reference")),
                Inline("text", "reference"),
            ),
            Column(
                head("export-column-status", "submission_status"),
                11,
                self._words("status"),
                self._words("status", csv=True),
            ),
            Column(
                head("export-column-language", "language"),
                9,
                self._words("language"),
                self._words("language", csv=True),
            ),
            Column(head("export-column-country-code", "country_code"), 9, _country_code),
            Column(
                head("export-column-created", "created_at_utc"),
                20,
                lambda r, _: _utc(r.created_at),
                _time_field(attrgetter("created_at")),
                Inline("time", "created_at"),
            ),
            Column(
                head("export-column-submitted", "submitted_at_utc"),
                20,
                lambda r, _: _utc(r.submitted_at),
                _time_field(attrgetter("submitted_at")),
                Inline("time", "submitted_at"),
            ),
            Column(
                head("export-column-source", "source"),
                14,
                lambda r, _: r.source,
                _text_field(attrgetter("source")),
                Inline("text", "source"),
            ),
            *self._form_metadata(),
        ]

    def _form_metadata(self) -> list[Column]:
        """The form's own start, end and today rows, under its names (as Kobo exports them):
        when the questionnaire was begun and submitted, and the day it was submitted."""
        readers: dict[str, Callable[[SubmissionRecord, frozenset[str]], Cell]] = {
            "start": lambda r, _: _utc(r.created_at),
            "end": lambda r, _: _utc(r.submitted_at),
            "today": lambda r, _: r.submitted_at.date().isoformat() if r.submitted_at else None,
        }
        return [Column(name, 20, readers[kind]) for name, kind in self.questionnaire.metadata]

    def _words(
        self, field: str, *, csv: bool = False
    ) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
        """A metadata code (questionnaire status, language, triage status) in the table's
        language; the code itself with `ids` (the code columns at the end carry it otherwise).
        With `csv`, as a CSV field (neutralized, the words once each)."""
        t, lang = self.renderer.t, self.options.lang
        key = {"status": "ws-qstatus-{}", "language": "{}", "triage_status": "ws-triage-{}"}[field]
        ids = self.options.ids
        words: dict[str, str] = {}  # code → its words, translated once per export
        finish: Callable[[str], str] = csv_text if csv else str

        def translate(code: str) -> str:
            if field == "language":
                return finish(t(code, "language-name") if code in LANGUAGES else code)
            return finish(t(lang, key.format(code)))

        def read(record: SubmissionRecord, _: frozenset[str]) -> Cell:
            code = getattr(record, field)
            if ids or not code:
                return finish(code) if isinstance(code, str) else ("" if csv else None)
            text = words.get(code)
            if text is None:
                if len(words) >= _CACHE_SIZE:
                    words.clear()
                text = words[code] = translate(code)
            return text

        return read

    def _staff(self) -> list[Column]:
        """Staff's decision: the triage status, when and by whom it was last changed, the
        latest note."""
        t, lang, name = self.renderer.t, self.options.lang, self.options.actor_name

        def head(key: str, column_id: str) -> str:
            return column_id if self.options.ids else t(lang, key)

        return [
            Column(
                head("export-column-triage", "triage_status"),
                14,
                self._words("triage_status"),
                self._words("triage_status", csv=True),
            ),
            Column(
                head("export2-column-decided-at", "decided_at_utc"),
                20,
                lambda r, _: _utc(r.decided_at),
                _time_field(attrgetter("decided_at")),
                Inline("time", "decided_at"),
            ),
            Column(
                head("export2-column-decided-by", "decided_by"),
                14,
                lambda r, _: name(r.decided_by) if r.decided_by is not None else None,
            ),
            Column(
                head("export2-column-latest-note", "latest_note"),
                40,
                lambda r, _: r.latest_note,
                _text_field(attrgetter("latest_note")),
                Inline("text", "latest_note"),
            ),
        ]

    def _codes(self) -> list[Column]:
        """For programs: the codes behind the words, headed by their ids (none with `ids`,
        where the columns hold the codes already)."""
        if self.options.ids:
            return []
        return [
            _code_column("triage_status", 12, "triage_status"),
            _code_column("submission_status", 12, "status"),
            _code_column("language", 9, "language"),
        ]

    def _questions(self) -> list[Column]:
        columns: list[Column] = []
        for question in self.questionnaire.questions():
            if question.kind is Kind.NOTE:
                continue  # a text shown to the respondent: nothing to export
            if self.options.choice_columns and question.kind is Kind.MULTI:
                columns += self._choice_columns(question)
            else:
                header = question.id if self.options.ids else self._label(question)
                width = _WIDTHS.get(question.kind, 20)
                read, convert = self._answer_reader(question)
                field, convert_field = self._answer_reader(question, csv=True)
                plain = _plain_type(question.kind)
                inline = Inline("answer", question.id, plain, convert, convert_field)
                columns.append(Column(header, width, read, field, inline))
        return columns

    def _label(self, question: Question) -> str:
        return self.renderer.label(question.id, self.options.lang)

    def _choice_columns(self, question: Question) -> list[Column]:
        t, lang = self.renderer.t, self.options.lang
        columns: list[Column] = []
        for choice in question.choices:
            if self.options.ids:
                header = f"{question.id}.{choice}"
            else:
                args = {
                    "question": self._label(question),
                    "choice": self.renderer.option(question.id, choice, lang),
                }
                header = t(lang, "export-choice-column", args)
            columns.append(Column(header, 12, self._choice_reader(question, choice)))
        if question.other is not None:
            if self.options.ids:
                header = f"{question.id}.{question.other}_text"
            else:
                args = {
                    "question": self._label(question),
                    "choice": self.renderer.option(question.id, question.other, lang),
                }
                header = t(lang, "export-other-column", args)
            columns.append(Column(header, 30, self._other_reader(question)))
        return columns

    # ---- cells ----

    def _answer_reader(
        self, question: Question, *, csv: bool = False
    ) -> tuple[Callable[[SubmissionRecord, frozenset[str]], Cell], Callable[[Any], str] | None]:
        """The cell of one question; the common cases first, since it runs for every cell.
        With `csv`, the cell as a CSV field: text neutralized (csv_cell), remembered so. With
        it, what makes the cell of an answer not of the kind's plain type (None for files,
        whose cell needs the record), for the row made in one call.

        A skipped, unanswered or hidden (skip logic) question is empty. Answers made only of
        ids (choices, yes/no, a country, a phone number) repeat a lot: their text is computed
        once each. Free text is the renderer's str(value): the string itself.
        """
        qid, kind = question.id, question.kind
        # What the kind decides, decided once per column rather than once per cell.
        code_kind = kind in _CODE_KINDS
        seen: dict[Hashable, str] = {}
        risky = _LeadingCharacters()
        finish: Callable[[str], str] = csv_text if csv else str
        empty = "" if csv else None

        # The shapes answers are stored in, each its own memo looked up by the value itself:
        # {"choice": id}, {"choices": [ids]}, yes/no, a code. Computing _repeatable's key was
        # a quarter of the time spent building rows.
        by_choice: dict[Any, str] = {}
        by_choices: dict[tuple[Any, ...], str] = {}
        by_code: dict[Any, str] = {}

        def remember(memo: dict[Any, str], key: Any, value: Any) -> str:
            if len(memo) >= _CACHE_SIZE:
                memo.clear()
            text = memo[key] = finish(self._text(question, value))
            return text

        def cached(value: Any) -> str:
            shape = type(value)
            if shape is dict and len(value) == 1:
                choice = value.get("choice")
                if type(choice) is str:
                    return by_choice.get(choice) or remember(by_choice, choice, value)
                choices = value.get("choices")
                if type(choices) is list:
                    ids = tuple(choices)
                    # Only lists of ids are remembered: found, it is one (no test per id).
                    try:
                        text = by_choices.get(ids)
                    except TypeError:  # unhashable: not ids
                        text = None
                    if text is not None:
                        return text
                    if all(type(c) is str for c in ids):
                        return remember(by_choices, ids, value)
            elif shape is bool or (code_kind and shape is str):
                return by_code.get(value) or remember(by_code, value, value)
            key = _repeatable(code_kind, value)
            if key is None:
                return finish(self._text(question, value))
            text = seen.get(key)
            if text is None:
                if len(seen) >= _CACHE_SIZE:
                    seen.clear()
                text = seen[key] = finish(self._text(question, value))
            return text

        # A text answer that is a str, a number that is an int, is its own cell; else in words.
        plain = _plain_type(kind)
        if plain is str and csv:

            def field_text(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
                value = record.answers.get(qid)
                if value is None or qid not in shown:
                    return ""
                if type(value) is str:
                    return _quoted("'" + value if risky[value[:1]] else value)
                return cached(value)

            return field_text, cached
        if plain is int and csv:

            def field_number(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
                value = record.answers.get(qid)
                if value is None or qid not in shown:
                    return ""
                if type(value) is int:
                    return str(value)
                return cached(value)

            return field_number, cached
        if plain is not None:

            def read_plain(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
                value = record.answers.get(qid)
                if value is None or qid not in shown:
                    return None
                if type(value) is plain:
                    return value
                return cached(value)

            return read_plain, cached
        if kind is Kind.FILE:

            def read_file(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
                value = record.answers.get(qid)
                if value is None or qid not in shown:
                    return empty
                return finish(self._file_name(question, value, record))

            return read_file, None

        def read_coded(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
            value = record.answers.get(qid)
            if value is None or qid not in shown:
                return empty
            return cached(value)

        return read_coded, cached

    def _text(self, question: Question, value: Any) -> str:
        try:
            if question.kind is Kind.MULTI and isinstance(value, dict) and "choices" in value:
                # One choice at a time, joined with an ASCII "; " in every language.
                other = value.get("other")
                return MULTI_SEPARATOR.join(
                    self.renderer.answer(
                        question, {"choices": [c], "other": other}, self.options.lang
                    )
                    for c in value["choices"]
                )
            return self.renderer.answer(question, value, self.options.lang)
        except (KeyError, TypeError, AttributeError, ValueError):
            return str(value)  # a value stored by another questionnaire version

    def _file_name(self, question: Question, value: Any, record: SubmissionRecord) -> str:
        name = value.get("name") if isinstance(value, dict) else None
        stored = record.attachments.get(question.id)
        if not name and stored is not None:
            name = stored.file_name
        if name:
            return str(name)
        return self.renderer.t(self.options.lang, "answer-file-unnamed")

    def _choice_reader(
        self, question: Question, choice: str
    ) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
        qid = question.id

        def read(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
            value = record.answers.get(qid)
            if not isinstance(value, dict) or qid not in shown:
                return None
            return 1 if choice in value.get("choices", ()) else 0

        return read

    def _other_reader(
        self, question: Question
    ) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
        qid = question.id

        def read(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
            value = record.answers.get(qid)
            if not isinstance(value, dict) or not value.get("other") or qid not in shown:
                return None
            return str(value["other"])

        return read


def _plain_type(kind: Kind) -> type[str] | type[int] | None:
    """The type of an answer that is its own cell: text as typed, whole numbers."""
    return str if kind in _VERBATIM_KINDS else int if kind in _NUMBER_KINDS else None


def _text_field(
    get: Callable[[SubmissionRecord], str | None],
) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
    """A text attribute of the record as a CSV field (neutralized)."""
    risky = _LeadingCharacters()

    def field(record: SubmissionRecord, _: frozenset[str]) -> Cell:
        text = get(record)
        if type(text) is str:
            return _quoted("'" + text if risky[text[:1]] else text)
        return "" if text is None else _quoted(csv_cell(text))

    return field


def _time_field(
    get: Callable[[SubmissionRecord], datetime | None],
) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
    """A datetime attribute of the record as a CSV field (utc_text)."""

    def field(record: SubmissionRecord, _: frozenset[str]) -> Cell:
        moment = get(record)
        return "" if moment is None else utc_text(moment)

    return field


def _as_field(
    read: Callable[[SubmissionRecord, frozenset[str]], Cell],
) -> Callable[[SubmissionRecord, frozenset[str]], Cell]:
    """A column's cell as a CSV field: csv_cell then quoted, the common cases inlined."""
    risky = _LeadingCharacters()

    def field(record: SubmissionRecord, shown: frozenset[str]) -> str:
        cell = read(record, shown)
        if type(cell) is str:
            return _quoted("'" + cell if risky[cell[:1]] else cell)
        if cell is None:
            return ""
        if type(cell) is int:
            return str(cell)
        return utc_text(cell) if type(cell) is datetime else _quoted(csv_cell(cell))

    return field


def _quoted(text: str) -> str:
    """A field as the csv module writes it (QUOTE_MINIMAL, doubled quotes): in quotes when it
    holds the delimiter, a quote or a line break."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def csv_text(text: str) -> str:
    """Text as a whole CSV field: neutralized, then quoted if need be."""
    return _quoted(neutralize(text))


def _repeatable(code_kind: bool, value: Any) -> Hashable | None:
    """A key for answers made only of ids (choices, yes/no, a country, a phone number);
    `code_kind`: the question's kind stores codes (a country, a phone number)."""
    if isinstance(value, bool):
        return value
    if code_kind and isinstance(value, str):
        return value
    if isinstance(value, dict) and not value.get("other"):
        if "choice" in value:
            return ("choice", str(value["choice"]))
        if "choices" in value and isinstance(value["choices"], list):
            return ("choices", *map(str, value["choices"]))
    return None


# ---- CSV ----


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula: a trigger, or a look-alike, first."""
    if not text:
        return False
    first = unicodedata.normalize("NFKC", text[0])
    return text.startswith(FORMULA_TRIGGERS) or first.startswith((*FORMULA_TRIGGERS, _MINUS_SIGN))


def neutralize(text: str) -> str:
    """Text that no spreadsheet will run as a formula: a leading ' before a trigger character."""
    return "'" + text if looks_like_formula(text) else text


def csv_cell(value: Cell) -> str:
    """One CSV field: numbers as digits, datetimes in ISO 8601 UTC, text neutralized."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, int):
        return str(value)
    return neutralize(value)


def utc_text(value: datetime) -> str:
    """A datetime as 2026-03-01T09:00:00Z (UTC, to the second)."""
    value = value.astimezone(UTC)
    if value.year < 1000:  # strftime pads the year to four digits only from 1000
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    # An export has several per row: each day's text made once, the time from two-digit
    # strings (twice as fast as isoformat(timespec=...), itself five times strftime).
    day = _DAYS.get(value.toordinal())
    if day is None:
        if len(_DAYS) >= _CACHE_SIZE:
            _DAYS.clear()
        day = _DAYS[value.toordinal()] = value.strftime("%Y-%m-%dT")
    two = _TWO_DIGITS
    return day + two[value.hour] + ":" + two[value.minute] + ":" + two[value.second] + "Z"


_DAYS: dict[int, str] = {}  # a day's ordinal → "2026-03-01T"
_TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(60))


class _LeadingCharacters(dict[str, bool]):
    """Whether text starting with a character needs the leading ': the first character alone
    decides (a trigger or a look-alike), so each one is checked once and remembered."""

    def __missing__(self, first: str) -> bool:
        risky = self[first] = looks_like_formula(first)
        return risky


# Rows handed to the csv module at once: one call per batch instead of one per row.
CSV_BATCH: Final = 256
_BOM: Final = "\ufeff"


class CsvWriter:
    """Writes rows to a binary stream as they come: UTF-8 (with BOM by default), CRLF."""

    def __init__(self, out: IO[bytes], *, bom: bool = True) -> None:
        # The csv module writes into text, encoded once per batch of rows (through a text
        # wrapper it would be encoded and written row by row).
        self._out = out
        self._bom = bom
        self._text = io.StringIO()
        self._csv = csv.writer(self._text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._risky = _LeadingCharacters()
        self._pending: list[Sequence[Cell]] = []
        self._lines = 0  # rows written by `line` since the last flush

    def header(self, headers: Sequence[str]) -> None:
        self._flush()
        self._csv.writerow([neutralize(h) for h in headers])

    def line(self, text: str) -> None:
        """A row as its whole line, CRLF included (ExportTable.line_function)."""
        if self._pending:
            self._csv.writerows(self._pending)
            self._pending.clear()
        self._text.write(text)
        self._lines += 1
        if self._lines >= CSV_BATCH:
            self._flush()

    def row(self, cells: Sequence[Cell]) -> None:
        # csv_cell inlined for the common cases (it runs for every cell): the csv module
        # itself writes None as an empty field and an int as its digits.
        risky = self._risky
        self._pending.append(
            [
                ("'" + cell if risky[cell[:1]] else cell)
                if type(cell) is str
                else cell
                if cell is None or type(cell) is int
                else utc_text(cell)
                if type(cell) is datetime
                else csv_cell(cell)
                for cell in cells
            ]
        )
        if len(self._pending) >= CSV_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._csv.writerows(self._pending)
            self._pending.clear()
        self._lines = 0
        text = self._text.getvalue()
        if text:
            if self._bom:
                text = _BOM + text
                self._bom = False
            self._out.write(text.encode())
            self._text.seek(0)
            self._text.truncate()

    def close(self) -> None:
        """Write what is buffered (the caller closes the stream)."""
        self._flush()

    def discard(self) -> None:
        """Give up: leave the stream without writing what is buffered."""
        self._pending.clear()
        self._lines = 0
        self._text = io.StringIO()


# ---- XLSX ----


# XML 1.0 cannot carry these control characters; openpyxl would refuse the whole cell.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(text: str) -> str:
    return _NOT_IN_XML.sub("", text)


class XlsxWriter:
    """Writes rows into a streamed XLSX (admin.xlsx_stream): rows go to the zip as they come."""

    def __init__(
        self, out: IO[bytes], columns: Sequence[Column], title: str, more: Sequence[str] = ()
    ) -> None:
        self._sheet = SheetStream(
            out, _sheet_title(title), _widths(columns), [_sheet_title(m) for m in more]
        )
        self._tails: dict[str, str] = {}  # text → its cell's XML after the reference

    def next_sheet(self, columns: Sequence[Column]) -> None:
        """Start the next sheet named at the start (the notes)."""
        self._sheet.next_sheet(_widths(columns))

    def header(self, headers: Sequence[str]) -> None:
        row = str(self._sheet.rows + 1)
        self._sheet.append(
            "".join(
                text_cell(letter + row, _xlsx_text(text), HEADER)
                for letter, text in zip(self._sheet.letters, headers, strict=True)
            )
        )

    def row(self, cells: Sequence[Cell]) -> None:
        row = str(self._sheet.rows + 1)
        out: list[str] = []
        tails = self._tails
        for letter, value in zip(self._sheet.letters, cells, strict=True):
            if value is None:
                continue
            if type(value) is str:
                tail = tails.get(value)
                if tail is None:
                    tail = self._tail(value)
                out.append(f'<c r="{letter}{row}{tail}')
            elif isinstance(value, datetime):
                # UTC (Excel has no time zones); the style gives a date-time format.
                serial = excel_date(value if value.tzinfo is not None else value.astimezone(UTC))
                out.append(f'<c r="{letter}{row}" s="{DATETIME}"><v>{serial!r}</v></c>')
            elif isinstance(value, bool):
                out.append(f'<c r="{letter}{row}" t="b"><v>{int(value)}</v></c>')
            else:
                out.append(f'<c r="{letter}{row}"><v>{value}</v></c>')
        self._sheet.append("".join(out))

    def _tail(self, value: str) -> str:
        """A text cell's XML after its reference, remembered for short text: labels, choices
        and statuses repeat in every row, and escaping each again was most of a row's time
        (long free text rarely repeats, and would weigh in memory)."""
        text = _xlsx_text(value)
        wrap = len(text) >= WRAP_FROM or "\n" in text
        tail = text_cell_tail(text, WRAPPED if wrap else 0)
        if len(value) < WRAP_FROM:
            if len(self._tails) >= _CACHE_SIZE:
                self._tails.clear()
            self._tails[value] = tail
        return tail

    def close(self) -> None:
        self._sheet.close()

    def discard(self) -> None:
        """Give up: leave the unfinished package closed, writing nothing more to `out`."""
        self._sheet.discard()


def _widths(columns: Sequence[Column]) -> list[int]:
    return [
        max(MIN_WIDTH, min(MAX_WIDTH, max(column.width, len(column.header) + 2)))
        for column in columns
    ]


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip("' ")
    return cleaned[:31] or "Sheet"


# ---- staff's notes ----


class NotesTable:
    """Every note of the exported submissions, one a row: the reference, when, who, what
    happened with it (a decision, a note, a message to the respondent) and the note."""

    def __init__(self, renderer: Renderer, options: TableOptions) -> None:
        self.renderer = renderer
        self.options = options
        t, lang, ids = renderer.t, options.lang, options.ids
        self.columns: tuple[Column, ...] = tuple(
            Column(column_id if ids else t(lang, key), width, _no_cell)
            for key, column_id, width in (
                ("export-column-reference", "reference", 14),
                ("export2-notes-at", "at_utc", 20),
                ("export2-notes-who", "by", 14),
                ("export2-notes-what", "event", 30),
                ("export2-notes-note", "note", 60),
            )
        )

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def row(self, note: NoteRecord) -> list[Cell]:
        return [
            note.reference,
            _utc(note.at),
            self.options.actor_name(note.actor_id),
            self._what(note),
            note.note,
        ]

    def _what(self, note: NoteRecord) -> str:
        t, lang = self.renderer.t, self.options.lang
        if self.options.ids:
            return note.kind if note.kind != "status" else f"{note.old_status}->{note.new_status}"
        if note.kind == "status":
            args = {
                "old": t(lang, f"ws-triage-{note.old_status}"),
                "new": t(lang, f"ws-triage-{note.new_status}"),
            }
            return t(lang, "export2-notes-status", args)
        if note.kind == "notified":
            return t(
                lang, "export2-notes-notified", {"status": t(lang, f"ws-triage-{note.new_status}")}
            )
        return t(lang, "export2-notes-plain")


def _no_cell(record: SubmissionRecord, shown: frozenset[str]) -> Cell:
    return None


def notes_title(renderer: Renderer, options: TableOptions) -> str:
    """The notes sheet's name."""
    return "notes" if options.ids else renderer.t(options.lang, "export2-notes-sheet")


async def write_notes_csv(
    notes: AsyncIterable[NoteRecord], table: NotesTable, out: IO[bytes], *, bom: bool = True
) -> int:
    """Staff's notes as a CSV of their own (`intake export --notes`); returns the rows."""
    writer = CsvWriter(out, bom=bom)
    count = 0
    writer.header(table.headers)
    async for note in notes:
        writer.row(table.row(note))
        count += 1
    writer.close()
    return count


# ---- whole exports ----


def sheet_title(renderer: Renderer, options: TableOptions) -> str:
    """The XLSX sheet name."""
    return "submissions" if options.ids else renderer.t(options.lang, "export-sheet-title")


def csv_bytes(
    records: Iterable[SubmissionRecord],
    questionnaire: Questionnaire,
    renderer: Renderer,
    lang: str,
    options: TableOptions | None = None,
) -> bytes:
    """A small CSV in memory (one submission for its e-mail, a day's for the digest)."""
    table = ExportTable(questionnaire, renderer, options or TableOptions(lang))
    buffer = io.BytesIO()
    writer = CsvWriter(buffer)
    writer.header(table.headers)
    line = table.line_function()
    for record in records:
        writer.line(line(record))
    writer.close()
    return buffer.getvalue()


def _csv_put(table: ExportTable, writer: CsvWriter) -> Callable[[SubmissionRecord], None]:
    """Write a submission's row as its CSV line, made in one call (ExportTable.line_function)."""
    line, put = table.line_function(), writer.line
    return lambda record: put(line(record))


def _cells_put(table: ExportTable, writer: XlsxWriter) -> Callable[[SubmissionRecord], None]:
    """Write a submission's row as cells (XLSX), made in one call."""
    row, put = table.row_function(), writer.row
    return lambda record: put(row(record))


async def write_export(
    records: AsyncIterable[SubmissionRecord],
    table: ExportTable,
    out: IO[bytes],
    fmt: Format,
    *,
    bom: bool = True,
    progress: Progress | None = None,
    notes: AsyncIterable[NoteRecord] | None = None,
) -> int:
    """Stream the submissions into `out` as CSV or XLSX; returns the number of rows. With
    `notes`, an XLSX gets a second sheet of staff's notes (a CSV has one table only)."""
    writer: CsvWriter | XlsxWriter
    notes_table = NotesTable(table.renderer, table.options) if notes is not None else None
    if fmt == "csv":
        writer = CsvWriter(out, bom=bom)
    else:
        more = [notes_title(table.renderer, table.options)] if notes_table is not None else []
        writer = XlsxWriter(out, table.columns, sheet_title(table.renderer, table.options), more)
    count = 0
    try:
        writer.header(table.headers)
        put = (
            _csv_put(table, writer) if isinstance(writer, CsvWriter) else _cells_put(table, writer)
        )
        async for record in records:
            put(record)
            count += 1
            if progress is not None:
                progress(count)
        if isinstance(writer, XlsxWriter) and notes is not None and notes_table is not None:
            writer.next_sheet(notes_table.columns)
            writer.header(notes_table.headers)
            async for note in notes:
                writer.row(notes_table.row(note))
    except BaseException:  # cancelled (Ctrl-C) or failed: the caller drops the partial file
        writer.discard()
        raise
    writer.close()
    return count


# ---- what to export: options shared by the command line and the bot ----

FORMATS: Final = ("csv", "xlsx")
STATUSES: Final = ("submitted", "draft", "all")


class ExportArgumentError(ValueError):
    """A bad export option: `key` is the message id, `value` what was given."""

    def __init__(self, key: str, value: str = "") -> None:
        super().__init__(f"{key}: {value}")
        self.key = key
        self.value = value


@dataclass(frozen=True)
class ExportRequest:
    """An export to make: format, which submissions, how the table looks, BOM or not."""

    table: TableOptions
    fmt: Format = "csv"
    where: SubmissionFilter = field(default_factory=SubmissionFilter)
    bom: bool = True


def parse_format(text: str) -> Format:
    value = text.strip().lower().lstrip(".")
    if value == "csv":
        return "csv"
    if value == "xlsx":
        return "xlsx"
    raise ExportArgumentError("export-error-format", text)


def parse_status(text: str) -> StatusFilter:
    value = text.strip().lower()
    if value == "submitted":
        return "submitted"
    if value == "draft":
        return "draft"
    if value == "all":
        return "all"
    raise ExportArgumentError("export-error-status", text)


def parse_language(text: str) -> str:
    value = text.strip().lower()
    if value not in LANGUAGES:
        raise ExportArgumentError("export-error-language", text)
    return value


def parse_country(text: str) -> str:
    """An ISO 3166 alpha-2 code, from a code or a country name in one of the four languages."""
    code = find_country(text)
    if code is None:
        raise ExportArgumentError("export-error-country", text)
    return code


def parse_date(text: str, *, end: bool = False) -> datetime:
    """A date (a whole UTC day; with `end`, the moment after it) or an ISO 8601 date-time."""
    raw = text.strip()
    try:
        if len(raw) == 10:
            day = datetime.combine(datetime.strptime(raw, "%Y-%m-%d").date(), time(), UTC)
            return day + timedelta(days=1) if end else day
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ExportArgumentError("export-error-date", text) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def check_period(since: datetime | None, until: datetime | None) -> None:
    if since is not None and until is not None and since >= until:
        raise ExportArgumentError("export-error-period")


_BOT_FLAGS: Final = frozenset({"ids", "choice-columns", "no-bom"})
_BOT_OPTIONS: Final = frozenset(
    {"status", "since", "until", "lang", "respondent-lang", "country", "format"}
)


def parse_bot_arguments(text: str | None, default_lang: str) -> ExportRequest:
    """The bot's `/export [csv|xlsx] [key=value ...] [ids] [choice-columns] [no-bom]`.

    Keys as the command line's options: status, since, until, lang (the labels' language),
    respondent-lang, country; a leading "--" is allowed.
    """
    fmt: Format = "csv"
    flags: set[str] = set()
    values: dict[str, str] = {}
    for word in (text or "").split():
        token = word.removeprefix("--")
        key, sep, value = token.partition("=")
        key = key.lower().replace("_", "-")
        if not sep and key in FORMATS:
            fmt = parse_format(key)
        elif not sep and key in _BOT_FLAGS:
            flags.add(key)
        elif sep and key in _BOT_OPTIONS and value:
            values[key] = value
        else:
            raise ExportArgumentError("export-error-unknown", word)
    if "format" in values:
        fmt = parse_format(values["format"])
    since = parse_date(values["since"]) if "since" in values else None
    until = parse_date(values["until"], end=True) if "until" in values else None
    check_period(since, until)
    where = SubmissionFilter(
        status=parse_status(values.get("status", "submitted")),
        since=since,
        until=until,
        language=parse_language(values["respondent-lang"])
        if "respondent-lang" in values
        else None,
        country=parse_country(values["country"]) if "country" in values else None,
    )
    table = TableOptions(
        lang=parse_language(values.get("lang", default_lang)),
        ids="ids" in flags,
        choice_columns="choice-columns" in flags,
    )
    return ExportRequest(table=table, fmt=fmt, where=where, bom="no-bom" not in flags)


def export_file_name(fmt: Format, now: datetime) -> str:
    """A file name that sorts by date: cecops-export-20260301-0900.csv."""
    return f"cecops-export-{now.astimezone(UTC):%Y%m%d-%H%M}.{fmt}"

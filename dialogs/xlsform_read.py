"""An XLSForm's sheets read back into a questionnaire, every problem found at once. Pure: no I/O.

The mapping is the one dialogs.xlsform writes (see its docstring); the reader also takes what
Kobo's form builder and hand-made workbooks hold (language columns in any order, a plain
`label`, `select_one list or_other`, `begin group`, blank rows). One class, `_Reader`, walks the
sheets once and records each problem with its sheet, row and column instead of stopping; it is
long (about 450 lines) because every check needs the same position and the rows read so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dialogs.calculate import parse_calculation, references
from dialogs.conditions import ExpressionError, When, all_of, parse_expression
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import (
    DEFAULT_MAX_LENGTH,
    NAME,
    YESNO_CHOICES,
    DefinitionError,
    Kind,
    Question,
    Questionnaire,
    condition_problems,
    parse_questionnaire,
    when_data,
)
from dialogs.xlsform import (
    KIND_COLUMN,
    NOT_APPLICABLE_COLUMN,
    OR_OTHER,
    OTHER_COLUMN,
    Loaded,
    Messages,
    Problem,
    Rows,
    Sheets,
    WorkbookProblems,
    column_name,
    constraint_of,
)
from dialogs.xlsform_repeat import expand_repeats

_LANGUAGE_WORDS = {
    "english": "en",
    "anglais": "en",
    "inglese": "en",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
    "italiano": "it",
    "italian": "it",
    "lietuvių": "lt",
    "lietuviu": "lt",
    "lithuanian": "lt",
}
_TRANSLATED = ("label", "hint", "short_label", "constraint_message")
_METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "phonenumber",
        "username",
        "email",
        "simserial",
        "subscriberid",
        "audit",
        "start-geopoint",
    }
)
# Types the chat cannot ask (or record) as XLSForm means them: refused by `check`, with the
# types it does support listed, never met at run time.
UNSUPPORTED_TYPES = frozenset(
    {
        "select_one_from_file",
        "select_multiple_from_file",
        "audio",
        "video",
        "barcode",
        "geotrace",
        "geoshape",
        "time",
        "datetime",
        "rank",
        "hidden",
        "xml-external",
        "csv-external",
        "background-audio",
        "background-geopoint",
    }
)
_PLAIN_TYPES = {
    "note": Kind.NOTE,
    "decimal": Kind.DECIMAL,
    "date": Kind.DATE,
    "geopoint": Kind.GEOPOINT,
    "acknowledge": Kind.ACKNOWLEDGE,
    "trigger": Kind.ACKNOWLEDGE,  # the older name of acknowledge
    "range": Kind.RANGE,
    "calculate": Kind.CALCULATE,
}
_TYPE_ALIASES = (
    ("select one from ", "select_one "),
    ("select all that apply from ", "select_multiple "),
    ("select one ", "select_one "),
    ("select multiple ", "select_multiple "),
    ("phone number", "phone_number"),
)
_COLUMN_ALIASES = {"list name": "list_name"}
_MEDIA_COLUMNS = frozenset({"image", "audio", "video", "big-image"})
KNOWN_METADATA = frozenset({"start", "end", "today"})  # what the chat knows of a submission
_TEXT_KINDS = {Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.COUNTRY}
# Kinds whose stored answers read the same: changing between them keeps old answers meaningful.
_SAME_MEANING = ({Kind.TEXT, Kind.LONGTEXT}, {Kind.INTEGER, Kind.YEAR})
_CHOICE_NAME = re.compile(r"[^\s]{1,200}")  # as XLSForm takes them: no spaces
_YES = frozenset({"yes", "true", "true()", "1", "y"})
_NO = frozenset({"", "no", "false", "false()", "0", "n"})

# ---- sheets → questionnaire ----


_LIMIT = re.compile(r"\.\s*(>=|<=|>|<)\s*(-?\d+)")
_LENGTH = re.compile(r"string-length\(\s*\.\s*\)\s*(<=|<)\s*(\d+)")
_AHEAD = re.compile(
    r"\.\s*<=\s*int\(\s*format-date\(\s*today\(\)\s*,\s*'%Y'\s*\)\s*\)\s*(?:\+\s*(\d+))?"
)


@dataclass
class _Table:
    """One sheet with its columns found by name (case-insensitive), languages resolved."""

    sheet: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    default_lang: str
    columns: dict[str, int] = field(default_factory=dict)
    translated: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def read(
        cls, sheet: str, rows: Rows, default_lang: str, numbers: Sequence[int] = ()
    ) -> _Table:
        """`numbers`: the workbook row of each row, where rows were added (see xlsform_repeat)."""
        header = [_text(cell) for cell in rows[0]] if rows else []
        at = list(numbers[1:]) if numbers else list(range(2, len(rows) + 1))
        body = [(n, [_text(c) for c in r]) for n, r in zip(at, rows[1:], strict=False)]
        table = cls(sheet, header, [(n, r) for n, r in body if any(r)], default_lang)
        for index, name in enumerate(header):
            # "label::English (en)", or pyxform's older "label:english".
            base, _, lang_part = name.partition("::" if "::" in name else ":")
            base = base.strip().lower()
            if base in _TRANSLATED:
                lang = _language(lang_part) if lang_part else default_lang
                if lang is not None:
                    # An explicit language column wins over a plain one for the default language.
                    if lang_part or lang not in table.translated.get(base, {}):
                        table.translated.setdefault(base, {})[lang] = index
                    continue
            column = name.strip().lower()
            table.columns.setdefault(_COLUMN_ALIASES.get(column, column), index)
        return table

    def get(self, cells: list[str], column: str) -> str:
        index = self.columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def text(self, cells: list[str], column: str, lang: str) -> str:
        index = self.translated.get(column, {}).get(lang)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def where(self, column: str, lang: str | None = None) -> str:
        """The column's letter and header, as a person looking at the sheet sees it."""
        if lang is not None:
            index = self.translated.get(column, {}).get(lang)
            name = column_name(column, lang) if index is None else self.header[index]
        else:
            index = self.columns.get(column)
            name = column if index is None else self.header[index]
        return f"{_letter(index)} ({name})" if index is not None else name


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _language(name: str) -> str | None:
    """The language code of a column suffix: "Français (fr)", "French", "fr"."""
    name = name.strip()
    found = re.search(r"\(([A-Za-z-]+)\)\s*$", name)
    code = (found.group(1) if found else name).lower().split("-")[0]
    if code in LANGUAGES:
        return code
    return _LANGUAGE_WORDS.get(name.split("(")[0].strip().lower())


class _Reader:
    """Reads the three sheets into questionnaire data and messages, noting every problem."""

    def __init__(
        self,
        sheets: Sheets,
        t: Translator,
        current: Questionnaire | None,
        media_files: frozenset[str] = frozenset(),
    ) -> None:
        self.t = t
        self.media_files = media_files
        self.current = current
        self.problems: list[Problem] = []
        self.messages: Messages = {lang: {} for lang in LANGUAGES}
        settings = _Table.read("settings", sheets.settings, "en")
        self.settings_row = settings.rows[0][1] if settings.rows else []
        self.settings = settings
        default_name = settings.get(self.settings_row, "default_language")
        default_lang = _language(default_name) if default_name else "en"
        if default_lang is None:
            self.problem(settings, 2, settings.where("default_language"), "xlsform-language")
        self.default_lang: str = default_lang or "en"
        expanded = expand_repeats(sheets, self.column_language, t)
        survey, choices = expanded.sheets.survey, expanded.sheets.choices
        self.survey = _Table.read("survey", survey, self.default_lang, expanded.rows)
        self.choices = _Table.read("choices", choices, self.default_lang)

    def column_language(self, header: str) -> str:
        """The language of a label column ("label::Français (fr)"; plain: the default one)."""
        _, _, suffix = header.partition("::" if "::" in header else ":")
        return (_language(suffix) if suffix else None) or self.default_lang

    def problem(
        self, table: _Table, row: int, column: str, key: str, /, **args: str | int
    ) -> None:
        self.problems.append(Problem(table.sheet, row, column, key, args))

    # ---- settings ----

    def form(self) -> tuple[str, str, int]:
        table, cells = self.settings, self.settings_row
        form_id = table.get(cells, "form_id") or (self.current.id if self.current else "cecops")
        # Any text, as the specification allows (Kobo writes "vKz3…"), or none at all.
        version = table.get(cells, "version")
        if len(version) > 64:
            self.problem(table, 2, table.where("version"), "xlsform2-version-long", value=version)
        raw_consent = table.get(cells, "consent_version")
        consent = self.current.consent_version if self.current else 1
        if raw_consent:
            if re.fullmatch(r"\d{1,9}", raw_consent):
                consent = int(raw_consent)
            else:
                where = table.where("consent_version")
                self.problem(table, 2, where, "xlsform-version", value=raw_consent)
        return form_id, version, consent

    # ---- translations ----

    def translations(
        self, table: _Table, row: int, cells: list[str], column: str, *, report: bool = True
    ) -> dict[str, str]:
        """The cell's text in each language; each missing one is a problem (if `report`)."""
        problem = self.problem if report else lambda *args, **kwargs: None
        found: dict[str, str] = {}
        columns = table.translated.get(column, {})
        for lang in LANGUAGES:
            text = table.text(cells, column, lang)
            if text:
                found[lang] = text
            elif lang in columns:
                where = table.where(column, lang)
                problem(table, row, where, "xlsform-missing-translation", language=lang)
        if not found and not any(lang in columns for lang in LANGUAGES):
            where = table.where(column, self.default_lang)
            default = self.default_lang
            problem(table, row, where, "xlsform-missing-translation", language=default)
        # A language the form is not written in reads the default language's text.
        fallback = found.get(self.default_lang) or next(iter(found.values()), "")
        return {lang: found.get(lang, fallback) for lang in LANGUAGES} if found else found

    def optional_translations(
        self, table: _Table, row: int, cells: list[str], column: str
    ) -> dict[str, str]:
        """Like translations, but nothing in any language is fine too."""
        if not any(table.text(cells, column, lang) for lang in LANGUAGES):
            return {}
        return self.translations(table, row, cells, column)

    def first_text(self, table: _Table, cells: list[str], column: str) -> str:
        """The cell's text in the default language, else in any language."""
        texts = [table.text(cells, column, lang) for lang in (self.default_lang, *LANGUAGES)]
        return next((text for text in texts if text), "")

    def missing_columns(self) -> None:
        for table, column in ((self.survey, "label"), (self.choices, "label")):
            if not table.header:
                continue
            # One language is enough: the others read it (see translations).
            if not table.translated.get(column):
                where = column_name(column, self.default_lang)
                self.problem(table, 1, where, "xlsform-missing-column", column=where)

    def store(self, key: str, texts: Mapping[str, str]) -> None:
        for lang, text in texts.items():
            self.messages[lang][key] = text

    # ---- choices ----

    def choice_lists(self) -> dict[str, list[tuple[str, int, list[str]]]]:
        table = self.choices
        lists: dict[str, list[tuple[str, int, list[str]]]] = {}
        for number, cells in table.rows:
            list_name, name = table.get(cells, "list_name"), table.get(cells, "name")
            if not list_name:
                continue
            entries = lists.setdefault(list_name, [])
            if not _CHOICE_NAME.fullmatch(name):
                self.problem(table, number, table.where("name"), "xlsform-bad-choice", name=name)
                continue
            if any(existing == name for existing, _, _ in entries):
                where = table.where("name")
                self.problem(table, number, where, "xlsform-duplicate-choice", name=name)
                continue
            entries.append((name, number, cells))
        return lists

    # ---- survey ----

    def read(self) -> Loaded | None:
        form_id, version, consent = self.form()
        self.missing_columns()
        lists = self.choice_lists()
        used_lists: set[str] = set()
        table = self.survey
        sections: list[dict[str, Any]] = []
        groups: list[tuple[str, When | None]] = []
        earlier: dict[str, Question] = {}
        names: dict[str, int] = {}
        loose = 0
        metadata: list[dict[str, str]] = []
        section: dict[str, Any] | None = None
        for number, cells in table.rows:
            type_ = _type_alias(" ".join(table.get(cells, "type").split()))
            base = type_.split(" ")[0].lower() if type_ else ""
            name = table.get(cells, "name")
            group = type_.lower().replace(" ", "_")
            if group in ("begin_repeat", "end_repeat"):
                self.problem(table, number, table.where("type"), "xlsform2-repeat", name=name)
                continue
            if group == "begin_group":
                relevant = self.relevant(number, cells, earlier)
                if not groups:
                    section_id = self.name(number, name, names)
                    section = {"id": section_id, "questions": []}
                    sections.append(section)
                    # Kobo's builder leaves some groups without a label: the name stands in.
                    titles = self.optional_translations(table, number, cells, "label")
                    self.store(
                        f"section-{section_id}", titles or {lang: name for lang in LANGUAGES}
                    )
                groups.append((name, relevant))
                continue
            if group == "end_group":
                if groups:
                    groups.pop()
                else:
                    self.problem(table, number, table.where("type"), "xlsform-end-group")
                if not groups:
                    section = None
                continue
            if base in _METADATA_TYPES:
                # Collected by data-collection apps on their own: nothing to ask. The chat
                # knows the start and end times and the day (exported under their names).
                if base in KNOWN_METADATA and name:
                    metadata.append({"name": name, "type": base})
                continue
            if not type_:
                self.problem(table, number, table.where("type"), "xlsform-no-type", name=name)
                continue
            if section is None:
                loose += 1
                section_id = "main" if loose == 1 else f"main{loose}"
                section = {"id": section_id, "questions": []}
                sections.append(section)
                title = self.settings.get(self.settings_row, "form_title") or form_id
                self.store(f"section-{section_id}", {lang: title for lang in LANGUAGES})
            question = self.question(number, cells, type_, lists, used_lists, names)
            if question is None:
                continue
            relevant = self.relevant(number, cells, earlier)
            conditions = [w for _, w in groups if w is not None]
            if relevant is not None:
                conditions.append(relevant)
            if conditions:
                question["when"] = all_of(conditions)
            self.kind_change(number, question)
            section["questions"].append(question)
            earlier[question["id"]] = self.as_question(question, section["id"])
        if groups:
            last = table.rows[-1][0] if table.rows else 1
            self.problem(
                table, last, table.where("type"), "xlsform-open-group", name=groups[-1][0]
            )
        if not earlier:
            self.problem(table, 1, table.where("type"), "xlsform-no-questions")
        if self.problems:
            return None
        data = {
            "id": form_id,
            "version": version,
            "consent_version": consent,
            "sections": [s for s in sections if s["questions"]],
        }
        if metadata:
            data["metadata"] = metadata
        try:
            questionnaire = parse_questionnaire(_for_model(data))
        except DefinitionError as error:
            self.problem(table, 1, "", "xlsform-definition", detail=str(error))
            return None
        return Loaded(questionnaire, data, self.messages)

    def name(self, number: int, name: str, names: dict[str, int]) -> str:
        table = self.survey
        if not NAME.fullmatch(name):
            self.problem(table, number, table.where("name"), "xlsform-bad-name", name=name)
        elif name in names:
            where = table.where("name")
            self.problem(
                table, number, where, "xlsform-duplicate-name", name=name, first=names[name]
            )
        else:
            names[name] = number
        return name

    def question(
        self,
        number: int,
        cells: list[str],
        type_: str,
        lists: Mapping[str, list[tuple[str, int, list[str]]]],
        used_lists: set[str],
        names: dict[str, int],
    ) -> dict[str, Any] | None:
        table = self.survey
        words = type_.split(" ")
        base = words[0].lower()
        qid = self.name(number, table.get(cells, "name"), names)
        declared = table.get(cells, KIND_COLUMN).lower()
        appearance = table.get(cells, "appearance").lower()
        kind = _kind(base, declared, appearance)
        if kind is None:
            key = (
                "xlsform2-unsupported-type"
                if base in UNSUPPORTED_TYPES
                else "xlsform-unknown-type"
            )
            self.problem(table, number, table.where("type"), key, type=type_)
            return None
        image = self.media(number, cells)
        if table.get(cells, "choice_filter"):
            # Cascading choices would all be offered: refused rather than silently wider.
            where = table.where("choice_filter")
            self.problem(table, number, where, "xlsform2-choice-filter", name=qid)
        if kind is Kind.CALCULATE:
            return self.calculation(number, cells, qid, names)
        if kind is Kind.INTEGER and not declared and _AHEAD.search(table.get(cells, "constraint")):
            kind = Kind.YEAR  # bounded by this year: a year, whoever wrote the workbook
        if declared and declared != kind.value:
            where = table.where(KIND_COLUMN)
            self.problem(table, number, where, "xlsform-kind-mismatch", kind=declared, type=type_)
            return None
        question: dict[str, Any] = {"id": qid, "kind": kind.value}
        if image:
            question["image"] = image
        self.store(f"q-{qid}", self.translations(table, number, cells, "label"))
        hints = self.optional_translations(table, number, cells, "hint")
        self.store(f"q-{qid}-hint", hints)
        short = self.optional_translations(table, number, cells, "short_label")
        labels = self.messages
        self.store(
            f"q-{qid}-label",
            short
            or {
                lang: labels[lang][f"q-{qid}"] for lang in LANGUAGES if f"q-{qid}" in labels[lang]
            },
        )
        required = table.get(cells, "required").lower()
        if required not in _YES | _NO:
            self.problem(
                table, number, table.where("required"), "xlsform-required", value=required
            )
        if required not in _YES:
            question["required"] = False
        offered = table.get(cells, NOT_APPLICABLE_COLUMN).lower()
        if offered not in _YES | _NO:
            where = table.where(NOT_APPLICABLE_COLUMN)
            self.problem(table, number, where, "xlsform-required", value=offered)
        elif offered in _YES:
            question["not_applicable"] = True
        if base in ("select_one", "select_multiple"):
            self.choices_of(number, words, kind, qid, question, lists, used_lists, cells)
        if kind is Kind.RANGE:
            self.range_of(number, cells, question)
        if kind is Kind.NOTE:
            question["required"] = False  # nothing to answer
        if self.limits(number, cells, kind, question):
            self.constraint_message(number, cells, kind, question)
        return question

    def media(self, number: int, cells: list[str]) -> str | None:
        """The image shown with the question: a file beside the workbook (the default
        language's, else any). Missing images, sounds and videos are refused."""
        table = self.survey
        found: dict[str, str] = {}
        for index, header in enumerate(table.header):
            column = header.strip().lower()
            kind = column.removeprefix("media::").split("::")[0]
            if kind not in _MEDIA_COLUMNS or index >= len(cells) or not cells[index].strip():
                continue
            name = cells[index].strip()
            where = f"{_letter(index)} ({header})"
            if kind not in ("image", "big-image"):
                self.problem(table, number, where, "xlsform2-media", file=name)
            elif name not in self.media_files:
                self.problem(table, number, where, "xlsform2-media-missing", file=name)
            else:
                found[self.column_language(header)] = name
        return found.get(self.default_lang) or next(iter(found.values()), None)

    def calculation(
        self, number: int, cells: list[str], qid: str, names: dict[str, int]
    ) -> dict[str, Any] | None:
        """A calculate row: its expression, checked now (only earlier questions, supported
        functions); its label, if any, heads its column in exports."""
        table = self.survey
        raw = table.get(cells, "calculation")
        where = table.where("calculation")
        if not raw:
            self.problem(table, number, where, "xlsform2-no-calculation", name=qid)
            return None
        try:
            tree = parse_calculation(raw)
        except ExpressionError as error:
            self.problem(table, number, where, error.key, **error.values)
            return None
        for name in dict.fromkeys(references(tree)):
            if name not in names or name == qid:
                self.problem(table, number, where, "xlsform-expr-unknown-question", name=name)
        labels = self.optional_translations(table, number, cells, "label")
        self.store(f"q-{qid}", labels or {lang: qid for lang in LANGUAGES})
        self.store(f"q-{qid}-label", labels or {lang: qid for lang in LANGUAGES})
        return {"id": qid, "kind": Kind.CALCULATE.value, "required": False, "calculation": raw}

    def range_of(self, number: int, cells: list[str], question: dict[str, Any]) -> None:
        """start, end and step from the parameters column (1, 10 and 1 by default)."""
        table = self.survey
        raw = table.get(cells, "parameters")
        found = {"start": 1, "end": 10, "step": 1}
        for part in raw.replace(",", " ").replace(";", " ").split():
            key, _, value = part.partition("=")
            if key.strip().lower() not in found or not re.fullmatch(r"-?\d{1,9}", value.strip()):
                self.problem(table, number, table.where("parameters"), "xlsform2-range", value=raw)
                return
            found[key.strip().lower()] = int(value)
        step = found["step"]
        if step == 0 or (found["end"] - found["start"]) * step < 0:
            self.problem(table, number, table.where("parameters"), "xlsform2-range", value=raw)
            return
        question.update(min=found["start"], max=found["end"], step=step)

    def choices_of(
        self,
        number: int,
        words: list[str],
        kind: Kind,
        qid: str,
        question: dict[str, Any],
        lists: Mapping[str, list[tuple[str, int, list[str]]]],
        used_lists: set[str],
        cells: list[str],
    ) -> None:
        table = self.survey
        list_name = words[1] if len(words) > 1 else ""
        extra = [w for w in words[2:] if w.lower() != "or_other"]
        if extra or not list_name:
            where = table.where("type")
            self.problem(table, number, where, "xlsform-unknown-type", type=" ".join(words))
            return
        entries = lists.get(list_name)
        if entries is None:
            self.problem(table, number, table.where("type"), "xlsform-no-list", list=list_name)
            return
        ids = [name for name, _, _ in entries]
        if kind is Kind.YESNO:
            if sorted(ids) != sorted(YESNO_CHOICES):
                self.problem(
                    table, number, table.where(KIND_COLUMN), "xlsform-yesno", list=list_name
                )
            return
        first_use = list_name not in used_lists
        used_lists.add(list_name)
        for choice, choice_row, choice_cells in entries:
            # Each problem of a list is reported once, at its first use.
            texts = self.translations(
                self.choices, choice_row, choice_cells, "label", report=first_use
            )
            self.store(f"choice-{qid}-{choice}", texts)
        or_other = any(w.lower() == "or_other" for w in words[2:])
        other = table.get(cells, OTHER_COLUMN) or (OR_OTHER if or_other else "")
        if or_other and OR_OTHER not in ids:
            ids.append(OR_OTHER)
            self.store(
                f"choice-{qid}-{OR_OTHER}",
                {lang: self.t(lang, "xlsform-other") for lang in LANGUAGES},
            )
        if other and other not in ids:
            where = table.where(OTHER_COLUMN)
            self.problem(
                table, number, where, "xlsform-other-choice", choice=other, list=list_name
            )
        question["choices"] = ids
        if other:
            question["other"] = other

    def constraint_message(
        self, number: int, cells: list[str], kind: Kind, question: dict[str, Any]
    ) -> None:
        """A constraint_message that says more than the bot's own becomes the question's."""
        table = self.survey
        limited = Question(
            question["id"],
            kind,
            "",
            min=question.get("min"),
            max=question.get("max"),
            max_ahead=question.get("max_ahead"),
            max_length=question.get("max_length"),
        )
        _, message = constraint_of(limited)
        written = {lang: table.text(cells, "constraint_message", lang) for lang in LANGUAGES}
        default = {lang: self.t(lang, *message) for lang in LANGUAGES} if message else {}
        if any(text and text != default.get(lang) for lang, text in written.items()):
            texts = self.translations(table, number, cells, "constraint_message")
            self.store(f"q-{question['id']}-constraint", texts)

    def limits(self, number: int, cells: list[str], kind: Kind, question: dict[str, Any]) -> bool:
        """Read the constraint into the question's limits; False if there is none to read."""
        table = self.survey
        raw = table.get(cells, "constraint")
        if not raw:
            return False
        rest = raw
        found: dict[str, int] = {}
        if kind in (Kind.TEXT, Kind.LONGTEXT):
            match = _LENGTH.fullmatch(rest.strip())
            if match:
                limit = int(match.group(2)) - (1 if match.group(1) == "<" else 0)
                if limit != DEFAULT_MAX_LENGTH[kind]:
                    question["max_length"] = limit
                return True
        elif kind is Kind.DATE and re.fullmatch(r"\.\s*<=\s*today\(\)", rest.strip()):
            question["max_ahead"] = 0  # not in the future
            return True
        elif kind in (Kind.INTEGER, Kind.YEAR, Kind.DECIMAL):
            for term in re.split(r"\s+and\s+", rest.strip()):
                ahead = _AHEAD.fullmatch(term) if kind is Kind.YEAR else None
                if ahead:
                    found["max_ahead"] = int(ahead.group(1) or 0)
                    continue
                match = _LIMIT.fullmatch(term)
                if not match:
                    break
                op, value = match.group(1), int(match.group(2))
                if op in (">=", ">"):
                    found["min"] = value + (1 if op == ">" else 0)
                elif kind in (Kind.INTEGER, Kind.DECIMAL):
                    found["max"] = value - (1 if op == "<" else 0)
                else:
                    break
            else:
                question.update(found)
                return True
        self.problem(table, number, table.where("constraint"), "xlsform-constraint", value=raw)
        return False

    def relevant(
        self, number: int, cells: list[str], earlier: Mapping[str, Question]
    ) -> When | None:
        table = self.survey
        raw = table.get(cells, "relevant")
        if not raw:
            return None
        where = table.where("relevant")
        try:
            when = parse_expression(raw)
        except ExpressionError as error:
            self.problem(table, number, where, error.key, **error.values)
            return None
        found = list(condition_problems(when, earlier))
        for key, args in found:
            self.problem(table, number, where, key, **args)
        return None if found else when

    def kind_change(self, number: int, question: dict[str, Any]) -> None:
        current = self.current
        if current is None or not current.has_question(question["id"]):
            return
        if self.settings.get(self.settings_row, "form_id") != current.id:
            return  # another form: its names say nothing of the answers stored under ours
        before, after = current.question(question["id"]).kind, Kind(question["kind"])
        if before is after or any({before, after} <= group for group in _SAME_MEANING):
            return
        table = self.survey
        self.problem(
            table,
            number,
            table.where("type"),
            "xlsform-kind-changed",
            name=question["id"],
            before=before.value,
            after=after.value,
        )

    def as_question(self, data: Mapping[str, Any], section: str) -> Question:
        kind = Kind(data["kind"])
        return Question(
            id=data["id"],
            kind=kind,
            section=section,
            choices=tuple(data.get("choices", ())),
            min=data.get("min"),
            max=data.get("max"),
            step=data.get("step"),
        )


def _type_alias(type_: str) -> str:
    """pyxform's older spellings in today's words: "select one from list or specify other"
    is "select_one list or_other", "select all that apply from" is "select_multiple"."""
    lowered = type_.lower()
    for old, new in _TYPE_ALIASES:
        if lowered.startswith(old):
            type_, lowered = new + type_[len(old) :], new + lowered[len(old) :]
    if lowered.endswith(" or specify other"):
        type_ = type_[: -len(" or specify other")] + " or_other"
    return type_


def _kind(base: str, declared: str, appearance: str) -> Kind | None:
    """The engine's kind for an XLSForm type, its appearance and the intake:kind column."""
    if declared:
        try:
            wanted = Kind(declared)
        except ValueError:
            return None
        fits = {
            "text": _TEXT_KINDS,
            "integer": {Kind.INTEGER, Kind.YEAR},
            "select_one": {Kind.SINGLE, Kind.YESNO},
            "select_multiple": {Kind.MULTI},
            "file": {Kind.FILE},
            "image": {Kind.FILE},
        }
        return wanted if wanted in fits.get(base, set()) else None
    match base:
        case "text":
            return Kind.LONGTEXT if "multiline" in appearance.split() else Kind.TEXT
        case "integer":
            return Kind.INTEGER
        case "select_one":
            return Kind.SINGLE
        case "select_multiple":
            return Kind.MULTI
        case "file" | "image":
            return Kind.FILE
        case "phone_number":
            return Kind.PHONE
    return _PLAIN_TYPES.get(base)


def _for_model(data: Mapping[str, Any]) -> dict[str, Any]:
    """The data as parse_questionnaire takes it (conditions as YAML would hold them)."""
    sections = []
    for section in data["sections"]:
        questions = []
        for question in section["questions"]:
            copy = dict(question)
            if "when" in copy:
                copy["when"] = when_data(copy["when"])
            questions.append(copy)
        sections.append({"id": section["id"], "questions": questions})
    return {**data, "sections": sections}


def from_sheets(
    sheets: Sheets,
    t: Translator,
    current: Questionnaire | None,
    media_files: frozenset[str] = frozenset(),
) -> Loaded:
    """The questionnaire a workbook holds; WorkbookProblems lists everything wrong with it.

    `media_files`: the names of the files beside the workbook (images its rows may show).

    `current` is the questionnaire in use: a question id whose kind changes is refused, since
    answers already stored under that id would change meaning.
    """
    reader = _Reader(sheets, t, current, media_files)
    loaded = reader.read()
    if loaded is None or reader.problems:
        # A row copied into each entry of a repeat reports its problem once.
        once = {(p.sheet, p.row, p.column, p.key, tuple(sorted(p.args.items()))): p
                for p in reader.problems}  # fmt: skip
        raise WorkbookProblems(list(once.values()))
    return loaded


def problem_lines(problems: Sequence[Problem], t: Callable[..., str], lang: str) -> list[str]:
    """Each problem as one line in the staff language: where, then what."""
    lines = []
    for problem in problems:
        where = t(
            lang,
            "xlsform-where",
            {"sheet": problem.sheet, "row": problem.row, "column": problem.column or "-"},
        )
        what = t(lang, problem.key, dict(problem.args))
        lines.append(t(lang, "xlsform-problem", {"where": where, "problem": what}))
    return lines

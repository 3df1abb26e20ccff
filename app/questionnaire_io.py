"""Questionnaire files on disk: XLSForm workbooks (read, write) and the developers' YAML/.ftl."""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final
from zipfile import BadZipFile, ZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

import dialogs
from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Questionnaire
from dialogs.questionnaire_files import questionnaire_ftl, questionnaire_yaml, yaml_notes
from dialogs.xlsform import Loaded, Problem, Rows, Sheets, WorkbookProblems
from dialogs.xlsform_read import from_sheets, problem_lines

YAML_PATH = Path(dialogs.__file__).resolve().parent / "questionnaire.yaml"
_WIDTHS = {"type": 28, "name": 22, "relevant": 36, "constraint": 30, "list_name": 18}


class WorkbookUnreadable(ValueError):
    """The file is not an XLSX workbook with a survey sheet; `reason` is the id of why."""

    def __init__(self, reason: str, values: Mapping[str, str | int] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = dict(values or {})


# A questionnaire workbook is well under a megabyte; these bounds keep a hostile one (a sheet
# declaring A1:XFD1048576, a zip bomb) from taking the memory of the bot or the terminal.
MAX_UNPACKED_BYTES: Final = 20_000_000
MAX_ROWS: Final = 5_000
MAX_COLUMNS: Final = 200
MAX_CELL_CHARS: Final = 20_000
EXCEL_ROWS: Final = 1_048_576


def _unreadable(error: Exception) -> str:
    """The message id that says, in the staff language, why a file is not a workbook."""
    match error:
        case FileNotFoundError():
            return "xlsform-reason-missing"
        case IsADirectoryError():
            return "xlsform-reason-folder"
        case PermissionError():
            return "xlsform-reason-permission"
        case OSError():
            return "xlsform-reason-unreadable"
    return "xlsform-reason-not-xlsx"


def read_sheets(path: Path) -> Sheets:
    """The survey, choices and settings sheets of a workbook (missing ones are empty).

    Only the columns with a header are kept, and at most MAX_ROWS rows and MAX_COLUMNS columns
    are read: beyond that, or a cell longer than MAX_CELL_CHARS, is a problem with its place.
    """
    _check_unpacked_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as error:
        raise WorkbookUnreadable(_unreadable(error)) from None
    problems: list[Problem] = []
    try:
        found: dict[str, Rows] = {}
        for sheet in book.worksheets:
            name = sheet.title.strip().lower()
            if name in ("survey", "choices", "settings") and name not in found:
                found[name] = _bounded_rows(sheet, name, problems)
    finally:
        book.close()
    if problems:
        raise WorkbookProblems(problems)
    if "survey" not in found:
        raise WorkbookUnreadable("xlsform-reason-no-survey")
    return Sheets(found["survey"], found.get("choices", []), found.get("settings", []))


def _check_unpacked_size(path: Path) -> None:
    """Refuse a workbook whose parts, once decompressed, exceed MAX_UNPACKED_BYTES."""
    total = 0
    try:
        with ZipFile(path) as archive:
            for info in archive.infolist():
                with archive.open(info) as part:  # counted as read: sizes in headers can lie
                    while chunk := part.read(1 << 20):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            limit = MAX_UNPACKED_BYTES // 1_000_000
                            raise WorkbookUnreadable("xlsform-reason-too-large", {"limit": limit})
    except (OSError, BadZipFile, NotImplementedError, EOFError, zlib.error) as error:
        raise WorkbookUnreadable(_unreadable(error)) from None


def _bounded_rows(sheet: Any, name: str, problems: list[Problem]) -> Rows:
    """A sheet's rows, cut to its header's width, noting whatever exceeds the limits."""
    # Explicit bounds: read-only mode otherwise trusts the size the sheet declares, and pads
    # every row to it. Rows past Excel's last one are not even parsed.
    rows = sheet.iter_rows(max_row=EXCEL_ROWS, max_col=MAX_COLUMNS + 1, values_only=True)
    read: Rows = []
    width = 0
    for number, row in enumerate(rows, start=1):
        if number == 1:
            width = max((i + 1 for i, cell in enumerate(row) if _filled(cell)), default=0)
            if width > MAX_COLUMNS:
                where = get_column_letter(MAX_COLUMNS + 1)
                args = {"limit": MAX_COLUMNS}
                problems.append(Problem(name, 1, where, "xlsform-too-many-columns", args))
                return []
        if number > MAX_ROWS:
            if any(_filled(cell) for cell in row[:width]):
                args = {"limit": MAX_ROWS}
                problems.append(Problem(name, number, "-", "xlsform-too-many-rows", args))
                break
            continue
        cells = list(row[:width])
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                where = get_column_letter(index + 1)
                args = {"limit": MAX_CELL_CHARS}
                problems.append(Problem(name, number, where, "xlsform-cell-too-long", args))
                cells[index] = ""
        read.append(cells)
    while read and not any(_filled(cell) for cell in read[-1]):
        read.pop()  # the blank rows up to the limit, or up to a row beyond it
    return read


def _filled(cell: Any) -> bool:
    return cell is not None and cell != ""


def write_sheets(sheets: Sheets, path: Path) -> None:
    """Write the sheets as an XLSX workbook (bold frozen header, readable widths), atomically."""
    book = Workbook()
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    first = True
    for title, rows in (
        ("survey", sheets.survey),
        ("choices", sheets.choices),
        ("settings", sheets.settings),
    ):
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = title
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for index, name in enumerate(rows[0] if rows else [], start=1):
            header = str(name or "")
            width = _WIDTHS.get(header, 40 if "::" in header else 14)
            sheet.column_dimensions[get_column_letter(index)].width = width
            if "::" in header:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.alignment = wrap
    part = path.with_name(path.name + ".part")
    book.save(part)
    os.replace(part, path)


def load_workbook_questionnaire(
    path: Path, translate: Translator, current: Questionnaire | None
) -> Loaded:
    """The questionnaire a workbook holds (WorkbookUnreadable, WorkbookProblems otherwise)."""
    return from_sheets(read_sheets(path), translate, current, media_beside(path))


def media_beside(path: Path) -> frozenset[str]:
    """The names of the files beside a workbook: the images its questions may show."""
    folder = path.resolve().parent
    try:
        return frozenset(p.name for p in folder.iterdir() if p.is_file() and p != path.resolve())
    except OSError:
        return frozenset()


def write_sources(loaded: Loaded, yaml_path: Path, locales_dir: Path) -> list[Path]:
    """Write questionnaire.yaml and each language's questionnaire.ftl; the paths written.

    All or none: every file is written beside its target first, and only renamed into place
    once all of them are, so a language that cannot be written leaves the others as they were.
    """
    texts: list[tuple[Path, str]] = []
    # Developers' notes at the top of each file are theirs: keep them.
    header, notes = None, None
    if yaml_path.exists():
        header, notes = _leading_comments(yaml_path), yaml_notes(yaml_path.read_text("utf-8"))
    texts.append((yaml_path, questionnaire_yaml(loaded.data, header, notes)))
    for lang in LANGUAGES:
        target = locales_dir / lang / "questionnaire.ftl"
        header = _leading_comments(target) if target.exists() else None
        text = questionnaire_ftl(loaded.questionnaire, loaded.messages[lang], header)
        texts.append((target, text))
    parts: list[Path] = []
    try:
        for target, text in texts:
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            parts.append(part)
            part.write_text(text, "utf-8")
        for (target, _), part in zip(texts, parts, strict=True):
            os.replace(part, target)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return [target for target, _ in texts]


def _leading_comments(path: Path) -> str:
    lines = []
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines) + "\n"


def live_questionnaire(
    path: Path, translate: Translator, packaged: Questionnaire, staff_language: str
) -> tuple[Questionnaire, Translator]:
    """QUESTIONNAIRE_FILE at start-up: its questionnaire and a translator with its wording.

    A file that cannot be used stops the program with its problems listed, never a traceback.
    """
    try:
        loaded = load_workbook_questionnaire(path, translate, packaged)
    except WorkbookUnreadable as error:
        reason = translate(staff_language, error.reason, error.values)
        args = {"path": str(path), "reason": reason}
        print(translate(staff_language, "xlsform-unreadable", args), file=sys.stderr)
        raise SystemExit(2) from None
    except WorkbookProblems as error:
        print(
            translate(staff_language, "xlsform-startup-failed", {"path": str(path)}),
            file=sys.stderr,
        )
        for line in problem_lines(error.problems, translate, staff_language):
            print(f"  {line}", file=sys.stderr)
        raise SystemExit(2) from None
    return loaded.questionnaire, Translator(LOCALES_DIR, overrides=loaded.messages)

"""Questionnaire files on disk: XLSForm workbooks (read, write) and the developers' YAML/.ftl."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

import dialogs
from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Questionnaire
from dialogs.questionnaire_files import questionnaire_ftl, questionnaire_yaml, yaml_notes
from dialogs.xlsform import Loaded, Rows, Sheets, WorkbookProblems
from dialogs.xlsform_read import from_sheets, problem_lines

YAML_PATH = Path(dialogs.__file__).resolve().parent / "questionnaire.yaml"
_WIDTHS = {"type": 28, "name": 22, "relevant": 36, "constraint": 30, "list_name": 18}


class WorkbookUnreadable(ValueError):
    """The file is not an XLSX workbook with a survey sheet; `reason` is the id of why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
    """The survey, choices and settings sheets of a workbook (missing ones are empty)."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, BadZipFile, KeyError, ValueError) as error:
        raise WorkbookUnreadable(_unreadable(error)) from None
    try:
        found: dict[str, Rows] = {}
        for sheet in book.worksheets:
            name = sheet.title.strip().lower()
            if name in ("survey", "choices", "settings") and name not in found:
                found[name] = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    if "survey" not in found:
        raise WorkbookUnreadable("xlsform-reason-no-survey")
    return Sheets(found["survey"], found.get("choices", []), found.get("settings", []))


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
    return from_sheets(read_sheets(path), translate, current)


def write_sources(loaded: Loaded, yaml_path: Path, locales_dir: Path) -> list[Path]:
    """Write questionnaire.yaml and each language's questionnaire.ftl; the paths written."""
    written = [yaml_path]
    # Developers' notes at the top of each file are theirs: keep them.
    header, notes = None, None
    if yaml_path.exists():
        header, notes = _leading_comments(yaml_path), yaml_notes(yaml_path.read_text("utf-8"))
    yaml_path.write_text(questionnaire_yaml(loaded.data, header, notes), "utf-8")
    for lang in LANGUAGES:
        target = locales_dir / lang / "questionnaire.ftl"
        target.parent.mkdir(parents=True, exist_ok=True)
        header = _leading_comments(target) if target.exists() else None
        text = questionnaire_ftl(loaded.questionnaire, loaded.messages[lang], header)
        target.write_text(text, "utf-8")
        written.append(target)
    return written


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
        args = {"path": str(path), "reason": translate(staff_language, error.reason)}
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

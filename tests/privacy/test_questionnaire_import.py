"""Importing a workbook rewrites the questionnaire's files all together, or none of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from app.questionnaire_io import load_workbook_questionnaire, write_sheets, write_sources
from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Questionnaire
from dialogs.xlsform import WorkbookProblems, to_sheets
from dialogs.xlsform_read import from_sheets


def test_a_language_that_cannot_be_written_leaves_every_file_as_it_was(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    workbook = tmp_path / "cecops.xlsx"
    write_sheets(to_sheets(questionnaire, translator), workbook)
    loaded = load_workbook_questionnaire(workbook, translator, questionnaire)
    for lang in LANGUAGES:
        key = next(k for k in loaded.messages[lang] if k.startswith("q-"))
        loaded.messages[lang][key] = f"Changed wording ({lang})"
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    yaml_path = tmp_path / "questionnaire.yaml"
    yaml_path.write_text("# the developers' file\n", "utf-8")
    # Lithuanian cannot be written: its folder is a file.
    shutil.rmtree(locales / "lt")
    (locales / "lt").write_text("not a folder", "utf-8")
    before = {p: p.read_bytes() for p in [yaml_path, *locales.glob("*/questionnaire.ftl")]}

    with pytest.raises((FileExistsError, NotADirectoryError)):
        write_sources(loaded, yaml_path, locales)

    after = {p: p.read_bytes() for p in [yaml_path, *locales.glob("*/questionnaire.ftl")]}
    assert after == before
    assert not list(tmp_path.rglob("*.part"))


def test_deeply_nested_relevant_is_a_problem_with_its_place(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    sheets = to_sheets(questionnaire, translator)
    column = sheets.survey[0].index("relevant")
    row = next(n for n, cells in enumerate(sheets.survey) if cells[0] == "text")
    sheets.survey[row][column] = "(" * 5000 + "${org_name} = 'x'" + ")" * 5000
    with pytest.raises(WorkbookProblems) as refused:
        from_sheets(sheets, translator, questionnaire)
    [problem] = refused.value.problems
    where = (problem.sheet, problem.row, problem.key)
    assert where == ("survey", row + 1, "xlsform-expr-too-deep")
    assert problem.column.startswith(get_column_letter(column + 1))

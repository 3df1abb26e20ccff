"""The questionnaire as an XLSForm: round trip, pyxform's verdict, and every check problem."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast
from pyxform.xls2xform import convert

from app.questionnaire_io import (
    load_workbook_questionnaire,
    read_sheets,
    write_sheets,
    write_sources,
)
from dialogs.conditions import AllOf, Compare, Condition
from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Kind, Questionnaire, load_questionnaire
from dialogs.xlsform import Problem, Rows, Sheets, WorkbookProblems, to_sheets
from dialogs.xlsform_read import from_sheets

ROOT = Path(__file__).resolve().parents[2]
LABELS = [
    "label::English (en)",
    "label::Français (fr)",
    "label::Italiano (it)",
    "label::Lietuvių (lt)",
]


def ftl_texts(path: Path) -> dict[str, str]:
    """Every message of one .ftl file, formatted (what a respondent would read)."""
    bundle = FluentBundle(["en"], use_isolating=False)
    resource = FluentResource(path.read_text("utf-8"))
    bundle.add_resource(resource)
    texts = {}
    for entry in resource.body:
        if not isinstance(entry, ast.Message):
            continue
        key = entry.id.name
        pattern = bundle.get_message(key).value
        assert pattern is not None
        text, errors = bundle.format_pattern(pattern, {})
        assert not errors
        texts[key] = str(text)
    return texts


def test_export_then_import_gives_the_same_questionnaire_and_wording(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    workbook = tmp_path / "cecops.xlsx"
    write_sheets(to_sheets(questionnaire, translator), workbook)
    loaded = load_workbook_questionnaire(workbook, translator, questionnaire)
    assert loaded.questionnaire == questionnaire
    # The developers' files written from it read back as the same questionnaire and texts.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    write_sources(loaded, tmp_path / "questionnaire.yaml", locales)
    assert load_questionnaire(tmp_path / "questionnaire.yaml") == questionnaire
    for lang in LANGUAGES:
        written = ftl_texts(locales / lang / "questionnaire.ftl")
        assert written == ftl_texts(LOCALES_DIR / lang / "questionnaire.ftl"), lang


def test_pyxform_turns_the_export_into_an_xform(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    workbook = tmp_path / "cecops.xlsx"
    write_sheets(to_sheets(questionnaire, translator), workbook)
    warnings: list[str] = []
    xform = convert(str(workbook), warnings=warnings).xform
    for lang in ("English (en)", "Français (fr)", "Italiano (it)", "Lietuvių (lt)"):
        assert f'<translation lang="{lang}"' in xform
    # (pyxform writes typographic apostrophes as plain ones)
    for lang in LANGUAGES:
        assert translator(lang, "q-transfer_conditions").replace("’", "'") in xform
    for question in questionnaire.questions():
        assert f"/{question.section}/{question.id}" in xform
    # What XLSForm lacks stays as an attribute: the year, the e-mail, the long text.
    assert 'nodeset="/data/initiative/start_year" type="int"' in xform
    assert 'intake:kind="year"' in xform
    assert 'intake:kind="email"' in xform
    assert 'intake:kind="longtext"' in xform
    assert "relevant=\" /data/analysis/evaluated  != 'no'\"" in xform
    assert 'nodeset="/data/analysis/evaluation_document" type="binary"' in xform


def _broken() -> Sheets:
    """One workbook with each kind of problem the check reports."""
    header = ["type", "name", *LABELS, "relevant", "required"]
    survey = [
        header,
        ["begin_group", "about", "About you", "Vous", "Lei", "Jūs"],
        [
            "text",
            "org_name",
            "Organisation?",
            "Organisation ?",
            "Organizzazione?",
            "Organizacija?",
        ],
        ["geotrace", "amount", "Amount?", "Montant ?", "Importo?", "Suma?"],
        ["text", "org_name", "Again?", "Encore ?", "Ancora?", "Vėl?"],
        ["select_one nolist", "kind_of", "Kind?", "Genre ?", "Tipo?", "Rūšis?"],
        ["text", "city", "City?", None, "Città?", "Miestas?"],
        [
            "text",
            "notes",
            "Notes?",
            "Notes ?",
            "Note?",
            "Pastabos?",
            "string-length(${org_name}) > 3",
        ],
        ["integer", "org_type", "Type?", "Type ?", "Tipo?", "Tipas?"],
        ["select_one yn", "later", "Later?", "Plus tard ?", "Dopo?", "Vėliau?", "${city} = 'yes'"],
        ["end_group"],
    ]
    choices = [["list_name", "name", *LABELS], ["yn", "yes", "Yes", "Oui", "Sì", "Taip"]]
    choices.append(["yn", "no", "No", "Non", "No", "Ne"])
    settings = [["form_id", "version"], ["cecops", "2"]]
    return Sheets(survey, choices, settings)  # type: ignore[arg-type]


def test_the_check_reports_every_problem_with_sheet_row_and_column(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    try:
        from_sheets(_broken(), translator, questionnaire)
    except WorkbookProblems as error:
        problems = error.problems
    else:
        raise AssertionError("the broken workbook was accepted")
    found = {(p.sheet, p.row, p.column, p.key) for p in problems}
    assert found == {
        ("survey", 4, "A (type)", "xlsform2-unsupported-type"),
        ("survey", 5, "B (name)", "xlsform-duplicate-name"),
        ("survey", 6, "A (type)", "xlsform-no-list"),
        ("survey", 7, "D (label::Français (fr))", "xlsform-missing-translation"),
        ("survey", 8, "G (relevant)", "xlsform-expr-function"),
        ("survey", 9, "A (type)", "xlsform-kind-changed"),
        ("survey", 10, "G (relevant)", "xlsform-expr-not-choice"),
    }
    assert Problem("survey", 9, "A (type)", "xlsform-kind-changed", {
        "name": "org_type", "before": "single", "after": "integer"
    }) in problems  # fmt: skip


def test_check_and_import_on_the_command_line_in_the_staff_language(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    write_sheets(_broken(), broken)
    env = {**os.environ, "STAFF_LANGUAGE": "fr", "PYTHONIOENCODING": "utf-8"}
    env.pop("QUESTIONNAIRE_FILE", None)
    yaml_path = tmp_path / "questionnaire.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "app", "questionnaire", "import", str(broken),
         "--yaml", str(yaml_path), "--locales", str(tmp_path / "locales")],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    # Spaces as a reader sees them (French puts no-break spaces inside « » and before :).
    lines = [
        line.replace("\u00a0", " ").replace("\u202f", " ") for line in done.stdout.splitlines()
    ]
    assert (
        "survey, ligne 4, colonne A (type) : Les questions de type « geotrace » ne peuvent pas "
        "être posées" in (lines[0])
    )
    assert (
        "survey, ligne 7, colonne D (label::Français (fr)) : Il manque le texte en français."
        in (lines)
    )
    assert lines[-1] == f"{broken} : 7 problèmes à corriger."
    assert not yaml_path.exists()  # nothing imported from a workbook with problems


def test_a_workbook_that_is_not_one_gives_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "questionnaire", "check", str(junk)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout.startswith(f"Cannot read {junk} as an XLSX workbook")
    assert "Traceback" not in done.stderr


def test_a_read_workbook_keeps_kinds_xlsform_lacks(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    workbook = tmp_path / "cecops.xlsx"
    write_sheets(to_sheets(questionnaire, translator), workbook)
    sheets = read_sheets(workbook)
    # Without the intake:kind column a plain XLSForm tool still sees text, integer, multiline.
    kind_column = sheets.survey[0].index("bind::intake:kind")
    for row in sheets.survey[1:]:
        row[kind_column] = None
    loaded = from_sheets(sheets, translator, None)
    kinds = {q.id: q.kind for q in loaded.questionnaire.questions()}
    assert kinds["contact_email"] is Kind.TEXT
    assert kinds["description"] is Kind.LONGTEXT
    assert kinds["start_year"] is Kind.YEAR  # its constraint is relative to this year
    assert kinds["volunteer_count"] is Kind.INTEGER
    assert kinds["org_type"] is Kind.SINGLE
    with_kinds = load_workbook_questionnaire(workbook, translator, questionnaire).questionnaire
    assert with_kinds.question("start_year").kind is Kind.YEAR
    assert with_kinds.question("start_year").max_ahead == 5
    assert with_kinds.question("country").kind is Kind.COUNTRY
    assert with_kinds.question("may_contact").kind is Kind.YESNO


def test_a_groups_relevant_applies_to_every_question_inside_it(translator: Translator) -> None:
    four = ["A", "B", "C", "D"]
    survey: Rows = [
        ["type", "name", *LABELS, "relevant"],
        ["select_one yn", "active", *four],
        ["begin_group", "more", *four, "${active} = 'yes'"],
        ["integer", "people", *four],
        ["begin group", "inner", *four, "${people} > 5"],
        ["text", "how", *four, "${people} < 100"],
        ["end group"],
        ["end_group"],
    ]
    choices: Rows = [["list_name", "name", *LABELS], ["yn", "yes", *four], ["yn", "no", *four]]
    settings: Rows = [["version"], [3]]
    loaded = from_sheets(Sheets(survey, choices, settings), translator, None)
    q = loaded.questionnaire
    assert [s.id for s in q.sections] == ["main", "more"]  # nested groups join the outer one
    assert q.question("people").when == Condition("active", frozenset({"yes"}))
    assert q.question("how").when == AllOf(
        (Condition("active", frozenset({"yes"})), Compare("people", ">", 5),
         Compare("people", "<", 100))
    )  # fmt: skip
    assert q.version == "3"
    assert not q.is_shown(q.question("how"), {"active": {"choice": "yes"}, "people": 3})
    assert q.is_shown(q.question("how"), {"active": {"choice": "yes"}, "people": 30})

"""Forms made elsewhere (tests/xlsform/forms/, see its README): checked, compared with pyxform's
reading of them, and answered to a submission in the terminal chat."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from app.questionnaire_io import load_workbook_questionnaire, write_sheets
from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import LOCALES_DIR, Translator
from dialogs.model import Kind, Questionnaire
from dialogs.xlsform import Loaded, to_sheets
from tests.xlsform.test_live_workbook import console_script, intake, rows_of

FORMS = Path(__file__).resolve().parent / "forms"
KOBO = FORMS / "kobo_night_safety.xlsx"
ALL = sorted(FORMS.glob("*.xlsx"))
# pyxform's bind type for each kind (what a data-collection app would record).
XFORM_TYPES = {
    Kind.TEXT: "string",
    Kind.PHONE: "string",
    Kind.INTEGER: "int",
    Kind.DECIMAL: "decimal",
    Kind.DATE: "date",
    Kind.GEOPOINT: "geopoint",
    Kind.RANGE: "int",
    Kind.SINGLE: "string",
    Kind.MULTI: "string",
    Kind.ACKNOWLEDGE: "string",
    Kind.CALCULATE: "string",
    Kind.NOTE: "string",
    Kind.YESNO: "string",
}


def _loaded(path: Path, questionnaire: Questionnaire, translator: Translator) -> Loaded:
    return load_workbook_questionnaire(path, translator, questionnaire)


def test_the_stored_forms_are_the_ones_the_readme_lists() -> None:
    readme = (FORMS / "README.md").read_text("utf-8")
    assert len(ALL) >= 4 and all(f"`{path.name}`" in readme for path in ALL)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_each_form_passes_the_check_and_pyxform_reads_the_same_questions(
    path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    loaded = _loaded(path, questionnaire, translator)
    xform = convert(str(path), warnings=[]).xform
    binds = dict(re.findall(r'<bind nodeset="/[^"]*/([^/"]+)"[^>]*? type="([^"]+)"', xform))
    ours = set()
    for q in loaded.questionnaire.questions():
        if re.search(r"_add_\d+$", q.id):
            continue  # a repeat's "Add another?": a data-collection app has its own button
        # A repeat's entries are numbered here (Partner_name_2), one repeated node there.
        name = q.id if q.id in binds else re.sub(r"_\d+$", "", q.id)
        assert binds.get(name) == XFORM_TYPES[q.kind], (q.id, q.kind)
        ours.add(name)
    metadata = {"start", "end", "today", "deviceid", "username", "audit", "instanceID"}
    asked = ours
    # or_other's free text is kept in the answer itself, not in a `<name>_other` question.
    other = {f"{q.id}_other" for q in loaded.questionnaire.questions() if q.other}
    assert set(binds) - metadata - asked - other == set()  # nothing pyxform sees is left out


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_each_form_passes_intake_questionnaire_check(path: Path) -> None:
    out = intake("questionnaire", "check", str(path), env={"STAFF_LANGUAGE": "en"})
    assert "no problems" in out
    if path == KOBO:
        assert "Questionnaire version vKz3fYtQ8Y9yM4hgsDt8Jt, 30 questions." in out
    else:
        assert "Questionnaire version –," in out  # pyxform's examples have no version


def test_the_kobo_form_asks_every_kind(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    kinds = {q.kind for q in _loaded(KOBO, questionnaire, translator).questionnaire.questions()}
    assert kinds == {
        Kind.NOTE, Kind.TEXT, Kind.SINGLE, Kind.DATE, Kind.INTEGER, Kind.DECIMAL,
        Kind.CALCULATE, Kind.MULTI, Kind.GEOPOINT, Kind.RANGE, Kind.ACKNOWLEDGE,
        Kind.YESNO,  # a repeat's "Add another?"
    }  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_each_form_is_answered_to_a_submission_in_the_terminal_chat(
    path: Path, tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    loaded = _loaded(path, questionnaire, translator)
    wording = Translator(LOCALES_DIR, overrides=loaded.messages)
    engine = Engine(loaded.questionnaire, wording)
    state, outputs = engine.handle(engine.begin("a", "fr")[0], ev.Consent(True))
    lines = console_script(engine, state, outputs)
    db = tmp_path / "intake.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}", "QUESTIONNAIRE_FILE": str(path)}
    out = intake("chat", "--lang", "fr", stdin="\n".join(["1", *lines, "submit", ""]), env=env)
    [(status, version, raw)] = rows_of(
        db, "SELECT status, questionnaire_version, state FROM submissions"
    )
    assert (status, version) == ("submitted", loaded.questionnaire.version), out
    answers = json.loads(raw)["answers"]
    q = loaded.questionnaire
    shown = {x.id for x in q.questions() if x.kind is not Kind.NOTE and q.is_shown(x, answers)}
    assert set(answers) == shown
    if path == KOBO:
        assert answers["When_did_the_initiative_start"] == "2024-03-12"
        assert "Date notée\u00a0: 12 mars 2024." in out
        assert answers["Yearly_budget_in_thousands_of_euros"] == 12.5
        assert answers["budget_per_volunteer"] == 12500 // 42 + 1  # rounded: 297.6 → 298
        assert answers["Where_does_it_take_place"] == "45.764 4.8357"
        assert answers["I_confirm_the_answers_are_accurate"] == "OK"
        assert "Bienvenue dans l’enquête sur la sécurité la nuit." in out  # markdown taken out
        # A repeat without a count: "Add another?" after each entry; numbered answers.
        assert answers["Partner_organisations_add_2"] is True
        assert answers["Partner_organisations_add_3"] is False
        assert {"Partner_name_1", "Partner_name_2", "Partner_type_2"} <= set(answers)
        assert "Partner_name_3" not in answers and "What_makes_it_work" not in answers
        # Exported with the form's names as column names, a repeat as numbered columns.
        export = tmp_path / "export.csv"
        intake("export", "--format", "csv", "--ids", "--out", str(export), env=env)
        header, *rows = list(csv.reader(export.read_text("utf-8-sig").splitlines()))
        row = dict(zip(header, rows[0], strict=True))
        assert row["When_did_the_initiative_start"] == "2024-03-12"  # a date a sheet reads
        assert "When_did_the_initiative_start" in header and "budget_per_volunteer" in header
        # The form's start, end and today rows, under their names, from the chat's own times.
        assert (row["start"], row["end"]) == (row["created_at_utc"], row["submitted_at_utc"])
        assert row["today"] == row["submitted_at_utc"][:10]
        assert header.index("Partner_name_1") < header.index("Partner_name_2")
        assert not any(name.startswith(("Welcome", "Thank")) for name in header)  # notes


def test_the_kobo_form_exported_again_reads_back_the_same(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    loaded = _loaded(KOBO, questionnaire, translator)
    wording = Translator(LOCALES_DIR, overrides=loaded.messages)
    again = tmp_path / "again.xlsx"
    write_sheets(to_sheets(loaded.questionnaire, wording), again)
    shutil.copy(FORMS / "safety_scale.png", tmp_path)
    assert _loaded(again, questionnaire, wording).questionnaire == loaded.questionnaire
    assert not convert(str(again), warnings=[]).xform.count('type="binary"')  # no file asked

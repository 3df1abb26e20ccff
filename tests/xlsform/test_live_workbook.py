"""QUESTIONNAIRE_FILE: the terminal chat runs straight from a workbook staff edited."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.questionnaire_io import load_workbook_questionnaire, write_sheets
from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import LOCALES_DIR, Translator
from dialogs.model import Kind, Questionnaire, load_questionnaire
from dialogs.state import Phase, State
from dialogs.xlsform import Cell, Rows, Sheets, to_sheets
from tests.scripted import events_for

ROOT = Path(__file__).resolve().parents[2]


def intake(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
    """Run the `intake` command; its standard output (it must succeed)."""
    full = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    for name in ("TELEGRAM_BOT_TOKEN", "SMTP_HOST"):
        full.pop(name, None)
    if "DATABASE_URL" in full:  # e-mails of submissions land next to the test's database
        full["OUTBOX_DIR"] = str(Path(full["DATABASE_URL"].split("///", 1)[1]).parent / "outbox")
    if "QUESTIONNAIRE_FILE" not in (env or {}):
        full.pop("QUESTIONNAIRE_FILE", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", env=full, cwd=ROOT,
        timeout=90, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


TYPED = {"kind": "other", "staff": "42", "publish": "yes", "website": "https://cecops.example.eu"}


def console_script(engine: Engine, state: State, outputs: list[ev.Output]) -> list[str]:
    """The lines a respondent types, from this state on, to reach the review."""
    lines: list[str] = []
    while state.phase is not Phase.REVIEW:
        ask = next(o for o in reversed(outputs) if isinstance(o, ev.Ask))
        for event in events_for(ask, TYPED):
            if isinstance(event, ev.Button) and event.action in ("choose", "toggle"):
                lines.append(str(ask.options.index(event.choice) + 1))
            elif isinstance(event, ev.Button):
                lines.append(event.action)
            elif isinstance(event, ev.Skip):
                lines.append("skip")
            else:
                assert isinstance(event, ev.Text)
                if ask.kind is Kind.LONGTEXT:
                    lines += [*event.text.split("\n"), ""]  # an empty line ends a long answer
                else:
                    lines.append(event.text)
            state, outputs = engine.handle(state, event)
        if state.phase is Phase.OTHER:
            lines.append("Collectif citoyen")
            state, outputs = engine.handle(state, ev.Text("Collectif citoyen"))
    return lines


def rows_of(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def kobo_workbook() -> Sheets:
    """A form as KoboToolbox's builder writes it: its own column order, a plain `label` for
    the default language, metadata rows, `or_other`, groups and blank rows."""
    survey: Rows = [
        ["type", "name", "label::Français (fr)", "label", "label::Lietuvių (lt)",
         "label::Italiano (it)", "required", "relevant", "constraint", "appearance"],
        ["start", "start"],
        ["end", "end"],
        [],
        ["begin_group", "grp_org", "Votre organisation", "Your organisation", "Jūsų organizacija",
         "La Sua organizzazione"],
        ["text", "org", "Nom de l’organisation ?", "Name of the organisation?",
         "Organizacijos pavadinimas?", "Nome dell’organizzazione?", "true"],
        ["select_one orgtype or_other", "kind", "Quel type ?", "Which type?", "Kokio tipo?",
         "Di che tipo?", "yes"],
        [None, None, None],
        ["integer", "staff", "Combien de bénévoles ?", "How many volunteers?",
         "Kiek savanorių?", "Quanti volontari?", "yes", None, ". >= 1 and . <= 500"],
        ["select_multiple topics", "topics", "Thèmes ?", "Topics?", "Temos?", "Temi?", "false",
         "${kind} != 'ngo'"],
        ["text", "details", "Détails ?", "Details?", "Išsamiau?", "Dettagli?", None,
         "selected(${topics}, 'night') and ${staff} > 10", None, "multiline"],
        ["end_group"],
        ["begin_group", "grp_end", "Publication", "Publication", "Skelbimas", "Pubblicazione"],
        ["select_one yn", "publish", "Publier ?", "Publish?", "Skelbti?", "Pubblicare?", "yes"],
        ["end_group"],
    ]  # fmt: skip
    choices: Rows = [
        ["list_name", "name", "label::Italiano (it)", "label", "label::Français (fr)",
         "label::Lietuvių (lt)"],
        ["orgtype", "city", "Comune", "City", "Ville", "Miestas"],
        ["orgtype", "ngo", "ONG", "NGO", "ONG", "NVO"],
        [],
        ["topics", "night", "Notte", "Night", "Nuit", "Naktis"],
        ["topics", "schools", "Scuole", "Schools", "Écoles", "Mokyklos"],
        ["yn", "yes", "Sì", "Yes", "Oui", "Taip"],
        ["yn", "no", "No", "No", "Non", "Ne"],
    ]  # fmt: skip
    settings: Rows = [["form_title", "form_id", "version"], ["Kobo test", "kobo_test", "7"]]
    return Sheets(survey, choices, settings)


def test_a_kobo_builder_form_imports_and_runs_in_the_terminal_chat(tmp_path: Path) -> None:
    workbook = tmp_path / "kobo.xlsx"
    write_sheets(kobo_workbook(), workbook)
    # Imported for developers: the YAML and the four .ftl files.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    yaml_path = tmp_path / "questionnaire.yaml"
    intake("questionnaire", "import", str(workbook), "--yaml", str(yaml_path),
           "--locales", str(locales))  # fmt: skip
    imported = load_questionnaire(yaml_path)
    assert [s.id for s in imported.sections] == ["grp_org", "grp_end"]
    kinds = {q.id: (q.kind, q.required) for q in imported.questions()}
    assert kinds == {
        "org": (Kind.TEXT, True),
        "kind": (Kind.SINGLE, True),
        "staff": (Kind.INTEGER, True),
        "topics": (Kind.MULTI, False),
        "details": (Kind.LONGTEXT, False),
        "publish": (Kind.SINGLE, True),
    }
    assert imported.question("kind").choices == ("city", "ngo", "other")
    assert imported.question("kind").other == "other"
    assert (imported.question("staff").min, imported.question("staff").max) == (1, 500)
    assert "q-org = Nom de l’organisation ?" in (locales / "fr/questionnaire.ftl").read_text()
    assert "choice-kind-other = Altro" in (locales / "it/questionnaire.ftl").read_text()

    # Run straight from the workbook, in French, to a submission.
    translate = Translator()
    loaded = load_workbook_questionnaire(workbook, translate, None)
    assert loaded.questionnaire == imported
    engine = Engine(loaded.questionnaire, Translator(overrides=loaded.messages))
    state, outputs = engine.handle(*engine.begin("script", "fr")[:1], ev.Consent(True))
    typed = console_script(engine, state, outputs)
    db = tmp_path / "intake.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}", "QUESTIONNAIRE_FILE": str(workbook)}
    out = intake("chat", "--lang", "fr", stdin="\n".join(["1", *typed, "submit", ""]), env=env)
    assert "Nom de l’organisation ?" in out
    assert "Détails ?" in out  # shown: "night" picked and more than 10 volunteers
    [(status, version)] = rows_of(db, "SELECT status, questionnaire_version FROM submissions")
    assert (status, version) == ("submitted", "7")
    answers = {
        k: json.loads(str(v)) for k, v in rows_of(db, "SELECT question_id, value FROM answers")
    }
    assert answers["kind"] == {"choice": "other", "other": "Collectif citoyen"}
    assert set(answers) == {"org", "kind", "staff", "topics", "details", "publish"}


@pytest.mark.slow
def test_a_french_wording_change_in_the_workbook_shows_in_the_chat(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    sheets = to_sheets(questionnaire, translator)
    header = sheets.survey[0]
    row = next(r for r in sheets.survey if r[header.index("name")] == "org_name")
    before = str(row[header.index("label::Français (fr)")])
    row[header.index("label::Français (fr)")] = "Comment s’appelle votre structure ?"
    default_limit = translator("fr", "xlsform-constraint-length", {"max": 200})
    assert row[header.index("constraint_message::Français (fr)")] == default_limit
    row[header.index("constraint_message::Français (fr)")] = "Soyez bref : 200 signes au plus."
    workbook = tmp_path / "cecops.xlsx"
    write_sheets(sheets, workbook)
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}",
        "QUESTIONNAIRE_FILE": str(workbook),
    }
    out = intake("chat", "--lang", "fr", stdin="1\n" + "x" * 300 + "\nquit\n", env=env)
    assert "Comment s’appelle votre structure ?" in out
    assert before not in out
    assert "Soyez bref : 200 signes au plus." in out  # the workbook's own constraint_message
    # Without the setting, the packaged wording is back.
    env.pop("QUESTIONNAIRE_FILE")
    assert before in intake("chat", "--lang", "fr", "--user", "2", stdin="1\nquit\n", env=env)


def version_2_workbook(questionnaire: Questionnaire, translator: Translator, path: Path) -> Path:
    """The packaged questionnaire as version 2: contact_role removed, `website` after city."""
    sheets = to_sheets(questionnaire, translator)
    header = sheets.survey[0]
    names = [r[header.index("name")] for r in sheets.survey]
    del sheets.survey[names.index("contact_role")]
    names = [r[header.index("name")] for r in sheets.survey]
    new: list[Cell] = [None] * len(header)
    new[header.index("type")], new[header.index("name")] = "text", "website"
    for column, text in (
        ("label::English (en)", "What is the initiative's website?"),
        ("label::Français (fr)", "Quel est le site web de l’initiative ?"),
        ("label::Italiano (it)", "Qual è il sito web dell’iniziativa?"),
        ("label::Lietuvių (lt)", "Koks iniciatyvos tinklalapis?"),
    ):
        new[header.index(column)] = text
    new[header.index("required")] = "yes"
    new[header.index("bind::intake:kind")] = "url"
    sheets.survey.insert(names.index("city") + 1, new)
    sheets.settings[1][sheets.settings[0].index("version")] = "2"
    write_sheets(sheets, path)
    return path


@pytest.mark.slow
def test_a_draft_started_on_version_1_finishes_on_version_2(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    # Version 1 (the packaged questionnaire): eight answers, then the respondent stops.
    v1 = Engine(questionnaire, translator, this_year=lambda: 2026)
    state, outputs = v1.handle(v1.begin("script", "en")[0], ev.Consent(True))
    answered_lines = console_script(v1, state, outputs)[:8]  # one line each for the first 8
    db = tmp_path / "intake.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    intake("chat", "--lang", "en", stdin="\n".join(["1", *answered_lines, "quit", ""]), env=env)
    stored: dict[str, str] = dict(rows_of(db, "SELECT question_id, value FROM answers"))
    assert {"contact_role", "city"} <= set(stored)

    # Version 2: contact_role removed, a new required question after city (already passed).
    workbook = version_2_workbook(questionnaire, translator, tmp_path / "v2.xlsx")

    loaded = load_workbook_questionnaire(workbook, translator, questionnaire)
    v2 = Engine(loaded.questionnaire, Translator(overrides=loaded.messages), lambda: 2026)
    draft = State.from_json(str(rows_of(db, "SELECT state FROM submissions")[0][0]))
    carried = v2.adapt(draft)
    assert carried.version == "2"
    assert "contact_role" not in carried.answers
    assert carried.current == draft.current  # the respondent goes on where they were
    rest = console_script(v2, carried, v2.show(carried))
    env["QUESTIONNAIRE_FILE"] = str(workbook)
    out = intake("chat", stdin="\n".join(["1", *rest, "submit", ""]), env=env)
    # The new question came once the questions after the stopping point were answered.
    resumed = out.split(translator("en", "button-resume"), 1)[1]
    assert resumed.index(translator("en", "q-may_contact")) < resumed.index(
        translator("en", "q-publish")
    )
    assert resumed.index(translator("en", "q-publish")) < resumed.index(
        "What is the initiative's website?"
    )
    [(status, version)] = rows_of(db, "SELECT status, questionnaire_version FROM submissions")
    assert (status, version) == ("submitted", "2")
    final: dict[str, str] = dict(rows_of(db, "SELECT question_id, value FROM answers"))
    assert "contact_role" not in final
    assert "website" in final
    assert final["city"] == stored["city"]  # kept by question id

"""Exports of submissions answered on several questionnaire versions: the union of columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.versions import union
from tests.unit.test_versions import version_2
from tests.xlsform.test_live_workbook import (
    console_script,
    intake,
    rows_of,
    version_2_workbook,
)


def test_the_union_keeps_the_newest_order_and_puts_removed_questions_where_they_were(
    questionnaire: Questionnaire,
) -> None:
    v2 = version_2(questionnaire)
    merged = union(v2, [questionnaire])
    ids = [q.id for q in merged.questions()]
    assert ids[:8] == [
        "org_name",
        "org_type",
        "country",
        "city",
        "website",
        "contact_name",
        "contact_role",  # only version 1 had it: after the question that preceded it there
        "contact_email",
    ]
    assert set(ids) == {q.id for q in questionnaire.questions()} | {"website"}
    assert merged.version == "2"
    assert merged.question("status").choices == v2.question("status").choices  # newest wins


@pytest.mark.slow
def test_an_export_after_a_new_version_has_the_columns_of_both(
    tmp_path: Path, questionnaire: Questionnaire, translator: Translator
) -> None:
    db = tmp_path / "intake.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    v1 = Engine(questionnaire, translator, this_year=lambda: 2026)
    state, outputs = v1.handle(v1.begin("a", "en")[0], ev.Consent(True))
    intake("chat", "--lang", "en", stdin="\n".join(["1", *console_script(v1, state, outputs),
           "submit", ""]), env=env)  # fmt: skip

    workbook = version_2_workbook(questionnaire, translator, tmp_path / "v2.xlsx")
    env["QUESTIONNAIRE_FILE"] = str(workbook)
    v2 = Engine(version_2(questionnaire), translator, this_year=lambda: 2026)
    state, outputs = v2.handle(v2.begin("b", "en")[0], ev.Consent(True))
    lines = console_script(v2, state, outputs)
    intake("chat", "--lang", "en", "--user", "2", stdin="\n".join(["1", *lines, "submit", ""]),
           env=env)  # fmt: skip
    versions = [v for (v,) in rows_of(db, "SELECT questionnaire_version FROM submissions")]
    assert sorted(versions) == ["1", "2"]

    out = intake("export", "--format", "csv", "--out", "-", env=env)
    table = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    header = table[0]
    # Labels in the staff language, the removed question's from the version that had it.
    role, website = translator("en", "q-contact_role-label"), "What is the initiative's website?"
    city, name = translator("en", "q-city-label"), translator("en", "q-contact_name-label")
    assert header.index(city) < header.index(website) < header.index(name)
    assert header.index(name) + 1 == header.index(role)
    rows = {row[header.index(website)] != "": row for row in table[1:]}
    assert rows[False][header.index(role)] == "Project officer <b>&</b>"  # answered on v1
    assert rows[True][header.index(role)] == ""
    assert rows[True][header.index(website)] == "https://cecops.example.eu/"


def test_wording_of_removed_questions_comes_only_where_the_messages_have_none(
    translator: Translator,
) -> None:
    stored = {"en": {"q-org_name-label": "Old label", "q-gone-label": "A removed question"}}
    both = translator.with_fallback(stored)
    assert both("en", "q-org_name-label") == translator("en", "q-org_name-label")
    assert both("en", "q-gone-label") == "A removed question"
    assert both("fr", "q-gone-label") == "A removed question"  # English fallback, as always
    assert translator("en", "q-gone-label") == "q-gone-label"  # the original is unchanged

"""The list's query object on both databases: search, filters, facets, without a browser."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.model import Questionnaire
from storage import workspace
from storage.submissions import SubmissionFilter, iter_notes, iter_submissions
from storage.triage import decide, set_triage_status
from tests.admin.factory import insert_rows
from tests.web.conftest import KIEMAS, START, seed_rows


@pytest.mark.parametrize("ids_max", [workspace.SEARCH_IDS_MAX, 0])
async def test_search_is_case_blind_literal_and_combines_with_filters(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
    ids_max: int,
) -> None:
    # With 0, a search is run inside every query instead of once: both give the same answers.
    monkeypatch.setattr(workspace, "SEARCH_IDS_MAX", ids_max)
    await insert_rows(db_engine, seed_rows())
    activities = questionnaire.question("activities").choices

    async def refs(**where: Any) -> list[str]:
        wanted = replace(SubmissionFilter(), **where)
        found, counts = await workspace.browse(db_engine, wanted, activities)
        assert found.total == sum(counts.triage.values()) == len(found.rows)
        return sorted(row.reference or "" for row in found.rows)

    assert await refs(search="SAUGUS") == ["CECOPS-KIEMA"]
    assert await refs(search="<b>& amici") == ["CECOPS-ANGEL"]  # typed markup, found as text
    assert await refs(search="100%") == []  # % is a character, not a wildcard
    assert await refs(search="initiative 0_") == []  # nor is _ (a separator, like spaces)
    assert len(await refs(search="initiative 0")) == 0  # one character: that word only
    assert len(await refs(search="initiative 00")) == 1
    assert len(await refs(search="initiative 1")) == 0
    assert len(await refs(search="initi 1")) == 0
    assert await refs(search="Vilnius", country="LT") == ["CECOPS-KIEMA"]
    assert await refs(search="Vilnius", country="FR") == []
    await set_triage_status(db_engine, KIEMAS, "selected", 7, START)
    assert await refs(search="vilnius", triage="selected") == ["CECOPS-KIEMA"]
    assert await refs(search="vilnius", triage="new") == []
    found, counts = await workspace.browse(
        db_engine, SubmissionFilter(activity="reassurance"), activities
    )
    assert found.total == 2 and counts.activity["reassurance"] == 2
    assert counts.activity["patrolling"] == 1 and counts.country == {"IT": 1, "LT": 1}


async def test_facets_on_every_choice_question_filter_and_count(db_engine: AsyncEngine) -> None:
    """Single, multiple and yes/no facets: counted in one grouped query, combinable filters."""
    await insert_rows(db_engine, seed_rows())
    questions = (
        workspace.ChoiceQuestion("settings", "multi", ("schools", "night", "transport")),
        workspace.ChoiceQuestion("evaluated", "single", ("yes", "in_progress", "no")),
        workspace.ChoiceQuestion("may_contact", "yesno", ("yes", "no")),
    )
    found, counts = await workspace.browse(db_engine, SubmissionFilter(), (), questions=questions)
    assert found.total == 58
    assert counts.choices["settings"] == {"schools": 58, "night": 58, "transport": 0}
    assert counts.choices["evaluated"] == {"yes": 1, "in_progress": 0, "no": 57}
    assert counts.choices["may_contact"] == {"yes": 58, "no": 0}
    picked = SubmissionFilter(
        choices=(("evaluated", "single", "yes"), ("settings", "multi", "night"))
    )
    found, counts = await workspace.browse(db_engine, picked, (), questions=questions)
    assert [row.reference for row in found.rows] == ["CECOPS-ANGEL"]
    assert counts.choices["evaluated"]["no"] == 0
    nobody = SubmissionFilter(choices=(("may_contact", "yesno", "no"),))
    assert (await workspace.browse(db_engine, nobody, ()))[0].total == 0
    # Where a submission stands in a filtered list, for previous / next.
    lithuanian_at_schools = SubmissionFilter(
        choices=(("settings", "multi", "schools"),), language="lt"
    )
    assert await workspace.neighbours(
        db_engine, lithuanian_at_schools, "submitted", True, "CECOPS-KIEMA"
    ) == (
        None,
        None,
        1,
        1,
    )
    # Sorted by an answer (city): the same neighbours as the list's own order.
    belgian = SubmissionFilter(country="BE")
    listed = await workspace.list_page(db_engine, belgian, sort="city", descending=False, limit=60)
    order = [row.reference or "" for row in listed.rows]
    assert await workspace.neighbours(db_engine, belgian, "city", False, order[1]) == (
        order[0],
        order[2],
        2,
        55,
    )
    assert (await workspace.neighbours(db_engine, belgian, "city", False, "CECOPS-KIEMA"))[2:] == (
        0,
        55,
    )


async def test_decisions_and_notes_reach_the_export_records(db_engine: AsyncEngine) -> None:
    await insert_rows(db_engine, seed_rows())
    await decide(db_engine, KIEMAS, "selected", "Bon dossier", 7, START)
    await decide(db_engine, KIEMAS, "selected", "Encore une note", 8, START + timedelta(hours=1))
    (record,) = [r async for r in iter_submissions(db_engine, SubmissionFilter(country="LT"))]
    assert (record.triage_status, record.decided_by, record.latest_note) == (
        "selected",
        7,
        "Encore une note",
    )
    assert record.decided_at == START
    notes = [n async for n in iter_notes(db_engine, SubmissionFilter(country="LT"))]
    assert [(n.kind, n.note) for n in notes] == [
        ("status", "Bon dossier"),
        ("note", "Encore une note"),
    ]

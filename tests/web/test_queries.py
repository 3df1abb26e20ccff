"""The list's query object on both databases: search, filters, facets, without a browser."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.model import Questionnaire
from storage import workspace
from storage.submissions import SubmissionFilter
from storage.triage import set_triage_status
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

"""The statistics: counts in SQL on both databases, and the message in each language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.stats_text import stats_text
from dialogs.i18n import LANGUAGES, Translator
from storage.stats import Activity, SubmissionStats, submission_stats
from tests.admin.factory import Row, insert_rows
from tests.admin.test_filters import ROWS, at

NOW = at(4, 3)


async def test_counts(db_engine: AsyncEngine) -> None:
    no_country = Row(6, {"org_name": "Somewhere"}, lang="en", created_at=at(1, 1))
    await insert_rows(db_engine, [*ROWS.values(), no_country])
    stats = await submission_stats(db_engine, NOW)
    assert stats.by_status == {"submitted": 4, "draft": 2}
    assert (stats.submitted, stats.drafts) == (4, 2)
    assert stats.by_language == {"fr": 1, "it": 1, "en": 2}
    assert stats.by_country == {"FR": 1, "IT": 2, None: 1}
    assert stats.activity == (
        Activity(days=7, submitted=1, started=1, active_respondents=2, active_drafts=1),
        Activity(days=30, submitted=2, started=3, active_respondents=4, active_drafts=2),
    )


async def test_counts_of_an_empty_database(db_engine: AsyncEngine) -> None:
    stats = await submission_stats(db_engine, NOW)
    assert (stats.by_status, stats.by_language, stats.by_country) == ({}, {}, {})
    assert [a.submitted + a.started + a.active_respondents for a in stats.activity] == [0, 0]


def sample() -> SubmissionStats:
    countries: dict[str | None, int] = {f"C{i}": 1 for i in range(3)}
    countries |= {"IT": 40, "FR": 12, "LT": 12, "BE": 5, "DE": 4, "ES": 3, "PT": 2, "NL": 2}
    countries |= {"PL": 2, None: 1}
    return SubmissionStats(
        at=datetime(2026, 4, 3, 9, 15, tzinfo=UTC),
        by_status={"submitted": 86, "draft": 14, "withdrawn": 1},
        by_language={"fr": 30, "en": 40, "it": 10, "lt": 5, None: 1},
        by_country=countries,
        activity=(Activity(7, 12, 20, 35, 5), Activity(30, 40, 61, 90, 11)),
    )


def test_message_in_english(translator: Translator) -> None:
    assert stats_text(sample(), translator, "en").split("\n") == [
        "Statistics on 2026-04-03 09:15 (UTC)",
        "Questionnaires — submitted: 86 · in progress: 14 · withdrawn: 1",
        "Last 7 days — submitted: 12 · started: 20 · active respondents: 35",
        "Last 30 days — submitted: 40 · started: 61 · active respondents: 90",
        "Drafts in progress: 14, of which 5 updated in the last 7 days",
        "Submitted, by language: English: 40 · Français: 30 · Italiano: 10 · Lietuvių: 5"
        " · not stated: 1",
        "Submitted, by country: Italy: 40 · France: 12 · Lithuania: 12 · Belgium: 5 ·"
        " Germany: 4 · Spain: 3 · Netherlands: 2 · Poland: 2 · Portugal: 2 · C0: 1 ·"
        " 2 other countries: 2 · not stated: 1",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_in_each_language(translator: Translator, lang: str) -> None:
    text = stats_text(sample(), translator, lang).replace("\u00a0", " ").replace("\u202f", " ")
    assert len(text.split("\n")) == 7
    assert "{" not in text and "stats-" not in text
    assert "Italiano: 10" in text or "Italiano : 10" in text


def test_message_when_nothing_yet(translator: Translator) -> None:
    empty = SubmissionStats(NOW, {}, {}, {}, (Activity(7, 0, 0, 0, 0),))
    text = stats_text(empty, translator, "fr").replace("\u00a0", " ").replace("\u202f", " ")
    lines = text.split("\n")
    assert lines[-2:] == ["Envoyés, par langue : aucun", "Envoyés, par pays : aucun"]

"""The list's query object on both databases: search, filters, facets, without a browser."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.model import Questionnaire
from storage import workspace
from storage.models import submissions
from storage.search import all_choice_counts
from storage.submissions import SubmissionFilter, iter_notes, iter_submissions
from storage.triage import decide, set_triage_status
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.web.conftest import KIEMAS, START, seed_rows


async def test_search_is_case_blind_literal_and_combines_with_filters(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    await insert_rows(db_engine, seed_rows())
    activities = questionnaire.question("activities").choices

    async def refs(**where: Any) -> list[str]:
        wanted = replace(SubmissionFilter(), **where)
        found, counts = await workspace.browse(db_engine, wanted, activities)
        assert found.total == sum(counts.triage.values()) == len(found.rows)
        return sorted(row.reference or "" for row in found.rows)

    assert await refs(search="SAUGUS") == ["CECOPS-KIEMA"]
    saugus = SubmissionFilter(search="saugus")
    assert await workspace.neighbours(db_engine, saugus, "submitted", True, "CECOPS-KIEMA") == (
        None,
        None,
        1,
        1,
    )
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


async def test_a_page_runs_its_search_once(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    """The list, its count, its facets and the neighbours read the ids one search kept, rather
    than each running the full-text search (five times slower at 10,000 questionnaires)."""
    await insert_rows(db_engine, seed_rows())
    searches: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if "search_fts" in statement or "to_tsquery" in statement:
            searches.append(statement)

    event.listen(db_engine.sync_engine, "before_cursor_execute", seen)
    try:
        where = SubmissionFilter(search="initiative")
        activities = questionnaire.question("activities").choices
        found, counts = await workspace.browse(db_engine, where, activities)
        assert len(searches) == 1 and found.total == sum(counts.triage.values()) > 1
        first = found.rows[0].reference or ""
        assert (await workspace.neighbours(db_engine, where, "submitted", True, first))[2] == 1
        assert len(searches) == 2
    finally:
        event.remove(db_engine.sync_engine, "before_cursor_execute", seen)


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


async def test_unfiltered_facets_from_the_kept_counts_match_the_grouped_count(
    db_engine: AsyncEngine,
) -> None:
    """With no filter the facets are read from the counts the database keeps
    (storage.counts): the same counts as the grouped queries over the matching ids give."""
    await insert_rows(db_engine, seed_rows())
    questions = (
        workspace.ChoiceQuestion("settings", "multi", ("schools", "night", "transport")),
        workspace.ChoiceQuestion("evaluated", "single", ("yes", "in_progress", "no")),
        workspace.ChoiceQuestion("may_contact", "yesno", ("yes", "no")),
    )
    everything = SubmissionFilter(since=START - timedelta(days=3650))  # grouped, over the ids
    _, alone = await workspace.browse(db_engine, SubmissionFilter(), (), questions=questions)
    _, grouped = await workspace.browse(db_engine, everything, (), questions=questions)
    assert alone.choices == grouped.choices
    assert alone.choices["evaluated"] == {"yes": 1, "in_progress": 0, "no": 57}
    assert (alone.triage, alone.language, alone.country, alone.activity) == (
        grouped.triage,
        grouped.language,
        grouped.country,
        grouped.activity,
    )


def _chosen_by_hand(value: Any) -> list[str]:
    """The choices an answer made, read by hand from the stored value."""
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, str):
        return [value]  # the country, a code
    if "choice" in value:
        return [value["choice"]]
    return list(value.get("choices", []))


def _by_hand(
    matched: Sequence[dict[str, Any]], question_id: str, offered: Sequence[str] | None = None
) -> dict[str, int]:
    """How many of `matched` (answers) made each choice of a question (`offered` only)."""
    made = Counter(
        choice
        for given in matched
        if question_id in given
        for choice in _chosen_by_hand(given[question_id])
    )
    return dict(made) if offered is None else {c: made[c] for c in offered}


async def test_a_searchs_facets_count_the_choices_of_its_matches(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    """A search's facets (countries, activities, every choice question) count the choices its
    matches' documents keep: the same counts as the matching rows' answers, counted by hand,
    and as a search over every status (drafts' answers counted from the answers) gives."""
    rows = seed_rows()
    await insert_rows(db_engine, rows)
    activities = questionnaire.question("activities").choices
    questions = (
        workspace.ChoiceQuestion("settings", "multi", ("schools", "night", "transport")),
        workspace.ChoiceQuestion("evaluated", "single", ("yes", "in_progress", "no")),
        workspace.ChoiceQuestion("may_contact", "yesno", ("yes", "no")),
    )
    by_id = {row.id: row for row in rows}
    for wanted in (
        SubmissionFilter(search="initiative"),
        SubmissionFilter(search="initiative", country="BE"),
        SubmissionFilter(search="vilnius", activity="reassurance"),
        SubmissionFilter(search="initiative", triage="new"),
    ):
        found, counted = await workspace.browse(
            db_engine, wanted, activities, questions=questions, limit=1000
        )
        assert found.total == len(found.rows) > 0
        matched = [by_id[row.id].answers for row in found.rows]
        assert counted.country == _by_hand(matched, "country"), wanted
        assert counted.activity == _by_hand(matched, "activities", activities), wanted
        assert counted.choices == {q.id: _by_hand(matched, q.id, q.choices) for q in questions}
        _, every_status = await workspace.browse(
            db_engine, replace(wanted, status="all"), activities, questions=questions
        )
        assert every_status.choices == counted.choices
        assert every_status.country == counted.country


def _statuses(where: SubmissionFilter) -> tuple[str, ...]:
    return ("submitted", "draft", "withdrawn") if where.status == "all" else (where.status,)


async def test_facets_of_every_status_add_the_drafts_answers_to_the_submitted_counts(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    """Every status's facets: the submitted questionnaires' from the index or the kept counts,
    the drafts' and withdrawn ones' from their answers; the same counts as all of them read
    from the answers (a date filter takes that path)."""
    others = [
        Row(
            700 + n,
            sample_answers(
                country=("BE", "LT", "PT")[n % 3],
                activities={"choices": [("patrolling", "mediation")[n % 2]]},
                settings={"choices": ["transport"]},
            )
            if n < 5
            else {"org_name": "Not yet"},
            lang=("fr", "lt")[n % 2],
            created_at=START - timedelta(days=n),
            status="withdrawn" if n in (2, 6) else "draft",
        )
        for n in range(8)
    ]
    await insert_rows(db_engine, [*seed_rows(), *others])
    activities = questionnaire.question("activities").choices
    questions = (
        workspace.ChoiceQuestion("settings", "multi", ("schools", "night", "transport")),
        workspace.ChoiceQuestion("may_contact", "yesno", ("yes", "no")),
    )
    dated = START - timedelta(days=3650)
    for wanted in (
        SubmissionFilter(status="all"),
        SubmissionFilter(status="all", country="BE"),
        SubmissionFilter(status="all", activity="patrolling", language="fr"),
        SubmissionFilter(status="all", triage="new", search="initiative"),
        SubmissionFilter(country="BE"),  # the status facet: drafts too
        SubmissionFilter(status="draft", country="LT"),
        SubmissionFilter(status="all", activity="mediation", language="lt"),
    ):
        found, split = await workspace.browse(db_engine, wanted, activities, questions=questions)
        _, answered = await workspace.browse(
            db_engine, replace(wanted, since=dated), activities, questions=questions
        )
        assert found.total == sum(split.triage.values()) > 0
        assert found.total == sum(split.status.get(s, 0) for s in _statuses(wanted))
        assert split == answered, wanted
    _, every = await workspace.browse(db_engine, SubmissionFilter(status="all"), activities)
    seeded = [row.status for row in seed_rows()]
    assert every.status["draft"] == seeded.count("draft") + 6
    assert every.status["withdrawn"] == seeded.count("withdrawn") + 2
    assert every.country["PT"] == 1 and every.activity["mediation"] >= 2  # drafts' answers


async def test_a_searchs_page_from_its_kept_rows_matches_the_lists_own_query(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    """A search's page, read from the rows it kept (on PostgreSQL each match is kept with the
    columns the list shows and sorts by), holds the rows the list's own query over the
    submissions finds, in the same order: every sort, both ways, both statuses, a later page,
    equal dates and a withdrawn match left out."""
    when = START - timedelta(days=9)
    rows = [
        Row(
            500 + n,
            sample_answers(initiative_name="Vizinhos", city=f"Porto {n % 2}"),
            lang=("pt", "en", "fr")[n % 3],
            created_at=when if n < 4 else when + timedelta(hours=n),
            reference=f"CECOPS-V{n:04d}",
            status="withdrawn" if n == 6 else "submitted",
        )
        for n in range(7)
    ]
    await insert_rows(db_engine, [*seed_rows(), *rows])
    activities = questionnaire.question("activities").choices
    for status in ("submitted", "all"):
        where = SubmissionFilter(status=status, search="vizinhos")
        for sort in workspace.SORT_KEYS:
            for descending in (False, True):
                for offset in (0, 4):
                    found, _ = await workspace.browse(
                        db_engine,
                        where,
                        activities,
                        sort=sort,
                        descending=descending,
                        offset=offset,
                        limit=4,
                    )
                    listed = await workspace.list_page(
                        db_engine, where, sort=sort, descending=descending, offset=offset, limit=4
                    )
                    assert found.rows == listed.rows, (status, sort, descending, offset)
                    assert len(found.rows) == (4 if offset == 0 else 2)


async def test_a_search_keeps_what_the_rest_of_its_filter_selects(
    db_engine: AsyncEngine, questionnaire: Questionnaire
) -> None:
    """A search with other filters (the choice index's, a facet's over the answers, a date, the
    language) keeps exactly the matches the same filters select without the search: each
    filter tested on the match's search document on SQLite, on the submission elsewhere."""
    await insert_rows(
        db_engine,
        [
            Row(
                400 + n,
                sample_answers(
                    description="Lantern walk" if n % 2 == 0 else "Market",
                    country=("IT", "LT")[(n // 2) % 2],
                    activities={"choices": ["patrolling" if n % 3 == 0 else "mediation"]},
                    settings={"choices": ["night" if (n // 4) % 2 == 0 else "schools"]},
                    evaluated={"choice": "yes" if n % 5 == 0 else "no"},
                ),
                lang="fr" if n % 3 == 1 else "en",
                created_at=START - timedelta(days=n),
                reference=f"CECOPS-L{n:04d}",
            )
            for n in range(16)
        ],
    )
    activities = questionnaire.question("activities").choices

    async def refs(where: SubmissionFilter) -> set[str]:
        found, counts = await workspace.browse(db_engine, where, activities, limit=100)
        assert found.total == sum(counts.triage.values()) == len(found.rows)
        return {row.reference or "" for row in found.rows}

    searched = await refs(SubmissionFilter(search="lantern"))
    assert len(searched) == 8
    for rest in (
        SubmissionFilter(country="LT", activity="patrolling"),
        SubmissionFilter(choices=(("settings", "multi", "night"),)),
        SubmissionFilter(choices=(("evaluated", "single", "no"),), language="en"),
        SubmissionFilter(since=START - timedelta(days=8), triage="new"),
    ):
        alone = await refs(rest)
        both = await refs(replace(rest, search="lantern"))
        assert 0 < len(both) < len(alone) and both == searched & alone


async def test_choice_counts_within_a_filter_hold_the_asked_questions_only(
    db_engine: AsyncEngine,
) -> None:
    """Within a filter the grouped query reads every choice of each match (the questions are
    kept in Python): the answer still holds the asked questions, and their counts."""
    await insert_rows(db_engine, seed_rows())
    within = select(submissions.c.id).where(submissions.c.status == "submitted")
    async with db_engine.connect() as conn:
        asked = await all_choice_counts(conn, ["country"], within)
        every = await all_choice_counts(conn, ["country", "activities", "settings"], within)
    assert set(asked) == {"country"} and asked["country"] == every["country"]
    assert sum(asked["country"].values()) > 0 and "activities" in every


async def test_the_overview_from_the_kept_counts_matches_the_lists_grouped_count(
    db_engine: AsyncEngine,
) -> None:
    """The overview reads the counts the database keeps: the same numbers as the list's
    grouped queries over every submitted questionnaire."""
    await insert_rows(db_engine, seed_rows())
    activities = ("patrolling", "mediation", "surveillance", "reassurance", "victim_support")
    settings = ("schools", "night", "transport")
    questions = (workspace.ChoiceQuestion("settings", "multi", settings),)
    everything = SubmissionFilter(since=START - timedelta(days=3650))  # grouped, over the ids
    found, grouped = await workspace.browse(db_engine, everything, activities, questions=questions)
    seen = await workspace.overview(db_engine, activities, settings)
    assert seen.submitted == found.total == 58
    assert seen.by_country == {k: n for k, n in grouped.country.items() if k is not None}
    assert seen.by_activity == grouped.activity and sum(seen.by_activity.values()) > 0
    assert (
        seen.by_setting
        == grouped.choices["settings"]
        == {
            "schools": 58,
            "night": 58,
            "transport": 0,
        }
    )
    assert sum(seen.by_month.values()) == 58


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


async def test_previous_next_walk_every_row_once_despite_ties_and_empty_values(
    db_engine: AsyncEngine,
) -> None:
    """Previous / next over a filtered list follow the list's own order for every sort, both
    ways, with two equal cities, a missing city, an empty one and equal dates (keyset seeks)."""
    when = START - timedelta(days=5)
    cities = ["Porto", "Braga", None, "Porto", "", "Aveiro"]
    rows = []
    for n, city in enumerate(cities):
        given = sample_answers(country="PT", city=city, initiative_name="Vizinhos")
        if city is None:
            del given["city"]
        rows.append(
            Row(
                400 + n,
                given,
                lang="pt" if n % 2 else "en",
                created_at=when if n < 3 else when + timedelta(hours=n),
                reference=f"CECOPS-P{n:04d}",
            )
        )
    await insert_rows(db_engine, [*seed_rows(), *rows])
    portuguese = SubmissionFilter(country="PT")
    for sort in workspace.SORT_KEYS:
        for descending in (False, True):
            listed = await workspace.list_page(
                db_engine, portuguese, sort=sort, descending=descending
            )
            order = [row.reference or "" for row in listed.rows]
            assert len(order) == len(cities)
            forward, backward, positions = [], [], []
            here: str | None = order[0]
            while here is not None:
                forward.append(here)
                before, here, position, total = await workspace.neighbours(
                    db_engine, portuguese, sort, descending, here
                )
                positions.append(position)
                assert before == (forward[-2] if len(forward) > 1 else None)
                assert total == len(cities) and len(forward) <= len(cities)
            here = order[-1]
            while here is not None:
                backward.append(here)
                found = await workspace.neighbours(db_engine, portuguese, sort, descending, here)
                here = found[0]
                assert len(backward) <= len(cities)
            assert forward == order, (sort, descending)
            assert backward == order[::-1], (sort, descending)
            assert positions == list(range(1, len(cities) + 1)), (sort, descending)


async def test_position_and_total_number_the_list_as_shown_from_either_end(
    db_engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A submission's page shows its place in the list as sorted and filtered, and the list's
    length, whichever end the place is counted from: near the start, in the middle and near the
    end, each sort both ways, unfiltered (the kept count), filtered, any status."""
    await insert_rows(db_engine, seed_rows())
    # Few rows a round, so that 58 submissions take every way: counted before, counted after,
    # in the first round or the second, or the rows before counted whole.
    monkeypatch.setattr(workspace, "SIDE_COUNT_ROUNDS", (2, 5))
    for where in (
        SubmissionFilter(),
        SubmissionFilter(country="BE"),
        SubmissionFilter(status="all"),
    ):
        for sort in workspace.SORT_KEYS:
            for descending in (False, True):
                listed = await workspace.list_page(
                    db_engine, where, sort=sort, descending=descending, limit=100
                )
                order = [row.reference for row in listed.rows if row.reference is not None]
                n = len(order)
                assert n > 12
                for index in sorted({0, 1, 2, 5, n // 2, n - 6, n - 3, n - 2, n - 1}):
                    found = await workspace.neighbours(
                        db_engine, where, sort, descending, order[index]
                    )
                    assert found[2:] == (index + 1, n), (where, sort, descending, index)

"""Which submissions an export takes: each filter on both databases, and the option syntax."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import (
    ExportArgumentError,
    TableOptions,
    export_file_name,
    parse_bot_arguments,
    parse_country,
    parse_date,
)
from storage.models import DRAFT
from storage.submissions import (
    SubmissionFilter,
    count_submissions,
    iter_submissions,
    load_submission,
)
from tests.admin.factory import Row, insert_rows, sample_answers


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


NOW_FOR_BOT = datetime(2026, 4, 3, 9, 15, tzinfo=UTC)


def submitted(user: int, lang: str, country: str, created: datetime, sent: datetime) -> Row:
    answers = sample_answers(country=country)
    return Row(
        user, answers, lang=lang, created_at=created, submitted_at=sent, reference=f"R{user}"
    )


ROWS = {
    "A": submitted(1, "fr", "FR", at(3, 1), at(3, 1, 10)),
    "B": submitted(2, "it", "IT", at(3, 5), at(3, 10)),
    "C": Row(3, {"country": "LT"}, status=DRAFT, lang="lt", created_at=at(3, 7)),
    "D": submitted(4, "en", "IT", at(2, 20), at(4, 1)),
    "E": Row(5, {"org_name": "Nowhere"}, status=DRAFT, lang="en", created_at=at(4, 2)),
}


@pytest.fixture
async def filled(db_engine: AsyncEngine) -> AsyncEngine:
    await insert_rows(db_engine, list(ROWS.values()))
    return db_engine


async def names(engine: AsyncEngine, where: SubmissionFilter, page: int = 500) -> list[str]:
    by_id = {row.id: name for name, row in ROWS.items()}
    found = [by_id[r.id] async for r in iter_submissions(engine, where, page=page)]
    assert await count_submissions(engine, where) == len(found)
    return found


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (SubmissionFilter(), ["D", "A", "B"]),
        (SubmissionFilter(status="draft"), ["C", "E"]),
        (SubmissionFilter(status="all"), ["D", "A", "B", "C", "E"]),
    ],
    ids=["submitted", "draft", "all"],
)
async def test_status(filled: AsyncEngine, where: SubmissionFilter, expected: list[str]) -> None:
    assert await names(filled, where) == expected


async def test_since_and_until_compare_with_the_submission_time(filled: AsyncEngine) -> None:
    assert await names(filled, SubmissionFilter(since=parse_date("2026-03-05"))) == ["D", "B"]
    until = parse_date("2026-03-10", end=True)  # the day itself is included
    assert await names(filled, SubmissionFilter(until=until)) == ["A", "B"]
    period = SubmissionFilter(since=parse_date("2026-03-02"), until=parse_date("2026-03-31"))
    assert await names(filled, period) == ["B"]


async def test_dates_compare_with_the_start_for_drafts_and_all(filled: AsyncEngine) -> None:
    since = parse_date("2026-03-01")
    assert await names(filled, SubmissionFilter(status="all", since=since)) == [
        "A",
        "B",
        "C",
        "E",
    ]
    assert await names(filled, SubmissionFilter(status="draft", until=since)) == []


async def test_country(filled: AsyncEngine) -> None:
    assert await names(filled, SubmissionFilter(country="IT")) == ["D", "B"]
    assert await names(filled, SubmissionFilter(country="it")) == ["D", "B"]
    assert await names(filled, SubmissionFilter(status="all", country="LT")) == ["C"]
    assert await names(filled, SubmissionFilter(country="DE")) == []


async def test_respondent_language(filled: AsyncEngine) -> None:
    assert await names(filled, SubmissionFilter(language="it")) == ["B"]
    assert await names(filled, SubmissionFilter(status="all", language="en")) == ["D", "E"]


async def test_filters_combine_and_pages_follow_each_other(filled: AsyncEngine) -> None:
    assert await names(filled, SubmissionFilter(country="IT", language="en")) == ["D"]
    assert await names(filled, SubmissionFilter(status="all"), page=2) == ["D", "A", "B", "C", "E"]


async def test_records_carry_their_answers(filled: AsyncEngine) -> None:
    found = [r async for r in iter_submissions(filled, SubmissionFilter(language="fr"))]
    assert len(found) == 1
    first = found[0]
    assert first.id == ROWS["A"].id
    assert (first.reference, first.status, first.language) == ("R1", "submitted", "fr")
    assert first.answers == ROWS["A"].answers
    assert first.submitted_at == at(3, 1, 10)
    loaded = await load_submission(filled, ROWS["C"].id)
    assert loaded is not None and loaded.answers == {"country": "LT"}
    assert loaded.submitted_at is None and loaded.language == "lt"
    assert await load_submission(filled, uuid.uuid4()) is None


async def test_attachments_come_with_their_submission(db_engine: AsyncEngine) -> None:
    row = Row(7, {"further_document": {"file_id": "file-further_document"}})
    row.files = {"further_document": "plan.pdf"}
    await insert_rows(db_engine, [row, Row(8, {})])
    loaded = await load_submission(db_engine, row.id)
    assert loaded is not None
    assert loaded.attachments["further_document"].file_name == "plan.pdf"


def test_dates() -> None:
    assert parse_date("2026-01-31") == datetime(2026, 1, 31, tzinfo=UTC)
    assert parse_date("2026-01-31", end=True) == datetime(2026, 2, 1, tzinfo=UTC)
    assert parse_date("2026-01-31T10:00+02:00") == datetime(2026, 1, 31, 8, tzinfo=UTC)
    assert parse_date("2026-01-31T10:00:00Z") == datetime(2026, 1, 31, 10, tzinfo=UTC)
    assert parse_date("2026-01-31T10:00") == datetime(2026, 1, 31, 10, tzinfo=UTC)
    for bad in ("31/01/2026", "2026-02-30", "yesterday", ""):
        with pytest.raises(ExportArgumentError) as error:
            parse_date(bad)
        assert error.value.key == "export-error-date"


def test_countries_by_code_or_name() -> None:
    assert [parse_country(c) for c in ("IT", "it", "Italia", "Lietuva", "Allemagne")] == [
        "IT",
        "IT",
        "IT",
        "LT",
        "DE",
    ]
    with pytest.raises(ExportArgumentError):
        parse_country("Atlantis")


def test_bot_arguments() -> None:
    request = parse_bot_arguments(
        "xlsx status=all since=2026-01-01 until=2026-01-31 country=IT lang=fr "
        "respondent-lang=it ids choice-columns no-bom",
        "en",
    )
    assert request.fmt == "xlsx"
    assert request.where == SubmissionFilter(
        status="all",
        since=datetime(2026, 1, 1, tzinfo=UTC),
        until=datetime(2026, 2, 1, tzinfo=UTC),
        language="it",
        country="IT",
    )
    assert request.table == TableOptions("fr", ids=True, choice_columns=True)
    assert request.bom is False


def test_bot_arguments_defaults_and_cli_spelling() -> None:
    default = parse_bot_arguments(None, "lt")
    assert (default.fmt, default.where, default.table, default.bom) == (
        "csv",
        SubmissionFilter(),
        TableOptions("lt"),
        True,
    )
    assert parse_bot_arguments("--status=draft --format=xlsx", "en").where.status == "draft"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("pdf", "export-error-unknown"),
        ("status=sent", "export-error-status"),
        ("since=01/01/2026", "export-error-date"),
        ("since=2026-02-01 until=2026-01-01", "export-error-period"),
        ("lang=de", "export-error-language"),
        ("respondent-lang=xx", "export-error-language"),
        ("country=Atlantis", "export-error-country"),
        ("format=ods", "export-error-format"),
        ("country=", "export-error-unknown"),
        ("<b>x</b>", "export-error-unknown"),
    ],
)
def test_bad_bot_arguments(text: str, key: str) -> None:
    with pytest.raises(ExportArgumentError) as error:
        parse_bot_arguments(text, "en")
    assert error.value.key == key


def test_file_name() -> None:
    assert export_file_name("xlsx", at(3, 1)) == "cecops-export-20260301-0900.xlsx"


async def test_pages_break_ties_on_the_id(db_engine: AsyncEngine) -> None:
    same = [Row(20 + n, {}, created_at=at(5, 1), id=uuid.UUID(int=100 - n)) for n in range(5)]
    await insert_rows(db_engine, same)
    found = [r.id async for r in iter_submissions(db_engine, SubmissionFilter(), page=2)]
    assert found == sorted(row.id for row in same)


async def test_a_search_exports_its_matches_page_by_page_in_order(filled: AsyncEngine) -> None:
    """A search is run once and its matches read by id, a page at a time: every match, oldest
    first, the rest of the filter applied, drafts (never indexed) left out."""
    assert await names(filled, SubmissionFilter(search="BESANCON"), page=2) == ["D", "A", "B"]
    assert await names(filled, SubmissionFilter(search="besançon", country="IT"), page=1) == [
        "D",
        "B",
    ]
    assert await names(filled, SubmissionFilter(status="all", search="besancon")) == [
        "D",
        "A",
        "B",
    ]
    assert await names(filled, SubmissionFilter(search="nowhere"), page=2) == []

"""`intake people add/list` and `intake reviews export`: from a fresh database to the round's
two tables, in CSV and XLSX."""

from __future__ import annotations

import asyncio
import csv
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import typer
from openpyxl import load_workbook
from sqlalchemy import func, select
from typer.testing import CliRunner

from admin.review_rounds import bulk_plan
from app.cli_reviews import people_app, reviews_app
from storage.db import create_engine
from storage.maintenance import erase_respondent
from storage.migrate import upgrade_engine
from storage.models import review_assignments, reviews
from storage.people import directory
from storage.reviews import add_assignments, create_round, find_round, round_records, save_review
from tests.admin.factory import insert_rows
from tests.web.reviews_cast import EXPERIENCES, experience_rows

pytestmark = pytest.mark.slow  # seven CLI runs, each building the core

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
CRITERIA = (
    "reassurance",
    "social_action",
    "public_order",
    "transferability",
    "sustainability",
    "ethics",
)


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(people_app, name="people")
    app.add_typer(reviews_app, name="reviews")
    return app


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.upper() in {"DATABASE_URL", "STAFF_LANGUAGE", "REVIEW_CRITERIA_FILE"}:
            monkeypatch.delenv(name)
    found = f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
    monkeypatch.setenv("DATABASE_URL", found)

    async def fill() -> None:
        engine = create_engine(found)
        try:
            await upgrade_engine(engine)
            await insert_rows(engine, experience_rows())
        finally:
            await engine.dispose()

    asyncio.run(fill())
    return found


async def _round_with_reviews(url: str) -> str:
    """A round, assigned in bulk; the first experience's two reviewers submit."""
    engine = create_engine(url)
    try:
        round_id = await create_round(engine, "Spring 2026", NOW.replace(month=5), 0, NOW)
        assert round_id is not None
        round_ = await find_round(engine, round_id=round_id)
        assert round_ is not None
        pairs, short = await bulk_plan(engine, round_, await directory(engine), 2)
        assert short == []
        await add_assignments(engine, round_id, pairs, 0, NOW)
        first = [
            r
            for r in await round_records(engine, round_id)
            if r.submission_id == EXPERIENCES[0].id
        ]
        for number, record in enumerate(first):
            await save_review(
                engine,
                record.assignment_id,
                scores=dict.fromkeys(CRITERIA, 2 + 2 * number),  # 2s, then 4s
                comments={"ethics": '=HYPERLINK("x")'},
                recommendation="select_for_guide",
                confidential=f"secret {number}",
                submit=True,
                actor_id=record.reviewer_id,
                now=NOW,
            )
    finally:
        await engine.dispose()
    return "Spring 2026"


def test_people_then_a_round_exported(url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    for args in (
        [
            "--user",
            "8101",
            "--name",
            "Jane Smith",
            "--org",
            "Metropolitan Police",
            "--country",
            "GB",
            "--role",
            "reviewer",
            "--reads",
            "en",
        ],
        [
            "--user",
            "8102",
            "--name",
            "Marco Rossi",
            "--org",
            "RiSSC",
            "--country",
            "IT",
            "--reads",
            "it,en",
        ],
        [
            "--user",
            "8103",
            "--name",
            "Rūta Kazlauskienė",
            "--org",
            "Law Institute of Lithuania",
            "--country",
            "LT",
            "--reads",
            "lt,en",
        ],
    ):
        result = runner.invoke(_cli(), ["people", "add", *args])
        assert result.exit_code == 0, result.output
    bad = runner.invoke(_cli(), ["people", "add", "--user", "1", "--name", "X", "--country", "XX"])
    assert bad.exit_code == 2
    listed = runner.invoke(_cli(), ["people", "list"])
    assert (
        "8103\treviewer\tRūta Kazlauskienė\tLaw Institute of Lithuania\tLT\tlt,en" in listed.output
    )

    name = asyncio.run(_round_with_reviews(url))
    result = runner.invoke(_cli(), ["reviews", "export", "--round", name, "--out", "r.xlsx"])
    assert result.exit_code == 0, result.output
    book = load_workbook(tmp_path / "r.xlsx")
    ranking, reviews = (list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets)
    assert len(ranking) == 1 + len(EXPERIENCES)
    header = ranking[0]
    row = next(r for r in ranking if r[0] == EXPERIENCES[0].reference)
    assert row[header.index("Reassurance")] == 3  # (2 + 4) / 2
    assert row[header.index("Overall")] == 3 and row[header.index("Spread")] == 2
    assert row[header.index("Reviewers disagree")] == "yes"
    assert row[header.index("Select for the guide")] == 2
    assert len(reviews) == 3 and {r[-1] for r in reviews[1:]} == {"secret 0", "secret 1"}
    assert all(str(r[header.index("Reassurance")]) for r in reviews[1:])
    assert "'=HYPERLINK" in str(reviews[1])  # a comment never runs as a formula

    result = runner.invoke(_cli(), ["reviews", "export", "--round", name, "--out", "r.csv"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    first, second = text.split("\r\n\r\n")
    assert len(list(csv.reader(io.StringIO(first)))) == 1 + len(EXPERIENCES)
    assert len(list(csv.reader(io.StringIO(second)))) == 3
    missing = runner.invoke(_cli(), ["reviews", "export", "--round", "nope", "--out", "x.csv"])
    assert missing.exit_code == 2 and "nope" in missing.output
    assert asyncio.run(_erase_first(url)) == (10, 0)


async def _erase_first(url: str) -> tuple[int, int]:
    """Erasing a respondent takes the partners' reviews of their experience with it."""
    engine = create_engine(url)
    try:
        await erase_respondent(engine, 300, NOW)  # the respondent of the first experience
        async with engine.connect() as conn:
            left = await conn.execute(select(func.count()).select_from(review_assignments))
            scored = await conn.execute(select(func.count()).select_from(reviews))
            return int(left.scalar_one()), int(scored.scalar_one())
    finally:
        await engine.dispose()

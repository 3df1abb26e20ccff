"""100,000 submissions export completely (timing and memory belong to the benchmarks)."""

from __future__ import annotations

import csv
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from admin.export import EXPORT_PAGE, ExportTable, TableOptions, write_export
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.db import create_engine
from storage.migrate import upgrade_engine
from storage.models import DRAFT, SUBMITTED
from storage.submissions import SubmissionFilter, count_submissions, iter_submissions
from tests.admin.factory import T0, Row, insert_rows

TOTAL = 100_000
DRAFTS = 1_000  # left out of the default export (submitted only)


def _rows() -> list[Row]:
    rows = []
    for n in range(TOTAL + DRAFTS):
        answers = {
            "org_name": f"Organisation n° {n}",
            "country": ("IT", "FR", "LT", "BE")[n % 4],
            "settings": {"choices": ["schools", "night"][: 1 + n % 2]},
            "volunteer_count": n,
        }
        rows.append(
            Row(
                user_id=n if n >= TOTAL else n % 1_000,  # one draft per respondent at most
                answers=answers,
                status=DRAFT if n >= TOTAL else SUBMITTED,
                lang=("en", "fr", "it", "lt")[n % 4],
                created_at=T0 + timedelta(seconds=n),
                reference=f"CECOPS-{n:06d}" if n < TOTAL else None,
                id=uuid.UUID(int=n + 1),
            )
        )
    return rows


@pytest.mark.slow
async def test_exporting_100000_submissions(
    tmp_path: Path, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'large.db'}")
    try:
        await upgrade_engine(engine)
        await insert_rows(engine, _rows())
        where = SubmissionFilter()
        assert await count_submissions(engine, where) == TOTAL
        table = ExportTable(questionnaire, renderer, TableOptions("en"))
        seen: list[int] = []
        with (tmp_path / "large.csv").open("wb") as out:
            count = await write_export(
                iter_submissions(engine, where, page=EXPORT_PAGE),
                table,
                out,
                "csv",
                progress=seen.append,
            )
    finally:
        await engine.dispose()
    assert count == TOTAL and seen[-1] == TOTAL
    with (tmp_path / "large.csv").open(encoding="utf-8-sig", newline="") as text:
        reader = csv.reader(text)
        header = next(reader)
        references = [row[0] for row in reader]
    assert header[0] == "Reference"
    assert len(references) == TOTAL
    assert references[:2] == ["CECOPS-000000", "CECOPS-000001"]
    assert references[-1] == f"CECOPS-{TOTAL - 1:06d}"

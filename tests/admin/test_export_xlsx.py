"""XLSX exports read back with openpyxl: header, frozen pane, dates, wrapping, no formulas."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timedelta
from typing import Any

from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import LEAD_COLUMNS, ExportTable, TableOptions, write_export
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.submissions import SubmissionFilter, SubmissionRecord, iter_submissions
from tests.admin.factory import T0, Row, insert_rows, sample_answers
from tests.admin.test_export_csv import FORMULAS, record


async def _aiter(items: Iterable[SubmissionRecord]) -> AsyncIterator[SubmissionRecord]:
    for item in items:
        yield item


async def xlsx(
    records: list[SubmissionRecord],
    questionnaire: Questionnaire,
    renderer: Renderer,
    **options: Any,
) -> Any:
    table = ExportTable(questionnaire, renderer, TableOptions(**{"lang": "en"} | options))
    out = io.BytesIO()
    count = await write_export(_aiter(records), table, out, "xlsx")
    assert count == len(records)
    return load_workbook(io.BytesIO(out.getvalue())).active


def column(sheet: Any, header: str) -> int:
    headers = [cell.value for cell in sheet[1]]
    return headers.index(header) + 1


async def test_header_row_frozen_pane_and_widths(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    sheet = await xlsx([record(sample_answers())], questionnaire, renderer, lang="lt")
    assert sheet.title == "Klausimynai"
    headers = [cell.value for cell in sheet[1]]
    assert headers[:2] == ["Numeris", renderer.t("lt", "export-column-triage")]
    assert headers[LEAD_COLUMNS] == renderer.label("org_name", "lt")
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    widths = [dimension.width for dimension in sheet.column_dimensions.values()]
    assert len(widths) == len(headers)
    assert all(8 <= width <= 60 for width in widths)
    assert sheet.max_row == 2


async def test_dates_are_datetimes_in_utc(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    sheet = await xlsx([record(sample_answers())], questionnaire, renderer)
    created = sheet.cell(2, column(sheet, "Started (UTC)"))
    submitted = sheet.cell(2, column(sheet, "Submitted (UTC)"))
    assert created.is_date and created.value == datetime(2026, 3, 1, 9, 30, 15)
    assert submitted.value == datetime(2026, 3, 2, 17, 5, 0)


async def test_numbers_are_numbers(questionnaire: Questionnaire, renderer: Renderer) -> None:
    answers = sample_answers(volunteer_count=45, start_year=2019, city="-5 volunteers")
    sheet = await xlsx([record(answers)], questionnaire, renderer, ids=True, choice_columns=True)
    assert sheet.cell(2, column(sheet, "volunteer_count")).value == 45
    assert sheet.cell(2, column(sheet, "start_year")).value == 2019
    assert sheet.cell(2, column(sheet, "settings.schools")).value == 1
    assert sheet.cell(2, column(sheet, "settings.events")).value == 0
    assert sheet.cell(2, column(sheet, "city")).value == "-5 volunteers"


async def test_long_and_multiline_text_is_wrapped(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    answers = sample_answers(
        description="Première ligne\nDeuxième ligne 🎉", recruitment="x" * 200, city="Vilnius"
    )
    sheet = await xlsx([record(answers)], questionnaire, renderer, ids=True)
    description = sheet.cell(2, column(sheet, "description"))
    assert description.value == "Première ligne\nDeuxième ligne 🎉"
    assert description.alignment.wrap_text
    assert sheet.cell(2, column(sheet, "recruitment")).alignment.wrap_text
    assert not sheet.cell(2, column(sheet, "city")).alignment.wrap_text


async def test_formula_payloads_are_stored_as_strings(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    rows = [record(sample_answers(org_name=p, city="Šiauliai"), source=p) for p in FORMULAS]
    sheet = await xlsx(rows, questionnaire, renderer, ids=True)
    names = [sheet.cell(2 + i, column(sheet, "org_name")) for i in range(len(FORMULAS))]
    for cell in names:
        assert cell.data_type == "s"
    # XML cannot carry NUL (dropped); lxml keeps a lone CR (escaped). All stay strings.
    values = [cell.value for cell in names]
    assert values == ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=1"]
    assert sheet.cell(2, column(sheet, "source")).value == "=1+1"


async def test_unicode_survives(questionnaire: Questionnaire, renderer: Renderer) -> None:
    text = 'Città; «Sécurité» — ąčęėįšųūž 🚓 "quoted"'
    sheet = await xlsx([record(sample_answers(org_name=text))], questionnaire, renderer, ids=True)
    assert sheet.cell(2, column(sheet, "org_name")).value == text
    assert sheet.cell(2, column(sheet, "may_contact")).value == "Yes"


async def test_xlsx_streams_many_pages(
    db_engine: AsyncEngine, questionnaire: Questionnaire, renderer: Renderer
) -> None:
    rows = [
        Row(n + 1, {"org_name": f"Org {n}", "volunteer_count": n}, created_at=T0 + timedelta(n))
        for n in range(3_000)
    ]
    await insert_rows(db_engine, rows)
    table = ExportTable(questionnaire, renderer, TableOptions("it", ids=True))
    out = io.BytesIO()
    records = iter_submissions(db_engine, SubmissionFilter(), page=500)
    assert await write_export(records, table, out, "xlsx") == 3_000
    book = load_workbook(io.BytesIO(out.getvalue()), read_only=True)
    at = table.headers.index("volunteer_count")
    values = [row[at] for row in book.active.iter_rows(min_row=2, values_only=True)]
    book.close()
    assert values == list(range(3_000))

"""A CSV export's lines made in one call (ExportTable.line_function) write what its cells
(ExportTable.row, generated too) written through CsvWriter.row would: the same bytes, whatever
the answers, the options and the order."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from admin.export import CsvWriter, ExportTable, TableOptions, csv_text, neutralize, utc_text
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from tests.admin.factory import sample_answers
from tests.admin.test_export_csv import record

ODD_ANSWERS: list[dict[str, Any]] = [
    {},
    {"org_type": {"choice": "other", "other": "=Une association"}},
    {"org_type": {"choice": "other", "other": ""}},
    {"org_type": {"choice": "ngo", "note": "a key of another version"}},
    {"org_type": "city"},  # another version's shape
    {"org_type": {"choice": 1}},
    {"settings": {"choices": ["schools", "other"], "other": "-dans les gares"}},
    {"settings": {"choices": []}},
    {"settings": {"choices": ["night", 3]}},
    {"settings": {"choices": "night"}},
    {"may_contact": False},
    {"may_contact": "yes"},
    {"country": "ＦR"},
    {"country": 33},
    {"contact_phone": "=33612345678"},
    {"city": "=SUM(A1)", "scope": "+1", "funding": "＝1", "recruitment": "\u207b1"},
    {"city": 12, "description": None, "volunteer_count": "45", "start_year": 2019.5},
    {"further_document": {"name": "=rapport.pdf", "file_id": "x"}},
    {"further_document": {"file_id": "x"}},
    {"description": 'Ligne 1\r\nLigne 2, "citée"'},
]


def rows_both_ways(table: ExportTable, records: list[Any]) -> tuple[bytes, bytes]:
    cells, lines = io.BytesIO(), io.BytesIO()
    by_cells, by_lines = CsvWriter(cells), CsvWriter(lines)
    line = table.line_function()
    for item in records:
        by_cells.row(table.row(item))
        by_lines.line(line(item))
    for writer in (by_cells, by_lines):
        writer.close()
    return cells.getvalue(), lines.getvalue()


def test_generated_row_reads_as_the_columns(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    table = ExportTable(questionnaire, renderer, TableOptions("fr"))
    for odd in ODD_ANSWERS:
        item = record(sample_answers(**odd), reference="=x", source=None)
        shown = questionnaire.shown_ids(item.answers)
        assert table.row(item) == [column.value(item, shown) for column in table.columns]


@pytest.mark.parametrize(
    "options",
    [
        TableOptions("en"),
        TableOptions("fr", ids=True),
        TableOptions("lt", choice_columns=True),
        TableOptions("it", actor_name=lambda n: f"=staff {n}"),
    ],
)
def test_fields_write_as_cells(
    questionnaire: Questionnaire, renderer: Renderer, options: TableOptions
) -> None:
    paris = timezone(timedelta(hours=1))
    records = [
        record(
            sample_answers(**odd),
            reference=None if n % 7 == 0 else f"=REF-{n}" if n % 5 == 0 else f"CECOPS-{n}",
            source=None if n % 2 else "-bologna",
            language=("en", "fr", "xx", None)[n % 4],
            triage_status=("new", "selected", "on_hold")[n % 3],
            decided_at=None if n % 3 else datetime(2026, 3, 1, 0, 30, tzinfo=paris),
            decided_by=None if n % 3 else 1000 + n,
            latest_note=None if n % 4 else "@note",
            submitted_at=None if n % 6 == 0 else datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC),
        )
        for n, odd in enumerate(ODD_ANSWERS * 3)
    ]
    random.Random(26).shuffle(records)  # what a memo remembers must not depend on the order
    cells, lines = rows_both_ways(ExportTable(questionnaire, renderer, options), records)
    assert lines == cells


def test_utc_text_as_isoformat() -> None:
    draw = random.Random(26)
    for _ in range(5_000):
        moment = datetime(1000, 1, 1, tzinfo=UTC) + timedelta(
            seconds=draw.randrange(9_000 * 365 * 86_400), microseconds=draw.randrange(10**6)
        )
        moment = moment.astimezone(timezone(timedelta(minutes=draw.randrange(-720, 721))))
        expected = moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
        assert utc_text(moment) == expected + "Z"


def test_text_quoted_as_the_csv_module_quotes_it() -> None:
    draw = random.Random(26)
    pool = ",\"\r\n\0 \t'=+-@a1éą🚌\u2028\x85;"
    texts = ["", '"', ",", "\r\n", " a ", "a\0b"]
    texts += ["".join(draw.choices(pool, k=draw.randrange(1, 9))) for _ in range(5_000)]
    for text in texts:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow([neutralize(text), "x"])
        assert csv_text(text) + ",x\r\n" == out.getvalue(), repr(text)

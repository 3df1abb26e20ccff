"""Hostile workbooks are refused in bounded memory: a huge declared sheet, a zip bomb."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# The loader runs in a process that may not take more than this (address space, not RSS).
ADDRESS_SPACE = 1_500_000_000
PEAK_RSS_MB = 200

LOADER = f"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE}, {ADDRESS_SPACE}))
from pathlib import Path
from app.questionnaire_io import WorkbookUnreadable, load_workbook_questionnaire
from dialogs.i18n import Translator
from dialogs.xlsform import WorkbookProblems
t = Translator()
try:
    load_workbook_questionnaire(Path(sys.argv[1]), t, None)
    outcome = ["loaded"]
except WorkbookUnreadable as error:
    outcome = ["unreadable", error.reason]
except WorkbookProblems as error:
    outcome = ["problems"] + [[p.sheet, p.row, p.column, p.key] for p in error.problems]
# VmHWM, this process's own peak: ru_maxrss would count the forking test runner's too.
peak = next(
    int(line.split()[1]) // 1024
    for line in Path("/proc/self/status").read_text().splitlines()
    if line.startswith("VmHWM:")
)
print(json.dumps({{"outcome": outcome, "peak_mb": peak}}))
"""


def load_bounded(path: Path) -> dict[str, object]:
    """What the loader made of the workbook, and its peak memory, in a capped process."""
    ran = subprocess.run(
        [sys.executable, "-c", LOADER, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    found: dict[str, object] = json.loads(ran.stdout)
    return found


def with_survey_sheet(path: Path, write_sheet: object) -> Path:
    """A small real workbook whose survey sheet XML is replaced by what `write_sheet` writes."""
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with out.open(item.filename, "w") as sheet:
                    write_sheet(sheet)  # type: ignore[operator]
            else:
                out.writestr(item, source.read(item))
    plain.unlink()
    return path


def header_cells() -> bytes:
    cells = (
        f'<c r="{col}1" t="inlineStr"><is><t>{text}</t></is></c>'
        for col, text in (("A", "type"), ("B", "name"), ("C", "label"))
    )
    return "".join(cells).encode()


def test_a_sheet_declaring_every_cell_is_read_in_bounded_memory(tmp_path: Path) -> None:
    def huge_dimension(sheet: zipfile.ZipExtFile) -> None:
        sheet.write(f'<worksheet xmlns="{NS}"><dimension ref="A1:XFD1048576"/>'.encode())
        sheet.write(b"<sheetData>")
        sheet.write(b'<row r="1">' + header_cells() + b"</row>")
        sheet.write(b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>text</t></is></c>')
        sheet.write(b'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')
        sheet.write(b"</sheetData></worksheet>")

    workbook = with_survey_sheet(tmp_path / "huge.xlsx", huge_dimension)
    assert workbook.stat().st_size < 20_000
    found = load_bounded(workbook)
    assert found["outcome"] == [
        "problems",
        ["survey", 1_048_576, "-", "xlsform-too-many-rows"],
    ]
    assert isinstance(found["peak_mb"], int) and found["peak_mb"] < PEAK_RSS_MB


def test_a_zip_bomb_cell_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    def bomb(sheet: zipfile.ZipExtFile) -> None:
        sheet.write(f'<worksheet xmlns="{NS}"><sheetData>'.encode())
        sheet.write(b'<row r="1">' + header_cells() + b"</row>")
        sheet.write(b'<row r="2"><c r="Z2" t="inlineStr"><is><t>')
        for _ in range(60):
            sheet.write(b"A" * 1_000_000)
        sheet.write(b"</t></is></c></row></sheetData></worksheet>")

    workbook = with_survey_sheet(tmp_path / "bomb.xlsx", bomb)
    assert workbook.stat().st_size < 200_000
    found = load_bounded(workbook)
    assert found["outcome"] == ["unreadable", "xlsform-reason-too-large"]  # 20 MB, localized
    assert isinstance(found["peak_mb"], int) and found["peak_mb"] < PEAK_RSS_MB

"""An XLSX written as a stream: each sheet's XML goes straight into the zip, row by row.

openpyxl builds a cell object per value and writes it through lxml: for an export of 100,000
questionnaires (4.7 million cells) that is most of the time. Here a row is one string of XML.
What the sheet has: a bold, wrapped header row, the pane frozen below it, column widths, text
always as text (inline strings: never a formula, and no table of all strings kept in memory),
numbers, datetimes as Excel serial dates with a date-time format, long text wrapped.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import IO, Final
from xml.sax.saxutils import escape, quoteattr

# Styles (cellXfs indexes in STYLES): plain, header (bold, wrapped), wrapped text, date-time.
HEADER: Final = 1
WRAPPED: Final = 2
DATETIME: Final = 3
_EPOCH: Final = datetime(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk)
_EPOCH_UTC: Final = _EPOCH.replace(tzinfo=UTC)
_FLUSH_ROWS: Final = 200
_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD: Final = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(sheets: int) -> str:
    """The package's content types, for `sheets` worksheets."""
    return (
        _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, sheets + 1)
        )
        + '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    )


CONTENT_TYPES: Final = content_types(1)
ROOT_RELS: Final = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)


def workbook_rels(sheets: int) -> str:
    """The workbook's relationships: its sheets (rId1…) and the styles (after them)."""
    return (
        _HEAD
        + f'<Relationships xmlns="{_PKG_REL}">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, sheets + 1)
        )
        + f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


WORKBOOK_RELS: Final = workbook_rels(1)
STYLES: Final = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_ENTITIES: Final = {"\r": "&#13;"}  # a bare CR would be read back as a newline


def workbook(*titles: str) -> str:
    """The workbook part: one sheet per title (each already a valid sheet name)."""
    sheets = "".join(
        f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
        for n, title in enumerate(titles, start=1)
    )
    return (
        _HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{sheets}</sheets></workbook>'
    )


def text_cell(ref: str, text: str, style: int = 0) -> str:
    """A cell holding `text` as text (XML-safe text expected: no control characters)."""
    return f'<c r="{ref}' + text_cell_tail(text, style)


def text_cell_tail(text: str, style: int = 0) -> str:
    """A text cell's XML after its reference (`<c r="A1` + this): the same for every cell of
    the same text and style, so that a writer can remember it."""
    styled = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'"{styled} t="inlineStr"><is><t{space}>{escape(text, _ENTITIES)}</t></is></c>'


def column_letter(number: int) -> str:
    """A column's letters from its number, 1 → A, 27 → AA (openpyxl's, without importing it)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def excel_date(value: datetime) -> float:
    """A naive datetime as Excel's serial day number; an aware one's UTC time (the same
    number as its naive UTC time's, without making that datetime: an export has four a row)."""
    delta = value - (_EPOCH if value.tzinfo is None else _EPOCH_UTC)
    return delta.days + delta.seconds / 86_400 + delta.microseconds / 86_400_000_000


class SheetStream:
    """Opens the zip, takes rows of XML-ready values sheet after sheet, closes the package.

    `more` names the sheets that follow the first (`next_sheet` starts each); every sheet
    named must be started before `close`."""

    def __init__(
        self, out: IO[bytes], title: str, widths: Sequence[float], more: Sequence[str] = ()
    ) -> None:
        sheets = 1 + len(more)
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._zip.writestr("[Content_Types].xml", content_types(sheets))
        self._zip.writestr("_rels/.rels", ROOT_RELS)
        self._zip.writestr("xl/workbook.xml", workbook(title, *more))
        self._zip.writestr("xl/_rels/workbook.xml.rels", workbook_rels(sheets))
        self._zip.writestr("xl/styles.xml", STYLES)
        self._number = 0
        self._start(widths)

    def next_sheet(self, widths: Sequence[float]) -> None:
        """Finish this sheet and start the next one named at the start."""
        self._end_sheet()
        self._start(widths)

    def _start(self, widths: Sequence[float]) -> None:
        self._number += 1
        self._sheet = self._zip.open(
            f"xl/worksheets/sheet{self._number}.xml", "w", force_zip64=True
        )
        self.letters = [column_letter(i) for i in range(1, len(widths) + 1)]
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>'
            for i, width in enumerate(widths, start=1)
        )
        self._pending: list[str] = [
            _HEAD + f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        ]
        self.rows = 0

    def append(self, cells: str) -> None:
        """Add the next row, given the XML of its cells (references: letters + row number)."""
        self.rows += 1
        self._pending.append(f'<row r="{self.rows}">{cells}</row>')
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def _end_sheet(self) -> None:
        self._pending.append("</sheetData></worksheet>")
        self._flush()
        self._sheet.close()

    def close(self) -> None:
        self._end_sheet()
        self._zip.close()

    def discard(self) -> None:
        """Give up (failed or interrupted): close the zip without finishing it, quietly, so that
        nothing is written later by its finalizer; the caller removes the partial file."""
        for closing in (self._sheet.close, self._zip.close):
            with contextlib.suppress(Exception):
                closing()

    def _flush(self) -> None:
        self._sheet.write("".join(self._pending).encode())
        self._pending.clear()

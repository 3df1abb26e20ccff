"""Writes `templates/guide.docx`, the Word template whose styles the DOCX guide uses.

Run once to create it (`python -m guide.docx_template`); afterwards a designer edits the file
itself in Word or LibreOffice (styles Title, Subtitle, Heading 1–3, Normal, TOC Heading,
Guide Note, Guide Reference, Light List Accent 1; page size, margins, footer), and the guide
follows. Nothing here runs when a guide is made.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

MUTED = RGBColor(0x5F, 0x6B, 0x7A)


def make_template(path: Path) -> None:
    """A4, 2.3 cm margins, page numbers in the footer, the guide's own paragraph styles."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.6)
    section.different_first_page_header_footer = True  # no number on the cover
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer.add_run())
    styles = doc.styles
    styles["Normal"].font.size = Pt(10.5)
    note = styles.add_style("Guide Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    note.font.italic = True
    note.font.color.rgb = MUTED
    reference = styles.add_style("Guide Reference", WD_STYLE_TYPE.PARAGRAPH)
    reference.base_style = styles["Normal"]
    reference.font.size = Pt(9)
    reference.font.color.rgb = MUTED
    doc.core_properties.title = "CECOPS"
    doc.save(str(path))


def _page_field(run: object) -> None:
    """A PAGE field: Word and LibreOffice put the page number there."""
    element = run._r  # type: ignore[attr-defined]
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    element.extend([begin, code, end])


if __name__ == "__main__":
    make_template(Path(sys.argv[1] if len(sys.argv) > 1 else "guide/templates/guide.docx"))

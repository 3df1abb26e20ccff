"""The guide as DOCX for editors, in the styles of `templates/guide.docx` (the look lives
there: edit that file in Word or LibreOffice to change fonts, colours, margins, footer).

Real heading styles (Heading 1 per chapter, 2 per part, 3 per question), so that Word's and
LibreOffice's navigator and table of contents work; the table of contents is a TOC field,
filled in with the chapter titles and refreshed by Word when the document is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Final

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Length
from docx.text.paragraph import Paragraph

from guide.model import Chapter, Guide, IndexEntry

DOCX_TEMPLATE: Final = Path(__file__).resolve().parent / "templates" / "guide.docx"
LOCALES: Final = {"en": "en-GB", "fr": "fr-FR", "it": "it-IT", "lt": "lt-LT"}
NOTE: Final = "Guide Note"
REFERENCE: Final = "Guide Reference"
FACTS_TABLE: Final = "Light List Accent 1"


def write_docx(guide: Guide, out: IO[bytes] | Path, template: Path = DOCX_TEMPLATE) -> None:
    """Write the guide; `template` gives the styles, page set-up and footer."""
    doc = Document(str(template))
    body = doc.element.body
    section = body.find(qn("w:sectPr"))
    width = doc._block_width  # the page's text width, for tables
    for child in list(body):
        body.remove(child)  # the template's own sample text, if any; its page set-up comes back
    writer = _Writer(doc, guide, width)
    writer.write()
    if section is not None:
        body.append(section)  # last, as Word wants it
    doc.save(out if not isinstance(out, Path) else str(out))


class _Writer:
    """Adds the guide to the body. Paragraphs and tables are appended to it directly:
    python-docx's `add_paragraph` and `add_table` search the whole body for its `w:sectPr` on
    every call (the guide's time grew with the square of its experiences), and its paragraph
    styles are looked up by name, slowly."""

    def __init__(self, doc: DocumentObject, guide: Guide, width: Length) -> None:
        self.doc = doc
        self.width = width
        self.body = doc.element.body
        self.guide = guide
        self.words = guide.words
        self.style_ids: dict[str, str] = {}

    def _style_id(self, name: str) -> str:
        found = self.style_ids.get(name)
        if found is None:
            found = self.style_ids[name] = self.doc.styles[name].style_id
        return found

    def _add(
        self,
        text: str,
        style: str | None = None,
        *,
        lang: str | None = None,
        page_break: bool = False,
    ) -> None:
        """A paragraph of one run, in a style of the template (None: Normal)."""
        paragraph = OxmlElement("w:p")
        if style is not None or page_break:
            properties = OxmlElement("w:pPr")
            if style is not None:
                style_mark = OxmlElement("w:pStyle")
                style_mark.set(qn("w:val"), self._style_id(style))
                properties.append(style_mark)
            if page_break:
                properties.append(OxmlElement("w:pageBreakBefore"))
            paragraph.append(properties)
        run = OxmlElement("w:r")
        if lang is not None:
            run_properties = OxmlElement("w:rPr")
            mark = OxmlElement("w:lang")
            mark.set(qn("w:val"), LOCALES.get(lang, lang))
            run_properties.append(mark)
            run.append(run_properties)
        words = OxmlElement("w:t")
        words.set(qn("xml:space"), "preserve")
        words.text = text
        run.append(words)
        paragraph.append(run)
        self.body.append(paragraph)

    def _table(self, rows: list[tuple[str, ...]], columns: int, *, header: bool) -> None:
        table = CT_Tbl.new_tbl(len(rows), columns, self.width)
        self.body.append(table)
        properties = table.tblPr
        properties.style = self._style_id(FACTS_TABLE)
        look = properties.find(qn("w:tblLook"))
        if look is None:
            look = OxmlElement("w:tblLook")
            properties.append(look)
        # The style's header row, or none (Word reads the flags, LibreOffice the bit mask).
        look.set(qn("w:firstRow"), "1" if header else "0")
        look.set(qn("w:firstColumn"), "1")
        look.set(qn("w:val"), "04A0" if header else "0480")
        # What `_Cell.text = text` does, in the empty paragraph each new cell holds (python-
        # docx's rows and cells are found by XPath queries, which cost more than the table).
        for row, values in zip(table.tr_lst, rows, strict=True):
            for cell, text in zip(row.tc_lst, values, strict=True):
                (paragraph,) = cell.p_lst
                paragraph.add_r().text = text

    def write(self) -> None:
        self.doc.core_properties.title = self.words["title"]
        self.doc.core_properties.language = LOCALES.get(self.guide.lang, self.guide.lang)
        self._language(self.doc.styles["Normal"].element, self.guide.lang)
        self._cover()
        self._contents()
        self._add(self.words["introduction"], "Heading 1", page_break=True)
        for text in self.guide.introduction:
            self._add(text)
        for chapter in self.guide.chapters:
            self._chapter(chapter)
        self._index(self.words["index-country"], self.guide.by_country)
        self._index(self.words["index-activity"], self.guide.by_activity)
        self._update_fields_on_open()

    def _paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """A paragraph at the end of the body, through python-docx (for fields and breaks)."""
        element = OxmlElement("w:p")
        self.body.append(element)
        paragraph = Paragraph(element, self.doc._body)
        if text:
            paragraph.add_run(text)
        if style is not None:
            paragraph.style = style
        return paragraph

    def _cover(self) -> None:
        self._paragraph(self.words["project"], style="Subtitle")
        self._paragraph(self.words["title"], style="Title")
        self._paragraph(self.words["subtitle"], style="Subtitle")
        self._paragraph(self.words["organisation"])
        last = self._paragraph(self.words["date"])
        last.add_run().add_break(WD_BREAK.PAGE)

    def _contents(self) -> None:
        self._paragraph(self.words["contents"], style="TOC Heading")
        first = self._paragraph()
        _field_start(first, ' TOC \\o "1-1" \\h \\z \\u ')
        # What the field shows until it is refreshed: the chapter titles.
        titles = [
            self.words["introduction"],
            *(f"{c.number}. {c.title}" for c in self.guide.chapters),
            self.words["index-country"],
            self.words["index-activity"],
        ]
        for i, title in enumerate(titles):
            paragraph = first if i == 0 else self._paragraph()
            paragraph.add_run(title)
        _field_end(self._paragraph())

    def _chapter(self, chapter: Chapter) -> None:
        self._add(f"{chapter.number}. {chapter.title}", "Heading 1", page_break=True)
        line = f"{self.words['reference']} {chapter.reference}"
        if chapter.anonymous:
            line += f" · {self.words['anonymous']}"
        self._add(line, REFERENCE)
        self._table([(fact.label, fact.value) for fact in chapter.facts], 2, header=False)
        self._add(chapter.language_line, NOTE)
        for part in chapter.parts:
            self._add(part.heading, "Heading 2")
            for item in part.items:
                if part.labelled:
                    self._add(item.label, "Heading 3")
                for text in item.paragraphs:
                    if item.missing:
                        self._add(text, NOTE)
                    else:
                        self._add(text, lang=chapter.language if item.verbatim else None)
        if chapter.scores:
            self._add(self.words["scores"], "Heading 2")
            header = (self.words["criterion"], self.words["mean"])
            rows = [(row.criterion, row.mean) for row in chapter.scores]
            self._table([header, *rows], 2, header=True)

    def _index(self, title: str, entries: tuple[IndexEntry, ...]) -> None:
        self._add(title, "Heading 1", page_break=True)
        titles = {c.number: c.title for c in self.guide.chapters}
        for entry in entries:
            self._add(entry.heading, "Heading 2")
            for number in entry.chapters:
                self._add(f"{number}. {titles[number]}")

    @staticmethod
    def _language(element: object, lang: str) -> None:
        """Mark text as in `lang` (spelling and hyphenation follow it)."""
        properties = element.get_or_add_rPr()  # type: ignore[attr-defined]
        mark = properties.find(qn("w:lang"))
        if mark is None:
            mark = OxmlElement("w:lang")
            properties.append(mark)
        mark.set(qn("w:val"), LOCALES.get(lang, lang))

    def _update_fields_on_open(self) -> None:
        settings = self.doc.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            update = OxmlElement("w:updateFields")
            settings.append(update)
        update.set(qn("w:val"), "true")


def _field_start(paragraph: Paragraph, code: str) -> None:
    run = paragraph.add_run()._r
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = code
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run.append(begin)
    after = paragraph.add_run()._r
    after.append(instruction)
    last = paragraph.add_run()._r
    last.append(separate)


def _field_end(paragraph: Paragraph) -> None:
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)

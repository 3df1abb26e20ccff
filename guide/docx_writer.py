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
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)  # the template's own sample text, if any
    writer = _Writer(doc, guide)
    writer.write()
    doc.save(out if not isinstance(out, Path) else str(out))


class _Writer:
    def __init__(self, doc: DocumentObject, guide: Guide) -> None:
        self.doc = doc
        self.guide = guide
        self.words = guide.words

    def write(self) -> None:
        self.doc.core_properties.title = self.words["title"]
        self.doc.core_properties.language = LOCALES.get(self.guide.lang, self.guide.lang)
        self._language(self.doc.styles["Normal"].element, self.guide.lang)
        self._cover()
        self._contents()
        self.doc.add_heading(self.words["introduction"], level=1)
        for text in self.guide.introduction:
            self.doc.add_paragraph(text)
        for chapter in self.guide.chapters:
            self._chapter(chapter)
        self._index(self.words["index-country"], self.guide.by_country)
        self._index(self.words["index-activity"], self.guide.by_activity)
        self._update_fields_on_open()

    def _cover(self) -> None:
        self.doc.add_paragraph(self.words["project"], style="Subtitle")
        self.doc.add_paragraph(self.words["title"], style="Title")
        self.doc.add_paragraph(self.words["subtitle"], style="Subtitle")
        self.doc.add_paragraph(self.words["organisation"])
        last = self.doc.add_paragraph(self.words["date"])
        last.add_run().add_break(WD_BREAK.PAGE)

    def _contents(self) -> None:
        self.doc.add_paragraph(self.words["contents"], style="TOC Heading")
        first = self.doc.add_paragraph()
        _field_start(first, ' TOC \\o "1-1" \\h \\z \\u ')
        # What the field shows until it is refreshed: the chapter titles.
        titles = [
            self.words["introduction"],
            *(f"{c.number}. {c.title}" for c in self.guide.chapters),
            self.words["index-country"],
            self.words["index-activity"],
        ]
        for i, title in enumerate(titles):
            paragraph = first if i == 0 else self.doc.add_paragraph()
            paragraph.add_run(title)
        _field_end(self.doc.add_paragraph())

    def _chapter(self, chapter: Chapter) -> None:
        heading = self.doc.add_heading(f"{chapter.number}. {chapter.title}", level=1)
        _page_break_before(heading)
        line = f"{self.words['reference']} {chapter.reference}"
        if chapter.anonymous:
            line += f" · {self.words['anonymous']}"
        self.doc.add_paragraph(line, style=REFERENCE)
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles[FACTS_TABLE]
        for fact in chapter.facts:
            cells = table.add_row().cells
            cells[0].text = fact.label
            cells[1].text = fact.value
        self.doc.add_paragraph(chapter.language_line, style=NOTE)
        for part in chapter.parts:
            self.doc.add_heading(part.heading, level=2)
            for item in part.items:
                if part.labelled:
                    self.doc.add_heading(item.label, level=3)
                for text in item.paragraphs:
                    paragraph = self.doc.add_paragraph(text, style=NOTE if item.missing else None)
                    if item.verbatim:
                        for run in paragraph.runs:
                            self._language(run._r, chapter.language)
        if chapter.scores:
            self.doc.add_heading(self.words["scores"], level=2)
            scores = self.doc.add_table(rows=1, cols=3)
            scores.style = self.doc.styles[FACTS_TABLE]
            for cell, text in zip(
                scores.rows[0].cells,
                (self.words["criterion"], self.words["mean"], self.words["reviews"]),
                strict=True,
            ):
                cell.text = text
            for row in chapter.scores:
                cells = scores.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = (
                    row.criterion,
                    row.mean,
                    str(row.reviews),
                )

    def _index(self, title: str, entries: tuple[IndexEntry, ...]) -> None:
        heading = self.doc.add_heading(title, level=1)
        _page_break_before(heading)
        titles = {c.number: c.title for c in self.guide.chapters}
        for entry in entries:
            self.doc.add_heading(entry.heading, level=2)
            for number in entry.chapters:
                self.doc.add_paragraph(f"{number}. {titles[number]}")

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


def _page_break_before(paragraph: Paragraph) -> None:
    paragraph.paragraph_format.page_break_before = True


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

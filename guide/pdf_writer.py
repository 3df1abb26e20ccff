"""The guide as PDF, laid out by Typst from `templates/guide.typ` (the look lives there).

Typst (the `typst` wheel bundles the compiler) reads the guide as JSON: the respondents' words
are data, never markup. Body text uses Libertinus Serif, which Typst carries with it; headings
use DejaVu Sans (Debian's fonts-dejavu) where installed. Both cover ąčęėįšųūž, œ and à.

Typst keeps what it laid out in a cache for the life of the process (about 1 MB a page), so a
long guide is laid out in parts — the front matter, batches of chapters, the indexes — each in
a fresh worker process, each run starting where the previous one ended, and the parts are
joined (pypdf). Page numbers in the contents and the indexes come from where each chapter
landed; the front matter is laid out twice (first to count its pages, then with the numbers).
A guide of one batch or less is laid out in this process.
"""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from pypdf import PdfReader, PdfWriter

from guide.model import Chapter, Guide
from guide.typeset import typeset

TEMPLATES: Final = Path(__file__).resolve().parent / "templates"
PDF_TEMPLATE: Final = TEMPLATES / "guide.typ"
BATCH: Final = 12  # chapters per Typst run (about 70 pages, 150 MB at most)
WORKER_TIMEOUT: Final = 600  # seconds for one part


def _in_worker(template: str, document: str) -> bytes:
    """`typeset` in a fresh process (`python -m guide.typeset`), whose memory goes back to
    the system when it ends."""
    done = subprocess.run(  # noqa: S603 (our own module, run by this Python)
        [sys.executable, "-m", "guide.typeset", template],
        input=document.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=WORKER_TIMEOUT,
    )
    if done.returncode != 0:
        problem = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise RuntimeError(f"typesetting failed: {problem[0]}")
    return done.stdout


class _Typesetter:
    """Runs the template on one part of the guide at a time."""

    def __init__(self, template: Path, guide: Guide, run: Callable[[str, str], bytes]) -> None:
        self.template = str(template)
        self.guide = guide
        self._run = run

    def run(self, part: str, first_page: int, **data: Any) -> PdfReader:
        common = {"part": part, "first_page": first_page, "lang": self.guide.lang}
        document = {**common, "words": self.guide.words, "pages": {}, **data}
        result = self._run(self.template, json.dumps(document, ensure_ascii=False))
        return PdfReader(io.BytesIO(result))


def _starts(reader: PdfReader, first_page: int) -> list[int]:
    """The page numbers where the part's top-level headings (chapters, indexes) start."""
    found = [
        reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list)
    ]
    return [first_page + index for index in found if index is not None]


def pdf_bytes(guide: Guide, template: Path = PDF_TEMPLATE, batch: int = BATCH) -> bytes:
    """The guide as an A4 PDF."""
    run = typeset if len(guide.chapters) <= batch else _in_worker
    typesetter = _Typesetter(template, guide, run)
    toc = [{"number": c.number, "title": c.title} for c in guide.chapters]
    front = {"introduction": list(guide.introduction), "toc": toc}
    counted = typesetter.run("front", 1, **front)
    page = 1 + len(counted.pages)
    pages: dict[str, int] = {}
    parts: list[PdfReader] = []
    for start in range(0, len(guide.chapters), batch):
        chapters = guide.chapters[start : start + batch]
        reader = typesetter.run("chapters", page, chapters=_chapters(chapters))
        for chapter, first in zip(chapters, _starts(reader, page), strict=True):
            pages[str(chapter.number)] = first
        parts.append(reader)
        page += len(reader.pages)
    back = typesetter.run(
        "back",
        page,
        by_country=_plain(guide.by_country),
        by_activity=_plain(guide.by_activity),
        titles={str(c.number): c.title for c in guide.chapters},
        pages=pages,
    )
    pages["index-country"], pages["index-activity"] = _starts(back, page)[:2]
    numbered = typesetter.run("front", 1, pages=pages, **front)
    if len(numbered.pages) != len(counted.pages):
        raise RuntimeError("the front matter changed length once numbered")
    return _joined([numbered, *parts, back], guide.words["title"])


def _chapters(chapters: tuple[Chapter, ...]) -> list[Mapping[str, Any]]:
    return [dataclasses.asdict(chapter) for chapter in chapters]


def _plain(values: tuple[Any, ...]) -> list[Any]:
    return [dataclasses.asdict(value) for value in values]


def _joined(readers: list[PdfReader], title: str) -> bytes:
    writer = PdfWriter()
    for reader in readers:
        writer.append(reader)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

"""The guide as PDF, laid out by Typst from `templates/guide.typ` (the look lives there).

Typst (the `typst` wheel bundles the compiler) reads the guide as JSON: the respondents' words
are data, never markup. Body text uses Libertinus Serif, which Typst carries with it; headings
use DejaVu Sans (Debian's fonts-dejavu) where installed. Both cover ąčęėįšųūž, œ and à.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from pathlib import Path
from typing import Final

import typst

from guide.model import Guide

TEMPLATES: Final = Path(__file__).resolve().parent / "templates"
PDF_TEMPLATE: Final = TEMPLATES / "guide.typ"


def guide_json(guide: Guide) -> str:
    """The data the template reads."""
    return json.dumps(dataclasses.asdict(guide), ensure_ascii=False)


def pdf_bytes(guide: Guide, template: Path = PDF_TEMPLATE) -> bytes:
    """The guide as an A4 PDF."""
    with tempfile.TemporaryDirectory(prefix="cecops-guide-") as folder:
        root = Path(folder)
        shutil.copyfile(template, root / "guide.typ")
        (root / "guide.json").write_text(guide_json(guide), "utf-8")
        result = typst.compile(str(root / "guide.typ"), root=str(root), format="pdf")
    if not isinstance(result, bytes):
        raise TypeError("typst returned no document")
    return result

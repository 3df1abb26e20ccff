"""One Typst run: a template over one part's JSON, to PDF. Imports only Typst, so that a
worker process (`python -m guide.typeset TEMPLATE < part.json > part.pdf`) starts quickly.

Fonts: those Typst carries (Libertinus Serif for the body), DejaVu (Debian's fonts-dejavu)
for the headings and Noto Color Emoji (fonts-noto-color-emoji) for emoji; the machine's other
fonts are not scanned, so every machine lays the guide out alike.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Final

import typst

FONT_FOLDERS: Final = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/noto",  # Noto Color Emoji (fonts-noto-color-emoji), where installed
)


def typeset(template: str, document: str) -> bytes:
    """The PDF of `template` laid out over `document` (the JSON it reads as guide.json)."""
    with tempfile.TemporaryDirectory(prefix="cecops-guide-") as folder:
        root = Path(folder)
        shutil.copyfile(template, root / "guide.typ")
        (root / "guide.json").write_text(document, "utf-8")
        result = typst.compile(
            str(root / "guide.typ"),
            root=str(root),
            format="pdf",
            font_paths=[f for f in FONT_FOLDERS if Path(f).is_dir()],
            ignore_system_fonts=True,
        )
    if not isinstance(result, bytes):
        raise TypeError("typst returned no document")
    return result


if __name__ == "__main__":
    sys.stdout.buffer.write(typeset(sys.argv[1], sys.stdin.buffer.read().decode("utf-8")))

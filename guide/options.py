"""The choices of a guide as the command line and the Guide page take them, checked."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Final, Literal

from dialogs.i18n import LANGUAGES
from guide.docx_writer import write_docx
from guide.model import ORDERS, Guide, Order
from guide.pdf_writer import pdf_bytes
from storage.models import TRIAGE_STATUSES

GuideFormat = Literal["docx", "pdf"]
FORMATS: Final[tuple[GuideFormat, ...]] = ("docx", "pdf")
STATUSES: Final = (*TRIAGE_STATUSES, "all")
MEDIA_TYPES: Final = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


class GuideArgumentError(ValueError):
    """A wrong choice: the message key (guide.ftl) and the value given."""

    def __init__(self, key: str, value: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.value = value


def parse_lang(text: str) -> str:
    lang = text.strip().lower()
    if lang not in LANGUAGES:
        raise GuideArgumentError("guide-error-lang", text)
    return lang


def parse_status(text: str) -> str:
    status = text.strip().lower().replace("-", "_")
    if status not in STATUSES:
        raise GuideArgumentError("guide-error-status", text)
    return status


def parse_order(text: str) -> Order:
    for order in ORDERS:
        if text.strip().lower() == order:
            return order
    raise GuideArgumentError("guide-error-order", text)


def format_of(out: str) -> GuideFormat:
    """The format a file name asks for, by its extension."""
    suffix = Path(out).suffix.lower().lstrip(".")
    for fmt in FORMATS:
        if suffix == fmt:
            return fmt
    raise GuideArgumentError("guide-error-extension", out)


def parse_references(text: str) -> tuple[str, ...]:
    """References typed with spaces, commas or new lines between them, each once."""
    return tuple(dict.fromkeys(r for r in re.split(r"[\s,;]+", text.strip()) if r))


def guide_bytes(guide: Guide, fmt: GuideFormat) -> bytes:
    """The guide as a file of that format."""
    if fmt == "pdf":
        return pdf_bytes(guide)
    out = io.BytesIO()
    write_docx(guide, out)
    return out.getvalue()


def guide_file_name(fmt: GuideFormat, lang: str, today: date) -> str:
    """A download's name: cecops-guide-it-2026-12-06.pdf."""
    return f"cecops-guide-{lang}-{today.isoformat()}.{fmt}"

"""What the admin commands in the chat produce: an export file with its caption, the statistics.

The bot's /export and /stats handlers call these (handed over by the composition root), so that
the Telegram transport never reaches into the exporter or the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import (
    EXPORT_PAGE,
    ExportArgumentError,
    ExportTable,
    export_file_name,
    parse_bot_arguments,
    write_export,
)
from admin.stats_text import stats_text
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.stats import submission_stats
from storage.submissions import iter_notes, iter_submissions

log = logging.getLogger(__name__)

VALUE_LIMIT: Final = 60  # characters of a wrong argument repeated in the answer


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _shown(value: str, limit: int = VALUE_LIMIT) -> str:
    """A wrong value repeated in the answer: one line, cut (Fluent refuses over 2,500)."""
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class ChatReports:
    """Exports and statistics for an admin in the chat, in the admin's language."""

    db: AsyncEngine
    questionnaire: Questionnaire
    renderer: Renderer
    translate: Translator
    staff_language: str
    now: Callable[[], datetime] = field(default=_utc_now)
    # Exports span questionnaire versions: the questionnaire and renderer to use, if not ours.
    export_view: Callable[[], Awaitable[tuple[Questionnaire, Renderer]]] | None = None

    async def export(self, args: str | None, lang: str, folder: Path) -> tuple[Path | None, str]:
        """Writes the export `args` ask for into `folder`: (file, caption), or (None, problem)."""
        t = self.translate
        try:
            request = parse_bot_arguments(args, self.staff_language)
        except ExportArgumentError as error:
            problem = t(lang, error.key, {"value": _shown(error.value)})
            return None, problem + "\n\n" + t(lang, "admin-export-usage")
        questionnaire, renderer = (
            await self.export_view() if self.export_view else (self.questionnaire, self.renderer)
        )
        table = ExportTable(questionnaire, renderer, request.table)
        path = folder / export_file_name(request.fmt, self.now())
        try:
            with path.open("wb") as out:
                records = iter_submissions(self.db, request.where, page=EXPORT_PAGE)
                notes = iter_notes(self.db, request.where) if request.fmt == "xlsx" else None
                count = await write_export(
                    records, table, out, request.fmt, bom=request.bom, notes=notes
                )
        except Exception:
            log.exception("export from the bot failed")
            return None, t(lang, "admin-export-failed")
        if count == 0:
            return None, t(lang, "admin-export-empty")
        return path, t(lang, "admin-export-caption", {"count": count})

    async def stats(self, lang: str) -> str:
        """The statistics text: by status, language, country; last 7 and 30 days; drafts."""
        try:
            numbers = await submission_stats(self.db, self.now())
        except Exception:
            log.exception("statistics failed")
            return self.translate(lang, "admin-stats-failed")
        return stats_text(numbers, self.translate, lang)

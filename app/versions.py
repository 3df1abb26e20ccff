"""Questionnaire versions in the database: the live one recorded, all of them for exports."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from app.build import Core
from dialogs.model import DefinitionError, Questionnaire, parse_questionnaire, questionnaire_data
from dialogs.render import Renderer
from dialogs.versions import union
from dialogs.xlsform import messages_of
from storage.questionnaire_versions import register_version, stored_versions

log = logging.getLogger(__name__)


async def register_live_version(db: AsyncEngine, core: Core) -> None:
    """Record the questionnaire in use, so that later versions can still export its answers."""
    q = core.questionnaire
    wording = messages_of(q, core.translate)
    now = datetime.now(UTC)
    await register_version(db, q.version, q.id, questionnaire_data(q), wording, now)


async def export_view(db: AsyncEngine, core: Core) -> tuple[Questionnaire, Renderer]:
    """The questionnaire an export follows: the live one plus questions only older versions
    had (in the newest order), with a renderer that knows their wording."""
    await register_live_version(db, core)
    older: list[Questionnaire] = []
    wording: dict[str, dict[str, str]] = {}
    for record in await stored_versions(db):
        for lang, texts in record.wording.items():
            wording.setdefault(lang, {}).update(texts)  # oldest first: newer wording wins
        if record.version == core.questionnaire.version:
            continue
        try:
            older.append(parse_questionnaire(record.definition))
        except (DefinitionError, KeyError, ValueError):
            log.warning("questionnaire version %s in the database cannot be read", record.version)
    if not older:
        return core.questionnaire, core.renderer
    merged = union(core.questionnaire, older)
    translate = core.translate.with_fallback(wording)
    return merged, Renderer(merged, translate, core.renderer.terms)

"""The questionnaire versions that went live (one row each; the newest wording wins)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.versions import in_order
from storage.models import questionnaire_versions


@dataclass(frozen=True)
class VersionRecord:
    """One stored version: its definition (as the YAML holds it) and its wording."""

    version: str
    definition: dict[str, Any]
    wording: dict[str, dict[str, str]]


async def register_version(
    db: AsyncEngine,
    version: str,
    form_id: str,
    definition: Mapping[str, Any],
    wording: Mapping[str, Mapping[str, str]],
    now: datetime,
) -> None:
    """Record the live version, or refresh it (staff may fix wording without a new version)."""
    values = {
        "form_id": form_id,
        "definition": dict(definition),
        "wording": {lang: dict(texts) for lang, texts in wording.items()},
    }
    table = questionnaire_versions
    for _ in range(2):  # another process may insert the same version between our two steps
        try:
            async with db.begin() as conn:
                changed = await conn.execute(
                    update(table).where(table.c.version == version).values(**values)
                )
                if not changed.rowcount:
                    insert = table.insert().values(version=version, registered_at=now, **values)
                    await conn.execute(insert)
            return
        except IntegrityError:
            continue


async def stored_versions(db: AsyncEngine) -> list[VersionRecord]:
    """Every stored version, oldest first (see dialogs.versions.in_order)."""
    table = questionnaire_versions
    async with db.connect() as conn:
        rows = await conn.execute(
            select(table.c.version, table.c.definition, table.c.wording).order_by(
                table.c.registered_at, table.c.version
            )
        )
        found = [(r.version, VersionRecord(r.version, r.definition, r.wording)) for r in rows]
    return [record for _, record in in_order(found)]

"""The good-practice guide's settings kept from the Guide page: introductions and order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.audit import append_audit
from storage.db import READ_ONLY, write_transaction
from storage.models import guide_settings

ORDER_KEY: Final = "order"
INTRO_PREFIX: Final = "intro-"


@dataclass(frozen=True)
class StoredGuideSettings:
    """What staff chose: the introduction per language, the order mode and the hand order."""

    introductions: dict[str, str] = field(default_factory=dict)
    order: str = "country"
    manual: tuple[str, ...] = ()  # references, in the order staff put them


async def load_guide_settings(engine: AsyncEngine) -> StoredGuideSettings:
    """The stored settings (defaults for whatever was never saved)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (await conn.execute(select(guide_settings.c.key, guide_settings.c.value))).all()
    intros: dict[str, str] = {}
    order, manual = "country", tuple[str, ...]()
    for key, value in rows:
        if key.startswith(INTRO_PREFIX) and isinstance(value, str):
            intros[key.removeprefix(INTRO_PREFIX)] = value
        elif key == ORDER_KEY and isinstance(value, dict):
            order = str(value.get("mode", "country"))
            manual = tuple(str(r) for r in value.get("references", ()))
    return StoredGuideSettings(intros, order, manual)


async def save_introduction(
    engine: AsyncEngine, lang: str, text: str, actor_id: int, now: datetime
) -> None:
    """Keep the guide's introduction in one language (recorded in the audit log)."""
    await _put(engine, INTRO_PREFIX + lang, text, actor_id, now, f"introduction {lang}")


async def save_order(
    engine: AsyncEngine, mode: str, references: tuple[str, ...], actor_id: int, now: datetime
) -> None:
    """Keep the chapter order: by country, by activity, or by hand (these references first)."""
    value: dict[str, Any] = {"mode": mode, "references": list(references)}
    await _put(engine, ORDER_KEY, value, actor_id, now, f"order {mode}")


async def _put(
    engine: AsyncEngine, key: str, value: Any, actor_id: int, now: datetime, detail: str
) -> None:
    async with write_transaction(engine) as conn:
        await conn.execute(delete(guide_settings).where(guide_settings.c.key == key))
        await conn.execute(
            guide_settings.insert().values(
                key=key, value=value, updated_at=now, updated_by=actor_id
            )
        )
        await append_audit(
            conn, at=now, actor_id=actor_id, action="guide", target=None, detail=detail
        )

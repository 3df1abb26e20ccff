"""People who work in the workspace (staff, admins, reviewing partners) and the names shown
wherever someone acted: one statement for each, here only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.audit import append_audit
from storage.db import READ_ONLY, write_transaction
from storage.models import people, seen_names, web_sessions

CLI_ACTOR: Final = 0  # the actor of what `intake people add` does (no Telegram id is 0)


@dataclass(frozen=True)
class Person:
    """Someone with a name, an organisation, a country, a role and the languages they read."""

    user_id: int
    name: str
    organisation: str
    country: str | None
    role: str
    reads: tuple[str, ...]
    active: bool

    @property
    def display(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class Directory:
    """Everyone the workspace knows by name (a small table, read once per request)."""

    people: Mapping[int, Person] = field(default_factory=dict)
    seen: Mapping[int, str] = field(default_factory=dict)

    def who(self, user_id: int | None) -> str:
        """Who acted: name and organisation; else the Telegram first name last seen; else
        the id (people configured only in ADMIN_IDS or STAFF_IDS who never asked for a link)."""
        if user_id is None:
            return ""
        person = self.people.get(user_id)
        if person is not None:
            return person.display
        return self.seen.get(user_id) or str(user_id)

    def active_role(self, user_id: int) -> str | None:
        """The role of an active person, None for anyone else."""
        person = self.people.get(user_id)
        return person.role if person is not None and person.active else None

    def first_language(self, user_id: int) -> str | None:
        """The first language a person reads: their workspace's language until they switch."""
        person = self.people.get(user_id)
        return person.reads[0] if person is not None and person.reads else None

    def reviewers(self) -> list[Person]:
        return [p for p in self.people.values() if p.role == "reviewer" and p.active]


def _person(row: object) -> Person:
    r = row._mapping  # type: ignore[attr-defined]
    reads = tuple(code for code in str(r["reads"] or "").split(",") if code)
    return Person(
        int(r["user_id"]),
        str(r["name"]),
        str(r["organisation"] or ""),
        r["country"],
        str(r["role"]),
        reads,
        bool(r["active"]),
    )


async def directory(engine: AsyncEngine) -> Directory:
    """Every person and every first name seen."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (await conn.execute(select(people))).all()
        seen = (await conn.execute(select(seen_names.c.user_id, seen_names.c.first_name))).all()
    found = {p.user_id: p for p in map(_person, rows)}
    return Directory(found, {int(u): str(n) for u, n in seen})


async def find_person(engine: AsyncEngine, user_id: int) -> Person | None:
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        row = (await conn.execute(select(people).where(people.c.user_id == user_id))).first()
    return _person(row) if row is not None else None


async def save_person(
    engine: AsyncEngine,
    person: Person,
    actor_id: int,
    now: datetime,
) -> bool:
    """Add a person or change one (name, organisation, country, role, reads, active); True if
    added. Deactivating ends their sessions at once. Audited."""
    p = people.c
    values = {
        "name": person.name,
        "organisation": person.organisation,
        "country": person.country,
        "role": person.role,
        "reads": ",".join(person.reads),
        "active": person.active,
        "updated_at": now,
    }
    async with write_transaction(engine) as conn:
        changed = await conn.execute(
            update(people).where(p.user_id == person.user_id).values(**values)
        )
        added = changed.rowcount == 0
        if added:
            await conn.execute(
                people.insert().values(user_id=person.user_id, created_at=now, **values)
            )
        if not person.active:
            s = web_sessions.c
            await conn.execute(
                update(web_sessions)
                .where(s.user_id == person.user_id, s.ended_at.is_(None))
                .values(ended_at=now)
            )
        detail = f"{person.role}{'' if person.active else ', inactive'}"
        await append_audit(
            conn,
            at=now,
            actor_id=actor_id,
            action="person_added" if added else "person_changed",
            target=str(person.user_id),
            detail=detail,
        )
    return added


async def remember_first_name(
    engine: AsyncEngine, user_id: int, first_name: str, now: datetime
) -> None:
    """The Telegram first name of someone who asked for a link (shown until they have a record)."""
    name = first_name.strip()[:200]
    if not name:
        return
    s = seen_names.c
    async with write_transaction(engine) as conn:
        changed = await conn.execute(
            update(seen_names).where(s.user_id == user_id).values(first_name=name, seen_at=now)
        )
        if changed.rowcount == 0:
            await conn.execute(
                seen_names.insert().values(user_id=user_id, first_name=name, seen_at=now)
            )


def parse_reads(text: str | Iterable[str], known: Iterable[str]) -> tuple[str, ...]:
    """Languages from "en,fr" (or a list), known ones only, in order, once each."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    allowed = set(known)
    found: list[str] = []
    for part in parts:
        code = part.strip().lower()
        if code in allowed and code not in found:
            found.append(code)
    return tuple(found)

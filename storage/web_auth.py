"""One-time sign-in links and sessions of the staff workspace (only SHA-256 hashes stored)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.audit import append_audit
from storage.db import READ_ONLY, write_transaction
from storage.models import web_sessions, web_signins

# Sessions are touched at most this often, so that reading a page rarely writes.
TOUCH_EVERY = timedelta(minutes=1)


def token_hash(token: str) -> str:
    """What the database keeps of a link or session token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SessionRecord:
    """A live session: whose it is and which language they chose (None: the default)."""

    user_id: int
    language: str | None
    last_seen_at: datetime


async def create_signin(
    engine: AsyncEngine, user_id: int, now: datetime, valid_for: timedelta
) -> str:
    """A fresh one-time sign-in token for `user_id` (the caller builds the link)."""
    token = secrets.token_urlsafe(32)
    async with write_transaction(engine) as conn:
        await conn.execute(
            web_signins.insert().values(
                token_hash=token_hash(token),
                user_id=user_id,
                created_at=now,
                expires_at=now + valid_for,
                used_at=None,
            )
        )
    return token


async def redeem_signin(engine: AsyncEngine, token: str, now: datetime) -> int | None:
    """Use a sign-in token once: the user id it was issued to, or None if unknown, used or
    expired. The update is conditional, so two tabs racing with one link cannot both win."""
    w = web_signins.c
    digest = token_hash(token)
    async with write_transaction(engine) as conn:
        user_id = (
            await conn.execute(
                select(w.user_id).where(
                    w.token_hash == digest, w.used_at.is_(None), w.expires_at > now
                )
            )
        ).scalar_one_or_none()
        if user_id is None:
            return None
        claimed = await conn.execute(
            update(web_signins)
            .where(w.token_hash == digest, w.used_at.is_(None))
            .values(used_at=now)
        )
        return int(user_id) if claimed.rowcount == 1 else None


async def open_session(engine: AsyncEngine, user_id: int, now: datetime) -> str:
    """A new session token for the cookie; the sign-in is recorded in the audit log."""
    token = secrets.token_urlsafe(32)
    async with write_transaction(engine) as conn:
        await conn.execute(
            web_sessions.insert().values(
                token_hash=token_hash(token),
                user_id=user_id,
                language=None,
                created_at=now,
                last_seen_at=now,
                ended_at=None,
            )
        )
        await append_audit(conn, at=now, actor_id=user_id, action="sign_in")
    return token


async def find_session(
    engine: AsyncEngine, token: str, now: datetime, idle: timedelta
) -> SessionRecord | None:
    """The live session of this token (touching it), or None if unknown, ended or idle."""
    s = web_sessions.c
    digest = token_hash(token)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        row = (
            await conn.execute(
                select(s.user_id, s.language, s.last_seen_at).where(
                    s.token_hash == digest, s.ended_at.is_(None)
                )
            )
        ).first()
    if row is None or row.last_seen_at + idle <= now:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        async with write_transaction(engine) as conn:
            await conn.execute(
                update(web_sessions).where(s.token_hash == digest).values(last_seen_at=now)
            )
    return SessionRecord(int(row.user_id), row.language, row.last_seen_at)


async def set_session_language(engine: AsyncEngine, token: str, language: str) -> None:
    """Remember the language a staff member chose for this session."""
    s = web_sessions.c
    async with write_transaction(engine) as conn:
        await conn.execute(
            update(web_sessions).where(s.token_hash == token_hash(token)).values(language=language)
        )


async def end_session(engine: AsyncEngine, token: str, now: datetime) -> None:
    """Sign out: the cookie's token no longer opens anything."""
    s = web_sessions.c
    async with write_transaction(engine) as conn:
        result = await conn.execute(
            update(web_sessions)
            .where(s.token_hash == token_hash(token), s.ended_at.is_(None))
            .values(ended_at=now)
            .returning(s.user_id)
        )
        user_id = result.scalar_one_or_none()
        if user_id is not None:
            await append_audit(conn, at=now, actor_id=user_id, action="sign_out")

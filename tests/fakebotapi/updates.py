"""Users, chats and the Telegram JSON objects built from them for updates."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Literal

from .models import JSONDict

__all__ = ["Chat", "ChatType", "UpdateQueue", "User", "chat_json", "update_kind", "user_json"]

ChatType = Literal["private", "group", "supergroup", "channel"]

# Update kinds Telegram leaves out unless allowed_updates names them.
_NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass(frozen=True)
class User:
    """A Telegram user who talks to the bot."""

    id: int
    first_name: str = "Test"
    language_code: str | None = "en"
    last_name: str | None = None
    username: str | None = None

    @property
    def private_chat(self) -> Chat:
        """The one-to-one chat between this user and the bot."""
        return Chat(self.id, "private")


@dataclass(frozen=True)
class Chat:
    """A chat; private chats have the user's id, groups negative ids."""

    id: int
    type: ChatType = "private"
    title: str | None = None
    username: str | None = None


def user_json(user: User) -> JSONDict:
    """The Telegram ``User`` object for a human user."""
    data: JSONDict = {"id": user.id, "is_bot": False, "first_name": user.first_name}
    if user.last_name is not None:
        data["last_name"] = user.last_name
    if user.username is not None:
        data["username"] = user.username
    if user.language_code is not None:
        data["language_code"] = user.language_code
    return data


def chat_json(chat: Chat, user: User | None = None) -> JSONDict:
    """The Telegram ``Chat`` object; a private chat carries the user's names."""
    data: JSONDict = {"id": chat.id, "type": chat.type}
    if chat.type == "private":
        data["first_name"] = user.first_name if user is not None else "Test"
        if user is not None and user.last_name is not None:
            data["last_name"] = user.last_name
        username = chat.username or (user.username if user is not None else None)
    else:
        data["title"] = chat.title or f"Chat {chat.id}"
        username = chat.username
    if username is not None:
        data["username"] = username
    return data


def update_kind(update: JSONDict) -> str:
    """The kind of an update: its one key besides ``update_id`` (``message``, ...)."""
    return next((key for key in update if key != "update_id"), "")


@dataclass
class _Pending:
    update: JSONDict
    delivered: bool = False


class UpdateQueue:
    """Updates waiting for the bot, confirmed by ``getUpdates`` offsets as Telegram does."""

    def __init__(self, first_id: int = 500_000_001) -> None:
        self._pending: list[_Pending] = []
        self._next_id = first_id
        self.allowed: list[str] = []
        self.dropped: list[JSONDict] = []

    def __len__(self) -> int:
        return len(self._pending)

    @property
    def undelivered(self) -> int:
        """How many queued updates no ``getUpdates`` call has returned yet."""
        return sum(not pending.delivered for pending in self._pending)

    def push(self, update: JSONDict) -> None:
        """Queue an update, assigning the next ``update_id`` unless it has one."""
        if "update_id" in update:
            self._next_id = max(self._next_id, int(update["update_id"]) + 1)
        else:
            update["update_id"] = self._next_id
            self._next_id += 1
        self._pending.append(_Pending(update))

    def discard(self, update_id: object) -> None:
        """Forget an update (delivered some other way, e.g. to a webhook)."""
        self._pending = [p for p in self._pending if p.update.get("update_id") != update_id]

    def clear(self) -> None:
        """Drop every pending update (``drop_pending_updates``)."""
        self._pending.clear()

    def _wanted(self, update: JSONDict) -> bool:
        kind = update_kind(update)
        return kind in self.allowed if self.allowed else kind not in _NOT_BY_DEFAULT

    def fetch(self, offset: int | None, limit: int) -> list[JSONDict]:
        """Confirm updates below ``offset``, drop unwanted kinds, return up to ``limit``."""
        if offset is not None and offset < 0:
            self._pending = self._pending[offset:]
        elif offset:
            self._pending = [p for p in self._pending if p.update["update_id"] >= offset]
        kept: list[_Pending] = []
        for pending in self._pending:
            if self._wanted(pending.update):
                kept.append(pending)
            else:
                self.dropped.append(pending.update)
        self._pending = kept
        batch = kept[:limit]
        for pending in batch:
            pending.delivered = True
        return [copy.deepcopy(pending.update) for pending in batch]

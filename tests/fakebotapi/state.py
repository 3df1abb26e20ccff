"""The fake Bot API's state: chats, messages the bot sent, updates waiting, injected failures."""

from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiohttp
from aiohttp import web

from .files import FileStore
from .models import ApiError, JSONDict, Recorded, SentMessage
from .spec import load_spec, spec_path
from .updates import Chat, UpdateQueue, User, chat_json, update_kind, user_json
from .validate import (
    check_scope,
    inline_buttons,
)

MAX_CALLBACK_ANSWER = 200
MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_UPLOAD = 50 * 1024 * 1024
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
MESSAGE_METHODS = frozenset(
    {"sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
)
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
}
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


@dataclass(frozen=True)
class Upload:
    filename: str
    content: bytes


@dataclass
class Call:
    method: str
    params: JSONDict
    uploads: dict[str, Upload]
    gone: Callable[[], bool]


@dataclass
class StoredMessage:
    json: JSONDict
    html: str
    parse_mode: str | None
    markup: JSONDict | None
    edit_count: int = 0


@dataclass
class Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: int | None
    times: int


@dataclass
class Poll:
    generation: int = 0
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)


Handler = Callable[[Call], Awaitable[Any]]


def brief(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ServerState:
    """Everything the fake Bot API remembers, with the helpers that read and change it."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "cecops_test_bot",
        *,
        require_known_chats: bool = True,
        spec: Path | None = None,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = int(token.split(":", 1)[0])
        self.require_known_chats = require_known_chats
        self.requests: list[Recorded] = []
        self.blocked: set[int] = set()
        self._spec = load_spec(spec or spec_path())
        self._chats: dict[int, JSONDict] = {}
        self._next_message_id: dict[int, int] = {}
        self._bot_messages: dict[int, dict[int, StoredMessage]] = {}
        self._user_messages: dict[int, set[int]] = {}
        self._updates = UpdateQueue()
        self._callback_queries: dict[str, bool] = {}
        self._next_query = 0
        self._files = FileStore()
        self._failures: list[Failure] = []
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._webhook: JSONDict = {}
        self._action_mark: dict[int, int] = {}
        self._poll: Poll | None = None
        self._inflight = 0
        self._last_activity = 0.0
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._port: int | None = None

    def _wake_pollers(self) -> None:
        if self._poll is not None:
            self._poll.wakeup.set()
            self._poll.wakeup = asyncio.Event()

    # ------------------------------------------------------------ chats & state

    def _register(self, chat: Chat, user: User | None) -> JSONDict:
        data = chat_json(chat, user if chat.type == "private" else None)
        self._chats[chat.id] = data
        return copy.deepcopy(data)

    def _target_chat(self, chat_id: Any) -> JSONDict:
        """The chat a method addresses, refused as Telegram would when the bot can't reach it."""
        if isinstance(chat_id, str):
            for data in self._chats.values():
                if f"@{data.get('username')}" == chat_id:
                    return copy.deepcopy(data)
            raise ApiError(400, "Bad Request: chat not found")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat_id is empty")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        known = self._chats.get(chat_id)
        if known is not None:
            return copy.deepcopy(known)
        if self.require_known_chats:
            if chat_id > 0:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise ApiError(400, "Bad Request: chat not found")
        kind: Literal["private", "supergroup"] = "private" if chat_id > 0 else "supergroup"
        return self._register(Chat(chat_id, kind), None)

    def _new_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _user_update(self, user: User, chat: Chat | None, content: JSONDict) -> JSONDict:
        target = chat or user.private_chat
        message_id = self._new_message_id(target.id)
        message: JSONDict = {"message_id": message_id}
        if target.type == "channel":
            message["sender_chat"] = self._register(target, None)
        else:
            message["from"] = user_json(user)
        message |= {"chat": self._register(target, user), "date": int(time.time()), **content}
        self._user_messages.setdefault(target.id, set()).add(message_id)
        update: JSONDict = {"channel_post" if target.type == "channel" else "message": message}
        self._action_mark[target.id] = len(self.requests)
        self.enqueue(update)
        return update

    def _bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Test Bot",
            "username": self.bot_username,
        }

    def _snapshot(self, stored: StoredMessage) -> SentMessage:
        data = stored.json
        document = data.get("document")
        text = data.get("text", data.get("caption", ""))
        entities: list[JSONDict] = data.get("entities") or data.get("caption_entities") or []
        return SentMessage(
            message_id=data["message_id"],
            chat_id=data["chat"]["id"],
            text=str(text),
            html=stored.html,
            parse_mode=stored.parse_mode,
            buttons=inline_buttons(data.get("reply_markup")),
            document=document.get("file_name") if isinstance(document, dict) else None,
            entities=copy.deepcopy(entities),
            reply_markup=copy.deepcopy(stored.markup),
            date=data["date"],
            edit_count=stored.edit_count,
        )

    def _snapshot_of(self, recorded: Recorded) -> SentMessage:
        """A bot message as a successful call left it."""
        data = recorded.result
        markup = recorded.params.get("reply_markup")
        parse_mode = recorded.params.get("parse_mode")
        raw = recorded.params.get("text", recorded.params.get("caption", ""))
        if recorded.method == "editMessageReplyMarkup":
            stored = self._bot_messages.get(data["chat"]["id"], {}).get(data["message_id"])
            raw = stored.html if stored else data.get("text", "")
            parse_mode = stored.parse_mode if stored else None
        return self._snapshot(
            StoredMessage(
                copy.deepcopy(data),
                raw if isinstance(raw, str) else "",
                parse_mode if isinstance(parse_mode, str) else None,
                markup if isinstance(markup, dict) else None,
            )
        )

    def _find_bot_message(self, chat_id: int, message_id: Any, verb: str) -> StoredMessage:
        if not isinstance(message_id, int):
            raise ApiError(400, "Bad Request: message identifier is not specified")
        stored = self._bot_messages.get(chat_id, {}).get(message_id)
        if stored is not None:
            return stored
        if message_id in self._user_messages.get(chat_id, set()):
            raise ApiError(400, f"Bad Request: message can't be {verb}ed")
        raise ApiError(400, f"Bad Request: message to {verb} not found")

    # ----------------------------------------------------------- message state

    def _check_reply_to(self, chat_id: int, reply: Any) -> None:
        if not isinstance(reply, dict) or reply.get("allow_sending_without_reply"):
            return
        message_id = reply.get("message_id")
        if reply.get("chat_id") not in (None, chat_id):
            return
        known = message_id in self._bot_messages.get(chat_id, {}) or message_id in (
            self._user_messages.get(chat_id, set())
        )
        if not known:
            raise ApiError(400, "Bad Request: message to be replied not found")

    def _store_bot_message(
        self,
        chat: JSONDict,
        content: JSONDict,
        html: str,
        parse_mode: str | None,
        markup: JSONDict | None,
    ) -> JSONDict:
        message: JSONDict = {
            "message_id": self._new_message_id(chat["id"]),
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = copy.deepcopy(markup)
        stored = StoredMessage(message, html, parse_mode, copy.deepcopy(markup))
        self._bot_messages.setdefault(chat["id"], {})[message["message_id"]] = stored
        return copy.deepcopy(message)

    # ------------------------------------------------------------ what was sent

    def calls(self, method: str) -> list[Recorded]:
        """Every recorded request to ``method`` (any outcome), oldest first."""
        wanted = method.lower()
        return [r for r in self.requests if r.method.lower() == wanted]

    def errors(self, *, include_injected: bool = False) -> list[Recorded]:
        """Requests the server refused; by default not the ones forced by :meth:`fail_next`."""
        return [r for r in self.requests if not r.ok and (include_injected or not r.injected)]

    def messages(self, chat_id: int) -> list[SentMessage]:
        """Bot messages in the chat as the user sees them now (edits applied, deletions gone)."""
        stored = self._bot_messages.get(chat_id, {})
        return [self._snapshot(stored[mid]) for mid in sorted(stored)]

    def last_message(self, chat_id: int) -> SentMessage:
        """The newest visible bot message in the chat."""
        shown = self.messages(chat_id)
        if not shown:
            raise LookupError(f"the bot has no messages in chat {chat_id}\n{self.dump()}")
        return shown[-1]

    def commands(self, scope: JSONDict | None = None, language_code: str = "") -> list[JSONDict]:
        """The command list set for a scope and language (what ``getMyCommands`` answers)."""
        return copy.deepcopy(self._commands.get((check_scope(scope), language_code), []))

    @property
    def dropped_updates(self) -> list[JSONDict]:
        """Updates ``getUpdates`` skipped because the bot's ``allowed_updates`` excluded them."""
        return list(self._updates.dropped)

    @property
    def webhook(self) -> JSONDict:
        """The webhook settings from the last ``setWebhook`` (empty when none)."""
        return dict(self._webhook)

    def enqueue(self, update: JSONDict) -> None:
        """Queue a raw update for ``getUpdates``; an ``update_id`` is assigned if missing."""
        self._updates.push(update)
        self._last_activity = time.monotonic()
        self._wake_pollers()

    def dump(self, last: int = 25) -> str:
        """A readable summary of recent requests, chats and the update queue, for failures."""
        lines = [f"requests (last {min(last, len(self.requests))} of {len(self.requests)}):"]
        for recorded in self.requests[-last:]:
            outcome = "ok" if recorded.ok else f"{recorded.status} {recorded.description}"
            lines.append(f"  {recorded.method} {brief(recorded.params)} -> {outcome}")
        for chat_id in sorted(self._bot_messages):
            lines.append(f"chat {chat_id}:")
            for message in self.messages(chat_id):
                extra = f" buttons={message.button_texts}" if message.buttons else ""
                doc = f" document={message.document}" if message.document else ""
                lines.append(f"  #{message.message_id} {message.text[:100]!r}{doc}{extra}")
        queued, unfetched = len(self._updates), self._updates.undelivered
        lines.append(f"updates queued: {queued}, not yet fetched: {unfetched}")
        if self._updates.dropped:
            kinds = [update_kind(u) for u in self._updates.dropped]
            lines.append(f"updates dropped by allowed_updates: {kinds}")
        return "\n".join(lines)

"""A fake Telegram Bot API server the real bot talks to over HTTP.

Point aiogram at it with ``TelegramAPIServer.from_base(api.base_url)``. It records every request,
keeps what a user would see in each chat, plays the user's side (messages, button presses, files)
as updates for ``getUpdates`` or a webhook, and rejects what the real Bot API would reject, with
Telegram's status codes and error descriptions, so that tests catch the bot's mistakes::

    async with FakeBotAPI() as api:
        api.user_command(User(42), "start")
        reply = await api.wait_for_reply(42)
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import mimetypes
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar

import aiohttp
from aiohttp import web

from .files import FileStore, document_json
from .html_parse import utf16_len
from .models import ApiError, JSONDict, Recorded, SentMessage
from .spec import MethodSpec, decode_params, load_spec, spec_path
from .updates import Chat, UpdateQueue, User, chat_json, update_kind, user_json
from .validate import (
    check_commands,
    check_language_code,
    check_reply_markup,
    check_scope,
    check_webhook,
    format_text,
    inline_buttons,
)

__all__ = ["FakeBotAPI"]

_T = TypeVar("_T")

MAX_CALLBACK_ANSWER = 200
MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_UPLOAD = 50 * 1024 * 1024
_CHAT_ACTIONS = frozenset(
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
_MESSAGE_METHODS = frozenset(
    {"sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
)
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
}
_QUERY_INVALID = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


@dataclass(frozen=True)
class _Upload:
    filename: str
    content: bytes


@dataclass
class _Call:
    method: str
    params: JSONDict
    uploads: dict[str, _Upload]
    gone: Callable[[], bool]


@dataclass
class _StoredMessage:
    json: JSONDict
    html: str
    parse_mode: str | None
    markup: JSONDict | None
    edit_count: int = 0


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: int | None
    times: int


@dataclass
class _Poll:
    generation: int = 0
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)


_Handler = Callable[[_Call], Awaitable[Any]]


def _brief(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FakeBotAPI:
    """An in-process Telegram Bot API: records requests, simulates users, enforces the API."""

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
        self._handlers: dict[str, _Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
            "close": self._ok,
            "logOut": self._ok,
        }
        self._by_lower = {name.lower(): name for name in self._handlers}
        self._chats: dict[int, JSONDict] = {}
        self._next_message_id: dict[int, int] = {}
        self._bot_messages: dict[int, dict[int, _StoredMessage]] = {}
        self._user_messages: dict[int, set[int]] = {}
        self._updates = UpdateQueue()
        self._callback_queries: dict[str, bool] = {}
        self._next_query = 0
        self._files = FileStore()
        self._failures: list[_Failure] = []
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._webhook: JSONDict = {}
        self._action_mark: dict[int, int] = {}
        self._poll: _Poll | None = None
        self._inflight = 0
        self._last_activity = 0.0
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._port: int | None = None

    # ----------------------------------------------------------------- lifecycle

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, for ``TelegramAPIServer.from_base``."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started; call start() or use `async with`")
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        await site.start()
        self._poll = _Poll()
        self._runner = runner
        self._port = int(sock.getsockname()[1])
        self._closing = False
        self._last_activity = time.monotonic()

    async def stop(self) -> None:
        """Answer pending long polls, stop listening and close the webhook client."""
        self._closing = True
        self._wake_pollers()
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self._port = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

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

    # ------------------------------------------------------------ what users do

    def add_chat(self, chat: Chat, user: User | None = None) -> None:
        """Make a chat known, as if the user had started the bot or the bot joined the group."""
        self._chats[chat.id] = chat_json(chat, user)

    def enqueue(self, update: JSONDict) -> None:
        """Queue a raw update for ``getUpdates``; an ``update_id`` is assigned if missing."""
        self._updates.push(update)
        self._last_activity = time.monotonic()
        self._wake_pollers()

    def user_text(self, user: User, text: str, chat: Chat | None = None) -> JSONDict:
        """The user sends a text message (a leading ``/word`` gets a bot_command entity)."""
        content: JSONDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        return self._user_update(user, chat, content)

    def user_command(
        self, user: User, command: str, args: str = "", chat: Chat | None = None
    ) -> JSONDict:
        """The user sends ``/command args``."""
        text = "/" + command.lstrip("/")
        return self.user_text(user, f"{text} {args}" if args else text, chat)

    def user_press(
        self,
        user: User,
        message: SentMessage,
        callback_data: str,
        *,
        check_button: bool = True,
    ) -> JSONDict:
        """The user presses an inline button of a bot message (as it is now, after edits).

        With ``check_button=False`` any data is sent, as a modified client could.
        """
        stored = self._bot_messages.get(message.chat_id, {}).get(message.message_id)
        if stored is None:
            raise LookupError(f"message {message.message_id} in chat {message.chat_id} is gone")
        current = self._snapshot(stored)
        if check_button and callback_data not in {
            b.callback_data for row in current.buttons for b in row
        }:
            raise LookupError(
                f"no button with callback_data {callback_data!r} on message "
                f"{message.message_id}; buttons: {current.buttons}"
            )
        self._next_query += 1
        query_id = str(4_000_000_000_000_000 + self._next_query)
        self._callback_queries[query_id] = False
        update: JSONDict = {
            "callback_query": {
                "id": query_id,
                "from": user_json(user),
                "chat_instance": str(abs(message.chat_id) * 31 + 7),
                "data": callback_data,
                "message": copy.deepcopy(stored.json),
            }
        }
        self._action_mark[message.chat_id] = len(self.requests)
        self.enqueue(update)
        return update

    def user_press_text(self, user: User, button_text: str, chat: Chat | None = None) -> JSONDict:
        """Press the button with this visible text on the newest bot message that has it."""
        chat_id = (chat or user.private_chat).id
        for message in reversed(self.messages(chat_id)):
            for row in message.buttons:
                for button in row:
                    if button.text != button_text:
                        continue
                    if button.callback_data is None:
                        raise ValueError(f"button {button_text!r} opens {button.url}; no update")
                    return self.user_press(user, message, button.callback_data)
        raise LookupError(f"no button {button_text!r} in chat {chat_id}\n{self.dump()}")

    def user_document(
        self,
        user: User,
        file_name: str,
        mime: str,
        size: int | None = None,
        content: bytes | None = None,
        *,
        caption: str | None = None,
        chat: Chat | None = None,
    ) -> JSONDict:
        """The user sends a file; ``size`` may exceed ``content`` to fake a big file cheaply."""
        stored = self._files.add("document", content, size, file_name, mime)
        content_json: JSONDict = {"document": document_json(stored)}
        if caption is not None:
            content_json["caption"] = caption
        return self._user_update(user, chat, content_json)

    def user_photo(
        self,
        user: User,
        size: int = 80_000,
        content: bytes | None = None,
        *,
        caption: str | None = None,
        chat: Chat | None = None,
    ) -> JSONDict:
        """The user sends a photo (three sizes, the largest with ``size`` bytes)."""
        sizes: list[JSONDict] = []
        for width, height, part in ((90, 67, 50), (320, 240, 10), (1280, 960, 1)):
            file_size = size if part == 1 else max(1, size // part)
            stored = self._files.add(
                "photo", content if part == 1 else None, file_size, None, "image/jpeg"
            )
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": stored.size,
                    "width": width,
                    "height": height,
                }
            )
        content_json: JSONDict = {"photo": sizes}
        if caption is not None:
            content_json["caption"] = caption
        return self._user_update(user, chat, content_json)

    def add_file(
        self, file_name: str, mime: str, content: bytes, *, downloadable: bool = True
    ) -> str:
        """A document Telegram holds for the bot; its ``file_id``.

        With ``downloadable=False``, ``getFile`` answers but the download path gives 404.
        """
        stored = self._files.add("document", content, None, file_name, mime)
        if not downloadable:
            self._files.expire_path(stored.file_id)
        return stored.file_id

    def user_sticker(self, user: User, emoji: str = "👍", chat: Chat | None = None) -> JSONDict:
        """The user sends a sticker."""
        stored = self._files.add("sticker", None, 20_000, None, "image/webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": stored.size,
        }
        return self._user_update(user, chat, {"sticker": sticker})

    def user_voice(
        self, user: User, duration: int = 3, size: int = 12_000, chat: Chat | None = None
    ) -> JSONDict:
        """The user sends a voice note."""
        stored = self._files.add("voice", None, size, None, "audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": stored.size,
        }
        return self._user_update(user, chat, {"voice": voice})

    def user_contact(
        self, user: User, phone_number: str, chat: Chat | None = None, *, own: bool = True
    ) -> JSONDict:
        """The user shares a contact (their own by default, as a request_contact button does)."""
        contact: JSONDict = {"phone_number": phone_number, "first_name": user.first_name}
        if own:
            contact["user_id"] = user.id
        return self._user_update(user, chat, {"contact": contact})

    def user_edit(
        self, user: User, original_message_id: int, new_text: str, chat: Chat | None = None
    ) -> JSONDict:
        """The user edits one of their earlier text messages (an ``edited_message`` update)."""
        target = chat or user.private_chat
        if original_message_id not in self._user_messages.get(target.id, set()):
            whose = (
                "was sent by the bot, and users can only edit their own messages"
                if original_message_id in self._bot_messages.get(target.id, {})
                else "is not a message of this user"
            )
            raise LookupError(f"message {original_message_id} in chat {target.id} {whose}")
        now = int(time.time())
        message: JSONDict = {
            "message_id": original_message_id,
            "from": user_json(user),
            "chat": self._register(target, user),
            "date": now - 1,
            "edit_date": now,
            "text": new_text,
        }
        update: JSONDict = {"edited_message": message}
        self._action_mark[target.id] = len(self.requests)
        self.enqueue(update)
        return update

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (for ``chat_id`` if given) with an error.

        ``description`` defaults to Telegram's text for the status, e.g. 429 becomes
        "Too Many Requests: retry after N" with ``parameters.retry_after``.
        """
        if description is None:
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after or 1}"
            else:
                description = _DEFAULT_DESCRIPTIONS.get(status, "Internal Server Error")
        if status == 429 and retry_after is None:
            retry_after = 1
        self._failures.append(
            _Failure(method.lower(), status, description, retry_after, chat_id, times)
        )

    async def post_webhook(self, url: str, update: JSONDict, secret: str | None = None) -> int:
        """POST an update to the bot's webhook like Telegram does; return the HTTP status.

        A method call in the response body (aiogram's webhook reply) is executed and recorded.
        The update leaves the ``getUpdates`` queue if it was there.
        """
        self._updates.discard(update.get("update_id"))
        if self._client is None:
            self._client = aiohttp.ClientSession()
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        self._last_activity = time.monotonic()
        async with self._client.post(url, json=update, headers=headers) as response:
            status = response.status
            if status == 200:
                await self._execute_webhook_reply(response)
        self._last_activity = time.monotonic()
        return status

    # ---------------------------------------------------------------- waiting

    async def wait_for(
        self,
        predicate: Callable[[], _T | Literal[False] | None],
        timeout: float = 5.0,  # noqa: ASYNC109 - the deadline and its dump are the point
        *,
        what: str = "a condition",
    ) -> _T:
        """Wait until ``predicate()`` returns something truthy and return it."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise TimeoutError(f"timed out after {timeout}s waiting for {what}\n{self.dump()}")
            await asyncio.sleep(0.005)

    async def wait_for_call(
        self,
        method: str,
        where: Callable[[Recorded], bool] | None = None,
        *,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> Recorded:
        """Wait for a request to ``method`` (recorded at index >= ``since``) matching ``where``."""
        wanted = method.lower()

        def found() -> Recorded | None:
            for recorded in self.requests[since:]:
                if recorded.method.lower() == wanted and (where is None or where(recorded)):
                    return recorded
            return None

        return await self.wait_for(found, timeout, what=f"a {method} call")

    async def wait_for_reply(
        self,
        chat_id: int,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> SentMessage:
        """Wait for the bot's first message or edit in the chat since the last user action there.

        Returns the message as that call left it.
        """
        since = self._action_mark.get(chat_id, 0)

        def found() -> SentMessage | None:
            for recorded in self.requests[since:]:
                if (
                    recorded.ok
                    and recorded.method in _MESSAGE_METHODS
                    and recorded.params.get("chat_id") == chat_id
                    and isinstance(recorded.result, dict)
                ):
                    return self._snapshot_of(recorded)
            return None

        return await self.wait_for(found, timeout, what=f"a bot reply in chat {chat_id}")

    async def wait_idle(
        self,
        quiet: float = 0.15,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Wait until every queued update was fetched and no request came for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if (
                self._updates.undelivered == 0
                and self._inflight == 0
                and now - self._last_activity >= quiet
            ):
                return
            if now >= deadline:
                raise TimeoutError(f"the bot did not go idle within {timeout}s\n{self.dump()}")
            await asyncio.sleep(0.01)

    def dump(self, last: int = 25) -> str:
        """A readable summary of recent requests, chats and the update queue, for failures."""
        lines = [f"requests (last {min(last, len(self.requests))} of {len(self.requests)}):"]
        for recorded in self.requests[-last:]:
            outcome = "ok" if recorded.ok else f"{recorded.status} {recorded.description}"
            lines.append(f"  {recorded.method} {_brief(recorded.params)} -> {outcome}")
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

    # ------------------------------------------------------------ HTTP plumbing

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            error = ApiError(401, "Unauthorized")
            self._record(method, {}, {}, time.monotonic(), error.status, error.payload())
            return web.json_response(error.payload(), status=error.status)
        try:
            raw, uploads = await self._read_params(request)
        except ApiError as error:
            self._record(method, {}, {}, time.monotonic(), error.status, error.payload())
            return web.json_response(error.payload(), status=error.status)

        def gone() -> bool:
            transport = request.transport
            return transport is None or transport.is_closing()

        status, body = await self._execute(method, raw, uploads, gone)
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        stored = self._files.at_path(request.match_info["path"])
        if stored is None:
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    async def _handle_unknown(self, request: web.Request) -> web.Response:
        return web.json_response(ApiError(404, "Not Found").payload(), status=404)

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, _Upload]]:
        raw: JSONDict = dict(request.query)
        uploads: dict[str, _Upload] = {}
        if not request.can_read_body:
            return raw, uploads
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON object expected")
            raw.update(body)
            return raw, uploads
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise ApiError(413, "Request Entity Too Large") from None
        for key, value in form.items():
            if isinstance(value, web.FileField):
                with value.file:
                    uploads[key] = _Upload(value.filename, value.file.read())
            elif isinstance(value, bytes):
                raw[key] = value.decode("utf-8")
            else:
                raw[key] = value
        return raw, uploads

    async def _execute(
        self,
        method: str,
        raw: JSONDict,
        raw_uploads: dict[str, _Upload],
        gone: Callable[[], bool],
        *,
        via_webhook_reply: bool = False,
    ) -> tuple[int, JSONDict]:
        """Run one API call: decode, inject failures, validate, handle; record the outcome."""
        started = time.monotonic()
        name = self._by_lower.get(method.lower(), method)
        long_poll = name == "getUpdates"
        if not long_poll:
            self._inflight += 1
        params: JSONDict = dict(raw)
        uploads: dict[str, _Upload] = {}
        injected = False
        try:
            handler = self._handlers.get(name)
            if handler is None:
                raise ApiError(404, "Not Found")
            spec = self._spec[name.lower()]
            params = decode_params(spec, raw)
            uploads = self._resolve_uploads(spec, params, raw_uploads)
            failure = self._take_failure(name, params)
            if failure is not None:
                injected = True
                raise failure
            self._check_required(spec, params, uploads)
            result = await handler(_Call(name, params, uploads, gone))
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.status, error.payload()
        except Exception as error:
            # A bug in the fake itself: answer like a Telegram outage so the test sees it.
            failure = ApiError(500, f"Internal Server Error: fake Bot API crashed: {error!r}")
            status, body = failure.status, failure.payload()
        finally:
            if not long_poll:
                self._inflight -= 1
        if not long_poll or body.get("result"):
            self._last_activity = time.monotonic()
        files = {key: upload.content for key, upload in uploads.items()}
        self._record(name, params, files, started, status, body, injected, via_webhook_reply)
        return status, body

    def _record(
        self,
        method: str,
        params: JSONDict,
        files: dict[str, bytes],
        at: float,
        status: int,
        body: JSONDict,
        injected: bool = False,
        via_webhook_reply: bool = False,
    ) -> None:
        self.requests.append(
            Recorded(
                method,
                params,
                files,
                at,
                status,
                copy.deepcopy(body),
                injected,
                via_webhook_reply,
            )
        )

    async def _execute_webhook_reply(self, response: aiohttp.ClientResponse) -> None:
        """Run the method a webhook response carries, as Telegram does (its result is unseen)."""
        raw: JSONDict = {}
        uploads: dict[str, _Upload] = {}
        if response.content_type == "multipart/form-data":
            reader = aiohttp.MultipartReader.from_response(response)
            while (part := await reader.next()) is not None:
                if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                    continue
                if part.filename:
                    uploads[part.name] = _Upload(part.filename, await part.read(decode=True))
                else:
                    raw[part.name] = await part.text()
        elif response.content_type == "application/json":
            body = await response.json()
            if isinstance(body, dict):
                raw = body
        method = raw.pop("method", None)
        if isinstance(method, str) and method:
            await self._execute(method, raw, uploads, lambda: False, via_webhook_reply=True)

    def _resolve_uploads(
        self, spec: MethodSpec, params: JSONDict, raw_uploads: dict[str, _Upload]
    ) -> dict[str, _Upload]:
        """Map InputFile parameters to uploaded parts: ``attach://<part>`` or a same-named part."""
        uploads: dict[str, _Upload] = {}
        for name, field_spec in spec.fields.items():
            if "InputFile" not in field_spec.types:
                continue
            value = params.get(name)
            if isinstance(value, str) and value.startswith("attach://"):
                key = value.removeprefix("attach://")
                if key not in raw_uploads:
                    raise ApiError(400, f"Bad Request: file {value} not found in the request")
                uploads[name] = raw_uploads[key]
            elif value is None and name in raw_uploads:
                uploads[name] = raw_uploads[name]
                params[name] = f"attach://{name}"
        return uploads

    def _take_failure(self, method: str, params: JSONDict) -> ApiError | None:
        for failure in self._failures:
            if failure.method != method.lower():
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            failure.times -= 1
            if failure.times <= 0:
                self._failures.remove(failure)
            return ApiError(failure.status, failure.description, failure.retry_after)
        return None

    @staticmethod
    def _check_required(spec: MethodSpec, params: JSONDict, uploads: dict[str, _Upload]) -> None:
        for name, field_spec in spec.fields.items():
            if not field_spec.required or name in uploads:
                continue
            value = params.get(name)
            if value is None or value == "":
                if name == "text":
                    raise ApiError(400, "Bad Request: message text is empty")
                raise ApiError(400, f"Bad Request: {name} is empty")

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

    def _snapshot(self, stored: _StoredMessage) -> SentMessage:
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
            _StoredMessage(
                copy.deepcopy(data),
                raw if isinstance(raw, str) else "",
                parse_mode if isinstance(parse_mode, str) else None,
                markup if isinstance(markup, dict) else None,
            )
        )

    def _find_bot_message(self, chat_id: int, message_id: Any, verb: str) -> _StoredMessage:
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
        stored = _StoredMessage(message, html, parse_mode, copy.deepcopy(markup))
        self._bot_messages.setdefault(chat["id"], {})[message["message_id"]] = stored
        return copy.deepcopy(message)

    # -------------------------------------------------------------- handlers

    async def _ok(self, call: _Call) -> bool:
        return True

    async def _get_me(self, call: _Call) -> JSONDict:
        return self._bot_user() | {
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, call: _Call) -> list[JSONDict]:
        if self._webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        poll = self._poll
        if poll is None:
            raise ApiError(500, "Internal Server Error: server not started")
        params = call.params
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._updates.allowed = [str(kind) for kind in allowed]
        offset = params.get("offset")
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        poll.generation += 1
        generation = poll.generation
        self._wake_pollers()
        deadline = time.monotonic() + timeout
        while True:
            # A client that hung up (a stopped poller) must not swallow updates.
            if self._closing or call.gone():
                return []
            updates = self._updates.fetch(offset if isinstance(offset, int) else None, limit)
            remaining = deadline - time.monotonic()
            if updates or remaining <= 0:
                return updates
            wakeup = poll.wakeup
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), timeout=min(remaining, 0.1))
            if poll.generation != generation and not call.gone():
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one "
                    "bot instance is running",
                )

    async def _set_webhook(self, call: _Call) -> bool:
        params = call.params
        url = str(params.get("url") or "")
        check_webhook(url, params.get("secret_token"), params.get("max_connections"))
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if not url:
            self._webhook = {}
            return True
        self._webhook = {
            "url": url,
            "secret_token": params.get("secret_token"),
            "max_connections": params.get("max_connections") or 40,
            "ip_address": params.get("ip_address") or "127.0.0.1",
        }
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._updates.allowed = [str(kind) for kind in allowed]
        return True

    async def _delete_webhook(self, call: _Call) -> bool:
        if call.params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {}
        return True

    async def _get_webhook_info(self, call: _Call) -> JSONDict:
        info: JSONDict = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook:
            info["max_connections"] = self._webhook["max_connections"]
            info["ip_address"] = self._webhook["ip_address"]
            if self._updates.allowed:
                info["allowed_updates"] = list(self._updates.allowed)
        return info

    def _commands_key(self, params: JSONDict) -> tuple[str, str]:
        return check_scope(params.get("scope")), check_language_code(params.get("language_code"))

    async def _set_my_commands(self, call: _Call) -> bool:
        commands = check_commands(call.params.get("commands"))
        key = self._commands_key(call.params)
        if commands:
            self._commands[key] = commands
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, call: _Call) -> list[JSONDict]:
        return copy.deepcopy(self._commands.get(self._commands_key(call.params), []))

    async def _delete_my_commands(self, call: _Call) -> bool:
        self._commands.pop(self._commands_key(call.params), None)
        return True

    async def _send_message(self, call: _Call) -> JSONDict:
        params = call.params
        chat = self._target_chat(params.get("chat_id"))
        parsed, mode = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities"), caption=False
        )
        markup = params.get("reply_markup")
        if markup is not None:
            check_reply_markup(markup)
        self._check_reply_to(chat["id"], params.get("reply_parameters"))
        content: JSONDict = {"text": parsed.text}
        if parsed.entities:
            content["entities"] = parsed.entities
        return self._store_bot_message(chat, content, str(params["text"]), mode, markup)

    async def _edit_target(self, call: _Call) -> tuple[JSONDict, _StoredMessage]:
        params = call.params
        if params.get("inline_message_id") is not None:
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        if params.get("chat_id") is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat = self._target_chat(params.get("chat_id"))
        return chat, self._find_bot_message(chat["id"], params.get("message_id"), "edit")

    @staticmethod
    def _edited(stored: _StoredMessage, content: JSONDict, markup: JSONDict | None) -> JSONDict:
        """Apply new content and inline markup; refuse a no-op like Telegram."""
        inline = (
            copy.deepcopy(markup) if markup is not None and "inline_keyboard" in markup else None
        )
        before = stored.json
        unchanged = (
            all((before.get(key) or None) == (value or None) for key, value in content.items())
            and before.get("reply_markup") == inline
        )
        if unchanged:
            raise ApiError(400, _NOT_MODIFIED)
        for key, value in content.items():
            if value:
                before[key] = value
            else:
                before.pop(key, None)
        if inline:
            before["reply_markup"] = inline
        else:
            before.pop("reply_markup", None)
        before["edit_date"] = int(time.time())
        stored.markup = copy.deepcopy(markup)
        stored.edit_count += 1
        return copy.deepcopy(before)

    async def _edit_message_text(self, call: _Call) -> JSONDict:
        params = call.params
        _chat, stored = await self._edit_target(call)
        if "text" not in stored.json:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if not params.get("text"):
            raise ApiError(400, "Bad Request: message text is empty")
        parsed, mode = format_text(
            params.get("text"), params.get("parse_mode"), params.get("entities"), caption=False
        )
        markup = params.get("reply_markup")
        if markup is not None:
            check_reply_markup(markup, inline_only=True)
        content = {"text": parsed.text, "entities": parsed.entities}
        result = self._edited(stored, content, markup)
        stored.html = str(params["text"])
        stored.parse_mode = mode
        return result

    async def _edit_message_reply_markup(self, call: _Call) -> JSONDict:
        _chat, stored = await self._edit_target(call)
        markup = call.params.get("reply_markup")
        if markup is not None:
            check_reply_markup(markup, inline_only=True)
        return self._edited(stored, {}, markup)

    async def _delete_message(self, call: _Call) -> bool:
        params = call.params
        chat_id = self._target_chat(params.get("chat_id"))["id"]
        message_id = params.get("message_id")
        if message_id in self._bot_messages.get(chat_id, {}):
            del self._bot_messages[chat_id][message_id]
        elif message_id in self._user_messages.get(chat_id, set()):
            self._user_messages[chat_id].discard(message_id)
        else:
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    async def _answer_callback_query(self, call: _Call) -> bool:
        params = call.params
        query_id = str(params.get("callback_query_id"))
        if self._callback_queries.get(query_id, True):
            raise ApiError(400, _QUERY_INVALID)
        text = params.get("text")
        if isinstance(text, str) and utf16_len(text) > MAX_CALLBACK_ANSWER:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._callback_queries[query_id] = True
        return True

    async def _send_document(self, call: _Call) -> JSONDict:
        params = call.params
        chat = self._target_chat(params.get("chat_id"))
        upload = call.uploads.get("document")
        if upload is not None:
            if not upload.content:
                raise ApiError(400, "Bad Request: file must be non-empty")
            if len(upload.content) > MAX_UPLOAD:
                raise ApiError(413, "Request Entity Too Large")
            mime = mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"
            stored_file = self._files.add(
                "document", upload.content, None, upload.filename or "document", mime
            )
        else:
            reference = str(params.get("document"))
            found = self._files.get(reference)
            if found is None:
                if reference.startswith(("http://", "https://")):
                    raise ApiError(400, "Bad Request: failed to get HTTP URL content")
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            stored_file = found
        parsed, mode = format_text(
            params.get("caption"),
            params.get("parse_mode"),
            params.get("caption_entities"),
            caption=True,
        )
        markup = params.get("reply_markup")
        if markup is not None:
            check_reply_markup(markup)
        self._check_reply_to(chat["id"], params.get("reply_parameters"))
        content: JSONDict = {"document": document_json(stored_file)}
        if parsed.text:
            content["caption"] = parsed.text
        if parsed.entities:
            content["caption_entities"] = parsed.entities
        html = params.get("caption")
        return self._store_bot_message(
            chat, content, html if isinstance(html, str) else "", mode, markup
        )

    async def _send_chat_action(self, call: _Call) -> bool:
        self._target_chat(call.params.get("chat_id"))
        if call.params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _get_file(self, call: _Call) -> JSONDict:
        stored = self._files.get(str(call.params.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.size > MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.file_path,
        }

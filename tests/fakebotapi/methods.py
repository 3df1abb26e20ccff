"""The Bot API methods the bot uses, each answering as Telegram would."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import mimetypes
import time
from functools import cached_property

from .files import document_json
from .html_parse import utf16_len
from .models import ApiError, JSONDict
from .state import (
    CHAT_ACTIONS,
    MAX_CALLBACK_ANSWER,
    MAX_DOWNLOAD,
    MAX_UPLOAD,
    NOT_MODIFIED,
    QUERY_INVALID,
    Call,
    Handler,
    ServerState,
    StoredMessage,
)
from .validate import (
    check_commands,
    check_language_code,
    check_reply_markup,
    check_scope,
    check_webhook,
    format_text,
)


class BotApiMethods(ServerState):
    """The handler of each supported method, by its Bot API name."""

    @cached_property
    def _handlers(self) -> dict[str, Handler]:
        """Each supported method by its Bot API name; any other answers 404 as Telegram does."""
        return {
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
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
            "close": self._ok,
            "logOut": self._ok,
        }

    @cached_property
    def _by_lower(self) -> dict[str, str]:
        """Method names by their lower-case form: Telegram ignores case."""
        return {name.lower(): name for name in self._handlers}

    async def _ok(self, call: Call) -> bool:
        return True

    async def _get_me(self, call: Call) -> JSONDict:
        return self._bot_user() | {
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, call: Call) -> list[JSONDict]:
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

    async def _set_webhook(self, call: Call) -> bool:
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

    async def _delete_webhook(self, call: Call) -> bool:
        if call.params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {}
        return True

    async def _get_webhook_info(self, call: Call) -> JSONDict:
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

    async def _set_my_commands(self, call: Call) -> bool:
        commands = check_commands(call.params.get("commands"))
        key = self._commands_key(call.params)
        if commands:
            self._commands[key] = commands
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, call: Call) -> list[JSONDict]:
        return copy.deepcopy(self._commands.get(self._commands_key(call.params), []))

    async def _delete_my_commands(self, call: Call) -> bool:
        self._commands.pop(self._commands_key(call.params), None)
        return True

    async def _send_message(self, call: Call) -> JSONDict:
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

    async def _edit_target(self, call: Call) -> tuple[JSONDict, StoredMessage]:
        params = call.params
        if params.get("inline_message_id") is not None:
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        if params.get("chat_id") is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat = self._target_chat(params.get("chat_id"))
        return chat, self._find_bot_message(chat["id"], params.get("message_id"), "edit")

    @staticmethod
    def _edited(stored: StoredMessage, content: JSONDict, markup: JSONDict | None) -> JSONDict:
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
            raise ApiError(400, NOT_MODIFIED)
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

    async def _edit_message_text(self, call: Call) -> JSONDict:
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

    async def _edit_message_reply_markup(self, call: Call) -> JSONDict:
        _chat, stored = await self._edit_target(call)
        markup = call.params.get("reply_markup")
        if markup is not None:
            check_reply_markup(markup, inline_only=True)
        return self._edited(stored, {}, markup)

    async def _delete_message(self, call: Call) -> bool:
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

    async def _answer_callback_query(self, call: Call) -> bool:
        params = call.params
        query_id = str(params.get("callback_query_id"))
        if self._callback_queries.get(query_id, True):
            raise ApiError(400, QUERY_INVALID)
        text = params.get("text")
        if isinstance(text, str) and utf16_len(text) > MAX_CALLBACK_ANSWER:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._callback_queries[query_id] = True
        return True

    async def _send_document(self, call: Call) -> JSONDict:
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

    async def _send_photo(self, call: Call) -> JSONDict:
        """A picture uploaded by the bot (the only way this bot sends one)."""
        params = call.params
        chat = self._target_chat(params.get("chat_id"))
        upload = call.uploads.get("photo")
        if upload is None or not upload.content:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        if len(upload.content) > MAX_UPLOAD:
            raise ApiError(413, "Request Entity Too Large")
        stored = self._files.add("photo", upload.content, None, upload.filename, "image/png")
        size = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "width": 1, "height": 1, "file_size": stored.size}  # fmt: skip
        return self._store_bot_message(chat, {"photo": [size]}, "", None, None)

    async def _send_chat_action(self, call: Call) -> bool:
        self._target_chat(call.params.get("chat_id"))
        if call.params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _get_file(self, call: Call) -> JSONDict:
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

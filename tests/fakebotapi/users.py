"""What users do, as the fake Bot API plays it: messages, presses, files, edits, failures."""

from __future__ import annotations

import copy
import time

import aiohttp

from .files import document_json
from .html_parse import utf16_len
from .http_front import HttpFront
from .models import JSONDict, SentMessage
from .state import (
    DEFAULT_DESCRIPTIONS,
    Failure,
)
from .updates import Chat, User, chat_json, user_json


class UserSide(HttpFront):
    """Turns a user's actions into updates the bot receives (by getUpdates or its webhook)."""

    def add_chat(self, chat: Chat, user: User | None = None) -> None:
        """Make a chat known, as if the user had started the bot or the bot joined the group."""
        self._chats[chat.id] = chat_json(chat, user)

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

    def user_location(
        self, user: User, latitude: float, longitude: float, chat: Chat | None = None
    ) -> JSONDict:
        """The user shares a location (as a request_location keyboard button sends it)."""
        location: JSONDict = {"latitude": latitude, "longitude": longitude}
        return self._user_update(user, chat, {"location": location})

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
                description = DEFAULT_DESCRIPTIONS.get(status, "Internal Server Error")
        if status == 429 and retry_after is None:
            retry_after = 1
        self._failures.append(
            Failure(method.lower(), status, description, retry_after, chat_id, times)
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

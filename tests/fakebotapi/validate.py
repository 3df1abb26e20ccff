"""Checks Telegram applies to keyboards, commands and webhooks, raising Telegram-shaped errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .html_parse import HTMLParseError, ParsedText, clean_text, parse_html, utf16_len
from .models import ApiError, Button, JSONDict
from .spec import MethodSpec

__all__ = [
    "MAX_BUTTONS",
    "MAX_CAPTION",
    "MAX_TEXT",
    "check_commands",
    "check_language_code",
    "check_reply_markup",
    "check_scope",
    "check_webhook",
    "format_text",
    "inline_buttons",
]

MAX_BUTTONS = 100
MAX_TEXT = 4096
MAX_CAPTION = 1024
_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")
_SCOPES = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}
_WEBHOOK_PORTS = frozenset({80, 88, 443, 8443})


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _check_button_url(url: Any) -> None:
    if not isinstance(url, str):
        raise _bad("BUTTON_URL_INVALID")
    parts = urlsplit(url)
    if parts.scheme in {"http", "https"} and parts.netloc:
        return
    if parts.scheme in {"tg", "ton"} and (parts.netloc or parts.path):
        return
    raise _bad(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def _rows(markup: JSONDict, key: str) -> list[list[Any]]:
    rows = markup.get(key)
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _bad(f'field "{key}" must be an Array of Array')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise _bad("BUTTONS_TOO_MUCH")
    return rows


def _check_inline_keyboard(markup: JSONDict) -> None:
    for row in _rows(markup, "inline_keyboard"):
        for button in row:
            if not isinstance(button, dict):
                raise _bad("can't parse inline keyboard button: InlineKeyboardButton expected")
            text = button.get("text")
            if not isinstance(text, str) or not text.strip():
                raise _bad("inline keyboard button text must be non-empty")
            actions = [name for name in _INLINE_ACTIONS if button.get(name) is not None]
            if not actions:
                raise _bad("text buttons are unallowed in the inline keyboard")
            if len(actions) > 1:
                raise _bad(
                    "exactly one of the optional fields must be used in an inline keyboard "
                    f"button, got {', '.join(actions)}"
                )
            if "callback_data" in actions:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")
            if "url" in actions:
                _check_button_url(button["url"])


def _check_placeholder(markup: JSONDict) -> None:
    placeholder = markup.get("input_field_placeholder")
    if placeholder is not None and not (
        isinstance(placeholder, str) and 1 <= utf16_len(placeholder) <= 64
    ):
        raise _bad("input field placeholder must be 1-64 characters long")


def _check_reply_keyboard(markup: JSONDict) -> None:
    for row in _rows(markup, "keyboard"):
        for button in row:
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise _bad("keyboard button text must be non-empty")
    _check_placeholder(markup)


def check_reply_markup(markup: Any, *, inline_only: bool = False) -> None:
    """Reject a ``reply_markup`` Telegram would refuse; ``inline_only`` for edits."""
    if not isinstance(markup, dict):
        raise _bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup)
    elif inline_only:
        raise _bad("inline keyboard expected")
    elif "keyboard" in markup:
        _check_reply_keyboard(markup)
    elif markup.get("remove_keyboard") is True:
        return
    elif markup.get("force_reply") is True:
        _check_placeholder(markup)
    else:
        raise _bad("can't parse reply keyboard markup JSON object")


def inline_buttons(markup: JSONDict | None) -> list[list[Button]]:
    """The inline keyboard of a (validated) markup as :class:`Button` rows."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [
        [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
        for row in markup["inline_keyboard"]
    ]


def check_commands(commands: Any) -> list[JSONDict]:
    """Validate a ``setMyCommands`` list; return it as clean BotCommand dicts."""
    if not isinstance(commands, list):
        raise _bad("can't parse commands JSON object")
    if len(commands) > 100:
        raise _bad("too many commands specified")
    clean: list[JSONDict] = []
    for command in commands:
        if not isinstance(command, dict):
            raise _bad("can't parse BotCommand JSON object")
        name = command.get("command")
        description = command.get("description")
        if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name):
            raise _bad("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": name, "description": description})
    return clean


def check_scope(scope: Any) -> str:
    """Validate a ``BotCommandScope``; return a stable key for storing commands by scope."""
    if scope is None:
        return "default"
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
        raise _bad("unsupported bot command scope type")
    kind = scope["type"]
    values = []
    for name in _SCOPES[kind]:
        value = scope.get(name)
        if value is None:
            raise _bad(f"{name} is empty in the bot command scope")
        values.append(str(value))
    return ":".join([kind, *values])


def check_language_code(code: Any) -> str:
    """Validate a two-letter ``language_code`` (empty means all languages)."""
    if code is None or code == "":
        return ""
    if not isinstance(code, str) or not _LANGUAGE_RE.fullmatch(code):
        raise _bad("invalid language code specified")
    return code


def check_webhook(url: str, secret_token: Any, max_connections: Any) -> None:
    """Apply Telegram's setWebhook rules: HTTPS, allowed port, secret token alphabet."""
    if url:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise _bad("bad webhook: HTTPS url must be provided for webhook")
        if (parts.port or 443) not in _WEBHOOK_PORTS:
            raise _bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    if secret_token is not None and not (
        isinstance(secret_token, str) and _SECRET_RE.fullmatch(secret_token)
    ):
        raise _bad("secret token contains unallowed characters")
    if max_connections is not None and not (
        isinstance(max_connections, int) and 1 <= max_connections <= 100
    ):
        raise _bad("bad webhook: max_connections must be between 1 and 100")


def _check_entities(entities: Any) -> list[JSONDict]:
    if not isinstance(entities, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("type"), str)
        and isinstance(e.get("offset"), int)
        and isinstance(e.get("length"), int)
        for e in entities
    ):
        raise _bad("can't parse entities JSON object")
    return [dict(entity) for entity in entities]


def format_text(
    raw: Any, parse_mode: Any, entities: Any, *, caption: bool
) -> tuple[ParsedText, str | None]:
    """Parse a text or caption as Telegram does; return it and the parse mode that applied.

    Lengths count UTF-16 code units after parsing and trimming: texts 1-4096, captions 0-1024.
    Only HTML is implemented; Markdown modes are refused so the gap cannot go unnoticed.
    """
    source = raw if isinstance(raw, str) else ""
    mode = parse_mode.strip() if isinstance(parse_mode, str) and parse_mode.strip() else None
    if entities is not None:
        parsed = ParsedText(source, _check_entities(entities))
        mode = None
    elif mode is None:
        parsed = ParsedText(source)
    elif mode.lower() == "html":
        try:
            parsed = parse_html(source)
        except HTMLParseError as error:
            raise _bad(f"can't parse entities: {error}") from None
    elif mode.lower() in {"markdown", "markdownv2"}:
        raise _bad(
            f"can't parse entities: parse_mode {mode} is not supported by the fake Bot API; "
            "the bot is meant to use HTML"
        )
    else:
        raise _bad(f"unsupported parse_mode {mode}")
    parsed = clean_text(parsed)
    length = utf16_len(parsed.text)
    if caption and length > MAX_CAPTION:
        raise _bad("message caption is too long")
    if not caption and length == 0:
        raise _bad("message text is empty")
    if not caption and length > MAX_TEXT:
        raise _bad("message is too long")
    return parsed, mode


def check_required(spec: MethodSpec, params: JSONDict, uploads: Mapping[str, object]) -> None:
    """Refuse a call that leaves out a parameter the spec requires, as Telegram words it."""
    for name, field_spec in spec.fields.items():
        if not field_spec.required or name in uploads:
            continue
        value = params.get(name)
        if value is None or value == "":
            if name == "text":
                raise ApiError(400, "Bad Request: message text is empty")
            raise ApiError(400, f"Bad Request: {name} is empty")

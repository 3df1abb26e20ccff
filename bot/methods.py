"""The Bot API calls sent on every update, copied from one validated prototype each.

`bot.send_message(...)` builds and validates a new method object at each call, every field
included: about as much CPU as the copy of a prototype twice over, three times per update
(issue 26). The values given here are already of their field's type, so nothing is lost.
"""

from __future__ import annotations

from functools import cache

from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
)
from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


@cache
def _send() -> SendMessage:
    return SendMessage(chat_id=0, text="-")


@cache
def _edit() -> EditMessageText:
    return EditMessageText(chat_id=0, message_id=0, text="-")


@cache
def _clear() -> EditMessageReplyMarkup:
    return EditMessageReplyMarkup(chat_id=0, message_id=0, reply_markup=None)


@cache
def _answer() -> AnswerCallbackQuery:
    return AnswerCallbackQuery(callback_query_id="-")


def send_message(chat_id: int, text: str, markup: Markup | None) -> SendMessage:
    """sendMessage with the bot's defaults (HTML, no link previews), as bot.send_message."""
    return _send().model_copy(update={"chat_id": chat_id, "text": text, "reply_markup": markup})


def edit_text(
    chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> EditMessageText:
    """editMessageText with the bot's defaults, as bot.edit_message_text (a question redrawn
    in place: each toggle of a multiple choice)."""
    update = {"chat_id": chat_id, "message_id": message_id, "text": text, "reply_markup": markup}
    return _edit().model_copy(update=update)


def clear_buttons(chat_id: int, message_id: int) -> EditMessageReplyMarkup:
    """editMessageReplyMarkup without a keyboard: the message loses its buttons."""
    return _clear().model_copy(update={"chat_id": chat_id, "message_id": message_id})


def answer_query(query_id: str, text: str | None) -> AnswerCallbackQuery:
    """answerCallbackQuery, with a short note on the button or none."""
    return _answer().model_copy(update={"callback_query_id": query_id, "text": text})


__all__ = ["Markup", "answer_query", "clear_buttons", "edit_text", "send_message"]

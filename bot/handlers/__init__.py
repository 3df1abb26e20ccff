"""The bot's routers, one per feature, assembled by `build_routers`.

Order is what an update costs: aiogram walks the routers in order, evaluating each one's
filters until a handler takes the update, and every router passed costs about as much as a
filter (issue 26: routing through nine routers was a quarter of the CPU of an update). So the
two updates respondents send most, a button press and a typed answer, are taken first; the
rest keep the order in which they must be tried.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from bot.handlers import answers, buttons, commands, elsewhere, reminders


async def in_private(message: Message) -> bool:
    """A message in a private chat (a coroutine: aiogram sends plain filters to a thread)."""
    return message.chat.type == "private"


async def pressed_in_private(query: CallbackQuery) -> bool:
    """A button pressed under a message of a private chat."""
    return query.message is not None and query.message.chat.type == "private"


def build_routers(root: Router, admin: Router | None = None, *staff: Router) -> tuple[Router, ...]:
    """Private-chat features under one router; other chats get a short explanation; a press
    nothing took (forged, from a group, unknown) gets a short note from the last router.

    The two updates respondents send most, a typed answer that no command could be and a
    button press, are taken by `root` itself (the dispatcher), each handler behind the private
    router's filter: tried before any router, as when they were the private router's own
    handlers, without passing a router (issue 26).
    """
    answers.register_typed(root, in_private)
    buttons.register(root, pressed_in_private)
    private = Router(name="private")
    private.message.filter(in_private)
    private.callback_query.filter(pressed_in_private)
    private.include_routers(commands.router(), reminders.router())
    if admin is not None:
        private.include_router(admin)  # its filter admits admins only; others fall through
    if staff:
        private.include_routers(*staff)  # the same for staff commands (/web)
    private.include_router(answers.router())
    # Nothing in the private router takes a message from another chat, an edited message or
    # a change of membership: they reach `elsewhere` as they did when it came first.
    return private, elsewhere.router(), elsewhere.fallback()


__all__ = ["build_routers", "in_private", "pressed_in_private"]

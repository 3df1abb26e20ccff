"""The bot's routers, one per feature, assembled by `build_router`."""

from __future__ import annotations

from aiogram import F, Router

from bot.filters import on_loop
from bot.handlers import answers, buttons, commands, elsewhere, reminders


def build_router(admin: Router | None = None, *staff: Router) -> Router:
    """Private-chat features under one parent router; other chats get a short explanation."""
    root = Router(name="root")
    private = Router(name="private")
    private.message.filter(on_loop(F.chat.type == "private"))
    private.callback_query.filter(on_loop(F.message.chat.type == "private"))
    private.include_routers(commands.router(), reminders.router())
    if admin is not None:
        private.include_router(admin)  # its filter admits admins only; others fall through
    if staff:
        private.include_routers(*staff)  # the same for staff commands (/web)
    private.include_routers(answers.router(), buttons.router())
    root.include_routers(elsewhere.router(), private, elsewhere.fallback())
    return root


__all__ = ["build_router"]

"""The webhook endpoint: it never serves without a secret, and checks it byte for byte."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from pydantic import ValidationError

_DERIVATION_LABEL = b"cecops-intake webhook secret v1"


def derived_secret(bot_token: str) -> str:
    """A strong webhook secret derived from the bot token, used when WEBHOOK_SECRET is unset.

    Derived rather than random so that every webhook process of one bot (behind a load
    balancer) and every restart registers the same secret; whoever knows the token controls
    the bot anyway. 43 characters from Telegram's allowed set (A-Z, a-z, 0-9, _ and -).
    """
    digest = hmac.new(bot_token.encode(), _DERIVATION_LABEL, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class SecretRequestHandler(SimpleRequestHandler):
    """aiogram's webhook handler, refusing any request without exactly the right secret."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, secret_token: str) -> None:
        if not secret_token:
            raise ValueError("the webhook needs a secret token")
        # Handled before answering Telegram: if the process dies mid-update, Telegram resends it.
        super().__init__(dispatcher, bot, handle_in_background=False, secret_token=secret_token)
        self._expected = secret_token.encode()

    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        # Compared as bytes: a header with non-ASCII characters is a wrong secret (401), not
        # a TypeError from compare_digest (500). surrogatepass keeps undecodable bytes.
        given = telegram_secret_token.encode("utf-8", "surrogatepass")
        return hmac.compare_digest(given, self._expected)

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        # With the right secret but a body that is no update (not JSON, not an Update):
        # 400, not a traceback and a 500 that Telegram would send again and again.
        try:
            data: Any = await request.json(loads=bot.session.json_loads)
            update = Update.model_validate(data, context={"bot": bot})
        except (ValueError, ValidationError):  # JSONDecodeError and UnicodeDecodeError too
            return web.Response(status=400, text="Bad Request: not a Telegram update")
        # The update as checked, not parsed and validated a second time as aiogram's own
        # _handle_request would (issue 26: CPU per webhook update).
        feed = self.dispatcher.feed_webhook_update
        result: TelegramMethod[Any] | None = await feed(bot, update, **self.data)
        return web.Response(body=self._build_response_writer(bot=bot, result=result))

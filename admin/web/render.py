"""Pages from templates: the Jinja2 environment (autoescaped) and what every page is given."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

import aiohttp_jinja2
import jinja2
from aiohttp import web
from babel.numbers import format_decimal

from admin.web.deps import WORKSPACE
from admin.web.security import DIRECTORY, STAFF, Staff
from admin.web.text import linkify
from dialogs.i18n import LANGUAGES
from dialogs.kinds import BABEL_LOCALES

# Messages that send staff to the bot, and what they say when no bot runs beside the workspace.
WITHOUT_BOT: Final = {
    "ws-signin-needed": "ws2-signin-needed-no-bot",
    "ws-signin-refused": "ws2-signin-refused-no-bot",
}


def _times(zone_name: str) -> tuple[Callable[[datetime | None], str], ...]:
    """Date-time and date filters in the staff's time zone (the zone's abbreviation shown)."""
    zone = ZoneInfo(zone_name)

    def when(value: datetime | None) -> str:
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z") if value is not None else ""

    def day(value: datetime | None) -> str:
        return value.astimezone(zone).strftime("%Y-%m-%d") if value is not None else ""

    return when, day


def setup_templates(app: web.Application) -> None:
    """Templates from the package, every value escaped unless marked safe by our own code."""
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("admin.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        default_helpers=False,
    )
    when, day = _times(app[WORKSPACE].timezone)
    env.filters["linkify"] = linkify
    env.filters["when"] = when
    env.filters["day"] = day


def language_of(request: web.Request) -> str:
    staff: Staff | None = request.get(STAFF)
    return staff.language if staff else request.app[WORKSPACE].staff_language


def base_context(request: web.Request) -> dict[str, Any]:
    """What every page is given: the translator in the reader's language, who signed in."""
    ws = request.app[WORKSPACE]
    lang = language_of(request)

    def t(key: str, **args: str | int) -> str:
        return ws.translate(lang, key, args or None)

    locale = BABEL_LOCALES.get(lang, "en_GB")

    def number(n: int) -> str:
        """A count as the reader's language writes it (1,200 · 1 200 · 1.200), as Fluent
        writes the counts in messages."""
        return format_decimal(n, locale=locale)

    return {
        "t": t,
        "number": number,
        "lang": lang,
        "languages": [(code, ws.translate(code, "language-name")) for code in LANGUAGES],
        "staff": request.get(STAFF),
        "who": request[DIRECTORY].who if DIRECTORY in request else str,
        "path": request.path_qs,
        "route": request.match_info.route.name,
        "timezone": ws.timezone,
        "has_bot": ws.messenger is not None,
    }


def page(
    request: web.Request, template: str, context: Mapping[str, Any], status: int = 200
) -> web.Response:
    """A rendered page."""
    values = base_context(request) | dict(context)
    return aiohttp_jinja2.render_template(template, request, values, status=status)


def error_page(
    request: web.Request, error: type[web.HTTPException], key: str
) -> web.HTTPException:
    """An HTTP error carrying a short page that says what happened, in the user's language."""
    if request.app[WORKSPACE].messenger is None:
        key = WITHOUT_BOT.get(key, key)  # `intake web` alone: no bot to send /web to
    body = aiohttp_jinja2.render_string(
        "error.html",
        request,
        base_context(request) | {"message_key": key, "status": error.status_code},
    )
    return error(text=body, content_type="text/html")

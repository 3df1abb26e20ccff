"""Pages from templates: the Jinja2 environment (autoescaped) and what every page is given."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web

from admin.web.deps import WORKSPACE
from admin.web.security import DIRECTORY, STAFF, Staff
from admin.web.text import linkify
from dialogs.i18n import LANGUAGES


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else ""


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value is not None else ""


def setup_templates(app: web.Application) -> None:
    """Templates from the package, every value escaped unless marked safe by our own code."""
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("admin.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        default_helpers=False,
    )
    env.filters["linkify"] = linkify
    env.filters["when"] = _when
    env.filters["day"] = _day


def language_of(request: web.Request) -> str:
    staff: Staff | None = request.get(STAFF)
    return staff.language if staff else request.app[WORKSPACE].staff_language


def base_context(request: web.Request) -> dict[str, Any]:
    """What every page is given: the translator in the reader's language, who signed in."""
    ws = request.app[WORKSPACE]
    lang = language_of(request)

    def t(key: str, **args: str | int) -> str:
        return ws.translate(lang, key, args or None)

    return {
        "t": t,
        "lang": lang,
        "languages": [(code, ws.translate(code, "language-name")) for code in LANGUAGES],
        "staff": request.get(STAFF),
        "who": request[DIRECTORY].who if DIRECTORY in request else str,
        "path": request.path_qs,
        "route": request.match_info.route.name,
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
    body = aiohttp_jinja2.render_string(
        "error.html",
        request,
        base_context(request) | {"message_key": key, "status": error.status_code},
    )
    return error(text=body, content_type="text/html")

"""The Guide page: choose the experiences, language and order; keep the order and the
introduction per language; see who is left out and what to check; download DOCX or PDF.

For staff and administrators only (never for any other role the workspace may grow).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Final

from aiohttp import web

from admin.web.deps import WORKSPACE, Workspace
from admin.web.render import error_page, page
from admin.web.security import STAFF, Staff
from dialogs.i18n import LANGUAGES
from guide.compose import GuideChoice, GuideSources, compose_guide
from guide.model import ORDERS, Guide
from guide.options import (
    MEDIA_TYPES,
    STATUSES,
    GuideArgumentError,
    GuideFormat,
    guide_bytes,
    guide_file_name,
    parse_lang,
    parse_order,
    parse_references,
    parse_status,
)
from guide.scores import NoReviewScores
from storage.guide_settings import load_guide_settings, save_introduction, save_order
from storage.triage import record_audit

GUIDE_ROLES: Final = frozenset({"admin", "staff"})
INTRO_LIMIT: Final = 20_000
MANUAL_LIMIT: Final = 2_000  # references in a hand order


def register_guide_routes(router: web.UrlDispatcher) -> None:
    """The Guide page's routes."""
    router.add_get("/guide", guide_page, name="guide")
    router.add_get("/guide.{fmt:docx|pdf}", guide_download, name="guide-download")
    router.add_post("/guide/order", keep_order, name="guide-order")
    router.add_post("/guide/intro", keep_introduction, name="guide-intro")


@dataclass(frozen=True)
class _Asked:
    choice: GuideChoice
    references_text: str


def _allowed(request: web.Request) -> tuple[Workspace, Staff]:
    staff: Staff = request[STAFF]
    if staff.role not in GUIDE_ROLES:
        raise error_page(request, web.HTTPForbidden, "guide-error-staff-only")
    return request.app[WORKSPACE], staff


def _asked(request: web.Request, staff: Staff) -> _Asked:
    """The choices in the query (a wrong one falls back to its default)."""
    query = request.query
    try:
        lang = parse_lang(query.get("lang", staff.language))
    except GuideArgumentError:
        lang = staff.language
    try:
        status = parse_status(query.get("status", "selected"))
    except GuideArgumentError:
        status = "selected"
    text = query.get("references", "")[:MANUAL_LIMIT]
    return _Asked(GuideChoice(lang, status, parse_references(text)), text)


async def _compose(ws: Workspace, choice: GuideChoice) -> Guide:
    sources = GuideSources(
        ws.db,
        ws.questionnaire,
        ws.renderer,
        ws.translate,
        ws.review_scores or NoReviewScores(),
    )
    return await compose_guide(sources, choice, ws.now().date())


async def guide_page(request: web.Request) -> web.Response:
    """The choices, the chapters in order, who is left out and why, what to check."""
    ws, staff = _allowed(request)
    asked = _asked(request, staff)
    guide = await _compose(ws, asked.choice)
    stored = await load_guide_settings(ws.db)
    manual = stored.manual or tuple(c.reference for c in guide.chapters)
    return page(
        request,
        "guide.html",
        {
            "guide": guide,
            "choice": asked.choice,
            "references_text": asked.references_text,
            "statuses": STATUSES,
            "guide_languages": LANGUAGES,
            "orders": ORDERS,
            "order": stored.order,
            "manual": "\n".join(manual),
            "introduction": stored.introductions.get(asked.choice.lang, ""),
            "saved": request.query.get("saved") == "yes",
            "query": request.query_string,
        },
    )


async def guide_download(request: web.Request) -> web.StreamResponse:
    """The guide as DOCX or PDF, for the choices in the query (recorded in the audit log)."""
    ws, staff = _allowed(request)
    fmt: GuideFormat = "pdf" if request.match_info["fmt"] == "pdf" else "docx"
    choice = _asked(request, staff).choice
    guide = await _compose(ws, choice)
    data = await asyncio.to_thread(guide_bytes, guide, fmt)
    await record_audit(
        ws.db, staff.user_id, "guide", ws.now(), detail=f"{fmt} {choice.lang} {choice.status}"
    )
    name = guide_file_name(fmt, choice.lang, ws.now().date())
    return web.Response(
        body=data,
        headers={
            "Content-Type": MEDIA_TYPES[fmt],
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )


async def keep_order(request: web.Request) -> web.StreamResponse:
    """Keep the chapter order: by country, by activity, or by hand."""
    ws, staff = _allowed(request)
    form = await request.post()
    try:
        mode = parse_order(str(form.get("order", "")))
    except GuideArgumentError:
        raise error_page(request, web.HTTPBadRequest, "guide-error-order") from None
    references = parse_references(str(form.get("manual", ""))[: MANUAL_LIMIT * 40])
    await save_order(ws.db, mode, references[:MANUAL_LIMIT], staff.user_id, ws.now())
    raise web.HTTPSeeOther(location=_back(form.get("back")))


async def keep_introduction(request: web.Request) -> web.StreamResponse:
    """Keep the introduction of the guide in one language."""
    ws, staff = _allowed(request)
    form = await request.post()
    try:
        lang = parse_lang(str(form.get("lang", "")))
    except GuideArgumentError:
        raise error_page(request, web.HTTPBadRequest, "guide-error-lang") from None
    text = str(form.get("introduction", "")).replace("\r\n", "\n").strip()[:INTRO_LIMIT]
    await save_introduction(ws.db, lang, text, staff.user_id, ws.now())
    raise web.HTTPSeeOther(location=_back(form.get("back")))


def _back(query: object) -> str:
    """Back to the Guide page with the same choices (only our own query string)."""
    text = query if isinstance(query, str) else ""
    kept = "&".join(p for p in text.split("&") if p and not p.startswith("saved="))
    if any(c in kept for c in "\r\n/\\") or len(kept) > 4000:
        kept = ""
    return "/guide?" + (kept + "&" if kept else "") + "saved=yes"

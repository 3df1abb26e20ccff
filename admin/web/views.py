"""The workspace's pages and actions: thin handlers over storage and the templates.

About 500 lines: one short handler per route, kept together so that the route table, the
session and CSRF checks each handler relies on read in one place.
"""

from __future__ import annotations

import io
import logging
import tempfile
import uuid
from collections.abc import AsyncIterator
from typing import Any, Final
from urllib.parse import quote

from aiohttp import web

from admin.export import ExportTable, Format, TableOptions, export_file_name, write_export
from admin.web.charts import bar_chart
from admin.web.deps import WORKSPACE, Workspace
from admin.web.params import PER_PAGE, QUESTIONNAIRE_STATUSES, parse_list
from admin.web.render import error_page, page
from admin.web.security import COOKIE, STAFF, Staff, csrf_token, resolve_role
from admin.web.text import mailto, tel, url_link
from dialogs.countries import country_name
from dialogs.i18n import LANGUAGES
from dialogs.model import Kind, Question
from storage.maintenance import erase_respondent
from storage.models import TRIAGE_STATUSES
from storage.search import choice_labels, snippets
from storage.submissions import SubmissionRecord, iter_submissions
from storage.triage import add_triage_event, recent_audit, record_audit, set_triage_status
from storage.web_auth import end_session, open_session, redeem_signin, set_session_language
from storage.workspace import (
    SORT_KEYS,
    browse,
    drafts_page,
    find_submission_id,
    overview,
    submission_detail,
)

log = logging.getLogger(__name__)

OUTCOMES: Final = ("selected", "not_selected")  # statuses the respondent may be told about
NOTE_LIMIT: Final = 4000
FLUSH_BYTES: Final = 64 * 1024
EXPORT_PAGE: Final = 1000


def _ws(request: web.Request) -> Workspace:
    return request.app[WORKSPACE]


def _staff(request: web.Request) -> Staff:
    staff: Staff = request[STAFF]
    return staff


def _choices(ws: Workspace, question_id: str) -> tuple[str, ...]:
    if not ws.questionnaire.has_question(question_id):
        return ()
    return ws.questionnaire.question(question_id).choices


def _see_other(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location=location)


def _local(target: str, fallback: str = "/submissions") -> str:
    """A redirect target on this site only (no scheme, no host, no //)."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


# ---- signing in and out ----


async def signin_page(request: web.Request) -> web.Response:
    """The link from /web: a button that uses it (a link preview fetching it uses nothing)."""
    return page(request, "signin.html", {"token": request.match_info["token"]})


async def signin(request: web.Request) -> web.StreamResponse:
    """Redeem the one-time token and open a session; a used or expired link is refused."""
    ws = _ws(request)
    form = await request.post()
    token = form.get("token")
    now = ws.now()
    user_id = await redeem_signin(ws.db, token, now) if isinstance(token, str) else None
    if user_id is None or await resolve_role(ws.db, ws.access, user_id) is None:
        raise error_page(request, web.HTTPForbidden, "ws-signin-refused")
    session = await open_session(ws.db, user_id, now)
    response = _see_other("/")
    response.set_cookie(
        COOKIE, session, httponly=True, samesite="Lax", secure=ws.secure_cookies, path="/"
    )
    return response


async def signout(request: web.Request) -> web.StreamResponse:
    """End the session and forget the cookie."""
    ws = _ws(request)
    await end_session(ws.db, _staff(request).session_token, ws.now())
    response = _see_other("/signed-out")
    response.del_cookie(COOKIE, path="/")
    return response


async def signed_out(request: web.Request) -> web.Response:
    return page(request, "signed_out.html", {})


async def set_language(request: web.Request) -> web.StreamResponse:
    """Switch the workspace's language for this session."""
    form = await request.post()
    lang = form.get("lang")
    if isinstance(lang, str) and lang in LANGUAGES:
        await set_session_language(_ws(request).db, _staff(request).session_token, lang)
    back = form.get("next")
    return _see_other(_local(back if isinstance(back, str) else ""))


async def home(request: web.Request) -> web.StreamResponse:
    return _see_other("/reviews/mine" if _staff(request).is_reviewer else "/submissions")


# ---- the list and its exports ----


async def submissions_list(request: web.Request) -> web.Response:
    """The list: filters, facets, search, sort, pages; every state of it is a URL."""
    ws = _ws(request)
    activities = _choices(ws, "activities")
    wanted = parse_list(request.query, activities, choice_labels(ws.renderer))
    found, counts = await browse(
        ws.db,
        wanted.where,
        activities,
        sort=wanted.sort,
        descending=wanted.descending,
        offset=wanted.offset,
        limit=PER_PAGE,
    )
    pages = max(1, -(-found.total // PER_PAGE))
    shown = [row.id for row in found.rows]
    lang = _staff(request).language
    hits = await snippets(ws.db, shown, wanted.where.search, ws.renderer, lang)
    return page(
        request,
        "list.html",
        {
            "wanted": wanted,
            "found": found,
            "facets": counts,
            "pages": pages,
            "triage_statuses": TRIAGE_STATUSES,
            "questionnaire_statuses": QUESTIONNAIRE_STATUSES,
            "activities": activities,
            "sort_keys": SORT_KEYS,
            "country_name": lambda code: country_name(code, _staff(request).language),
            "activity_name": lambda c: ws.renderer.option(
                "activities", c, _staff(request).language
            ),
            "erased": request.query.get("erased", "")[:32],
            "snippets": hits,
        },
    )


async def export(request: web.Request) -> web.StreamResponse:
    """The current filter as CSV (streamed as it is written) or XLSX (written, then sent)."""
    ws = _ws(request)
    staff = _staff(request)
    fmt: Format = "xlsx" if request.match_info["fmt"] == "xlsx" else "csv"
    wanted = parse_list(request.query, _choices(ws, "activities"), choice_labels(ws.renderer))
    table = ExportTable(ws.questionnaire, ws.renderer, TableOptions(staff.language))
    name = export_file_name(fmt, ws.now())
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8"
            if fmt == "csv"
            else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Content-Disposition": f'attachment; filename="{name}"',
        }
    )
    await record_audit(ws.db, staff.user_id, "export", ws.now(), detail=wanted.url(fmt))
    records = iter_submissions(ws.db, wanted.where, page=EXPORT_PAGE)
    if fmt == "csv":
        await response.prepare(request)
        buffer = io.BytesIO()

        async def flowing() -> AsyncIterator[SubmissionRecord]:
            async for record in records:
                yield record
                if buffer.tell() >= FLUSH_BYTES:
                    await response.write(buffer.getvalue())
                    buffer.seek(0)
                    buffer.truncate()

        await write_export(flowing(), table, buffer, "csv")
        await response.write(buffer.getvalue())
    else:
        # XLSX is a zip whose directory comes last: it is complete only once written.
        with tempfile.TemporaryFile() as spool:
            await write_export(records, table, spool, "xlsx")
            spool.seek(0)
            await response.prepare(request)
            while chunk := spool.read(FLUSH_BYTES):
                await response.write(chunk)
    await response.write_eof()
    return response


# ---- one submission ----


def _answer_html(ws: Workspace, question: Question, value: Any, lang: str) -> Any:
    """One answer for the page: verbatim and escaped; links, e-mails, phones clickable."""
    from admin.web.text import linkify

    if value is None:
        return None
    if question.kind is Kind.EMAIL:
        return mailto(str(value))
    if question.kind is Kind.PHONE:
        return tel(str(value))
    if question.kind is Kind.URL:
        return url_link(str(value))
    if question.kind in (Kind.TEXT, Kind.LONGTEXT):
        return linkify(str(value))
    try:
        return linkify(ws.renderer.answer(question, value, lang))
    except (KeyError, TypeError, AttributeError, ValueError):
        return linkify(str(value))  # stored by another questionnaire version


async def submission(request: web.Request) -> web.Response:
    """Every answer by section, in the staff's language or the respondent's; history; triage."""
    ws = _ws(request)
    staff = _staff(request)
    detail = await submission_detail(ws.db, request.match_info["reference"])
    if detail is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    record = detail.record
    respondent_lang = record.language if record.language in LANGUAGES else staff.language
    in_respondent = request.query.get("labels") == "respondent"
    label_lang = respondent_lang if in_respondent else staff.language
    sections = []
    for section in ws.questionnaire.sections:
        rows = []
        for question in section.questions:
            if not ws.questionnaire.is_shown(question, record.answers):
                continue
            value = record.answers.get(question.id)
            stored = record.attachments.get(question.id)
            rows.append(
                {
                    "id": question.id,
                    "label": ws.renderer.label(question.id, label_lang),
                    "html": _answer_html(ws, question, value, label_lang),
                    "answered": question.id in record.answers,
                    "file": stored if question.kind is Kind.FILE else None,
                }
            )
        sections.append({"title": ws.renderer.section_title(section.id, label_lang), "rows": rows})
    return page(
        request,
        "submission.html",
        {
            "detail": detail,
            "record": record,
            "sections": sections,
            "in_respondent": in_respondent,
            "respondent_lang": respondent_lang,
            "respondent_lang_name": ws.translate(respondent_lang, "language-name"),
            "triage_statuses": TRIAGE_STATUSES,
            "outcomes": OUTCOMES,
            "can_notify": ws.messenger is not None,
            "can_download": ws.fetch_file is not None,
            "title": _title(record),
        },
    )


def _title(record: SubmissionRecord) -> str:
    for key in ("initiative_name", "org_name"):
        value = record.answers.get(key)
        if isinstance(value, str) and value:
            return value
    return record.reference or ""


async def _submission_id(request: web.Request) -> uuid.UUID:
    found = await find_submission_id(_ws(request).db, request.match_info["reference"])
    if found is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    return found


def _back_to(request: web.Request, anchor: str = "") -> web.HTTPSeeOther:
    return _see_other(f"/submissions/{request.match_info['reference']}{anchor}")


async def change_status(request: web.Request) -> web.StreamResponse:
    """Set the triage status; for selected / not selected, optionally tell the respondent."""
    ws = _ws(request)
    staff = _staff(request)
    submission_id = await _submission_id(request)
    form = await request.post()
    status = form.get("status")
    if not isinstance(status, str) or status not in TRIAGE_STATUSES:
        raise error_page(request, web.HTTPBadRequest, "ws-error-triage")
    now = ws.now()
    await set_triage_status(ws.db, submission_id, status, staff.user_id, now)
    note = str(form.get("note") or "").strip()[:NOTE_LIMIT] or None
    if form.get("notify") and status in OUTCOMES and ws.messenger is not None:
        sent = await ws.messenger.notify_outcome(submission_id, status, note)
        if sent:
            await add_triage_event(
                ws.db, submission_id, "notified", staff.user_id, now, note=note, status=status
            )
        else:
            return _see_other(f"/submissions/{request.match_info['reference']}?notice=failed")
    return _back_to(request, "#history")


async def add_note(request: web.Request) -> web.StreamResponse:
    """A free-text note on the submission, with who wrote it and when."""
    ws = _ws(request)
    submission_id = await _submission_id(request)
    form = await request.post()
    note = str(form.get("note") or "").strip()[:NOTE_LIMIT]
    if note:
        await add_triage_event(
            ws.db, submission_id, "note", _staff(request).user_id, ws.now(), note
        )
    return _back_to(request, "#history")


async def erase(request: web.Request) -> web.StreamResponse:
    """Admins only: erase the respondent behind this submission (the same erasure as /delete)."""
    ws = _ws(request)
    staff = _staff(request)
    if not staff.is_admin:
        raise error_page(request, web.HTTPForbidden, "ws-error-admin-only")
    form = await request.post()
    if form.get("confirm") != "yes":
        return _back_to(request, "?erase=confirm#erase")
    reference = request.match_info["reference"]
    detail = await submission_detail(ws.db, reference)
    if detail is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    now = ws.now()
    erased = await erase_respondent(ws.db, detail.record.respondent_id, now)
    if erased is not None and ws.on_erased is not None:
        await ws.on_erased(erased)  # the e-mail copies and digests that name them
    await record_audit(ws.db, staff.user_id, "erase", now, target=reference)
    return _see_other(f"/submissions?erased={reference}")


async def download(request: web.Request) -> web.StreamResponse:
    """A file the respondent sent, fetched through the bot (Telegram keeps the bytes)."""
    ws = _ws(request)
    detail = await submission_detail(ws.db, request.match_info["reference"])
    stored = detail.record.attachments.get(request.match_info["question"]) if detail else None
    if stored is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    if ws.fetch_file is None:
        raise error_page(request, web.HTTPNotFound, "ws-file-unavailable")
    data = await ws.fetch_file(stored.file_id)
    if data is None:
        raise error_page(request, web.HTTPBadGateway, "ws-file-unavailable")
    return web.Response(
        body=data,
        headers={
            "Content-Type": "application/octet-stream",
            "Content-Disposition": _attachment(stored.file_name or "file"),
        },
    )


def _attachment(name: str) -> str:
    """A download's header: an ASCII fallback name and the real one (RFC 6266 / 5987)."""
    plain = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in name
    )
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


# ---- drafts, overview, audit ----


async def drafts(request: web.Request) -> web.Response:
    """Questionnaires in progress: who, where, how far, since when."""
    ws = _ws(request)
    lang = _staff(request).language
    number = request.query.get("page", "1")
    page_no = int(number) if number.isdigit() and 0 < int(number) < 100_000 else 1
    found = await drafts_page(ws.db, offset=(page_no - 1) * PER_PAGE, limit=PER_PAGE)
    return page(
        request,
        "drafts.html",
        {
            "found": found,
            "page_no": page_no,
            "pages": max(1, -(-found.total // PER_PAGE)),
            "stopped_at": lambda phase, current: _stopped_at(ws, lang, phase, current),
            "can_remind": ws.messenger is not None,
            "reminded": request.query.get("reminded", ""),
        },
    )


def _stopped_at(ws: Workspace, lang: str, phase: str | None, current: str | None) -> str:
    if phase in ("question", "other") and current and ws.questionnaire.has_question(current):
        return ws.renderer.label(current, lang)
    return ws.translate(lang, f"ws-phase-{phase or 'unknown'}")


async def remind(request: web.Request) -> web.StreamResponse:
    """Send the respondent of a draft a reminder now."""
    ws = _ws(request)
    if ws.messenger is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    try:
        submission_id = uuid.UUID(request.match_info["draft"])
    except ValueError:
        raise error_page(request, web.HTTPNotFound, "ws-not-found") from None
    sent = await ws.messenger.send_reminder(submission_id)
    await record_audit(
        ws.db,
        _staff(request).user_id,
        "reminder",
        ws.now(),
        target=str(submission_id),
        detail="sent" if sent else "not sent",
    )
    return _see_other("/drafts?reminded=" + ("yes" if sent else "no"))


async def overview_page(request: web.Request) -> web.Response:
    """Submissions by country, activity, setting, month; the funnel; where people stop."""
    ws = _ws(request)
    lang = _staff(request).language
    activities, settings = _choices(ws, "activities"), _choices(ws, "settings")
    numbers = await overview(ws.db, activities, settings)
    t = ws.translate
    unknown = t(lang, "ws-unknown")
    countries = sorted(numbers.by_country.items(), key=lambda kv: (-kv[1], kv[0] or "~"))
    charts = [
        bar_chart(
            t(lang, "ws-chart-country"),
            [(country_name(c, lang) if c else unknown, n) for c, n in countries[:15]],
        ),
        bar_chart(
            t(lang, "ws-chart-activity"),
            [
                (ws.renderer.option("activities", c, lang), numbers.by_activity.get(c, 0))
                for c in activities
            ],
        ),
        bar_chart(
            t(lang, "ws-chart-setting"),
            [
                (ws.renderer.option("settings", c, lang), numbers.by_setting.get(c, 0))
                for c in settings
            ],
        ),
        bar_chart(t(lang, "ws-chart-month"), list(numbers.by_month.items())),
    ]
    funnel = bar_chart(
        t(lang, "ws-chart-funnel"),
        [
            (t(lang, "ws-funnel-consented"), numbers.consented),
            (t(lang, "ws-funnel-started"), numbers.started),
            (t(lang, "ws-funnel-submitted"), numbers.submitted),
        ],
    )
    stops = sorted(numbers.stops.items(), key=lambda kv: -kv[1])
    stops_chart = bar_chart(
        t(lang, "ws-chart-stops"),
        [(_stopped_at(ws, lang, phase, current), n) for (phase, current), n in stops[:20]],
    )
    return page(
        request,
        "overview.html",
        {"charts": charts, "funnel": funnel, "stops": stops_chart, "numbers": numbers},
    )


async def audit(request: web.Request) -> web.Response:
    """Admins only: who signed in and changed what, newest first."""
    if not _staff(request).is_admin:
        raise error_page(request, web.HTTPForbidden, "ws-error-admin-only")
    return page(request, "audit.html", {"entries": await recent_audit(_ws(request).db)})


__all__ = ["csrf_token"]

"""The workspace's pages and actions: thin handlers over storage and the templates.

About 750 lines: one short handler per route, kept together so that the route table, the
session and CSRF checks each handler relies on read in one place; what the list offers from the
questionnaire (facets, columns, answers in words) lives in admin.web.listing.
"""

from __future__ import annotations

import io
import logging
import tempfile
import uuid
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final
from urllib.parse import parse_qsl, quote, urlencode

from aiohttp import web
from multidict import MultiDict

from admin.export import (
    ExportTable,
    Format,
    NotesTable,
    TableOptions,
    export_file_name,
    write_export,
    write_notes_csv,
)
from admin.web.charts import bar_chart
from admin.web.deps import WORKSPACE, Workspace
from admin.web.listing import (
    answer_html,
    cell_words,
    choice_questions,
    column_ids,
    facet_specs,
    filter_labels,
)
from admin.web.params import (
    FACET_PREFIX,
    PER_PAGE,
    QUESTIONNAIRE_STATUSES,
    ListRequest,
    page_number,
    parse_list,
)
from admin.web.render import error_page, page
from admin.web.security import (
    COOKIE,
    DIRECTORY,
    STAFF,
    Staff,
    csrf_token,
    local_target,
    resolve_role,
)
from dialogs.countries import country_name
from dialogs.i18n import LANGUAGES
from dialogs.model import Kind
from reviews.access import as_role
from storage.maintenance import erase_respondent
from storage.models import TRIAGE_STATUSES
from storage.people import CLI_ACTOR
from storage.reminders import last_reminder_sent
from storage.search import choice_labels, snippets
from storage.submissions import SubmissionRecord, iter_notes, iter_submissions, load_submission
from storage.triage import (
    add_triage_event,
    decide,
    recent_audit,
    record_audit,
    set_triage_statuses,
)
from storage.web_auth import end_session, open_session, redeem_signin, set_session_language
from storage.workspace import (
    SORT_KEYS,
    browse,
    draft_record,
    drafts_page,
    find_submission_id,
    neighbours,
    overview,
    references_of,
    submission_detail,
)

log = logging.getLogger(__name__)

OUTCOMES: Final = ("selected", "not_selected")  # statuses the respondent may be told about
NOTE_LIMIT: Final = 4000
PERSON_ACTIONS: Final = ("person_added", "person_changed")
NOTES_EXPORT: Final = "notes:"  # an audit detail's prefix for a download of the notes alone
BULK_LIMIT: Final = 500  # submissions one bulk triage may change (a page holds 50)
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


def _wanted(request: web.Request, query: Mapping[str, str] | None = None) -> ListRequest:
    """The list's filter, sort, facets and columns from a URL's parameters."""
    ws = _ws(request)
    return parse_list(
        request.query if query is None else query,
        _choices(ws, "activities"),
        choice_labels(ws.renderer),
        facets=facet_specs(ws),
        columns=column_ids(ws),
    )


def _see_other(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location=location)


def _local(target: str, fallback: str = "/submissions") -> str:
    """A redirect target on this site only (see security.local_target)."""
    return local_target(target, fallback)


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
    lang = _staff(request).language
    activities = _choices(ws, "activities")
    wanted = _wanted(request)
    questions = choice_questions(ws)
    found, counts = await browse(
        ws.db,
        wanted.where,
        activities,
        sort=wanted.sort,
        descending=wanted.descending,
        offset=wanted.offset,
        limit=PER_PAGE,
        questions=questions,
    )
    pages = max(1, -(-found.total // PER_PAGE))
    hits = snippets(
        {row.id: row.answers for row in found.rows}, wanted.where.search, ws.renderer, lang
    )
    return page(
        request,
        "list.html",
        {
            "facet_questions": [
                {
                    "id": q.id,
                    "label": ws.renderer.label(q.id, lang),
                    "choices": [
                        (c, ws.renderer.option(q.id, c, lang), counts.choices[q.id].get(c, 0))
                        for c in q.choices
                    ],
                }
                for q in questions
                # A question nobody in the list answered has nothing to refine by.
                if any(counts.choices[q.id].values())
                or any(qid == q.id for qid, _ in wanted.chosen)
            ],
            "chosen_labels": [
                (
                    ws.renderer.label(qid, lang),
                    ws.renderer.option(qid, choice, lang),
                    wanted.with_choice("/submissions", qid, choice),
                )
                for qid, choice in wanted.chosen
            ],
            "all_columns": [
                (q.id, ws.renderer.label(q.id, lang)) for q in ws.questionnaire.questions()
            ],
            "column_label": lambda qid: ws.renderer.label(qid, lang),
            "cell": lambda qid, value: cell_words(ws, qid, value, lang),
            "done": request.query.get("done", "")[:16],
            "changed": request.query.get("changed", "")[:8],
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
    """The current filter as CSV (streamed as it is written) or XLSX (written, then sent;
    staff's notes in a second sheet); `notes=1` gives the notes alone as CSV."""
    ws = _ws(request)
    staff = _staff(request)
    fmt: Format = "xlsx" if request.match_info["fmt"] == "xlsx" else "csv"
    only_notes = fmt == "csv" and request.query.get("notes") == "1"
    wanted = _wanted(request)
    # Staff named as on the pages (storage.people), their Telegram id otherwise.
    who = request[DIRECTORY].who if DIRECTORY in request else str
    options = TableOptions(staff.language, actor_name=who)
    table = ExportTable(ws.questionnaire, ws.renderer, options)
    name = export_file_name(fmt, ws.now())
    if only_notes:
        name = name.replace("cecops-export-", "cecops-notes-")
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8"
            if fmt == "csv"
            else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Content-Disposition": f'attachment; filename="{name}"',
        }
    )
    detail = (NOTES_EXPORT if only_notes else "") + wanted.url(fmt)
    await record_audit(ws.db, staff.user_id, "export", ws.now(), detail=detail)
    records = iter_submissions(ws.db, wanted.where, page=EXPORT_PAGE)
    if only_notes:
        await response.prepare(request)
        buffer = io.BytesIO()
        await write_notes_csv(
            iter_notes(ws.db, wanted.where), NotesTable(ws.renderer, options), buffer
        )
        await response.write(buffer.getvalue())
    elif fmt == "csv":
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
            notes = iter_notes(ws.db, wanted.where)
            await write_export(records, table, spool, "xlsx", notes=notes)
            spool.seek(0)
            await response.prepare(request)
            while chunk := spool.read(FLUSH_BYTES):
                await response.write(chunk)
    await response.write_eof()
    return response


# ---- one submission ----


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
    wanted = _wanted(request)
    before, after, position, total = await neighbours(
        ws.db, wanted.where, wanted.sort, wanted.descending, record.reference or ""
    )
    back = wanted.query_string
    return page(
        request,
        "submission.html",
        {
            "sections": _sections(ws, record, label_lang),
            "back": back,
            "list_url": "/submissions" + (f"?{back}" if back else ""),
            "before": before,
            "after": after,
            "position": position,
            "total": total,
            "saved": request.query.get("saved", "")[:16],
            "detail": detail,
            "record": record,
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


def _sections(ws: Workspace, record: SubmissionRecord, lang: str) -> list[dict[str, Any]]:
    """The answers by section, as the page shows them (questions skip logic hid are left out)."""
    sections = []
    for section in ws.questionnaire.sections:
        rows = []
        for question in section.questions:
            if question.kind is Kind.NOTE or not ws.questionnaire.is_shown(
                question, record.answers
            ):
                continue  # a note is a text shown, not an answer
            value = record.answers.get(question.id)
            stored = record.attachments.get(question.id)
            rows.append(
                {
                    "id": question.id,
                    "label": ws.renderer.label(question.id, lang),
                    "html": answer_html(ws, question, value, lang),
                    "answered": question.id in record.answers,
                    "file": stored if question.kind is Kind.FILE else None,
                }
            )
        sections.append({"title": ws.renderer.section_title(section.id, lang), "rows": rows})
    return sections


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


def _list_query(request: web.Request, form: Mapping[str, Any]) -> str:
    """The list's parameters a form carried back (re-read, so only known ones pass)."""
    back = form.get("back")
    if not isinstance(back, str):
        return ""
    return _wanted(request, MultiDict(parse_qsl(back[:2000]))).query_string


async def change_status(request: web.Request) -> web.StreamResponse:
    """Save a decision at once: the status, an optional note for staff and, for selected /
    not selected, optionally a message to the respondent; then back to the same submission."""
    ws = _ws(request)
    staff = _staff(request)
    submission_id = await _submission_id(request)
    form = await request.post()
    status = form.get("status")
    if not isinstance(status, str) or status not in TRIAGE_STATUSES:
        raise error_page(request, web.HTTPBadRequest, "ws-error-triage")
    now = ws.now()
    note = str(form.get("note") or "").strip()[:NOTE_LIMIT] or None
    await decide(ws.db, submission_id, status, note, staff.user_id, now)
    outcome = "saved"
    if form.get("notify") and status in OUTCOMES and ws.messenger is not None:
        message = str(form.get("message") or "").strip()[:NOTE_LIMIT] or None
        if await ws.messenger.notify_outcome(submission_id, status, message):
            await add_triage_event(
                ws.db, submission_id, "notified", staff.user_id, now, note=message, status=status
            )
            outcome = "notified"
        else:
            outcome = "not-notified"
    back = _list_query(request, form)
    query = f"{back}&saved={outcome}" if back else f"saved={outcome}"
    return _back_to(request, f"?{query}")


async def bulk_status(request: web.Request) -> web.StreamResponse:
    """Bulk triage: one status for the ticked submissions of the list (one audit entry each)."""
    ws = _ws(request)
    form = await request.post()
    status = form.get("status")
    if not isinstance(status, str) or status not in TRIAGE_STATUSES:
        raise error_page(request, web.HTTPBadRequest, "ws-error-triage")
    references = [r for r in form.getall("ref", []) if isinstance(r, str)][:BULK_LIMIT]
    ids = [found for r in references if (found := await find_submission_id(ws.db, r))]
    changed = await set_triage_statuses(ws.db, ids, status, _staff(request).user_id, ws.now())
    back = _list_query(request, form)
    done = f"done=bulk&changed={changed}"
    return _see_other("/submissions?" + (f"{back}&{done}" if back else done))


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
    page_no = page_number(request.query.get("page", "1"))
    found = await drafts_page(ws.db, offset=(page_no - 1) * PER_PAGE, limit=PER_PAGE)
    return page(
        request,
        "drafts.html",
        {
            "found": found,
            "page_no": page_no,
            "pages": max(1, -(-found.total // PER_PAGE)),
            "stopped_at": lambda phase, current: _stopped_at(ws, lang, phase, current),
            "country_name": lambda code: country_name(code, lang),
            "can_remind": ws.messenger is not None,
            "reminded": request.query.get("reminded", ""),
            "last_reminder": _moment(request.query.get("last", "")),
        },
    )


def _moment(text: str) -> datetime | None:
    """A UTC time from a URL (YYYY-MM-DDTHH:MM), None if it is not one."""
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC)
    except ValueError:
        return None


async def draft(request: web.Request) -> web.Response:
    """A questionnaire in progress, read-only: where it stands and the answers so far."""
    ws = _ws(request)
    lang = _staff(request).language
    try:
        draft_id = uuid.UUID(request.match_info["draft"])
    except ValueError:
        raise error_page(request, web.HTTPNotFound, "ws-not-found") from None
    found = await draft_record(ws.db, draft_id)
    record = await load_submission(ws.db, draft_id) if found is not None else None
    if found is None or record is None:
        raise error_page(request, web.HTTPNotFound, "ws2-draft-gone")
    sections = [s for s in _sections(ws, record, lang) if any(r["answered"] for r in s["rows"])]
    for section in sections:
        section["rows"] = [r for r in section["rows"] if r["answered"]]
    return page(
        request,
        "draft.html",
        {
            "d": found,
            "sections": sections,
            "stopped": _stopped_at(ws, lang, found.phase, found.current),
            "country_name": lambda code: country_name(code, lang),
            "can_download": False,
            "record": record,
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
    if sent:
        return _see_other("/drafts?reminded=yes")
    # Not sent: one reminder per REMINDER_AFTER, opted out, blocked... say when the last went.
    last = await last_reminder_sent(ws.db, submission_id)
    when = f"&last={last.astimezone(UTC):%Y-%m-%dT%H:%M}" if last is not None else ""
    return _see_other("/drafts?reminded=no" + when)


async def overview_page(request: web.Request) -> web.Response:
    """Submissions by country, activity, setting, month; the funnel; where people stop."""
    ws = _ws(request)
    lang = _staff(request).language
    activities, settings = _choices(ws, "activities"), _choices(ws, "settings")
    numbers = await overview(ws.db, activities, settings)
    t = ws.translate
    unknown = t(lang, "ws-unknown")
    countries = sorted(numbers.by_country.items(), key=lambda kv: (-kv[1], kv[0] or "~"))

    def facet(question: str, choice: str) -> str:
        return "/submissions?" + urlencode({FACET_PREFIX + question: choice})

    charts = [
        bar_chart(
            t(lang, "ws-chart-country"),
            [
                (country_name(c, lang), n, "/submissions?" + urlencode({"country": c}))
                if c
                else (unknown, n, None)
                for c, n in countries[:15]
            ],
        ),
        bar_chart(
            t(lang, "ws-chart-activity"),
            [
                (
                    ws.renderer.option("activities", c, lang),
                    numbers.by_activity.get(c, 0),
                    facet("activities", c),
                )
                for c in activities
            ],
        ),
        bar_chart(
            t(lang, "ws-chart-setting"),
            [
                (
                    ws.renderer.option("settings", c, lang),
                    numbers.by_setting.get(c, 0),
                    facet("settings", c),
                )
                for c in settings
            ],
        ),
        bar_chart(
            t(lang, "ws-chart-month"),
            [(month, n, _month_link(month)) for month, n in numbers.by_month.items()],
        ),
    ]
    funnel = bar_chart(
        t(lang, "ws-chart-funnel"),
        [
            (t(lang, "ws-funnel-consented"), numbers.consented, None),
            (t(lang, "ws-funnel-started"), numbers.started, "/submissions?status=all"),
            (t(lang, "ws-funnel-submitted"), numbers.submitted, "/submissions"),
        ],
    )
    stops = sorted(numbers.stops.items(), key=lambda kv: -kv[1])
    stops_chart = bar_chart(
        t(lang, "ws-chart-stops"),
        [
            (_stopped_at(ws, lang, phase, current), n, "/drafts")
            for (phase, current), n in stops[:20]
        ],
    )
    return page(
        request,
        "overview.html",
        {"charts": charts, "funnel": funnel, "stops": stops_chart, "numbers": numbers},
    )


def _month_link(month: str) -> str | None:
    """The list of one month's submissions ("2026-03" → since the 1st, until the last day)."""
    try:
        first = date.fromisoformat(month + "-01")
    except ValueError:
        return None
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return "/submissions?" + urlencode({"since": first.isoformat(), "until": last.isoformat()})


async def audit(request: web.Request) -> web.Response:
    """Admins only: who signed in and changed what, newest first."""
    if not _staff(request).is_admin:
        raise error_page(request, web.HTTPForbidden, "ws-error-admin-only")
    ws = _ws(request)
    lang = _staff(request).language
    entries = await recent_audit(ws.db)
    ids = {e.target: found for e in entries if e.target and (found := _uuid(e.target))}
    references = await references_of(ws.db, list(set(ids.values())))
    people = request[DIRECTORY]
    rows = []
    for e in entries:
        target_id = ids.get(e.target or "")
        target = _audit_target(e.target, target_id, references)
        detail = _audit_detail(request, lang, e.action, e.detail)
        if e.action in PERSON_ACTIONS and e.target and e.target.isdigit():
            # A person by name, and their role in words (stored: the id, "reviewer, inactive").
            target = {"text": people.who(int(e.target))}
            role, _, inactive = (e.detail or "").partition(", ")
            detail = [ws.translate(lang, f"people-role-{role}")] if as_role(role) else detail
            if inactive:
                detail.append(ws.translate(lang, "people-deactivated-short"))
        rows.append(
            {
                "at": e.at,
                "actor": ws.translate(lang, "people-cli-actor")
                if e.actor_id == CLI_ACTOR
                else people.who(e.actor_id),
                "action": e.action,
                "target": target,
                "detail": detail,
            }
        )
    return page(request, "audit.html", {"entries": rows})


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _audit_target(
    target: str | None, target_id: uuid.UUID | None, references: Mapping[uuid.UUID, str | None]
) -> dict[str, str] | None:
    """What an audit line is about: a submission's reference (a link), a draft, or gone."""
    if target is None:
        return None
    if target_id is None:
        return {"text": target}  # a reference already (an erasure names what it erased)
    if target_id not in references:
        return {"key": "ws2-audit-gone"}
    reference = references[target_id]
    if reference is None:
        return {"key": "ws2-audit-draft", "href": f"/drafts/{target_id}"}
    return {"text": reference, "href": f"/submissions/{reference}"}


def _audit_detail(request: web.Request, lang: str, action: str, detail: str | None) -> list[str]:
    """An audit line's detail in words: a status change, an export's filter as labels."""
    ws = _ws(request)
    t = ws.translate
    if not detail:
        return []
    if action == "status" and " -> " in detail:
        old, new = detail.split(" -> ", 1)
        if old in TRIAGE_STATUSES and new in TRIAGE_STATUSES:
            return [
                t(
                    lang,
                    "ws2-audit-status-change",
                    {"old": t(lang, f"ws-triage-{old}"), "new": t(lang, f"ws-triage-{new}")},
                )
            ]
    if action == "reminder" and detail in ("sent", "not sent"):
        key = "ws2-audit-reminder-sent" if detail == "sent" else "ws2-audit-reminder-not-sent"
        return [t(lang, key)]
    if action == "export":
        fmt, _, query = detail.removeprefix(NOTES_EXPORT).partition("?")
        kind = "XLSX" if fmt.endswith("xlsx") else "CSV"
        if detail.startswith(NOTES_EXPORT):
            kind = t(lang, "ws2-audit-export-notes")
        wanted = _wanted(request, MultiDict(parse_qsl(query)))
        labels = filter_labels(ws, wanted, lang)
        return [kind, *(labels or [t(lang, "ws2-audit-export-all")])]
    return [detail]


__all__ = ["csrf_token"]

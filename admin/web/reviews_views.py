"""The partners' evaluation in the workspace: rounds, assignment, "My reviews", the review page
beside the experience, the ranking with decisions, and its download.

Who may open what is decided in `reviews.access` (routes in the session middleware; whose
review and which answers here, through the same functions).
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import replace
from datetime import UTC, datetime, time
from typing import Any, Final
from zoneinfo import ZoneInfo

from aiohttp import web

from admin.review_rounds import (
    DEFAULT_REVIEWERS,
    RankedExperience,
    bulk_plan,
    experience_table,
    export_name,
    ranked,
    ranking_page,
    review_table,
    with_records,
    write_round,
)
from admin.web.deps import WORKSPACE, Workspace
from admin.web.listing import answer_html
from admin.web.render import error_page, page
from admin.web.security import DIRECTORY, STAFF, Staff
from dialogs.countries import country_name
from dialogs.i18n import LANGUAGES
from dialogs.model import Kind
from reviews.access import (
    Role,
    may_edit_review,
    may_open_review,
    may_see_answer,
    may_see_confidential,
    may_see_others,
)
from reviews.assign import Experience, Reviewer, conflict
from storage.models import TRIAGE_STATUSES
from storage.people import Directory
from storage.reviews import (
    RankingAsk,
    ReviewRecord,
    Round,
    add_assignments,
    create_round,
    declare_conflict,
    experience_facts,
    find_record,
    find_round,
    reviewer_records,
    round_countries,
    round_list,
    round_records,
    save_review,
    set_deadline,
)
from storage.submissions import SubmissionRecord, load_submission
from storage.triage import add_triage_event, record_audit, set_triage_status
from storage.workspace import find_submission_id

COMMENT_LIMIT: Final = 4000
REFERENCE: Final = re.compile(r"[A-Z0-9][A-Z0-9-]{0,39}")
DECISIONS: Final = ("selected", "not_selected", "on_hold")
OUTCOMES: Final = ("selected", "not_selected")  # the decisions a respondent may be told
# Rows of the ranking per page (as many as the list): a round of 10,000 experiences laid out at
# once was seconds of rendering and megabytes for the browser; the best come first.
RANKING_PAGE: Final = 50


def _ws(request: web.Request) -> Workspace:
    return request.app[WORKSPACE]


def _staff(request: web.Request) -> Staff:
    staff: Staff = request[STAFF]
    return staff


def _people(request: web.Request) -> Directory:
    found: Directory = request[DIRECTORY]
    return found


def _int(text: str | None) -> int | None:
    return (
        int(text)
        if text is not None and text.isascii() and text.isdigit() and len(text) < 12
        else None
    )


async def _round(request: web.Request) -> Round:
    found = await find_round(_ws(request).db, round_id=_int(request.match_info["round"]) or -1)
    if found is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    return found


# ---- rounds (staff) ----


async def rounds_page(request: web.Request) -> web.Response:
    """Every round with its counts; admins open new ones."""
    return page(
        request,
        "reviews_rounds.html",
        {"rounds": await round_list(_ws(request).db), "error": request.query.get("error", "")},
    )


def _deadline(text: str, zone: str) -> datetime | None:
    """A day from a date field as the end of that day where staff are (STAFF_TIMEZONE: the
    pages show that day back, not the next one), in UTC; None if it is not a date."""
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return None
    return datetime.combine(day, time(23, 59, 59), tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def create_round_action(request: web.Request) -> web.StreamResponse:
    """Admins: open a round with a name and a deadline (the end of that day in STAFF_TIMEZONE)."""
    ws = _ws(request)
    form = await request.post()
    name = str(form.get("name") or "").strip()[:200]
    deadline = _deadline(str(form.get("deadline") or ""), ws.timezone)
    if not name or deadline is None:
        raise web.HTTPSeeOther("/reviews?error=invalid")
    new_id = await create_round(ws.db, name, deadline, _staff(request).user_id, ws.now())
    if new_id is None:
        raise web.HTTPSeeOther("/reviews?error=taken")
    raise web.HTTPSeeOther(f"/reviews/rounds/{new_id}")


SORTS: Final = ("reference", "title", "country", "language", "in", "overall", "spread", "decision")


def _sort_keys(ws: Workspace) -> tuple[str, ...]:
    form = ws.review_form
    return (
        *SORTS,
        *(f"mean-{c}" for c in form.ids),
        *(f"rec-{r.id}" for r in form.recommendations),
    )


async def round_page(request: web.Request) -> web.Response:
    """The ranking: reviews in and expected, means, spread, disagreement, recommendations,
    decisions; assignment in bulk or one by one; declared conflicts with their reasons."""
    ws = _ws(request)
    lang = _staff(request).language
    round_ = await _round(request)
    people = _people(request)
    reviewing = frozenset(p.user_id for p in people.reviewers())
    wanted_status = request.query.get("decision", "")
    wanted_country = request.query.get("country", "").upper()[:2]
    wanted_language = request.query.get("language", "")
    sort = request.query.get("sort", "overall")
    if sort not in _sort_keys(ws):
        sort = "overall"
    descending = request.query.get("dir", "desc" if sort == "overall" else "asc") == "desc"
    page_no = max(_int(request.query.get("page")) or 1, 1)
    ask = RankingAsk(
        sort=sort,
        descending=descending,
        language=wanted_language if wanted_language in LANGUAGES else None,
        triage=wanted_status if wanted_status in TRIAGE_STATUSES else None,
        country=wanted_country or None,
        offset=(page_no - 1) * RANKING_PAGE,
        limit=RANKING_PAGE,
    )
    rows, matching = await ranking_page(ws.db, ws.review_form, round_, reviewing, ask)
    pages = max(1, -(-matching // RANKING_PAGE))
    if page_no > pages:  # past the end (the list shrank): the last page
        page_no = pages
        ask = replace(ask, offset=(pages - 1) * RANKING_PAGE)
        rows, matching = await ranking_page(ws.db, ws.review_form, round_, reviewing, ask)
    shown = await with_records(ws.db, round_, rows)
    countries = await round_countries(ws.db, round_.id)
    return page(
        request,
        "reviews_ranking.html",
        {
            "round": round_,
            "open": round_.open_at(ws.now()),
            "rows": shown,
            "page_no": page_no,
            "pages": pages,
            "page_url": lambda n: str(request.rel_url.update_query(page=n)),
            "form": ws.review_form,
            "sort": sort,
            "descending": descending,
            "reviewers": people.reviewers(),
            "reviewing": reviewing,
            "decisions": DECISIONS,
            "triage_statuses": TRIAGE_STATUSES,
            "wanted_status": wanted_status,
            "wanted_country": wanted_country,
            "wanted_language": wanted_language,
            "countries": [(c, country_name(c, lang)) for c in countries],
            "country_name": lambda code: country_name(code, lang) if code else "—",
            "can_notify": ws.messenger is not None,
            "default_reviewers": DEFAULT_REVIEWERS,
            "notice": request.query.get("notice", "")[:32],
            "counts": _counts(request.query.get("notice", "")),
            "short": ", ".join(  # references only: a crafted link cannot put words here
                r
                for r in request.query.get("short", "")[:400].split(",")
                if REFERENCE.fullmatch(r)
            ),
            "sort_url": lambda key: _sort_url(request, key, sort, descending),
            "fmt": lambda v: _mean(v, lang),
        },
    )


def _mean(value: float | None, lang: str) -> str:
    """A mean as its reader writes numbers: 3.67 in English, 3,67 in French, Italian and
    Lithuanian."""
    if value is None:
        return "—"
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def _counts(notice: str) -> list[int]:
    """decided-N-T-F: decided, told, could not be told."""
    return [int(n) for n in notice.split("-")[1:4] if n.isdigit() and len(n) < 6]


def _sort_url(request: web.Request, key: str, sort: str, descending: bool) -> str:
    query = {k: v for k, v in request.query.items() if k not in ("sort", "dir", "page")}
    query["sort"] = key
    query["dir"] = "asc" if key == sort and descending else "desc"
    return str(request.rel_url.with_query(query))


async def deadline_action(request: web.Request) -> web.StreamResponse:
    """Admins: move the round's deadline (a reviewer asked for more time, or reopen it)."""
    ws = _ws(request)
    round_ = await _round(request)
    form = await request.post()
    deadline = _deadline(str(form.get("deadline") or ""), ws.timezone)
    back = f"/reviews/rounds/{round_.id}"
    if deadline is None:
        raise web.HTTPSeeOther(f"{back}?notice=deadline-invalid")
    await set_deadline(ws.db, round_.id, deadline, _staff(request).user_id, ws.now())
    raise web.HTTPSeeOther(f"{back}?notice=deadline-moved")


async def assign_action(request: web.Request) -> web.StreamResponse:
    """Assign in bulk (every submitted experience gets N reviewers) or one experience to one
    reviewer; conflicts are refused either way, and so is a closed round (nobody could write
    those reviews)."""
    ws = _ws(request)
    round_ = await _round(request)
    form = await request.post()
    people = _people(request)
    back = f"/reviews/rounds/{round_.id}"
    if not round_.open_at(ws.now()):
        raise web.HTTPSeeOther(f"{back}?notice=closed")
    if form.get("bulk"):
        wanted = _int(str(form.get("count") or "")) or DEFAULT_REVIEWERS
        pairs, short = await bulk_plan(ws.db, round_, people, min(wanted, 10))
        added = await add_assignments(ws.db, round_.id, pairs, _staff(request).user_id, ws.now())
        suffix = f"&short={','.join(short)}" if short else ""
        raise web.HTTPSeeOther(f"{back}?notice=assigned-{added}{suffix}")
    reference = str(form.get("reference") or "").strip().upper()[:64]  # as typed: cecops-x
    reviewer_id = _int(str(form.get("reviewer") or ""))
    submission_id = await find_submission_id(ws.db, reference) if reference else None
    person = people.people.get(reviewer_id or -1)
    if submission_id is None or person is None or person.role != "reviewer" or not person.active:
        raise web.HTTPSeeOther(f"{back}?notice=unknown")
    fact = (await experience_facts(ws.db, [submission_id])).get(submission_id)
    declined = {
        r.reviewer_id
        for r in await round_records(ws.db, round_.id, submission_ids=[submission_id])
        if r.conflict_at is not None
    }
    if fact is None or conflict(
        Reviewer(person.user_id, person.country, person.organisation, frozenset(person.reads)),
        Experience(
            reference,
            fact.country,
            fact.organisation,
            fact.language,
            frozenset(),
            frozenset(declined),
        ),
    ):
        raise web.HTTPSeeOther(f"{back}?notice=conflict")
    detail = f"{reference}: {people.who(person.user_id)}"
    added = await add_assignments(
        ws.db,
        round_.id,
        [(submission_id, person.user_id, detail)],
        _staff(request).user_id,
        ws.now(),
    )
    raise web.HTTPSeeOther(f"{back}?notice=assigned-{added}")


async def decide_action(request: web.Request) -> web.StreamResponse:
    """Set the decision of one experience or of the ticked rows, optionally telling each
    respondent (selected / not selected) through the bot."""
    ws = _ws(request)
    round_ = await _round(request)
    form = await request.post()
    decision = str(form.get("decision") or "")
    if decision not in DECISIONS:
        raise error_page(request, web.HTTPBadRequest, "ws-error-triage")
    wanted = {str(v) for v in form.getall("ref", [])}
    everything = await ranked(ws.db, ws.review_form, round_, records=False)
    rows = [r for r in everything if r.facts.reference in wanted]
    actor, now = _staff(request).user_id, ws.now()
    note = str(form.get("note") or "").strip()[:COMMENT_LIMIT] or None
    told = failed = 0
    for row in rows:
        sid = row.facts.submission_id
        await set_triage_status(ws.db, sid, decision, actor, now)
        if form.get("notify") and decision in OUTCOMES and ws.messenger is not None:
            if await ws.messenger.notify_outcome(sid, decision, note):
                await add_triage_event(
                    ws.db, sid, "notified", actor, now, note=note, status=decision
                )
                told += 1
            else:
                failed += 1
    notice = f"decided-{len(rows)}-{told}-{failed}"
    raise web.HTTPSeeOther(f"/reviews/rounds/{round_.id}?notice={notice}")


async def export_round(request: web.Request) -> web.StreamResponse:
    """The ranking and every review as CSV or XLSX (confidential comments: staff only)."""
    ws = _ws(request)
    staff = _staff(request)
    round_ = await _round(request)
    fmt = "xlsx" if request.match_info["fmt"] == "xlsx" else "csv"
    people = _people(request)
    rows = await ranked(ws.db, ws.review_form, round_, {p.user_id for p in people.reviewers()})
    body = round_export(ws, rows, staff.language, people, fmt, may_see_confidential(staff.role))
    await record_audit(ws.db, staff.user_id, "reviews_export", ws.now(), target=round_.name[:64])
    media = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = export_name(round_, fmt, ws.now())
    return web.Response(
        body=body,
        headers={"Content-Type": media, "Content-Disposition": f'attachment; filename="{name}"'},
    )


def round_export(
    ws: Workspace,
    rows: list[RankedExperience],
    lang: str,
    people: Directory,
    fmt: str,
    confidential: bool,
) -> bytes:
    def t(key: str) -> str:
        return ws.translate(lang, key)

    head, body = experience_table(rows, ws.review_form, lang, t)
    rhead, rbody = review_table(rows, ws.review_form, lang, t, people, confidential)
    out = io.BytesIO()
    write_round(
        out,
        fmt,
        [(t("reviews-sheet-ranking"), head, body), (t("reviews-sheet-reviews"), rhead, rbody)],
    )
    return out.getvalue()


# ---- reviewers ----


async def my_reviews(request: web.Request) -> web.Response:
    """The signed-in reviewer's assignments: assigned, in progress, submitted, with deadlines."""
    ws = _ws(request)
    staff = _staff(request)
    records = await reviewer_records(ws.db, staff.user_id)
    facts = await experience_facts(ws.db, {r.submission_id for r in records})
    rounds: dict[int, Round] = {}
    for r in records:
        if r.round_id not in rounds:
            found = await find_round(ws.db, round_id=r.round_id)
            if found is not None:
                rounds[r.round_id] = found
    items = [
        {"record": r, "facts": facts.get(r.submission_id), "round": rounds.get(r.round_id)}
        for r in records
        if r.submission_id in facts
    ]
    declared = request.query.get("declared") == "yes"
    return page(
        request, "reviews_mine.html", {"items": items, "now": ws.now(), "declared": declared}
    )


async def _assignment(request: web.Request) -> ReviewRecord:
    """The assignment of the URL, if this person may open it (403 otherwise, 404 if none)."""
    ws = _ws(request)
    staff = _staff(request)
    record = await find_record(ws.db, _int(request.match_info["assignment"]) or -1)
    if record is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    if not may_open_review(staff.role, staff.user_id, record.reviewer_id):
        raise error_page(request, web.HTTPForbidden, "reviews-error-not-yours")
    if staff.is_reviewer and record.conflict_at is not None:
        raise error_page(request, web.HTTPForbidden, "reviews-error-not-yours")
    return record


def _answers(
    ws: Workspace, record: SubmissionRecord, label_lang: str, role: Role
) -> list[dict[str, Any]]:
    """The experience's answers by section, verbatim, without what this role may not see."""
    sections = []
    for section in ws.questionnaire.sections:
        rows = []
        for question in section.questions:
            if not ws.questionnaire.is_shown(question, record.answers):
                continue
            if not may_see_answer(role, question.id, ws.review_form.contact_details):
                continue
            if question.kind is Kind.FILE:
                continue  # files stay with staff (they may carry names and contacts)
            # In words, as on the submission page ("not applicable", choices, other).
            html = answer_html(ws, question, record.answers.get(question.id), label_lang)
            rows.append(
                {
                    "id": question.id,
                    "label": ws.renderer.label(question.id, label_lang),
                    "html": html,
                }
            )
        if rows:
            sections.append(
                {"title": ws.renderer.section_title(section.id, label_lang), "rows": rows}
            )
    return sections


def _version(record: ReviewRecord) -> str:
    """What the form was drawn from: a save from an older copy (another tab) is caught."""
    return record.updated_at.isoformat() if record.updated_at is not None else ""


async def review_page(
    request: web.Request,
    errors: list[str] | None = None,
    sent: dict[str, Any] | None = None,
    stale: bool = False,
) -> web.Response:
    """The experience (reviewer's language, one click to the respondent's) beside the form;
    the other reviews once one's own is submitted (staff: always)."""
    ws = _ws(request)
    staff = _staff(request)
    record = await _assignment(request)
    round_ = await find_round(ws.db, round_id=record.round_id)
    submission = await load_submission(ws.db, record.submission_id)
    if round_ is None or submission is None:
        raise error_page(request, web.HTTPNotFound, "ws-not-found")
    respondent_lang = submission.language if submission.language in LANGUAGES else staff.language
    in_respondent = request.query.get("labels") == "respondent"
    label_lang = respondent_lang if in_respondent else staff.language
    others: list[ReviewRecord] = []
    see_others = may_see_others(staff.role, record.submitted_at is not None)
    if see_others:
        others = [
            r
            for r in await round_records(
                ws.db, record.round_id, submission_ids=[record.submission_id]
            )
            if r.assignment_id != record.assignment_id
            and r.conflict_at is None
            and r.submitted_at is not None
        ]
    editable = may_edit_review(staff.user_id, record.reviewer_id, round_.open_at(ws.now()))
    values = sent or {
        "scores": record.scores,
        "comments": record.comments,
        "recommendation": record.recommendation,
        "confidential": record.confidential or "",
    }
    title = submission.answers.get("initiative_name") or submission.reference
    return page(
        request,
        "review.html",
        {
            "record": record,
            "round": round_,
            "reference": submission.reference,
            "title": title,
            "sections": _answers(ws, submission, label_lang, staff.role),
            "in_respondent": in_respondent,
            "respondent_lang_name": ws.translate(respondent_lang, "language-name"),
            "form": ws.review_form,
            "values": values,
            "editable": editable,
            "others": others,
            "see_others": see_others,
            "show_confidential": may_see_confidential(staff.role),
            "errors": errors or [],
            "saved": request.query.get("saved", "")[:16],
            "mine": staff.user_id == record.reviewer_id,
            "version": _version(record),
            "stale": stale,
        },
        status=409 if stale else 400 if errors else 200,
    )


async def review_get(request: web.Request) -> web.Response:
    return await review_page(request)


async def review_save(request: web.Request) -> web.StreamResponse:
    """Keep the review: a draft on every save; submitted when asked and every criterion is
    scored; changes after the deadline are refused."""
    ws = _ws(request)
    staff = _staff(request)
    record = await _assignment(request)
    round_ = await find_round(ws.db, round_id=record.round_id)
    if staff.user_id != record.reviewer_id:
        # Staff read every review but write none: saying "the round is closed" would mislead.
        raise error_page(request, web.HTTPForbidden, "reviews-error-not-yours")
    if round_ is None or not may_edit_review(
        staff.user_id, record.reviewer_id, round_.open_at(ws.now())
    ):
        raise error_page(request, web.HTTPForbidden, "reviews-error-closed")
    form = await request.post()
    rf = ws.review_form
    scores: dict[str, int] = {}
    comments: dict[str, str] = {}
    for criterion in rf.ids:
        score = _int(str(form.get(f"score-{criterion}") or ""))
        if score is not None and score in rf.scale:
            scores[criterion] = score
        comment = str(form.get(f"comment-{criterion}") or "").strip()[:COMMENT_LIMIT]
        if comment:
            comments[criterion] = comment
    recommendation = str(form.get("recommendation") or "") or None
    if rf.recommendation(recommendation) is None:
        recommendation = None
    confidential = str(form.get("confidential") or "").strip()[:COMMENT_LIMIT] or None
    submit = form.get("action") == "submit" or record.submitted_at is not None
    sent = {
        "scores": scores,
        "comments": comments,
        "recommendation": recommendation,
        "confidential": confidential or "",
    }
    if "seen" in form and str(form.get("seen")) != _version(record):
        # Saved meanwhile from another tab or window: show this copy, overwrite only if asked.
        return await review_page(request, sent=sent, stale=True)
    missing = [c for c in rf.ids if c not in scores]
    save = functools.partial(
        save_review,
        ws.db,
        record.assignment_id,
        scores=scores,
        comments=comments,
        recommendation=recommendation,
        confidential=confidential,
        actor_id=staff.user_id,
        now=ws.now(),
    )
    if submit and missing:
        # A submitted review stays complete; a draft is kept, and the page says what is missing.
        if record.submitted_at is None:
            await save(submit=False)
        return await review_page(request, errors=missing, sent=sent)
    outcome = await save(submit=submit)
    raise web.HTTPSeeOther(f"/reviews/{record.assignment_id}?saved={outcome}")


async def conflict_action(request: web.Request) -> web.StreamResponse:
    """The reviewer declares a conflict: the experience returns to the pool, staff see why."""
    ws = _ws(request)
    staff = _staff(request)
    record = await _assignment(request)
    if staff.user_id != record.reviewer_id:
        raise error_page(request, web.HTTPForbidden, "reviews-error-not-yours")
    round_ = await find_round(ws.db, round_id=record.round_id)
    if round_ is None or not round_.open_at(ws.now()) or record.submitted_at is not None:
        # As the page offers it: before submitting, while the round is open (a conflict
        # afterwards would silently take a counted review out of the ranking).
        raise error_page(request, web.HTTPForbidden, "reviews-error-conflict-late")
    form = await request.post()
    reason = str(form.get("reason") or "").strip()[:500]
    if not reason:
        raise error_page(request, web.HTTPBadRequest, "reviews-error-reason")
    await declare_conflict(ws.db, record.assignment_id, reason, staff.user_id, ws.now())
    raise web.HTTPSeeOther("/reviews/mine?declared=yes")


def register(router: web.UrlDispatcher) -> None:
    """The review routes; reviewers may open only those in reviews.access.REVIEWER_ROUTES."""
    router.add_get("/reviews", rounds_page, name="reviews")
    router.add_post("/reviews/rounds", create_round_action, name="round-create")
    router.add_get("/reviews/mine", my_reviews, name="reviews-mine")
    router.add_get("/reviews/rounds/{round}", round_page, name="round")
    router.add_post("/reviews/rounds/{round}/assign", assign_action, name="round-assign")
    router.add_post("/reviews/rounds/{round}/decide", decide_action, name="round-decide")
    router.add_post("/reviews/rounds/{round}/deadline", deadline_action, name="round-deadline")
    router.add_get(
        "/reviews/rounds/{round}/export.{fmt:csv|xlsx}", export_round, name="round-export"
    )
    router.add_get("/reviews/{assignment}", review_get, name="review")
    router.add_post("/reviews/{assignment}", review_save, name="review-save")
    router.add_post("/reviews/{assignment}/conflict", conflict_action, name="review-conflict")

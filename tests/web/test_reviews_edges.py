"""What a real round runs into: a reviewer deactivated mid-round, staff opening a partner's
review, a declared conflict, two tabs on one review, the deadline, an erased experience, a
forged URL; and the people and ranking pages at phone width."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.security import COOKIE, csrf_token
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.maintenance import erase_respondent
from storage.people import CLI_ACTOR, directory, save_person
from storage.review_notices import SqlReviewerNoticeStore
from storage.reviews import create_round, round_records
from storage.web_auth import open_session
from tests.web.conftest import FakeMessenger, Served, artifact
from tests.web.reviews_cast import (
    ADMIN_ID,
    CRITERIA,
    EXPERIENCES,
    JANE,
    MARCO,
    RUTA,
    STAFF_ID,
    experience_rows,
    serve,
)


@pytest.fixture
async def served_round(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    async for found in serve(db_engine, questionnaire, renderer, translator, None):
        yield found


class Visitor:
    """One signed-in person speaking HTTP to the workspace, as a browser would."""

    def __init__(self, served: Served, session: str) -> None:
        self.served = served
        self.session = session

    async def get(self, path: str) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession(cookies={COOKIE: self.session}) as http,
            http.get(self.served.url + path, allow_redirects=False) as response,
        ):
            return response.status, await response.text()

    async def post(self, path: str, data: dict[str, Any]) -> tuple[int, str]:
        """A form POST with this session's CSRF token; a redirect answers its Location."""
        form = aiohttp.FormData({"csrf": csrf_token(self.session)})
        for key, value in data.items():
            for one in value if isinstance(value, list) else [value]:
                form.add_field(key, str(one))
        async with (
            aiohttp.ClientSession(cookies={COOKIE: self.session}) as http,
            http.post(self.served.url + path, data=form, allow_redirects=False) as response,
        ):
            return response.status, response.headers.get("Location") or await response.text()


async def visitor(served: Served, user_id: int) -> Visitor:
    return Visitor(served, await open_session(served.db, user_id, served.clock()))


async def round_with_assignments(served: Served) -> tuple[int, Visitor]:
    admin = await visitor(served, ADMIN_ID)
    deadline = served.clock() + timedelta(days=20)
    round_id = await create_round(served.db, "Spring", deadline, ADMIN_ID, served.clock())
    assert round_id is not None
    status, where = await admin.post(f"/reviews/rounds/{round_id}/assign", {"bulk": "yes"})
    assert status == 303 and "assigned-" in where
    return round_id, admin


def full_review(value: int = 4) -> dict[str, Any]:
    return {f"score-{c}": value for c in CRITERIA} | {"action": "submit"}


async def test_a_reviewer_deactivated_mid_round_is_replaced(served_round: Served) -> None:
    """Deactivating a partner with unfinished reviews: the ranking stops expecting them and
    "assign to every submitted experience" gives those experiences someone else."""
    served = served_round
    round_id, admin = await round_with_assignments(served)
    before = await round_records(served.db, round_id)
    janes = {r.submission_id for r in before if r.reviewer_id == JANE.user_id}
    assert janes
    # A fourth partner joins, so that every experience still has two reviewers without Jane.
    await save_person(
        served.db,
        replace(RUTA, user_id=8104, country="BE", organisation="Liège"),
        ADMIN_ID,
        served.clock(),
    )
    status, where = await admin.post(f"/people/{JANE.user_id}", {"action": "deactivate"})
    assert status == 303 and where.endswith(f"?confirm={JANE.user_id}#person-{JANE.user_id}")
    _, html = await admin.get(where)
    assert "Deactivate Jane Smith (Metropolitan Police)? Their sessions end at once" in html
    assert (await directory(served.db)).active_role(JANE.user_id) == "reviewer"  # not yet
    status, _ = await admin.post(
        f"/people/{JANE.user_id}", {"action": "deactivate", "confirm": "yes"}
    )
    assert status == 303
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    assert "deactivated, not counted" in html
    assert re.search(r'class="num">0/1<', html)  # Jane's place no longer expected
    status, where = await admin.post(f"/reviews/rounds/{round_id}/assign", {"bulk": "yes"})
    assert status == 303 and "assigned-0" not in where
    after = await round_records(served.db, round_id)
    for submission_id in janes:
        others = {
            r.reviewer_id
            for r in after
            if r.submission_id == submission_id and r.reviewer_id != JANE.user_id
        }
        assert len(others) == 2
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    assert re.search(r'class="num">0/2<', html) and not re.search(r'class="num">0/3<', html)


async def test_staff_cannot_save_a_partners_review_and_are_told_why(
    served_round: Served,
) -> None:
    served = served_round
    round_id, _ = await round_with_assignments(served)
    record = (await round_records(served.db, round_id))[0]
    staff = await visitor(served, STAFF_ID)
    status, html = await staff.post(f"/reviews/{record.assignment_id}", full_review())
    assert status == 403
    assert "not assigned to you" in html and "closed" not in html
    status, html = await staff.get(f"/reviews/{record.assignment_id}")
    assert status == 200


async def test_a_declared_conflict_is_confirmed_on_my_reviews(served_round: Served) -> None:
    served = served_round
    round_id, _ = await round_with_assignments(served)
    mine = [r for r in await round_records(served.db, round_id) if r.reviewer_id == MARCO.user_id]
    marco = await visitor(served, MARCO.user_id)
    status, where = await marco.post(
        f"/reviews/{mine[0].assignment_id}/conflict", {"reason": "I advised them in 2024."}
    )
    assert status == 303
    status, html = await marco.get(where)
    assert status == 200 and "Conflitto dichiarato: l’esperienza torna" in html
    status, _ = await marco.get(f"/reviews/{mine[0].assignment_id}")
    assert status == 403


async def test_the_assignment_message_counts_only_what_still_waits(served_round: Served) -> None:
    """The bot started after the reviewer already worked through a link: "1 waits", not 3."""
    served = served_round
    round_id, _ = await round_with_assignments(served)
    store = SqlReviewerNoticeStore(served.db)
    rutas = [r for r in await round_records(served.db, round_id) if r.reviewer_id == RUTA.user_id]
    assert len(rutas) >= 2
    ruta = await visitor(served, RUTA.user_id)
    for record in rutas[1:]:
        status, _ = await ruta.post(f"/reviews/{record.assignment_id}", full_review())
        assert status == 303
    told = [n for n in await store.due(served.clock(), timedelta(days=3)) if n.kind == "assigned"]
    assert {n.reviewer_id: n.count for n in told}[RUTA.user_id] == 1
    status, _ = await ruta.post(f"/reviews/{rutas[0].assignment_id}", full_review())
    told = [n for n in await store.due(served.clock(), timedelta(days=3)) if n.kind == "assigned"]
    assert RUTA.user_id not in {n.reviewer_id for n in told}


@pytest.fixture
async def served_with_bot(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    async for found in serve(db_engine, questionnaire, renderer, translator, FakeMessenger()):
        yield found


async def test_a_decision_says_how_many_respondents_were_told(served_with_bot: Served) -> None:
    served = served_with_bot
    round_id, admin = await round_with_assignments(served)
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    radios = re.findall(r'<input type="radio" name="decision"[^>]*>', html)
    assert len(radios) == 3 and not any("checked" in r for r in radios)  # no decision by default
    decide = f"/reviews/rounds/{round_id}/decide"
    refs = ["CECOPS-BOLO1", "CECOPS-LYON1"]
    form = {"ref": refs, "decision": "selected", "notify": "yes", "note": "Bravo"}
    status, where = await admin.post(decide, form)
    assert status == 303
    _, html = await admin.get(where)
    assert "Decision recorded for 2 experiences. 2 respondents were told on Telegram." in html
    status, where = await admin.post(decide, {"decision": "on_hold"})
    _, html = await admin.get(where)
    assert 'class="notice error" role="alert">No experience was selected.' in html


async def test_a_closed_round_takes_no_assignment_until_its_deadline_moves(
    served_round: Served,
) -> None:
    served = served_round
    round_id, _ = await round_with_assignments(served)
    mine = [r for r in await round_records(served.db, round_id) if r.reviewer_id == JANE.user_id]
    served.clock.now += timedelta(days=21)  # past the deadline; sessions opened afresh
    admin, jane = await visitor(served, ADMIN_ID), await visitor(served, JANE.user_id)
    status, html = await jane.post(f"/reviews/{mine[0].assignment_id}", full_review())
    assert status == 403 and "The round is closed" in html
    status, where = await admin.post(f"/reviews/rounds/{round_id}/assign", {"bulk": "yes"})
    assert status == 303 and where.endswith("notice=closed")
    _, html = await admin.get(where)
    assert "nobody could write new reviews" in html and 'name="bulk"' not in html
    staff = await visitor(served, STAFF_ID)
    later = (served.clock() + timedelta(days=7)).strftime("%Y-%m-%d")
    status, _ = await staff.post(f"/reviews/rounds/{round_id}/deadline", {"deadline": later})
    assert status == 403  # admins only
    status, where = await admin.post(f"/reviews/rounds/{round_id}/deadline", {"deadline": later})
    assert status == 303 and where.endswith("notice=deadline-moved")
    status, where = await jane.post(f"/reviews/{mine[0].assignment_id}", full_review())
    assert status == 303 and "saved=submitted" in where
    _, html = await admin.get("/audit")
    assert "Round deadline moved" in html


async def test_two_tabs_on_one_review_do_not_overwrite_each_other_silently(
    served_round: Served,
) -> None:
    served = served_round
    round_id, _ = await round_with_assignments(served)
    mine = [r for r in await round_records(served.db, round_id) if r.reviewer_id == JANE.user_id]
    path = f"/reviews/{mine[0].assignment_id}"
    jane = await visitor(served, JANE.user_id)
    _, first_tab = await jane.get(path)
    _, second_tab = await jane.get(path)
    seen = re.search(r'name="seen" value="([^"]*)"', first_tab)
    assert seen is not None and seen.group(1) in second_tab
    draft = {"score-ethics": 2, "action": "save", "seen": seen.group(1)}
    status, _ = await jane.post(path, draft)
    assert status == 303
    served.clock.now += timedelta(minutes=5)
    older = {"score-ethics": 5, "action": "save", "seen": seen.group(1)}  # the other tab
    status, html = await jane.post(path, older)
    assert status == 409 and "saved meanwhile from another tab" in html
    kept = [
        r
        for r in await round_records(served.db, round_id)
        if r.assignment_id == mine[0].assignment_id
    ]
    assert kept[0].scores == {"ethics": 2}
    again = re.search(r'name="seen" value="([^"]*)"', html)
    assert again is not None
    assert re.search(r'name="score-ethics" value="5" checked', html)  # this tab's choice shown
    status, _ = await jane.post(path, older | {"seen": again.group(1)})  # saved again: kept
    assert status == 303
    kept = [
        r
        for r in await round_records(served.db, round_id)
        if r.assignment_id == mine[0].assignment_id
    ]
    assert kept[0].scores == {"ethics": 5}


@pytest.mark.slow
async def test_people_ranking_and_my_reviews_fit_a_phone(
    served_round: Served, browser: Any
) -> None:
    """At 390 px: no sideways scrolling on People, the ranking's labels wrap instead of running
    over their values, and a reference stays beside its title on My reviews."""
    served = served_round
    round_id, _ = await round_with_assignments(served)
    pages = {}
    for user_id in (ADMIN_ID, MARCO.user_id):
        context = await browser.new_context(viewport={"width": 390, "height": 844})
        session = await open_session(served.db, user_id, served.clock())
        await context.add_cookies([{"name": COOKIE, "value": session, "url": served.url}])
        pages[user_id] = await context.new_page()
    admin, marco = pages[ADMIN_ID], pages[MARCO.user_id]
    await admin.goto(f"{served.url}/people")
    await admin.screenshot(path=str(artifact("reviews-people-390.png")), full_page=True)
    assert await admin.evaluate("document.documentElement.scrollWidth") <= 390
    await admin.goto(f"{served.url}/reviews/rounds/{round_id}")
    await admin.screenshot(path=str(artifact("reviews-ranking-390.png")), full_page=True)
    unwrapped = await admin.evaluate(
        "[...document.querySelectorAll('#ranking td')]"
        ".filter(td => getComputedStyle(td, '::before').whiteSpace === 'nowrap').length"
    )
    assert unwrapped == 0
    await marco.goto(f"{served.url}/reviews/mine")
    await marco.screenshot(path=str(artifact("reviews-mine-390.png")), full_page=True)
    title = await marco.locator("#my-reviews tbody td a").first.bounding_box()
    ref = await marco.locator("#my-reviews tbody td .ref").first.bounding_box()
    assert title is not None and ref is not None and ref["x"] >= title["x"]


async def test_a_reviewers_error_page_leads_back_to_my_reviews(served_round: Served) -> None:
    """The way out of a 403/404 must be a page the reviewer may open (not the list: 403)."""
    marco = await visitor(served_round, MARCO.user_id)
    for path in ("/reviews/999999", "/submissions"):
        status, html = await marco.get(path)
        assert status in (403, 404)
        assert 'href="/reviews/mine"' in html and 'href="/submissions"' not in html
    admin = await visitor(served_round, ADMIN_ID)
    _, html = await admin.get("/people")
    assert "Italiano, English" in html  # the languages Marco reads, by name


@pytest.fixture
async def served_in_brussels(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    async for found in serve(
        db_engine, questionnaire, renderer, translator, None, timezone="Europe/Brussels"
    ):
        yield found


async def test_the_deadline_shown_is_the_day_chosen_where_staff_are(
    served_in_brussels: Served,
) -> None:
    """31 January chosen in Brussels closes at the end of 31 January there, and is shown so
    (not as 1 February, the day 23:59 UTC falls on in Brussels)."""
    served = served_in_brussels
    admin = await visitor(served, ADMIN_ID)
    status, where = await admin.post(
        "/reviews/rounds", {"name": "Winter", "deadline": "2027-01-31"}
    )
    assert status == 303
    _, html = await admin.get(where)
    assert "deadline 2027-01-31" in html and "2027-02-01" not in html
    round_id = int(where.rsplit("/", 1)[1])
    status, _ = await admin.post(
        f"/reviews/rounds/{round_id}/deadline", {"deadline": "2027-02-28"}
    )
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    assert "deadline 2027-02-28" in html and 'value="2027-02-28"' in html


async def test_the_audit_names_people_and_the_command_line(served_round: Served) -> None:
    """People changes read "Marco Rossi (RiSSC) · Reviewer (partner)", not "8102 · reviewer";
    what `intake people add` did reads "Command line (intake)", not "0"."""
    served = served_round
    await save_person(served.db, replace(MARCO, active=False), CLI_ACTOR, served.clock())
    admin = await visitor(served, ADMIN_ID)
    _, html = await admin.get("/audit")
    row = next(r for r in html.split("<tr>") if "Command line (intake)" in r)
    assert "Marco Rossi (RiSSC)" in row and "Reviewer (partner)" in row
    assert "access deactivated" in row and ">8102<" not in row and ">0<" not in row


async def test_an_admin_cannot_lock_themselves_out(served_round: Served) -> None:
    served = served_round
    me = replace(JANE, user_id=8009, name="Ada Admin", role="admin")
    await save_person(served.db, me, ADMIN_ID, served.clock())
    ada = await visitor(served, me.user_id)
    for form in ({"action": "deactivate", "confirm": "yes"}, {"role": "reviewer"}):
        status, html = await ada.post(f"/people/{me.user_id}", form)
        assert status == 400 and "You cannot deactivate yourself" in html
    assert (await directory(served.db)).active_role(me.user_id) == "admin"


async def test_means_are_written_as_the_reader_writes_numbers(served_round: Served) -> None:
    served = served_round
    round_id, admin = await round_with_assignments(served)
    record = next(r for r in await round_records(served.db, round_id))
    reviewer = await visitor(served, record.reviewer_id)
    status, _ = await reviewer.post(f"/reviews/{record.assignment_id}", full_review(3))
    assert status == 303
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    assert "<strong>3.00</strong>" in html
    await admin.post("/language", {"lang": "fr"})
    _, html = await admin.get(f"/reviews/rounds/{round_id}")
    assert "<strong>3,00</strong>" in html and "3.00" not in html


async def test_assigning_one_by_hand_takes_the_reference_as_typed(served_round: Served) -> None:
    served = served_round
    round_id, admin = await round_with_assignments(served)
    assign = f"/reviews/rounds/{round_id}/assign"
    form = {"reference": " cecops-lyon1 ", "reviewer": str(RUTA.user_id)}
    status, where = await admin.post(assign, form)
    assert status == 303 and "notice=assigned-" in where
    status, where = await admin.post(assign, form | {"reference": "CECOPS-NOPE"})
    assert status == 303 and where.endswith("notice=unknown")  # back on the round, not a dead end
    _, html = await admin.get(where)
    assert "No submitted experience has this reference" in html


async def test_the_short_notice_names_references_only(served_round: Served) -> None:
    round_id, admin = await round_with_assignments(served_round)
    _, html = await admin.get(f"/reviews/rounds/{round_id}?short=CECOPS-BOLO1,Call+us+now")
    assert "Too few reviewers without a conflict for: CECOPS-BOLO1<" in html
    assert "Call us" not in html


async def test_an_experience_erased_while_assigned_leaves_the_reviewer_a_way_back(
    served_round: Served,
) -> None:
    """The respondent sends /delete while a partner has the review open: saving answers 404
    with the way back to My reviews, and the experience is gone from it."""
    served = served_round
    round_id, _ = await round_with_assignments(served)
    record = next(r for r in await round_records(served.db, round_id))
    reviewer = await visitor(served, record.reviewer_id)
    respondent = next(row.user_id for row in experience_rows() if row.id == record.submission_id)
    await erase_respondent(served.db, respondent, served.clock())
    status, html = await reviewer.post(f"/reviews/{record.assignment_id}", full_review())
    assert status == 404 and 'href="/reviews/mine"' in html
    _, html = await reviewer.get("/reviews/mine")
    assert f'href="/reviews/{record.assignment_id}"' not in html


async def test_no_conflict_after_submitting_or_after_the_deadline(served_round: Served) -> None:
    """A forged conflict would take a counted review out of the ranking after the fact."""
    served = served_round
    round_id, _ = await round_with_assignments(served)
    first, second = [
        r for r in await round_records(served.db, round_id) if r.reviewer_id == JANE.user_id
    ][:2]
    jane = await visitor(served, JANE.user_id)
    await jane.post(f"/reviews/{first.assignment_id}", full_review())
    reason = {"reason": "Second thoughts"}
    status, html = await jane.post(f"/reviews/{first.assignment_id}/conflict", reason)
    assert status == 403 and "before submitting the review" in html
    served.clock.now += timedelta(days=21)
    jane = await visitor(served, JANE.user_id)
    status, _ = await jane.post(f"/reviews/{second.assignment_id}/conflict", reason)
    assert status == 403
    records = await round_records(served.db, round_id)
    assert all(r.conflict_at is None for r in records if r.reviewer_id == JANE.user_id)


async def test_the_ranking_comes_a_page_at_a_time(
    served_round: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A round of thousands lists its best first, a page at a time, each row once; a new sort
    starts again from the first page."""
    monkeypatch.setattr("admin.web.reviews_views.RANKING_PAGE", 2)
    served = served_round
    round_id, admin = await round_with_assignments(served)
    seen: list[str] = []
    page = 1
    while True:
        _, html = await admin.get(f"/reviews/rounds/{round_id}?sort=reference&dir=asc&page={page}")
        rows = re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
        assert 0 < len(rows) <= 2
        seen += rows
        if 'rel="next"' not in html:
            break
        page += 1
    pages = len(seen) // 2 + len(seen) % 2
    assert page == pages > 1 and f"Page {pages} of {pages}" in html
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == len(experience_rows())
    _, first = await admin.get(f"/reviews/rounds/{round_id}?page=2")
    assert 'rel="prev"' in first
    assert "page=" not in re.search(r'<a href="([^"]*sort=title[^"]*)"', first).group(1)  # type: ignore[union-attr]


async def test_the_ranking_sorts_and_filters_as_the_means_say(served_round: Served) -> None:
    """Sorted by the database: the best overall first, the unreviewed last whichever the
    direction; a country filter keeps that country's experiences only."""
    served = served_round
    round_id, admin = await round_with_assignments(served)
    records = await round_records(served.db, round_id)
    by_experience: dict[Any, list[Any]] = {}
    for r in records:
        by_experience.setdefault(r.submission_id, []).append(r)
    (low, low_records), (high, high_records) = list(by_experience.items())[:2]
    for record, value in [(low_records[0], 2), (high_records[0], 5)]:
        reviewer = await visitor(served, record.reviewer_id)
        status, _ = await reviewer.post(f"/reviews/{record.assignment_id}", full_review(value))
        assert status == 303
    refs = {e.id: e.reference for e in EXPERIENCES}
    for direction, first in [("desc", refs[high]), ("asc", refs[low])]:
        _, html = await admin.get(f"/reviews/rounds/{round_id}?sort=overall&dir={direction}")
        rows = re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
        assert rows[0] == first and set(rows[:2]) == {refs[low], refs[high]}
        assert len(rows) == len(EXPERIENCES)
    _, html = await admin.get(f"/reviews/rounds/{round_id}?country=FR")
    rows = re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
    assert sorted(rows) == sorted(e.reference for e in EXPERIENCES if e.country == "FR")
    assert '<option value="LT"' in html  # every country of the round stays on offer


async def test_equal_means_keep_the_order_of_submission_and_filters_count_their_own(
    served_round: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two experiences scored alike lead in the order they were submitted, the unreviewed
    follow in that order too, page after page; a language filter pages through its own."""
    monkeypatch.setattr("admin.web.reviews_views.RANKING_PAGE", 2)
    served = served_round
    round_id, admin = await round_with_assignments(served)
    records = await round_records(served.db, round_id)
    order = [e.reference for e in EXPERIENCES]  # the order of submission
    scored = {EXPERIENCES[4].id, EXPERIENCES[1].id}
    for record in [r for r in records if r.submission_id in scored]:
        reviewer = await visitor(served, record.reviewer_id)
        status, _ = await reviewer.post(f"/reviews/{record.assignment_id}", full_review(3))
        assert status == 303
    seen: list[str] = []
    for page in (1, 2, 3):
        _, html = await admin.get(f"/reviews/rounds/{round_id}?page={page}")
        seen += re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
    assert seen == [order[1], order[4]] + [r for r in order if r not in (order[1], order[4])]
    _, html = await admin.get(f"/reviews/rounds/{round_id}?language=fr&page=1")
    rows = re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
    assert rows == [order[4], order[5]] and 'rel="next"' not in html
    _, html = await admin.get(f"/reviews/rounds/{round_id}?language=it&sort=title&dir=asc")
    rows = re.findall(r'<tr id="row-([A-Z0-9-]+)"', html)
    assert rows == ["CECOPS-BOLO1", "CECOPS-BOLO2"]  # Angeli di strada, Vicini attenti

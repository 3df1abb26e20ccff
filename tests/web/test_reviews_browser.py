"""The partners' evaluation in a real browser: people, a round, bulk assignment without
conflicts, reviewers limited to their assignments, reviews hidden until one's own is in, the
ranking's numbers, decisions told to respondents, accessibility at desktop and phone width."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from reviews.assign import same_organisation
from storage.models import audit_log, review_assignments
from storage.people import directory, save_person
from storage.reviews import find_round, means_by_reference, round_records
from tests.web.conftest import AXE, Served, artifact
from tests.web.reviews_cast import (
    ADMIN_ID,
    CRITERIA,
    EXPERIENCES,
    JANE,
    MARCO,
    RUTA,
    by_ref,
    serve,
)
from tests.web.test_workspace_browser import DESKTOP, PHONE

pytestmark = pytest.mark.slow


@pytest.fixture
async def served_round(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    """The workspace over six experiences and three partners, without a messenger."""
    async for found in serve(db_engine, questionnaire, renderer, translator, None):
        yield found


async def sign_in(browser: Any, served: Served, user_id: int, viewport: Any = DESKTOP) -> Any:
    # CSP forbids injected scripts: these contexts let the test inject axe, nothing else differs.
    context = await browser.new_context(viewport=viewport, bypass_csp=True)
    page = await context.new_page()
    await page.goto(await served.link(user_id))
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_load_state()
    return page


async def axe_problems(page: Any) -> list[str]:
    await page.add_script_tag(path=str(AXE))
    found = json.loads(
        await page.evaluate(
            "async () => JSON.stringify((await axe.run(document)).violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))"
        )
    )
    return list(found)


async def score(page: Any, values: dict[str, int]) -> None:
    for criterion, value in values.items():
        await page.locator(f"input[name='score-{criterion}'][value='{value}']").check()


async def status_of(page: Any, url: str, method: str = "GET") -> int:
    """What a forged request answers, sent with the page's own session cookie."""
    cookies = {c["name"]: c["value"] for c in await page.context.cookies()}
    async with (
        aiohttp.ClientSession(cookies=cookies) as http,
        http.request(method, url, allow_redirects=False) as response,
    ):
        return response.status


async def test_a_round_from_people_to_ranking(
    browser: Any, served_round: Served, translator: Translator
) -> None:
    served = served_round
    admin = await sign_in(browser, served, ADMIN_ID)
    url = served.url

    # People: the three partners are listed by name; an admin adds a fourth from the page.
    await admin.goto(f"{url}/people")
    table = await admin.inner_text("#people")
    assert "Rūta Kazlauskienė" in table and "RiSSC" in table
    await admin.get_by_label("Telegram id").fill("8199")
    await admin.get_by_label("Name", exact=True).fill("Temporary Partner")
    await admin.get_by_label("Organisation").fill("City of Bologna")
    await admin.get_by_role("button", name="Add", exact=True).click()
    await admin.wait_for_url(f"{url}/people?done=saved")
    await admin.locator("#person-8199").get_by_role("button", name="Deactivate").click()
    await admin.wait_for_url(f"{url}/people?confirm=8199#person-8199")  # asked once more
    await admin.locator("#person-8199").get_by_role("button", name="Deactivate").click()
    await admin.wait_for_url(f"{url}/people?done=deactivated")
    people = await directory(served.db)
    assert people.active_role(8199) is None  # deactivated: never assigned, cannot sign in

    # A round, then bulk assignment: two reviewers each, none of the same country or org.
    await admin.goto(f"{url}/reviews")
    await admin.get_by_label("Name").fill("Spring 2026")
    await admin.get_by_label("Deadline").fill("2026-04-20")
    await admin.get_by_role("button", name="Open the round").click()
    await admin.wait_for_url(f"{url}/reviews/rounds/*")
    await admin.get_by_role("button", name="Assign to every submitted experience").click()
    await admin.wait_for_url("**notice=assigned-12")
    round_ = await find_round(served.db, name="Spring 2026")
    assert round_ is not None
    records = await round_records(served.db, round_.id)
    partners = {p.user_id: p for p in (JANE, MARCO, RUTA)}
    exp_of = {e.id: e for e in EXPERIENCES}
    per_experience: dict[str, set[int]] = {}
    for r in records:
        e, p = exp_of[r.submission_id], partners[r.reviewer_id]
        assert p.country != e.country and not same_organisation(p.organisation, e.org)
        per_experience.setdefault(e.reference, set()).add(p.user_id)
    assert {ref: len(ids) for ref, ids in per_experience.items()} == {
        e.reference: 2 for e in EXPERIENCES
    }
    load = [sum(r.reviewer_id == p for r in records) for p in partners]
    assert max(load) - min(load) <= 1  # balanced: 4 each

    # Jane (Met Police, GB) signs in: she lands on her reviews and nothing else opens.
    jane = await sign_in(browser, served, JANE.user_id)
    assert jane.url == f"{url}/reviews/mine"
    mine = [r for r in records if r.reviewer_id == JANE.user_id]
    assert await jane.locator("#my-reviews tbody tr").count() == len(mine)
    not_hers = next(r for r in records if r.reviewer_id != JANE.user_id)
    for path in (
        f"/reviews/{not_hers.assignment_id}",
        "/submissions",
        "/submissions.csv",
        f"/submissions/{EXPERIENCES[0].reference}",
        f"/reviews/rounds/{round_.id}",
        f"/reviews/rounds/{round_.id}/export.csv",
        "/people",
        "/audit",
        "/drafts",
    ):
        assert await status_of(jane, url + path) == 403, path
    erase = f"{url}/submissions/{EXPERIENCES[0].reference}/erase"
    assert await status_of(jane, erase, "POST") == 403

    # Her review of an Italian experience: the answers beside the form, no contact details.
    first = next(r for r in mine if exp_of[r.submission_id].country == "IT")
    shared = next(r for r in records if r.submission_id == first.submission_id and r is not first)
    await jane.goto(f"{url}/reviews/{first.assignment_id}")
    page_text = await jane.inner_text("main")
    assert "Angeli di strada" in page_text or "Vicini attenti" in page_text
    assert "example.org" not in page_text and "Contact Person" not in page_text
    assert await jane.locator("#q-contact_email").count() == 0
    assert "once yours is submitted" in await jane.inner_text("#others")
    await artifact_pages(jane, "review", first.assignment_id, url)

    # A draft on every save; submitting with a criterion missing says which, keeps the draft.
    jane_scores = dict(zip(CRITERIA, (5, 4, 3, 4, 2, 5), strict=True))
    await score(jane, {k: jane_scores[k] for k in CRITERIA[:3]})
    await jane.get_by_label("Comment (optional)").first.fill("Strong reassurance <b>effect</b>")
    await jane.get_by_role("button", name="Save draft").click()
    await jane.wait_for_url("**saved=draft")
    assert await jane.locator("input[name='score-public_order'][value='3']").is_checked()
    await jane.get_by_role("button", name="Submit the review").click()
    await jane.wait_for_load_state()
    assert "Still missing" in await jane.inner_text("[role=alert]")
    await score(jane, jane_scores)
    await jane.get_by_label("Select for the guide").check()
    await jane.get_by_label("Confidential comment for EFUS").fill("Jane's confidential remark")
    await jane.get_by_role("button", name="Submit the review").click()
    await jane.wait_for_url("**saved=submitted")

    # The other reviewer of that experience cannot see Jane's review before submitting theirs.
    other_id = shared.reviewer_id
    other = await sign_in(browser, served, other_id)
    await other.goto(f"{url}/reviews/{shared.assignment_id}")
    assert "Strong reassurance" not in await other.inner_text("main")
    # Their pages speak the first language they read (Marco: Italian, Rūta: Lithuanian).
    lang = partners[other_id].reads[0]
    heading = translator(lang, "reviews-your-review")
    assert await other.locator("#form-title").inner_text() == heading
    other_scores = dict(zip(CRITERIA, (3, 4, 5, 4, 4, 1), strict=True))
    await score(other, other_scores)
    await other.get_by_role("button", name=translator(lang, "reviews-submit")).click()
    await other.wait_for_url("**saved=submitted")
    await other.set_viewport_size(PHONE)
    await other.locator("#others").scroll_into_view_if_needed()
    await other.screenshot(path=str(artifact(f"reviews-others-{lang}-phone.png")))
    others = await other.inner_text("#others")
    assert "Jane Smith (Metropolitan Police)" in others
    assert "Strong reassurance <b>effect</b>" in others  # verbatim, never markup
    assert "confidential remark" not in others  # for EFUS only

    # A declared conflict returns the experience to the pool, with the reason for staff.
    later = next(r for r in mine if r.assignment_id != first.assignment_id)
    await jane.goto(f"{url}/reviews/{later.assignment_id}")
    await jane.get_by_text("I have a conflict of interest").click()
    await jane.get_by_label("Why").fill("I advised this project in 2024")
    await jane.get_by_role("button", name="Declare the conflict").click()
    await jane.wait_for_url(f"{url}/reviews/mine?declared=yes")
    assert await status_of(jane, f"{url}/reviews/{later.assignment_id}") == 403
    await admin.goto(f"{url}/reviews/rounds/{round_.id}")
    later_ref = exp_of[later.submission_id].reference
    row_text = await admin.inner_text(f"#row-{later_ref}")
    assert "I advised this project in 2024" in row_text and "1/1" not in row_text
    await admin.get_by_role("button", name="Assign to every submitted experience").click()
    await admin.wait_for_load_state()
    after = [
        r
        for r in await round_records(served.db, round_.id)
        if r.submission_id == later.submission_id
    ]
    active = {r.reviewer_id for r in after if r.conflict_at is None}
    assert JANE.user_id not in active  # never given back to her
    short = exp_of[later.submission_id].country in ("LT", "IT")
    assert len(active) == (1 if short else 2)

    # The ranking's means equal a hand computation; the reviewers disagree (gaps of 2+).
    ref = exp_of[first.submission_id].reference
    await admin.goto(f"{url}/reviews/rounds/{round_.id}?sort=overall")
    row = admin.locator(f"#row-{ref}")
    expected = {c: (jane_scores[c] + other_scores[c]) / 2 for c in CRITERIA}
    for criterion, mean in expected.items():
        cell = await row.locator(f"td[data-criterion='{criterion}']").inner_text()
        assert cell.startswith(f"{mean:.2f}"), (criterion, cell)
    overall = sum(expected.values()) / len(expected)
    assert f"{overall:.2f}" in await row.locator("td.overall").inner_text()
    assert "Reviewers disagree" in await row.inner_text()
    assert await admin.locator("#ranking tbody tr").first.get_attribute("id") == f"row-{ref}"
    means = await means_by_reference(served.db, round_.id)
    assert means == {ref: expected}
    await artifact_pages(admin, "ranking", round_.id, url)

    # The download: the ranking, then every review with the confidential comments (staff).
    cookies = {c["name"]: c["value"] for c in await admin.context.cookies()}
    async with (
        aiohttp.ClientSession(cookies=cookies) as http,
        http.get(f"{url}/reviews/rounds/{round_.id}/export.csv") as got,
    ):
        assert got.status == 200
        exported = (await got.read()).decode("utf-8-sig")
    ranking_part, reviews_part = exported.split("\r\n\r\n")
    assert ranking_part.count("\r\n") == len(EXPERIENCES)
    assert "Jane Smith (Metropolitan Police)" in reviews_part
    assert "Jane's confidential remark" in reviews_part

    # Decision on the ticked row (no messenger here: the decision alone).
    await row.get_by_role("checkbox").check()
    await admin.get_by_label("Selected", exact=True).check()
    await admin.get_by_role("button", name="Record the decision").click()
    await admin.wait_for_url("**notice=decided-1-0-0")
    assert "Selected" in await admin.locator(f"#row-{ref}").inner_text()

    # Everything audited with names.
    await admin.goto(f"{url}/audit")
    audit_text = await admin.inner_text("main")
    for words in ("Reviewer assigned", "Review submitted", "Conflict declared", "Jane Smith"):
        assert words in audit_text, words
    async with served.db.connect() as conn:
        actions = set((await conn.execute(select(audit_log.c.action))).scalars())
        assigned = (await conn.execute(select(review_assignments.c.id))).all()
    assert {"assigned", "review_submitted", "conflict", "round_opened"} <= actions
    assert len(assigned) >= 12

    # Deactivating someone ends their sessions at once.
    other_person = next(p for p in (MARCO, RUTA) if p.user_id == other_id)
    await save_person(served.db, replace(other_person, active=False), ADMIN_ID, served.clock())
    assert await status_of(other, f"{url}/reviews/mine") == 401

    # Reviewer pages pass axe-core at desktop and phone width.
    for viewport in (DESKTOP, PHONE):
        await jane.set_viewport_size(viewport)
        for path in ("/reviews/mine", f"/reviews/{first.assignment_id}"):
            await jane.goto(url + path)
            assert await axe_problems(jane) == [], (path, viewport)
            width = await jane.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], (path, viewport)
    assert by_ref()


async def artifact_pages(page: Any, name: str, number: int, url: str) -> None:
    """Screenshots of the page at desktop and phone width (tests/artifacts/)."""
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        await page.set_viewport_size(viewport)
        await page.screenshot(path=str(artifact(f"reviews-{name}-{label}.png")), full_page=True)
        await page.screenshot(path=str(artifact(f"reviews-{name}-{label}-top.png")))
    await page.set_viewport_size(DESKTOP)

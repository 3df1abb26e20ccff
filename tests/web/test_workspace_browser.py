"""The staff workspace in a real browser (Chromium through Playwright), as staff use it."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from admin.web.security import PUBLIC_ROUTES
from storage.models import respondents, submissions, triage_events
from tests.web.conftest import (
    ADMIN_ID,
    AXE,
    DRAFT_ID,
    FILE_BYTES,
    OUTSIDER_ID,
    STAFF_ID,
    STREET_ANGELS,
    Served,
    artifact,
)

pytestmark = pytest.mark.slow

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


async def signed_in(browser: Any, served: Served, user_id: int, **options: Any) -> Any:
    """A new browser context signed in through a one-time link, on the submissions list."""
    context = await browser.new_context(viewport=options.pop("viewport", DESKTOP), **options)
    page = await context.new_page()
    await page.goto(await served.link(user_id))
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(f"{served.url}/submissions")
    return page


async def test_sign_in_with_a_link_and_the_link_works_only_once(
    browser: Any, served: Served
) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    link = await served.link(STAFF_ID)
    await page.goto(link)
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(f"{served.url}/submissions")
    assert await page.get_by_role("heading", level=1).inner_text() == "Submissions"
    cookie = next(c for c in await context.cookies() if c["name"] == "ws_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and not cookie["secure"]

    other = await (await browser.new_context()).new_page()
    await other.goto(link)  # the same link, a second time
    response = await _click_and_wait(other, "Sign in")
    assert response.status == 403
    assert "already been used" in await other.inner_text("main")
    await other.goto(f"{served.url}/submissions")
    assert "Please sign in" in await other.inner_text("main")


async def _click_and_wait(page: Any, button: str) -> Any:
    async with page.expect_navigation() as navigation:
        await page.get_by_role("button", name=button).click()
    return await navigation.value


async def test_an_expired_link_and_an_outsider_are_refused(browser: Any, served: Served) -> None:
    link = await served.link(STAFF_ID)
    served.clock.now += timedelta(minutes=15, seconds=1)
    page = await (await browser.new_context()).new_page()
    await page.goto(link)
    assert (await _click_and_wait(page, "Sign in")).status == 403
    assert "expired" in await page.inner_text("main")
    # Someone who is neither admin nor staff gets no link at all.
    from app.build_web import issue_signin_link

    assert await issue_signin_link(served.workspace, OUTSIDER_ID) is None


async def test_filter_search_open_triage_note_export_and_sign_out(
    browser: Any, served: Served
) -> None:
    page = await signed_in(browser, served, STAFF_ID, accept_downloads=True)
    assert "58 submissions" in await page.inner_text("#results-title")

    # Filter by country through the form, then search the answers.
    await page.get_by_text("More filters").click()  # folded while no filter but search is used
    await page.get_by_role("textbox", name="Country").fill("Italy")
    await page.get_by_role("button", name="Apply", exact=True).click()
    await page.wait_for_url(re.compile(r"country=Italy"))
    assert "One submission" in await page.inner_text("#results-title")
    await page.goto(f"{served.url}/submissions")
    await page.get_by_label("Search the answers").fill("SAUGUS")
    await page.get_by_role("button", name="Apply", exact=True).click()
    await page.wait_for_url(re.compile(r"q=SAUGUS"))
    rows = page.locator("tbody tr")
    assert await rows.count() == 1
    assert "Saugus kiemas" in await rows.first.inner_text()

    # Facet: one click filters by activity; the URL carries it.
    await page.goto(f"{served.url}/submissions")
    await page.locator(".facets").get_by_role("link", name="Reassurance").click()
    await page.wait_for_url(re.compile(r"a\.activities=reassurance"))
    assert "2 submissions" in await page.inner_text("#results-title")

    # Open one submission from the list: it keeps the list's filter.
    await page.get_by_role("link", name="CECOPS-ANGEL").click()
    await page.wait_for_url(re.compile(r"/submissions/CECOPS-ANGEL\?a\.activities=reassurance"))
    description = page.locator("#q-description dd")
    # What the respondent typed shows as text, never as markup; links are clickable.
    assert "<b>& amici</b>" in await description.inner_text()
    assert await description.locator("b").count() == 0
    assert await description.locator("a[href='https://example.org/angeli']").count() == 1
    assert await description.locator("a[href='mailto:info@angeli.example']").count() == 1
    assert await description.locator("a[href='tel:+390512193000']").count() == 1
    assert await page.locator("#q-contact_email a[href^='mailto:']").count() == 1
    # Labels in the staff's language, one click to the respondent's (Italian).
    assert await page.locator("#q-description dt").inner_text() == "Description"
    await page.get_by_role("link", name=re.compile("respondent’s language")).click()
    assert await page.locator("#q-description dt").inner_text() == "Descrizione"
    assert (await page.locator("#q-activities dd").inner_text()).startswith("Pattugliamento; ")
    assert "bologna" in await page.locator(".meta").inner_text()  # the deep-link source

    # Change the status with a note, in one press: both in the history with who and when.
    await page.get_by_label("Under review").check()
    note = "Strong candidate <script>x</script>"
    await page.get_by_label("Note for staff (optional)").fill(note)
    await page.get_by_role("button", name="Save", exact=True).click()
    await page.wait_for_url(re.compile("saved=saved"))
    assert "Under review" in await page.get_by_role("status").inner_text()
    history = await page.inner_text("#history")
    assert f"{STAFF_ID} changed the status from “New” to “Under review”" in history
    assert "Strong candidate <script>x</script>" in history
    assert await page.locator("#history script").count() == 0

    # Back to the list, filtered by the new status; download its CSV and read it back.
    await page.goto(f"{served.url}/submissions?triage=in_review")
    assert "One submission" in await page.inner_text("#results-title")
    async with page.expect_download() as downloading:
        await page.get_by_role("link", name="Download CSV").click()
    download = await downloading.value
    data = (await _read(download)).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(data, newline="")))
    assert len(table) == 2 and table[1][0] == "CECOPS-ANGEL"
    assert "Angeli di strada" in table[1]
    assert (table[0][1], table[1][1]) == ("Triage status", "Under review")  # decision first

    # Sign out: the same cookie opens nothing any more.
    await page.get_by_role("button", name="Sign out").click()
    await page.wait_for_url(f"{served.url}/signed-out")
    response = await page.goto(f"{served.url}/submissions")
    assert response.status == 401


async def _read(download: Any) -> bytes:
    path = await download.path()
    return await asyncio.to_thread(Path(path).read_bytes)


async def test_every_route_needs_a_session(served: Served) -> None:
    """Every route the router knows, but sign-in and the stylesheet, answers 401 without one."""
    checked = []
    async with aiohttp.ClientSession() as http:
        for route in served.app.router.routes():
            resource = route.resource
            assert resource is not None
            name = route.name or resource.name
            if name in PUBLIC_ROUTES or route.method == "HEAD":
                continue
            info = resource.get_info()
            path = info.get("path") or info.get("formatter", "")
            url = re.sub(r"\{(\w+)(:[^}]*)?\}", lambda m: _sample(m.group(1)), path)
            async with http.request(route.method, served.url + url, allow_redirects=False) as r:
                assert r.status == 401, (route.method, url, r.status)
                assert r.headers["Content-Security-Policy"].count("frame-ancestors 'none'") == 1
                assert r.headers["X-Content-Type-Options"] == "nosniff"
            checked.append((route.method, url))
    assert len(checked) >= 14
    assert ("GET", "/submissions.csv") in checked
    assert ("POST", "/submissions/CECOPS-ANGEL/erase") in checked


def _sample(name: str) -> str:
    return {"fmt": "csv", "reference": "CECOPS-ANGEL", "draft": str(DRAFT_ID)}.get(name, "x")


async def test_a_post_without_the_csrf_token_is_refused(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, ADMIN_ID)
    url = f"{served.url}/submissions/CECOPS-ANGEL/status"
    refused = await page.request.post(url, form={"status": "selected"})
    assert refused.status == 403
    forged = await page.request.post(url, form={"status": "selected", "csrf": "0" * 64})
    assert forged.status == 403
    async with served.db.connect() as conn:
        status = await conn.scalar(
            select(submissions.c.triage_status).where(submissions.c.id == STREET_ANGELS)
        )
    assert status == "new"


async def test_staff_cannot_erase_but_an_admin_can(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    await page.goto(f"{served.url}/submissions/CECOPS-ANGEL")
    assert await page.locator("#erase").count() == 0
    csrf = await page.locator("input[name=csrf]").first.get_attribute("value")
    url = f"{served.url}/submissions/CECOPS-ANGEL/erase"
    refused = await page.request.post(url, form={"csrf": csrf, "confirm": "yes"})
    assert refused.status == 403
    assert await _respondent_exists(served, 101)

    admin = await signed_in(browser, served, ADMIN_ID)
    await admin.goto(f"{served.url}/submissions/CECOPS-ANGEL")
    await admin.get_by_label("Under review").check()
    await admin.get_by_role("button", name="Save", exact=True).click()
    await admin.wait_for_url(re.compile("saved=saved"))
    await admin.get_by_label("I understand that this cannot be undone").check()
    await admin.get_by_role("button", name="Erase the respondent’s data").click()
    await admin.wait_for_url(re.compile(r"/submissions\?erased=CECOPS-ANGEL"))
    assert "data for CECOPS-ANGEL have been erased" in await admin.inner_text("main")
    assert not await _respondent_exists(served, 101)
    async with served.db.connect() as conn:
        assert await conn.scalar(select(func.count()).select_from(triage_events)) == 0
    response = await admin.goto(f"{served.url}/submissions/CECOPS-ANGEL")
    assert response.status == 404
    await admin.goto(f"{served.url}/audit")
    log = await admin.inner_text("main")
    assert "Respondent’s data erased" in log and "Signed in" in log


async def _respondent_exists(served: Served, user_id: int) -> bool:
    async with served.db.connect() as conn:
        found = await conn.scalar(select(func.count()).where(respondents.c.user_id == user_id))
    return bool(found)


async def test_a_session_ends_after_eight_idle_hours(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    served.clock.now += timedelta(hours=7, minutes=59)
    assert (await page.goto(f"{served.url}/drafts")).status == 200
    served.clock.now += timedelta(hours=7, minutes=59)  # active a moment ago: still open
    assert (await page.goto(f"{served.url}/drafts")).status == 200
    served.clock.now += timedelta(hours=8)
    assert (await page.goto(f"{served.url}/drafts")).status == 401


async def test_outcome_notification_and_reminder_go_through_the_messenger(
    browser: Any, served: Served
) -> None:
    assert served.messenger is not None
    page = await signed_in(browser, served, STAFF_ID)
    await page.goto(f"{served.url}/submissions/CECOPS-ANGEL")
    await page.get_by_label("Selected", exact=True).check()
    await page.get_by_label(re.compile("Notify the respondent")).check()
    await page.get_by_label(re.compile(r"^Message for the respondent")).fill("Grazie!")
    await page.get_by_role("button", name="Save", exact=True).click()
    await page.wait_for_url(re.compile("saved=notified"))
    assert served.messenger.outcomes == [(STREET_ANGELS, "selected", "Grazie!")]
    assert f"{STAFF_ID} notified the respondent: “Selected”" in await page.inner_text("#history")

    await page.goto(f"{served.url}/drafts")
    row = page.locator("tbody tr", has_text="Ville de Lyon")
    assert "Lyon" in await row.inner_text() and "Français" in await row.inner_text()
    await row.get_by_role("button", name="Send a reminder now").click()
    await page.wait_for_url(re.compile("reminded=yes"))
    assert served.messenger.reminders == [DRAFT_ID]


async def test_files_download_through_the_bot(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, STAFF_ID, accept_downloads=True)
    await page.goto(f"{served.url}/submissions/CECOPS-ANGEL")
    async with page.expect_download() as downloading:
        await page.get_by_role("link", name="valutazione.pdf").click()
    download = await downloading.value
    assert download.suggested_filename == "valutazione.pdf"
    assert await _read(download) == FILE_BYTES


async def test_without_a_messenger_the_buttons_are_hidden(
    browser: Any, served_plain: Served
) -> None:
    page = await signed_in(browser, served_plain, STAFF_ID)
    await page.goto(f"{served_plain.url}/drafts")
    assert await page.get_by_role("button", name="Send a reminder now").count() == 0
    await page.goto(f"{served_plain.url}/submissions/CECOPS-ANGEL")
    assert await page.get_by_label(re.compile("Notify the respondent")).count() == 0
    # No bot here: the file is listed, with why it cannot be downloaded.
    document = await page.locator("#q-evaluation_document").inner_text()
    assert "valutazione.pdf" in document and "not configured" in document
    assert await page.get_by_role("link", name="valutazione.pdf").count() == 0


async def test_the_language_can_be_switched(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    await page.get_by_label("Language", exact=True).select_option("fr")
    await page.get_by_role("button", name="Change").click()
    await page.wait_for_url(f"{served.url}/submissions")
    assert await page.get_by_role("heading", level=1).inner_text() == "Contributions"
    assert await page.locator("html").get_attribute("lang") == "fr"
    await page.goto(f"{served.url}/submissions/CECOPS-KIEMA")
    assert "Nouvelle" in await page.inner_text(".meta")


PAGES = (
    "/submissions",
    "/submissions?triage=new&q=Bologna",
    "/submissions/CECOPS-ANGEL",
    "/drafts",
    "/overview",
    "/audit",
)


async def test_phone_width_nothing_overflows_and_screenshots(browser: Any, served: Served) -> None:
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = await signed_in(browser, served, ADMIN_ID, viewport=viewport)
        for number, path in enumerate(PAGES, start=1):
            await page.goto(served.url + path)
            slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
            name = f"{number}-{slug}"
            await page.screenshot(path=str(artifact(f"{name}-{size}.png")), full_page=True)
            width = await page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"], (path, size, width)


async def test_axe_finds_no_serious_or_critical_violation(browser: Any, served: Served) -> None:
    # CSP forbids injected scripts: this context lets the test inject axe, nothing else differs.
    page = await signed_in(browser, served, ADMIN_ID, bypass_csp=True)
    public = await (await browser.new_context(bypass_csp=True)).new_page()
    link = await served.link(STAFF_ID)
    targets = [(page, served.url + path) for path in PAGES]
    targets += [(public, link), (public, served.url + "/signed-out")]
    targets += [(public, served.url + "/submissions")]  # the 401 page
    problems = {}
    for tab, url in targets:
        await tab.goto(url)
        await tab.add_script_tag(path=str(AXE))
        result = await tab.evaluate("async () => JSON.stringify(await axe.run())")
        assert len(json.loads(result)["passes"]) > 10  # axe did look at the page
        found = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in json.loads(result)["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        if found:
            problems[url] = found
    assert problems == {}

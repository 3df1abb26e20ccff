"""A French-speaking member of staff works through the workspace in Chromium, at desktop and
phone width: answers in words, one press for a decision, previous / next through a filtered
list, facets, bulk triage, the audit log in words, the exports read back.

One browser and one seeded database for the whole module (the tests share them, each on its
own submissions); words come from the translator, so rewording a message breaks no test.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from openpyxl import load_workbook
from sqlalchemy import func, select

from admin.web.app import build_web_app
from admin.web.deps import Workspace
from admin.web.security import Access
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.db import create_engine
from storage.migrate import upgrade_engine
from storage.models import DRAFT, audit_log, submissions
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.web.conftest import (
    ADMIN_ID,
    AXE,
    STAFF_ID,
    START,
    Clock,
    FakeMessenger,
    Served,
    artifact,
    fetch_file,
    free_port,
    launched_chromium,
)

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
ITALY = [f"CECOPS-ITA0{n}" for n in range(1, 6)]  # newest first in the list
BELGIUM = [f"CECOPS-BEL0{n}" for n in range(1, 4)]


def _rows() -> list[Row]:
    kinds = sample_answers(
        initiative_name="Toutes les sortes",
        definition={"not_applicable": True},
        settings={"choices": ["schools", "other"], "other": "marchés de Noël"},
        contact_phone=None,  # skipped
        evaluated={"choice": "yes"},
        evaluation_by="Université de Lyon",
        evaluation_document={"name": "rapport.pdf"},
    )
    rows = [
        Row(
            401,
            kinds,
            lang="fr",
            created_at=START - timedelta(days=20),
            reference="CECOPS-KINDS",
            files={"evaluation_document": "rapport.pdf"},
        )
    ]
    rows += [
        Row(
            410 + n,
            sample_answers(
                initiative_name=f"Iniziativa {n}",
                country="IT",
                city="Torino",
                settings={"choices": ["night", "transport"] if n % 2 else ["schools"]},
            ),
            lang="it",
            created_at=START - timedelta(days=n),
            reference=reference,
        )
        for n, reference in enumerate(ITALY, start=1)
    ]
    rows += [
        Row(
            420 + n,
            sample_answers(initiative_name=f"Initiative {n}", country="BE", city="Gand"),
            lang="en",
            created_at=START - timedelta(days=10 + n),
            reference=reference,
        )
        for n, reference in enumerate(BELGIUM, start=1)
    ]
    rows.append(
        Row(
            430,
            {"org_name": "Ville de Lyon", "city": "Lyon", "country": "FR", "description": "Début"},
            status=DRAFT,
            lang="fr",
            created_at=START - timedelta(hours=5),
        )
    )
    return rows


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def served(
    tmp_path_factory: pytest.TempPathFactory,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[Served]:
    """The workspace in French, with the bot's messenger, on one seeded SQLite database."""
    path = tmp_path_factory.mktemp("walk") / "intake.db"
    db = create_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade_engine(db)
    await insert_rows(db, _rows())
    clock = Clock()
    messenger = FakeMessenger()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    workspace = Workspace(
        db=db,
        questionnaire=questionnaire,
        renderer=renderer,
        translate=translator,
        staff_language="fr",
        access=Access(frozenset({ADMIN_ID}), frozenset({STAFF_ID})),
        base_url=url,
        messenger=messenger,
        fetch_file=fetch_file,
        now=clock,
        timezone="Europe/Paris",
    )
    runner = web.AppRunner(build_web_app(workspace), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield Served(url, workspace, clock, messenger, runner.app)
    finally:
        await runner.cleanup()
        await db.dispose()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Any]:
    """One browser for the whole walk."""
    async with launched_chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def fr(translator: Translator) -> Any:
    """The French text of a message."""
    return lambda key, **args: translator("fr", key, args or None)


async def signed_in(browser: Any, served: Served, user_id: int, **options: Any) -> Any:
    context = await browser.new_context(viewport=options.pop("viewport", DESKTOP), **options)
    page = await context.new_page()
    await page.goto(await served.link(user_id))
    await page.locator("button[type=submit]").click()
    await page.wait_for_url(f"{served.url}/submissions")
    return page


async def test_every_answer_kind_reads_in_words(
    browser: Any, served: Served, fr: Any, renderer: Renderer
) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    await page.goto(f"{served.url}/submissions/CECOPS-KINDS")
    main = await page.inner_text("main")
    assert "not_applicable" not in main and "{" not in main
    assert await page.inner_text("#q-definition dd") == fr("answer-not-applicable")
    other = renderer.t(
        "fr", "answer-other", {"choice": fr("choice-settings-other"), "text": "marchés de Noël"}
    )
    assert other in await page.inner_text("#q-settings dd")
    assert await page.inner_text("#q-contact_phone dd") == fr("ws-skipped")
    assert "rapport.pdf" in await page.inner_text("#q-evaluation_document dd")
    # Times in the staff's zone, and the zone named.
    assert "Europe/Paris" in await page.inner_text("footer")
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d CES?T", await page.inner_text(".meta"))


async def test_status_and_note_in_one_press_then_next_through_a_filtered_list(
    browser: Any, served: Served, fr: Any
) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    await page.goto(f"{served.url}/submissions?country=IT")
    assert await page.locator("tbody tr").count() == 5
    await page.get_by_role("link", name=ITALY[0]).click()
    await page.wait_for_url(re.compile(rf"/submissions/{ITALY[0]}\?country=IT"))
    assert fr("ws2-position", position=1, total=5) in await page.inner_text(".walk")

    # Retenue + a note, one press: back here, confirmed, both in the history.
    await page.get_by_label(fr("ws-triage-selected"), exact=True).check()
    await page.get_by_label(fr("ws2-note-label")).fill("Très bon dossier")
    await page.get_by_role("button", name=fr("ws2-save-decision"), exact=True).click()
    await page.wait_for_url(re.compile(rf"/submissions/{ITALY[0]}\?country=IT&saved=saved"))
    status = await page.get_by_role("status").inner_text()
    assert fr("ws2-saved-saved", status=fr("ws-triage-selected")) in status
    history = await page.inner_text("#history")
    assert fr("ws-triage-selected") in history and "Très bon dossier" in history

    # After a decision, the next one is one click; then previous / next through all five.
    await page.get_by_role("status").get_by_role("link", name=fr("ws2-next-submission")).click()
    await page.wait_for_url(re.compile(rf"/submissions/{ITALY[1]}\?country=IT"))
    for reference in ITALY[2:]:
        await page.locator(".walk").get_by_role("link", name=fr("ws2-next-submission")).click()
        await page.wait_for_url(re.compile(rf"/submissions/{reference}\?country=IT"))
    walk = page.locator(".walk")
    assert fr("ws2-position", position=5, total=5) in await walk.inner_text()
    assert await walk.get_by_role("link", name=fr("ws2-next-submission")).count() == 0
    await walk.get_by_role("link", name=fr("ws2-previous-submission")).click()
    await page.wait_for_url(re.compile(rf"/submissions/{ITALY[3]}\?country=IT"))
    # Back to the list: the filter is still there.
    await walk.get_by_role("link", name=fr("ws-back-to-list")).click()
    await page.wait_for_url(f"{served.url}/submissions?country=IT")


async def test_a_facet_on_a_multiple_choice_question_and_a_chosen_column(
    browser: Any, served: Served, fr: Any
) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    await page.goto(f"{served.url}/submissions?country=IT")
    night = fr("choice-settings-night")
    facet = page.locator(".facets details", has_text=fr("q-settings-label"))
    assert re.search(rf"{night}\s+3", await facet.inner_text())  # 3 of the 5 Italian ones
    await facet.get_by_role("link", name=night).click()
    await page.wait_for_url(re.compile(r"country=IT&a\.settings=night"))
    assert await page.locator("tbody tr").count() == 3
    # Combined with a second facet, still in the URL.
    transport = fr("choice-settings-transport")
    await (
        page.locator(".facets details", has_text=fr("q-settings-label"))
        .get_by_role("link", name=transport)
        .click()
    )
    await page.wait_for_url(re.compile(r"a\.settings=night&a\.settings=transport"))
    assert await page.locator("tbody tr").count() == 3
    # The column chooser: the settings as a column, in words.
    await page.get_by_text(fr("ws2-columns"), exact=True).click()
    await page.locator(".column-chooser").get_by_label(fr("q-settings-label")).check()
    await page.get_by_role("button", name=fr("ws2-columns-apply")).click()
    await page.wait_for_url(re.compile(r"col=settings"))
    assert "a.settings=night" in page.url
    cell = page.locator("tbody tr").first.locator("td").last
    assert await cell.inner_text() == f"{night}\u202f; {transport}"


async def test_bulk_triage_of_three(browser: Any, served: Served, fr: Any) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    forged = {"status": "selected", "ref": BELGIUM[0]}
    assert (await page.request.post(f"{served.url}/triage", form=forged)).status == 403
    await page.goto(f"{served.url}/submissions?country=BE")
    for reference in BELGIUM:
        await page.get_by_label(fr("ws2-bulk-select-one", reference=reference)).check()
    await page.get_by_label(fr("ws2-bulk-label")).select_option("on_hold")
    await page.get_by_role("button", name=fr("ws2-bulk-apply")).click()
    await page.wait_for_url(re.compile(r"/submissions\?country=BE&done=bulk&changed=3"))
    assert fr("ws2-bulk-done", count=3) in await page.get_by_role("status").inner_text()
    badges = await page.locator("tbody .badge").all_inner_texts()
    assert badges == [fr("ws-triage-on_hold")] * 3
    async with served.db.connect() as conn:
        changed = await conn.scalar(
            select(func.count()).where(
                audit_log.c.action == "status", audit_log.c.actor_id == STAFF_ID
            )
        )
        held = await conn.scalar(
            select(func.count()).where(submissions.c.triage_status == "on_hold")
        )
    assert held == 3 and changed is not None and changed >= 3


async def test_exports_read_back(
    browser: Any, served: Served, fr: Any, renderer: Renderer
) -> None:
    page = await signed_in(browser, served, STAFF_ID)
    # CSV: staff's columns first, multiple choices split on an ASCII "; ".
    response = await page.request.get(f"{served.url}/submissions.csv?country=IT")
    table = list(csv.reader(io.StringIO((await response.body()).decode("utf-8-sig"))))
    header = table[0]
    assert header[:5] == [
        fr("export-column-reference"),
        fr("export-column-triage"),
        fr("export2-column-decided-at"),
        fr("export2-column-decided-by"),
        fr("export2-column-latest-note"),
    ]
    first = dict(zip(header, next(r for r in table[1:] if r[0] == ITALY[0]), strict=True))
    assert first[fr("export-column-triage")] == fr("ws-triage-selected")
    assert first[fr("export2-column-decided-by")] == str(STAFF_ID)
    assert first[fr("export2-column-latest-note")] == "Très bon dossier"
    assert first[fr("export-column-language")] == "Italiano" and first["language"] == "it"
    settings = first[renderer.label("settings", "fr")]
    assert settings.split("; ") == [
        fr("choice-settings-night"),
        fr("choice-settings-transport"),
    ]
    # XLSX: phone numbers as text without an apostrophe; every note in a second sheet.
    response = await page.request.get(f"{served.url}/submissions.xlsx?country=IT")
    book = load_workbook(io.BytesIO(await response.body()))
    sheet = book.worksheets[0]
    heads = [c.value for c in sheet[1]]
    phone = sheet.cell(row=2, column=heads.index(renderer.label("contact_phone", "fr")) + 1)
    assert phone.data_type == "s" and phone.value == "+33 6 12 34 56 78"
    notes = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    assert notes[0][0] == fr("export-column-reference")
    assert [n[0] for n in notes[1:]] == [ITALY[0]] and notes[1][-1] == "Très bon dossier"


async def test_audit_log_in_words(browser: Any, served: Served, fr: Any) -> None:
    page = await signed_in(browser, served, ADMIN_ID)
    await page.goto(f"{served.url}/audit")
    row = page.locator("tbody tr", has_text=ITALY[0]).first
    assert await row.get_by_role("link", name=ITALY[0]).count() == 1
    text = await row.inner_text()
    assert fr("ws-audit-status") in text
    changed = fr("ws2-audit-status-change", old=fr("ws-triage-new"), new=fr("ws-triage-selected"))
    assert changed in text
    export = page.locator("tbody tr", has_text=fr("ws-audit-export")).first
    assert fr("ws2-filter-label", filter=fr("ws-filter-country"), value="Italie") in (
        await export.inner_text()
    )
    main = await page.inner_text("main")
    assert "->" not in main and "?country" not in main


PAGES = (
    "/submissions",
    "/submissions?country=IT&a.settings=night&col=settings&col=description",
    f"/submissions/{ITALY[0]}?country=IT",
    "/drafts",
    "/overview",
    "/audit",
    "/submissions/NO-SUCH-REF",
)


async def test_phone_width_triage_first_nothing_overflows_and_axe(
    browser: Any, served: Served, fr: Any
) -> None:
    page = await signed_in(browser, served, ADMIN_ID, viewport=PHONE, bypass_csp=True)
    await page.goto(f"{served.url}/drafts")
    await page.get_by_role("link", name="Ville de Lyon").click()
    await page.wait_for_url(re.compile(r"/drafts/[0-9a-f-]{36}$"))
    draft = page.url.removeprefix(served.url)
    assert "Début" in await page.inner_text("#q-description")
    problems = {}
    for number, path in enumerate((*PAGES, draft), start=1):
        await page.goto(served.url + path)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:40]
        await page.screenshot(
            path=str(artifact(f"walk-{number}-{slug}-phone.png")), full_page=True
        )
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (path, width)
        await page.add_script_tag(path=str(AXE))
        result = json.loads(await page.evaluate("async () => JSON.stringify(await axe.run())"))
        found = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if found:
            problems[path] = found
    assert problems == {}
    # The decision is above the fold on a phone.
    await page.goto(f"{served.url}/submissions/{ITALY[1]}?country=IT")
    box = await page.locator("#triage").bounding_box()
    assert box is not None and box["y"] < PHONE["height"] / 2
    # Overview: each bar is a link to the filtered list; labels at least 12 px.
    await page.goto(f"{served.url}/overview")
    size = await page.locator(".bar-label").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert size >= 12
    await page.get_by_role("link", name=re.compile("Italie")).first.click()
    await page.wait_for_url(re.compile(r"/submissions\?country=IT"))
    assert await page.locator("tbody tr").count() == 5


async def test_desktop_screenshots(browser: Any, served: Served) -> None:
    page = await signed_in(browser, served, ADMIN_ID)
    for number, path in enumerate(PAGES, start=1):
        await page.goto(served.url + path)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:40]
        await page.screenshot(
            path=str(artifact(f"walk-{number}-{slug}-desktop.png")), full_page=True
        )
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= DESKTOP["width"], (path, width)

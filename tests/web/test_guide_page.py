"""The workspace's Guide page: who is left out and why, what to check, the order and the
introduction kept, the downloads; staff and admins only."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import aiohttp
import pytest
from docx import Document
from pypdf import PdfReader

from storage.people import Person, save_person
from tests.guide.data import PLANTED, guide_rows, insert_guide_rows
from tests.web.conftest import ADMIN_ID, AXE, STAFF_ID, Served, artifact

pytestmark = pytest.mark.usefixtures("served_plain")


async def _signed_in(served: Served, user_id: int = STAFF_ID) -> aiohttp.ClientSession:
    http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    token = (await served.link(user_id)).rsplit("/", 1)[1]
    async with http.post(f"{served.url}/signin", data={"token": token}) as signed:
        assert signed.status == 200, await signed.text()
    return http


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found is not None
    return found.group(1)


def _chapters(html: str) -> list[str]:
    listed = html.split('id="guide-chapters"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<span class="ref">([^<]+)</span>', listed)


async def test_the_page_lists_left_out_and_warnings_and_keeps_order_and_introduction(
    served_plain: Served,
) -> None:
    served = served_plain
    await insert_guide_rows(served.db, guide_rows())
    async with await _signed_in(served) as http:
        async with http.get(f"{served.url}/guide?lang=it") as response:
            assert response.status == 200
            html = await response.text()
        assert _chapters(html) == ["CEC-FR1", "CEC-IT1", "CEC-LT1"]  # by country
        left_out = html.split('id="guide-left-out"', 1)[1].split("</section>", 1)[0]
        assert "CEC-NO1" in left_out and "The respondent did not agree to publication." in left_out
        assert "CEC-UN1" in left_out and "CEC-NEW" not in left_out
        warnings = html.split('id="guide-warnings"', 1)[1].split("</section>", 1)[0]
        assert "CEC-LT1" in warnings and PLANTED in warnings
        assert "correct them in the DOCX before sharing it" in warnings  # what to do about them

        csrf = _csrf(html)
        order = {"csrf": csrf, "order": "manual", "manual": "CEC-LT1\nCEC-IT1", "back": "lang=it"}
        async with http.post(f"{served.url}/guide/order", data=order) as kept:
            assert kept.status == 200 and kept.url.path == "/guide"
            assert _chapters(await kept.text()) == ["CEC-LT1", "CEC-IT1", "CEC-FR1"]
        intro = {
            "csrf": csrf,
            "lang": "it",
            "introduction": "Benvenuti: ąčęėįšųūž.",
            "back": "lang=it",
        }
        async with http.post(f"{served.url}/guide/intro", data=intro) as kept:
            assert "Benvenuti: ąčęėįšųūž." in await kept.text()
        async with http.post(f"{served.url}/guide/intro", data={**intro, "csrf": "x"}) as bad:
            assert bad.status == 403

        async with http.get(f"{served.url}/guide.pdf?lang=it&status=selected") as pdf:
            assert pdf.headers["Content-Type"] == "application/pdf"
            assert "cecops-guide-it-" in pdf.headers["Content-Disposition"]
            reader = PdfReader(io.BytesIO(await pdf.read()))
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
        assert "Benvenuti: ąčęėįšųūž." in text
        assert text.index("1. Saugi kaimynystė") < text.index("3. Voisins vigilants")
        async with http.get(f"{served.url}/guide.docx?lang=fr&references=CEC-FR1") as docx:
            document = Document(io.BytesIO(await docx.read()))
        headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
        assert headings == [
            "Introduction",
            "1. Voisins vigilants",
            "Index par pays",
            "Index par activité",
        ]


async def test_a_reviewer_is_refused_the_guide(served_plain: Served) -> None:
    served = served_plain
    reviewer = Person(8101, "Jane Smith", "Metropolitan Police", "GB", "reviewer", ("en",), True)
    await save_person(served.db, reviewer, ADMIN_ID, served.clock())
    async with await _signed_in(served, reviewer.user_id) as http:
        for path in ("/guide", "/guide.pdf"):
            async with http.get(f"{served.url}{path}") as response:
                assert response.status == 403


async def test_the_page_needs_a_session(served_plain: Served) -> None:
    async with aiohttp.ClientSession() as http:
        for path in ("/guide", "/guide.pdf"):
            async with http.get(f"{served_plain.url}{path}") as response:
                assert response.status == 401


@pytest.mark.slow
async def test_the_page_on_a_desktop_and_a_phone(served_plain: Served, browser: Any) -> None:
    served = served_plain
    await insert_guide_rows(served.db, guide_rows())
    for name, viewport in (("guide-page-desktop", (1366, 900)), ("guide-page-phone", (390, 844))):
        context = await browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        page = await context.new_page()
        await page.goto(await served.link(STAFF_ID))
        await page.get_by_role("button", name="Sign in").click()
        await page.wait_for_url(f"{served.url}/submissions")
        await page.get_by_role("link", name="Guide").click()
        await page.wait_for_url(f"{served.url}/guide")
        assert await page.get_by_role("heading", level=1).inner_text() == "Good-practice guide"
        await page.screenshot(path=str(artifact(f"{name}.png")), full_page=True)
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport[0]  # nothing overflows, on a phone either
        split = (
            "[...document.querySelectorAll('input[name=order]')]"
            ".filter(i => i.closest('label').getClientRects().length > 1).length"
        )
        await page.set_viewport_size({"width": 320, "height": 700})
        assert (
            await page.evaluate(split) == 0
        )  # each order's radio button on the line of its words
        await context.close()
    # axe-core (CSP forbids injected scripts: this context lets the test inject it)
    context = await browser.new_context(bypass_csp=True)
    page = await context.new_page()
    await page.goto(await served.link(STAFF_ID))
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(f"{served.url}/submissions")
    await page.goto(f"{served.url}/guide?lang=lt")
    await page.add_script_tag(path=str(AXE))
    result = json.loads(await page.evaluate("async () => JSON.stringify(await axe.run())"))
    assert len(result["passes"]) > 10
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    await context.close()

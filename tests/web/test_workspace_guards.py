"""Redirects stay on the site; sign-in refuses other sites' forms and endless guessing."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest
from sqlalchemy import insert
from yarl import URL

from admin.web.security import COOKIE, SIGNIN_FAILURES, csrf_token
from dialogs.ports import ErasedMail
from storage.models import reminders
from tests.web.conftest import ADMIN_ID, DRAFT_ID, START, STREET_ANGELS, Served
from tests.web.test_hostile_parameters import signed_in


async def test_language_switch_never_redirects_to_another_site(served: Served) -> None:
    http = await signed_in(served)
    try:
        session = http.cookie_jar.filter_cookies(URL(served.url))[COOKIE].value
        for target, expected in (
            ("/\t/evil.example", "/submissions"),
            ("/\n/evil.example", "/submissions"),
            ("/\r\n/evil.example", "/submissions"),
            ("/ /evil.example", "/submissions"),
            ("/\\evil.example", "/submissions"),
            ("//evil.example", "/submissions"),
            ("https://evil.example/", "/submissions"),
            ("/drafts?page=2", "/drafts?page=2"),
        ):
            form = {"csrf": csrf_token(session), "lang": "fr", "next": target}
            async with http.post(
                f"{served.url}/language", data=form, allow_redirects=False
            ) as answer:
                assert answer.status == 303
                assert answer.headers["Location"] == expected, target
    finally:
        await http.close()


async def post_signin(served: Served, token: str, headers: dict[str, str] | None = None) -> int:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{served.url}/signin", data={"token": token}, headers=headers, allow_redirects=False
        ) as answer,
    ):
        return answer.status


async def test_a_sign_in_form_posted_from_another_site_is_refused(served: Served) -> None:
    token = (await served.link(ADMIN_ID)).rsplit("/", 1)[1]
    assert await post_signin(served, token, {"Origin": "https://evil.example"}) == 403
    assert await post_signin(served, token, {"Sec-Fetch-Site": "cross-site"}) == 403
    # Refused before it was used: the link still works from the workspace's own page.
    same = {"Origin": served.url, "Sec-Fetch-Site": "same-origin"}
    assert await post_signin(served, token, same) == 303


async def test_guessing_sign_in_tokens_is_stopped_for_a_while(served: Served) -> None:
    for n in range(SIGNIN_FAILURES):
        assert await post_signin(served, f"guess-{n}") == 403
    token = (await served.link(ADMIN_ID)).rsplit("/", 1)[1]
    assert await post_signin(served, "guess-more") == 429
    assert await post_signin(served, token) == 429  # even a good link waits
    served.clock.now += timedelta(minutes=11)
    assert await post_signin(served, token) == 303


async def test_a_reminder_not_sent_says_when_the_last_one_went(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert served.messenger is not None
    last = START - timedelta(days=1, hours=2)
    async with served.db.begin() as conn:
        await conn.execute(
            insert(reminders).values(
                submission_id=DRAFT_ID,
                kind="staff",
                claimed_at=last,
                claimed_by="test",
                outcome="sent",
                sent_at=last,
            )
        )

    async def too_soon(_: object) -> bool:
        return False  # the bot refuses: within REMINDER_AFTER of the last one

    monkeypatch.setattr(served.messenger, "send_reminder", too_soon)
    http = await signed_in(served)
    try:
        session = http.cookie_jar.filter_cookies(URL(served.url))[COOKIE].value
        async with http.post(
            f"{served.url}/drafts/{DRAFT_ID}/remind", data={"csrf": csrf_token(session)}
        ) as answer:
            assert answer.status == 200
            text = await answer.text()
    finally:
        await http.close()
    assert "The reminder could not be sent." in text
    assert "The last reminder to this respondent went on" in text
    assert "2026-03-31" in text


async def test_an_admin_erasure_removes_the_copies_outside_the_database(served: Served) -> None:
    erased: list[ErasedMail] = []

    async def remove_copies(mail: ErasedMail) -> None:
        erased.append(mail)

    # What build_workspace wires in: the .eml copies and digests of OUTBOX_DIR (EmlCopies).
    object.__setattr__(served.workspace, "on_erased", remove_copies)
    http = await signed_in(served)
    try:
        session = http.cookie_jar.filter_cookies(URL(served.url))[COOKIE].value
        form = {"csrf": csrf_token(session), "confirm": "yes"}
        async with http.post(
            f"{served.url}/submissions/CECOPS-ANGEL/erase", data=form, allow_redirects=False
        ) as answer:
            assert answer.status == 303
    finally:
        await http.close()
    [mail] = erased
    assert "CECOPS-ANGEL" in mail.references
    assert str(STREET_ANGELS) in mail.submissions

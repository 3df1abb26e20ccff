"""Every workspace page and export, signed in, answers hostile query parameters without a 500."""

from __future__ import annotations

import re
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from admin.web.params import NAMES_ALL
from tests.web.conftest import ADMIN_ID, DRAFT_ID, Served

# Values that broke a parser once or could: digits that int() refuses, signs, huge numbers,
# control characters, markup, SQL, path tricks, malformed dates, long text.
HOSTILE = (
    "²",
    "٣",
    "１",
    "-1",
    "0",
    "99999999999999999999999",
    "1e9",
    "NaN",
    "",
    " ",
    "\x00",
    "%00",
    "\\",
    "\\n",
    "\n",
    "'; DROP TABLE submissions; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "2026-13-45",
    "2026-02-30",
    "9999-12-31",
    "0000-00-00",
    "x" * 5000,
)
ONE_AT_A_TIME = ("²", "-1", "\x00", "9999-12-31", "x" * 5000)
# Every parameter the pages read, and a few they might one day.
NAMES = (
    "q", "status", "triage", "country", "lang", "activity", "since", "until", "sort", "dir",
    "page", "col", "a.activities", "a.org_type", "reminded", "erased", "done", "changed",
    "erase", "last", "next", "format",
)  # fmt: skip
# What the list reads (each alone, above all values at once).
LIST_NAMES = (*NAMES_ALL, "col", "a.activities")
PATH_VALUES = {
    "reference": "CECOPS-ANGEL",
    "question": "evaluation_document",
    "token": "not-a-token",
    "draft": str(DRAFT_ID),
}


def get_routes(app: web.Application, hostile: str | None = None) -> list[str]:
    """The path of every GET route but the static files, its parameters filled in: a known
    value, else the first alternative its pattern allows ("csv" of csv|xlsx), else "1"; with
    `hostile`, that value in every free-form parameter instead."""
    paths: set[str] = set()
    for route in app.router.routes():
        if route.method not in ("GET", "*") or route.resource is None:
            continue
        info = route.resource.get_info()
        if "prefix" in info:  # static files
            continue
        template = info.get("path") or info.get("formatter")
        assert isinstance(template, str)
        regex = info.get("pattern")
        allowed = dict(re.findall(r"\(\?P<(\w+)>([\w|]+)\)", regex.pattern if regex else ""))

        def value(match: re.Match[str], allowed: dict[str, str] = allowed) -> str:
            name = match.group(1)
            if hostile is not None and name not in allowed:
                return hostile
            if name in PATH_VALUES:
                return PATH_VALUES[name]
            return allowed[name].split("|")[0] if name in allowed else "1"

        paths.add(re.sub(r"\{(\w+)(?::[^}]*)?\}", value, template))
    return sorted(paths)


async def signed_in(served: Served) -> aiohttp.ClientSession:
    """A client with an admin's session (cookies on 127.0.0.1 need the unsafe jar)."""
    http = aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=aiohttp.ClientTimeout(total=30)
    )
    token = (await served.link(ADMIN_ID)).rsplit("/", 1)[1]
    async with http.post(
        f"{served.url}/signin",
        data={"token": token},
        headers={"Origin": served.url},
        allow_redirects=False,
    ) as answer:
        assert answer.status == 303, await answer.text()
    return http


@pytest.mark.slow
async def test_no_query_parameter_makes_any_page_fail(served: Served) -> None:
    paths = get_routes(served.app)
    assert {"/submissions", "/submissions.csv", "/drafts", "/overview"} <= set(paths)
    failures: list[tuple[str, dict[str, str], int]] = []
    http = await signed_in(served)
    try:

        async def fetch(path: str, params: dict[str, Any]) -> None:
            async with http.get(served.url + path, params=params, allow_redirects=False) as got:
                await got.read()
                if got.status >= 500:
                    failures.append((path, params, got.status))

        for path in paths:
            for value in HOSTILE:
                await fetch(path, dict.fromkeys(NAMES, value))
        for value in ("²", "-1", "99999999999999999999999"):
            for path in set(get_routes(served.app, value)) - set(paths):
                await fetch(path, {})
        # One at a time on the list, so that one refused value cannot hide another.
        for name in LIST_NAMES:
            for value in ONE_AT_A_TIME:
                await fetch("/submissions", {name: value})
    finally:
        await http.close()
    assert failures == []

"""Admin commands through the real Dispatcher, over HTTP, against the fake Bot API."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.chat_reports import ChatReports
from admin.export import LEAD_COLUMNS
from bot.app import build_bot, build_dispatcher
from bot.context import BotContext
from bot.handlers.admin import AdminServices, DigestShown, build_admin_router
from bot.sender import Sender
from bot.telegram_render import TelegramRenderer
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from dialogs.service import IntakeService
from storage.models import DRAFT
from storage.respondents import SqlRespondentStore
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.admin.test_filters import NOW_FOR_BOT, at
from tests.fakebotapi import FakeBotAPI, SentMessage, User

ADMIN = User(1001, "Ada", "fr")
OTHER = User(2002, "Bob", "fr")


PREVIEW = DigestShown(
    "Preview <only>", "CECOPS digest\n\n3 new submissions", ("cecops.csv", b"\xef\xbb\xbfa,b")
)


@dataclass
class Digest:
    """A stand-in for the digest preview: counts calls (with the language), answers or fails."""

    answer: DigestShown = field(default_factory=lambda: PREVIEW)
    fail: bool = False
    calls: list[str] = field(default_factory=list)

    async def __call__(self, lang: str) -> DigestShown:
        self.calls.append(lang)
        if self.fail:
            raise RuntimeError("database down")
        return self.answer


@dataclass
class Harness:
    api: FakeBotAPI
    digest: Digest

    async def send(self, user: User, command: str, args: str = "") -> SentMessage:
        self.api.user_command(user, command, args)
        reply = await self.api.wait_for_reply(user.id, timeout=20)
        await self.api.wait_idle()
        return reply


async def _run(
    db: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
    digest_now: Callable[[str], Awaitable[DigestShown]] | None,
) -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as api:
        bot = build_bot(api.token, api.base_url, throttle=False)
        reports = ChatReports(
            db=db,
            questionnaire=questionnaire,
            renderer=renderer,
            translate=translator,
            staff_language="en",
            now=lambda: NOW_FOR_BOT,
        )
        services = AdminServices(
            reports=reports, translate=translator, staff_language="en", digest_now=digest_now
        )

        async def on_blocked(_: int) -> None:
            return None

        context = BotContext(
            service=IntakeService(Engine(questionnaire, translator), SqlRespondentStore(db)),
            render=TelegramRenderer(renderer, translator),
            translate=translator,
            sender=Sender(on_blocked),
            admin_ids=frozenset({ADMIN.id}),
        )
        admin = build_admin_router(frozenset({ADMIN.id}), services)
        dispatcher, _ = build_dispatcher(context, admin)
        polling = asyncio.create_task(
            dispatcher.start_polling(
                bot, polling_timeout=1, handle_signals=False, close_bot_session=False
            )
        )
        try:
            yield api
        finally:
            await dispatcher.stop_polling()
            await polling
            await bot.session.close()


@pytest.fixture
def digest() -> Digest:
    return Digest()


@pytest.fixture
async def harness(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
    digest: Digest,
) -> AsyncIterator[Harness]:
    rows = [
        Row(11, sample_answers(org_name='=HYPERLINK("x")', country="IT"), lang="it"),
        Row(12, sample_answers(country="FR"), lang="fr", created_at=at(3, 2)),
        Row(13, {"org_name": "Brouillon"}, status=DRAFT, lang="fr", created_at=at(3, 3)),
    ]
    await insert_rows(db_engine, rows)
    async for api in _run(db_engine, questionnaire, renderer, translator, digest):
        yield Harness(api, digest)


async def test_export_sends_a_csv_document(harness: Harness, translator: Translator) -> None:
    reply = await harness.send(ADMIN, "export")
    (call,) = harness.api.calls("sendDocument")
    assert call.ok and reply.document == "cecops-export-20260403-0915.csv"
    assert reply.text == translator("fr", "admin-export-caption", {"count": 2})
    data = call.files["document"]
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 3
    assert rows[0][0] == translator("en", "export-column-reference")  # staff language
    assert rows[1][LEAD_COLUMNS] == '\'=HYPERLINK("x")'


async def test_export_with_filters_as_xlsx(harness: Harness, renderer: Renderer) -> None:
    await harness.send(ADMIN, "export", "xlsx status=all country=FR lang=lt respondent-lang=fr")
    (call,) = harness.api.calls("sendDocument")
    sheet = load_workbook(io.BytesIO(call.files["document"])).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][LEAD_COLUMNS] == renderer.label("org_name", "lt")
    assert [row[LEAD_COLUMNS - 4] for row in rows[1:]] == ["FR"]  # the country code


async def test_bad_arguments_get_the_usage(harness: Harness, translator: Translator) -> None:
    reply = await harness.send(ADMIN, "export", "status=<b>sent</b>")
    problem = translator("fr", "export-error-status", {"value": "<b>sent</b>"})
    assert reply.text == problem + "\n\n" + translator("fr", "admin-export-usage")
    assert harness.api.calls("sendDocument") == []


async def test_a_very_long_argument_is_named_shortened_not_lost(
    harness: Harness, translator: Translator
) -> None:
    reply = await harness.send(ADMIN, "export", "status=" + "x" * 3000)
    assert "{???}" not in reply.text
    problem = translator("fr", "export-error-status", {"value": "x" * 59 + "…"})
    assert reply.text == problem + "\n\n" + translator("fr", "admin-export-usage")


async def test_nothing_to_export(harness: Harness, translator: Translator) -> None:
    reply = await harness.send(ADMIN, "export", "country=LT")
    assert reply.text == translator("fr", "admin-export-empty")
    assert harness.api.calls("sendDocument") == []


async def test_stats(harness: Harness) -> None:
    reply = await harness.send(ADMIN, "stats")
    # French typography puts no-break spaces before colons: compare the words, not the spaces.
    lines = reply.text.replace("\u00a0", " ").replace("\u202f", " ").split("\n")
    assert lines[0] == "Statistiques au 2026-04-03 09:15 (UTC)"
    assert lines[1] == "Questionnaires — envoyés : 2 · en cours : 1 · retirés : 0"
    assert "Italie : 1" in lines[-1] and "France : 1" in lines[-1]


async def test_digest_shows_a_preview_and_its_csv(harness: Harness) -> None:
    reply = await harness.send(ADMIN, "digest")
    # The note, then the digest itself, as text (not HTML); the admin's language is used.
    assert reply.text == "Preview <only>\n\nCECOPS digest\n\n3 new submissions"
    assert harness.digest.calls == ["fr"]
    sent = await harness.api.wait_for_call("sendDocument", timeout=10)
    assert harness.api.last_message(ADMIN.id).document is not None
    assert sent.files and b"a,b" in next(iter(sent.files.values()))


@pytest.mark.parametrize("digest", [Digest(fail=True)])
async def test_digest_failure(harness: Harness, translator: Translator) -> None:
    reply = await harness.send(ADMIN, "digest")
    assert reply.text == translator("fr", "admin-digest-failed")


@pytest.mark.parametrize(
    ("command", "args"),
    [("export", ""), ("export", "xlsx status=all"), ("stats", ""), ("digest", "")],
)
async def test_others_get_the_unknown_command_answer(
    harness: Harness, command: str, args: str
) -> None:
    unknown = await harness.send(OTHER, "nosuchcommand")
    reply = await harness.send(OTHER, command, args)
    assert (reply.text, reply.html, reply.buttons) == (unknown.text, unknown.html, [])
    assert harness.api.calls("sendDocument") == []
    assert harness.digest.calls == []
    assert harness.api.errors() == []


async def test_digest_not_configured(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> None:
    async for api in _run(db_engine, questionnaire, renderer, translator, None):
        harness = Harness(api, Digest())
        reply = await harness.send(ADMIN, "digest")
        assert reply.text == translator("fr", "admin-digest-unavailable")

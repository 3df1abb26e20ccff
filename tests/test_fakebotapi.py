"""The fake Bot API: a real aiogram Bot talks to it over HTTP and gets Telegram's answers."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.filters import CommandStart
from aiogram.methods import SendMessage
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
)
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from tests.fakebotapi import (
    SPEC_ENV,
    Chat,
    FakeBotAPI,
    HTMLParseError,
    User,
    parse_html,
    refresh_spec,
    spec_path,
)

USER = User(42, "Ana", "pt")


def _keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in buttons]
    )


async def _raw(api: FakeBotAPI, method: str, body: dict[str, Any]) -> tuple[int, Any]:
    """Call the fake with a plain JSON request, bypassing aiogram's client-side models."""
    async with (
        aiohttp.ClientSession() as client,
        client.post(f"{api.base_url}/bot{api.token}/{method}", json=body) as response,
    ):
        return response.status, await response.json()


async def _close(session: AiohttpSession) -> None:
    """Close the HTTP session without aiogram's 0.25 s grace sleep (it is meant for TLS)."""
    client = await session.create_session()
    await client.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        fake.add_chat(USER.private_chat, USER)
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    real = Bot(api.token, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    yield real
    await _close(session)


# ---------------------------------------------------------------- text and HTML


async def test_html_is_accepted_and_recorded_as_plain_text(api: FakeBotAPI, bot: Bot) -> None:
    html = '<b>Olá</b> &amp; <a href="https://efus.eu">EFUS</a> 😀 <i>fim</i>'
    sent = await bot.send_message(USER.id, html)

    assert sent.text == "Olá & EFUS 😀 fim"
    assert sent.from_user is not None and sent.from_user.username == api.bot_username
    shown = api.last_message(USER.id)
    assert (shown.text, shown.html, shown.parse_mode) == (sent.text, html, "HTML")
    assert [(e["type"], e["offset"], e["length"]) for e in shown.entities] == [
        ("bold", 0, 3),
        ("text_link", 6, 4),
        ("italic", 14, 3),  # the emoji counts two UTF-16 code units
    ]
    assert api.calls("sendMessage")[0].params["chat_id"] == USER.id


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<b>unclosed", "Can't find end tag"),
        ("<b>crossed</i>", "Unmatched end tag"),
        ("<p>paragraph</p>", 'Unsupported start tag "p"'),
        ("Tom & Jerry", 'Unescaped "&"'),
        ("&nbsp;", "Unsupported HTML entity"),
        ("1 < 2", "Unsupported start tag"),
        ('<span class="x">s</span>', "tg-spoiler"),
        ("x" * 4097, "message is too long"),
        ("😀" * 2049, "message is too long"),
        ("", "message text is empty"),
        ("  \n <b> </b>", "message text is empty"),
    ],
)
async def test_text_telegram_refuses_is_rejected(
    api: FakeBotAPI, bot: Bot, text: str, fragment: str
) -> None:
    with pytest.raises(TelegramBadRequest, match=fragment) as caught:
        await bot.send_message(USER.id, text)

    assert caught.value.message.startswith("Bad Request: ")
    assert api.messages(USER.id) == []
    assert api.errors()[0].method == "sendMessage"


async def test_length_limit_counts_utf16_units_after_parsing(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER.id, "<b>" + "x" * 4096 + "</b>")
    await bot.send_message(USER.id, "😀" * 2048)
    await bot.send_message(USER.id, "a < b", parse_mode=None)

    assert [len(m.text) for m in api.messages(USER.id)] == [4096, 2048, 5]


async def test_markdown_is_refused_by_the_fake(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="not supported by the fake"):
        await bot.send_message(USER.id, "*bold*", parse_mode="MarkdownV2")


# -------------------------------------------------------------------- keyboards


async def test_callback_data_is_limited_to_64_bytes(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER.id, "ok", reply_markup=_keyboard(("Sim", "y" * 64)))

    for data in ("y" * 65, "é" * 33):  # 66 bytes in UTF-8
        with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
            await bot.send_message(USER.id, "no", reply_markup=_keyboard(("Não", data)))
    assert api.last_message(USER.id).buttons[0][0].callback_data == "y" * 64


async def test_keyboards_are_validated(api: FakeBotAPI, bot: Bot) -> None:
    reply = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Partilhar", request_contact=True)]]
    )
    await bot.send_message(USER.id, "phone?", reply_markup=reply)
    assert api.last_message(USER.id).buttons == []
    assert api.last_message(USER.id).reply_markup == reply.model_dump(exclude_none=True)

    action_less = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="x")]])
    with pytest.raises(TelegramBadRequest, match="text buttons are unallowed"):
        await bot.send_message(USER.id, "no", reply_markup=action_less)
    bad_url = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="x", url="javascript:alert(1)")]]
    )
    with pytest.raises(TelegramBadRequest, match="URL"):
        await bot.send_message(USER.id, "no", reply_markup=bad_url)


# ----------------------------------------------------------------------- edits


async def test_edits_follow_telegram_rules(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(USER.id, "<b>Q1</b>", reply_markup=_keyboard(("A", "a")))
    chat_id, message_id = USER.id, sent.message_id

    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            "<b>Q1</b>", chat_id=chat_id, message_id=message_id, reply_markup=_keyboard(("A", "a"))
        )
    # Leaving reply_markup out removes the keyboard, which is a change.
    await bot.edit_message_text("<b>Q1</b>", chat_id=chat_id, message_id=message_id)
    assert api.last_message(USER.id).buttons == []
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id)
    await bot.edit_message_reply_markup(
        chat_id=chat_id, message_id=message_id, reply_markup=_keyboard(("B", "b"))
    )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=chat_id, message_id=999)

    shown = api.last_message(USER.id)
    assert (shown.text, shown.button_texts, shown.edit_count) == ("Q1", ["B"], 2)


async def test_deleted_messages_disappear(api: FakeBotAPI, bot: Bot) -> None:
    first = await bot.send_message(USER.id, "one")
    await bot.send_message(USER.id, "two")
    await bot.delete_message(USER.id, first.message_id)

    assert [m.text for m in api.messages(USER.id)] == ["two"]
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(USER.id, first.message_id)


async def test_edits_take_inline_keyboards_only(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(USER.id, "Q", reply_markup=_keyboard(("A", "a")))
    reply = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="x")]])

    status, body = await _raw(
        api,
        "editMessageReplyMarkup",
        {"chat_id": USER.id, "message_id": sent.message_id, "reply_markup": reply.model_dump()},
    )
    assert (status, body["description"]) == (400, "Bad Request: inline keyboard expected")
    user_message = api.user_text(USER, "mine")["message"]["message_id"]
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("x", chat_id=USER.id, message_id=user_message)
    with pytest.raises(TelegramBadRequest, match="wrong parameter action"):
        await bot.send_chat_action(USER.id, "dancing")
    assert await bot.send_chat_action(USER.id, "typing")


# ------------------------------------------------------------- errors and chats


async def test_injected_429_surfaces_as_retry_after(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", status=429, retry_after=7)

    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(USER.id, "hello")
    await bot.send_message(USER.id, "hello")

    assert caught.value.retry_after == 7
    assert [m.text for m in api.messages(USER.id)] == ["hello"]
    assert api.errors() == []
    assert api.errors(include_injected=True)[0].status == 429


async def test_blocked_and_unknown_chats_are_forbidden(api: FakeBotAPI, bot: Bot) -> None:
    api.blocked.add(USER.id)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(USER.id, "hi")
    with pytest.raises(TelegramForbiddenError, match="can't initiate conversation"):
        await bot.send_message(777, "hi")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(-100123, "hi")

    api.add_chat(Chat(-100123, "supergroup", title="Admins"))
    api.fail_next("sendMessage", status=403, chat_id=-100123)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(-100123, "hi")
    await bot.send_message(-100123, "hi")


async def test_wrong_token_and_unknown_method(api: FakeBotAPI) -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    stranger = Bot("999:WRONG", session=session)
    with pytest.raises(TelegramUnauthorizedError):
        await stranger.get_me()
    await _close(session)

    not_found = {"ok": False, "error_code": 404, "description": "Not Found"}
    assert await _raw(api, "sendPoll", {}) == (404, not_found)
    # Method names are case-insensitive, as in Telegram.
    assert (await _raw(api, "GETME", {}))[0] == 200


async def test_json_and_urlencoded_bodies_are_accepted(api: FakeBotAPI) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    url = f"{api.base_url}/bot{api.token}/sendMessage"
    async with aiohttp.ClientSession() as client:
        json_body = {"chat_id": USER.id, "text": "json", "reply_markup": markup}
        async with client.post(url, json=json_body) as response:
            assert response.status == 200
        form = {
            "chat_id": str(USER.id),
            "text": "form",
            "reply_markup": '{"remove_keyboard":true}',
        }
        async with client.post(url, data=form) as response:
            assert response.status == 200
        async with client.post(url, data={"chat_id": "42", "text": "x", "reply_markup": "{"}) as r:
            assert r.status == 400

    assert [m.text for m in api.messages(USER.id)] == ["json", "form"]
    assert api.calls("sendMessage")[1].params["reply_markup"] == {"remove_keyboard": True}


async def test_required_parameters_come_from_the_spec(api: FakeBotAPI) -> None:
    status, body = await _raw(api, "sendChatAction", {"chat_id": USER.id})

    assert (status, body["description"]) == (400, "Bad Request: action is empty")


async def test_spec_location_can_be_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SPEC_ENV, "/nonexistent/api.min.json")
    with pytest.raises(FileNotFoundError, match=SPEC_ENV):
        FakeBotAPI()


def test_the_spec_is_bundled_in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SPEC_ENV, raising=False)
    repo = Path(__file__).resolve().parents[1]

    assert spec_path().is_relative_to(repo)


def test_refreshing_the_spec_replaces_it_only_with_a_spec(tmp_path: Path) -> None:
    bundled = tmp_path / "data" / "api.min.json"
    newer = tmp_path / "newer.json"
    newer.write_text(
        json.dumps({"version": "Bot API 99.0", "methods": {"sendMessage": {"fields": []}}}),
        encoding="utf-8",
    )
    not_a_spec = tmp_path / "other.json"
    not_a_spec.write_text(json.dumps({"methods": {}}), encoding="utf-8")

    assert refresh_spec.main([str(newer), "--into", str(bundled)]) == 0
    assert bundled.read_bytes() == newer.read_bytes()
    assert refresh_spec.main([str(not_a_spec), "--into", str(bundled)]) == 1
    assert bundled.read_bytes() == newer.read_bytes()


# ------------------------------------------------------------ callback queries


async def test_callback_query_can_be_answered_once(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(USER.id, "Pick", reply_markup=_keyboard(("A", "pick:a")))
    update = api.user_press(USER, api.last_message(USER.id), "pick:a")
    query_id = update["callback_query"]["id"]
    assert update["callback_query"]["message"]["message_id"] == sent.message_id

    with pytest.raises(TelegramBadRequest, match="MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query_id, text="x" * 201)
    await bot.answer_callback_query(query_id, text="ok")
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(LookupError):
        api.user_press(USER, api.last_message(USER.id), "forged")


# ----------------------------------------------------------------------- updates


async def test_get_updates_long_polls_and_honours_offset(api: FakeBotAPI, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    api.user_command(USER, "start")
    updates = await poll

    assert time.monotonic() - started < 1
    assert len(updates) == 1 and updates[0].message is not None
    assert updates[0].message.text == "/start"
    assert updates[0].message.entities is not None
    assert updates[0].message.entities[0].type == "bot_command"
    # Not confirmed yet: delivered again; confirmed by offset: gone.
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [updates[0].update_id]
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == []
    assert api.calls("getUpdates")[-1].params["offset"] == updates[0].update_id + 1


async def test_user_updates_parse_as_aiogram_models(api: FakeBotAPI, bot: Bot) -> None:
    group = Chat(-1001, "supergroup", title="Cidades")
    sent = await bot.send_message(USER.id, "Q", reply_markup=_keyboard(("A", "a")))
    api.user_text(USER, "hello", chat=group)
    api.user_photo(USER, caption="foto")
    api.user_sticker(USER)
    api.user_voice(USER)
    api.user_contact(USER, "+351912345678")
    first = api.user_text(USER, "typo")
    api.user_edit(USER, first["message"]["message_id"], "fixed")
    with pytest.raises(LookupError, match="sent by the bot"):
        api.user_edit(USER, sent.message_id, "users cannot edit bot messages")
    api.user_press(USER, api.last_message(USER.id), "a")

    updates = await bot.get_updates(timeout=0)

    kinds = [u.event_type for u in updates]
    assert kinds == ["message"] * 6 + ["edited_message", "callback_query"]
    assert updates[0].message is not None and updates[0].message.chat.title == "Cidades"
    assert updates[1].message is not None and updates[1].message.photo is not None
    assert updates[6].edited_message is not None
    assert updates[6].edited_message.text == "fixed"
    query = updates[7].callback_query
    assert query is not None and isinstance(query.message, Message)
    assert query.message.message_id == sent.message_id


async def test_unwanted_update_kinds_are_dropped(api: FakeBotAPI, bot: Bot) -> None:
    first = api.user_text(USER, "typo")
    api.user_edit(USER, first["message"]["message_id"], "fixed")

    updates = await bot.get_updates(timeout=0, allowed_updates=["message"])

    assert [u.event_type for u in updates] == ["message"]
    assert [next(iter(set(u) - {"update_id"})) for u in api.dropped_updates] == ["edited_message"]


async def test_second_poller_terminates_the_first(bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=3))
    await asyncio.sleep(0.05)
    await bot.get_updates(timeout=0)

    with pytest.raises(TelegramConflictError):
        await first


# ------------------------------------------------------------------------ files


async def test_user_file_can_be_fetched_and_downloaded(api: FakeBotAPI, bot: Bot) -> None:
    content = b"%PDF-1.7 experience report"
    update = api.user_document(USER, "report.pdf", "application/pdf", content=content)
    file_id = update["message"]["document"]["file_id"]

    file = await bot.get_file(file_id)
    assert file.file_path is not None
    downloaded = await bot.download_file(file.file_path)
    assert downloaded is not None and downloaded.read() == content

    big = api.user_document(USER, "video.mp4", "video/mp4", size=25 * 1024 * 1024)
    with pytest.raises(TelegramBadRequest, match="file is too big"):
        await bot.get_file(big["message"]["document"]["file_id"])
    with pytest.raises(TelegramBadRequest):
        await bot.get_file("no-such-file")


async def test_bot_upload_is_recorded_and_reusable(api: FakeBotAPI, bot: Bot) -> None:
    data = b"PK\x03\x04 spreadsheet"
    sent = await bot.send_document(
        USER.id, BufferedInputFile(data, "export.xlsx"), caption="<b>Export</b>"
    )

    assert sent.document is not None and sent.caption == "Export"
    shown = api.last_message(USER.id)
    assert (shown.document, shown.text) == ("export.xlsx", "Export")
    assert api.calls("sendDocument")[0].files == {"document": data}
    again = await bot.send_document(USER.id, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await bot.send_document(USER.id, sent.document.file_id, caption="x" * 1025)


# --------------------------------------------------------------------- commands


async def test_commands_are_validated_and_stored(api: FakeBotAPI, bot: Bot) -> None:
    commands = [BotCommand(command="start", description="Começar")]
    scope = BotCommandScopeAllPrivateChats()
    await bot.set_my_commands(commands, scope=scope, language_code="pt")

    stored = await bot.get_my_commands(scope=scope, language_code="pt")
    assert [(c.command, c.description) for c in stored] == [("start", "Começar")]
    assert await bot.get_my_commands() == []
    bad: list[tuple[list[BotCommand], str | None]] = [
        ([BotCommand(command="Start", description="x")], None),
        ([BotCommand(command="start", description="x" * 257)], None),
        ([BotCommand(command=f"c{i}", description="x") for i in range(101)], None),
        (commands, "por"),
    ]
    for bad_commands, language in bad:
        with pytest.raises(TelegramBadRequest):
            await bot.set_my_commands(bad_commands, language_code=language)
    await bot.delete_my_commands(scope=scope, language_code="pt")
    assert api.commands(scope.model_dump(), "pt") == []


# ------------------------------------------------------------ the bot, end to end


def _intake_router() -> Router:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        """Greets and offers a choice."""
        await message.answer("<b>Olá!</b> Continue?", reply_markup=_keyboard(("Sim", "go:yes")))

    @router.callback_query(F.data == "go:yes")
    async def chosen(query: CallbackQuery) -> None:
        """Confirms the choice in place and acknowledges the press."""
        assert isinstance(query.message, Message)
        await query.message.edit_text("Obrigado.")
        await query.answer()

    return router


async def test_polling_bot_conversation(api: FakeBotAPI, bot: Bot) -> None:
    dispatcher = Dispatcher()
    dispatcher.include_router(_intake_router())
    polling = asyncio.create_task(
        dispatcher.start_polling(
            bot, polling_timeout=1, handle_signals=False, close_bot_session=False
        )
    )
    try:
        api.user_command(USER, "start")
        greeting = await api.wait_for_reply(USER.id)
        assert (greeting.text, greeting.button_texts) == ("Olá! Continue?", ["Sim"])

        api.user_press_text(USER, "Sim")
        thanks = await api.wait_for_reply(USER.id)
        await api.wait_idle()
    finally:
        await dispatcher.stop_polling()
        await polling

    assert (thanks.message_id, thanks.text, thanks.buttons) == (
        greeting.message_id,
        "Obrigado.",
        [],
    )
    assert len(api.calls("answerCallbackQuery")) == 1
    assert api.errors() == []


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    return runner, f"http://127.0.0.1:{sock.getsockname()[1]}"


async def test_webhook_delivery_with_secret_and_reply(api: FakeBotAPI, bot: Bot) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> Any:
        """Replies through the webhook response instead of a separate request."""
        return SendMessage(chat_id=message.chat.id, text=f"eco: {message.text}")

    handler = SimpleRequestHandler(
        dispatcher, bot, handle_in_background=False, secret_token="s3cr3t"
    )
    app = web.Application()
    app.router.add_post("/hook", handler.handle)
    runner, base = await _serve(app)
    try:
        await bot.set_webhook("https://bot.example.org/hook", secret_token="s3cr3t")
        with pytest.raises(TelegramConflictError):
            await bot.get_updates()
        update = api.user_text(USER, "olá")
        assert await api.post_webhook(f"{base}/hook", update, secret="wrong") == 401
        assert await api.post_webhook(f"{base}/hook", update, secret="s3cr3t") == 200
        info = await bot.get_webhook_info()
    finally:
        await runner.cleanup()

    assert api.last_message(USER.id).text == "eco: olá"
    assert api.calls("sendMessage")[0].via_webhook_reply
    assert (info.url, info.pending_update_count) == ("https://bot.example.org/hook", 0)
    with pytest.raises(TelegramBadRequest, match="HTTPS url"):
        await bot.set_webhook("http://bot.example.org/hook")


async def test_waiting_times_out_with_a_dump(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER.id, "visible in the dump")

    with pytest.raises(TimeoutError, match="visible in the dump"):
        await api.wait_for_call("sendDocument", timeout=0.05)
    api.user_text(USER, "nobody polls")
    with pytest.raises(TimeoutError, match="not yet fetched: 1"):
        await api.wait_idle(timeout=0.05)


# ------------------------------------------------------------------ HTML parser


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("<b>a<i>b</i></b>", "ab", [("bold", 0, 2), ("italic", 1, 1)]),
        ("<strong>x</>", "x", [("bold", 0, 1)]),
        (
            '<pre><code class="language-python">x = 1</code></pre>',
            "x = 1",
            [("pre", 0, 5)],
        ),
        ("<code>c</code>", "c", [("code", 0, 1)]),
        ("<blockquote expandable>q</blockquote>", "q", [("expandable_blockquote", 0, 1)]),
        (
            '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
            "st",
            [("spoiler", 0, 1), ("spoiler", 1, 1)],
        ),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍", [("custom_emoji", 0, 2)]),
        ("&lt;&gt;&quot;&#65;&#x1F600; >", '<>"A😀 >', []),
        ("<a href='https://x.org/?a=1&amp;b=2'>x</a>", "x", [("text_link", 0, 1)]),
    ],
)
def test_parse_html(html: str, text: str, entities: list[tuple[str, int, int]]) -> None:
    parsed = parse_html(html)

    assert parsed.text == text
    assert [(e["type"], e["offset"], e["length"]) for e in parsed.entities] == entities


def test_parse_html_keeps_link_and_language() -> None:
    parsed = parse_html(
        "<a href='https://x.org/?a=1&amp;b=2'>x</a>"
        '<pre><code class="language-python">y</code></pre>'
    )

    assert parsed.entities[0]["url"] == "https://x.org/?a=1&b=2"
    assert parsed.entities[1]["language"] == "python"


@pytest.mark.parametrize(
    "html",
    ["<b", "</b>", "<b>x</b", '<a href="x>y</a>', "<tg-emoji>x</tg-emoji>", "&#0;", "<i =x>"],
)
def test_parse_html_errors(html: str) -> None:
    with pytest.raises(HTMLParseError):
        parse_html(html)

"""The front of the routing and the keyboards laid out once: the same answers as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from aiogram.types import Chat, Message

from app.build import build_core
from app.settings import Settings
from bot.callbacks import QUESTION_CODES, NavCb, QuestionCb
from bot.handlers.answers import typed_text
from bot.telegram_render import TelegramRenderer
from dialogs import events as ev
from dialogs.model import Kind, short_key


def message(text: str | None) -> Message:
    chat = Chat(id=7, type="private")
    return Message(message_id=1, date=datetime.now(UTC), chat=chat, text=text)


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Comune di Bologna", True),
        ("50/50", True),
        ("/start", False),
        ("  /start bologna", False),  # aiogram's Command reads it as /start: not an answer
        ("\n/skip", False),
        ("", False),
        (None, False),
    ],
)
async def test_typed_answers_taken_first_are_never_commands(text: str | None, typed: bool) -> None:
    assert await typed_text(message(text)) is typed


@pytest.fixture(scope="module")
def renderer() -> TelegramRenderer:
    core = build_core(Settings(_env_file=None))  # type: ignore[call-arg]
    return TelegramRenderer(core.renderer, core.translate)


def ask(renderer: TelegramRenderer, question: str, draft: str, **more: object) -> ev.Ask:
    q = renderer.r.q.question(question)
    fields: dict[str, object] = {
        "question": question, "kind": q.kind, "draft": draft, "section": q.section,
        "section_no": 1, "section_count": 5, "number": 2, "count": 9,
        "required": q.required, "can_back": True, "options": q.choice_ids,
    }  # fmt: skip
    return ev.Ask(**{**fields, **more})  # type: ignore[arg-type]


def data_of(renderer: TelegramRenderer, asked: ev.Ask) -> list[str]:
    markup = renderer._ask(asked, "en").markup
    assert markup is not None
    return [b.callback_data or "" for row in markup.inline_keyboard for b in row]


def test_a_remembered_keyboard_carries_each_drafts_own_token(renderer: TelegramRenderer) -> None:
    question = next(q for q in renderer.r.q.questions() if q.kind is Kind.SINGLE)
    first = data_of(renderer, ask(renderer, question.id, "aaaa1111"))
    second = data_of(renderer, ask(renderer, question.id, "bbbb2222"))  # from the cache
    key, code = short_key(question.id), QUESTION_CODES["choose"]
    expected = [
        QuestionCb(action=code, question=key, draft="bbbb2222", choice=short_key(c)).pack()
        for c in question.choice_ids
    ]
    assert second[: len(expected)] == expected
    assert NavCb(action="b", draft="bbbb2222", question=key).pack() in second
    assert [d.replace("aaaa1111", "bbbb2222") for d in first] == second
    assert not any("\x00" in d for d in first + second)


def test_a_remembered_keyboard_shows_each_selection(renderer: TelegramRenderer) -> None:
    question = next(q for q in renderer.r.q.questions() if q.kind is Kind.MULTI)
    picked = question.choice_ids[0]
    labels = []
    for selected in (frozenset(), frozenset({picked}), frozenset()):
        markup = renderer._ask(ask(renderer, question.id, "cccc3333", selected=selected), "en")
        assert markup.markup is not None
        labels.append(markup.markup.inline_keyboard[0][0].text)
    assert labels[0] == labels[2] != labels[1]
    assert labels[1].startswith("✅") and labels[0].startswith("▫️")

"""Telegram rendering and pacing, checked against what the Bot API accepts (no network)."""

from __future__ import annotations

import pytest

from app.build import build_core
from app.settings import Settings
from bot.telegram_render import TelegramRenderer, split_lines
from bot.telegram_text import MESSAGE_LIMIT
from bot.throttle import RateLimiter
from dialogs import events as ev
from dialogs import service as svc
from dialogs.i18n import LANGUAGES
from tests.fakebotapi import parse_html, utf16_len


@pytest.fixture(scope="module")
def renderer() -> TelegramRenderer:
    core = build_core(Settings(_env_file=None))  # type: ignore[call-arg]
    return TelegramRenderer(core.renderer, core.translate)


def review_with_long_answers(renderer: TelegramRenderer) -> ev.ShowReview:
    sections = []
    for section in renderer.r.q.sections:
        items = tuple(
            ev.ReviewItem(q.id, "<b>&" + "ž🚌" * 1400, True) if q.kind.value == "longtext"
            else ev.ReviewItem(q.id, None, False)
            for q in section.questions
            if q.when is None
        )  # fmt: skip
        sections.append(ev.ReviewSection(section.id, items))
    analysis = [s.section for s in sections].index("analysis")  # the page with most text
    return ev.ShowReview("d1", tuple(sections), complete=False, page=analysis)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_long_review_is_split_into_messages_telegram_accepts(
    renderer: TelegramRenderer, lang: str
) -> None:
    messages = renderer.render(svc.Reply(lang, [review_with_long_answers(renderer)]))
    assert messages  # one page of long answers: split only if it has to be
    for message in messages:
        parsed = parse_html(message.text)  # raises on HTML Telegram would refuse
        assert 0 < utf16_len(parsed.text) <= MESSAGE_LIMIT
    assert all(m.markup is None for m in messages[:-1])
    last = messages[-1].markup
    assert last is not None
    data = [b.callback_data or "" for row in last.inline_keyboard for b in row]
    assert all(len(d.encode()) <= 64 for d in data)
    review = review_with_long_answers(renderer)
    assert sum(d.startswith("n:e:") for d in data) == len(review.sections[review.page].items)


def test_user_text_is_escaped_in_questions_and_notices(renderer: TelegramRenderer) -> None:
    ask = ev.Ask(
        question="city", kind=renderer.r.q.question("city").kind, draft="d1", section="about",
        section_no=1, section_count=5, number=4, count=9, required=True, can_back=True,
        current="<script>&amp;</i>", has_current=True,
    )  # fmt: skip
    [message] = renderer.render(svc.Reply("fr", [ev.Say("error-empty"), ask]))
    assert "&lt;script&gt;&amp;amp;&lt;/i&gt;" in message.text
    assert "<script>&amp;</i>" in parse_html(message.text).text


def test_split_lines_never_breaks_inside_a_line() -> None:
    lines = ["a" * 3000, "b" * 3000, "c" * 10]
    assert split_lines(lines) == ["a" * 3000, "b" * 3000 + "\n" + "c" * 10]


def test_pacing_per_chat_and_overall() -> None:
    now = [0.0]
    limiter = RateLimiter(per_chat=1.0, chat_burst=3.0, overall=30.0, clock=lambda: now[0])
    # A burst of three in one chat goes at once, then about one a second.
    delays = [limiter.delay(7) for _ in range(6)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays[3:] == pytest.approx([1.0, 2.0, 3.0])
    # Forty chats at the same instant: the first thirty go, the rest wait their turn.
    now[0] = 100.0
    overall = [limiter.delay(1000 + chat) for chat in range(40)]
    assert overall[:30] == [0.0] * 30
    assert overall[30:] == pytest.approx([(i + 1) / 30 for i in range(10)])


def test_french_review_lines_have_the_space_before_the_colon(
    renderer: TelegramRenderer,
) -> None:
    messages = renderer.render(svc.Reply("fr", [review_with_long_answers(renderer)]))
    lines = [line for m in messages for line in parse_html(m.text).text.split("\n")]
    answers = [line for line in lines if line.startswith("• ")]
    assert answers and all("\u00a0: " in line for line in answers), answers[:3]

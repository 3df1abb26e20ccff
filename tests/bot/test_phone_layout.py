"""Every button shows in full on a phone: ~30 characters alone, 14 for two, 9 for three."""

from __future__ import annotations

import pytest
from aiogram.types import InlineKeyboardMarkup

from app.build import build_core
from app.settings import Settings
from bot.layout import ROW_WIDTH, display_width, pack, row_fits
from bot.telegram_render import TelegramRenderer
from dialogs import events as ev
from dialogs import service as svc
from dialogs.i18n import LANGUAGES


@pytest.fixture(scope="module")
def renderer() -> TelegramRenderer:
    core = build_core(Settings(_env_file=None))  # type: ignore[call-arg]
    return TelegramRenderer(core.renderer, core.translate)


def cut_labels(markup: InlineKeyboardMarkup | None) -> list[str]:
    """Labels a phone would cut, with the row they are in."""
    if markup is None:
        return []
    cut = []
    for row in markup.inline_keyboard:
        labels = [button.text for button in row]
        if not row_fits(labels):
            cut.append(" | ".join(labels))
    return cut


def asks(renderer: TelegramRenderer, lang: str) -> list[ev.Ask]:
    """Every question as asked, with every button it can carry (back, skip, keep...)."""
    engine_q = renderer.r.q
    found = []
    for question in engine_q.questions():
        options = question.choice_ids
        if question.kind.value == "country":
            options = renderer_options(renderer, lang)
        found.append(
            ev.Ask(
                question=question.id, kind=question.kind, draft="d1", section=question.section,
                section_no=1, section_count=5, number=1, count=9, required=question.required,
                can_back=True, options=options, has_current=True,
                not_applicable=question.not_applicable,
            )
        )  # fmt: skip
    return found


def renderer_options(renderer: TelegramRenderer, lang: str) -> tuple[str, ...]:
    from dialogs.countries import EUROPEAN

    return tuple(sorted(EUROPEAN))


def test_display_width_counts_emoji_twice() -> None:
    assert display_width("✏️ Country") == 10
    assert display_width("◀ Back") == 6
    assert row_fits(["x" * 30]) and not row_fits(["x" * 31])
    assert not row_fits(["x" * 15, "y"]) and row_fits(["x" * 14, "y" * 14])
    assert pack([1, 2, 3], ["Oui", "Non mais vraiment pas", "Peut-être"], 2) == [[1], [2], [3]]
    assert pack([1, 2, 3], ["Oui", "Non", "Peut-être"], 2) == [[1, 2], [3]]
    assert max(ROW_WIDTH) == 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_question_buttons_fit_a_phone(renderer: TelegramRenderer, lang: str) -> None:
    cut = []
    for ask in asks(renderer, lang):
        for pressed in (frozenset(), frozenset(ask.options)):  # multi choices: ▫️ and ✅
            rendered = renderer.render(
                svc.Reply(lang, [ev.Ask(**{**ask.__dict__, "selected": pressed})])
            )
            cut += [f"{ask.question}: {c}" for m in rendered for c in cut_labels(m.markup)]
    assert sorted(set(cut)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menus_fit_a_phone(renderer: TelegramRenderer, lang: str) -> None:
    outputs: list[svc.ServiceOutput] = [
        ev.AskConsent(1), ev.AskRestart("d1"), svc.OfferResume("d1", 3), svc.AskErase(),
        ev.AskLanguage(),
    ]  # fmt: skip
    cut = []
    for output in outputs:
        for message in renderer.render(svc.Reply(lang, [output])):
            cut += cut_labels(message.markup)
    assert cut == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_review_pages_fit_a_phone_and_always_offer_submit(
    renderer: TelegramRenderer, lang: str
) -> None:
    questionnaire = renderer.r.q
    sections = tuple(
        ev.ReviewSection(s.id, tuple(ev.ReviewItem(q.id, None, True) for q in s.questions))
        for s in questionnaire.sections
    )
    cut = []
    for page in range(len(sections)):
        review = ev.ShowReview("d1", sections, complete=True, page=page)
        [message] = renderer.render(svc.Reply(lang, [review]))
        cut += cut_labels(message.markup)
        assert message.markup is not None
        last_row = [b.text for b in message.markup.inline_keyboard[-1]]
        assert last_row == [renderer.t(lang, "button-submit")]
        edits = [
            r
            for r in message.markup.inline_keyboard
            if (r[0].callback_data or "").startswith("n:e:")
        ]
        assert all(len(row) == 1 for row in edits)  # one edit button per row
    assert cut == []

"""Forms made elsewhere: any XLSForm name in button data, text versions, and the new kinds."""

from __future__ import annotations

import random
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.callbacks import NavCb, QuestionCb
from bot.telegram_render import TelegramRenderer, rich
from dialogs import events as ev
from dialogs import service as svc
from dialogs.engine import Engine
from dialogs.i18n import LANGUAGES, Translator
from dialogs.kinds import read_date, read_decimal, read_geopoint
from dialogs.model import (
    NAME,
    Kind,
    Question,
    Questionnaire,
    Section,
    parse_questionnaire,
    short_key,
)
from dialogs.questionnaire_files import names_outside_fluent
from dialogs.render import ConsentTerms, Renderer
from dialogs.state import Phase, State
from dialogs.versions import in_order
from dialogs.xlsform import Sheets, WorkbookProblems
from dialogs.xlsform_read import from_sheets

# Letters of several scripts (XLSForm names are XML names), then what may follow them.
_FIRST = string.ascii_letters + "_éßŽąčΩжあ"
_REST = _FIRST + string.digits + "-."
_DRAFT = "0f3a9c1e"  # a draft token as the service makes them (8 hex digits)


def _names(count: int, seed: int) -> list[str]:
    """A generated table of names the specification allows: every length, every character."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        length = rng.choice((1, 2, 3, 24, 25, 40, 64, 65, 200, 1000))
        names.add(rng.choice(_FIRST) + "".join(rng.choice(_REST) for _ in range(length - 1)))
    return sorted(names)


def _renderer(q: Questionnaire, translator: Translator) -> TelegramRenderer:
    return TelegramRenderer(Renderer(q, translator, ConsentTerms(180, "x@example.eu")), translator)


def test_any_allowed_name_round_trips_through_button_data_under_64_bytes(
    translator: Translator,
) -> None:
    names = _names(2000, seed=25)
    choices = tuple(_names(40, seed=64))
    assert all(NAME.fullmatch(name) for name in [*names, *choices])
    questions = tuple(Question(n, Kind.SINGLE, "s", choices=choices) for n in names)
    q = Questionnaire("form", "vKz3fYtQ8Y9yM4hgsDt8Jt", 1, (Section("s", questions),))
    tr = _renderer(q, translator)
    for name in names:
        for choice in (choices[0], choices[-1]):
            data = QuestionCb(
                action="c", question=short_key(name), draft=_DRAFT, choice=short_key(choice)
            ).pack()
            assert len(data.encode("utf-8")) <= 64, data
            back = QuestionCb.unpack(data)
            assert tr.question_of(back.question) == name
            assert tr.choice_of(name, back.choice) == choice
        edit = NavCb(action="e", draft=_DRAFT, question=short_key(name)).pack()
        assert len(edit.encode("utf-8")) <= 64
        assert tr.question_of(NavCb.unpack(edit).question) == name


def test_the_buttons_of_a_long_named_question_carry_keys_never_the_names(
    translator: Translator,
) -> None:
    name = "Do_you_have_body_flu_intracellular_space." + "x" * 80
    choice = "yes__and_some_extracellular_space-" + "y" * 40
    question = Question(name, Kind.SINGLE, "s", choices=(choice,))
    q = Questionnaire("f", "", 1, (Section("s", (question,)),))
    engine = Engine(q, translator)
    state, outputs = engine.begin(_DRAFT, "en", consented=True)
    [message] = _renderer(q, translator).render(svc.Reply("en", outputs))
    assert message.markup is not None
    data = [b.callback_data or "" for row in message.markup.inline_keyboard for b in row]
    assert data and all(len(d.encode()) <= 64 and name not in d for d in data)
    # Pressing it answers the question.
    back = QuestionCb.unpack(data[0])
    tr = _renderer(q, translator)
    pressed = ev.Button("choose", tr.question_of(back.question), back.draft, tr.choice_of(
        name, back.choice))  # fmt: skip
    state, _ = engine.handle(state, pressed)
    assert state.answers == {name: {"choice": choice}}


def _form(*questions: dict[str, Any], version: str = "v1") -> Questionnaire:
    return parse_questionnaire(
        {
            "id": "form",
            "version": version,
            "consent_version": 1,
            "sections": [{"id": "main", "questions": list(questions)}],
        }
    )


WHEN = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "typed", "words"),
    [
        ("en", "12/03/2024", "12 March 2024"),
        ("en", "12 March 2024", "12 March 2024"),
        ("fr", "12/03/2024", "12 mars 2024"),
        ("fr", "12 mars 2024", "12 mars 2024"),
        ("it", "12.3.24", "12 marzo 2024"),
        ("it", "12 marzo 2024", "12 marzo 2024"),
        ("lt", "2024-03-12", "2024 m. kovo 12 d."),
        ("lt", "2024 m. kovo 12 d.", "2024 m. kovo 12 d."),
    ],
)
def test_a_date_typed_in_each_language_is_stored_as_iso_and_confirmed_in_words(
    translator: Translator, lang: str, typed: str, words: str
) -> None:
    q = _form({"id": "started", "kind": "date", "max_ahead": 0}, {"id": "next", "kind": "text"})
    engine = Engine(q, translator, today=lambda: WHEN)
    state, _ = engine.begin(_DRAFT, lang, consented=True)
    state, outputs = engine.handle(state, ev.Text(typed))
    assert state.answers == {"started": "2024-03-12"}
    assert outputs[0] == ev.Say("kinds-date-read", {"date": words})
    assert translator(lang, "kinds-date-read", {"date": words}).count(words) == 1


def test_impossible_and_future_dates_are_refused() -> None:
    assert read_date("31/02/2024", "en", WHEN) == read_date("soon", "fr", WHEN)
    assert read_date("1 janvier 2027", "fr", WHEN, future=True) == "2027-01-01"
    assert not isinstance(read_date("1 janvier 2027", "fr", WHEN, future=False), str)


@pytest.mark.parametrize(
    ("lang", "typed", "value"),
    [("fr", "12,5", 12.5), ("en", "12.5", 12.5), ("en", "1,234.5", 1234.5),
     ("fr", "1 234,5", 1234.5), ("it", "-0,75", -0.75), ("lt", "3", 3.0)],
)  # fmt: skip
def test_decimals_with_a_comma_or_a_point(lang: str, typed: str, value: float) -> None:
    assert read_decimal(typed, lang) == value


def test_a_place_typed_or_shared_with_telegrams_button(translator: Translator) -> None:
    assert read_geopoint("45.764, 4.8357") == read_geopoint("45,764 4,8357") == "45.764 4.8357"
    assert not isinstance(read_geopoint("95, 4"), str)
    q = _form({"id": "where", "kind": "geopoint"}, {"id": "next", "kind": "text"})
    engine = Engine(q, translator)
    state, _ = engine.begin(_DRAFT, "en", consented=True)
    state, _ = engine.handle(state, ev.Location(54.6872, 25.2797))
    assert state.answers == {"where": "54.6872 25.2797"}


def test_a_calculation_feeds_skip_logic_and_is_kept_with_the_answers(
    translator: Translator,
) -> None:
    q = _form(
        {"id": "volunteers", "kind": "integer"},
        {"id": "budget", "kind": "decimal"},
        {
            "id": "per_head",
            "kind": "calculate",
            "required": False,
            "calculation": "if(${volunteers} > 0, ${budget} * 1000 div ${volunteers}, 0)",
        },
        {"id": "why", "kind": "text", "when": "${per_head} > 1000"},
        {"id": "ok", "kind": "acknowledge"},
    )
    engine = Engine(q, translator)
    state, _ = engine.begin(_DRAFT, "fr", consented=True)
    state, _ = engine.handle(state, ev.Text("4"))
    state, outputs = engine.handle(state, ev.Text("12,5"))
    assert state.answers["per_head"] == 3125
    assert isinstance(outputs[-1], ev.Ask) and outputs[-1].question == "why"
    state, _ = engine.handle(state, ev.Text("Few volunteers, a large budget."))
    state, _ = engine.handle(state, ev.Edit("volunteers", _DRAFT))
    state, outputs = engine.handle(state, ev.Text("50"))  # 50 volunteers: 250 a head
    assert state.answers["per_head"] == 250 and "why" not in state.answers
    assert isinstance(outputs[-1], ev.Ask) and outputs[-1].kind is Kind.ACKNOWLEDGE
    state, outputs = engine.handle(state, ev.Button("choose", "ok", _DRAFT, "OK"))
    assert state.phase is Phase.REVIEW and state.answers["ok"] == "OK"


def test_consecutive_notes_come_with_the_next_question_and_closing_ones_with_the_review(
    translator: Translator,
) -> None:
    q = _form(
        {"id": "hello", "kind": "note", "required": False},
        {"id": "minutes", "kind": "note", "required": False},
        {"id": "score", "kind": "range", "min": 1, "max": 5, "step": 1},
        {"id": "thanks", "kind": "note", "required": False},
    )
    engine = Engine(q, translator)
    state, outputs = engine.begin(_DRAFT, "en", consented=True)
    [ask] = outputs
    assert isinstance(ask, ev.Ask) and ask.notes == ("hello", "minutes")
    assert ask.options == ("1", "2", "3", "4", "5") and ask.percent == 0
    state, outputs = engine.handle(state, ev.Button("choose", "score", _DRAFT, "4"))
    [review] = outputs
    assert isinstance(review, ev.ShowReview) and review.notes == ("thanks",)
    assert [i.question for s in review.sections for i in s.items] == ["score"]
    assert state.answers == {"score": 4} and engine.percent_done(state.answers) == 100


def test_labels_markdown_becomes_telegram_formatting_escaped() -> None:
    assert rich("*Bold* and _italic_ <b>not a tag</b> & more") == (
        "<b>Bold</b> and <i>italic</i> &lt;b&gt;not a tag&lt;/b&gt; &amp; more"
    )
    assert rich("snake_case_name and 2 * 3 * 4") == "snake_case_name and 2 * 3 * 4"


def test_versions_follow_the_order_of_import_and_numbers_their_own_order() -> None:
    imported = [("10", "a"), ("vKz3", "b"), ("2", "c"), ("2024-03-12", "d")]
    assert [v for v, _ in in_order(imported)] == ["2", "vKz3", "10", "2024-03-12"]


def test_a_draft_begun_on_one_text_version_carries_on_in_the_next(
    translator: Translator,
) -> None:
    text = {"id": "name", "kind": "text"}
    old = Engine(_form(text, {"id": "more", "kind": "text"}, version="vA"), translator)
    new = Engine(_form(text, {"id": "more", "kind": "text"}, version="vB"), translator)
    state, _ = old.begin(_DRAFT, "en", consented=True)
    state, _ = old.handle(state, ev.Text("Night Watch"))
    assert state.version == "vA"
    carried = new.adapt(state)
    assert carried.version == "vB" and carried.answers == {"name": "Night Watch"}
    # A draft saved when versions were whole numbers is on version "3" still.
    legacy = State.from_dict({**state.to_dict(), "version": 3})
    same = Engine(_form(text, {"id": "more", "kind": "text"}, version="3"), translator)
    assert same.adapt(legacy) == legacy


def test_check_refuses_what_the_chat_cannot_ask_with_sheet_row_and_column(
    translator: Translator,
) -> None:
    survey: list[list[Any]] = [
        ["type", "name", "label", "media::image", "calculation", "choice_filter"],
        ["select_one_from_file towns.csv", "town", "Town?"],
        ["audio", "voice", "Say it"],
        ["begin_repeat", "people", "People"],  # a repeat inside a repeat: refused
        ["begin_repeat", "kids", "Children"],
        ["end_repeat"],
        ["note", "look", "Look", "map.png"],
        ["calculate", "twice", None, None, "${missing} * 2"],
        ["text", "1st_name", "First name?"],
        ["text", "district", "District?", None, None, "town = ${town}"],
    ]
    with pytest.raises(WorkbookProblems) as raised:
        from_sheets(Sheets(survey, [], []), translator, None)
    found = {(p.row, p.column, p.key) for p in raised.value.problems}
    assert found == {
        (2, "A (type)", "xlsform2-unsupported-type"),
        (3, "A (type)", "xlsform2-unsupported-type"),
        (4, "A (type)", "xlsform2-repeat"),
        (7, "D (media::image)", "xlsform2-media-missing"),
        (8, "E (calculation)", "xlsform-expr-unknown-question"),
        (9, "B (name)", "xlsform-bad-name"),
        (10, "F (choice_filter)", "xlsform2-choice-filter"),
    }
    assert {p.sheet for p in raised.value.problems} == {"survey"}
    for lang in LANGUAGES:
        assert "{" not in translator(lang, "xlsform2-repeat", {"name": "people"})


def test_a_repeat_becomes_numbered_entries_fixed_or_counted(translator: Translator) -> None:
    survey: list[list[Any]] = [
        ["type", "name", "label::English (en)", "label::Français (fr)", "repeat_count",
         "relevant"],
        ["integer", "people", "How many people?", "Combien de personnes ?"],
        ["begin_repeat", "person", "Person", "Personne", "${people}"],
        ["text", "who", "Name?", "Nom ?"],
        ["integer", "age", "Age?", "Âge ?", None, "${who} != ''"],
        ["end_repeat"],
        ["begin_repeat", "site", "Site", "Site", "2"],
        ["text", "where", "Where?", "Où ?"],
        ["end_repeat"],
    ]  # fmt: skip
    loaded = from_sheets(Sheets(survey, [], []), translator, None)
    q = loaded.questionnaire
    ids = [x.id for x in q.questions()]
    assert ids[:3] == ["people", "who_1", "age_1"] and ids[-2:] == ["where_1", "where_2"]
    assert len(ids) == 1 + 2 * 5 + 2  # counted: at most five entries
    # Entry 2 is asked when two people or more; its age follows its own name.
    assert not q.is_shown(q.question("who_2"), {"people": 1})
    assert q.is_shown(q.question("age_2"), {"people": 2, "who_2": "Ona"})
    assert not q.is_shown(q.question("age_2"), {"people": 2, "who_1": "Ona"})
    assert loaded.messages["fr"]["section-person_2"] == "Personne (2)"


def test_names_the_ftl_files_cannot_hold_are_found_before_an_import() -> None:
    q = _form({"id": "How_many.people", "kind": "integer"}, {"id": "_ok-name", "kind": "text"})
    assert names_outside_fluent(q) == ["How_many.people"]


def test_an_image_beside_the_workbook_is_shown_before_its_question(
    translator: Translator, tmp_path: Path
) -> None:
    survey: list[list[Any]] = [
        ["type", "name", "label", "media::image"],
        ["range", "score", "How *safe* is it?", "scale.png"],
    ]
    loaded = from_sheets(Sheets(survey, [], []), translator, None, frozenset({"scale.png"}))
    q = loaded.questionnaire
    assert q.question("score").image == "scale.png"
    wording = Translator(overrides=loaded.messages)
    _, outputs = Engine(q, wording).begin(_DRAFT, "en", consented=True)
    tr = TelegramRenderer(Renderer(q, wording, ConsentTerms(1, "x")), wording, tmp_path)
    photo, question = tr.render(svc.Reply("en", [ev.Say("consent-thanks"), *outputs]))
    assert photo.photo == tmp_path / "scale.png"
    assert question.text.startswith(translator("en", "consent-thanks"))  # notes join the text
    assert "How <b>safe</b> is it?" in question.text


def test_a_long_range_and_an_acknowledgement_typed(translator: Translator) -> None:
    q = _form(
        {"id": "share", "kind": "range", "min": 0, "max": 100, "step": 5},
        {"id": "ok", "kind": "acknowledge"},
        {"id": "end", "kind": "text"},
    )
    engine = Engine(q, translator)
    state, outputs = engine.begin(_DRAFT, "lt", consented=True)
    assert isinstance(outputs[0], ev.Ask) and outputs[0].options == ()  # 21 values: typed
    for wrong in ("52", "50,5", "105", "daug"):
        _, said = engine.handle(state, ev.Text(wrong))
        assert said[0] == ev.Say("kinds-error-range", {"min": 0, "max": 100, "step": 5})
    state, _ = engine.handle(state, ev.Text("50"))
    state, _ = engine.handle(state, ev.Text("gerai"))  # the button's label, typed
    assert state.answers == {"share": 50, "ok": "OK"}

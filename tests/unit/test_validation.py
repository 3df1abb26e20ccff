"""Every question kind's validation with good and bad values, through the engine."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.model import Kind, Question
from dialogs.state import Phase, State
from dialogs.validation import Invalid, clean_text, validate_phone, validate_text

LONG = "x" * 5000
HTML = "<b>&amp; <i>Ville</i> & co</b>"


def at(engine: Engine, question_id: str) -> State:
    """A state waiting for an answer to one question (with the answers that make it shown)."""
    shown_by = {"evaluated": {"choice": "yes"}, "transferable": {"choice": "yes"}}
    return State(
        draft="d1",
        lang="en",
        phase=Phase.QUESTION,
        current=question_id,
        answers=shown_by,
        consented=True,
    )


def typed(engine: Engine, question_id: str, text: str) -> tuple[Any, list[ev.Output]]:
    state = at(engine, question_id)
    after, outputs = engine.handle(state, ev.Text(text))
    return after.answers.get(question_id, "<not stored>"), outputs


def error_key(outputs: list[ev.Output]) -> str:
    first = outputs[0]
    assert isinstance(first, ev.Say), outputs
    assert isinstance(outputs[-1], ev.Ask), "the question must be asked again"
    return first.key


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Bologna", "Bologna"),
        ("  Šiauliai \n miesto savivaldybė ", "Šiauliai miesto savivaldybė"),
        ("Ąčęėįšųūž 🚓", "Ąčęėįšųūž 🚓"),
        (HTML, HTML),  # stored verbatim; transports escape it when showing it
        ("a\x00b\x07c", "abc"),
        ("x" * 200, "x" * 200),
    ],
)
def test_short_text_accepts_and_cleans(engine: Engine, text: str, stored: str) -> None:
    value, _ = typed(engine, "city", text)
    assert value == stored


@pytest.mark.parametrize(
    ("qid", "text", "key"),
    [
        ("city", "", "error-empty"),
        ("city", "   \n\t ", "error-empty"),
        ("city", "x" * 201, "error-too-long"),
        ("description", LONG, "error-too-long"),
        ("volunteer_count", "many", "error-integer"),
        ("volunteer_count", "-1", "error-integer"),
        ("volunteer_count", "1000001", "error-integer"),
        ("volunteer_count", "4.5", "error-integer"),
        ("start_year", "1949", "error-year"),
        ("start_year", "2032", "error-year"),
        ("start_year", "two thousand", "error-year"),
        ("contact_email", "ona.zemaite", "error-email"),
        ("contact_email", "ona@", "error-email"),
        ("contact_email", "<b>&</b>@x.eu", "error-email"),
        ("contact_phone", "12", "error-phone"),
        ("contact_phone", "call me", "error-phone"),
        ("evaluation_link", "not a link", "error-url"),
        ("evaluation_link", "ftp://example.eu/x", "error-url"),
        ("evaluation_link", "https://localhost", "error-url"),
        ("country", "Atlantis", "error-country"),
        ("org_type", "a bakery", "error-choice"),
        ("may_contact", "perhaps", "error-choice"),
    ],
)
def test_bad_values_are_refused_with_a_message_and_the_question_again(
    engine: Engine, qid: str, text: str, key: str
) -> None:
    value, outputs = typed(engine, qid, text)
    assert value == "<not stored>"
    assert error_key(outputs) == key


def test_too_long_says_how_long_and_the_limit(engine: Engine) -> None:
    _, outputs = typed(engine, "description", LONG)
    assert outputs[0] == ev.Say("error-too-long", {"max": 3000, "length": 5000})


def test_long_text_keeps_line_breaks(engine: Engine) -> None:
    value, _ = typed(engine, "description", "Line one\r\nLine two\n\n\n\nLine three ")
    assert value == "Line one\nLine two\n\nLine three"
    assert len(typed(engine, "description", "é" * 3000)[0]) == 3000


@pytest.mark.parametrize(
    ("qid", "text", "stored"),
    [
        ("volunteer_count", "0", 0),
        ("volunteer_count", "1000000", 1000000),
        ("volunteer_count", "1 200", 1200),
        ("volunteer_count", "1.200", 1200),
        ("volunteer_count", "1,200", 1200),
        ("start_year", "1950", 1950),
        ("start_year", "2031", 2031),
        ("contact_email", "Ona.Zemaite@Example.EU", "Ona.Zemaite@example.eu"),
        ("contact_email", "jūratė@pavyzdys.lt", "jūratė@pavyzdys.lt"),
        (
            "evaluation_link",
            "www.comune.bologna.it/angeli",
            "https://www.comune.bologna.it/angeli",
        ),
        ("evaluation_link", "http://example.eu", "http://example.eu/"),
        ("country", "Lietuva", "LT"),
        ("country", "italie", "IT"),
        ("country", "Regno Unito", "GB"),
        ("country", "de", "DE"),
        ("country", "Japan", "JP"),
        ("may_contact", "yes", True),
        ("may_contact", "No", False),
    ],
)
def test_good_values_are_stored_typed(engine: Engine, qid: str, text: str, stored: Any) -> None:
    value, outputs = typed(engine, qid, text)
    assert value == stored, outputs


def test_phone_uses_the_country_given_for_local_numbers(engine: Engine) -> None:
    state = at(engine, "contact_phone").evolve(answers={"country": "LT"})

    after, _ = engine.handle(state, ev.Text("8 612 34567"))
    assert after.answers["contact_phone"] == "+370 612 34567"
    assert validate_phone("+33 1 53 34 40 00", None) == "+33 1 53 34 40 00"
    assert isinstance(validate_phone("0612345678", None), Invalid)


def test_country_buttons_offer_european_countries_first(engine: Engine) -> None:
    state = at(engine, "country")
    _, outputs = engine.handle(state, ev.Start())
    ask = outputs[-1]
    assert isinstance(ask, ev.Ask) and {"FR", "IT", "LT", "GB"} <= set(ask.options)
    assert "JP" not in ask.options
    after, _ = engine.handle(state, ev.Button("choose", "country", "d1", "FR"))
    assert after.answers["country"] == "FR"
    after, outputs = engine.handle(state, ev.Button("choose", "country", "d1", "JP"))
    assert "country" not in after.answers  # a forged button: not one we offered


def test_text_kinds_need_text_not_choices() -> None:
    question = Question(id="x", kind=Kind.SINGLE, section="s", choices=("a",))
    with pytest.raises(ValueError, match="not answered by free text"):
        validate_text(question, "a", this_year=2026)
    assert clean_text("a\u2028b", multiline=True) == "ab"

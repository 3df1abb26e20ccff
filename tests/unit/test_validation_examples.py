"""What the bot asks for, it accepts: web addresses, phone numbers, numbers in a phrase."""

from __future__ import annotations

import re

import pytest

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from dialogs.state import Phase, State
from dialogs.validation import Invalid, validate_phone, validate_text

# Where each kind's examples are shown, and how to find them in the text.
EXAMPLES = {
    "phone": (("error-phone", "q-contact_phone-hint"), r"\+\d[\d\s]+\d"),
    "url": (("error-url",), r"https?://[^\s)]+[^\s).,]"),
    "email": (("error-email",), r"[\w.]+@[\w.]+\w"),
}
ARGS = {"min": 1950, "max": 2031}


def state_at(question: str, answers: dict[str, object] | None = None) -> State:
    shown_by = {"evaluated": {"choice": "yes"}, **(answers or {})}  # opens evaluation_link
    return State("d1", "en", Phase.QUESTION, question, shown_by, consented=True)


def examples(translator: Translator, kind: str) -> list[tuple[str, str]]:
    keys, pattern = EXAMPLES[kind]
    found = [
        (lang, match)
        for lang in LANGUAGES
        for key in keys
        for match in re.findall(pattern, translator(lang, key, ARGS))
    ]
    return found


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_every_example_shown_in_any_language_passes_its_own_validation(
    translator: Translator, questionnaire: Questionnaire, kind: str
) -> None:
    found = examples(translator, kind)
    assert len(found) >= len(LANGUAGES), found  # every language shows one
    question = next(q for q in questionnaire.questions() if q.kind.value == kind)
    for lang, example in found:
        if kind == "phone":
            value = validate_phone(example, None)
        else:
            value = validate_text(question, example, this_year=2026)
        assert not isinstance(value, Invalid), f"{lang}: {example!r} is refused"


@pytest.mark.parametrize(
    "typed",
    [
        "2015",
        "25",
        "localhost",
        "http://localhost:8080/x",
        "192.168.1.20",
        "https://0.0.7.223/",
        "[::1]",
        "intranet.local",
        "www.example.notadomain",
    ],
)
def test_a_web_address_needs_a_name_under_a_public_suffix(engine: Engine, typed: str) -> None:
    after, outputs = engine.handle(state_at("evaluation_link"), ev.Text(typed))
    assert "evaluation_link" not in after.answers
    assert outputs[0] == ev.Say("error-url")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.comune.bologna.it/angeli", "https://www.comune.bologna.it/angeli"),
        ("efus.eu", "https://efus.eu/"),
        ("https://www.met.police.uk/volunteer", "https://www.met.police.uk/volunteer"),
        ("vilnius.lt", "https://vilnius.lt/"),
    ],
)
def test_real_web_addresses_are_kept(engine: Engine, typed: str, stored: str) -> None:
    after, _ = engine.handle(state_at("evaluation_link"), ev.Text(typed))
    assert after.answers["evaluation_link"] == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+33472103030", "+33 4 72 10 30 30"),
        ("+32 2 500 12 34", "+32 2 500 12 34"),
        ("0039 051 2193111", "+39 051 219 3111"),
    ],
)
def test_phone_numbers_are_kept_in_international_format_with_spaces(
    engine: Engine, typed: str, stored: str
) -> None:
    after, _ = engine.handle(state_at("contact_phone", {"country": "FR"}), ev.Text(typed))
    assert after.answers["contact_phone"] == stored


def test_phone_numbers_stored_before_are_shown_with_spaces(renderer: Renderer) -> None:
    # Answers stored as +33472103030 by earlier versions read the same in review and exports.
    assert renderer.answer_by_id("contact_phone", "+33472103030", "fr") == "+33 4 72 10 30 30"


@pytest.mark.parametrize(
    ("question", "typed", "stored"),
    [
        ("volunteer_count", "environ 24", 24),
        ("volunteer_count", "about 24", 24),
        ("volunteer_count", "circa 24", 24),
        ("volunteer_count", "apie 24", 24),
        ("volunteer_count", "about 1,200 people", 1200),
        ("volunteer_count", "~ 30", 30),
        ("start_year", "around 2009", 2009),
        ("start_year", "nel 2009", 2009),
    ],
)
def test_a_number_inside_a_short_phrase_is_stored_as_the_number(
    engine: Engine, question: str, typed: str, stored: int
) -> None:
    after, outputs = engine.handle(state_at(question), ev.Text(typed))
    assert after.answers.get(question) == stored, outputs


@pytest.mark.parametrize(
    "typed", ["between 10 and 20", "10-20", "we have about twenty or so volunteers, 5 paid"]
)
def test_ranges_and_long_sentences_are_still_asked_again(engine: Engine, typed: str) -> None:
    after, outputs = engine.handle(state_at("volunteer_count"), ev.Text(typed))
    assert "volunteer_count" not in after.answers
    assert isinstance(outputs[0], ev.Say) and outputs[0].key == "error-integer"


def test_french_sizes_use_a_decimal_comma(translator: Translator) -> None:
    args = {"size": 23.8, "max": 20}
    assert "23,8\u00a0Mo" in translator("fr", "bot-file-too-big", args)
    assert "23.8 MB" in translator("en", "bot-file-too-big", args)

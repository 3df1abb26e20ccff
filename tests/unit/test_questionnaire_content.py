"""What the call for experiences asks is asked: required questions with a way out, the meeting."""

from __future__ import annotations

import pytest

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import NOT_APPLICABLE, Questionnaire
from dialogs.render import Renderer
from dialogs.state import Phase, State


def at(question: str, lang: str = "en") -> State:
    return State("d1", lang, Phase.QUESTION, question, {}, consented=True)


@pytest.mark.parametrize("qid", ["definition", "situational_prevention"])
def test_questions_of_the_call_are_required_with_not_applicable(
    engine: Engine, renderer: Renderer, qid: str
) -> None:
    _, outputs = engine.handle(at(qid), ev.Skip())
    assert outputs[0] == ev.Say("error-required")
    ask = outputs[-1]
    assert isinstance(ask, ev.Ask) and ask.not_applicable
    after, _ = engine.handle(at(qid), ev.Button("na", qid, "d1"))
    assert after.answers[qid] == NOT_APPLICABLE and after.current != qid
    assert renderer.answer_by_id(qid, after.answers[qid], "fr") == "sans objet"


@pytest.mark.parametrize(("lang", "typed"), [("fr", "Sans objet"), ("lt", "netaikoma")])
def test_not_applicable_can_be_typed(engine: Engine, lang: str, typed: str) -> None:
    after, _ = engine.handle(at("definition", lang), ev.Text(typed))
    assert after.answers["definition"] == NOT_APPLICABLE


def test_not_applicable_is_not_offered_elsewhere(engine: Engine) -> None:
    after, outputs = engine.handle(at("description"), ev.Button("na", "description", "d1"))
    assert "description" not in after.answers
    assert outputs == [ev.Toast("toast-stale")]


def test_presenting_at_a_cecops_meeting_is_asked(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    question = questionnaire.question("present_at_meeting")
    assert question.section == "publication" and question.required
    assert question.choices == ("yes", "perhaps", "no")
    for lang in LANGUAGES:
        assert "CECOPS" in translator(lang, question.prompt_key)


def test_wording_from_the_native_speaker_review(translator: Translator) -> None:
    for lang in ("fr", "it", "lt"):
        assert "<the token>" not in translator(lang, "cli-no-token")
    consent = {
        lang: translator(lang, "consent-text", {"days": 1, "inbox": "x"}) for lang in LANGUAGES
    }
    assert "Garante" in consent["it"] and "VDAI" in consent["lt"]
    assert "after one day" in consent["en"]
    assert "10, rue des Montibœufs" in consent["fr"]
    assert "volunteers’ activities in this initiative" in translator("en", "q-definition")

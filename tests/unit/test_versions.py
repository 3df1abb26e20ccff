"""A draft begun on one questionnaire version continues on the next (pure engine)."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire, parse_questionnaire
from dialogs.state import Phase, State
from tests.scripted import events_for

YAML = "dialogs/questionnaire.yaml"


def version_2(v1: Questionnaire) -> Questionnaire:
    """v1 with contact_role removed, `website` added after city, a status choice removed."""
    from importlib import resources

    data: dict[str, Any] = yaml.safe_load(
        resources.files("dialogs").joinpath("questionnaire.yaml").read_text("utf-8")
    )
    data = copy.deepcopy(data)
    data["version"] = str(int(v1.version) + 1)
    about = data["sections"][0]["questions"]
    about[:] = [q for q in about if q["id"] != "contact_role"]
    city = next(i for i, q in enumerate(about) if q["id"] == "city")
    about.insert(city + 1, {"id": "website", "kind": "url"})
    initiative = data["sections"][1]["questions"]
    status = next(q for q in initiative if q["id"] == "status")
    status["choices"] = [c for c in status["choices"] if c != "pilot"]
    return parse_questionnaire(data)


def answer_until(engine: Engine, stop: str, picks: dict[str, Any]) -> State:
    """Answer questions in order until `stop` is the one being asked."""
    state, outputs = engine.handle(engine.begin("d1", "en")[0], ev.Consent(True))
    while state.current != stop:
        ask = next(o for o in reversed(outputs) if isinstance(o, ev.Ask))
        for event in events_for(ask, picks):
            state, outputs = engine.handle(state, event)
    return state


def test_answers_are_kept_by_id_removed_ones_dropped_new_ones_asked_when_reached(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    v1 = Engine(questionnaire, translator, this_year=lambda: 2026)
    v2 = Engine(version_2(questionnaire), translator, this_year=lambda: 2026)
    draft = answer_until(v1, "start_year", {"status": "pilot"})
    assert draft.version == "1"
    assert "contact_role" in draft.answers

    carried = v2.adapt(State.from_json(draft.to_json()))
    assert carried.version == "2"
    assert carried.current == "start_year"  # where the respondent was
    assert "contact_role" not in carried.answers
    assert carried.answers["city"] == draft.answers["city"]
    assert "website" not in carried.answers
    assert v2.adapt(carried) is carried  # once carried over, nothing more to do

    # Going on: the questions after start_year, then the new one that came before, then review.
    asked: list[str] = []
    state, outputs = carried, v2.show(carried)
    while state.phase is not Phase.REVIEW:
        ask = next(o for o in reversed(outputs) if isinstance(o, ev.Ask))
        asked.append(ask.question)
        picks = {"website": "https://cecops.example.eu", "status": "ongoing"}
        for event in events_for(ask, picks):
            state, outputs = v2.handle(state, event)
    assert asked[0] == "start_year"
    assert asked[1] == "status"  # the old answer ("pilot") no longer exists: asked again
    assert asked[-1] == "website"
    state, outputs = v2.handle(state, ev.Submit("CECOPS-TEST1", state.draft))
    assert state.phase is Phase.SUBMITTED
    assert state.answers["website"] == "https://cecops.example.eu/"


def test_a_draft_whose_current_question_was_removed_moves_to_the_next_missing_one(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    v1 = Engine(questionnaire, translator, this_year=lambda: 2026)
    v2 = Engine(version_2(questionnaire), translator, this_year=lambda: 2026)
    draft = answer_until(v1, "contact_role", {})
    carried = v2.adapt(draft)
    assert carried.current == "website"
    assert carried.phase is Phase.QUESTION
    ask = v2.show(carried)[0]
    assert isinstance(ask, ev.Ask) and ask.question == "website"


def test_a_submitted_questionnaire_is_left_as_it_was(
    questionnaire: Questionnaire, translator: Translator
) -> None:
    v2 = Engine(version_2(questionnaire), translator)
    done = State("d1", "en", Phase.SUBMITTED, answers={"contact_role": "x"}, version=1)
    assert v2.adapt(done) is done

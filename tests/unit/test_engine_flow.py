"""The engine walked through whole questionnaires, navigation and skip logic."""

from __future__ import annotations

from typing import Any

import pytest

from dialogs import events as ev
from dialogs.engine import Engine, Step
from dialogs.i18n import LANGUAGES
from dialogs.state import Phase, State
from tests.scripted import events_for


def consented(engine: Engine, lang: str = "en") -> Step:
    state, _ = engine.begin("d1", lang)
    return engine.handle(state, ev.Consent(True))


def last_ask(outputs: list[ev.Output]) -> ev.Ask:
    asks = [o for o in outputs if isinstance(o, ev.Ask)]
    assert asks, f"expected a question, got {outputs}"
    return asks[-1]


def answer_until(
    engine: Engine,
    state: State,
    outputs: list[ev.Output],
    stop_at: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Step:
    """Answer questions as the scripted respondent until the review (or `stop_at`)."""
    for _ in range(200):
        if state.phase is Phase.REVIEW:
            return state, outputs
        ask = last_ask(outputs)
        if ask.question == stop_at:
            return state, outputs
        for event in events_for(ask, overrides):
            state, outputs = engine.handle(state, event)
    raise AssertionError("questionnaire did not end")


def asked(outputs: list[ev.Output]) -> str:
    return last_ask(outputs).question


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complete_questionnaire_in_each_language(engine: Engine, lang: str) -> None:
    state, outputs = consented(engine, lang)
    state, outputs = answer_until(engine, state, outputs)
    review = outputs[-1]
    assert isinstance(review, ev.ShowReview) and review.complete
    assert [s.section for s in review.sections] == [s.id for s in engine.q.sections]
    state, outputs = engine.handle(state, ev.Submit("CECOPS-7K3QX", state.draft))
    assert state.phase is Phase.SUBMITTED
    assert outputs == [ev.Submitted("CECOPS-7K3QX")]
    assert state.answers["contact_email"] == "ona.zemaite@example.eu"
    assert state.answers["contact_phone"] == "+39 051 219 3111"
    assert state.answers["start_year"] == 2009
    assert state.answers["settings"] == {"choices": ["night", "transport"]}
    assert state.answers["description"].endswith("ąčęėįšųūž 🚌")
    assert state.lang == lang
    # After submission nothing changes any more.
    again, outputs = engine.handle(state, ev.Text("more"))
    assert again == state
    assert isinstance(outputs[0], ev.Say) and outputs[0].key == "error-already-submitted"


def test_language_then_consent_before_any_question(engine: Engine) -> None:
    state, outputs = engine.begin("d1", None)
    assert outputs == [ev.AskLanguage()]
    state, outputs = engine.handle(state, ev.Text("Lietuvių"))
    assert state.lang == "lt" and state.phase is Phase.CONSENT
    assert isinstance(outputs[-1], ev.AskConsent)
    state, outputs = engine.handle(state, ev.Text("org name before consent"))
    assert state.phase is Phase.CONSENT and state.answers == {}
    state, outputs = engine.handle(state, ev.Consent(False))
    assert state.phase is Phase.DECLINED and not state.consented


def test_progress_line_counts_sections_and_questions(engine: Engine) -> None:
    _, outputs = consented(engine)
    ask = last_ask(outputs)
    assert (ask.section_no, ask.section_count, ask.number, ask.count) == (1, 5, 1, 9)
    assert ask.can_back is False


def test_skip_logic_hides_evaluation_questions_and_reasks_when_changed(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, overrides={"evaluated": "no"})
    shown = {i.question for s in outputs[-1].sections for i in s.items}  # type: ignore[union-attr]
    assert "evaluation_by" not in shown and "evaluation_method" not in shown
    # From the review, change "evaluated" to yes: the follow-up questions are asked next.
    state, outputs = engine.handle(state, ev.Edit("evaluated", state.draft))
    state, outputs = engine.handle(state, ev.Button("choose", "evaluated", state.draft, "yes"))
    assert asked(outputs) == "evaluation_by"
    state, outputs = engine.handle(state, ev.Text("An external auditor"))
    assert asked(outputs) == "evaluation_method"
    state, outputs = engine.handle(state, ev.Text("Interviews"))
    # Optional follow-ups are still unanswered: they are asked before the review, then review.
    state, outputs = answer_until(engine, state, outputs)
    assert isinstance(outputs[-1], ev.ShowReview) and outputs[-1].complete
    assert state.answers["evaluation_by"] == "An external auditor"
    # And back to "no": the follow-up answers are dropped, not submitted.
    state, outputs = engine.handle(state, ev.Edit("evaluated", state.draft))
    state, outputs = engine.handle(state, ev.Button("choose", "evaluated", state.draft, "no"))
    assert isinstance(outputs[-1], ev.ShowReview)
    assert not any(k.startswith("evaluation_") for k in state.answers)
    state, _ = engine.handle(state, ev.Submit("CECOPS-AAAAA", state.draft))
    assert state.phase is Phase.SUBMITTED
    assert all(engine.q.is_shown(engine.q.question(k), state.answers) for k in state.answers)


def test_back_goes_to_previous_shown_question_across_skipped_ones(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(
        engine, state, outputs, stop_at="transferable", overrides={"evaluated": "no"}
    )
    state, outputs = engine.handle(state, ev.Back())
    assert asked(outputs) == "evaluated"  # the five hidden evaluation questions are passed
    state, outputs = engine.handle(state, ev.Back())
    assert asked(outputs) == "situational_prevention"
    # The answer given is offered again, and can be kept.
    ask = last_ask(outputs)
    assert ask.has_current
    state, outputs = engine.handle(state, ev.Button("keep", ask.question, state.draft))
    assert asked(outputs) == "evaluated"


def test_back_across_a_skipped_optional_question(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="contact_phone")
    state, outputs = engine.handle(state, ev.Skip())
    assert asked(outputs) == "may_contact"
    assert state.answers["contact_phone"] is None
    state, outputs = engine.handle(state, ev.Back())
    assert asked(outputs) == "contact_phone"
    assert last_ask(outputs).has_current and last_ask(outputs).current is None


def test_required_question_cannot_be_skipped(engine: Engine) -> None:
    state, outputs = consented(engine)
    after, outputs = engine.handle(state, ev.Skip())
    assert after == state
    assert outputs[0] == ev.Say("error-required") and asked(outputs) == "org_name"


def test_first_question_back_says_so(engine: Engine) -> None:
    state, _ = consented(engine)
    after, outputs = engine.handle(state, ev.Back())
    assert after.current == "org_name" and outputs[0] == ev.Say("info-first-question")


def test_edit_from_review_returns_to_review(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs)
    state, outputs = engine.handle(state, ev.Edit("city", state.draft))
    assert asked(outputs) == "city" and last_ask(outputs).current == "Bologna"
    state, outputs = engine.handle(state, ev.Text("Vilnius"))
    assert isinstance(outputs[-1], ev.ShowReview) and state.answers["city"] == "Vilnius"
    # Back while editing returns to the review without changing anything.
    state, outputs = engine.handle(state, ev.Edit("city", state.draft))
    state, outputs = engine.handle(state, ev.Back())
    assert isinstance(outputs[-1], ev.ShowReview) and state.answers["city"] == "Vilnius"


def test_language_switch_midway_keeps_answers(engine: Engine) -> None:
    state, outputs = consented(engine, "fr")
    state, outputs = answer_until(engine, state, outputs, stop_at="initiative_name")
    answers = dict(state.answers)
    state, outputs = engine.handle(state, ev.SetLanguage("it"))
    assert state.lang == "it" and state.answers == answers
    assert outputs[0] == ev.Say("language-changed") and asked(outputs) == "initiative_name"


def test_multi_choice_toggles_then_other_text(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="settings")
    draft = state.draft
    state, outputs = engine.handle(state, ev.Button("toggle", "settings", draft, "night"))
    state, outputs = engine.handle(state, ev.Button("toggle", "settings", draft, "other"))
    state, outputs = engine.handle(state, ev.Button("toggle", "settings", draft, "night"))
    assert last_ask(outputs).selected == {"other"} and last_ask(outputs).refresh
    state, outputs = engine.handle(state, ev.Button("done", "settings", draft))
    assert last_ask(outputs).awaiting_other
    state, outputs = engine.handle(state, ev.Text("  Markets   on Sundays "))
    assert state.answers["settings"] == {"choices": ["other"], "other": "Markets on Sundays"}
    assert asked(outputs) == "activities"


def test_multi_choice_done_with_nothing_selected_is_refused(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="settings")
    state, outputs = engine.handle(state, ev.Button("done", "settings", state.draft))
    assert outputs[0] == ev.Say("error-pick-one") and asked(outputs) == "settings"


def test_single_choice_other_asks_free_text(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = engine.handle(state, ev.Text("Ville de Lyon"))
    state, outputs = engine.handle(state, ev.Button("choose", "org_type", state.draft, "other"))
    assert last_ask(outputs).awaiting_other and state.phase is Phase.OTHER
    state, outputs = engine.handle(state, ev.Text("Transport operator"))
    assert state.answers["org_type"] == {"choice": "other", "other": "Transport operator"}


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("en", "ngo or association", "ngo"),
        ("fr", "Police", "police"),
        ("en", "  CITY OR MUNICIPALITY ", "city"),
    ],
)
def test_typed_label_is_accepted_as_choice(
    engine: Engine, lang: str, typed: str, expected: str
) -> None:
    state, _ = consented(engine, lang)
    state, _ = engine.handle(state, ev.Text("Org"))
    state, _ = engine.handle(state, ev.Text(typed))
    assert state.answers["org_type"] == {"choice": expected}


def test_stale_and_forged_buttons_change_nothing(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = engine.handle(state, ev.Text("Org"))
    for forged in (
        ev.Button("choose", "org_type", "other-draft", "city"),  # an older questionnaire
        ev.Button("choose", "org_name", state.draft, "city"),  # a question already passed
        ev.Button("choose", "org_type", state.draft, "no-such-choice"),
        ev.Button("toggle", "org_type", state.draft, "city"),
        ev.Edit("not_a_question", state.draft),
        ev.Submit("CECOPS-XXXXX", state.draft),
    ):
        after, outputs = engine.handle(state, forged)
        assert after == state, forged
        # A short note on the old button, and no new message: the chat already shows org_type.
        assert outputs == [ev.Toast("toast-stale")], forged


def test_restart_needs_confirmation(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="city")
    state, outputs = engine.handle(state, ev.Restart())
    assert isinstance(outputs[-1], ev.AskRestart)
    kept, outputs = engine.handle(state, ev.ConfirmRestart(False, state.draft))
    assert asked(outputs) == "city" and kept.answers == state.answers
    cleared, outputs = engine.handle(state, ev.ConfirmRestart(True, state.draft))
    assert cleared.answers == {} and asked(outputs) == "org_name"


def test_unsupported_content_and_files_where_text_is_expected(engine: Engine) -> None:
    state, outputs = consented(engine)
    after, outputs = engine.handle(state, ev.Unsupported("sticker"))
    assert after == state and outputs[0] == ev.Say("error-text-expected")
    upload = ev.Upload(ev.FileRef("f", "u", "x.pdf"))
    after, outputs = engine.handle(state, upload)
    assert after == state and outputs[0] == ev.Say("error-text-expected")


def test_file_question_stores_the_reference(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="further_document")
    state, outputs = engine.handle(state, ev.Text("here it is"))
    assert outputs[0] == ev.Say("error-file-expected")
    ref = ev.FileRef("BQACAgI", "AgADBQ", "évaluation.pdf", "application/pdf", 12345)
    state, outputs = engine.handle(state, ev.Upload(ref))
    assert state.answers["further_document"]["name"] == "évaluation.pdf"
    assert isinstance(outputs[-1], ev.ShowReview)


def test_review_before_the_end_offers_continue_not_submit(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="city")
    state, outputs = engine.handle(state, ev.Review())
    review = outputs[-1]
    assert isinstance(review, ev.ShowReview) and not review.complete
    after, outputs = engine.handle(state, ev.Submit("CECOPS-AAAAA", state.draft))
    assert after.phase is not Phase.SUBMITTED
    state, outputs = engine.handle(state, ev.Continue(state.draft))
    assert asked(outputs) == "city"


def test_state_round_trips_through_json(engine: Engine) -> None:
    state, outputs = consented(engine, "lt")
    state, outputs = answer_until(engine, state, outputs, stop_at="activities")
    state, outputs = engine.handle(
        state, ev.Button("toggle", "activities", state.draft, "patrolling")
    )
    restored = State.from_json(state.to_json())
    assert restored == state
    # And the restored state continues exactly where it was, toggles included.
    _, outputs = engine.handle(restored, ev.Button("done", "activities", state.draft))
    assert asked(outputs) == "start_year"


def test_state_dict_has_every_field(engine: Engine) -> None:
    from dataclasses import fields

    state, _ = consented(engine, "it")
    assert set(state.to_dict()) == {f.name for f in fields(State)}


def test_reference_codes_are_unambiguous() -> None:
    from dialogs.reference import ALPHABET, PREFIX, new_reference

    codes = {new_reference() for _ in range(200)}
    assert len(codes) > 190  # random, not a counter
    for code in codes:
        assert code.startswith(PREFIX) and len(code) == len(PREFIX) + 5
        assert set(code.removeprefix(PREFIX)) <= set(ALPHABET)
        assert not set(code.removeprefix(PREFIX)) & set("ILOU")

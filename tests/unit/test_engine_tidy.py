"""The engine's part in a tidy chat: help by situation, paged review, trusted progress."""

from __future__ import annotations

from dialogs import events as ev
from dialogs.engine import IDLE_COMMANDS, Engine
from dialogs.state import Phase
from tests.scripted import events_for
from tests.unit.test_engine_flow import answer_until, asked, consented, last_ask


def test_help_lists_what_can_be_done_now(engine: Engine) -> None:
    state, outputs = consented(engine)
    _, helped = engine.handle(state, ev.Help())
    [commands] = [o for o in helped if isinstance(o, ev.ShowHelp)]
    # First question, required: no back, no skip; always status, language and delete.
    assert "back" not in commands.commands and "skip" not in commands.commands
    assert {"review", "status", "language", "delete"} <= set(commands.commands)
    state, outputs = answer_until(engine, state, outputs, stop_at="contact_phone")
    _, helped = engine.handle(state, ev.Help())
    [commands] = [o for o in helped if isinstance(o, ev.ShowHelp)]
    assert {"back", "skip"} <= set(commands.commands)
    done = state.evolve(phase=Phase.SUBMITTED, reference="CECOPS-AB2CD")
    _, helped = engine.handle(done, ev.Help())
    assert helped == [ev.ShowHelp(IDLE_COMMANDS)]
    _, again = engine.handle(done, ev.Submit("CECOPS-OTHER", done.draft))
    assert again == [ev.Toast("toast-already-submitted", {"reference": "CECOPS-AB2CD"})]


def test_before_consent_text_gets_a_reminder_not_the_notice(engine: Engine) -> None:
    state, _ = engine.begin("d1", "it")
    _, outputs = engine.handle(state, ev.Text("ciao"))
    assert outputs == [ev.RemindConsent(engine.q.consent_version)]
    _, outputs = engine.handle(state, ev.Unsupported("sticker"))
    assert outputs[-1] == ev.RemindConsent(engine.q.consent_version)


def test_an_old_back_button_acts_on_its_own_question_only(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs, stop_at="city")
    after, outputs = engine.handle(state, ev.Back("org_type"))  # under an earlier question
    assert after == state and outputs == [ev.Toast("toast-stale")]
    after, outputs = engine.handle(state, ev.Back("city"))
    assert asked(outputs) == "country"
    after, outputs = engine.handle(state, ev.Back())  # typed /back: from where one is
    assert asked(outputs) == "country"


def test_review_is_paged_by_section_and_returns_to_the_edited_page(engine: Engine) -> None:
    state, outputs = consented(engine)
    state, outputs = answer_until(engine, state, outputs)
    review = outputs[-1]
    assert isinstance(review, ev.ShowReview) and review.page == 0 and not review.refresh
    state, outputs = engine.handle(state, ev.ReviewPage(2, state.draft))
    [page] = outputs
    assert isinstance(page, ev.ShowReview) and page.page == 2 and page.refresh
    assert page.sections[2].section == "volunteers"
    state, outputs = engine.handle(state, ev.Edit("funding", state.draft))
    state, outputs = engine.handle(state, ev.Text("EU funds"))
    [back] = outputs
    assert isinstance(back, ev.ShowReview) and back.page == 2
    _, outputs = engine.handle(state, ev.ReviewPage(1, "old-draft"))
    assert outputs == [ev.Toast("toast-stale")]


def test_progress_never_goes_back_when_a_branch_opens(engine: Engine) -> None:
    state, outputs = consented(engine)
    seen = [last_ask(outputs).percent]
    while state.phase is not Phase.REVIEW:
        for event in events_for(last_ask(outputs)):
            state, outputs = engine.handle(state, event)
        if state.phase is not Phase.REVIEW:
            seen.append(last_ask(outputs).percent)
    assert seen[0] == 0 and seen == sorted(seen) and 90 <= seen[-1] <= 100, seen
    # The scripted respondent opened the evaluation branch, which adds required questions.
    assert state.answers["evaluated"] == {"choice": "yes"}
    assert engine.percent_done(state.answers) == 100

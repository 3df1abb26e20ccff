"""The questionnaire engine: (state, event) → (new state, what to show). Pure: no I/O.

One module (about 500 lines) on purpose: every event's transition reads the same state and
helpers, and the flow is easiest to check when it can be read top to bottom in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

from dialogs import events as ev
from dialogs.calculate import calculate
from dialogs.countries import EUROPEAN, country_name
from dialogs.i18n import LANGUAGES, Translator, normalize_language
from dialogs.kinds import date_words, geopoint, read_date, read_decimal, read_geopoint
from dialogs.model import (
    ACKNOWLEDGED,
    NOT_APPLICABLE,
    RANGE_BUTTONS,
    Kind,
    Question,
    Questionnaire,
    is_not_applicable,
)
from dialogs.state import Phase, State
from dialogs.text import fold
from dialogs.validation import Invalid, clean_text, validate_phone, validate_text

Step = tuple[State, list[ev.Output]]
OTHER_TEXT_LIMIT = 200
_ANSWERING = (Phase.QUESTION, Phase.OTHER)
_TYPED_KINDS = frozenset({Kind.DECIMAL, Kind.DATE, Kind.GEOPOINT, Kind.ACKNOWLEDGE, Kind.RANGE})
# Answers outside a question's limits: a question may say so in its own words instead.
_LIMIT_ERRORS = frozenset({"error-integer", "error-year", "error-too-long"})
_BEFORE_CONSENT = (Phase.LANGUAGE, Phase.CONSENT, Phase.DECLINED)
# What /help lists: the commands that do something in each situation, most useful first.
IDLE_COMMANDS = ("start", "status", "language", "delete", "help")
_COMMANDS_BEFORE_CONSENT = ("start", "language", "status", "delete", "help")
# The partners' countries (FR, GB, IT, LT) and six other large EU members: a short list that
# fits a phone; any other country is typed.
LIKELY_COUNTRIES = ("BE", "DE", "ES", "FR", "GB", "IT", "LT", "NL", "PL", "PT")
_COMMANDS_ON_REVIEW = ("back", "language", "cancel", "status", "delete", "help")


def _this_year() -> int:
    return datetime.now(UTC).year


def _today() -> date:
    return datetime.now(UTC).date()


class Engine:
    """Runs one questionnaire; the translator is used only to recognise typed choice labels."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        translate: Translator,
        this_year: Callable[[], int] = _this_year,
        today: Callable[[], date] = _today,
    ) -> None:
        self.q = questionnaire
        self._t = translate
        self._this_year = this_year
        self._today = today

    # ---- entry points ----

    def begin(self, draft: str, lang: str | None, *, consented: bool = False) -> Step:
        """A new questionnaire: the language unless known, the consent unless given, questions."""
        version = self.q.version
        if consented:
            first = State(draft=draft, lang=lang or "en", consented=True, version=version)
            return self._ask(first, self._first())
        if lang is None:
            state = State(draft=draft, lang="en", phase=Phase.LANGUAGE, version=version)
            return state, [ev.AskLanguage()]
        state = State(draft=draft, lang=lang, phase=Phase.CONSENT, version=version)
        return state, [ev.AskConsent(self.q.consent_version)]

    def handle(self, state: State, event: ev.Event) -> Step:
        """Apply one event."""
        match event:
            case ev.SetLanguage(lang=lang):
                return self._set_language(state, lang)
            case ev.Help():
                return state, self._help(state)
            case ev.Unsupported():
                return state, [ev.Say(self._expected_key(state)), *self._again(state)]
            case ev.Refused(key=key, args=args):
                return state, [ev.Say(key, args), *self._again(state)]
            case ev.Start():
                return state, self.show(state)
        if state.phase is Phase.SUBMITTED:
            ref: dict[str, str | int | float] = {"reference": state.reference or ""}
            if isinstance(event, ev.Submit):  # a second tap on the same Submit button
                return state, [ev.Toast("toast-already-submitted", ref)]
            return state, [ev.Say("error-already-submitted", ref), ev.ShowHelp(IDLE_COMMANDS)]
        if state.phase is Phase.LANGUAGE:
            return self._in_language(state, event)
        if state.phase in (Phase.CONSENT, Phase.DECLINED):
            return self._in_consent(state, event)
        if state.phase is Phase.RESTART:
            return self._in_restart(state, event)
        match event:
            case ev.Restart():
                nxt = state.evolve(phase=Phase.RESTART, return_phase=state.phase, pending=None)
                return nxt, [ev.AskRestart(state.draft)]
            case ev.Review():
                return self._review(state.evolve(editing=False, pending=None))
            case ev.ReviewPage(page=page, draft=draft):
                if draft != state.draft or state.phase is not Phase.REVIEW:
                    return self._stale(state)
                return self._review(state, page, refresh=True)
            case ev.Edit(question=qid, draft=draft):
                return self._edit(state, qid, draft)
            case ev.Continue(draft=draft) if draft == state.draft and state.phase is Phase.REVIEW:
                missing = self._missing(state)
                return self._ask(state, missing[0]) if missing else self._review(state)
            case ev.Submit(reference=reference, draft=draft):
                return self._submit(state, reference, draft)
            case ev.ConfirmRestart() | ev.Consent():
                return self._stale(state)
        if state.phase is Phase.REVIEW:
            if isinstance(event, ev.Back | ev.Skip) and event.question:
                return self._stale(state)  # a button under a question, pressed on the review
            if isinstance(event, ev.Back):
                last = self.q.shown(state.answers)[-1]
                return self._ask(state.evolve(phase=Phase.QUESTION), last)
            return state, [ev.Say("review-use-buttons"), *self.show(state)]
        return self._answering(state, event)

    def adapt(self, state: State) -> State:
        """A draft begun on another version of the questionnaire, carried over to this one.

        Answers are kept by question id; answers to removed questions, or that no longer fit
        their question (a choice taken away), are dropped; new questions are asked when the
        respondent reaches them (or before the review, if they come before where they are).
        """
        if state.phase is Phase.SUBMITTED or (
            state.version is not None
            and str(state.version) == self.q.version
            and self.q.has_questions(state.answers.keys())
            and (state.current is None or self.q.has_question(state.current))
        ):
            return state
        kept = {
            qid: value
            for qid, value in state.answers.items()
            if self.q.has_question(qid) and _fits(self.q.question(qid), value)
        }
        kept = self.calculated(kept)
        nxt = state.evolve(answers=kept, version=self.q.version)
        if state.phase not in _ANSWERING and state.return_phase not in _ANSWERING:
            return nxt
        nxt = nxt.evolve(pending=None)
        if state.phase is Phase.OTHER:
            nxt = nxt.evolve(phase=Phase.QUESTION)
        current = state.current
        here = self.q.question(current) if current and self.q.has_question(current) else None
        if here is not None and self.q.is_shown(here, kept):
            return nxt
        missing = self._missing(nxt)
        if missing:
            return nxt.evolve(current=missing[0].id)
        return nxt.evolve(phase=Phase.REVIEW, current=None, return_phase=None, editing=False)

    def show(self, state: State) -> list[ev.Output]:
        """What the respondent should see now (after /resume, a refusal, a language switch)."""
        match state.phase:
            case Phase.LANGUAGE:
                return [ev.AskLanguage()]
            case Phase.CONSENT | Phase.DECLINED:
                return [ev.AskConsent(self.q.consent_version)]
            case Phase.REVIEW:
                return [self._review_view(state)]
            case Phase.RESTART:
                return [ev.AskRestart(state.draft)]
            case Phase.SUBMITTED:
                return [ev.Submitted(state.reference or "")]
        return [self._ask_view(state, self.q.question(self._current(state)))]

    # ---- phases before the questions ----

    def _set_language(self, state: State, lang: str) -> Step:
        code = normalize_language(lang)
        if code is None:
            return state, [ev.AskLanguage()]
        if state.phase is Phase.LANGUAGE:
            nxt = state.evolve(lang=code, phase=Phase.CONSENT)
            return nxt, [ev.AskConsent(self.q.consent_version)]
        nxt = state.evolve(lang=code)
        return nxt, [ev.Say("language-changed"), *self.show(nxt)]

    def _in_language(self, state: State, event: ev.Event) -> Step:
        if isinstance(event, ev.Text):
            typed = fold(event.text)
            for code in LANGUAGES:
                if typed in (code, fold(self._t(code, "language-name"))):
                    return self._set_language(state, code)
        return state, [ev.AskLanguage()]

    def _in_consent(self, state: State, event: ev.Event) -> Step:
        accept: bool | None = None
        if isinstance(event, ev.Consent):
            accept = event.accept
        elif isinstance(event, ev.Text):
            accept = self._match_words(state.lang, event.text, "consent-accept", "consent-decline")
        if accept is None:
            # A short reminder: the whole notice again after each typed line would bury the chat.
            return state, [ev.RemindConsent(self.q.consent_version)]
        if not accept:
            return state.evolve(phase=Phase.DECLINED), [ev.Say("consent-declined")]
        first = self._first()
        nxt = state.evolve(consented=True)
        step_state, outputs = self._ask(nxt, first)
        return step_state, [ev.Say("consent-thanks"), *outputs]

    def _in_restart(self, state: State, event: ev.Event) -> Step:
        yes: bool | None = None
        if isinstance(event, ev.ConfirmRestart):
            if event.draft != state.draft:
                return self._stale(state)
            yes = event.yes
        elif isinstance(event, ev.Text):
            yes = self._match_words(state.lang, event.text, "choice-yes", "choice-no")
        if yes is None:
            return state, [ev.AskRestart(state.draft)]
        if not yes:
            back = state.evolve(phase=state.return_phase or Phase.QUESTION, return_phase=None)
            return back, self.show(back)
        cleared = state.evolve(answers={}, editing=False, return_phase=None, pending=None)
        step_state, outputs = self._ask(cleared, self._first())
        return step_state, [ev.Say("restart-done"), *outputs]

    # ---- answering questions ----

    def _answering(self, state: State, event: ev.Event) -> Step:
        question = self.q.question(self._current(state))
        match event:
            case ev.Back(question=qid) | ev.Skip(question=qid) if qid and qid != question.id:
                return self._stale(state)  # a button left under an earlier question
            case ev.Back():
                return self._back(state, question)
            case ev.Skip():
                if question.required:
                    return state, [ev.Say("error-required"), *self.show(state)]
                return self._store(state, question, None)
            case ev.Button(question=qid, draft=tag) if (qid, tag) != (question.id, state.draft):
                return self._stale(state)
            case ev.Button(action="na") if question.not_applicable:
                return self._store(state.evolve(pending=None), question, dict(NOT_APPLICABLE))
            case ev.Button(action="keep"):
                if question.id not in state.answers:
                    return self._stale(state)
                return self._advance(state.evolve(pending=None), question)
            case ev.Button(action=action, choice=choice):
                return self._button(state, question, action, choice)
            case ev.Text(text=text):
                return self._typed(state, question, text)
            case ev.Upload(file=file):
                if question.kind is not Kind.FILE or state.phase is Phase.OTHER:
                    return state, [ev.Say(self._expected_key(state)), *self.show(state)]
                return self._store(state, question, asdict(file))
            case ev.Location(latitude=latitude, longitude=longitude):
                if question.kind is not Kind.GEOPOINT or state.phase is Phase.OTHER:
                    return state, [ev.Say(self._expected_key(state)), *self.show(state)]
                point = geopoint(latitude, longitude)
                if isinstance(point, Invalid):
                    return self._invalid(state, ev.Say(point.key, point.args))
                return self._store(state, question, point)
        return self._stale(state)

    def _button(self, state: State, question: Question, action: str, choice: str) -> Step:
        if state.phase is Phase.OTHER:
            return self._stale(state)
        if question.kind is Kind.COUNTRY and action == "choose" and choice in EUROPEAN:
            return self._store(state, question, choice)
        if choice and choice not in question.choice_ids:
            return self._stale(state)
        if question.kind is Kind.MULTI and action == "toggle":
            return self._toggle(state, question, choice)
        if question.kind is Kind.MULTI and action == "done":
            return self._multi_done(state, question)
        if question.kind in (Kind.SINGLE, Kind.YESNO) and action == "choose":
            return self._choose(state, question, choice)
        if question.kind is Kind.ACKNOWLEDGE and action == "choose":
            return self._store(state, question, ACKNOWLEDGED)
        if question.kind is Kind.RANGE and action == "choose":
            return self._store(state, question, int(choice))
        return self._stale(state)

    def _typed(self, state: State, question: Question, text: str) -> Step:
        if state.phase is Phase.OTHER:
            return self._other_text(state, question, text)
        if question.not_applicable and self._says_not_applicable(state.lang, text):
            return self._store(state, question, dict(NOT_APPLICABLE))
        if question.kind in (Kind.SINGLE, Kind.YESNO, Kind.MULTI):
            choice = self._match_choice(state.lang, question, text)
            if choice is None:
                return self._invalid(state, ev.Say("error-choice"))
            if question.kind is Kind.MULTI:
                return self._toggle(state, question, choice)
            return self._choose(state, question, choice)
        if question.kind is Kind.FILE:
            return self._invalid(state, ev.Say("error-file-expected"))
        value: Any
        if question.kind in _TYPED_KINDS:
            return self._typed_kind(state, question, text)
        if question.kind is Kind.PHONE:
            country = state.answers.get("country")
            value = validate_phone(text, country if isinstance(country, str) else None)
        else:
            value = validate_text(question, text, this_year=self._this_year())
        if isinstance(value, Invalid):
            if value.key in _LIMIT_ERRORS and self._t.has(state.lang, question.constraint_key):
                return self._invalid(state, ev.Say(question.constraint_key))
            return self._invalid(state, ev.Say(value.key, value.args))
        return self._store(state, question, value)

    def _typed_kind(self, state: State, question: Question, text: str) -> Step:
        """A decimal, a date, a place, an acknowledgement or a number from a range, typed."""
        value: Any
        match question.kind:
            case Kind.DECIMAL:
                value = read_decimal(text, state.lang, question.min, question.max)
            case Kind.DATE:
                value = read_date(text, state.lang, self._today(), future=question.max_ahead != 0)
            case Kind.GEOPOINT:
                value = read_geopoint(text)
            case Kind.ACKNOWLEDGE:
                # OK (its button's label, in any case), or yes.
                button = self._match_words(state.lang, text, "kinds-button-acknowledge", "no")
                ok = (
                    button
                    or fold(text) == "ok"
                    or self._match_words(state.lang, text, "choice-yes", "choice-no")
                )
                value = ACKNOWLEDGED if ok else Invalid("kinds-error-acknowledge")
            case _:
                number = read_decimal(text, state.lang)
                typed = str(number).removesuffix(".0") if isinstance(number, float) else ""
                if typed in question.choice_ids:  # a whole number from the range
                    value = int(typed)
                else:
                    values = question.range_values()
                    args = {"min": values[0], "max": values[-1], "step": question.step or 1}
                    value = Invalid("kinds-error-range", dict(args))
        if isinstance(value, Invalid):
            return self._invalid(state, ev.Say(value.key, value.args))
        nxt, outputs = self._store(state, question, value)
        if question.kind is Kind.DATE:
            # Confirmed back in words: 03/04 is read day first, and the respondent can check.
            said = ev.Say("kinds-date-read", {"date": date_words(value, state.lang)})
            return nxt, [said, *outputs]
        return nxt, outputs

    def _choose(self, state: State, question: Question, choice: str) -> Step:
        if question.kind is Kind.YESNO:
            return self._store(state, question, choice == "yes")
        if choice == question.other:
            nxt = state.evolve(phase=Phase.OTHER, pending=(choice,))
            return nxt, self.show(nxt)
        return self._store(state, question, {"choice": choice})

    def _toggle(self, state: State, question: Question, choice: str) -> Step:
        picked = list(self._pending(state, question))
        if choice in picked:
            picked.remove(choice)
        else:
            picked.append(choice)
        ordered = tuple(c for c in question.choices if c in picked)
        nxt = state.evolve(pending=ordered)
        view = self._ask_view(nxt, question)
        return nxt, [ev.Ask(**{**view.__dict__, "refresh": True})]

    def _multi_done(self, state: State, question: Question) -> Step:
        picked = self._pending(state, question)
        if not picked:
            if question.required:
                return self._invalid(state, ev.Say("error-pick-one"))
            return self._store(state, question, None)
        if question.other is not None and question.other in picked:
            nxt = state.evolve(phase=Phase.OTHER, pending=picked)
            return nxt, self.show(nxt)
        return self._store(state, question, {"choices": list(picked)})

    def _other_text(self, state: State, question: Question, text: str) -> Step:
        cleaned = clean_text(text, multiline=False)
        if not cleaned:
            return self._invalid(state, ev.Say("error-empty"))
        if len(cleaned) > OTHER_TEXT_LIMIT:
            args: dict[str, str | int | float] = {"max": OTHER_TEXT_LIMIT, "length": len(cleaned)}
            return self._invalid(state, ev.Say("error-too-long", args))
        picked = state.pending or ()
        if question.kind is Kind.MULTI:
            value: dict[str, Any] = {"choices": list(picked), "other": cleaned}
        else:
            value = {"choice": question.other, "other": cleaned}
        return self._store(state, question, value)

    # ---- moving around ----

    def _store(self, state: State, question: Question, value: Any) -> Step:
        answers = self.calculated({**state.answers, question.id: value})
        nxt = state.evolve(answers=answers, phase=Phase.QUESTION, pending=None)
        return self._advance(nxt, question)

    def calculated(self, answers: dict[str, Any]) -> dict[str, Any]:
        """The answers without those skip logic no longer shows (they must never be submitted),
        with every calculation worked out again from them, in order."""
        for _ in range(2):  # a calculation may open or close questions after it: settle twice
            kept = {q.id: answers[q.id] for q in self.q.shown(answers) if q.id in answers}
            for q in self.q.calculations():
                if self.q.is_shown(q, kept) and q.calculation:
                    result = calculate(q.calculation, kept)
                    if result is not None:
                        kept[q.id] = result
            if kept == answers:
                break
            answers = kept
        return answers

    def _advance(self, state: State, answered: Question) -> Step:
        shown = self.q.shown(state.answers)
        missing = [q for q in shown if q.id not in state.answers]
        if state.editing:
            # Back to the review unless the change opened questions that still need an answer.
            if missing:
                return self._ask(state, missing[0])
            return self._review(state.evolve(editing=False), self._page_of(answered))
        ids = [q.id for q in shown]
        later = shown[ids.index(answered.id) + 1 :] if answered.id in ids else missing
        if later:
            return self._ask(state, later[0])
        if missing:
            # Only questions a new questionnaire version added before this point are left:
            # ask them like changes from the review, so that answered ones are not walked again.
            return self._ask(state.evolve(editing=True), missing[0])
        return self._review(state)

    def _back(self, state: State, question: Question) -> Step:
        if state.editing:
            return self._review(state.evolve(editing=False, pending=None), self._page_of(question))
        shown = self.q.shown(state.answers)
        ids = [q.id for q in shown]
        position = ids.index(question.id) if question.id in ids else len(ids)
        if position == 0:
            return state.evolve(pending=None), [ev.Say("info-first-question"), *self.show(state)]
        return self._ask(state.evolve(pending=None), shown[position - 1])

    def _ask(self, state: State, question: Question) -> Step:
        nxt = state.evolve(phase=Phase.QUESTION, current=question.id, pending=None)
        return nxt, [self._ask_view(nxt, question)]

    def _edit(self, state: State, qid: str, draft: str) -> Step:
        if draft != state.draft or not self.q.has_question(qid):
            return self._stale(state)
        question = self.q.question(qid)
        if not self.q.is_shown(question, state.answers):
            return self._stale(state)
        return self._ask(state.evolve(editing=True), question)

    def _review(self, state: State, page: int = 0, *, refresh: bool = False) -> Step:
        nxt = state.evolve(phase=Phase.REVIEW, pending=None)
        return nxt, [self._review_view(nxt, page, refresh=refresh)]

    def _page_of(self, question: Question) -> int:
        """The review page (section) a question is on."""
        return [s.id for s in self.q.sections].index(question.section)

    def _submit(self, state: State, reference: str, draft: str) -> Step:
        if draft != state.draft or state.phase is not Phase.REVIEW:
            return self._stale(state)
        missing = self._missing(state)
        if missing:
            nxt, outputs = self._ask(state.evolve(editing=False), missing[0])
            return nxt, [ev.Say("error-incomplete"), *outputs]
        done = state.evolve(phase=Phase.SUBMITTED, reference=reference, pending=None)
        return done, [ev.Submitted(reference)]

    def _stale(self, state: State) -> Step:
        # A short note on the old button; the chat already shows where the respondent is.
        return state, [ev.Toast("toast-stale")]

    def _again(self, state: State) -> list[ev.Output]:
        """What to show again after a note: before consent, only a short reminder."""
        if state.phase in (Phase.CONSENT, Phase.DECLINED):
            return [ev.RemindConsent(self.q.consent_version)]
        return self.show(state)

    def _help(self, state: State) -> list[ev.Output]:
        """How to answer (while answering), the commands that work now, then where one is."""
        if state.phase is Phase.SUBMITTED:
            return [ev.ShowHelp(IDLE_COMMANDS)]
        if state.phase in _BEFORE_CONSENT:
            return [ev.ShowHelp(_COMMANDS_BEFORE_CONSENT), *self._again(state)]
        if state.phase is Phase.REVIEW:
            return [ev.ShowHelp(_COMMANDS_ON_REVIEW), *self.show(state)]
        question = self.q.question(self._current(state))
        commands = ["back", "skip", "review", "language", "cancel", "status", "delete", "help"]
        if question.required:
            commands.remove("skip")
        if not state.editing and self.q.shown(state.answers)[0] == question:
            commands.remove("back")
        return [ev.Say("help-text"), ev.ShowHelp(tuple(commands)), *self.show(state)]

    def _invalid(self, state: State, error: ev.Say) -> Step:
        return state, [error, *self.show(state)]

    # ---- views ----

    def _ask_view(self, state: State, question: Question) -> ev.Ask:
        shown = self.q.shown(state.answers)
        ids = [q.id for q in shown]  # compared by id: comparing questions compares every field
        if question.id not in ids:  # only while a change is being settled
            shown, ids = [*shown, question], [*ids, question.id]
        present = {q.section for q in shown}
        sections = [s for s in self.q.sections if s.id in present]
        section_ids = [s.id for s in sections]
        in_section = [q.id for q in shown if q.section == question.section]
        options: tuple[str, ...] = question.choice_ids
        if question.kind is Kind.RANGE and len(options) > RANGE_BUTTONS:
            options = ()  # too many for buttons: typed
        if question.kind is Kind.COUNTRY:
            # A few likely ones, alphabetical in the respondent's language; any other is typed.
            options = tuple(
                sorted(LIKELY_COUNTRIES, key=lambda c: fold(country_name(c, state.lang)))
            )
        return ev.Ask(
            question=question.id,
            kind=question.kind,
            draft=state.draft,
            section=question.section,
            section_no=section_ids.index(question.section) + 1,
            section_count=len(sections),
            number=in_section.index(question.id) + 1,
            count=len(in_section),
            required=question.required,
            percent=self.percent_done(state.answers),
            can_back=state.editing or ids.index(question.id) > 0,
            options=options,
            selected=frozenset(self._pending(state, question)),
            current=state.answers.get(question.id),
            has_current=question.id in state.answers,
            awaiting_other=state.phase is Phase.OTHER,
            not_applicable=question.not_applicable,
            notes=self.q.notes_before(question, state.answers),
        )

    def percent_done(self, answers: dict[str, Any]) -> int:
        """Share of required questions settled: answered, or left out by an answer given.

        Opening a branch never lowers it: a question that a condition may still show counts
        neither as done nor as left out until the answer it depends on is given.
        """
        required = self.q.required_asked()
        shown = self.q.shown_ids(answers)
        done = sum(
            1
            for q in required
            if q.id in answers
            or (
                q.id not in shown
                and q.when is not None
                and all(source in answers for source in q.when.sources())
            )
        )
        return 100 * done // len(required) if required else 100

    def _review_view(self, state: State, page: int = 0, *, refresh: bool = False) -> ev.ShowReview:
        sections = []
        for section in self.q.sections:
            items = tuple(
                ev.ReviewItem(q.id, state.answers.get(q.id), q.id in state.answers)
                for q in section.questions
                if q.asked and self.q.is_shown(q, state.answers)
            )
            if items:
                sections.append(ev.ReviewSection(section.id, items))
        page = max(0, min(page, len(sections) - 1))
        complete = not self._missing(state)
        notes = self.q.closing_notes(state.answers)
        return ev.ShowReview(
            state.draft, tuple(sections), complete, page=page, refresh=refresh, notes=notes
        )

    # ---- helpers ----

    def _first(self) -> Question:
        return self.q.shown({})[0]

    def _current(self, state: State) -> str:
        if state.current is None:
            return self.q.shown(state.answers)[0].id
        return state.current

    def _missing(self, state: State) -> list[Question]:
        return [q for q in self.q.shown(state.answers) if q.id not in state.answers]

    def _pending(self, state: State, question: Question) -> tuple[str, ...]:
        if state.pending is not None and state.current == question.id:
            return state.pending
        current = state.answers.get(question.id)
        if question.kind is Kind.MULTI and isinstance(current, dict):
            return tuple(current.get("choices", ()))
        return ()

    def _expected_key(self, state: State) -> str:
        if state.phase in _ANSWERING and state.current is not None:
            if self.q.question(state.current).kind is Kind.FILE and state.phase is Phase.QUESTION:
                return "error-file-expected"
            return "error-text-expected"
        return "error-use-buttons"

    def _match_choice(self, lang: str, question: Question, text: str) -> str | None:
        typed = fold(text)
        for choice in question.choice_ids:
            if typed in (fold(self._t(lang, question.choice_key(choice))), fold(choice)):
                return choice
        return None

    def _says_not_applicable(self, lang: str, text: str) -> bool:
        typed = fold(text)
        return typed in {fold(self._t(code, "button-not-applicable")) for code in (lang, "en")}

    def _match_words(self, lang: str, text: str, yes_key: str, no_key: str) -> bool | None:
        typed = fold(text)
        if typed == fold(self._t(lang, yes_key)):
            return True
        if typed == fold(self._t(lang, no_key)):
            return False
        return None


def _fits(question: Question, value: Any) -> bool:
    """Whether a stored answer still means something for this (perhaps changed) question."""
    if value is None:
        return not question.required
    if is_not_applicable(value):
        return question.not_applicable
    match question.kind:
        case Kind.YESNO:
            return isinstance(value, bool)
        case Kind.SINGLE:
            return isinstance(value, dict) and value.get("choice") in question.choices
        case Kind.MULTI:
            picked = value.get("choices") if isinstance(value, dict) else None
            return isinstance(picked, list) and set(picked) <= set(question.choices)
        case Kind.INTEGER | Kind.YEAR | Kind.RANGE:
            return type(value) is int and (
                question.kind is not Kind.RANGE or str(value) in question.choice_ids
            )
        case Kind.DECIMAL | Kind.CALCULATE:
            return isinstance(value, int | float | str) and not isinstance(value, bool)
        case Kind.FILE:
            return isinstance(value, dict) and "file_id" in value
    return isinstance(value, str)


def answer_changes(before: State | None, after: State) -> tuple[dict[str, Any], list[str]]:
    """Answers set or changed by a step, and question ids whose answers were removed."""
    old = before.answers if before is not None else {}
    changed = {k: v for k, v in after.answers.items() if k not in old or old[k] != v}
    removed = [k for k in old if k not in after.answers]
    return changed, removed

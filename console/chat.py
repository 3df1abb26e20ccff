"""The questionnaire in a terminal: numbered choices and a few words (back, skip, review...).

The words are typed in the chat's language or in English (terminal.ftl: console-word-*).
Messages shared with Telegram that speak of buttons or slash commands have a terminal wording
under the same id prefixed with "console-" (console.ftl), used here instead.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TextIO

from dialogs import events as ev
from dialogs import service as svc
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import Kind
from dialogs.ports import ErasedMail, SubmissionSummary
from dialogs.render import Renderer
from dialogs.text import fold, without_markdown
from dialogs.unicode import clean_text

Action = svc.Action
# The words a respondent may type, by the name of their message: console-word-<command>.
COMMANDS = (
    "back",
    "skip",
    "keep",
    "done",
    "review",
    "edit",
    "submit",
    "continue",
    "lang",
    "restart",
    "resume",
    "start",
    "status",
    "delete",
    "cancel",
    "help",
    "quit",
)
_ALSO = {"exit": "quit", "q": "quit"}
PROMPT = "> "
_NUMBERS = re.compile(r"\d+(\s*[,;\s]\s*\d+)*")  # "1, 3, 4" or "1 3 4"
# After a submission: deliver its e-mail now and say where it went (lines to print).
AfterSubmit = Callable[[str], Awaitable[list[str]]]
# The commands /help lists, by the word typed for them in the terminal.
_WORDS = {"start": "resume", "language": "lang"}
# Shared hints that speak of buttons: their terminal wording (None: the console says it itself).
_HINTS = {"hint-multi": "console-hint-multi", "hint-file": None}


def word_table(translate: Translator, lang: str) -> dict[str, str]:
    """Typed word (folded: no case, no accents) → command, in `lang` and in English."""
    table = dict(_ALSO)
    for code in ("en", lang):
        for command in COMMANDS:
            table[fold(translate(code, f"console-word-{command}"))] = command
    table |= {command: command for command in COMMANDS}
    return table


@dataclass
class _Menu:
    """What numbers and words mean after the last output."""

    numbers: dict[int, Action] = field(default_factory=dict)
    words: dict[str, Action] = field(default_factory=dict)
    question: ev.Ask | None = None


class ConsoleChat:
    """Reads lines, turns them into service actions, prints the replies."""

    def __init__(
        self,
        service: svc.IntakeService,
        renderer: Renderer,
        translate: Translator,
        contact: svc.Contact,
        out: TextIO = sys.stdout,
        after_submit: AfterSubmit | None = None,
        on_erased: Callable[[ErasedMail], Awaitable[None]] | None = None,
    ) -> None:
        self.service = service
        self.after_submit = after_submit
        self.on_erased = on_erased  # removes copies of the e-mails kept outside the database
        self.r = renderer
        self.t = translate
        self.contact = contact
        self.out = out
        self.lang = "en"
        self.menu = _Menu()
        self.source: str | None = None
        self._tables: dict[str, dict[str, str]] = {}

    def command(self, text: str) -> str | None:
        """The command a typed word stands for ("terminé", "done" → "done"), if any."""
        table = self._tables.get(self.lang)
        if table is None:
            table = self._tables[self.lang] = word_table(self.t, self.lang)
        return table.get(fold(text))

    async def run(self, read_line: Callable[[], Awaitable[str | None]], lang: str | None) -> None:
        """Greet, resume or begin, then answer lines until end of input or "quit"."""
        reply = await self.service.handle(self.contact, svc.Begin())
        if lang is not None and reply.lang != lang:
            reply = await self.service.handle(self.contact, ev.SetLanguage(lang))
            # Asked for on the command line: no "language changed, answers kept" note.
            outputs = [o for o in reply.outputs if o != ev.Say("language-changed")]
            reply = replace(reply, outputs=outputs)
        self.lang = reply.lang
        self._print(self.t(self.lang, "console-welcome"))
        self._print(self.t(self.lang, "console-commands"))
        self.show(reply)
        while True:
            self.out.write(PROMPT)
            self.out.flush()
            line = await read_line()
            if line is None or self.command(line) == "quit":
                self._print(self.t(self.lang, "console-bye"))
                return
            actions = self.parse_many(line.rstrip("\n"))
            if actions is None:
                self._print(self.t(self.lang, "console-unknown"))
                continue
            if self._long_text() and isinstance(actions[0], ev.Text):
                actions = [ev.Text(await self._more_lines(actions[0].text, read_line))]
            for action in actions[:-1]:
                await self.service.handle(self.contact, action)
            reply = await self.service.handle(self.contact, actions[-1])
            if reply.erased_mail is not None and self.on_erased is not None:
                await self.on_erased(reply.erased_mail)
            self.show(reply)
            if reply.submitted:
                notes = [self.t(reply.lang, "submitted-forwarded")]
                if self.after_submit is not None:
                    notes = await self.after_submit(reply.lang)
                for note in notes:
                    self._print(note)

    def _long_text(self) -> bool:
        ask = self.menu.question
        return ask is not None and ask.kind is Kind.LONGTEXT and not ask.awaiting_other

    async def _more_lines(self, first: str, read_line: Callable[[], Awaitable[str | None]]) -> str:
        """A long answer: lines until an empty one (or the end of input)."""
        lines = [first]
        while True:
            self.out.write("… ")
            self.out.flush()
            line = await read_line()
            if line is None or not line.strip():
                return "\n".join(lines)
            lines.append(line.rstrip("\n"))

    def parse_many(self, line: str) -> list[Action] | None:
        """Like `parse`, but "1, 3, 4" on a multiple choice selects exactly those, then done."""
        ask = self.menu.question
        text = line.strip()
        several = _NUMBERS.fullmatch(text) is not None and not text.isdigit()
        if ask is not None and ask.kind is Kind.MULTI and not ask.awaiting_other and several:
            wanted = {int(n) for n in re.findall(r"\d+", text)}
            if not wanted <= set(range(1, len(ask.options) + 1)):
                return None
            picked = {ask.options[n - 1] for n in wanted}
            toggles: list[Action] = [
                ev.Button("toggle", ask.question, ask.draft, option)
                for option in ask.options
                if (option in picked) != (option in ask.selected)
            ]
            return [*toggles, ev.Button("done", ask.question, ask.draft)]
        action = self.parse(line)
        return None if action is None else [action]

    def parse(self, line: str) -> Action | None:
        """Map one typed line onto an action, using the current menu."""
        text = line.strip()
        word, _, rest = text.partition(" ")
        if text.isdigit() and int(text) in self.menu.numbers:
            return self.menu.numbers[int(text)]
        command = self.command(text[1:] if text.startswith("/") else text)
        if command is not None and command in self.menu.words:
            return self.menu.words[command]
        first = self.command(word)
        if first == "lang" and fold(rest) in LANGUAGES:
            return ev.SetLanguage(fold(rest))
        if first == "edit" and rest.strip().isdigit():
            return self.menu.words.get(f"edit {int(rest)}")
        simple: dict[str, Action] = {
            "back": ev.Back(),
            "skip": ev.Skip(),
            "review": ev.Review(),
            "help": ev.Help(),
            "restart": ev.Restart(),
            "status": svc.Status(),
            "delete": svc.Erase(),
            "resume": ev.Start(),
            "start": svc.Begin(),
            "cancel": svc.Pause(),
        }
        if command in simple:
            return simple[command]
        if not text:
            return None
        return ev.Text(line)

    # ---- output ----

    def show(self, reply: svc.Reply) -> None:
        """Print every output of a reply and remember what numbers mean now."""
        if reply.lang != self.lang:  # a language was chosen: its words from now on
            self.lang = reply.lang
            self._print(self.t(self.lang, "console-commands"))
        if not any(isinstance(output, ev.AskLanguage) for output in reply.outputs):
            # Before consent nothing is stored: the chosen language goes with every action.
            self.contact = replace(self.contact, language_code=reply.lang)
        self.source = reply.source or self.source
        before, self.menu = self.menu, _Menu()
        for output in reply.outputs:
            self._show_one(output)
        if not (self.menu.numbers or self.menu.words or self.menu.question):
            # Only words (a status list, a note): what was on screen still holds ("submit").
            self.menu = before

    def _say(self, key: str, args: dict[str, str | int | float] | None = None) -> str:
        """A message, in its terminal wording where the shared one speaks of buttons."""
        own = f"console-{key}"
        return self.t(self.lang, own if self.t.has("en", own) else key, args)

    def _show_one(self, output: svc.ServiceOutput) -> None:
        t, lang = self.t, self.lang
        match output:
            case ev.Say(key=key, args=args) | ev.Toast(key=key, args=args):
                self._print(self._say(key, args))
            case ev.ShowHelp(commands=commands):
                self._print(t(lang, "help-commands"))
                for command in commands:
                    meaning = t(lang, f"cmd-{command}")
                    word = t(lang, f"console-word-{_WORDS.get(command, command)}")
                    if command == "language":
                        word += " " + "|".join(LANGUAGES)
                    self._print(
                        "  " + t(lang, "help-command", {"command": word, "meaning": meaning})
                    )
            case ev.RemindConsent():
                self._print(self._say("consent-reminder"))
                self._option(1, t(lang, "consent-accept"), svc.ConsentChoice(True, lang))
                self._option(2, t(lang, "consent-decline"), svc.ConsentChoice(False, lang))
                self._option(3, t(lang, "button-read-notice"), svc.ReadNotice(lang))
            case ev.Ask():
                self._ask(output)
            case ev.AskLanguage():
                self._print(t(lang, "language-prompt"))
                for n, code in enumerate(LANGUAGES, 1):
                    self._option(n, t(code, "language-name"), ev.SetLanguage(code))
            case ev.AskConsent():
                self._print(self._consent_text())
                self._option(1, t(lang, "consent-accept"), svc.ConsentChoice(True, lang))
                self._option(2, t(lang, "consent-decline"), svc.ConsentChoice(False, lang))
            case ev.ShowReview():
                self._review(output)
            case ev.AskRestart(draft=draft):
                self._print(t(lang, "restart-confirm"))
                self._option(1, t(lang, "choice-yes"), ev.ConfirmRestart(True, draft))
                self._option(2, t(lang, "choice-no"), ev.ConfirmRestart(False, draft))
            case ev.Submitted(reference=reference):
                self._print(t(lang, "submitted", {"reference": reference}))
            case svc.OfferResume(draft=draft, answered=answered):
                self._print(t(lang, "resume-offer", {"answered": answered}))
                self._option(1, t(lang, "button-resume"), ev.Start())
                self._option(2, t(lang, "button-new"), svc.StartNew(draft))
            case svc.StatusList(items=items):
                self._status(items)
            case svc.AskErase():
                self._print(t(lang, "erase-confirm"))
                self._option(1, t(lang, "button-erase"), svc.ConfirmErase(True))
                self._option(2, t(lang, "button-cancel"), svc.ConfirmErase(False))

    def _consent_text(self) -> str:
        """The notice, its paragraph on /status and /delete in the terminal's words."""
        paragraphs = self.r.consent(self.lang).split("\n\n")
        rights = self.t(self.lang, "console-consent-rights")
        shown = [rights if "/delete" in p or "/status" in p else p for p in paragraphs]
        return "\n\n".join(shown)

    def _hints(self, hints: tuple[str, ...]) -> list[str]:
        """The question's hints, in their terminal wording where they speak of buttons."""
        terminal = {self.t(self.lang, shared): own for shared, own in _HINTS.items()}
        shown = []
        for hint in hints:
            if hint not in terminal:
                shown.append(hint)
            elif (own := terminal[hint]) is not None:
                shown.append(self.t(self.lang, own))
        return shown

    def _ask(self, ask: ev.Ask) -> None:
        t, lang = self.t, self.lang
        prompt = self.r.prompt(ask, lang)
        self._print("")
        for note in prompt.notes:
            self._print(without_markdown(note))
        image = self.r.q.question(ask.question).image
        if image is not None and not ask.refresh:
            self._print(f"🖼 {image}")  # beside the workbook: the terminal cannot show it
        self._print(f"[{prompt.section}] {prompt.progress}")
        self._print(without_markdown(prompt.question))
        for hint in self._hints(prompt.hints):
            self._print(f"  {hint}")
        self.menu.question = ask
        if ask.kind is Kind.LONGTEXT and not ask.awaiting_other:
            self._print(f"  {t(lang, 'console-long-text')}")
        if prompt.current:
            self._print(f"  {prompt.current}")
            self._print(f"  {t(lang, 'console-keep')}")
            self.menu.words["keep"] = ev.Button("keep", ask.question, ask.draft)
        if ask.awaiting_other:
            return
        if ask.kind is Kind.RANGE:
            # The values themselves, typed as they are (a number for a position would mislead).
            if ask.options:
                self._print("  " + " · ".join(ask.options))
        elif ask.kind in (Kind.SINGLE, Kind.YESNO, Kind.COUNTRY, Kind.ACKNOWLEDGE):
            for n, option in enumerate(ask.options, 1):
                label = self.r.option(ask.question, option, lang)
                self._option(n, label, ev.Button("choose", ask.question, ask.draft, option))
            key = "console-type-country" if ask.kind is Kind.COUNTRY else "console-choose"
            self._print(t(lang, key))
        elif ask.kind is Kind.MULTI:
            for n, option in enumerate(ask.options, 1):
                label = self.r.option(ask.question, option, lang)
                mark = "[x]" if option in ask.selected else "[ ]"
                action = ev.Button("toggle", ask.question, ask.draft, option)
                self._option(n, f"{mark} {label}", action)
            self.menu.words["done"] = ev.Button("done", ask.question, ask.draft)
            picked = [str(n) for n, o in enumerate(ask.options, 1) if o in ask.selected]
            if picked:  # what a lone number did, and what to type next
                self._print(t(lang, "console-multi-selected", {"numbers": ", ".join(picked)}))
            else:
                self._print(t(lang, "console-choose-many"))
        elif ask.kind is Kind.FILE:
            self._print(t(lang, "console-file"))
        if ask.not_applicable:
            # Listed after the choices, under the next number: typing it answers the question.
            label = t(lang, "button-not-applicable")
            na = ev.Button("na", ask.question, ask.draft)
            self._option(len(ask.options) + 1, label, na)

    def _review(self, review: ev.ShowReview) -> None:
        t, lang = self.t, self.lang
        self._print("")
        for note in review.notes:
            self._print(without_markdown(self.r.note(note, lang)))
        self._print(t(lang, "review-title"))
        n = 0
        for section in review.sections:
            self._print(f"— {self.r.section_title(section.section, lang)} —")
            for item in section.items:
                n += 1
                if item.answered:
                    value = self.r.answer_by_id(item.question, item.value, lang)
                else:
                    value = t(lang, "review-not-answered")
                label = self.r.label(item.question, lang)
                self._print(f"{n:>3}. {label}{t(lang, 'review-separator')}{value}")
                self.menu.words[f"edit {n}"] = ev.Edit(item.question, review.draft)
        if review.complete:
            self._print(t(lang, "review-complete"))
            self.menu.words["submit"] = svc.SubmitRequest(review.draft)
            self._print(t(lang, "console-edit"))
        else:
            self._print(t(lang, "review-incomplete"))
            self.menu.words["continue"] = ev.Continue(review.draft)
            self._print(t(lang, "console-continue"))

    def _status(self, items: tuple[SubmissionSummary, ...]) -> None:
        t, lang = self.t, self.lang
        if not items:
            self._print(t(lang, "status-none"))
            return
        self._print(t(lang, "status-title"))
        for item in items:
            self._print(t(lang, "status-item", self.r.status_args(item, lang)))

    def _option(self, n: int, label: str, action: Action) -> None:
        self.menu.numbers[n] = action
        self._print(f"  {n:>2}. {label}")

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)


async def read_stdin_line() -> str | None:
    """One line from standard input without blocking the event loop (None at end of input)."""
    # Bytes, decoded here: invalid UTF-8 (or an encoded lone surrogate) becomes U+FFFD
    # instead of a UnicodeDecodeError, or a surrogate that fails when stored or printed.
    line = await asyncio.to_thread(sys.stdin.buffer.readline)
    return clean_text(line.decode("utf-8", "replace")) if line else None

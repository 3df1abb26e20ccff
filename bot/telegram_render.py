"""Service replies as Telegram messages: escaped HTML text plus inline keyboards."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.callbacks import (
    QUESTION_CODES,
    ConsentCb,
    EraseCb,
    LangCb,
    NavCb,
    NoticeCb,
    QuestionCb,
    ResumeCb,
)
from bot.layout import pack
from bot.telegram_text import MESSAGE_LIMIT, shorten, visible_length
from dialogs import events as ev
from dialogs import service as svc
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import Kind, short_key
from dialogs.ports import SubmissionSummary
from dialogs.render import Renderer
from dialogs.text import BOLD, ITALIC, without_markdown

_BUTTON_KINDS = frozenset(
    {Kind.SINGLE, Kind.YESNO, Kind.MULTI, Kind.COUNTRY, Kind.ACKNOWLEDGE, Kind.RANGE}
)
# Stands for a draft's token in a cached keyboard layout (never in a token: they are hex).
_DRAFT = "\x00"
Layout = tuple[tuple[tuple[str, str], ...], ...]  # rows of (label, callback data)
ECHO_LIMIT = 3000  # UTF-16 units of a current answer shown under its question, at most
REVIEW_VALUE_LIMIT = 300  # UTF-16 units of an answer in the review; editing shows more
TOAST_LIMIT = 200  # answerCallbackQuery's limit
# Commands only the Telegram chat has, listed by /help before the one named.
TELEGRAM_COMMANDS = {"reminders": "delete"}


@dataclass(frozen=True)
class OutMessage:
    """One message to send (or, with edit=True, to put in place of the pressed one)."""

    text: str
    markup: InlineKeyboardMarkup | None = None
    edit: bool = False
    # A keyboard below the chat (the location button) instead of buttons under the message:
    # it goes away once used, and is never edited away like the buttons.
    keyboard: ReplyKeyboardMarkup | None = None
    photo: Path | None = None  # a picture sent before the question (text unused)


def with_telegram_commands(commands: Sequence[str]) -> tuple[str, ...]:
    """The commands /help lists, with those of the Telegram chat alone put in their place."""
    listed = list(commands)
    for command, before in TELEGRAM_COMMANDS.items():
        if before in listed and command not in listed:
            listed.insert(listed.index(before), command)
    return tuple(listed)


@lru_cache(maxsize=4096)
def _button_of(text: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data="-")


def button(text: str, data: str) -> InlineKeyboardButton:
    """An inline button: a copy of one validated once per label (question and language), with
    this draft's callback data; validating a new button per update was a tenth of its CPU."""
    return _button_of(text).model_copy(update={"callback_data": data})


@lru_cache(maxsize=1)
def _no_buttons() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[])


def keyboard(rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    """Inline buttons under a message: a copy of one validated keyboard with these rows (the
    buttons are validated already; checking them again was as much CPU as copying them)."""
    return _no_buttons().model_copy(update={"inline_keyboard": rows})


def esc(text: str) -> str:
    """Escape plain text for parse_mode=HTML."""
    return html.escape(text, quote=False)


@lru_cache(maxsize=4096)
def rich(text: str) -> str:
    """A form's label with XLSForm's markdown (*bold*, _italic_) as Telegram HTML, escaped
    (remembered: labels, hints and notes come back with every question).

    Escaped first, so that only the tags made here reach Telegram; a lone * or _ (or one
    inside a word, as in snake_case) stays as typed.
    """
    escaped = esc(text)
    escaped = BOLD.sub(r"<b>\1</b>", escaped)
    return ITALIC.sub(r"<i>\1</i>", escaped)


class TelegramRenderer:
    """Builds Telegram messages for service outputs in the reply's language."""

    def __init__(
        self, renderer: Renderer, translate: Translator, media_dir: Path | None = None
    ) -> None:
        """`media_dir`: where the questionnaire's images are (beside its workbook)."""
        self.r = renderer
        self.t = translate
        self.media_dir = media_dir
        # Per renderer rather than per module: a questionnaire's labels live as long as it does.
        self._layouts = lru_cache(maxsize=4096)(self._layout)
        self._edit_buttons = lru_cache(maxsize=4096)(self._edit_button)

    def render(self, reply: svc.Reply, *, pressed: bool = False) -> list[OutMessage]:
        """All messages for a reply; notices are joined to the message that follows them.

        After a button press, toasts are left out: they go on the button (see `toast`).
        """
        messages: list[OutMessage] = []
        notices: list[str] = []
        for output in reply.outputs:
            if isinstance(output, ev.Toast) and pressed:
                continue
            if isinstance(output, ev.Say | ev.Toast):
                notices.append(esc(self.t(reply.lang, output.key, output.args)))
                continue
            rendered = self._one(output, reply)
            at = next((i for i, m in enumerate(rendered) if m.photo is None), None)
            if notices and at is not None:
                first = rendered[at]
                joined = "\n\n".join([*notices, first.text])
                if visible_length(joined) <= MESSAGE_LIMIT:
                    # A refreshed question cannot carry a notice in place: send it anew instead.
                    rendered[at] = replace(first, text=joined, edit=False)
                else:
                    messages.append(OutMessage("\n".join(notices)))
                notices = []
            messages.extend(rendered)
        if notices:
            messages.append(OutMessage("\n\n".join(notices)))
        return messages

    def question_of(self, key: str) -> str:
        """The question a button's short key stands for (the key itself if none: stale)."""
        return self.r.q.by_key(key) or key

    def choice_of(self, question_id: str, key: str) -> str:
        """The choice a button's short key stands for (a country code stands for itself)."""
        if not self.r.q.has_question(question_id):
            return key
        options = self.r.q.question(question_id).choice_ids
        return next((c for c in options if short_key(c) == key), key)

    def toast(self, reply: svc.Reply) -> str | None:
        """The short note to show on the button just pressed, if any (plain text)."""
        notes = [
            self.t(reply.lang, o.key, o.args) for o in reply.outputs if isinstance(o, ev.Toast)
        ]
        return " ".join(notes)[:TOAST_LIMIT] if notes else None

    def notice(self, text: str) -> OutMessage:
        """A plain localized text, escaped."""
        return OutMessage(esc(text))

    def language_menu(self) -> OutMessage:
        """The language question, in all four languages since we may not know which one fits."""
        text = "\n".join(esc(self.t(code, "language-prompt")) for code in LANGUAGES)
        buttons = [
            InlineKeyboardButton(
                text=self.t(code, "language-name"), callback_data=LangCb(lang=code).pack()
            )
            for code in LANGUAGES
        ]
        return OutMessage(text, InlineKeyboardMarkup(inline_keyboard=[buttons[:2], buttons[2:]]))

    # ---- one output ----

    def _one(self, output: svc.ServiceOutput, reply: svc.Reply) -> list[OutMessage]:
        lang, t = reply.lang, self.t
        match output:
            case ev.Ask():
                asked = [*self._image(output), self._ask(output, lang)]
                if output.kind is Kind.GEOPOINT and not output.refresh:
                    asked.append(self._location_keyboard(lang))
                return asked
            case ev.AskLanguage():
                return [self.language_menu()]
            case ev.AskConsent():
                return [self._consent(lang, reply.source)]
            case ev.RemindConsent():
                return [self._consent(lang, reply.source, short=True)]
            case ev.ShowHelp(commands=commands):
                lines = [t(lang, "help-commands")]
                commands = with_telegram_commands(commands)
                lines += [
                    t(lang, "help-command", {"command": f"/{c}", "meaning": t(lang, f"cmd-{c}")})
                    for c in commands
                ]
                return [OutMessage(esc("\n".join(lines)))]
            case ev.ShowReview():
                return self._review(output, lang)
            case ev.AskRestart(draft=draft):
                markup = self._keyboard(
                    [
                        [(t(lang, "choice-yes"), NavCb(action="ry", draft=draft).pack())],
                        [(t(lang, "choice-no"), NavCb(action="rn", draft=draft).pack())],
                    ]
                )
                return [OutMessage(esc(t(lang, "restart-confirm")), markup)]
            case ev.Submitted(reference=reference):
                text = t(lang, "submitted", {"reference": reference})
                text += "\n\n" + t(lang, "submitted-forwarded")
                return [OutMessage(esc(text).replace(reference, f"<b>{reference}</b>"))]
            case svc.OfferResume(draft=draft, answered=answered):
                markup = self._keyboard(
                    [
                        [(t(lang, "button-resume"), ResumeCb(action="r", draft=draft).pack())],
                        [(t(lang, "button-new"), ResumeCb(action="n", draft=draft).pack())],
                    ]
                )
                text = esc(t(lang, "resume-offer", {"answered": answered}))
                return [OutMessage(text, markup)]
            case svc.StatusList(items=items):
                return [OutMessage(self._status(items, lang))]
            case svc.AskErase():
                markup = self._keyboard(
                    [
                        [(t(lang, "button-erase"), EraseCb(confirm=1).pack())],
                        [(t(lang, "button-cancel"), EraseCb(confirm=0).pack())],
                    ]
                )
                return [OutMessage(esc(t(lang, "erase-confirm")), markup)]
        return []

    def _ask(self, ask: ev.Ask, lang: str) -> OutMessage:
        prompt = self.r.prompt(ask, lang)
        parts = [rich(note) for note in prompt.notes]
        parts += [
            f"<i>{esc(prompt.section)} · {esc(prompt.progress)}</i>",
            f"<b>{rich(prompt.question)}</b>",
        ]
        parts += [rich(hint) for hint in prompt.hints]  # a form's hints may hold markdown too
        if prompt.current:
            # The echo of the answer gets what the rest leaves of Telegram's limit (the stored
            # answer stays whole): a long answer of emoji counts two units per character.
            room = MESSAGE_LIMIT - visible_length("\n\n".join(parts)) - len("\n\n")
            parts.append(esc(shorten(prompt.current, min(room, ECHO_LIMIT))))
        return OutMessage("\n\n".join(parts), self._ask_markup(ask, lang), edit=ask.refresh)

    def _ask_markup(self, ask: ev.Ask, lang: str) -> InlineKeyboardMarkup | None:
        """A question's buttons: laid out once per question, language and state of its buttons
        (labels, short keys, packed data, rows), then given this draft's token."""
        layout = self._layouts(
            ask.question,
            ask.kind,
            lang,
            ask.options,
            ask.selected if ask.kind is Kind.MULTI else frozenset(),
            ask.awaiting_other,
            ask.can_back,
            ask.required,
            ask.not_applicable,
            ask.has_current,
            len(ask.draft),
        )
        if not layout:
            return None
        stand_in = _DRAFT * len(ask.draft)
        rows = [[button(x, d.replace(stand_in, ask.draft)) for x, d in row] for row in layout]
        return keyboard(rows)

    def _layout(
        self,
        question: str,
        kind: Kind,
        lang: str,
        options: tuple[str, ...],
        selected: frozenset[str],
        awaiting_other: bool,
        can_back: bool,
        required: bool,
        not_applicable: bool,
        has_current: bool,
        draft_length: int,
    ) -> Layout:
        """The rows of (label, data) of a question's buttons, with a stand-in for the draft
        token as long as the real one (so that aiogram's 64-byte check still holds)."""
        t, key, draft = self.t, short_key(question), _DRAFT * draft_length
        rows: list[list[tuple[str, str]]] = []
        if not awaiting_other:
            rows += self._option_rows(question, kind, lang, options, selected, draft)
        nav: list[tuple[str, str]] = []
        # Tagged with their question, so that one left under an earlier question is known.
        if can_back:
            back = NavCb(action="b", draft=draft, question=key).pack()
            nav.append((t(lang, "button-back"), back))
        if not required:
            skip = NavCb(action="s", draft=draft, question=key).pack()
            nav.append((t(lang, "button-skip"), skip))
        if not_applicable and not awaiting_other:
            na = QuestionCb(action=QUESTION_CODES["na"], question=key, draft=draft).pack()
            rows.append([(t(lang, "button-not-applicable"), na)])
        if has_current and not awaiting_other:
            keep = QuestionCb(action=QUESTION_CODES["keep"], question=key, draft=draft).pack()
            rows.append([(t(lang, "button-keep"), keep)])
        if nav:
            rows += pack(nav, [x for x, _ in nav], len(nav))
        return tuple(tuple(row) for row in rows)

    def _image(self, ask: ev.Ask) -> list[OutMessage]:
        """The question's picture, once (not again when the question is refreshed in place)."""
        image = (
            self.r.q.question(ask.question).image if self.r.q.has_question(ask.question) else None
        )
        if image is None or self.media_dir is None or ask.refresh:
            return []
        return [OutMessage("", photo=self.media_dir / image)]

    def _location_keyboard(self, lang: str) -> OutMessage:
        """Telegram's own "share my location" button, below the chat (typing works too)."""
        button = KeyboardButton(text=self.t(lang, "kinds-button-location"), request_location=True)
        keyboard = ReplyKeyboardMarkup(
            keyboard=[[button]], resize_keyboard=True, one_time_keyboard=True
        )
        return OutMessage(esc(self.t(lang, "kinds-location-offer")), keyboard=keyboard)

    def _option_rows(
        self,
        question: str,
        kind: Kind,
        lang: str,
        options: tuple[str, ...],
        selected: frozenset[str],
        draft: str,
    ) -> list[list[tuple[str, str]]]:
        if kind not in _BUTTON_KINDS:
            return []
        action = QUESTION_CODES["toggle" if kind is Kind.MULTI else "choose"]
        key = short_key(question)
        labels, buttons = [], []
        for option in options:
            label = without_markdown(self.r.option(question, option, lang))  # plain buttons
            if kind is Kind.MULTI:
                label = ("✅ " if option in selected else "▫️ ") + label
            # A country code is short and stands for itself; a choice name may be any length.
            choice = option if kind is Kind.COUNTRY else short_key(option)
            data = QuestionCb(action=action, question=key, draft=draft, choice=choice).pack()
            labels.append(label)
            buttons.append((label, data))
        per_row = 6 if kind is Kind.RANGE else 2
        rows = pack(buttons, labels, per_row)
        if kind is Kind.MULTI:
            done = QuestionCb(action=QUESTION_CODES["done"], question=key, draft=draft).pack()
            rows.append([(self.t(lang, "button-done"), done)])
        return rows

    def _consent(self, lang: str, source: str | None, *, short: bool = False) -> OutMessage:
        t = self.t
        accept = ConsentCb(accept=1, lang=lang, source=source or "").pack()
        decline = ConsentCb(accept=0, lang=lang, source=source or "").pack()
        rows = [[(t(lang, "consent-accept"), accept)], [(t(lang, "consent-decline"), decline)]]
        if not short:
            return OutMessage(esc(self.r.consent(lang)), self._keyboard(rows))
        notice = NoticeCb(lang=lang, source=source or "").pack()
        rows.append([(t(lang, "button-read-notice"), notice)])
        return OutMessage(esc(t(lang, "consent-reminder")), self._keyboard(rows))

    def _review(self, review: ev.ShowReview, lang: str) -> list[OutMessage]:
        """One section per page: its answers, one edit button a row, pages, submit."""
        t = self.t
        pages = len(review.sections)
        section = review.sections[review.page]
        title = t(
            lang,
            "review-page",
            {
                "section": self.r.section_title(section.section, lang),
                "page": review.page + 1,
                "pages": pages,
            },
        )
        lines = [rich(self.r.note(note, lang)) for note in review.notes if review.page == 0]
        lines += [f"<b>{esc(title)}</b>", ""]
        rows: list[list[InlineKeyboardButton]] = []
        separator = esc(t(lang, "review-separator"))
        stand_in = _DRAFT * len(review.draft)
        for item in section.items:
            label = self.r.label(item.question, lang)
            if item.answered:
                value = self.r.answer_by_id(item.question, item.value, lang)
                shown = esc(shorten(value, REVIEW_VALUE_LIMIT))
            else:
                shown = f"<i>{esc(t(lang, 'review-not-answered'))}</i>"
            lines.append(f"• {rich(label)}{separator}{shown}")
            text, data = self._edit_buttons(item.question, lang, len(review.draft))
            rows.append([button(text, data.replace(stand_in, review.draft))])
        lines.append("")
        lines.append(esc(t(lang, "review-complete" if review.complete else "review-incomplete")))
        lines.append(esc(t(lang, "review-edit-hint")))
        turn: list[InlineKeyboardButton] = []
        if review.page > 0:
            back = NavCb(action="p", draft=review.draft, question=str(review.page - 1)).pack()
            turn.append(button(t(lang, "button-previous"), back))
        if review.page < pages - 1:
            ahead = NavCb(action="p", draft=review.draft, question=str(review.page + 1)).pack()
            turn.append(button(t(lang, "button-next"), ahead))
        if turn:
            rows.append(turn)
        if review.complete:
            submit = NavCb(action="ok", draft=review.draft).pack()
            rows.append([button(t(lang, "button-submit"), submit)])
        else:
            cont = NavCb(action="go", draft=review.draft).pack()
            rows.append([button(t(lang, "button-continue"), cont)])
        markup = keyboard(rows)
        chunks = split_lines(lines)
        return [
            OutMessage(
                chunk, markup if i == len(chunks) - 1 else None, edit=review.refresh and i == 0
            )
            for i, chunk in enumerate(chunks)
        ]

    def _edit_button(self, question: str, lang: str, draft_length: int) -> tuple[str, str]:
        """The label and data of a question's edit button in the review, with a stand-in for
        the draft token (a review formats and packs one per answer on its page)."""
        text = self.t(lang, "button-edit", {"label": self.r.label(question, lang)})
        draft = _DRAFT * draft_length
        return text, NavCb(action="e", draft=draft, question=short_key(question)).pack()

    def _status(self, items: Iterable[SubmissionSummary], lang: str) -> str:
        listed = list(items)
        if not listed:
            return esc(self.t(lang, "status-none"))
        lines = [esc(self.t(lang, "status-title"))]
        lines += [esc(self.t(lang, "status-item", self.r.status_args(i, lang))) for i in listed]
        return split_lines(lines)[0]

    @staticmethod
    def _keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
        return keyboard([[button(text, data) for text, data in row] for row in rows])


def split_lines(lines: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join lines into as few messages as fit the limit, breaking only between lines."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if current and visible_length(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        chunks.append(current)
    return chunks

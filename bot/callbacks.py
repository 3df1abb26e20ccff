"""Button payloads: short ids only (never labels), each well under Telegram's 64 bytes."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class QuestionCb(CallbackData, prefix="q"):
    """A choice on a question: a=c(hoose) t(oggle) d(one) k(eep) n(ot applicable); d=draft."""

    a: str
    q: str
    d: str
    c: str = ""


class NavCb(CallbackData, prefix="n"):
    """Navigation: back/skip (q: under which question), edit (q), review page (q: its number),
    submit, continue, restart yes/no."""

    a: str
    d: str
    q: str = ""


class LangCb(CallbackData, prefix="l"):
    """Pick a language."""

    lang: str


class ConsentCb(CallbackData, prefix="c"):
    """Accept or decline; carries language and source since nothing is stored before."""

    y: int
    lang: str
    s: str = ""


class NoticeCb(CallbackData, prefix="p"):
    """Show the whole data-protection notice again; carries what the consent buttons carry."""

    lang: str
    s: str = ""


class ResumeCb(CallbackData, prefix="r"):
    """Resume the open draft (a=r) or start a new one (a=n)."""

    a: str
    d: str


class EraseCb(CallbackData, prefix="e"):
    """Confirm (1) or cancel (0) erasure."""

    y: int


QUESTION_ACTIONS = {"c": "choose", "t": "toggle", "d": "done", "k": "keep", "n": "na"}
QUESTION_CODES = {v: k for k, v in QUESTION_ACTIONS.items()}

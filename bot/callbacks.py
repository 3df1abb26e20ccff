"""Button payloads: short keys only (never labels or names), each well under Telegram's 64 bytes.

aiogram packs only the values, in field order (`q:c:<question>:<draft>:<choice>`), so the
field names cost nothing on the wire; renaming one keeps old buttons working, reordering does not.
Questions and choices travel as their 8-character short keys (dialogs.model.short_key): an
XLSForm name may be any length, and a key stays put while its name does.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class QuestionCb(CallbackData, prefix="q"):
    """A choice on a question; `action` is a code of QUESTION_ACTIONS (n: not applicable),
    `draft` the draft token."""

    action: str
    question: str
    draft: str
    choice: str = ""


class NavCb(CallbackData, prefix="n"):
    """Navigation: back/skip (`question`: the one it was under), edit (`question`), review
    page (`question`: its number), submit, continue, restart yes/no."""

    action: str
    draft: str
    question: str = ""


class LangCb(CallbackData, prefix="l"):
    """Pick a language."""

    lang: str


class ConsentCb(CallbackData, prefix="c"):
    """Accept or decline; carries language and source since nothing is stored before."""

    accept: int
    lang: str
    source: str = ""


class NoticeCb(CallbackData, prefix="p"):
    """Show the whole data-protection notice again; carries what the consent buttons carry."""

    lang: str
    source: str = ""


class ResumeCb(CallbackData, prefix="r"):
    """Resume the open draft (action r) or start a new one (action n)."""

    action: str
    draft: str


class EraseCb(CallbackData, prefix="e"):
    """Confirm (1) or cancel (0) erasure."""

    confirm: int


QUESTION_ACTIONS = {"c": "choose", "t": "toggle", "d": "done", "k": "keep", "n": "na"}
QUESTION_CODES = {v: k for k, v in QUESTION_ACTIONS.items()}

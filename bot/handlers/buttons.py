"""Inline buttons: each payload becomes a service action; unknown payloads are stale."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.dispatcher.event.handler import CallbackType
from aiogram.types import CallbackQuery, Message, Update

from bot.callbacks import (
    QUESTION_ACTIONS,
    ConsentCb,
    EraseCb,
    LangCb,
    NavCb,
    NoticeCb,
    QuestionCb,
    ResumeCb,
)
from bot.context import BotContext, answer_query
from dialogs import events as ev
from dialogs import service as svc


async def _press(
    query: CallbackQuery, bot: Bot, intake: BotContext, update: Update, action: svc.Action
) -> None:
    """Apply the action, answer the press (with a note if any), tidy the pressed message."""
    message = query.message
    if not isinstance(message, Message):  # too old for Telegram to send it back
        await answer_query(query, None)
        return
    reply = await intake.run(
        bot, query.from_user, message.chat, action, update.update_id, message.message_id, query
    )
    refreshed = any(isinstance(o, ev.Ask | ev.ShowReview) and o.refresh for o in reply.outputs)
    if not reply.duplicate and not refreshed and message.reply_markup is not None:
        await intake.sender.clear_buttons(bot, message.chat.id, message.message_id)


async def question(
    query: CallbackQuery,
    callback_data: QuestionCb,
    bot: Bot,
    intake: BotContext,
    event_update: Update,
) -> None:
    """Choose, toggle, done or keep on a question."""
    action = QUESTION_ACTIONS.get(callback_data.action, "")
    qid = intake.render.question_of(callback_data.question)
    choice = intake.render.choice_of(qid, callback_data.choice) if callback_data.choice else ""
    event = ev.Button(action, qid, callback_data.draft, choice)
    await _press(query, bot, intake, event_update, event)


async def navigation(
    query: CallbackQuery, callback_data: NavCb, bot: Bot, intake: BotContext, event_update: Update
) -> None:
    """Back, skip, edit, submit, continue and the start-over confirmation."""
    draft = callback_data.draft
    tagged = callback_data.question
    page = int(tagged) if tagged.isdigit() else -1
    if callback_data.action in ("b", "s", "e") and tagged:
        tagged = intake.render.question_of(tagged)
    actions: dict[str, svc.Action] = {
        "b": ev.Back(tagged),
        "s": ev.Skip(tagged),
        "p": ev.ReviewPage(page, draft),
        "e": ev.Edit(tagged, draft),
        "ok": svc.SubmitRequest(draft),
        "go": ev.Continue(draft),
        "ry": ev.ConfirmRestart(True, draft),
        "rn": ev.ConfirmRestart(False, draft),
    }
    action = actions.get(callback_data.action)
    if action is None:
        await unknown(query, intake)
        return
    await _press(query, bot, intake, event_update, action)


async def language(
    query: CallbackQuery, callback_data: LangCb, bot: Bot, intake: BotContext, event_update: Update
) -> None:
    """Switch language, keeping the answers."""
    await _press(query, bot, intake, event_update, ev.SetLanguage(callback_data.lang))


async def consent(
    query: CallbackQuery,
    callback_data: ConsentCb,
    bot: Bot,
    intake: BotContext,
    event_update: Update,
) -> None:
    """Accept or decline the data-protection notice."""
    action = svc.ConsentChoice(
        bool(callback_data.accept), callback_data.lang, callback_data.source or None
    )
    await _press(query, bot, intake, event_update, action)


async def notice(
    query: CallbackQuery,
    callback_data: NoticeCb,
    bot: Bot,
    intake: BotContext,
    event_update: Update,
) -> None:
    """Show the whole data-protection notice again."""
    action = svc.ReadNotice(callback_data.lang, callback_data.source or None)
    await _press(query, bot, intake, event_update, action)


async def resume(
    query: CallbackQuery,
    callback_data: ResumeCb,
    bot: Bot,
    intake: BotContext,
    event_update: Update,
) -> None:
    """Continue the open draft or start a new one."""
    action: svc.Action = (
        ev.Start() if callback_data.action == "r" else svc.StartNew(callback_data.draft)
    )
    await _press(query, bot, intake, event_update, action)


async def erase(
    query: CallbackQuery,
    callback_data: EraseCb,
    bot: Bot,
    intake: BotContext,
    event_update: Update,
) -> None:
    """Confirm or cancel erasure of all the respondent's data."""
    await _press(query, bot, intake, event_update, svc.ConfirmErase(bool(callback_data.confirm)))


async def unknown(query: CallbackQuery, intake: BotContext) -> None:
    """A payload we never sent (forged, or from an older version): a short note on it."""
    lang = intake.language_of(query.from_user)
    await answer_query(query, intake.translate(lang, "toast-stale"))


def register(r: Router, private: CallbackType) -> None:
    """This module's handlers, on the router that takes presses first (the dispatcher), each
    behind `private` (a press in a private chat), tried after the payload's own filter: a press
    for the last handler checks `private` once, not once per handler before it (issue 26)."""
    r.callback_query.register(question, QuestionCb.filter(), private)
    r.callback_query.register(navigation, NavCb.filter(), private)
    r.callback_query.register(language, LangCb.filter(), private)
    r.callback_query.register(consent, ConsentCb.filter(), private)
    r.callback_query.register(notice, NoticeCb.filter(), private)
    r.callback_query.register(resume, ResumeCb.filter(), private)
    r.callback_query.register(erase, EraseCb.filter(), private)
    # No catch-all here: the routers below come next (the reminders' buttons); a press nothing
    # takes is answered by the last router (elsewhere.fallback), as `unknown` would.

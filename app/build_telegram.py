"""The one place that builds the Telegram application on top of app.build."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from aiogram.client.session.base import BaseSession
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.chat_reports import ChatReports
from admin.web.security import resolve_role
from app.build import Core
from app.build_web import build_workspace, issue_signin_link
from app.housekeeping import housekeeping_loop
from app.metrics import Metrics
from app.settings import Settings
from app.versions import export_view
from bot.app import Background, TelegramApp, build_bot, build_dispatcher, publish_commands
from bot.context import BotContext
from bot.handled_marks import HandledMarks, marks_path
from bot.handlers.admin import AdminServices, DigestShown, build_admin_router
from bot.handlers.web import build_web_router
from bot.messenger import TelegramRespondentMessenger
from bot.polling import DurablePolling
from bot.reminders import ReminderJob
from bot.reviewer_notices import ReviewerNoticeJob
from bot.sender import Sender
from bot.telegram_render import TelegramRenderer
from dialogs.i18n import Args
from dialogs.service import IntakeService
from mail.eml_files import EmlCopies
from mail.outbox_worker import bot_admin_notifier, bot_file_fetcher, build_delivery
from mail.submission_email import local_time
from mail.transport import utcnow
from storage.maintenance import mark_blocked
from storage.people import remember_first_name
from storage.reminders import SqlReminderStore
from storage.review_notices import SqlReviewerNoticeStore
from storage.stores import respondent_store
from storage.update_journal import UpdateJournal

YOUNG_GENERATION = 10_000  # objects allocated (net) between two collections of the youngest


def build_telegram_app(
    core: Core,
    db: AsyncEngine,
    *,
    throttle: bool = True,
    session: BaseSession | None = None,
    clock: Callable[[], datetime] = utcnow,
    metrics: Metrics | None = None,
) -> TelegramApp:
    """The bot: service over storage, rendering, routers, commands menu and background jobs.

    `session` replaces the HTTP client (benchmarks answer Bot API calls in-process); `clock`
    is the time of answers and reminders (tests move it forward); `metrics` receives what the
    bot observes (a fresh registry of its own when not given).
    """
    settings = core.settings
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    token = settings.telegram_bot_token.get_secret_value()
    observer = metrics or Metrics()
    bot = build_bot(
        token, settings.telegram_api_url, throttle=throttle, session=session, observer=observer
    )
    store = respondent_store(db)
    service = IntakeService(core.dialog_engine, store, clock=clock)

    async def on_blocked(chat_id: int) -> None:
        # In a private chat the chat id is the user id.
        await mark_blocked(db, chat_id, True)

    admin_ids = frozenset(settings.admin_ids)
    send_to_admins = bot_admin_notifier(bot, sorted(admin_ids))

    async def notify_admins(text: str) -> None:
        await send_to_admins(core.redact(text))  # error texts may quote a URL with the token

    delivery = build_delivery(
        db,
        settings,
        core.questionnaire,
        core.renderer,
        core.translate,
        notify_admins,
        fetch_file=bot_file_fetcher(bot),
    )

    async def digest_now(lang: str) -> DigestShown:
        preview = await delivery.digests.preview_current()
        args: Args = {
            "when": local_time(preview.sends_at, settings.digest_timezone),
            "recipients": preview.recipients,
        }
        note = core.translate(lang, "admin-digest-preview", args)
        return DigestShown(note, preview.text, preview.attachment)

    sender = Sender(on_blocked)
    context = BotContext(
        service=service,
        render=TelegramRenderer(core.renderer, core.translate, media_dir(core.settings)),
        translate=core.translate,
        sender=sender,
        admin_ids=admin_ids,
        on_submitted=delivery.wake,  # its e-mail leaves now, not at the next poll
        on_erased=EmlCopies(Path(settings.outbox_dir)).erase,
        observer=observer,
    )
    reports = ChatReports(
        db=db,
        questionnaire=core.questionnaire,
        renderer=core.renderer,
        translate=core.translate,
        staff_language=settings.staff_language,
        export_view=lambda: export_view(db, core),
    )
    services = AdminServices(
        reports=reports,
        translate=core.translate,
        staff_language=settings.staff_language,
        digest_now=digest_now,
    )
    workspace = build_workspace(core, db)  # for /web links only; served by app.serve

    async def issue_link(user_id: int) -> str | None:
        return await issue_signin_link(workspace, user_id)

    async def may_sign_in(user_id: int) -> bool:
        return await resolve_role(db, workspace.access, user_id) is not None

    async def seen_name(user_id: int, first_name: str) -> None:
        await remember_first_name(db, user_id, first_name, clock())

    staff_ids = admin_ids | frozenset(settings.staff_ids)
    web_router = build_web_router(
        staff_ids,
        issue_link,
        core.translate,
        settings.staff_language,
        may_sign_in=may_sign_in,
        seen_name=seen_name,
    )
    dispatcher, in_flight = build_dispatcher(
        context, build_admin_router(admin_ids, services), web_router
    )
    reminder_store = SqlReminderStore(db)
    dispatcher["reminder_store"] = reminder_store
    reminders = ReminderJob(
        bot,
        reminder_store,
        settings.reminder_policy,
        core.questionnaire,
        core.translate,
        settings.digest_timezone,
        on_blocked,
        clock,
        busy=in_flight.busy,
        shown=lambda chat_id, message_id: sender.sent_elsewhere(bot, chat_id, message_id),
        on_sent=observer.reminders_sent.inc,
    )
    messenger = TelegramRespondentMessenger(
        bot, reminder_store, reminders, core.translate, on_blocked
    )

    async def on_startup() -> None:
        await publish_commands(bot, core.translate, admin_ids, staff_ids)

    dispatcher.startup.register(on_startup)
    reviewer_notices = ReviewerNoticeJob(
        bot,
        SqlReviewerNoticeStore(db),
        core.translate,
        settings.reminder_policy.hours,
        settings.digest_timezone,
        settings.staff_language,
        clock,
    )
    background: list[Background] = [
        lambda: housekeeping_loop(db, settings),
        reminders.loop,
        reviewer_notices.loop,
        *delivery.background,
    ]
    # Everything built so far (aiogram's API models, SQLAlchemy, the questionnaire) lives as
    # long as the process: keep it out of the cyclic collector's full passes, which otherwise
    # walk millions of objects and stall every update for a fifth of a second.
    gc.collect()
    gc.freeze()
    # Updates waiting on the database keep their tasks, coroutines and models alive, so under
    # load the youngest generation passes its default 700 objects a few times per 50 updates
    # and each pass walks every waiting update (a tenth of an update's CPU, issue 26). Most
    # garbage is freed by reference counting: collecting cycles every 10,000 objects costs a
    # few megabytes at most.
    _, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION, *older)
    # Polled updates are recorded in the database before Telegram is told they arrived.
    allowed = dispatcher.resolve_used_update_types()
    marks = HandledMarks(marks_path(settings.database_url, token))
    polling = DurablePolling(bot, dispatcher, UpdateJournal(db), allowed, marks)

    async def release() -> None:
        await store.close()
        marks.close()

    return TelegramApp(
        bot,
        dispatcher,
        in_flight,
        polling,
        background,
        cleanup=[release],
        reminders=reminders,
        messenger=messenger,
    )


def media_dir(settings: Settings) -> Path | None:
    """Where the questionnaire's images are: beside QUESTIONNAIRE_FILE (none without one)."""
    if not settings.questionnaire_file:
        return None
    return Path(settings.questionnaire_file).resolve().parent

"""Messages that answer questions: text, documents and photos; anything else is explained."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.handler import CallbackType
from aiogram.types import Message, Update

from bot.context import MAX_FILE_BYTES, BotContext
from bot.filters import on_loop
from dialogs import events as ev


async def unknown_command(message: Message, bot: Bot, intake: BotContext) -> None:
    """Says the command is unknown (admin commands look exactly the same to non-admins)."""
    text = intake.translate(intake.language_of(message.from_user), "bot-unknown-command")
    await intake.sender.deliver(bot, message.chat.id, [intake.render.notice(text)])


async def text(message: Message, bot: Bot, intake: BotContext, event_update: Update) -> None:
    """Typed answers, including choice labels typed instead of pressed."""
    assert message.from_user is not None
    assert message.text is not None
    action = ev.Text(message.text)
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


async def file(message: Message, bot: Bot, intake: BotContext, event_update: Update) -> None:
    """Documents and photos, for questions that ask for a file."""
    assert message.from_user is not None
    ref = file_ref(message)
    action: ev.Event = ev.Upload(ref)
    if ref.size is not None and ref.size > MAX_FILE_BYTES:
        size_mb = round(ref.size / 1024 / 1024, 1)  # a number: each language writes its decimals
        action = ev.Refused("bot-file-too-big", {"size": size_mb, "max": MAX_FILE_BYTES >> 20})
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


async def location(message: Message, bot: Bot, intake: BotContext, event_update: Update) -> None:
    """A location shared with Telegram's button, for questions that ask for a place."""
    assert message.from_user is not None
    assert message.location is not None
    place = message.location
    action = ev.Location(place.latitude, place.longitude)
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


async def other(message: Message, bot: Bot, intake: BotContext, event_update: Update) -> None:
    """Stickers, voice notes, contacts...: explained, then the question again."""
    assert message.from_user is not None
    action = ev.Unsupported(str(message.content_type))
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


def file_ref(message: Message) -> ev.FileRef:
    """The stored reference of a document or of the largest size of a photo."""
    if message.document is not None:
        doc = message.document
        return ev.FileRef(
            doc.file_id, doc.file_unique_id, doc.file_name, doc.mime_type, doc.file_size
        )
    assert message.photo
    photo = message.photo[-1]
    return ev.FileRef(photo.file_id, photo.file_unique_id, None, "image/jpeg", photo.file_size)


async def typed_text(message: Message) -> bool:
    """Text no command can take: aiogram's Command reads the first word after any whitespace,
    so only a text whose first word starts with "/" may be one (a coroutine: no thread hop)."""
    typed = message.text
    return bool(typed) and not (typed or "").lstrip().startswith("/")


def register_typed(router: Router, *first: CallbackType) -> None:
    """Typed answers that cannot be commands, on a router tried before the commands', behind
    the filters `first` (the private chat's)."""
    router.message.register(text, *first, typed_text)


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="answers")
    r.message.register(unknown_command, on_loop(F.text.startswith("/")))
    r.message.register(text, on_loop(F.text))
    r.message.register(file, on_loop(F.document | F.photo))
    r.message.register(location, on_loop(F.location))
    r.message.register(other)
    return r

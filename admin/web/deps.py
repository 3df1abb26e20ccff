"""Everything the workspace needs, built once by the composition root and kept on the app."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.ports import FetchFile, RespondentMessenger
from admin.web.security import Access
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.ports import ErasedMail
from dialogs.render import Renderer
from guide.scores import ReviewScores
from reviews.criteria import ReviewForm, load_form


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Workspace:
    """The workspace's dependencies: database, questionnaire, words, who may sign in, and the
    optional messenger (reminders, outcomes) and file fetch (through the bot)."""

    db: AsyncEngine
    questionnaire: Questionnaire
    renderer: Renderer
    translate: Translator
    staff_language: str
    access: Access
    base_url: str
    messenger: RespondentMessenger | None = None
    fetch_file: FetchFile | None = None
    review_scores: ReviewScores | None = None  # the guide's score tables (None: no rounds)
    on_erased: Callable[[ErasedMail], Awaitable[None]] | None = None  # copies outside the DB
    now: Callable[[], datetime] = field(default=_utc_now)
    timezone: str = "UTC"  # STAFF_TIMEZONE: the zone the pages show times in
    review_form: ReviewForm = field(default_factory=load_form)  # REVIEW_CRITERIA_FILE

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")

    def signin_link(self, token: str) -> str:
        return f"{self.base_url}/signin/{token}"


WORKSPACE: Final = web.AppKey("workspace", Workspace)

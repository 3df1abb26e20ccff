"""Builds the staff workspace from the shared core (the web half of the composition root)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.deps import Workspace
from admin.web.ports import FetchFile, RespondentMessenger
from admin.web.security import SIGNIN_VALID, Access, resolve_role
from app.build import Core, build_review_scores
from mail.eml_files import EmlCopies
from reviews.criteria import ReviewForm, load_form
from storage.triage import record_audit
from storage.web_auth import create_signin


def build_workspace(
    core: Core,
    db: AsyncEngine,
    *,
    messenger: RespondentMessenger | None = None,
    fetch_file: FetchFile | None = None,
) -> Workspace:
    """The workspace's dependencies from the settings; the bot adds messenger and file fetch."""
    settings = core.settings
    form = review_form(core)
    return Workspace(
        db=db,
        questionnaire=core.questionnaire,
        renderer=core.renderer,
        translate=core.translate,
        staff_language=settings.staff_language,
        access=Access(frozenset(settings.admin_ids), frozenset(settings.staff_ids)),
        base_url=settings.web_base_url,
        messenger=messenger,
        fetch_file=fetch_file,
        review_scores=build_review_scores(db, form),
        timezone=settings.effective_staff_timezone,
        on_erased=EmlCopies(Path(settings.outbox_dir)).erase,
        review_form=form,
    )


def review_form(core: Core) -> ReviewForm:
    """The partners' review form: REVIEW_CRITERIA_FILE, else the packaged criteria."""
    path = core.settings.review_criteria_file
    return load_form(Path(path) if path else None)


async def issue_signin_link(workspace: Workspace, user_id: int) -> str | None:
    """A one-time sign-in link for a member of staff (None for anyone else); recorded."""
    if await resolve_role(workspace.db, workspace.access, user_id) is None:
        return None
    now = workspace.now()
    token = await create_signin(workspace.db, user_id, now, SIGNIN_VALID)
    await record_audit(workspace.db, user_id, "link", now)
    return workspace.signin_link(token)

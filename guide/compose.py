"""Reading what a guide is made of from the database: the submissions, the stored settings
and the review scores; then `gather` builds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from guide.gather import GuideInput, build_guide
from guide.model import ORDERS, Guide, Order
from guide.scores import ReviewScores
from storage.guide_settings import load_guide_settings
from storage.submissions import SubmissionFilter, SubmissionRecord, iter_submissions

ALL_STATUSES = "all"


@dataclass(frozen=True)
class GuideChoice:
    """Which experiences, in which language and order (None: the order kept on the page)."""

    lang: str
    status: str = "selected"  # a triage status, or "all"
    references: tuple[str, ...] = ()
    order: Order | None = None


@dataclass(frozen=True)
class GuideSources:
    """What the guide reads: database, questionnaire and its words, review scores."""

    db: AsyncEngine
    questionnaire: Questionnaire
    renderer: Renderer
    translate: Translator
    scores: ReviewScores


async def compose_guide(sources: GuideSources, choice: GuideChoice, today: date) -> Guide:
    """The guide for `choice`: submitted questionnaires with that triage status (and those
    references, if any), filtered by consent, in the chosen or kept order."""
    stored = await load_guide_settings(sources.db)
    triage = None if choice.status == ALL_STATUSES else choice.status
    wanted = set(choice.references)
    records: list[SubmissionRecord] = [
        record
        async for record in iter_submissions(sources.db, SubmissionFilter(triage=triage))
        if not wanted or record.reference in wanted
    ]
    order = choice.order or _kept_order(stored.order)
    references = [r.reference for r in records if r.reference]
    scores = await sources.scores.mean_scores(references, choice.lang)
    request = GuideInput(
        lang=choice.lang,
        order=order,
        manual=stored.manual,
        introduction=stored.introductions.get(choice.lang),
        today=today,
        references=choice.references,
        scores=scores,
    )
    return build_guide(
        records, sources.questionnaire, sources.renderer, sources.translate, request
    )


def _kept_order(text: str) -> Order:
    """The order kept on the Guide page (by country if it holds no known order)."""
    for order in ORDERS:
        if order == text:
            return order
    return "country"

"""A review round's cast: six experiences from four countries, three partners from three
organisations in three countries, and the workspace served over them."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.app import build_web_app
from admin.web.deps import Workspace
from admin.web.ports import RespondentMessenger
from admin.web.security import Access
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.people import Person, save_person
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.web.conftest import START, Clock, Served, free_port

ADMIN_ID = 8001
STAFF_ID = 8002
JANE = Person(8101, "Jane Smith", "Metropolitan Police", "GB", "reviewer", ("en",), True)
MARCO = Person(8102, "Marco Rossi", "RiSSC", "IT", "reviewer", ("it", "en"), True)
RUTA = Person(
    8103, "Rūta Kazlauskienė", "Law Institute of Lithuania", "LT", "reviewer", ("lt", "en"), True
)
REVIEWERS = (JANE, MARCO, RUTA)


@dataclass(frozen=True)
class Exp:
    reference: str
    country: str
    org: str
    lang: str
    title: str
    id: uuid.UUID


EXPERIENCES = (
    Exp("CECOPS-BOLO1", "IT", "Comune di Bologna", "it", "Angeli di strada", uuid.UUID(int=11)),
    Exp("CECOPS-BOLO2", "IT", "Associazione Vicini", "it", "Vicini attenti", uuid.UUID(int=12)),
    Exp("CECOPS-LOND1", "GB", "Metropolitan Police", "en", "Street Pastors", uuid.UUID(int=13)),
    Exp("CECOPS-VILN1", "LT", "Vilniaus savivaldybė", "lt", "Saugus kiemas", uuid.UUID(int=14)),
    Exp("CECOPS-LYON1", "FR", "Ville de Lyon", "fr", "Voisins solidaires", uuid.UUID(int=15)),
    Exp("CECOPS-NANT1", "FR", "Ville de Nantes", "fr", "Médiateurs de nuit", uuid.UUID(int=16)),
)


# The call's six criteria, as reviews/criteria.yaml names them (stable ids).
CRITERIA = (
    "reassurance",
    "social_action",
    "public_order",
    "transferability",
    "sustainability",
    "ethics",
)


def experience_rows() -> list[Row]:
    return [
        Row(
            300 + n,
            sample_answers(
                org_name=e.org,
                country=e.country,
                initiative_name=e.title,
                contact_name=f"Contact Person {n}",
                contact_email=f"contact{n}@example.org",
                description=f"About {e.title}.",
            ),
            lang=e.lang,
            created_at=START - timedelta(days=10 - n),
            reference=e.reference,
            id=e.id,
        )
        for n, e in enumerate(EXPERIENCES)
    ]


async def serve(
    db: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
    messenger: RespondentMessenger | None,
    timezone: str = "UTC",
) -> AsyncIterator[Served]:
    await insert_rows(db, experience_rows())
    clock = Clock()
    for person in REVIEWERS:
        await save_person(db, person, ADMIN_ID, clock())
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    workspace = Workspace(
        db=db,
        questionnaire=questionnaire,
        renderer=renderer,
        translate=translator,
        staff_language="en",
        access=Access(frozenset({ADMIN_ID}), frozenset({STAFF_ID})),
        base_url=url,
        messenger=messenger,
        now=clock,
        timezone=timezone,
    )
    runner = web.AppRunner(build_web_app(workspace), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield Served(url, workspace, clock, None, runner.app)
    finally:
        await runner.cleanup()


def by_ref() -> dict[str, Any]:
    return {e.reference: e for e in EXPERIENCES}

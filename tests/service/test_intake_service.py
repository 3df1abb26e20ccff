"""The intake service over real storage: consent first, idempotency, resume, status, erasure."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs import events as ev
from dialogs import service as svc
from dialogs.engine import IDLE_COMMANDS, Engine
from dialogs.i18n import Translator
from dialogs.model import load_questionnaire
from storage.batch import BatchRespondentStore
from storage.respondents import SqlRespondentStore
from tests.scripted import events_for

ALICE = svc.Contact(user_id=1001, chat_id=1001, language_code="fr-BE")
TABLES = ("respondents", "submissions", "answers", "attachments", "consent_records", "outbox")


@pytest.fixture(params=["locking", "batch"])
async def store(
    request: pytest.FixtureRequest, db_engine: AsyncEngine
) -> AsyncIterator[SqlRespondentStore | BatchRespondentStore]:
    """Both stores, on both databases: locked transactions and group commit."""
    if request.param == "locking":
        yield SqlRespondentStore(db_engine)
        return
    batch = BatchRespondentStore(db_engine)
    yield batch
    await batch.close()


@pytest.fixture
def service(store: SqlRespondentStore | BatchRespondentStore) -> svc.IntakeService:
    engine = Engine(load_questionnaire(), Translator(), this_year=lambda: 2026)
    return svc.IntakeService(engine, store, make_reference=lambda: "CECOPS-TEST1")


async def counts(db: AsyncEngine) -> dict[str, int]:
    async with db.connect() as conn:
        return {
            t: (await conn.execute(text(f"SELECT count(*) FROM {t}"))).scalar_one() for t in TABLES
        }


def ask_of(reply: svc.Reply) -> ev.Ask:
    return next(o for o in reversed(reply.outputs) if isinstance(o, ev.Ask))


async def answer_all(
    service: svc.IntakeService, reply: svc.Reply, contact: svc.Contact = ALICE
) -> svc.Reply:
    """Answer as the scripted respondent until the review."""
    for _ in range(200):
        if any(isinstance(o, ev.ShowReview) for o in reply.outputs):
            return reply
        for event in events_for(ask_of(reply)):
            reply = await service.handle(contact, event)
    raise AssertionError("no review")


async def test_nothing_is_stored_before_consent(
    service: svc.IntakeService, db_engine: AsyncEngine
) -> None:
    reply = await service.handle(ALICE, svc.Begin(source="bologna"))
    assert reply.lang == "fr"  # from Telegram's fr-BE
    assert isinstance(reply.outputs[-1], ev.AskConsent) and reply.source == "bologna"
    await service.handle(ALICE, ev.Text("Mon organisation"))
    await service.handle(ALICE, ev.SetLanguage("it"))
    assert all(n == 0 for n in (await counts(db_engine)).values())
    reply = await service.handle(ALICE, svc.ConsentChoice(False, "it", "bologna"))
    assert reply.outputs == [ev.Say("consent-declined")]
    assert all(n == 0 for n in (await counts(db_engine)).values())
    # Accepting stores the respondent, the consent (version and time) and a draft from that source.
    reply = await service.handle(ALICE, svc.ConsentChoice(True, "it", "bologna"))
    assert reply.lang == "it" and ask_of(reply).question == "org_name"
    async with db_engine.connect() as conn:
        row = (await conn.execute(text("SELECT consent_version, language FROM respondents"))).one()
        source = (await conn.execute(text("SELECT source FROM submissions"))).scalar_one()
    assert tuple(row) == (1, "it") and source == "bologna"


async def test_same_update_twice_changes_nothing(
    service: svc.IntakeService, db_engine: AsyncEngine
) -> None:
    await service.handle(ALICE, svc.ConsentChoice(True, "en"))
    first = await service.handle(ALICE, ev.Text("Ville de Paris"), update_id=77)
    again = await service.handle(ALICE, ev.Text("Ville de Paris (twice)"), update_id=77)
    assert not first.duplicate and again.duplicate and again.outputs == ()
    async with db_engine.connect() as conn:
        value = (await conn.execute(text("SELECT value FROM answers"))).scalar_one()
    assert "twice" not in str(value)
    assert ask_of(await service.handle(ALICE, ev.Start())).question == "org_type"


async def test_submit_queues_the_email_and_a_new_start_opens_a_new_draft(
    service: svc.IntakeService, db_engine: AsyncEngine
) -> None:
    reply = await service.handle(ALICE, svc.ConsentChoice(True, "lt"))
    reply = await answer_all(service, reply)
    review = reply.outputs[-1]
    assert isinstance(review, ev.ShowReview)
    reply = await service.handle(ALICE, svc.SubmitRequest(review.draft))
    assert reply.submitted == "CECOPS-TEST1" and reply.outputs == [ev.Submitted("CECOPS-TEST1")]
    n = await counts(db_engine)
    assert n["outbox"] == 1 and n["submissions"] == 1
    # A button of the submitted questionnaire is stale; /start begins another, consent kept.
    stale = await service.handle(ALICE, ev.Button("choose", "org_type", review.draft, "city"))
    assert stale.outputs == [ev.Toast("toast-stale")]
    # A second tap on Submit says it is done, with the reference.
    again = await service.handle(ALICE, svc.SubmitRequest(review.draft))
    [toast] = again.outputs
    assert toast == ev.Toast("toast-already-submitted", {"reference": "CECOPS-TEST1"})
    # /review or /back with nothing open: what can be done now.
    idle = await service.handle(ALICE, ev.Review())
    assert idle.outputs == [ev.Say("error-no-draft"), ev.ShowHelp(IDLE_COMMANDS)]
    assert {"status", "language", "delete"} <= set(IDLE_COMMANDS)
    reply = await service.handle(ALICE, svc.Begin())
    assert ask_of(reply).question == "org_name" and reply.lang == "lt"
    status = await service.handle(ALICE, svc.Status())
    [listing] = status.outputs
    assert isinstance(listing, svc.StatusList)
    assert [(i.reference, i.status) for i in listing.items] == [
        (None, "draft"),
        ("CECOPS-TEST1", "submitted"),
    ]
    assert listing.items[1].title == "Angeli delle fermate"


async def test_returning_respondent_is_offered_to_resume_or_start_new(
    service: svc.IntakeService,
) -> None:
    reply = await service.handle(ALICE, svc.ConsentChoice(True, "en"))
    for event in events_for(ask_of(reply)):
        reply = await service.handle(ALICE, event)
    offer = (await service.handle(ALICE, svc.Begin())).outputs[-1]
    assert isinstance(offer, svc.OfferResume) and offer.answered == 1
    resumed = await service.handle(ALICE, ev.Start())
    assert ask_of(resumed).question == "org_type"
    fresh = await service.handle(ALICE, svc.StartNew(offer.draft))
    assert fresh.outputs[0] == ev.Say("new-draft-started")
    assert ask_of(fresh).question == "org_name" and not ask_of(fresh).has_current
    # The old offer's button no longer applies.
    stale = await service.handle(ALICE, svc.StartNew(offer.draft))
    assert stale.outputs == [ev.Toast("toast-stale")]


async def test_erasure_removes_everything_personal(
    service: svc.IntakeService, db_engine: AsyncEngine
) -> None:
    reply = await service.handle(ALICE, svc.ConsentChoice(True, "en"))
    reply = await answer_all(service, reply)
    review = reply.outputs[-1]
    assert isinstance(review, ev.ShowReview)
    await service.handle(ALICE, svc.SubmitRequest(review.draft))
    await service.handle(ALICE, svc.Begin())
    assert (await service.handle(ALICE, svc.Erase())).outputs == [svc.AskErase()]
    assert (await service.handle(ALICE, svc.ConfirmErase(False))).outputs == [
        ev.Say("erase-cancelled")
    ]
    reply = await service.handle(ALICE, svc.ConfirmErase(True))
    assert reply.erased and reply.outputs == [ev.Say("erase-done")]
    n = await counts(db_engine)
    assert n == {**{t: 0 for t in TABLES}, "consent_records": 1}
    async with db_engine.connect() as conn:
        consent = (await conn.execute(text("SELECT * FROM consent_records"))).one()._mapping
    assert consent["respondent_id"] is None and consent["withdrawn_at"] is not None
    # Afterwards the bot treats them as new: consent is asked again.
    again = await service.handle(ALICE, svc.Begin())
    assert isinstance(again.outputs[-1], ev.AskConsent)


async def test_concurrent_updates_of_one_respondent_lose_nothing(
    service: svc.IntakeService,
) -> None:
    import asyncio

    reply = await service.handle(ALICE, svc.ConsentChoice(True, "en"))
    # Ten toggles of a multiple-choice question pressed at the same moment: each is applied once.
    reply = await answer_all_until(service, reply, "safeguards")
    ask = ask_of(reply)
    toggles = [ev.Button("toggle", "safeguards", ask.draft, c) for c in ask.options]
    await asyncio.gather(
        *(service.handle(ALICE, t, update_id=500 + i) for i, t in enumerate(toggles))
    )
    done = await service.handle(ALICE, ev.Button("done", "safeguards", ask.draft))
    assert ask_of(done).awaiting_other  # "other" was among the toggles
    done = await service.handle(ALICE, ev.Text("Insurance"))
    assert ask_of(done).question == "safeguards_details"
    shown = await service.handle(ALICE, ev.Back())
    assert ask_of(shown).current == {"choices": list(ask.options), "other": "Insurance"}


async def answer_all_until(service: svc.IntakeService, reply: svc.Reply, stop: str) -> svc.Reply:
    for _ in range(200):
        if ask_of(reply).question == stop:
            return reply
        for event in events_for(ask_of(reply)):
            reply = await service.handle(ALICE, event)
    raise AssertionError(stop)


def test_clean_source_keeps_only_deep_link_characters() -> None:
    assert svc.clean_source("bologna_2026-bus") == "bologna_2026-bus"
    assert svc.clean_source("<b>x</b>&y") == "bxby"
    assert svc.clean_source("a" * 100) == "a" * svc.SOURCE_LIMIT
    assert svc.clean_source("") is None


async def test_a_reference_already_taken_is_never_reused(
    store: SqlRespondentStore | BatchRespondentStore,
) -> None:
    codes = iter(["CECOPS-AAAAA", "CECOPS-AAAAA", "CECOPS-BBBBB"])
    engine = Engine(load_questionnaire(), Translator(), this_year=lambda: 2026)
    service = svc.IntakeService(engine, store, make_reference=lambda: next(codes))
    references = []
    for contact in (ALICE, svc.Contact(user_id=1002, chat_id=1002, language_code="it")):
        reply = await service.handle(contact, svc.ConsentChoice(True, "en"))
        reply = await answer_all(service, reply, contact)
        review = reply.outputs[-1]
        assert isinstance(review, ev.ShowReview)
        references.append(
            (await service.handle(contact, svc.SubmitRequest(review.draft))).submitted
        )
    assert references == ["CECOPS-AAAAA", "CECOPS-BBBBB"]

"""A digest naming a stalled draft goes with that respondent's erasure, by /delete or an admin."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from mail.eml_files import EmlCopies
from storage.maintenance import erase_respondent
from storage.stores import respondent_store
from tests.delivery.conftest import KitFactory, start_draft, submit

STALLED, KEPT = 7101, 7102
ORGANISATION = "Ville de Saint-Exemple"


@pytest.mark.parametrize("by", ["respondent", "admin"])
async def test_erasing_a_draft_named_in_a_digest_removes_that_digest(
    make_kit: KitFactory, by: str
) -> None:
    kit = make_kit(None)  # no SMTP: e-mails are .eml files in OUTBOX_DIR
    outbox = Path(kit.settings.outbox_dir)
    long_ago = kit.clock.now - timedelta(days=kit.settings.digest_stalled_days + 5)
    await start_draft(kit.engine, STALLED, long_ago, {"org_name": ORGANISATION})
    await submit(kit.engine, KEPT, kit.clock.now)
    delivery = kit.delivery()
    assert (await delivery.worker.run_once()).sent == 1  # the kept respondent's submission
    kit.clock.advance(days=1)
    assert (await delivery.digests.claim(delivery.digests.latest_period())).claimed
    assert (await delivery.worker.run_once()).sent == 1
    files = await asyncio.to_thread(lambda: sorted(outbox.glob("*.eml")))
    [digest] = [p for p in files if ORGANISATION.encode() in p.read_bytes()]

    if by == "respondent":
        store = respondent_store(kit.engine)
        try:
            async with store.unit(STALLED) as unit:
                mail = await unit.erase(kit.clock.now)
        finally:
            await store.close()
    else:
        erased = await erase_respondent(kit.engine, STALLED, kit.clock.now)
        assert erased is not None
        mail = erased
    await EmlCopies(outbox).erase(mail)

    left = await asyncio.to_thread(lambda: sorted(outbox.glob("*.eml")))
    assert digest not in left
    assert left == [p for p in files if p != digest]  # the kept submission's e-mail stays

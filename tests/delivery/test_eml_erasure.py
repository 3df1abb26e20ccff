"""The .eml copies in OUTBOX_DIR go with an erasure, and after the retention period."""

from __future__ import annotations

import asyncio
import email
import os
from datetime import timedelta
from email.policy import default
from pathlib import Path

import pytest

from app.housekeeping import purge
from mail.eml_files import EmlCopies
from storage.maintenance import erase_respondent
from storage.stores import respondent_store
from tests.delivery.conftest import KitFactory, answers, submit

ERASED, KEPT = 7001, 7002


def _eml(directory: Path) -> dict[str, str]:
    """File name → its Subject, for every .eml file."""
    found = {}
    for path in sorted(directory.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=default)
        found[path.name] = str(message["Subject"])
    return found


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.eml"))


@pytest.mark.parametrize("by", ["respondent", "admin"])
async def test_erasure_removes_the_respondents_eml_files_and_digests_holding_them(
    make_kit: KitFactory, by: str
) -> None:
    kit = make_kit(None, digest_send_empty=False)  # no SMTP: e-mails are .eml files
    outbox = Path(kit.settings.outbox_dir)
    # The kept respondent's answers even name the erased one's reference: only headers count.
    _sid, erased_ref = await submit(kit.engine, ERASED, kit.clock.now)
    await submit(
        kit.engine, KEPT, kit.clock.now, values=answers(description=f"Voir {erased_ref}.")
    )
    delivery = kit.delivery()
    assert (await delivery.worker.run_once()).sent == 2
    kit.clock.advance(days=1)
    assert (await delivery.digests.claim(delivery.digests.latest_period())).claimed
    assert (await delivery.worker.run_once()).sent == 1
    before = await asyncio.to_thread(_eml, outbox)
    assert len(before) == 3

    if by == "respondent":
        store = respondent_store(kit.engine)
        try:
            async with store.unit(ERASED) as unit:
                mail = await unit.erase(kit.clock.now)
        finally:
            await store.close()
    else:
        erased = await erase_respondent(kit.engine, ERASED, kit.clock.now)
        assert erased is not None
        mail = erased
    await EmlCopies(outbox).erase(mail)

    after = await asyncio.to_thread(_eml, outbox)
    assert len(after) == 1
    [(name, subject)] = after.items()
    assert erased_ref not in name and erased_ref not in subject
    assert "digest" not in subject.lower()  # the digest listed the erased questionnaire


async def test_retention_removes_eml_files_older_than_the_period(make_kit: KitFactory) -> None:
    kit = make_kit(None, draft_retention_days=30)
    outbox = Path(kit.settings.outbox_dir)
    await submit(kit.engine, ERASED, kit.clock.now)
    await submit(kit.engine, KEPT, kit.clock.now)
    await kit.delivery().worker.run_once()
    old, recent = await asyncio.to_thread(_files, outbox)
    now = kit.clock.now + timedelta(days=40)
    stamp = (now - timedelta(days=31)).timestamp()
    os.utime(old, (stamp, stamp))
    stamp = (now - timedelta(days=29)).timestamp()
    os.utime(recent, (stamp, stamp))

    await purge(kit.engine, kit.settings, now)

    assert await asyncio.to_thread(_files, outbox) == [recent]

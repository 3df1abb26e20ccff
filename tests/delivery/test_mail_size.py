"""A submission e-mail refused for its size goes again without the files, naming them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.delivery.conftest import (
    REPORT,
    FakeFiles,
    KitFactory,
    Received,
    SmtpServer,
    attachments,
    free_port,
    parts,
    submit,
)

USER = 5151
BIG = b"%PDF-1.4\n" + bytes(range(256)) * 200  # about 50 kB, 70 kB once in base64
LIMIT = 40_000  # bytes: the e-mail fits without the file, not with it


class RefusesLargeData:
    """A server that takes every sender (no SIZE advertised) but answers 552 to large DATA."""

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.refused = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = bytes(envelope.original_content or envelope.content)
        if len(data) > LIMIT:
            self.refused += 1
            return "552 5.3.4 Message size exceeds fixed limit"
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        return "250 Message accepted"


@pytest.fixture
def small_smtp() -> Iterator[SmtpServer]:
    """A server advertising SIZE LIMIT: aiosmtplib declares the size, the server says 552."""
    server = SmtpServer(free_port(), size_limit=LIMIT)
    server.start()
    yield server
    server.stop()


def _check_sent_without_the_file(received: Received, reference: str, lang_text: str) -> None:
    message = received.message
    assert set(attachments(message)) == {f"{reference}.csv"}  # the CSV stays, the file goes
    text, html = parts(message)
    name = REPORT.name or ""
    assert any(name in line and lang_text in line for line in text.splitlines())
    assert lang_text in html


async def test_refused_over_the_advertised_size_is_resent_without_files(
    make_kit: KitFactory, small_smtp: SmtpServer
) -> None:
    kit = make_kit(small_smtp.port)
    _sid, reference = await submit(kit.engine, USER, kit.clock.now)

    report = await kit.delivery(fetch_file=FakeFiles({REPORT.file_id: BIG})).worker.run_once()

    assert (report.sent, report.retried, report.dead) == (1, 0, 0)
    [received] = small_smtp.messages
    refused = kit.translator("en", "mail-file-refused-size")
    _check_sent_without_the_file(received, reference, refused)
    assert kit.notices.texts == []  # nothing dead-lettered, nothing to tell the admins


async def test_552_to_the_data_is_resent_without_files(make_kit: KitFactory) -> None:
    server = SmtpServer(free_port())
    handler = RefusesLargeData()
    server.handler = handler  # type: ignore[assignment]
    server.start()
    try:
        kit = make_kit(server.port)
        _sid, reference = await submit(kit.engine, USER, kit.clock.now)
        files = FakeFiles({REPORT.file_id: BIG})

        report = await kit.delivery(fetch_file=files).worker.run_once()
    finally:
        server.stop()

    assert (report.sent, report.dead) == (1, 0)
    assert handler.refused == 1
    [received] = handler.messages
    _check_sent_without_the_file(
        received, reference, kit.translator("en", "mail-file-refused-size")
    )


async def test_small_files_still_travel_attached(
    make_kit: KitFactory, small_smtp: SmtpServer
) -> None:
    kit = make_kit(small_smtp.port)
    await submit(kit.engine, USER, kit.clock.now)

    await kit.delivery(fetch_file=FakeFiles({REPORT.file_id: b"%PDF small"})).worker.run_once()

    [received] = small_smtp.messages
    assert REPORT.name and REPORT.name in attachments(received.message)

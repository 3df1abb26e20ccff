"""The submission e-mail as a real SMTP server receives it: headers, both parts, files, CSV."""

from __future__ import annotations

import asyncio
import csv
import email
import io
import re
from email.policy import default
from email.utils import getaddresses
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from mail.transport import one_line
from storage.models import outbox
from tests.delivery.conftest import (
    INBOX,
    PDF,
    REPORT,
    FakeFiles,
    KitFactory,
    SmtpServer,
    answers,
    attachments,
    parts,
    submit,
)

USER = 4242


async def _message_ids(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as conn:
        return list((await conn.execute(select(outbox.c.message_id))).scalars())


async def test_submission_email_carries_every_answer_in_both_parts(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    _sid, reference = await submit(kit.engine, USER, kit.clock.now, lang="lt")
    files = FakeFiles({REPORT.file_id: PDF})

    report = await kit.delivery(fetch_file=files).worker.run_once()

    assert (report.sent, report.retried, report.dead) == (1, 0, 0)
    [received] = smtp.messages
    assert received.mail_from == "intake@cecops.test"
    assert sorted(received.rcpt_tos) == sorted(INBOX)
    message = received.message
    assert [a for _, a in getaddresses(message.get_all("To", []))] == INBOX
    assert message["From"] == "CECOPS Intake <intake@cecops.test>"
    assert message["Reply-To"] == "zydrune@example.lt"
    assert message["Message-ID"] == (await _message_ids(kit.engine))[0]
    assert message["Subject"] == (
        f"New experience {reference}: Naktinė sargyba «Città più sicura» 🌙 (Šiauliai, Lithuania)"
    )
    assert received.data.isascii()  # encoded by the email package, readable by any server

    text, html = parts(message)
    for body in (text, html):
        assert reference in body
        assert "Lithuanian" in body  # the respondent's language, in the staff language
        assert "Ville de Liège — Service Prévention 🛡️" in body
        assert "Žydrūnė Čepulienė" in body
        assert "Università di Bologna" in body
        assert "2026-03-02 10:00 CET" in body  # submitted at 09:00 UTC, shown in Brussels
        assert "Rapport d’évaluation 2024.pdf" in body
    # Labels and choices in the staff language, free text verbatim, grouped by section.
    assert "Patrolling" in text and "Médiation sociale" in text
    assert "Perché è così importante? Saugumas ir pasitikėjimas 🤝" in text
    assert "<script>alert('x')</script> & \"quotes\"" in text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;" in html
    titles = [kit.renderer.section_title(s.id, "en") for s in kit.questionnaire.sections]
    positions = [text.index(f"{title}\n") for title in titles]
    assert positions == sorted(positions)
    assert positions[2] < text.index("Number of volunteers: 42") < positions[3]

    found = attachments(message)
    assert found["Rapport d’évaluation 2024.pdf"] == ("application/pdf", PDF)
    content_type, data = found[f"{reference}.csv"]
    assert content_type == "text/csv"
    # Without the charset, mail programs read the BOM as Latin-1 and show "ï»¿Reference".
    [csv_part] = [p for p in message.iter_attachments() if p.get_content_type() == "text/csv"]
    assert csv_part.get_content_charset() == "utf-8"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert reference in rows[1]
    assert "Naktinė sargyba «Città più sicura» 🌙" in rows[1]
    assert files.asked == [REPORT.file_id]


async def test_files_that_cannot_be_downloaded_are_listed_not_attached(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    _sid, reference = await submit(kit.engine, USER, kit.clock.now)

    await kit.delivery(fetch_file=FakeFiles({})).worker.run_once()

    message = smtp.messages[0].message
    text, _html = parts(message)
    assert "Rapport d’évaluation 2024.pdf (application/pdf, 2 kB)" in text
    assert "not attached: it could not be downloaded from Telegram" in text
    assert set(attachments(message)) == {f"{reference}.csv"}


async def test_user_text_cannot_inject_headers_or_encoded_words(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    injected = answers(
        initiative_name="X\r\nBcc: evil@x.eu",
        city="=?utf-8?q?evil?=\nCc: evil@x.eu",
        contact_email="ok@example.org\r\nBcc: evil@x.eu",
        org_name="Org\u202eevil\x07",
    )
    await submit(kit.engine, USER, kit.clock.now, values=injected)

    await kit.delivery().worker.run_once()

    [received] = smtp.messages
    assert sorted(received.rcpt_tos) == sorted(INBOX)
    message = received.message
    assert message["Bcc"] is None and message["Cc"] is None
    assert message["Reply-To"] is None  # not a single plain address: left out
    header_block = received.data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0] for line in header_block.split("\r\n") if line[:1] not in " \t"]
    assert sorted(names) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Auto-Submitted",
            "X-CECOPS-Reference",
            "MIME-Version",
            "Content-Type",
        ]
    )
    subject = message["Subject"]
    assert "\n" not in subject and "\r" not in subject
    assert "X Bcc: evil@x.eu" in subject  # harmless text, on the one Subject line
    assert "(= ?utf-8?q?evil? = Cc: evil@x.eu, Lithuania)" in subject  # not decoded
    assert "evil@x.eu" not in "".join(received.rcpt_tos)


async def test_reply_to_cannot_carry_an_encoded_word(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    # Legal in a local part, but a mail program may decode the encoded-word and show "Director".
    disguised = "boss.=?utf-8?q?Director?=@example.org"
    kit = make_kit(smtp.port)
    await submit(kit.engine, USER, kit.clock.now, values=answers(contact_email=disguised))

    await kit.delivery().worker.run_once()

    [received] = smtp.messages
    assert received.message["Reply-To"] is None
    assert b"=?utf-8?q?Director?=" not in received.data.split(b"\r\n\r\n", 1)[0]


async def test_long_subjects_are_cut_and_missing_reply_to_is_said(
    make_kit: KitFactory, smtp: SmtpServer
) -> None:
    kit = make_kit(smtp.port)
    values = answers(initiative_name="Très long nom " * 30, contact_email=None)
    await submit(kit.engine, USER, kit.clock.now, values=values)

    await kit.delivery().worker.run_once()

    message = smtp.messages[0].message
    assert len(message["Subject"]) <= 150
    assert "…" in message["Subject"]
    assert message["Reply-To"] is None
    text, _html = parts(message)
    assert "gave no usable e-mail address" in text


async def test_without_smtp_each_email_is_an_eml_file(make_kit: KitFactory) -> None:
    kit = make_kit(None)
    _sid, reference = await submit(kit.engine, USER, kit.clock.now)

    report = await kit.delivery().worker.run_once()

    assert report.sent == 1
    files = await asyncio.to_thread(lambda: list(Path(kit.settings.outbox_dir).iterdir()))
    [path] = files  # no temporary file left behind
    assert re.fullmatch(rf"20260302-090000-{reference}\.eml", path.name)
    message = email.message_from_bytes(await asyncio.to_thread(path.read_bytes), policy=default)
    assert message["Message-ID"] == (await _message_ids(kit.engine))[0]
    assert message["Subject"].startswith(f"New experience {reference}: ")
    assert message.get_body(("plain",)) is not None


def test_one_line_keeps_letters_and_emoji_and_removes_controls() -> None:
    assert one_line("Liège\tŠiauliai\r\nCittà 👨‍👩‍👧", 100) == "Liège Šiauliai Città 👨‍👩‍👧"
    assert one_line("a\u202eb\u200bc\x00d", 100) == "abc d"
    assert one_line("=?utf-8?b?QQ==?=", 100) == "= ?utf-8?b?QQ== ? ="
    assert one_line("x" * 200, 10) == "x" * 9 + "…"

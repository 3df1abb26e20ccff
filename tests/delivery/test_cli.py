"""`intake outbox send|list|retry` and `intake digest --preview|--send`, with .eml files."""

from __future__ import annotations

import asyncio
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from app.cli_outbox import digest_command, outbox_app
from app.settings import Settings
from mail.digest import latest_period
from storage.db import create_engine
from storage.migrate import upgrade_engine
from tests.delivery.conftest import submit


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(outbox_app, name="outbox")
    app.command("digest")(digest_command)
    return app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh installation: SQLite, no SMTP, no Telegram token, staff language English."""
    monkeypatch.chdir(tmp_path)
    prefixes = ("SMTP_", "TELEGRAM_", "DIGEST_", "EFUS_", "STAFF_", "OUTBOX_", "MAIL_", "ADMIN_")
    for name in list(os.environ):
        if name.upper().startswith(prefixes) or name.upper() == "DATABASE_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    return tmp_path


def _submitted_in_latest_period() -> str:
    async def run() -> str:
        settings = Settings(_env_file=None)  # type: ignore[call-arg]
        engine = create_engine(settings.database_url)
        try:
            await upgrade_engine(engine)
            period = latest_period(settings, datetime.now(UTC))
            _, reference = await submit(engine, 7, period.start + timedelta(minutes=1))
            return reference
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_outbox_and_digest_commands(home: Path) -> None:
    reference = _submitted_in_latest_period()
    cli, runner = _cli(), CliRunner()

    listed = runner.invoke(cli, ["outbox", "list"])
    assert listed.exit_code == 0, listed.output
    assert f"submission {reference} · waiting · attempts: 0" in listed.output

    sent = runner.invoke(cli, ["outbox", "send"])
    assert sent.exit_code == 0, sent.output
    assert "e-mails are written as .eml files into" in sent.output
    assert "Sent: 1 · to be retried later: 0 · failed for good: 0" in sent.output
    assert [p.name.endswith(f"-{reference}.eml") for p in (home / "outbox").iterdir()] == [True]
    assert runner.invoke(cli, ["outbox", "send", "--quiet"]).output == ""
    assert "No e-mail is waiting" in runner.invoke(cli, ["outbox", "list"]).output
    assert f"{reference} · sent" in runner.invoke(cli, ["outbox", "list", "--all"]).output

    preview = runner.invoke(cli, ["digest", "--preview"])
    assert preview.exit_code == 0, preview.output
    assert preview.output.startswith("CECOPS call for experiences: digest")
    assert reference in preview.output

    first = runner.invoke(cli, ["digest", "--send"])
    assert first.exit_code == 0, first.output
    assert "has been sent" in first.output
    again = runner.invoke(cli, ["digest", "--send"])
    assert again.exit_code == 0, again.output
    assert "was already prepared" in again.output and "It was sent on" in again.output
    assert socket.gethostname() not in again.output  # no machine names for staff
    assert len(list((home / "outbox").iterdir())) == 2

    assert runner.invoke(cli, ["digest"]).exit_code == 2
    assert runner.invoke(cli, ["outbox", "retry"]).exit_code == 2
    retried = runner.invoke(cli, ["outbox", "retry", "--all-dead"])
    assert "No failed e-mail to retry." in retried.output

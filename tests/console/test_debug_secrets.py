"""With LOG_LEVEL=DEBUG a wrong setting gives a traceback, but never the secret it holds."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_cli import intake


def test_a_malformed_token_or_database_url_is_not_echoed_when_debugging(tmp_path: Path) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": "12345:not a token SECRET-PART",
        "DATABASE_URL": "mysql://intake:PA55-WORD@db.example/intake",
        "LOG_LEVEL": "DEBUG",
    }
    done = intake("db", "upgrade", db=tmp_path / "unused.db", cwd=tmp_path, **env)
    assert done.returncode != 0
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "DATABASE_URL" in done.stderr
    assert "Traceback" in done.stderr  # debugging: the traceback is still there
    assert "SECRET-PART" not in done.stderr + done.stdout
    assert "PA55-WORD" not in done.stderr + done.stdout

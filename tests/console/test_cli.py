"""The `intake` command line as an operator uses it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialogs.i18n import Translator

ROOT = Path(__file__).resolve().parents[2]


def intake(*args: str, db: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}", **env}
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,  # a directory without .env: only the environment counts
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_run_without_token_explains_how_to_get_one(tmp_path: Path) -> None:
    done = intake("run", db=tmp_path / "intake.db", cwd=tmp_path)
    assert done.returncode == 2
    assert Translator()("en", "cli-no-token") in done.stderr
    assert "@BotFather" in done.stderr and "intake chat" in done.stderr
    assert not (tmp_path / "intake.db").exists()  # nothing was started


@pytest.mark.slow
def test_db_upgrade_then_purge_of_stale_drafts(tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    assert intake("db", "upgrade", db=db, cwd=tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"respondents", "submissions", "answers", "outbox"} <= tables
        conn.execute(
            "INSERT INTO respondents (user_id, chat_id, blocked, first_seen_at, last_seen_at) "
            "VALUES (5, 5, 0, '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
        )
        for sid, updated in (("a" * 32, "2020-01-01 00:00:00"), ("b" * 32, "2099-01-01 00:00:00")):
            conn.execute(
                "INSERT INTO submissions (id, respondent_id, questionnaire_version, status, state,"
                " created_at, updated_at) VALUES (?, 5, 1, ?, '{}', ?, ?)",
                (sid, "draft" if sid[0] == "a" else "submitted", updated, updated),
            )
    done = intake("db", "purge", db=db, cwd=tmp_path, DRAFT_RETENTION_DAYS="30")
    assert done.returncode == 0, done.stderr
    assert Translator()("en", "cli-purged", {"count": 1}) in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM submissions").fetchall() == [("submitted",)]

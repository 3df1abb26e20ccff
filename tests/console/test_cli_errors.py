"""A wrong setting or argument gives one localized line and an exit code, never a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from dialogs.i18n import Translator
from storage.db import create_engine
from storage.migrate import upgrade_engine
from tests.admin.factory import T0, Row, insert_rows, sample_answers
from tests.console.test_cli import intake

T = Translator()


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("setting", "value", "key", "args"),
    [
        ("DATABASE_URL", "postgresql://intake@host:port/db", "config-error-database-url", {}),
        ("DATABASE_URL", "not a url", "config-error-database-url", {}),
        ("DATABASE_URL", "mysql://intake@localhost/intake", "config-error-database-kind", {}),
        ("TELEGRAM_BOT_TOKEN", "123456-no-colon", "config-error-token", {}),
        ("TELEGRAM_BOT_TOKEN", "abc:def", "config-error-token", {}),
        ("SMTP_PORT", "abc", "config-error-number", {"name": "SMTP_PORT", "value": "abc"}),
        ("ADMIN_IDS", "alice", "config-error-user-ids", {"value": "alice"}),
        ("ADMIN_IDS", "42, bob", "config-error-user-ids", {"value": "bob"}),
        ("STAFF_IDS", "abc", "config-error-user-ids", {"value": "abc"}),
        ("EFUS_INBOX", "not-an-email", "config-error-email", {"name": "EFUS_INBOX"}),
    ],
)
@pytest.mark.parametrize("lang", ["en", "lt"])
def test_a_wrong_setting_is_one_line_in_the_staff_language(
    tmp_path: Path, setting: str, value: str, key: str, args: dict[str, str], lang: str
) -> None:
    env = {setting: value, "STAFF_LANGUAGE": lang}
    done = intake("db", "upgrade", db=tmp_path / "intake.db", cwd=tmp_path, **env)
    assert done.returncode == 2
    expected = T(lang, key, {"name": setting, "value": value, "expected": ""} | args)
    assert _one_line(done) == expected
    assert value not in done.stderr or setting not in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL")
    assert not (tmp_path / "intake.db").exists()  # nothing was started


@pytest.mark.postgres
@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_postgres_urls_as_hosts_give_them_work(tmp_path: Path, scheme: str) -> None:
    url = os.environ.get("TEST_POSTGRES_URL")
    if not url:
        pytest.skip("TEST_POSTGRES_URL not set: no PostgreSQL server configured")
    plain = scheme + "://" + url.split("://", 1)[1]
    done = intake("db", "upgrade", db=tmp_path / "unused.db", cwd=tmp_path, DATABASE_URL=plain)
    assert done.returncode == 0, done.stderr
    assert T("en", "cli-db-upgraded") in done.stdout


def test_an_unexpected_failure_is_one_line_unless_debugging(tmp_path: Path) -> None:
    # Nothing listens on port 1: connecting fails.
    env = {"DATABASE_URL": "postgresql://intake@127.0.0.1:1/intake"}
    done = intake("db", "upgrade", db=tmp_path / "unused.db", cwd=tmp_path, **env)
    assert done.returncode == 1
    line = _one_line(done)
    assert "ConnectionRefusedError" in line and "LOG_LEVEL=DEBUG" in line

    debug = intake(
        "db", "upgrade", db=tmp_path / "unused.db", cwd=tmp_path, **env, LOG_LEVEL="DEBUG"
    )
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A migrated database with one questionnaire."""

    async def fill() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
        try:
            await upgrade_engine(engine)
            await insert_rows(engine, [Row(1, sample_answers())])
        finally:
            await engine.dispose()

    asyncio.run(fill())
    return tmp_path


@pytest.mark.parametrize(
    ("out", "key"),
    [
        ("missing-folder/answers.csv", "export-error-no-folder"),
        ("folder.csv", "export-error-is-folder"),
        ("answers.ods", "export-error-extension"),
        ("answers", "export-error-extension"),
    ],
)
def test_export_to_a_path_it_cannot_use(home: Path, out: str, key: str) -> None:
    (home / "folder.csv").mkdir()
    done = intake("export", "--out", out, db=home / "intake.db", cwd=home, STAFF_LANGUAGE="fr")
    assert done.returncode == 2
    assert _one_line(done) == T("fr", key, {"value": out})
    assert sorted(p.name for p in home.iterdir()) == ["folder.csv", "intake.db"]


def test_an_explicit_format_allows_any_extension(home: Path) -> None:
    done = intake(
        "export", "--out", "answers.txt", "--format", "csv", db=home / "intake.db", cwd=home
    )
    assert done.returncode == 0, done.stderr
    assert (home / "answers.txt").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.slow
def test_ctrl_c_during_an_export_leaves_no_file_and_no_traceback(tmp_path: Path) -> None:
    db = tmp_path / "intake.db"

    async def fill() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{db}")
        try:
            await upgrade_engine(engine)
            rows = [
                Row(n, sample_answers(), created_at=T0 + timedelta(seconds=n), id=uuid.UUID(int=n))
                for n in range(1, 30_001)
            ]
            await insert_rows(engine, rows)
        finally:
            await engine.dispose()

    asyncio.run(fill())
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}", "STAFF_LANGUAGE": "it"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "export", "--out", "answers.xlsx"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    partial = tmp_path / "answers.xlsx.part"

    def writing() -> bool:
        """The export's file is open: unnamed (O_TMPFILE) in tmp_path, or the .part file."""
        for fd in os.listdir(f"/proc/{process.pid}/fd"):
            with contextlib.suppress(OSError):
                link = os.readlink(f"/proc/{process.pid}/fd/{fd}")
                if link.startswith(str(tmp_path)) and link.endswith("(deleted)"):
                    return True
        return partial.exists()

    deadline = time.monotonic() + 60
    while not writing() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert writing(), "the export finished (or failed) before it could be interrupted"
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    _out, err = process.communicate(timeout=60)

    assert process.returncode == 130
    assert err.splitlines() == [T("it", "export-interrupted")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["intake.db"]

"""`intake chat` reads any bytes: invalid UTF-8 and encoded lone surrogates do not crash it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialogs.i18n import Translator

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("io_encoding", ["utf-8", "utf-8:surrogateescape"])
def test_invalid_bytes_are_replaced_and_the_chat_goes_on(tmp_path: Path, io_encoding: str) -> None:
    db = tmp_path / "intake.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    env["PYTHONIOENCODING"] = io_encoding  # a UTF-8 terminal, or a C locale's surrogateescape
    env.pop("TELEGRAM_BOT_TOKEN", None)
    # Accept the notice, then a name with a CESU-8 surrogate and a stray byte in it.
    stdin = b"1\nComune \xed\xa0\x80di Bologna \xff\nquit\n"
    done = subprocess.run(
        [sys.executable, "-m", "app", "chat", "--lang", "en"],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")
    assert Translator()("en", "q-org_type") in out
    assert Translator()("en", "console-bye") in out
    with sqlite3.connect(db) as conn:
        [(value,)] = conn.execute("SELECT value FROM answers").fetchall()
    stored = json.loads(value)
    assert stored.startswith("Comune ") and stored.endswith("di Bologna \ufffd")
    assert "\ufffd" in stored[len("Comune ") : -len("di Bologna \ufffd")]

"""`intake export` starts without the other commands' libraries (time and memory at start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from app.cli_main import main
try:
    main(["export", "--out", sys.argv[1]])
except SystemExit as exit:
    assert not exit.code, exit.code
print(" ".join(sorted(sys.modules)))
"""
# The web server and its client, the guide's PDF and Word writers, Telegram, workbooks, and
# Alembic (the database is up to date: the first export migrated it).
HEAVY = (
    "aiohttp",
    "aiogram",
    "pypdf",
    "docx",
    "openpyxl",
    "guide.pdf_writer",
    "admin.web",
    "alembic",
)


def test_export_imports_only_what_it_needs(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}", "PATH": "/usr/bin"}
    out = tmp_path / "answers.csv"
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(out)],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        )
        assert done.returncode == 0, done.stderr
    modules = set(done.stdout.split())
    assert out.exists()
    assert [name for name in HEAVY if name in modules] == []

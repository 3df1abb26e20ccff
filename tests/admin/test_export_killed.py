"""A killed `intake export` leaves no file of answers behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

KILLED_WHILE_WRITING = """
import os, signal, sys
from app.cli_export import _destination
with _destination(sys.argv[1]) as stream:
    stream.write(b"org_name,answer\\n" + b"Comune di Bologna,secret answer\\n" * 100_000)
    stream.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""
COMPLETE = """
import sys
from app.cli_export import _destination
with _destination(sys.argv[1]) as stream:
    stream.write(b"org_name\\nComune di Bologna\\n")
"""


def run(code: str, out: Path) -> int:
    ran = subprocess.run(
        [sys.executable, "-c", code, str(out)], cwd=ROOT, capture_output=True, check=False
    )
    return ran.returncode


def test_kill_9_while_an_export_is_written_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert run(KILLED_WHILE_WRITING, out) == -9
    assert list(tmp_path.iterdir()) == []
    # A complete export is named as asked, and readable only by its owner.
    assert run(COMPLETE, out) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert out.read_bytes() == b"org_name\nComune di Bologna\n"
    assert out.stat().st_mode & 0o077 == 0

"""The handled-marks file: marks survive a reopen, a torn last line is ignored, clear empties."""

from __future__ import annotations

from pathlib import Path

from bot.handled_marks import HandledMarks, marks_path


def test_marks_survive_a_new_process_and_clear(tmp_path: Path) -> None:
    path = tmp_path / "bot.handled"
    first = HandledMarks(path)
    assert first.read() == set()
    first.add(500_000_001)
    first.add(500_000_002)
    first.close()  # as if the process died: what was written is in the file
    with path.open("ab") as torn:
        torn.write(b"5000")  # a write cut short
    again = HandledMarks(path)
    assert again.read() == {500_000_001, 500_000_002}
    again.clear()
    assert again.read() == set()
    again.close()


def test_one_file_per_database_and_bot_without_the_token_in_its_name() -> None:
    a = marks_path("sqlite+aiosqlite:///a.db", "1:secret")
    assert a == marks_path("sqlite+aiosqlite:///a.db", "1:secret")
    assert a != marks_path("sqlite+aiosqlite:///b.db", "1:secret")
    assert a != marks_path("sqlite+aiosqlite:///a.db", "2:secret")
    assert "secret" not in str(a)

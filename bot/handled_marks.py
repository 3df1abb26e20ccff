"""A local append-only file of handled update ids, written the moment each one is done.

The database journal is the record of truth; deleting a handled update from it waits its turn
for the database (SQLite has one writer), and a crash in that wait would handle the update,
and send its reply, a second time after the restart. A line appended to a file reaches the
operating system at once and survives the process being killed, so the restart can skip it.
Losing the file (a reboot, a wiped temp folder) costs at most a repeated reply, never an update.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def marks_path(database_url: str, bot_token: str) -> Path:
    """One file per database and bot, in the temporary folder (no secret in its name)."""
    key = hashlib.sha256(f"{database_url}\n{bot_token}".encode()).hexdigest()[:24]
    return Path(tempfile.gettempdir()) / f"cecops-intake-{key}.handled"


class HandledMarks:
    """Update ids marked handled since the journal last caught up."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._opened: int | None = None  # opened on first use: webhook mode never needs it

    @property
    def _fd(self) -> int:
        if self._opened is None:
            self._opened = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        return self._opened

    def read(self) -> set[int]:
        """Every id marked (a line cut short by a crash is ignored)."""
        if not self.path.exists():
            return set()
        text = self.path.read_bytes().decode("ascii", "replace")
        return {int(line) for line in text.split("\n")[:-1] if line.isdigit()}

    def add(self, update_id: int) -> None:
        """Mark one update handled: one write(2), no buffering."""
        os.write(self._fd, b"%d\n" % update_id)

    def clear(self) -> None:
        """Forget every mark (the journal has caught up with them)."""
        os.ftruncate(self._fd, 0)

    def close(self) -> None:
        if self._opened is not None:
            os.close(self._opened)
            self._opened = None

"""Backups of a SQLite database with SQLite's online backup API, and restores into an empty one.

The backup API copies the database under a read transaction: in WAL mode the bot keeps writing
meanwhile, and the copy is the database as of one instant (transactions committed before it
are in, those not yet committed are not). PostgreSQL is backed up with its own tools; the
commands to run are built here (without the password).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, make_url


class BackupError(Exception):
    """A backup or restore that cannot be done; `key` names the message, `args` its values."""

    def __init__(self, key: str, **args: str) -> None:
        super().__init__(key)
        self.key = key
        self.values = args


@dataclass(frozen=True)
class Copied:
    """What a backup or restore copied."""

    tables: int
    rows: int
    revision: str | None


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite DATABASE_URL; None for another database (or SQLite in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return sorted(name for (name,) in rows)


def _inventory(conn: sqlite3.Connection) -> Copied:
    tables = _tables(conn)
    # Table names come from sqlite_master, not from anyone's input.
    count = 'SELECT count(*) FROM "{}"'
    rows = sum(conn.execute(count.format(t)).fetchone()[0] for t in tables)
    revision = None
    if "alembic_version" in tables:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = found[0] if found else None
    return Copied(len(tables), rows, revision)


def backup_sqlite(source: Path, target: Path) -> Copied:
    """Copy the database at `source` into the new file `target` (never overwritten)."""
    if not source.exists():
        raise BackupError("backup-no-database", database=str(source))
    if target.exists():
        raise BackupError("backup-exists", file=str(target))
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            # A single self-contained file: no -wal beside it to forget.
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise BackupError("backup-corrupt", error=str(check))
            copied = _inventory(dst)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)  # a half-written backup never carries the final name
    finally:
        partial.unlink(missing_ok=True)
    return copied


def restore_sqlite(backup: Path, target: Path, revisions: Collection[str]) -> Copied:
    """Copy the backup file into `target`, which must not exist or hold no table yet.

    The copy is written beside the target, checked (SQLite's integrity check, a schema
    revision in `revisions`) and only then renamed: on any failure nothing is left behind.
    """
    if not backup.is_file():
        raise BackupError("restore-missing", file=str(backup))
    if target.exists():
        try:
            with contextlib.closing(sqlite3.connect(_read_only(target), uri=True)) as existing:
                holds_tables = bool(_tables(existing))
        except sqlite3.DatabaseError:
            holds_tables = True  # not even a database: someone's file, keep it
        if holds_tables:
            raise BackupError("restore-not-empty", database=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(_read_only(backup), uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            if "alembic_version" not in _tables(src):
                raise BackupError("restore-not-backup", file=str(backup))
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise BackupError("restore-corrupt", file=str(backup), error=str(check))
            copied = _inventory(dst)
            if copied.revision not in revisions:
                revision = copied.revision or "—"
                raise BackupError("restore-foreign", file=str(backup), revision=revision)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)  # the database appears whole, or not at all
    except sqlite3.DatabaseError as exc:
        raise BackupError("restore-not-backup", file=str(backup)) from exc
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    return copied


def _read_only(path: Path) -> str:
    """A read-only SQLite URI for a path; `?` and `#` in the name are escaped, not parsed."""
    return path.resolve().as_uri() + "?mode=ro"


def quick_check(path: Path) -> str:
    """SQLite's quick integrity check of the database file at `path`: "ok" or the first fault."""
    try:
        with contextlib.closing(sqlite3.connect(_read_only(path), uri=True)) as conn:
            return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _libpq_url(url: str) -> str:
    # libpq tools take postgresql:// without the driver, and the password goes elsewhere.
    u = make_url(url)
    bare = URL.create("postgresql", u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def pg_dump_command(url: str, target: Path) -> str:
    """The pg_dump command that backs up the PostgreSQL database at `url` into `target`."""
    args = ["pg_dump", "--format=custom", "--no-owner", f"--file={target}", _libpq_url(url)]
    return shlex.join(args)


def pg_restore_command(url: str, backup: Path) -> str:
    """The pg_restore command that restores `backup` into the (empty) database at `url`."""
    args = [
        "pg_restore",
        "--no-owner",
        "--exit-on-error",
        f"--dbname={_libpq_url(url)}",
        str(backup),
    ]
    return shlex.join(args)

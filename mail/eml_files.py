"""The .eml copies in OUTBOX_DIR hold answers too: removed on erasure and after the retention.

A file is known by its headers, not its name or its text: the Message-ID the outbox row kept
(every attempt of a row writes the same one), the submission's `X-CECOPS-Reference`, the
`X-CECOPS-References` a digest lists and the `X-CECOPS-Drafts` (ids of the stalled drafts it
names). Only headers are read, never the body.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Final

from dialogs.ports import ErasedMail

log = logging.getLogger(__name__)

HEADER_LIMIT: Final = 256 * 1024  # bytes read at most to find the end of the header block
REFERENCE_HEADER: Final = "X-CECOPS-Reference"
REFERENCES_HEADER: Final = "X-CECOPS-References"
DRAFTS_HEADER: Final = "X-CECOPS-Drafts"


def _eml_files(directory: Path) -> Iterator[Path]:
    try:
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.name.endswith(".eml") and entry.is_file(follow_symlinks=False):
            yield Path(entry.path)


def _header_block(path: Path) -> bytes:
    with path.open("rb") as stream:
        head = stream.read(HEADER_LIMIT)
    for end in (b"\r\n\r\n", b"\n\n"):
        at = head.find(end)
        if at >= 0:
            return head[: at + len(end)]
    return head


def _belongs(path: Path, mail: ErasedMail) -> bool:
    headers = BytesHeaderParser(policy=compat32).parsebytes(_header_block(path))
    if str(headers.get("Message-ID", "")).strip() in mail.message_ids:
        return True
    if not _listed(headers, DRAFTS_HEADER).isdisjoint(mail.submissions):
        return True
    listed = {str(headers.get(REFERENCE_HEADER, "")).strip()} | _listed(headers, REFERENCES_HEADER)
    return not listed.isdisjoint(mail.references)


def _listed(headers: Message, name: str) -> set[str]:
    """The comma-separated values of every header `name` (folded lines joined)."""
    found: set[str] = set()
    for value in headers.get_all(name, []):
        found.update(part.strip() for part in str(value).replace("\n", " ").split(","))
    return found


def remove_mail_of(directory: Path, mail: ErasedMail) -> int:
    """Delete the .eml files about an erased respondent; how many went."""
    if not (mail.message_ids or mail.references or mail.submissions):
        return 0
    removed = 0
    for path in _eml_files(directory):
        try:
            if _belongs(path, mail):
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue  # removed meanwhile
    return removed


def remove_older_than(directory: Path, cutoff: datetime) -> int:
    """Delete the .eml files last written before `cutoff`; how many went."""
    limit = cutoff.timestamp()
    removed = 0
    for path in _eml_files(directory):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed


class EmlCopies:
    """The .eml files of one OUTBOX_DIR, for the erasure hook and the housekeeping."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def erase(self, mail: ErasedMail) -> None:
        """Remove the files about an erased respondent (a failure is logged, never raised)."""
        try:
            removed = await asyncio.to_thread(remove_mail_of, self.directory, mail)
        except OSError as exc:
            log.error("erasure: .eml files in %s not removed: %s", self.directory, exc)
            return
        if removed:
            log.info("erasure: removed %d .eml files", removed)

    async def expire(self, cutoff: datetime) -> int:
        """Remove the files older than `cutoff`; how many went."""
        return await asyncio.to_thread(remove_older_than, self.directory, cutoff)

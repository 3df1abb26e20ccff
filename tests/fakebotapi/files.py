"""Files Telegram holds for the bot: sent by simulated users or uploaded by the bot."""

from __future__ import annotations

import hashlib
import mimetypes

from .models import JSONDict, StoredFile

__all__ = ["FileStore", "document_json"]

# Real file ids start like these per kind and run to 70+ characters; so do the fake ones, so
# that a bot storing them in a too-short column fails in tests.
_KINDS = {
    "document": ("BQACAgIAAxkBAAI", "documents"),
    "photo": ("AgACAgIAAxkBAAI", "photos"),
    "sticker": ("CAACAgIAAxkBAAI", "stickers"),
    "voice": ("AwACAgIAAxkBAAI", "voice"),
}
_SYNTHETIC_CONTENT_LIMIT = 1024 * 1024


class FileStore:
    """Files by ``file_id`` and by the ``file_path`` they are downloaded from."""

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}

    def add(
        self,
        kind: str,
        content: bytes | None,
        size: int | None,
        file_name: str | None,
        mime: str | None,
    ) -> StoredFile:
        """Store a file; without ``content``, up to 1 MiB of filler stands in for ``size``."""
        prefix, folder = _KINDS[kind]
        number = len(self._by_id) + 1
        digest = hashlib.sha256(f"{kind}:{number}".encode()).hexdigest()
        if content is None:
            header = f"fake {kind} {number}\n".encode()
            length = min(size if size is not None else 1024, _SYNTHETIC_CONTENT_LIMIT)
            content = (header * (length // len(header) + 1))[:length]
        extension = mimetypes.guess_extension(mime or "") or ""
        if file_name and "." in file_name:
            extension = "." + file_name.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=f"{prefix}{number:06d}{digest[:48]}",
            file_unique_id=f"AgAD{digest[48:60]}",
            file_path=f"{folder}/file_{number}{extension}",
            content=content,
            size=size if size is not None else len(content),
            file_name=file_name,
            mime_type=mime,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def expire_path(self, file_id: str) -> None:
        """Keep the file but stop serving its download path (it answers 404)."""
        stored = self._by_id[file_id]
        self._by_path.pop(stored.file_path, None)

    def get(self, file_id: str) -> StoredFile | None:
        """The file with this ``file_id``, if any."""
        return self._by_id.get(file_id)

    def at_path(self, file_path: str) -> StoredFile | None:
        """The file served at ``/file/bot<token>/<file_path>``, if any."""
        return self._by_path.get(file_path)


def document_json(stored: StoredFile) -> JSONDict:
    """The Telegram ``Document`` object for a stored file."""
    document: JSONDict = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.file_name is not None:
        document["file_name"] = stored.file_name
    if stored.mime_type is not None:
        document["mime_type"] = stored.mime_type
    return document

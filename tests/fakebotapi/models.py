"""Plain records of what the bot sent and what the fake server stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiError",
    "Button",
    "JSONDict",
    "Recorded",
    "SentMessage",
    "StoredFile",
]

JSONDict = dict[str, Any]


class ApiError(Exception):
    """A Telegram error answer: HTTP status, description and optional ``retry_after``."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSONDict:
        """The JSON body Telegram sends with this error."""
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it and what it answered."""

    method: str
    params: JSONDict
    files: dict[str, bytes]
    at: float
    status: int
    response: JSONDict
    injected: bool = False
    via_webhook_reply: bool = False

    @property
    def ok(self) -> bool:
        """True when Telegram would have accepted the request."""
        return self.status == 200

    @property
    def description(self) -> str | None:
        """The error description, or None for a success."""
        value = self.response.get("description")
        return value if isinstance(value, str) else None

    @property
    def result(self) -> Any:
        """The ``result`` of a successful answer."""
        return self.response.get("result")


@dataclass(frozen=True)
class Button:
    """An inline keyboard button as a user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SentMessage:
    """A bot message in its current state (after edits), as the user sees it."""

    message_id: int
    chat_id: int
    text: str
    html: str
    parse_mode: str | None
    buttons: list[list[Button]] = field(default_factory=list)
    document: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    reply_markup: JSONDict | None = None
    date: int = 0
    edit_count: int = 0

    @property
    def button_texts(self) -> list[str]:
        """Visible texts of all inline buttons, row by row."""
        return [button.text for row in self.buttons for button in row]

    def button(self, text: str) -> Button:
        """The inline button with this visible text; raises LookupError if there is none."""
        for row in self.buttons:
            for button in row:
                if button.text == text:
                    return button
        raise LookupError(f"no button {text!r} on message {self.message_id}: {self.button_texts}")


@dataclass
class StoredFile:
    """A file Telegram holds: uploaded by a user (simulated) or by the bot."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    size: int
    file_name: str | None = None
    mime_type: str | None = None
    extra: JSONDict = field(default_factory=dict)

"""A fake Telegram Bot API server for driving the real bot over HTTP in tests."""

from .html_parse import HTMLParseError, ParsedText, parse_html, utf16_len
from .models import ApiError, Button, Recorded, SentMessage, StoredFile
from .server import FakeBotAPI
from .spec import SPEC_ENV, spec_path
from .updates import Chat, User

__all__ = [
    "SPEC_ENV",
    "ApiError",
    "Button",
    "Chat",
    "FakeBotAPI",
    "HTMLParseError",
    "ParsedText",
    "Recorded",
    "SentMessage",
    "StoredFile",
    "User",
    "parse_html",
    "spec_path",
    "utf16_len",
]

"""Text lengths as Telegram counts them: UTF-16 code units of the text after HTML parsing."""

from __future__ import annotations

import html
import re

MESSAGE_LIMIT = 4096  # Telegram's limit for a message text, after entity parsing
ELLIPSIS = "…"
_TAG = re.compile(r"<[^>]*>")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units (an emoji outside the BMP counts two)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def visible_length(html_text: str) -> int:
    """The length Telegram checks for an HTML message: tags dropped, entities decoded."""
    return utf16_length(html.unescape(_TAG.sub("", html_text)))


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-16 units, ending in "…" when cut (never mid-pair)."""
    if utf16_length(text) <= limit:
        return text
    budget = max(limit - 1, 0)
    cut = used = 0
    for char in text:
        width = 2 if ord(char) > 0xFFFF else 1
        if used + width > budget:
            break
        used += width
        cut += 1
    return text[:cut].rstrip() + ELLIPSIS

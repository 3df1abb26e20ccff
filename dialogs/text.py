"""Small text helpers shared by every room: matching typed text, reading comma-separated lists."""

from __future__ import annotations

import re
import unicodedata

# XLSForm's markdown in labels: *bold* and _italic_ (a lone * or _, or one inside a word, is not).
BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to match typed names ("Lietuva" = "lietuva")."""
    if text.isascii():
        # Nothing to decompose or strip (ASCII is its own NFKD, casefold is lower): the same
        # result without a pass per character (most answers; a search's snippets fold them).
        kept = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("'", " ").replace("’", " ").split())


def split_list(text: str) -> list[str]:
    """The non-empty items of a comma- (or semicolon-) separated list, trimmed."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def without_markdown(text: str) -> str:
    """A label with its *bold* and _italic_ marks taken out, for plain-text places."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", text))

"""Small text helpers shared by every room: matching typed text, reading comma-separated lists."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to match typed names ("Lietuva" = "lietuva")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.replace("-", " ").replace("'", " ").replace("’", " ").split())


def split_list(text: str) -> list[str]:
    """The non-empty items of a comma- (or semicolon-) separated list, trimmed."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]

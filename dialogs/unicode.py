"""Text from outside made safe to store and send: no lone UTF-16 surrogates."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with every lone surrogate (invalid UTF-16 from a client) replaced by U+FFFD.

    Such characters cannot be encoded as UTF-8: left in, they crash the database driver or
    the next request to Telegram.
    """
    if _SURROGATE.search(text) is None:
        return text
    # A pair split into two escapes becomes one character; a lone half becomes U+FFFD.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")

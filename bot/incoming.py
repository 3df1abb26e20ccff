"""JSON from Telegram (getUpdates answers and webhook requests), cleaned as it is parsed."""

from __future__ import annotations

import json
import re
from typing import Any

from dialogs.unicode import clean_text

# A surrogate can only reach us as a \uD800-\uDFFF escape: UTF-8 bytes cannot encode one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def loads(text: str | bytes) -> Any:
    """`json.loads`, with lone surrogates in every string replaced (they crash handlers)."""
    data = json.loads(text)
    raw = text if isinstance(text, str) else text.decode("utf-8", "replace")
    if _SURROGATE_ESCAPE.search(raw) is None:
        return data  # the usual case: nothing to walk
    return _clean(data)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {_clean(key): _clean(item) for key, item in value.items()}
    return value

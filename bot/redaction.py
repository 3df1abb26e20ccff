"""Bot tokens never reach the log, the terminal or a message: one filter redacts them all.

Installed on the log handlers where logging is configured (`install`); `Redactor` is also
applied to every error text shown to an admin. It removes the configured token (also
URL-encoded) and anything shaped like a bot token: `bot<digits>:<secret>` as in Bot API URLs,
and `<digits>:<30 or more token characters>`.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Iterable
from types import TracebackType
from urllib.parse import quote

REDACTED = "[redacted]"
_TOKEN_SHAPES = re.compile(
    r"bot\d+:[A-Za-z0-9_-]+"  # in a Bot API URL: /bot<token>/method, /file/bot<token>/path
    r"|(?<![A-Za-z0-9_-])\d{5,}:[A-Za-z0-9_-]{30,}"  # a bare token (35 characters after ':')
)


class Redactor:
    """Replaces known secrets and token-shaped text by a marker."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        known = {s for s in secrets if s} | {quote(s, safe="") for s in secrets if s}
        # Longest first, so that a secret containing another is removed whole.
        self._secrets = sorted(known, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPES.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Renders each record's message, exception and stack with every token redacted."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep its parts, redacted, rather than fail
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_info = None  # formatters use exc_text, redacted below, instead
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install(redact: Redactor, logger: logging.Logger | None = None) -> None:
    """Redact every record the logger's handlers emit, and uncaught exceptions on stderr."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter(redact))

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        sys.stderr.write(redact("".join(traceback.format_exception(kind, error, tb))))

    sys.excepthook = excepthook

"""Token-shaped text is redacted; ordinary text with colons and numbers is left alone."""

from __future__ import annotations

import logging

from bot.redaction import REDACTED, RedactingFilter, Redactor


def test_tokens_in_any_shape_are_redacted_and_other_text_kept() -> None:
    redact = Redactor(["42:short-configured"])
    other = "1234567890:" + "A" * 35
    text = (
        f"GET /bot99:x/getMe; /file/bot7:abc-DEF_1/doc.pdf; {other}; 42:short-configured; "
        "42%3Ashort-configured; at 12:30 outbox #12: ok"
    )
    assert redact(text) == (
        f"GET /{REDACTED}/getMe; /file/{REDACTED}/doc.pdf; {REDACTED}; {REDACTED}; "
        f"{REDACTED}; at 12:30 outbox #12: ok"
    )


def test_the_filter_redacts_arguments_and_the_traceback() -> None:
    token = "5550001111:" + "b" * 35
    try:
        raise RuntimeError(f"failed: https://api.telegram.org/bot{token}/getMe")
    except RuntimeError as error:
        record = logging.LogRecord(
            "x",
            logging.WARNING,
            __file__,
            1,
            "call %s failed",
            (token,),
            (type(error), error, None),
        )
    RedactingFilter(Redactor([token])).filter(record)
    rendered = logging.Formatter().format(record)
    assert token not in rendered and "b" * 35 not in rendered
    assert "call [redacted] failed" in rendered and "RuntimeError: failed" in rendered

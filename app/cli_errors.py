"""One localized line instead of a traceback for a wrong setting, a wrong argument or a failure.

Messages are in STAFF_LANGUAGE (English if it is itself wrong). With LOG_LEVEL=DEBUG the
traceback follows the line, for whoever is debugging.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, Final, NoReturn

import typer
from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.settings import Settings
from bot.redaction import Redactor
from dialogs.i18n import Args, Translator, normalize_language

EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2  # a wrong setting or argument, as click uses for usage errors
EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT, as a shell reports Ctrl-C
VALUE_LIMIT: Final = 60  # characters of a wrong value repeated in the message
ERROR_LIMIT: Final = 300  # characters of an unexpected error's text

# Pydantic's own error types, by the message that explains them.
_BUILTIN: Final = {
    "int_parsing": "config-error-number",
    "int_type": "config-error-number",
    "int_from_float": "config-error-number",
    "float_parsing": "config-error-number",
    "float_type": "config-error-number",
    "bool_parsing": "config-error-yes-no",
    "bool_type": "config-error-yes-no",
    "literal_error": "config-error-choice",
    "greater_than": "config-error-range",
    "greater_than_equal": "config-error-range",
    "less_than": "config-error-range",
    "less_than_equal": "config-error-range",
}


class _Basics(BaseSettings):
    """The two settings needed to report errors, read like Settings but never failing."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        # A wrong token or DATABASE_URL is never repeated whole, not even in a DEBUG traceback.
        hide_input_in_errors=True,
    )

    staff_language: str = "en"
    log_level: str = "INFO"


def _basics() -> _Basics:
    try:
        return _Basics()
    except (ValidationError, OSError, UnicodeDecodeError):
        return _Basics.model_construct()


def debugging() -> bool:
    """Whether LOG_LEVEL=DEBUG asks for tracebacks."""
    return _basics().log_level.strip().upper() == "DEBUG"


def shown(value: Any, limit: int = VALUE_LIMIT) -> str:
    """A value repeated in a message: on one line, cut to `limit` characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def setting_errors(error: ValidationError, translate: Translator, lang: str) -> list[str]:
    """One line per wrong setting, naming it as in the environment; secrets are not repeated."""
    lines: list[str] = []
    named: set[str] = set()
    for item in error.errors():
        name = str(item["loc"][0]).upper() if item["loc"] else "?"
        if name in named:
            continue
        named.add(name)
        kind = item["type"]
        key = kind if kind.startswith("config-error-") else _BUILTIN.get(kind)
        context = item.get("ctx") or {}
        secret = name in _secret_names()
        args: Args = {
            "name": name,
            "value": "…" if secret else shown(context.get("value", item.get("input", ""))),
            "expected": shown(context.get("expected", "")),
        }
        lines.append(translate(lang, key or "config-error-invalid", args))
    return lines


def _secret_names() -> set[str]:
    fields = Settings.model_fields.items()
    return {name.upper() for name, field in fields if "SecretStr" in str(field.annotation)}


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print `message` as one line on standard error and exit with `code`."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def one_line_errors(translate: Translator | None = None) -> Iterator[None]:
    """Turn a wrong setting or an unexpected failure into one line and an exit code."""
    try:
        yield
    except ValidationError as error:
        if error.title != Settings.__name__:
            _failed(error, translate)
        t = translate or Translator()
        for line in setting_errors(error, t, staff_language()):
            typer.echo(line, err=True)
        if debugging():
            raise
        sys.exit(EXIT_USAGE)
    except Exception as error:
        _failed(error, translate)


def _failed(error: Exception, translate: Translator | None) -> NoReturn:
    t = translate or Translator()
    text = Redactor()(f"{type(error).__name__}: {error}".rstrip(": "))  # the one redaction
    reason = shown(text, ERROR_LIMIT)
    typer.echo(t(staff_language(), "cli-error-unexpected", {"error": reason}), err=True)
    if debugging():
        raise error
    sys.exit(EXIT_FAILED)


def staff_language() -> str:
    """STAFF_LANGUAGE if it names one of ours, else English."""
    return normalize_language(_basics().staff_language) or "en"

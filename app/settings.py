"""Typed configuration read once at start-up from the environment (and `.env`)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter
from email_validator import EmailNotValidError, validate_email
from pydantic import Field, SecretStr, field_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from dialogs.reminders import ReminderPolicy, parse_duration, parse_hours
from dialogs.text import split_list
from storage.db import DatabaseUrlError, database_url

DEFAULT_INBOX = "burtonpage@urbansecurity.org"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./intake.db"

# What @BotFather hands out: the bot's id, a colon, a secret of letters, digits, - and _.
_BOT_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")

CommaList = Annotated[list[str], NoDecode]
CommaInts = Annotated[list[int], NoDecode]


class Settings(BaseSettings):
    """Every setting, named as in the README; secrets are SecretStr so they never print."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        # A wrong token or DATABASE_URL is never repeated whole, not even in a DEBUG traceback.
        hide_input_in_errors=True,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: CommaInts = Field(default_factory=list)
    staff_ids: CommaInts = Field(default_factory=list)
    efus_inbox: CommaList = Field(default_factory=lambda: [DEFAULT_INBOX])
    staff_language: Literal["en", "fr", "it", "lt"] = "en"
    questionnaire_file: str | None = None  # an XLSForm workbook used instead of the YAML
    review_criteria_file: str | None = None  # the partners' review form instead of the packaged

    smtp_host: str | None = None
    smtp_port: int | None = Field(default=None, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Literal["none", "starttls", "ssl"] = "starttls"
    smtp_timeout: float = 30.0
    mail_from: str = "CECOPS Intake <cecops-intake@localhost>"
    outbox_dir: str = "./outbox"

    digest_recipients: CommaList = Field(default_factory=list)
    digest_schedule: str = "0 8 * * *"
    digest_timezone: str = "Europe/Brussels"
    digest_send_empty: bool = False
    digest_stalled_days: int = Field(default=7, ge=1)
    outbox_interval: float = Field(default=60.0, gt=0)

    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"  # noqa: S104 - a webhook server must listen beyond loopback
    webhook_port: int = 8080

    reminder_after: str = "3d"
    reminder_max: int = Field(default=2, ge=0)
    reminder_hours: str = "Mon-Fri 09-18"
    web_url: str | None = None
    web_host: str = "127.0.0.1"
    web_port: int = 8081
    staff_timezone: str | None = None  # the workspace's times; DIGEST_TIMEZONE if unset

    draft_retention_days: int = Field(default=180, ge=1)
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"

    health_host: str = "127.0.0.1"
    health_port: int = Field(default=8082, ge=0, le=65535)  # 0: no health server
    ready_mail_max_age: float = Field(default=3600.0, gt=0)

    @field_validator("admin_ids", "staff_ids", "efus_inbox", "digest_recipients", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        return split_list(value) if isinstance(value, str) else value

    # Each wrong value below raises an error whose type is the id of the message that explains
    # it (app.cli_errors prints it in one line).

    @field_validator("admin_ids", "staff_ids", mode="before")
    @classmethod
    def _user_ids(cls, value: Any) -> Any:
        if isinstance(value, str):  # "before" validators run last-defined first
            value = split_list(value)
        for part in value if isinstance(value, list) else []:
            if isinstance(part, str) and not (part.isascii() and part.isdigit()):
                raise PydanticCustomError(
                    "config-error-user-ids", "not a user id", {"value": part}
                )
        return value

    @field_validator("efus_inbox", "digest_recipients")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        checked = []
        for address in value:
            try:
                # Syntax only (no DNS at start-up); test_environment also accepts the
                # reserved .test domain (RFC 2606) of test and staging setups.
                found = validate_email(address, check_deliverability=False, test_environment=True)
            except EmailNotValidError:
                raise PydanticCustomError(
                    "config-error-email", "not an e-mail address", {"value": address}
                ) from None
            checked.append(found.normalized)
        return checked

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        try:
            return database_url(value)
        except DatabaseUrlError as error:
            key = "config-error-database-url" if error.malformed else "config-error-database-kind"
            raise PydanticCustomError(key, str(error)) from None

    @field_validator("telegram_bot_token", "smtp_port", mode="before")
    @classmethod
    def _unset_when_empty(cls, value: Any) -> Any:
        # `TELEGRAM_BOT_TOKEN=` in a .env file means "not set", not an empty token.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _BOT_TOKEN.fullmatch(value.get_secret_value()):
            raise PydanticCustomError("config-error-token", "not a bot token")  # never echoed
        return value

    @field_validator("digest_schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        if not croniter.is_valid(value):
            raise ValueError(f"not a cron expression: {value!r}")
        return value

    @field_validator("staff_timezone")
    @classmethod
    def _staff_zone(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return cls._zone(value.strip())

    @field_validator("digest_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("reminder_after")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_duration(value)
        return value

    @field_validator("reminder_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        parse_hours(value)
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("use DEBUG, INFO, WARNING or ERROR")
        return level

    @field_validator("telegram_api_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("web_host", "health_host", "webhook_host")
    @classmethod
    def _host(cls, value: str) -> str:
        value = value.strip()
        if value in ("", "0", "*"):
            # Each means "every interface" to some program: say so explicitly, or not at all.
            raise ValueError("write 0.0.0.0 or :: to listen on every interface, else an address")
        return value

    @field_validator("web_url")
    @classmethod
    def _web_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"WEB_URL must start with http:// or https://: {value!r}")
        return value

    @property
    def web_base_url(self) -> str:
        """Where sign-in links point: WEB_URL, else the address the workspace serves on
        (WEB_HOST and WEB_PORT; a host listening everywhere is reached on 127.0.0.1)."""
        if self.web_url:
            return self.web_url
        host = "127.0.0.1" if self.web_host in ("0.0.0.0", "::", "") else self.web_host  # noqa: S104
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.web_port}"

    @property
    def effective_staff_timezone(self) -> str:
        """STAFF_TIMEZONE, else DIGEST_TIMEZONE: the zone the workspace shows times in."""
        return self.staff_timezone or self.digest_timezone

    @property
    def reminder_policy(self) -> ReminderPolicy:
        """REMINDER_AFTER, REMINDER_MAX and REMINDER_HOURS, parsed."""
        return ReminderPolicy(
            parse_duration(self.reminder_after),
            self.reminder_max,
            parse_hours(self.reminder_hours),
        )

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host)

    @property
    def digest_to(self) -> list[str]:
        """Digest recipients, defaulting to the EFUS inbox."""
        return self.digest_recipients or self.efus_inbox

    @property
    def effective_smtp_port(self) -> int:
        if self.smtp_port:
            return self.smtp_port
        return {"none": 25, "starttls": 587, "ssl": 465}[self.smtp_security]

"""`intake doctor`: checks a deployment, one line per item, ✓ or ✗ with what to do.

Nothing is changed and no e-mail is sent unless asked (`--send-test`). No secret is printed:
the token, the SMTP password, the webhook secret and a database password are removed from every
line, including the error texts of libraries.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import aiohttp
import aiosmtplib
from pydantic import ValidationError
from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from app.settings import Settings
from dialogs.i18n import Args, Translator
from mail.transport import DeliveryError, Document, build_transport, new_message, set_body
from storage.backup import quick_check, sqlite_file
from storage.db import create_engine
from storage.health import outbox_summary, ping
from storage.migrate import current_revision_engine, head_revision
from storage.models import new_message_id

OK_MARK: Final = "✓"
FAIL_MARK: Final = "✗"
TIMEOUT: Final = 10.0
MIN_FREE_BYTES: Final = 500 * 1024 * 1024
WEBHOOK_ERROR_RECENT: Final = 3600  # a delivery error older than an hour is history
HIDDEN: Final = "•••"


@dataclass(frozen=True)
class Line:
    """One checked item: passed or not, and the message saying so (with what to do)."""

    ok: bool
    key: str
    args: Args = field(default_factory=dict)


@dataclass
class Secrets:
    """Values that must never be printed, removed from any text before it is shown."""

    values: list[str] = field(default_factory=list)

    def add(self, value: str | None) -> None:
        if value and len(value) >= 4:
            self.values.append(value)

    def clean(self, text: str) -> str:
        for value in self.values:
            text = text.replace(value, HIDDEN)
        return text


def config_problem(error: ValidationError) -> Line:
    """The first invalid setting, by its environment name, without the value (a secret?)."""
    first = error.errors()[0]
    name = "_".join(str(part) for part in first["loc"]).upper() or "?"
    return Line(False, "doctor-config-bad", {"setting": name, "problem": first["msg"]})


UNKNOWN_OUTBOX: Final = Line(False, "doctor-outbox-unknown")


class Doctor:
    """Runs every check against one configuration."""

    def __init__(self, settings: Settings, translate: Translator, send_test: bool) -> None:
        self.settings = settings
        self.translate = translate
        self.lang = settings.staff_language
        self.send_test = send_test
        self.secrets = Secrets()
        s = settings
        for secret in (s.telegram_bot_token, s.smtp_password, s.webhook_secret):
            self.secrets.add(secret.get_secret_value() if secret else None)
        self.secrets.add(make_url(s.database_url).password)

    def render(self, line: Line) -> str:
        """The line as printed: mark, message, secrets removed."""
        args = {
            k: self.secrets.clean(v) if isinstance(v, str) else v for k, v in line.args.items()
        }
        text = self.translate(self.lang, line.key, args)
        return f"{OK_MARK if line.ok else FAIL_MARK} {self.secrets.clean(text)}"

    async def run(self, emit: Callable[[str], None]) -> bool:
        """Print each line as its check ends; True when every check passed."""
        lines: list[Line] = []

        def report(line: Line) -> None:
            lines.append(line)
            emit(self.render(line))

        report(Line(True, "doctor-config-ok"))
        timeout = aiohttp.ClientTimeout(total=TIMEOUT)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            for check in (self.telegram, self.updates):
                report(await check(http))
            for line in await self.database():
                report(line)
            for line in await self.smtp():
                report(line)
            report(self.outbox_dir())
            for line in self.disk():
                report(line)
            web_url = getattr(self.settings, "web_url", None)
            if isinstance(web_url, str) and web_url:
                report(await self.workspace(http, web_url))
        failed = sum(not line.ok for line in lines)
        if failed:
            emit(self.translate(self.lang, "doctor-summary-bad", {"failed": failed}))
        else:
            emit(self.translate(self.lang, "doctor-summary-ok", {"count": len(lines)}))
        return not failed

    # Telegram

    async def _call(self, http: aiohttp.ClientSession, method: str) -> Any:
        token = self.settings.telegram_bot_token
        assert token is not None
        url = f"{self.settings.telegram_api_url}/bot{token.get_secret_value()}/{method}"
        async with http.get(url) as response:
            body = await response.json(content_type=None)
        if not isinstance(body, dict) or not body.get("ok"):
            code = body.get("error_code") if isinstance(body, dict) else response.status
            description = body.get("description") if isinstance(body, dict) else None
            raise TelegramRefused(int(code or response.status), str(description or ""))
        return body.get("result")

    async def telegram(self, http: aiohttp.ClientSession) -> Line:
        """The token works: getMe answers with the bot's name."""
        if self.settings.telegram_bot_token is None:
            return Line(False, "doctor-token-missing")
        try:
            me = await self._call(http, "getMe")
        except TelegramRefused as refused:
            if refused.code in (401, 404):
                return Line(False, "doctor-token-refused", {"error": str(refused)})
            return Line(False, "doctor-telegram-error", {"error": str(refused)})
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            return Line(False, "doctor-telegram-unreachable", self._unreachable(exc))
        name = str(me.get("first_name", ""))
        return Line(True, "doctor-token-ok", {"username": str(me.get("username")), "name": name})

    def _unreachable(self, exc: BaseException) -> Args:
        return {"url": self.settings.telegram_api_url, "error": _describe(exc)}

    async def updates(self, http: aiohttp.ClientSession) -> Line:
        """How updates arrive: the webhook Telegram knows, or long polling."""
        if self.settings.telegram_bot_token is None:
            return Line(False, "doctor-updates-unknown")
        try:
            info = await self._call(http, "getWebhookInfo")
        except TelegramRefused as refused:
            return Line(False, "doctor-updates-error", {"error": str(refused)})
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return Line(False, "doctor-updates-unreachable")  # the Telegram line said why
        registered = str(info.get("url") or "")
        pending = int(info.get("pending_update_count") or 0)
        wanted = self.settings.webhook_url
        if not wanted:
            if registered:
                return Line(False, "doctor-polling-webhook-set", {"url": registered})
            return Line(True, "doctor-polling-ok", {"pending": pending})
        if registered != wanted:
            args: Args = {"url": wanted, "registered": registered or "—"}
            return Line(False, "doctor-webhook-other", args)
        error_at = info.get("last_error_date")
        if isinstance(error_at, int) and time.time() - error_at < WEBHOOK_ERROR_RECENT:
            minutes = max(int((time.time() - error_at) // 60), 0)
            error = str(info.get("last_error_message") or "—")
            return Line(False, "doctor-webhook-failing", {"minutes": minutes, "error": error})
        return Line(True, "doctor-webhook-ok", {"url": wanted, "pending": pending})

    # Database and outbox

    async def database(self) -> list[Line]:
        """The database answers and is at the newest migration; what waits in the outbox."""
        url = make_url(self.settings.database_url).render_as_string(hide_password=True)
        try:
            engine = create_engine(self.settings.database_url)
        except Exception as exc:
            problem = Line(False, "doctor-database-down", {"url": url, "error": _describe(exc)})
            return [problem, UNKNOWN_OUTBOX]
        try:
            try:
                await asyncio.wait_for(ping(engine), TIMEOUT)
                revision = await asyncio.wait_for(current_revision_engine(engine), TIMEOUT)
            except Exception as exc:
                args: Args = {"url": url, "error": _describe(exc)}
                return [
                    Line(False, "doctor-database-down", args),
                    Line(False, "doctor-outbox-unknown"),
                ]
            head = head_revision() or "—"
            if revision != head:
                args = {"url": url, "revision": revision or "—", "head": head}
                return [
                    Line(False, "doctor-database-behind", args),
                    Line(False, "doctor-outbox-unknown"),
                ]
            damaged = self._sqlite_fault()
            if damaged is not None:
                args = {"url": url, "error": damaged}
                return [Line(False, "doctor-database-corrupt", args), UNKNOWN_OUTBOX]
            lines = [Line(True, "doctor-database-ok", {"url": url, "revision": head})]
            lines.append(await self.outbox(engine))
            return lines
        finally:
            await engine.dispose()

    def _sqlite_fault(self) -> str | None:
        """SQLite's quick integrity check of the database file: None when it passes."""
        path = sqlite_file(self.settings.database_url)
        if path is None or not path.exists():
            return None
        found = quick_check(path)
        return None if found == "ok" else found

    async def outbox(self, engine: AsyncEngine) -> Line:
        """Dead letters, and e-mails waiting longer than READY_MAIL_MAX_AGE."""
        summary = await outbox_summary(engine)
        if summary.dead:
            return Line(False, "doctor-outbox-dead", {"dead": summary.dead})
        age = 0
        if summary.oldest_pending is not None:
            age = int((datetime.now(UTC) - summary.oldest_pending).total_seconds())
        args: Args = {"pending": summary.pending, "minutes": age // 60}
        if age > self.settings.ready_mail_max_age:
            return Line(False, "doctor-outbox-stuck", args)
        return Line(True, "doctor-outbox-ok", {**args, "sent": summary.sent})

    # E-mail

    async def smtp(self) -> list[Line]:
        """The SMTP server answers, encrypts as configured and takes the login; a test e-mail."""
        s = self.settings
        if not s.smtp_configured:
            lines = [Line(True, "doctor-smtp-none", {"dir": s.outbox_dir})]
        else:
            line = await self._probe_smtp()
            lines = [line]
            if not line.ok:
                return lines  # no test e-mail through a server that does not work
        if self.send_test:
            lines.append(await self._send_test())
        return lines

    async def _probe_smtp(self) -> Line:
        s = self.settings
        server = f"{s.smtp_host}:{s.effective_smtp_port}"
        security = s.smtp_security
        client = aiosmtplib.SMTP(
            hostname=s.smtp_host,
            port=s.effective_smtp_port,
            use_tls=security == "ssl",
            start_tls=False,
            timeout=s.smtp_timeout,
        )
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            return Line(False, "doctor-smtp-down", {"server": server, "error": _describe(exc)})
        try:
            if security == "starttls":
                try:
                    await client.starttls()
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    args: Args = {"server": server, "error": _describe(exc)}
                    return Line(False, "doctor-smtp-tls-failed", args)
            user = s.smtp_username
            if user:
                password = s.smtp_password.get_secret_value() if s.smtp_password else ""
                try:
                    await client.login(user, password)
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    args = {"server": server, "user": user, "error": _describe(exc)}
                    return Line(False, "doctor-smtp-login-refused", args)
            args = {"server": server, "security": security}
            if user:
                return Line(True, "doctor-smtp-ok-login", {**args, "user": user})
            return Line(True, "doctor-smtp-ok", args)
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()

    async def _send_test(self) -> Line:
        s, t, lang = self.settings, self.translate, self.lang
        to = list(s.efus_inbox)
        message = new_message(
            s,
            to=to,
            subject=t(lang, "doctor-test-subject"),
            message_id=new_message_id(),
            date=datetime.now(UTC),
        )
        document = Document(lang)
        document.title(t(lang, "doctor-test-subject"))
        document.paragraph(t(lang, "doctor-test-body"))
        set_body(message, document)
        try:
            sent = await build_transport(s).send(message, to, "doctor-test")
        except DeliveryError as exc:
            return Line(False, "doctor-test-failed", {"error": exc.reason})
        return Line(True, "doctor-test-sent", {"to": ", ".join(to), "where": sent.where})

    # Files

    def outbox_dir(self) -> Line:
        """OUTBOX_DIR can be written (or created) by this user."""
        directory = Path(self.settings.outbox_dir)
        existing = _existing(directory)
        try:
            if existing != directory:
                # The bot creates it when it first writes an e-mail: its parent must let it.
                if not os.access(existing, os.W_OK | os.X_OK):
                    raise PermissionError(f"{existing} is not writable")
            else:
                with tempfile.NamedTemporaryFile(dir=directory, prefix=".doctor-"):
                    pass
        except OSError as exc:
            args: Args = {"dir": str(directory), "error": _describe(exc)}
            return Line(False, "doctor-dir-bad", args)
        return Line(True, "doctor-dir-ok", {"dir": str(directory)})

    def disk(self) -> list[Line]:
        """Free space where the database and the outbox live."""
        places: list[Path] = [Path(self.settings.outbox_dir)]
        database = make_url(self.settings.database_url)
        if database.get_backend_name() == "sqlite" and database.database:
            places.insert(0, Path(database.database).parent)
        lines: list[Line] = []
        seen: set[int] = set()
        for place in places:
            existing = _existing(place)
            device = existing.stat().st_dev
            if device in seen:
                continue
            seen.add(device)
            free = shutil.disk_usage(existing).free
            args: Args = {"path": str(existing.resolve()), "free": _gigabytes(free)}
            if free < MIN_FREE_BYTES:
                lines.append(
                    Line(False, "doctor-disk-low", {**args, "need": _gigabytes(MIN_FREE_BYTES)})
                )
            else:
                lines.append(Line(True, "doctor-disk-ok", args))
        return lines

    # Workspace

    async def workspace(self, http: aiohttp.ClientSession, url: str) -> Line:
        """The staff workspace answers at its public address."""
        try:
            async with http.get(url, allow_redirects=False) as response:
                status = response.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            return Line(False, "doctor-web-down", {"url": url, "error": _describe(exc)})
        if status >= 500:
            return Line(False, "doctor-web-down", {"url": url, "error": f"HTTP {status}"})
        return Line(True, "doctor-web-ok", {"url": url, "status": status})


class TelegramRefused(Exception):
    """The Bot API answered ok=false."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(f"{code} {description}".strip())
        self.code = code


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _existing(path: Path) -> Path:
    """`path`, or its nearest ancestor that exists."""
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _gigabytes(size: int) -> float:
    return round(size / 1024**3, 1)


async def run_doctor(
    settings: Settings, translate: Translator, send_test: bool, emit: Callable[[str], None]
) -> bool:
    """Check everything; True when all passed."""
    return await Doctor(settings, translate, send_test).run(emit)

"""Fixtures for e-mail delivery: a real SMTP server (aiosmtpd), a clock, real submissions."""

from __future__ import annotations

import asyncio
import email
import socket
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any, cast

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy.ext.asyncio import AsyncEngine

from app.settings import Settings
from dialogs.events import FileRef
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from mail.outbox_worker import Delivery, build_delivery
from storage.respondents import SqlRespondentStore

INBOX = ["inbox@efus.test", "second@efus.test"]
MAIL_FROM = "CECOPS Intake <intake@cecops.test>"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "s3cr3t-Pa55-word"

REPORT = FileRef(
    "file-report", "uniq-report", "Rapport d’évaluation 2024.pdf", "application/pdf", 2048
)
PDF = b"%PDF-1.4\n% fake report \xe2\x9c\x93\n"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    """One message as the SMTP server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=default)


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps messages, or answers `reply` (4xx/5xx) to DATA."""

    messages: list[Received] = field(default_factory=list)
    reply: str | None = None
    refuse_rcpt: dict[str, str] = field(default_factory=dict)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reply is not None:
            return self.reply
        data = envelope.original_content or envelope.content
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(data)))
        return "250 Message accepted"


class SmtpServer:
    """aiosmtpd on a fixed port of 127.0.0.1, started and stopped on demand."""

    def __init__(
        self, port: int, password: str | None = None, size_limit: int | None = None
    ) -> None:
        self.port = port
        self.handler = Recorder()
        self._password = password
        self._size_limit = size_limit  # advertised as SIZE; larger messages get 552
        self._controller: Controller | None = None
        self.logins: list[str] = []

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password.decode() == self._password
        if ok:
            self.logins.append(data.login.decode())
        # handled=False: aiosmtpd itself answers 535 to a refused login.
        return AuthResult(success=ok, handled=False)

    def start(self) -> None:
        options: dict[str, Any] = {}
        if self._password is not None:
            options = {"authenticator": self._authenticate, "auth_require_tls": False}
        if self._size_limit is not None:
            options["data_size_limit"] = self._size_limit
        self._controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5, **options
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    async def wait_for(self, count: int, seconds: float) -> None:
        """Until `count` messages arrived (the server runs in its own thread and loop)."""
        async with asyncio.timeout(seconds):
            while len(self.messages) < count:  # noqa: ASYNC110 - filled by another thread
                await asyncio.sleep(0.01)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A running SMTP server that records what it receives."""
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down() -> Iterator[SmtpServer]:
    """An SMTP server not started yet: its port refuses connections until `start()`."""
    server = SmtpServer(free_port())
    yield server
    server.stop()


def make_settings(tmp_path: Path, port: int | None, **overrides: Any) -> Settings:
    """Settings for a test: SMTP on `port` without TLS (None: the .eml fallback)."""
    values: dict[str, Any] = {
        "smtp_host": "127.0.0.1" if port is not None else None,
        "smtp_port": port,
        "smtp_security": "none",
        "smtp_timeout": 3.0,
        "efus_inbox": INBOX,
        "mail_from": MAIL_FROM,
        "staff_language": "en",
        "outbox_dir": str(tmp_path / "outbox"),
        "digest_schedule": "0 8 * * *",
        "digest_timezone": "Europe/Brussels",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class Clock:
    """A settable UTC clock."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


class Notices:
    """Collects what would be sent to the admins."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    async def __call__(self, text: str) -> None:
        self.texts.append(text)


@pytest.fixture
def notices() -> Notices:
    return Notices()


class FakeFiles:
    """Stands in for the Telegram download: known file ids give bytes, others nothing."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = dict(files)
        self.asked: list[str] = []

    async def __call__(self, file_id: str) -> bytes | None:
        self.asked.append(file_id)
        return self.files.get(file_id)


@dataclass
class Kit:
    """What the delivery tests use together."""

    engine: AsyncEngine
    settings: Settings
    questionnaire: Questionnaire
    renderer: Renderer
    translator: Translator
    notices: Notices
    clock: Clock

    def delivery(self, engine: AsyncEngine | None = None, **options: Any) -> Delivery:
        return build_delivery(
            engine or self.engine,
            self.settings,
            self.questionnaire,
            self.renderer,
            self.translator,
            self.notices,
            clock=self.clock,
            **options,
        )


def answers(**changes: Any) -> dict[str, Any]:
    """A complete set of answers, in French, Italian and Lithuanian, with emoji."""
    values: dict[str, Any] = {
        "org_name": "Ville de Liège — Service Prévention 🛡️",
        "org_type": {"choice": "city"},
        "country": "LT",
        "city": "Šiauliai",
        "contact_name": "Žydrūnė Čepulienė",
        "contact_role": "Coordinatrice sécurité",
        "contact_email": "zydrune@example.lt",
        "contact_phone": "+37060000000",
        "may_contact": True,
        "initiative_name": "Naktinė sargyba «Città più sicura» 🌙",
        "description": (
            "Des bénévoles patrouillent la nuit près des écoles.\n"
            "Perché è così importante? Saugumas ir pasitikėjimas 🤝\n"
            "<script>alert('x')</script> & \"quotes\""
        ),
        "settings": {"choices": ["night", "transport"]},
        "activities": {"choices": ["patrolling", "other"], "other": "Médiation sociale"},
        "start_year": 2019,
        "status": {"choice": "ongoing"},
        "run_by": {"choice": "municipality"},
        "volunteer_count": 42,
        "recruitment": "Appel public, entretien.",
        "supervision": "Un coordinateur municipal.",
        "funding": "Budget de la ville.",
        "scope": "Patrouilles de nuit.",
        "evaluated": {"choice": "yes"},
        "evaluation_by": "Università di Bologna",
        "evaluation_method": "Enquête.",
        "evaluation_results": None,
        "evaluation_link": "https://example.org/rapport",
        "evaluation_document": asdict(REPORT),
        "transferable": {"choice": "partly"},
        "transfer_conditions": "Soutien politique.",
        "publish": {"choice": "anonymous"},
    }
    values.update(changes)
    return values


async def submit(
    engine: AsyncEngine,
    user: int,
    when: datetime,
    *,
    lang: str = "fr",
    values: Mapping[str, Any] | None = None,
    files: Mapping[str, FileRef] | None = None,
    reference: str | None = None,
) -> tuple[uuid.UUID, str]:
    """A questionnaire submitted through the real store; returns its id and reference."""
    store = SqlRespondentStore(engine)
    sid = uuid.uuid4()
    reference = reference or f"CECOPS-{uuid.uuid4().hex[:5].upper()}"
    values = dict(values if values is not None else answers())
    if files is None:
        files = {"evaluation_document": REPORT} if "evaluation_document" in values else {}
    state = {"draft": str(sid), "lang": lang, "phase": "review", "answers": values}
    async with store.unit(user) as unit:
        await unit.touch(user, lang, when)
        await unit.record_consent(1, when)
        await unit.start_draft(sid, "1", None, state, when)
        await unit.save_draft(sid, state, values, [], files, when)
        await unit.submit(sid, reference, state, when)
    return sid, reference


async def start_draft(
    engine: AsyncEngine, user: int, when: datetime, values: Mapping[str, Any], lang: str = "it"
) -> uuid.UUID:
    """An unfinished questionnaire last touched at `when`."""
    store = SqlRespondentStore(engine)
    sid = uuid.uuid4()
    state = {"draft": str(sid), "lang": lang, "phase": "question", "answers": dict(values)}
    async with store.unit(user) as unit:
        await unit.touch(user, lang, when)
        await unit.record_consent(1, when)
        await unit.start_draft(sid, "1", None, state, when)
        await unit.save_draft(sid, state, dict(values), [], {}, when)
    return sid


def parts(message: EmailMessage) -> tuple[str, str]:
    """The text and HTML bodies of a received message."""
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    assert plain is not None and rich is not None
    # Line ends as sent (CRLF) become "\n", as a mail program shows them.
    text = cast(EmailMessage, plain).get_content().replace("\r\n", "\n")
    html = cast(EmailMessage, rich).get_content().replace("\r\n", "\n")
    return text, html


def attachments(message: EmailMessage) -> dict[str, tuple[str, bytes]]:
    """File name → (content type, bytes) of every attachment."""
    found: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_attachments():
        name = part.get_filename()
        assert name is not None
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found[name] = (part.get_content_type(), payload)
    return found


class KitFactory:
    """Builds a Kit on the test's database for an SMTP port (None: .eml files)."""

    def __init__(self, engine: AsyncEngine, tmp_path: Path, **parts: Any) -> None:
        self._engine = engine
        self._tmp_path = tmp_path
        self._parts = parts

    def __call__(self, port: int | None, **overrides: Any) -> Kit:
        settings = make_settings(self._tmp_path, port, **overrides)
        return Kit(engine=self._engine, settings=settings, **self._parts)


@pytest.fixture
def make_kit(
    db_engine: AsyncEngine,
    tmp_path: Path,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
    notices: Notices,
    clock: Clock,
) -> KitFactory:
    """Kits on a migrated database of each kind (SQLite, and PostgreSQL when configured)."""
    return KitFactory(
        db_engine,
        tmp_path,
        questionnaire=questionnaire,
        renderer=renderer,
        translator=translator,
        notices=notices,
        clock=clock,
    )

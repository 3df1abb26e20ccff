"""Outgoing e-mail: the message skeleton, safe headers, and the two ways of sending.

With SMTP_HOST set, messages go out over SMTP (plain, STARTTLS or SSL, with a login when
SMTP_USERNAME is set); without it, each message is written as an .eml file into OUTBOX_DIR, so
that a newcomer can open what would have been sent in any mail program.

Every message is serialized with `email.policy.SMTP` (CRLF, non-ASCII headers as RFC 2047
encoded-words made by Python, never by us); text parts are quoted-printable, so the bytes are
7-bit clean for any server.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Final, Protocol

import aiosmtplib

from mail.settings import MailSettings

SUBJECT_LIMIT: Final = 150
_KEEP_FORMAT: Final = frozenset({"\u200c", "\u200d"})  # (non-)joiners inside emoji and scripts
_LABEL: Final = re.compile(r"[^A-Za-z0-9_-]+")


def utcnow() -> datetime:
    return datetime.now(UTC)


def one_line(value: str, limit: int) -> str:
    """User text made safe for a header: one line, no control or format characters, no
    encoded-word delimiters, at most `limit` characters (cut with an ellipsis)."""
    chars = []
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" or category.startswith("Z"):
            chars.append(" ")
        elif category == "Cf" and char not in _KEEP_FORMAT:
            continue  # bidi overrides and invisible marks could disguise the subject
        elif category == "Cs":
            chars.append("\ufffd")  # a lone surrogate cannot be encoded
        else:
            chars.append(char)
    text = " ".join("".join(chars).split())
    # "=?" and "?=" delimit RFC 2047 encoded-words: broken apart, user text cannot smuggle one
    # in for a mail program to decode.
    text = text.replace("=?", "= ?").replace("?=", "? =")
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def body_text(value: str) -> str:
    """User text for a body: verbatim but for line ends made uniform and control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        char for char in value if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs")
    )


def ascii_mailbox(value: object) -> str | None:
    """A single plain e-mail address fit for Reply-To, or None (invalid, not ASCII, or holding
    an RFC 2047 encoded-word)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text.isascii() or any(c.isspace() or not c.isprintable() for c in text):
        return None
    if "=?" in text or "?=" in text:
        return None  # "=?…?=" is legal in a local part, but a mail program may decode it
    try:
        address = Address(addr_spec=text)
    except (ValueError, HeaderParseError, IndexError):
        return None
    if not address.username or "." not in address.domain:
        return None
    return address.addr_spec


def envelope_sender(settings: MailSettings) -> str:
    """The bare address of MAIL_FROM (which may carry a display name)."""
    return parseaddr(settings.mail_from)[1] or settings.mail_from


def new_message(
    settings: MailSettings,
    *,
    to: Sequence[str],
    subject: str,
    message_id: str,
    date: datetime,
    reply_to: str | None = None,
) -> EmailMessage:
    """The headers of an automatic message from MAIL_FROM; `subject` must be one_line() text."""
    message = EmailMessage(policy=SMTP)
    message["From"] = settings.mail_from
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(date.astimezone(UTC))
    message["Message-ID"] = message_id
    if reply_to:
        message["Reply-To"] = reply_to
    # RFC 3834: no vacation replies or other auto-responses to an automatic message.
    message["Auto-Submitted"] = "auto-generated"
    return message


@dataclass
class Document:
    """A plain e-mail body written once and rendered twice: as text, and as escaped HTML."""

    lang: str
    separator: str = ": "  # between a label and its value in the text part
    _blocks: list[tuple[str, object]] = field(default_factory=list)

    def title(self, text: str) -> None:
        self._blocks.append(("title", body_text(text)))

    def heading(self, text: str) -> None:
        self._blocks.append(("heading", body_text(text)))

    def paragraph(self, text: str) -> None:
        self._blocks.append(("paragraph", body_text(text)))

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label–value pairs (values may span lines)."""
        self._blocks.append(("fields", [(body_text(k), body_text(v)) for k, v in rows]))

    def bullets(self, items: Sequence[str]) -> None:
        self._blocks.append(("bullets", [body_text(item) for item in items]))

    def text(self) -> str:
        """The plain-text rendering."""
        parts: list[str] = []
        for kind, content in self._blocks:
            if kind == "title":
                assert isinstance(content, str)
                parts.append(f"{content}\n{'=' * min(len(content), 72)}")
            elif kind == "heading":
                assert isinstance(content, str)
                parts.append(f"{content}\n{'-' * min(len(content), 72)}")
            elif kind == "paragraph":
                assert isinstance(content, str)
                parts.append(content)
            elif kind == "fields":
                assert isinstance(content, list)
                rows = (_text_field(k, v, self.separator) for k, v in content)
                parts.append("\n".join(rows))
            elif kind == "bullets":
                assert isinstance(content, list)
                parts.append("\n".join("- " + _indent(item, "  ") for item in content))
        return "\n\n".join(parts) + "\n"

    def html(self) -> str:
        """The HTML rendering; every piece of text is escaped."""
        e = html.escape
        out = [
            f'<!DOCTYPE html>\n<html lang="{e(self.lang)}"><head><meta charset="utf-8"></head>',
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">',
        ]
        for kind, content in self._blocks:
            if kind == "title":
                out.append(f'<h1 style="font-size:20px">{e(str(content))}</h1>')
            elif kind == "heading":
                out.append(f'<h2 style="font-size:16px;margin-top:24px">{e(str(content))}</h2>')
            elif kind == "paragraph":
                out.append(f'<p style="white-space:pre-wrap">{e(str(content))}</p>')
            elif kind == "fields":
                assert isinstance(content, list)
                out.append('<table style="border-collapse:collapse">')
                for label, value in content:
                    out.append(
                        '<tr><th style="text-align:left;vertical-align:top;'
                        f'padding:4px 16px 4px 0;font-weight:600">{e(label)}</th>'
                        f'<td style="white-space:pre-wrap;padding:4px 0">{e(value)}</td></tr>'
                    )
                out.append("</table>")
            elif kind == "bullets":
                assert isinstance(content, list)
                items = "".join(
                    f'<li style="white-space:pre-wrap">{e(item)}</li>' for item in content
                )
                out.append(f"<ul>{items}</ul>")
        out.append("</body></html>\n")
        return "\n".join(out)


def _indent(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def _text_field(label: str, value: str, separator: str) -> str:
    if "\n" in value or len(label) + len(value) > 74:
        return f"{label}{separator.rstrip()}\n    {_indent(value, '    ')}"
    return f"{label}{separator}{value}"


def attach_csv(message: EmailMessage, data: bytes, filename: str) -> None:
    """Attach a CSV whose charset mail programs read right (else "ï»¿Reference" shows)."""
    message.add_attachment(
        data, maintype="text", subtype="csv", filename=filename, params={"charset": "utf-8"}
    )


def set_body(message: EmailMessage, document: Document) -> None:
    """The text part and its HTML alternative."""
    message.set_content(document.text(), subtype="plain", cte="quoted-printable")
    message.add_alternative(document.html(), subtype="html", cte="quoted-printable")


@dataclass(frozen=True)
class Composed:
    """A message ready to send, its envelope recipients, and a label (reference or kind)."""

    message: EmailMessage
    recipients: list[str]
    label: str


class DeliveryError(Exception):
    """Sending failed; `permanent` when trying again cannot help (a 5xx reply to the message),
    `too_large` when the server refused the message for its size (it may take a smaller one)."""

    def __init__(self, reason: str, *, permanent: bool = False, too_large: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.too_large = too_large


def refused_for_size(code: int, message: str) -> bool:
    """Whether an SMTP reply refuses a message for its size: 552 to MAIL (over the SIZE the
    server advertised, RFC 1870) or to DATA, or the enhanced status 5.3.4 with any code."""
    return code == 552 or "5.3.4" in message


@dataclass(frozen=True)
class Sent:
    """Where a message went, and recipients refused while others accepted it."""

    where: str
    refused: dict[str, str] = field(default_factory=dict)


class MailTransport(Protocol):
    """Sends one message; raises DeliveryError."""

    async def send(self, message: EmailMessage, recipients: Sequence[str], label: str) -> Sent:
        """Deliver `message` to `recipients`; `label` names it (reference or kind)."""
        ...


class SmtpTransport:
    """One SMTP connection per message, as configured by the SMTP_* settings."""

    def __init__(self, settings: MailSettings) -> None:
        if not settings.smtp_host:
            raise ValueError("SMTP_HOST is not set")
        self._settings = settings
        self._host = settings.smtp_host

    async def send(self, message: EmailMessage, recipients: Sequence[str], label: str) -> Sent:
        """Deliver over SMTP; 5xx replies to the sender, recipients or data are permanent."""
        s = self._settings
        username = s.smtp_username or None
        password = s.smtp_password.get_secret_value() if username and s.smtp_password else None
        try:
            errors, _reply = await aiosmtplib.send(
                message.as_bytes(policy=SMTP),
                sender=envelope_sender(s),
                recipients=list(recipients),
                hostname=self._host,
                port=s.effective_smtp_port,
                username=username,
                password=password,
                use_tls=s.smtp_security == "ssl",
                start_tls=s.smtp_security == "starttls",
                timeout=s.smtp_timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            permanent = all(r.code >= 500 for r in exc.recipients)
            raise DeliveryError(f"recipients refused: {detail}", permanent=permanent) from exc
        except (aiosmtplib.SMTPSenderRefused, aiosmtplib.SMTPDataError) as exc:
            # A reply about this message: 4xx is "try later", 5xx is "never".
            raise DeliveryError(
                f"{exc.code} {exc.message}",
                permanent=exc.code >= 500,
                too_large=refused_for_size(exc.code, exc.message),
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            # Greeting, HELO or login refused: the server or our settings, not this message,
            # so the message waits (the admins hear of it if it keeps failing).
            name = type(exc).__name__
            raise DeliveryError(f"{name}: {exc.code} {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        refused = {address: f"{reply.code} {reply.message}" for address, reply in errors.items()}
        return Sent(f"smtp://{self._host}:{s.effective_smtp_port}", refused)


class EmlTransport:
    """Writes each message as `<timestamp>-<label>.eml` into a directory (the embedded default)."""

    def __init__(self, directory: Path, clock: Callable[[], datetime] = utcnow) -> None:
        self.directory = directory
        self._clock = clock

    async def send(self, message: EmailMessage, recipients: Sequence[str], label: str) -> Sent:
        """Write the file; it counts as sent."""
        data = message.as_bytes(policy=SMTP)
        try:
            path = await asyncio.to_thread(self._write, data, label)
        except OSError as exc:
            raise DeliveryError(f"cannot write to {self.directory}: {exc}") from exc
        return Sent(str(path))

    def _write(self, data: bytes, label: str) -> Path:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        stem = f"{self._clock().astimezone(UTC):%Y%m%d-%H%M%S}-{_LABEL.sub('-', label)[:60]}"
        # Written under a temporary name, then linked to a name nobody has taken: a reader
        # never sees half a file, and two messages in the same second both survive.
        temp = self.directory / f".{stem}.{os.getpid()}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            for n in range(1, 1000):
                path = self.directory / (f"{stem}.eml" if n == 1 else f"{stem}-{n}.eml")
                try:
                    os.link(temp, path)
                except FileExistsError:
                    continue
                return path
            raise FileExistsError(f"too many files named {stem}*.eml")
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def build_transport(
    settings: MailSettings, clock: Callable[[], datetime] = utcnow
) -> MailTransport:
    """SMTP when SMTP_HOST is set, else .eml files into OUTBOX_DIR."""
    if settings.smtp_configured:
        return SmtpTransport(settings)
    return EmlTransport(Path(settings.outbox_dir), clock)

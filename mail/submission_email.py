"""The e-mail EFUS receives for each submission: every answer, the files, and a one-row CSV.

Labels and choices are in the staff language (STAFF_LANGUAGE), free-text answers verbatim;
everything the respondent typed is escaped in the HTML part and made one safe line in the
subject. Replying to the e-mail writes to the respondent when they gave an e-mail address.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import re
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any, Final
from zoneinfo import ZoneInfo

from babel import Locale
from babel.numbers import format_decimal

from dialogs.i18n import Args, Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from mail.settings import MailSettings
from mail.transport import (
    SUBJECT_LIMIT,
    Document,
    ascii_mailbox,
    attach_csv,
    new_message,
    one_line,
    set_body,
)
from storage.submissions import AttachmentRecord, SubmissionRecord

log = logging.getLogger(__name__)

FetchFile = Callable[[str], Awaitable[bytes | None]]
"""Downloads a file by its Telegram file id; None when it cannot be had."""

CsvWriter = Callable[[Iterable[SubmissionRecord], Questionnaire, Renderer, str], bytes]
"""Writes submissions as CSV (admin.export.csv_bytes)."""

# Telegram bots may download up to 20 MB; base64 makes that ~27 MB, more than many mail
# servers take, so the files attached to one e-mail stay under this in total.
MAX_ATTACHED_BYTES: Final = 15 * 1024 * 1024
FETCH_TIMEOUT: Final = 120.0
_MIME: Final = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_FILE_NAME: Final = re.compile(r"[/\\:*?\"<>|]+")


def local_time(when: datetime | None, zone: str) -> str:
    """A UTC time as staff read it: in DIGEST_TIMEZONE, with the zone's abbreviation."""
    if when is None:
        return "—"
    return when.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


def language_name(code: str | None, lang: str) -> str:
    """A language's name in `lang` ("French", "français"), or the code itself."""
    if not code:
        return "—"
    return str(Locale.parse(lang).languages.get(code, code))


def file_size(size: int | None, lang: str, t: Translator) -> str:
    """A file size in kilobytes or megabytes, written the way `lang` writes numbers."""
    if size is None:
        return t(lang, "mail-size-unknown")
    if size < 1024 * 1024:
        kilobytes = format_decimal(max(size / 1024, 0.1), "#,##0.#", locale=lang)
        return t(lang, "mail-size-kb", {"size": kilobytes})
    megabytes = format_decimal(size / (1024 * 1024), "#,##0.#", locale=lang)
    return t(lang, "mail-size-mb", {"size": megabytes})


def mime_type(value: str | None) -> tuple[str, str]:
    """A declared MIME type if well formed, else application/octet-stream."""
    text = (value or "").strip().lower()
    if not _MIME.fullmatch(text):
        text = "application/octet-stream"
    maintype, subtype = text.split("/", 1)
    return maintype, subtype


def attachment_name(file: AttachmentRecord, fallback: str) -> str:
    """The file's own name made safe for a Content-Disposition, or `fallback` plus extension."""
    name = _FILE_NAME.sub("_", one_line(file.file_name or "", 120)).strip(" ._")
    if name:
        return name
    extension = mimetypes.guess_extension("/".join(mime_type(file.mime_type))) or ".bin"
    return fallback + extension


class StaffMail:
    """What every e-mail to EFUS staff is written with: settings, words, the CSV attachment."""

    def __init__(
        self,
        settings: MailSettings,
        questionnaire: Questionnaire,
        renderer: Renderer,
        translate: Translator,
        csv_writer: CsvWriter,
    ) -> None:
        self._settings = settings
        self._q = questionnaire
        self._render = renderer
        self._translate = translate
        self._csv = csv_writer
        self.lang = settings.staff_language

    def _t(self, key: str, args: Args | None = None) -> str:
        return self._translate(self.lang, key, args)


class SubmissionMail(StaffMail):
    """Composes the submission e-mail in the staff language."""

    def __init__(
        self,
        settings: MailSettings,
        questionnaire: Questionnaire,
        renderer: Renderer,
        translate: Translator,
        csv_writer: CsvWriter,
        fetch_file: FetchFile | None = None,
    ) -> None:
        super().__init__(settings, questionnaire, renderer, translate, csv_writer)
        self._fetch_file = fetch_file

    def _answer(self, record: SubmissionRecord, question_id: str, limit: int) -> str:
        value = record.answers.get(question_id)
        if value is None or not self._q.has_question(question_id):
            return self._t("mail-not-given")
        return one_line(self._render.answer_by_id(question_id, value, self.lang), limit)

    def subject(self, record: SubmissionRecord) -> str:
        """Reference, initiative, city and country, as one safe line."""
        text = self._t(
            "mail-subject",
            {
                "reference": record.reference or "—",
                "initiative": self._answer(record, "initiative_name", 80),
                "city": self._answer(record, "city", 40),
                "country": self._answer(record, "country", 40),
            },
        )
        return one_line(text, SUBJECT_LIMIT)

    def recipients(self) -> list[str]:
        return list(self._settings.efus_inbox)

    async def compose(
        self,
        record: SubmissionRecord,
        message_id: str,
        now: datetime | None = None,
        *,
        with_files: bool = True,
    ) -> EmailMessage:
        """The whole e-mail: both parts, the files that could be downloaded, and the CSV.

        Without `with_files` (the mail server refused the e-mail as too large), the files are
        only named, each with that reason.
        """
        reply_to = ascii_mailbox(record.answers.get("contact_email"))
        message = new_message(
            self._settings,
            to=self.recipients(),
            subject=self.subject(record),
            message_id=message_id,
            date=now or datetime.now(UTC),
            reply_to=reply_to,
        )
        if record.reference:
            message["X-CECOPS-Reference"] = one_line(record.reference, 40)
        files = await self._download(record) if with_files else {}
        csv_name = f"{record.reference or 'submission'}.csv"
        document = self.document(record, files, csv_name, reply_to, files_refused=not with_files)
        set_body(message, document)
        for file_name, (maintype, subtype), data in files.values():
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=file_name)
        data = self._csv([record], self._q, self._render, self.lang)
        attach_csv(message, data, csv_name)
        return message

    def document(
        self,
        record: SubmissionRecord,
        files: dict[str, tuple[str, tuple[str, str], bytes]],
        csv_name: str,
        reply_to: str | None,
        *,
        files_refused: bool = False,
    ) -> Document:
        """The body: facts about the submission, the answers by section, the files."""
        doc = Document(self.lang, self._t("mail-field-separator"))
        doc.title(self._t("mail-title"))
        facts = [
            (self._t("mail-reference"), record.reference or "—"),
            (
                self._t("mail-submitted-at"),
                local_time(record.submitted_at, self._settings.digest_timezone),
            ),
            (self._t("mail-respondent-language"), language_name(record.language, self.lang)),
        ]
        if record.source:
            facts.append((self._t("mail-source"), record.source))
        doc.fields(facts)
        for section in self._q.sections:
            rows = [
                (
                    self._render.label(question.id, self.lang),
                    self._render.answer(question, record.answers[question.id], self.lang),
                )
                for question in section.questions
                if question.id in record.answers
            ]
            if rows:
                doc.heading(self._render.section_title(section.id, self.lang))
                doc.fields(rows)
        unknown = [(qid, _raw(v)) for qid, v in record.answers.items() if not self._known(qid)]
        if unknown:
            doc.heading(self._t("mail-other-answers"))
            doc.fields(unknown)
        if record.attachments:
            doc.heading(self._t("mail-files"))
            doc.bullets(
                [
                    self._file_line(qid, f, qid in files, files_refused)
                    for qid, f in self._files(record)
                ]
            )
        doc.paragraph(self._t("mail-csv-note", {"name": csv_name}))
        if reply_to:
            doc.paragraph(self._t("mail-reply-note", {"email": reply_to}))
        else:
            doc.paragraph(self._t("mail-no-reply-note"))
        doc.paragraph(self._t("mail-footer"))
        return doc

    def _known(self, question_id: str) -> bool:
        return self._q.has_question(question_id)

    def _files(self, record: SubmissionRecord) -> list[tuple[str, AttachmentRecord]]:
        order = {q.id: n for n, q in enumerate(self._q.questions())}
        return sorted(record.attachments.items(), key=lambda item: order.get(item[0], len(order)))

    def _file_line(
        self, question_id: str, file: AttachmentRecord, attached: bool, refused: bool
    ) -> str:
        label = (
            self._render.label(question_id, self.lang) if self._known(question_id) else question_id
        )
        line = self._t(
            "mail-file-line",
            {
                "question": label,
                "name": file.file_name or self._t("mail-file-unnamed"),
                "type": file.mime_type or "—",
                "size": file_size(file.size, self.lang, self._translate),
            },
        )
        if attached:
            status = self._t("mail-file-attached")
        elif refused:
            status = self._t("mail-file-refused-size")
        elif file.size is not None and file.size > MAX_ATTACHED_BYTES:
            status = self._t("mail-file-too-large")
        else:
            status = self._t("mail-file-not-attached")
        return f"{line} — {status}"

    async def _download(
        self, record: SubmissionRecord
    ) -> dict[str, tuple[str, tuple[str, str], bytes]]:
        """The files that could be downloaded, within the size budget, by question id."""
        found: dict[str, tuple[str, tuple[str, str], bytes]] = {}
        if self._fetch_file is None:
            return found
        budget = MAX_ATTACHED_BYTES
        for question_id, file in self._files(record):
            if file.size is not None and file.size > budget:
                continue
            data = await self._fetch(record, file)
            if data is None or len(data) > budget:
                continue
            budget -= len(data)
            found[question_id] = (
                attachment_name(file, question_id),
                mime_type(file.mime_type),
                data,
            )
        return found

    async def _fetch(self, record: SubmissionRecord, file: AttachmentRecord) -> bytes | None:
        assert self._fetch_file is not None
        try:
            return await asyncio.wait_for(self._fetch_file(file.file_id), FETCH_TIMEOUT)
        except Exception as exc:  # a file is a bonus: the e-mail goes out without it
            log.warning(
                "submission %s: file not attached (%s: %s)",
                record.reference,
                type(exc).__name__,
                exc,
            )
            return None


def _raw(value: Any) -> str:
    return "—" if value is None else str(value)

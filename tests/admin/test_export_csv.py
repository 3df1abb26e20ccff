"""CSV exports read back with the csv module: text survives, formulas do not, numbers stay."""

from __future__ import annotations

import csv
import io
import shutil
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from admin.export import (
    LEAD_COLUMNS,
    CsvWriter,
    ExportTable,
    TableOptions,
    csv_bytes,
    csv_cell,
    neutralize,
)
from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Questionnaire, parse_questionnaire
from dialogs.render import ConsentTerms, Renderer
from storage.submissions import AttachmentRecord, SubmissionRecord
from tests.admin.factory import sample_answers

FORMULAS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\x00=1"]
CREATED = datetime(2026, 3, 1, 9, 30, 15, tzinfo=UTC)
SUBMITTED = datetime(2026, 3, 2, 17, 5, 0, tzinfo=UTC)


def record(answers: dict[str, Any], **fields: Any) -> SubmissionRecord:
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "reference": "CECOPS-2026-0001",
        "status": "submitted",
        "language": "fr",
        "source": "bologna",
        "respondent_id": 1,
        "created_at": CREATED,
        "updated_at": SUBMITTED,
        "submitted_at": SUBMITTED,
        "answers": answers,
    }
    values.update(fields)
    return SubmissionRecord(**values)


def read_csv(data: bytes) -> list[list[str]]:
    """As Excel-minded tools read it: UTF-8 with BOM, newlines only inside quotes."""
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="") as text:
        return list(csv.reader(text))


def as_dicts(data: bytes) -> list[dict[str, str]]:
    header, *rows = read_csv(data)
    return [dict(zip(header, row, strict=True)) for row in rows]


def export(
    records: list[SubmissionRecord],
    questionnaire: Questionnaire,
    renderer: Renderer,
    **options: Any,
) -> bytes:
    settings = TableOptions(**{"lang": "en"} | options)
    return csv_bytes(records, questionnaire, renderer, settings.lang, settings)


def test_csv_is_utf8_with_bom_and_crlf(questionnaire: Questionnaire, renderer: Renderer) -> None:
    data = csv_bytes([record(sample_answers())], questionnaire, renderer, "en")
    assert data.startswith(
        b"\xef\xbb\xbfReference,Triage status,Last decision (UTC),Decided by,Latest note,"
        b"Questionnaire status,Language,Country code,"
    )
    assert data.count(b"\r\n") == 2
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_no_bom_on_request(questionnaire: Questionnaire, renderer: Renderer) -> None:
    table = ExportTable(questionnaire, renderer, TableOptions("en"))
    out = io.BytesIO()
    writer = CsvWriter(out, bom=False)
    writer.header(table.headers)
    writer.close()
    assert out.getvalue().startswith(b"Reference,")
    assert not out.closed  # the writer hands the stream back


def test_metadata_columns(questionnaire: Questionnaire, renderer: Renderer) -> None:
    row = as_dicts(export([record(sample_answers(country="IT"))], questionnaire, renderer))[0]
    assert row["Reference"] == "CECOPS-2026-0001"
    assert row["Questionnaire status"] == "Submitted"  # in words; the code at the end
    assert row["Language"] == "Français"
    assert (row["submission_status"], row["language"], row["triage_status"]) == (
        "submitted",
        "fr",
        "new",
    )
    assert row["Country code"] == "IT"
    assert row["Started (UTC)"] == "2026-03-01T09:30:15Z"
    assert row["Submitted (UTC)"] == "2026-03-02T17:05:00Z"
    assert row["Source"] == "bologna"
    assert row["Country"] == "Italy"


def test_a_draft_has_no_submission_date(questionnaire: Questionnaire, renderer: Renderer) -> None:
    draft = record({"org_name": "X"}, status="draft", submitted_at=None, reference=None)
    row = as_dicts(export([draft], questionnaire, renderer))[0]
    status = row["Questionnaire status"]
    assert (status, row["Submitted (UTC)"], row["Reference"]) == ("In progress", "", "")


def test_one_column_per_question_in_order_headed_by_label(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    header = read_csv(export([], questionnaire, renderer, lang="fr"))[0]
    labels = [renderer.label(q.id, "fr") for q in questionnaire.questions()]
    assert header[LEAD_COLUMNS:-3] == labels
    assert header[1] == renderer.t("fr", "export-column-triage")  # staff's decision first
    assert header[-3:] == ["triage_status", "submission_status", "language"]  # codes, for programs
    keys = ("status", "language", "country-code", "created", "submitted", "source")
    assert header[0] == renderer.t("fr", "export-column-reference")
    assert header[5:LEAD_COLUMNS] == [renderer.t("fr", f"export-column-{key}") for key in keys]


def test_ids_as_headers(questionnaire: Questionnaire, renderer: Renderer) -> None:
    header = read_csv(export([], questionnaire, renderer, ids=True))[0]
    assert header[:LEAD_COLUMNS] == [
        "reference",
        "triage_status",
        "decided_at_utc",
        "decided_by",
        "latest_note",
        "submission_status",
        "language",
        "country_code",
        "created_at_utc",
        "submitted_at_utc",
        "source",
    ]
    assert header[LEAD_COLUMNS:] == [q.id for q in questionnaire.questions()]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("ids", [False, True])
@pytest.mark.parametrize("choice_columns", [False, True])
def test_headers_are_unique(
    questionnaire: Questionnaire, renderer: Renderer, lang: str, ids: bool, choice_columns: bool
) -> None:
    options = TableOptions(lang, ids=ids, choice_columns=choice_columns)
    headers = ExportTable(questionnaire, renderer, options).headers
    assert len(set(headers)) == len(headers)


def test_answers_in_the_chosen_language(questionnaire: Questionnaire, renderer: Renderer) -> None:
    answers = sample_answers(
        settings={"choices": ["schools", "other"], "other": "marchés de Noël"},
        may_contact=False,
        org_type={"choice": "other", "other": "Association"},
    )
    data = export([record(answers)], questionnaire, renderer, lang="fr", ids=True)
    row = as_dicts(data)[0]
    assert row["may_contact"] == "Non"
    assert row["country"] == "France"
    assert row["org_type"] == renderer.answer_by_id("org_type", answers["org_type"], "fr")
    # Choices joined with an ASCII "; " in every language (French text puts a no-break space
    # before ";"), so that a program splitting on "; " finds each choice.
    assert row["settings"].split("; ") == [
        renderer.option("settings", "schools", "fr"),
        renderer.t(
            "fr",
            "answer-other",
            {"choice": renderer.option("settings", "other", "fr"), "text": "marchés de Noël"},
        ),
    ]
    assert row["activities"] == renderer.option("activities", "patrolling", "fr")
    assert row["status"] == renderer.option("status", "ongoing", "fr")


def test_multiple_choice_labels_joined_by_semicolons(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    answers = sample_answers(settings={"choices": ["schools", "night", "transport"]})
    row = as_dicts(export([record(answers)], questionnaire, renderer, ids=True))[0]
    assert row["settings"] == "; ".join(
        renderer.option("settings", c, "en") for c in ("schools", "night", "transport")
    )


def test_choice_columns(questionnaire: Questionnaire, renderer: Renderer) -> None:
    payload = "=cmd|' /C calc'!A0"
    answers = sample_answers(settings={"choices": ["night", "other"], "other": payload})
    data = export([record(answers)], questionnaire, renderer, ids=True, choice_columns=True)
    row = as_dicts(data)[0]
    settings = {k: v for k, v in row.items() if k.startswith("settings")}
    assert settings == {
        "settings.schools": "0",
        "settings.night": "1",
        "settings.transport": "0",
        "settings.public_space": "0",
        "settings.residential": "0",
        "settings.events": "0",
        "settings.other": "1",
        "settings.other_text": "'" + payload,
    }
    assert "settings" not in row
    assert row["org_type"] == renderer.option("org_type", "city", "en")  # single: one column


def test_choice_columns_headed_by_labels(questionnaire: Questionnaire, renderer: Renderer) -> None:
    header = read_csv(export([], questionnaire, renderer, lang="it", choice_columns=True))[0]
    question = renderer.label("settings", "it")
    night = renderer.option("settings", "night", "it")
    other = renderer.option("settings", "other", "it")
    assert f"{question}: {night}" in header
    assert f"{question}: {other} (testo)" in header


def test_skipped_and_hidden_questions_are_empty(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    answers = sample_answers(
        contact_phone=None,  # skipped
        evaluated={"choice": "no"},
        evaluation_by="left over from an earlier answer",  # hidden by skip logic now
        safeguards=None,
    )
    data = export([record(answers)], questionnaire, renderer, ids=True, choice_columns=True)
    row = as_dicts(data)[0]
    assert row["contact_phone"] == ""
    assert row["evaluation_by"] == ""
    assert row["safeguards.vetting"] == ""
    assert row["lessons"] == ""  # never answered


def test_files_as_their_names(questionnaire: Questionnaire, renderer: Renderer) -> None:
    answers = sample_answers(
        evaluated={"choice": "yes"},
        evaluation_document={"name": "évaluation 2025.pdf"},
        further_document={"file_id": "x"},
    )
    stored = AttachmentRecord("x", "u", None, "image/jpeg", 10)
    item = record(answers, attachments={"further_document": stored})
    row = as_dicts(export([item], questionnaire, renderer, ids=True))[0]
    assert row["evaluation_document"] == "évaluation 2025.pdf"
    assert row["further_document"] == renderer.t("en", "answer-file-unnamed")


def test_file_name_from_the_attachment(questionnaire: Questionnaire, renderer: Renderer) -> None:
    stored = AttachmentRecord("x", "u", "plan.docx", None, 10)
    answers = sample_answers(further_document={"file_id": "x"})
    item = record(answers, attachments={"further_document": stored})
    row = as_dicts(export([item], questionnaire, renderer, ids=True))[0]
    assert row["further_document"] == "plan.docx"


def test_text_survives_the_round_trip(questionnaire: Questionnaire, renderer: Renderer) -> None:
    texts = {
        "org_name": "Città di Bologna — Comune; «Sicurezza» 🚓",
        "city": "Šiauliai, Lietuva: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ",
        "contact_name": 'Françoise "Fanny" Lefèvre-Dupré',
        "description": "Première ligne\nDeuxième ligne; avec « guillemets »\n\nFin, vraiment 🎉",
        "recruitment": "a,b;c\"d'e\r\nf",
    }
    row = as_dicts(export([record(sample_answers(**texts))], questionnaire, renderer, ids=True))[0]
    for qid, text in texts.items():
        assert row[qid] == text


@pytest.mark.parametrize("payload", FORMULAS)
def test_formula_payloads_in_answers_are_neutralized(
    questionnaire: Questionnaire, renderer: Renderer, payload: str
) -> None:
    answers = sample_answers(
        org_name=payload, description=payload + " more", source_text=None, city=payload
    )
    item = record(answers, reference=payload, source=payload)
    row = as_dicts(export([item], questionnaire, renderer, ids=True))[0]
    for column in ("org_name", "city", "reference", "source"):
        assert row[column] == "'" + payload
    assert row["description"] == "'" + payload + " more"


# Fullwidth, small and mathematical forms of = + - @ (a spreadsheet may take them as operators).
LOOKALIKES = ["\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(A1)", "\u22121", "\ufe621", "\ufe631",
              "\ufe661", "\ufe6bSUM(A1)", "\u207b1"]  # fmt: skip


@pytest.mark.parametrize("payload", LOOKALIKES)
def test_look_alikes_of_formula_characters_are_neutralized(
    questionnaire: Questionnaire, renderer: Renderer, payload: str
) -> None:
    answers = sample_answers(org_name=payload, city="Lyon " + payload)
    row = as_dicts(export([record(answers, source=payload)], questionnaire, renderer, ids=True))[0]
    assert row["org_name"] == row["source"] == "'" + payload
    assert row["city"] == "Lyon " + payload  # only a leading one counts


def test_other_text_of_a_choice_is_neutralized_only_when_it_leads(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    answers = sample_answers(org_type={"choice": "other", "other": "=1+1"})
    row = as_dicts(export([record(answers)], questionnaire, renderer, ids=True))[0]
    # The label comes first ("Other: =1+1"): nothing for a spreadsheet to run.
    assert row["org_type"] == renderer.answer_by_id("org_type", answers["org_type"], "en")
    assert not row["org_type"].startswith("'")


def test_numbers_stay_numbers_and_text_that_looks_like_one_does_not(
    questionnaire: Questionnaire, renderer: Renderer
) -> None:
    answers = sample_answers(volunteer_count=45, start_year=2019, city="-5 volunteers")
    data = export([record(answers)], questionnaire, renderer, ids=True)
    row = as_dicts(data)[0]
    assert (row["volunteer_count"], row["start_year"]) == ("45", "2019")
    assert row["city"] == "'-5 volunteers"
    assert b",45," in data and b",2019," in data  # unquoted, not prefixed


def test_phone_numbers_are_text(questionnaire: Questionnaire, renderer: Renderer) -> None:
    row = as_dicts(export([record(sample_answers())], questionnaire, renderer, ids=True))[0]
    # International format with spaces, as people read it; the quote keeps it text.
    assert row["contact_phone"] == "'+33 6 12 34 56 78"


def test_cell_helpers() -> None:
    assert neutralize("plain") == "plain"
    assert neutralize("") == ""
    assert csv_cell(None) == ""
    assert csv_cell(0) == "0"
    assert csv_cell(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05Z"
    # To the second, in UTC, whatever the zone and the microseconds; years as strftime writes.
    paris = timezone(timedelta(hours=1))
    assert csv_cell(datetime(2026, 1, 2, 0, 4, 5, 999_999, tzinfo=paris)) == "2026-01-01T23:04:05Z"
    assert csv_cell(datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)) == datetime(
        999, 1, 2, 3, 4, 5
    ).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def evil_labels(tmp_path: Path) -> tuple[Questionnaire, Renderer]:
    """A questionnaire whose labels are formula payloads (the header must be neutralized too)."""
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    escaped = {"\t": "\\u0009", "\r": "\\u000D", "\x00": "\\u0000"}
    lines = []
    questions: list[dict[str, Any]] = []
    for number, payload in enumerate(FORMULAS):
        head = payload[0]
        text = f'{{"{escaped[head]}"}}{payload[1:]}' if head in escaped else payload
        lines.append(f"q-evil{number}-label = {text}")
        lines.append(f"q-evil{number} = ?")
        questions.append({"id": f"evil{number}", "kind": "text"})
    lines += [
        "choice-multi0-a = =A1",
        "choice-multi0-b = B",
        "q-multi0-label = -Pick",
        "q-multi0 = ?",
    ]
    questions.append({"id": "multi0", "kind": "multi", "choices": ["a", "b"]})
    (locales / "en" / "zz-test.ftl").write_text("\n".join(lines) + "\n", "utf-8")
    definition: dict[str, Any] = {
        "id": "test",
        "version": 1,
        "consent_version": 1,
        "sections": [{"id": "s", "questions": questions}],
    }
    questionnaire = parse_questionnaire(definition)
    return questionnaire, Renderer(questionnaire, Translator(locales), ConsentTerms(1, "x"))


def test_formula_payloads_in_headers_are_neutralized(
    evil_labels: tuple[Questionnaire, Renderer],
) -> None:
    questionnaire, renderer = evil_labels
    header = read_csv(export([], questionnaire, renderer))[0]
    n = LEAD_COLUMNS
    assert header[n : n + 7] == ["'" + payload for payload in FORMULAS]
    assert header[n + 7] == "'-Pick"
    choices = read_csv(export([], questionnaire, renderer, choice_columns=True))[0]
    assert choices[n + 7 : -3] == ["'-Pick: =A1", "'-Pick: B"]

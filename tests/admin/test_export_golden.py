"""The CSV of submissions with every answer kind, byte for byte as the exporter wrote it before
its per-row work was made cheaper (issue 26): labels, separators, formula guard, words.

Regenerate (only when an output change is intended) with
`GOLDEN_WRITE=1 .venv/bin/pytest tests/admin/test_export_golden.py`.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from admin.export import TableOptions, csv_bytes
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import Questionnaire, parse_questionnaire
from dialogs.render import ConsentTerms, Renderer
from storage.submissions import AttachmentRecord, SubmissionRecord
from tests.admin.factory import sample_answers

GOLDEN = Path(__file__).parent / "data" / "export-golden"
AT = datetime(2026, 3, 1, 9, 30, 15, tzinfo=UTC)
LATER = datetime(2026, 3, 2, 17, 5, 0, tzinfo=UTC)
MODES: dict[str, dict[str, Any]] = {
    "labels": {},
    "ids": {"ids": True},
    "choices": {"choice_columns": True},
}


def _record(number: int, answers: dict[str, Any], **fields: Any) -> SubmissionRecord:
    values: dict[str, Any] = {
        "id": uuid.UUID(int=number + 1),
        "reference": f"CECOPS-2026-{number:04d}",
        "status": "submitted",
        "language": LANGUAGES[number % len(LANGUAGES)],
        "source": "bologna",
        "respondent_id": number,
        "created_at": AT,
        "updated_at": LATER,
        "submitted_at": LATER,
        "answers": answers,
    }
    values.update(fields)
    return SubmissionRecord(**values)


def _records() -> list[SubmissionRecord]:
    stored = AttachmentRecord("x", "u", "plan.docx", None, 10)
    unnamed = AttachmentRecord("y", "v", None, "image/jpeg", 10)
    return [
        _record(0, sample_answers()),
        _record(
            1,
            sample_answers(
                org_name="=1+1",
                city="＝SUM(A1)",
                contact_name="\u2212 minus",
                contact_role="﹢plus",
                contact_phone="+33 6 12 34 56 78",
                description="-2\nsecond line ąčęėįšųūž 🚌",
                recruitment="@handle",
                supervision="\tindent",
                funding="\r=1",
                scope="\x00nul",
                org_type={"choice": "other", "other": "=HYPERLINK()"},
                settings={"choices": ["schools", "night", "other"], "other": "+1 park"},
                activities={"choices": []},
                evaluated={"choice": "yes"},
                evaluation_by="Université de Bologne",
                evaluation_method='Surveys, "before" and after; interviews',
                evaluation_results="=SUM(A1) feel safer",
                evaluation_document={"name": "évaluation 2025.pdf"},
                further_document={"file_id": "x"},
                volunteer_count=0,
                start_year=1999,
                may_contact=False,
                country="LT",
            ),
            attachments={"further_document": stored},
            triage_status="shortlisted",
            decided_at=LATER,
            decided_by=42,
            latest_note="-looks good",
        ),
        _record(
            2,
            sample_answers(
                further_document={"file_id": "y"},
                publish={"choice": "no"},
                transferable={"choice": "no"},
                volunteer_count="12",  # a value stored by another version
                start_year=None,
                country="XX",
            ),
            attachments={"further_document": unnamed},
            source=None,
            triage_status="rejected",
        ),
        _record(3, {"org_name": "Draft only"}, status="draft", submitted_at=None, source="+x"),
        _record(4, sample_answers(settings={"choices": ["gone"]}, org_type={"choice": "gone"})),
    ]


def _kinds() -> tuple[Questionnaire, list[SubmissionRecord]]:
    """The kinds the CECOPS questionnaire does not ask (ids as headers: no labels needed)."""
    questions: list[dict[str, Any]] = [
        {"id": "when", "kind": "date"},
        {"id": "where", "kind": "geopoint"},
        {"id": "amount", "kind": "decimal"},
        {"id": "site", "kind": "url"},
        {"id": "seen", "kind": "acknowledge"},
    ]
    definition: dict[str, Any] = {
        "id": "kinds",
        "version": 1,
        "consent_version": 1,
        "sections": [{"id": "s", "questions": questions}],
    }
    answers: list[dict[str, Any]] = [
        {"when": "2024-03-12", "where": "45.764 4.8357", "amount": 1.5, "site": "=x"},
        {"when": "-1", "where": "-45.7 4.8", "amount": -2.25, "site": "https://e.org"},
        {"amount": "3,5", "seen": "OK"},
    ]
    return parse_questionnaire(definition), [_record(n, a) for n, a in enumerate(answers)]


CASES = [(lang, mode) for lang in LANGUAGES for mode in MODES]


@pytest.mark.parametrize(("lang", "mode"), CASES)
def test_csv_is_byte_identical_to_the_golden_file(
    questionnaire: Questionnaire, renderer: Renderer, lang: str, mode: str
) -> None:
    options = TableOptions(lang=lang, actor_name=lambda actor: f"staff {actor}", **MODES[mode])
    data = csv_bytes(_records(), questionnaire, renderer, lang, options)
    _check(GOLDEN / f"{lang}-{mode}.csv", data)


def test_other_kinds_are_byte_identical_to_the_golden_file(translator: Translator) -> None:
    kinds, records = _kinds()
    renderer = Renderer(kinds, translator, ConsentTerms(180, "x@example.org"))
    data = csv_bytes(records, kinds, renderer, "fr", TableOptions(lang="fr", ids=True))
    _check(GOLDEN / "kinds-ids.csv", data)


def _check(path: Path, data: bytes) -> None:
    if os.environ.get("GOLDEN_WRITE"):
        path.write_bytes(data)
    assert data == path.read_bytes()

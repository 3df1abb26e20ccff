"""`intake export`: files, standard output, options and localized errors."""

from __future__ import annotations

import asyncio
import csv
import io
import os
from pathlib import Path

import pytest
import typer
from openpyxl import load_workbook
from typer.testing import CliRunner

from admin.export import LEAD_COLUMNS
from app.cli_export import export
from dialogs.i18n import Translator
from dialogs.render import Renderer
from storage.db import create_engine
from storage.migrate import upgrade_engine
from storage.models import DRAFT
from tests.admin.factory import Row, insert_rows, sample_answers
from tests.admin.test_filters import at


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(export)
    app.command("noop")(lambda: None)  # two commands: `export` stays a subcommand, as in intake
    return app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SQLite database with three questionnaires; staff language Italian."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.upper() in {"DATABASE_URL", "STAFF_LANGUAGE"}:
            monkeypatch.delenv(name)
    url = f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("STAFF_LANGUAGE", "it")

    async def fill() -> None:
        engine = create_engine(url)
        try:
            await upgrade_engine(engine)
            await insert_rows(
                engine,
                [
                    Row(1, sample_answers(country="IT"), lang="it", created_at=at(3, 1)),
                    Row(2, sample_answers(country="LT"), lang="lt", created_at=at(3, 2)),
                    Row(3, {"org_name": "Bozza"}, status=DRAFT, lang="it", created_at=at(3, 3)),
                ],
            )
        finally:
            await engine.dispose()

    asyncio.run(fill())
    return tmp_path


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_to_a_file(home: Path, translator: Translator) -> None:
    result = CliRunner().invoke(_cli(), ["export", "--out", "answers.csv"])
    assert result.exit_code == 0, result.output
    data = (home / "answers.csv").read_bytes()
    rows = _rows(data)
    assert data.startswith(b"\xef\xbb\xbf") and len(rows) == 3
    assert rows[0][0] == translator("it", "export-column-reference")  # STAFF_LANGUAGE
    done = translator("it", "export-done", {"count": 2, "path": "answers.csv"})
    assert done in result.output
    assert not (home / "answers.csv.part").exists()


def test_xlsx_from_the_extension_with_options(
    home: Path, renderer: Renderer, translator: Translator
) -> None:
    args = ["export", "-o", "all.xlsx", "--status", "all", "--lang", "fr", "--since", "2026-03-02"]
    result = CliRunner().invoke(_cli(), args)
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(home / "all.xlsx").active.iter_rows(values_only=True))
    assert rows[0][LEAD_COLUMNS] == renderer.label("org_name", "fr")
    assert [row[-1] for row in rows[1:]] == ["lt", "it"]  # the language code, for programs
    assert [row[LEAD_COLUMNS - 5] for row in rows[1:]] == ["Lietuvių", "Italiano"]  # in words


def test_csv_to_standard_output_with_options(home: Path) -> None:
    args = ["export", "--out", "-", "--ids", "--choice-columns", "--no-bom"]
    args += ["--respondent-lang", "lt", "--country", "Lituanie", "--until", "2026-03-02"]
    result = CliRunner().invoke(_cli(), args)
    assert result.exit_code == 0, result.output
    data = result.stdout_bytes
    assert data.startswith(b"reference,triage_status,")
    rows = _rows(data)
    assert [row[rows[0].index("country_code")] for row in rows[1:]] == ["LT"]
    assert "settings.schools" in rows[0]


@pytest.mark.parametrize(
    ("args", "key", "value"),
    [
        (["--since", "01/03/2026"], "export-error-date", "01/03/2026"),
        (["--status", "sent"], "export-error-status", "sent"),
        (["--country", "Atlantide"], "export-error-country", "Atlantide"),
        (["--lang", "de"], "export-error-language", "de"),
        (["--format", "ods"], "export-error-format", "ods"),
        (["--out", "-", "--format", "xlsx"], "export-error-stdout-xlsx", ""),
    ],
)
def test_bad_options_are_explained(
    home: Path, translator: Translator, args: list[str], key: str, value: str
) -> None:
    result = CliRunner().invoke(_cli(), ["export", "--out", "x.csv", *args])
    assert result.exit_code == 2
    message = translator("it", key, {"value": value})
    assert message in " ".join(result.output.replace("│", " ").split())
    assert not (home / "x.csv").exists()

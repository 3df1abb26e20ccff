"""What an admin reads back from the review commands: `people add`'s confirmation, the export
opened in a spreadsheet, and where `intake web link` points without WEB_URL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from app.settings import Settings
from tests.admin.test_cli_reviews import _cli, _round_with_reviews, url

__all__ = ["url"]  # the fixture: a fresh database with the six experiences


def _three_reviewers() -> None:
    for user, country in (("8101", "GB"), ("8102", "IT"), ("8103", "LT")):
        added = CliRunner().invoke(
            _cli(), ["people", "add", "--user", user, "--name", user, "--country", country]
        )
        assert added.exit_code == 0, added.output


@pytest.mark.slow
def test_people_add_says_the_role_in_words_once(url: str) -> None:
    result = CliRunner().invoke(
        _cli(),
        [
            "people",
            "add",
            "--user",
            "8101",
            "--name",
            "Jane Smith",
            "--org",
            "Met",
            "--reads",
            "en",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Jane Smith (Met) saved: Reviewer (partner)."


@pytest.mark.slow
def test_round_export_opens_with_a_bold_frozen_header(url: str, tmp_path: Path) -> None:
    _three_reviewers()
    name = asyncio.run(_round_with_reviews(url))
    result = CliRunner().invoke(_cli(), ["reviews", "export", "--round", name, "--out", "r.xlsx"])
    assert result.exit_code == 0, result.output
    for sheet in load_workbook(tmp_path / "r.xlsx").worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.b
        assert 8 <= (sheet.column_dimensions["B"].width or 0) <= 52


def test_links_follow_web_port_without_web_url(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WEB_URL", "WEB_HOST", "WEB_PORT"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None, web_port=8391)  # type: ignore[call-arg]
    assert settings.web_base_url == "http://127.0.0.1:8391"
    settings = Settings(_env_file=None, web_host="0.0.0.0", web_port=9000)  # type: ignore[call-arg]
    assert settings.web_base_url == "http://127.0.0.1:9000"
    settings = Settings(_env_file=None, web_url="https://ws.example.org/")  # type: ignore[call-arg]
    assert settings.web_base_url == "https://ws.example.org"


@pytest.mark.slow
def test_people_add_on_someone_known_changes_only_what_is_given(url: str) -> None:
    """Correcting a name must not turn an administrator into a reviewer nor blank the rest."""
    runner = CliRunner()
    first = [
        *("people", "add", "--user", "8001", "--name", "Anne Admin", "--role", "admin"),
        *("--org", "EFUS", "--country", "BE", "--reads", "en,fr"),
    ]
    assert runner.invoke(_cli(), first).exit_code == 0
    fixed = runner.invoke(_cli(), ["people", "add", "--user", "8001", "--name", "Anne Adam"])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.output.strip() == "Anne Adam (EFUS) saved: Administrator."
    listed = runner.invoke(_cli(), ["people", "list"]).output
    assert "8001\tadmin\tAnne Adam\tEFUS\tBE\ten,fr\tactive" in listed
    assert runner.invoke(_cli(), ["people", "add", "--user", "9", "--name", "X"]).exit_code == 0
    assert "9\treviewer\tX\t\t\t\tactive" in runner.invoke(_cli(), ["people", "list"]).output


@pytest.mark.slow
def test_an_unknown_round_lists_the_rounds_there_are(url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(_cli(), ["reviews", "export", "--round", "x", "--out", "r.csv"])
    assert result.exit_code == 2 and "No review round yet." in result.output
    _three_reviewers()
    asyncio.run(_round_with_reviews(url))
    result = runner.invoke(_cli(), ["reviews", "export", "--round", "spring", "--out", "r.csv"])
    assert result.exit_code == 2
    assert "No review round is named “spring”." in result.output
    assert "Review rounds: “Spring 2026”" in result.output

"""`intake --help`, option descriptions and usage errors speak STAFF_LANGUAGE only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from app.cli import app, main
from app.cli_help import CliText, missing_messages
from dialogs.i18n import Translator

T = Translator()
# What Typer and click would print in English.
ENGLISH = ("Usage:", "Show this message", "Options:", "Commands:", "Error:", "Try '", "[default")


def run(args: list[str], lang: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out + captured.err


@pytest.fixture(autouse=True)
def _staff_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env: only the environment counts
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")


def test_every_command_option_and_argument_has_its_text() -> None:
    assert missing_messages(typer.main.get_command(app), CliText(T, "en")) == []


@pytest.mark.parametrize(
    ("lang", "args"),
    [
        ("fr", ["--help"]),
        ("fr", ["web", "--help"]),
        ("fr", ["export", "--help"]),
        ("fr", []),
        ("it", ["export", "--help"]),
        ("lt", ["--help"]),
    ],
)
def test_help_pages_are_in_the_staff_language(
    args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STAFF_LANGUAGE", lang)
    code, out = run(args, lang, capsys)
    assert code == (2 if not args else 0)  # `intake` alone: the help page, as a usage error
    assert T(lang, "cli-usage") in out and T(lang, "cli-option-help") in out
    assert not [word for word in ENGLISH if word in out], out
    if args[:1] == ["export"]:
        assert T(lang, "cli-option-export-out") in re.sub(r"[ \n]+", " ", out)
        assert T(lang, "cli-required") in out


@pytest.mark.parametrize(
    ("args", "command", "values"),
    [
        (["export", "--bogus"], "intake export", ["--bogus", "--out"]),
        (["nosuch"], "intake", ["nosuch", "export, digest"]),
        (["chat", "--user", "abc"], "intake chat", ["--user", "abc"]),
        (["export", "--out"], "intake export", ["--out"]),
        (["db", "backup"], "intake db backup", [T("fr", "cli-metavar-file")]),
    ],
)
def test_usage_errors_are_two_lines_in_the_staff_language(
    args: list[str],
    command: str,
    values: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STAFF_LANGUAGE", "fr")
    code, out = run(args, "fr", capsys)
    assert code == 2
    error, hint = out.splitlines()
    assert error.startswith(T("fr", "cli-error", {"message": ""}))
    assert all(value in error for value in values), error
    assert hint == T("fr", "cli-error-see-help", {"command": f"{command} --help"})
    assert not [word for word in ENGLISH if word in out], out

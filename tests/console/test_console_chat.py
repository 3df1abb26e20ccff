"""`intake chat` driven as a subprocess: whole questionnaires, quit and resume, SIGKILL."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialogs import events as ev
from dialogs.engine import Engine
from dialogs.i18n import LANGUAGES, Translator
from dialogs.model import Kind
from dialogs.state import Phase
from tests.scripted import events_for

ROOT = Path(__file__).resolve().parents[2]
INTAKE = [sys.executable, "-m", "app"]


def console_lines(engine: Engine, lang: str) -> list[tuple[str, list[str]]]:
    """(question id, lines to type) for a whole questionnaire, as the console numbers options."""
    state, outputs = engine.begin("script", lang)
    state, outputs = engine.handle(state, ev.Consent(True))
    script: list[tuple[str, list[str]]] = []
    while state.phase is not Phase.REVIEW:
        ask = next(o for o in reversed(outputs) if isinstance(o, ev.Ask))
        lines: list[str] = []
        for event in events_for(ask):
            if isinstance(event, ev.Button) and event.action in ("choose", "toggle"):
                lines.append(str(ask.options.index(event.choice) + 1))
            elif isinstance(event, ev.Button) and event.action == "done":
                lines.append("done")
            elif isinstance(event, ev.Skip):
                lines.append("skip")
            elif isinstance(event, ev.Text) and ask.kind is Kind.LONGTEXT:
                lines += [*event.text.split("\n"), ""]  # an empty line ends a long answer
            elif isinstance(event, ev.Text):
                lines.append(event.text)
            else:
                raise AssertionError(f"the console cannot send {event}")
            state, outputs = engine.handle(state, event)
        script.append((ask.question, lines))
    return script


def run_chat(db_url: str, stdin: str, *args: str) -> str:
    outbox = Path(db_url.split("///", 1)[1]).parent / "outbox"
    env = {**os.environ, "DATABASE_URL": db_url, "PYTHONIOENCODING": "utf-8"}
    env |= {"OUTBOX_DIR": str(outbox)}
    for name in ("TELEGRAM_BOT_TOKEN", "SMTP_HOST"):
        env.pop(name, None)
    done = subprocess.run(
        [*INTAKE, "chat", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def submitted_rows(db_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT status, reference FROM submissions").fetchall()


def answers_of(db_path: Path) -> dict[str, str]:
    with sqlite3.connect(db_path) as conn:
        try:
            return dict(conn.execute("SELECT question_id, value FROM answers").fetchall())
        except sqlite3.OperationalError:  # the schema is not created yet
            return {}


@pytest.fixture(scope="module")
def engine() -> Engine:
    from dialogs.model import load_questionnaire

    translate = Translator()
    return Engine(load_questionnaire(), translate)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_complete_questionnaire_in_the_terminal(engine: Engine, tmp_path: Path, lang: str) -> None:
    db = tmp_path / "intake.db"
    script = console_lines(engine, lang)
    stdin = "\n".join(["1", *(line for _, lines in script for line in lines), "submit", ""])
    out = run_chat(f"sqlite+aiosqlite:///{db}", stdin, "--lang", lang)
    translate = Translator()
    thanks = translate(lang, "submitted", {"reference": "X"}).split("\n")[0]
    assert thanks in out
    assert translate(lang, "q-org_name") in out
    [(status, reference)] = submitted_rows(db)
    assert status == "submitted"
    assert reference.startswith("CECOPS-") and reference in out
    stored = answers_of(db)
    assert '"Bologna"' in stored["city"]
    assert "ąčęėįšųūž 🚌" in stored["description"]


@pytest.mark.slow
def test_quit_half_way_and_resume(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    url = f"sqlite+aiosqlite:///{db}"
    script = console_lines(engine, "fr")
    first, rest = script[:8], script[8:]
    out = run_chat(
        url,
        "\n".join(["1", *(x for _, lines in first for x in lines), "quit", ""]),
        "--lang",
        "fr",
    )
    assert Translator()("fr", "console-bye") in out
    assert len(answers_of(db)) == 8
    # Run again: the respondent is offered to continue, and continues at the ninth question.
    resume_answers = [x for _, lines in rest for x in lines]
    out = run_chat(url, "\n".join(["1", *resume_answers, "submit", ""]))
    translate = Translator()
    assert translate("fr", "button-resume") in out
    after_resume = out.split(translate("fr", "button-resume"), 1)[1]
    ninth = engine.q.question(rest[0][0])
    assert after_resume.index(translate("fr", ninth.prompt_key)) < after_resume.index(
        translate("fr", engine.q.question(rest[1][0]).prompt_key)
    )
    assert submitted_rows(db)[0][0] == "submitted"


@pytest.mark.slow
async def test_sigkill_mid_questionnaire_then_continue(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    url = f"sqlite+aiosqlite:///{db}"
    script = console_lines(engine, "it")
    env = {**os.environ, "DATABASE_URL": url, "PYTHONIOENCODING": "utf-8"}
    env |= {"OUTBOX_DIR": str(tmp_path / "outbox")}
    child = await asyncio.create_subprocess_exec(
        *INTAKE, "chat", "--lang", "it",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env, cwd=ROOT,
    )  # fmt: skip
    assert child.stdin is not None
    lines = ["1", *(x for _, group in script[:12] for x in group)]
    child.stdin.write(("\n".join(lines) + "\n").encode())
    await child.stdin.drain()
    # Wait until the twelfth answer is committed, then kill without any chance to clean up.
    for _ in range(300):
        if db.exists() and len(answers_of(db)) >= 12:
            break
        await asyncio.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    await child.wait()
    assert child.returncode == -signal.SIGKILL
    answered = answers_of(db)
    assert set(answered) == {qid for qid, _ in script[:12]}
    # Started again, the respondent continues at the thirteenth question with every answer.
    out = run_chat(url, "1\nquit\n")
    translate = Translator()
    resumed = out.split(translate("it", "button-resume"), 1)[1]
    assert translate("it", engine.q.question(script[12][0]).prompt_key) in resumed
    assert answers_of(db) == answered


def test_console_refuses_bad_input_and_asks_again(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    out = run_chat(
        f"sqlite+aiosqlite:///{db}", "1\n" + "x" * 5000 + "\n<b>&</b>\nquit\n", "--lang", "lt"
    )
    translate = Translator()
    too_long = translate("lt", "error-too-long", {"max": 200, "length": 5000})
    assert too_long in out
    assert out.count(translate("lt", "q-org_name")) == 2  # asked, refused, asked again
    assert answers_of(db)["org_name"] == '"<b>&</b>"'


def test_terminal_words_numbers_lines_and_the_email(engine: Engine, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    script = console_lines(engine, "en")
    typed: list[str] = ["hello", "1"]  # text before consent: a short reminder, then accept
    for qid, lines in script:
        if qid == "settings":
            typed.append("2, 3")  # several choices at once: selected, and done
        elif qid == "description":
            typed += ["First line", "Second line", ""]  # the empty line ends it
        else:
            typed += lines
    typed += ["status", "submit", ""]
    out = run_chat(f"sqlite+aiosqlite:///{db}", "\n".join(typed), "--lang", "en")
    t = Translator()
    assert "> " in out  # an input prompt
    assert "done" in t("en", "console-commands")
    assert t("en", "console-consent-reminder") in out
    assert out.count(t("en", "consent-accept")) >= 2 and "/start" not in out
    assert "button" not in out.lower()
    assert t("en", "console-long-text") in out
    stored = answers_of(db)
    assert stored["settings"] == '{"choices": ["night", "transport"]}'
    assert stored["description"] == '"First line\\nSecond line"'
    # "submit" right after "status" submits; the e-mail is where the chat says it is.
    [(status, reference)] = submitted_rows(db)
    assert status == "submitted"
    [eml] = list((tmp_path / "outbox").glob("*.eml"))
    assert t("en", "console-mail-written", {"path": str(eml.resolve())}) in out
    assert reference in eml.read_text("utf-8")

"""The terminal chat understands and shows its words in the chat's language (and in English)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.chat import COMMANDS, word_table
from dialogs.engine import Engine
from dialogs.i18n import LANGUAGES, Translator
from dialogs.text import fold
from tests.console.test_console_chat import answers_of, console_lines, run_chat, submitted_rows

T = Translator()


@pytest.fixture(scope="module")
def engine() -> Engine:
    from dialogs.model import load_questionnaire

    return Engine(load_questionnaire(), T)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_word_stands_for_one_command(lang: str) -> None:
    own = {command: fold(T(lang, f"console-word-{command}")) for command in COMMANDS}
    assert len(set(own.values())) == len(COMMANDS), own  # no two commands share a word
    table = word_table(T, lang)
    assert all(table[word] == command for command, word in own.items())
    assert all(table[command] == command for command in COMMANDS)  # English always works
    # Accents may be left out when typing: "termine" is "terminé".
    assert all(table[fold(word)] == command for command, word in own.items())


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "it", "lt"])
def test_a_whole_questionnaire_in_the_chats_own_words(
    engine: Engine, tmp_path: Path, lang: str
) -> None:
    def word(command: str) -> str:
        return T(lang, f"console-word-{command}")

    db = tmp_path / "intake.db"
    typed = ["1"]  # consent
    for qid, lines in console_lines(engine, lang):
        if qid == "definition":
            typed.append("1")  # "not applicable", listed as choice 1 of a text question
            continue
        typed += [{"done": word("done"), "skip": word("skip")}.get(x, x) for x in lines]
    typed += [word("help"), word("review"), f"{word('edit')} 1", word("keep"), word("submit")]
    typed += [word("status"), word("quit")]
    out = run_chat(f"sqlite+aiosqlite:///{db}", "\n".join(typed) + "\n", "--lang", lang)

    [(status, reference)] = submitted_rows(db)
    assert status == "submitted" and reference in out
    assert json.loads(answers_of(db)["definition"]) == {"not_applicable": True}
    assert T(lang, "console-commands") in out  # the banner, in the chat's language
    assert f" 1. {T(lang, 'button-not-applicable')}" in out
    assert T(lang, "console-multi-selected", {"numbers": "1"}) in out  # a lone number shows
    assert T(lang, "console-hint-multi") in out and T(lang, "hint-multi") not in out
    assert T(lang, "console-consent-rights") in out and "/delete" not in out
    # Nothing typed was refused, no word was taken as an answer, no log line came through.
    assert T(lang, "console-unknown") not in out and T(lang, "error-choice") not in out
    assert T(lang, "console-bye") in out and " INFO " not in out
    assert T("en", "console-commands") not in out

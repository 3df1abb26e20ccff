"""No message uses a word locales/GLOSSARY.md forbids in its language (e.g. fr "EFUS")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

import pytest

from tests.unit.ftl_text import LOCALES_DIR, Text, all_texts, texts

GLOSSARY = LOCALES_DIR / "GLOSSARY.md"


@dataclass(frozen=True)
class Rule:
    """One row of the glossary's "Forbidden variants" table."""

    lang: str
    pattern: re.Pattern[str]
    instead: str
    where: str


def rules() -> list[Rule]:
    """The rows of the table under "## Forbidden variants"."""
    section = GLOSSARY.read_text("utf-8").split("## Forbidden variants", 1)[1]
    found = []
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) != 4 or cells[0] in ("locale", "") or set(cells[0]) <= {"-"}:
            continue
        lang, pattern, instead, where = (c.strip("`").replace("\\|", "|") for c in cells)
        found.append(Rule(lang, re.compile(pattern), instead, where))
    return found


def violations(runs: list[Text], table: list[Rule]) -> list[str]:
    """ "where: forbidden (say instead)" for each forbidden word found."""
    found = []
    for run in runs:
        for rule in table:
            if rule.lang != run.lang or not fnmatchcase(run.where, rule.where):
                continue
            for match in rule.pattern.finditer(run.text):
                found.append(f"{run.lang}/{run.where}: “{match.group()}” (say: {rule.instead})")
    return found


def test_the_glossary_has_rules_for_every_language() -> None:
    assert {rule.lang for rule in rules()} == {"en", "fr", "it", "lt"}


def test_no_message_uses_a_forbidden_variant() -> None:
    assert violations(all_texts(), rules()) == []


PLANTED = [
    ("fr", "status.ftl", "status-x = En cours d’examen par l’EFUS."),
    ("fr", "ws.ftl", "ws-x = Le répondant a envoyé un e-mail."),
    ("it", "workspace.ftl", "ws-triage-title = Valutazione"),
    ("it", "workspace.ftl", "ws-filter-triage = Stato di valutazione"),
    ("lt", "workspace.ftl", "ws-nav-submissions = Pateikimai"),
    ("lt", "workspace.ftl", "ws-filter-triage = Vertinimo būsena"),
    ("en", "workspace.ftl", "ws-erase = Erase the respondent"),
    ("fr", "reviews.ftl", "rv-x = { $n ->\n    [one] Un relecteur\n   *[other] EFUS\n}"),
]


@pytest.mark.parametrize(("lang", "filename", "source"), PLANTED)
def test_a_planted_forbidden_variant_is_caught(lang: str, filename: str, source: str) -> None:
    assert violations(texts(source, lang, filename), rules()) != []


ALLOWED = [
    ("fr", "status.ftl", "status-x = En cours d’examen par le FESU."),
    ("fr", "mail.ftl", "mail-x = La personne répondante a envoyé un courriel."),
    ("it", "questionnaire.ftl", "q-evaluated-label = Valutazione"),
    ("lt", "questionnaire.ftl", "q-evaluated-label = Vertinimas"),
    ("en", "workspace.ftl", "ws-erase = Erase the respondent’s data"),
]


@pytest.mark.parametrize(("lang", "filename", "source"), ALLOWED)
def test_the_right_word_passes(lang: str, filename: str, source: str) -> None:
    assert violations(texts(source, lang, filename), rules()) == []

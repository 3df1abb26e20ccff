"""Every .ftl message follows its language's typography (locales/GLOSSARY.md, "Typography")."""

from __future__ import annotations

import re

import pytest

from tests.unit.ftl_text import Text, all_texts, ftl_files, texts

NBSP = "[\u00a0\u202f]"
# (languages, what is wrong, pattern)
RULES: list[tuple[frozenset[str], str, re.Pattern[str]]] = [
    (
        frozenset({"fr"}),
        "ordinary space before : ; ! ?",
        re.compile(r"(?<=\S)[ \t]+[:;!?](?![=\w/])"),
    ),
    (
        frozenset({"fr"}),
        "no no-break space before : ; ! ?",
        re.compile(r"(?<=[^\s\u00a0\u202f(«\[])[:;!?](?=\s|$|»)"),
    ),
    (frozenset({"fr"}), "« without a no-break space after it", re.compile(f"«(?!{NBSP})")),
    (frozenset({"fr"}), "» without a no-break space before it", re.compile(f"(?<!{NBSP})»")),
    (frozenset({"fr", "it"}), "straight apostrophe", re.compile(r"(?<=\w)'(?=\w)")),
    (frozenset({"fr", "it", "lt"}), "straight double quote", re.compile(r'"')),
    (frozenset({"lt"}), "quotes other than „…“", re.compile(r"[«»”]|(?:^|(?<=[\s(]))“")),
    (
        frozenset({"en", "fr", "it", "lt"}),
        "“(e)”-style form",
        re.compile(r"\w(?:\((?:e|es|s|a|i|ne|le|ė|ės)\)|·(?:e|es|ne)\b|/(?:a|e|i|ė)\b)"),
    ),
]


def faults(runs: list[Text]) -> list[str]:
    """ "lang/file:id: what is wrong: …context…" for each fault."""
    found = []
    for run in runs:
        for langs, what, pattern in RULES:
            if run.lang not in langs:
                continue
            for match in pattern.finditer(run.text):
                start = max(0, match.start() - 20)
                context = run.text[start : match.end() + 20].replace("\n", " ")
                found.append(f"{run.lang}/{run.where}: {what}: {context!r}")
    return found


def test_the_glob_finds_every_locale_file() -> None:
    names = {(p.parent.name, p.name) for p in ftl_files()}
    assert ("fr", "workspace.ftl") in names and ("lt", "chat.ftl") in names


def test_every_message_follows_its_languages_typography() -> None:
    problems = faults(all_texts())
    assert problems == [], f"{len(problems)} faults:\n" + "\n".join(problems)


PLANTED = [
    ("fr", "echo-x = Réponse actuelle : { $answer }"),  # ordinary space
    ("fr", "x = Réponse actuelle: oui"),
    ("fr", "x = Voulez-vous continuer ?"),
    ("fr", "x = Choisissez «\u00a0Sans objet »."),
    ("fr", "x = Choisissez « Sans objet\u00a0»."),
    ("fr", "x = l'initiative"),
    ("fr", "x = Vous êtes déconnecté(e)"),
    ("fr", "x = { $n ->\n    [one] Un fichier !\n   *[other] Des fichiers\u202f!\n}"),
    ("it", "x = l'iniziativa"),
    ("it", "x = È uscito/a"),
    ("lt", "x = Pasirinkite “Netaikoma”."),
    ("lt", 'x = Pasirinkite "Netaikoma".'),
]


@pytest.mark.parametrize(("lang", "source"), PLANTED)
def test_a_planted_fault_is_caught(lang: str, source: str) -> None:
    assert faults(texts(source, lang, "planted.ftl")) != []


CLEAN = [
    ("fr", "x = Réponse actuelle\u00a0: { $answer }\u202f; ok\u202f? «\u202fSans objet\u202f»"),
    ("fr", "x = Choisissez «\u00a0Sans objet\u00a0», l’initiative\u202f!"),
    ("fr", "x = Adresse\u00a0: https://efus.eu/?a=1\u202f; q != 'v' à 14:30"),
    ("fr", "x = Fichier { $name }\u00a0: envoyé"),
    ("it", "x = l’iniziativa «Non pertinente»: q = 'v'"),
    ("lt", "x = Pasirinkite „Netaikoma“."),
    ("en", "x = Choose “Not applicable” (en) and the EFUS staff’s file."),
]


@pytest.mark.parametrize(("lang", "source"), CLEAN)
def test_correct_typography_passes(lang: str, source: str) -> None:
    assert faults(texts(source, lang, "clean.ftl")) == []

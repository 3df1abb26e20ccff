"""The four locales carry the same messages with the same variables, and cover everything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator
from dialogs.model import Kind, Questionnaire

ROOT = Path(__file__).resolve().parents[2]


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(lang: str) -> dict[str, frozenset[str]]:
    """Message id → variables it uses, for one language (all its .ftl files)."""
    found: dict[str, frozenset[str]] = {}
    for path in sorted((LOCALES_DIR / lang).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text("utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: syntax error near {(junk[0].content or '')[:60]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{path}: {entry.id.name} defined twice"
                visitor = _Variables()
                visitor.visit(entry)
                found[entry.id.name] = frozenset(visitor.names)
    return found


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_each_locale_has_the_same_messages_and_variables_as_english(lang: str) -> None:
    english, other = messages("en"), messages(lang)
    assert sorted(set(english) - set(other)) == [], f"missing in {lang}"
    assert sorted(set(other) - set(english)) == [], f"only in {lang}"
    differing = {k: (english[k], other[k]) for k in english if english[k] != other[k]}
    assert differing == {}, f"variables differ in {lang}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_question_choice_and_section_has_text(
    questionnaire: Questionnaire, translator: Translator, lang: str
) -> None:
    missing = []
    for section in questionnaire.sections:
        keys = [section.title_key]
        for q in section.questions:
            keys += [q.prompt_key, q.label_key]
            if q.kind is not Kind.YESNO:
                keys += [q.choice_key(c) for c in q.choices]
        missing += [k for k in keys if not translator.has(lang, k)]
    assert missing == []


def test_optional_hints_exist_in_all_languages_or_none() -> None:
    per_lang = {lang: {k for k in messages(lang) if k.endswith("-hint")} for lang in LANGUAGES}
    assert all(hints == per_lang["en"] for hints in per_lang.values())


def test_every_message_id_used_in_code_exists_in_english() -> None:
    english = messages("en")
    # Calls such as Say("key"), Invalid("key"), t(lang, "key"), self.t(lang, "key").
    pattern = re.compile(
        r"""(?<![\w.])(?:Say|Invalid|t|self\.t|self\._t|tr)\(\s*(?:[a-z_.]+,\s*)?"([a-z][a-z0-9-]+)\""""
    )
    used: set[str] = set()
    for package in ("dialogs", "bot", "admin", "app", "mail", "console", "storage"):
        for path in (ROOT / package).rglob("*.py"):
            used |= set(pattern.findall(path.read_text("utf-8")))
    assert used, "the pattern found no message ids at all"
    assert sorted(k for k in used if k not in english) == []


def test_language_names_are_native(translator: Translator) -> None:
    names = {lang: translator(lang, "language-name") for lang in LANGUAGES}
    assert names == {"en": "English", "fr": "Français", "it": "Italiano", "lt": "Lietuvių"}


NUMERIC = {"days", "answered", "max", "min", "length", "section", "sections", "question"}
NUMERIC |= {"questions", "part", "parts", "count", "total", "size", "percent", "page", "pages"}
NUMERIC |= {"free", "need", "pending", "minutes", "dead", "failed", "sent", "rows"}  # operations


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats_without_errors(lang: str) -> None:
    """Formatting each message with typical values gives no Fluent error and no leftovers."""
    from fluent.runtime import FluentBundle, FluentResource

    bundle = FluentBundle([lang], use_isolating=False)
    for path in sorted((LOCALES_DIR / lang).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text("utf-8")))
    problems = []
    for key, variables in messages(lang).items():
        message = bundle.get_message(key)
        assert message.value is not None, key
        for sample in (1, 3, 2031):
            args = {v: sample if v in NUMERIC else f"<{v}>" for v in variables}
            text, errors = bundle.format_pattern(message.value, args)
            shown = str(text)
            if errors or "NUMBER(" in shown or "{" in shown:
                problems.append((key, sample, errors, shown[:80]))
    assert problems == []


def test_years_in_messages_are_not_grouped_like_thousands(translator: Translator) -> None:
    for lang in LANGUAGES:
        text = translator(lang, "error-year", {"min": 1950, "max": 2031})
        assert "1950" in text and "2031" in text, (lang, text)

"""Translator parses each .ftl file when one of its messages is first needed: what it says is
what it said when it parsed every file at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.i18n import LANGUAGES, LOCALES_DIR, Translator


def test_every_message_as_when_all_files_were_parsed() -> None:
    lazy, whole = Translator(), Translator()
    for lang in LANGUAGES:
        whole._languages[lang].add_all()
    for lang in LANGUAGES:
        for path in sorted((LOCALES_DIR / lang).glob("*.ftl")):
            for line in path.read_text("utf-8").splitlines():
                key, sep, _ = line.partition("=")
                key = key.strip()
                if sep and key and line[0].isalpha():
                    assert lazy.has(lang, key), (lang, key)
                    assert lazy(lang, key) == whole(lang, key), (lang, key)


def _english(folder: Path, a: str, b: str) -> Translator:
    """A translator of two English files, a.ftl and b.ftl (the other languages empty)."""
    for lang in LANGUAGES:
        (folder / lang).mkdir()
    (folder / "en" / "a.ftl").write_text(a, "utf-8")
    (folder / "en" / "b.ftl").write_text(b, "utf-8")
    return Translator(folder)


def test_a_message_of_another_file(tmp_path: Path) -> None:
    t = _english(tmp_path, "greeting = Hello, { name }!\n", "name = world\n")
    assert t("en", "greeting") == "Hello, world!"
    assert t("fr", "greeting") == "Hello, world!"  # English as the fallback
    assert t("en", "missing") == "missing"


def test_a_file_that_cannot_be_read_fails_when_needed(tmp_path: Path) -> None:
    t = _english(tmp_path, "fine = Fine\n", "broken = { oops\n")
    assert t("en", "fine") == "Fine"
    with pytest.raises(ValueError, match="cannot parse"):
        t("en", "broken")

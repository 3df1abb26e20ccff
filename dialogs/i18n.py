"""Fluent messages for the four languages, with English as the fallback for anything missing.

Each .ftl file is parsed when one of its messages is first needed: parsing all of them (some
hundred files' worth of the four languages) took a third of a second, and a command such as
`intake export` needs a few files of its staff language and the questionnaire's wording.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
from collections.abc import Mapping
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk, Resource

LANGUAGES = ("en", "fr", "it", "lt")
DEFAULT_LANGUAGE = "en"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

Args = Mapping[str, str | int | float]
MEMO_LIMIT = 20_000  # formatted messages remembered (cleared when full)
# A message's id where an entry starts: at the start of a line (continuation lines of a
# pattern are indented, comments start with #, terms with -).
_MESSAGE_ID = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)


def normalize_language(code: str | None) -> str | None:
    """Map a Telegram or console language code ("fr-BE", "IT") onto a supported one."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None


@functools.lru_cache(maxsize=512)
def _parsed(text: str) -> Resource:
    """One .ftl file's syntax tree, parsed once per text: a command line builds a translator
    for its help and another for its work, and parsing ~200 files takes a second."""
    return FluentResource(text)


class _Language:
    """One language's bundle and its .ftl files, each added to the bundle when first needed."""

    def __init__(self, lang: str, folder: Path) -> None:
        # Isolation marks (U+2068/2069) would leak into e-mails, CSV cells and typed-text
        # matching; all four languages are left-to-right, so they buy nothing here.
        self.bundle = FluentBundle([lang], use_isolating=False)
        self._files = [(path, path.read_text("utf-8")) for path in sorted(folder.glob("*.ftl"))]
        self._file_of: dict[str, int] = {}  # message id → its file (the first, as added)
        for number, (_, text) in enumerate(self._files):
            for found in _MESSAGE_ID.finditer(text):
                self._file_of.setdefault(found.group(1), number)
        self._pending = set(range(len(self._files)))
        # Formatting may happen in worker threads too (the guide's writers): a file is added
        # once, and a message is looked up only once its file is in.
        self._adding = threading.Lock()

    def has(self, key: str) -> bool:
        return key in self._file_of

    def bundle_with(self, key: str) -> FluentBundle:
        """The bundle, with the file that defines `key` in it."""
        number = self._file_of.get(key)
        if number is not None and number in self._pending:
            with self._adding:
                if number in self._pending:
                    self._add(number)
        return self.bundle

    def add_all(self) -> bool:
        """Add every file not added yet (a message may refer to another file's); whether
        there was any."""
        if not self._pending:
            return False
        with self._adding:
            for number in sorted(self._pending):
                self._add(number)
        return True

    def _add(self, number: int) -> None:
        """Parse file `number` into the bundle (the caller holds the lock)."""
        path, text = self._files[number]
        resource = _parsed(text)
        junk = [entry for entry in resource.body if isinstance(entry, Junk)]
        if junk:
            snippet = (junk[0].content or "")[:80]
            raise ValueError(f"{path}: cannot parse {snippet!r}")
        self.bundle.add_resource(resource)
        self._pending.discard(number)


class Translator:
    """Formats message ids in a given language; built once at start-up."""

    def __init__(
        self,
        locales_dir: Path = LOCALES_DIR,
        overrides: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """`overrides`: plain texts by language and id that win over the .ftl files."""
        self._overrides = {lang: dict((overrides or {}).get(lang, {})) for lang in LANGUAGES}
        self._memo: dict[tuple[str, str, tuple[tuple[str, str | int | float], ...]], str] = {}
        self._languages = {lang: _Language(lang, locales_dir / lang) for lang in LANGUAGES}

    def with_fallback(self, extra: Mapping[str, Mapping[str, str]]) -> Translator:
        """A translator that also knows these texts, for ids it has none of its own for."""
        clone = copy.copy(self)
        clone._memo = {}
        clone._overrides = {
            lang: {
                **{k: v for k, v in extra.get(lang, {}).items() if not self.has(lang, k)},
                **self._overrides[lang],
            }
            for lang in LANGUAGES
        }
        return clone

    def has(self, lang: str, key: str) -> bool:
        """Whether this language itself (not the fallback) defines the message."""
        return key in self._overrides[lang] or self._languages[lang].has(key)

    def __call__(self, lang: str, key: str, args: Args | None = None) -> str:
        """The message in `lang`, else in English, else its id (never raises)."""
        # Labels, titles, questions and progress lines are formatted on every update: remember
        # those whose arguments are only numbers (never the respondents' own words).
        if args and not all(isinstance(v, int) for v in args.values()):
            return self._format(lang, key, args)
        memo = (lang, key, tuple(sorted(args.items())) if args else ())
        cached = self._memo.get(memo)
        if cached is None:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            cached = self._memo[memo] = self._format(lang, key, args)
        return cached

    def _format(self, lang: str, key: str, args: Args | None) -> str:
        for candidate in (lang, DEFAULT_LANGUAGE):
            override = self._overrides.get(candidate, {}).get(key)
            if override is not None:
                return override
            language = self._languages.get(candidate)
            if language is not None and language.has(key):
                bundle = language.bundle_with(key)
                message = bundle.get_message(key)
                if message.value is None:
                    continue
                text, errors = bundle.format_pattern(message.value, dict(args or {}))
                if errors and language.add_all():  # it may refer to another file's message
                    text, errors = bundle.format_pattern(message.value, dict(args or {}))
                return str(text)
        return key

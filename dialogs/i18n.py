"""Fluent messages for the four languages, with English as the fallback for anything missing."""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk, Resource

LANGUAGES = ("en", "fr", "it", "lt")
DEFAULT_LANGUAGE = "en"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

Args = Mapping[str, str | int | float]
MEMO_LIMIT = 20_000  # formatted messages remembered (cleared when full)


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


class Translator:
    """Formats message ids in a given language; built once at start-up."""

    def __init__(
        self,
        locales_dir: Path = LOCALES_DIR,
        overrides: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """`overrides`: plain texts by language and id that win over the .ftl files."""
        self._overrides = {lang: dict((overrides or {}).get(lang, {})) for lang in LANGUAGES}
        self._bundles: dict[str, FluentBundle] = {}
        self._memo: dict[tuple[str, str, tuple[tuple[str, str | int | float], ...]], str] = {}
        for lang in LANGUAGES:
            # Isolation marks (U+2068/2069) would leak into e-mails, CSV cells and typed-text
            # matching; all four languages are left-to-right, so they buy nothing here.
            bundle = FluentBundle([lang], use_isolating=False)
            for path in sorted((locales_dir / lang).glob("*.ftl")):
                resource = _parsed(path.read_text("utf-8"))
                junk = [entry for entry in resource.body if isinstance(entry, Junk)]
                if junk:
                    snippet = (junk[0].content or "")[:80]
                    raise ValueError(f"{path}: cannot parse {snippet!r}")
                bundle.add_resource(resource)
            self._bundles[lang] = bundle

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
        return key in self._overrides[lang] or self._bundles[lang].has_message(key)

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
            bundle = self._bundles.get(candidate)
            if bundle is not None and bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is None:
                    continue
                text, _errors = bundle.format_pattern(message.value, dict(args or {}))
                return str(text)
        return key

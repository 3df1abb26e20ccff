"""Country names in the four languages, from the Unicode CLDR data that Babel ships."""

from __future__ import annotations

from functools import cache

from babel import Locale

from dialogs.text import fold

# Council of Europe members and the other European states, offered first as buttons.
EUROPEAN = (
    "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
    "GE", "DE", "GR", "HU", "IS", "IE", "IT", "XK", "LV", "LI", "LT", "LU", "MT", "MD", "MC",
    "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR",
    "UA", "GB",
)  # fmt: skip
# CLDR territories that are groupings or placeholders rather than countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def country_names(lang: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code → country name in `lang`."""
    territories = Locale.parse(lang).territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def country_name(code: str, lang: str) -> str:
    """The name of a country in `lang` (the code itself if CLDR does not know it)."""
    return country_names(lang).get(code, code)


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for lang in ("en", "fr", "it", "lt"):
        for code, name in country_names(lang).items():
            index.setdefault(fold(name), code)
    for code in country_names("en"):
        index.setdefault(fold(code), code)
    # Common short forms people type that CLDR spells out.
    for alias, code in (
        ("uk", "GB"),
        ("great britain", "GB"),
        ("england", "GB"),
        ("scotland", "GB"),
        ("wales", "GB"),
        ("holland", "NL"),
    ):
        index.setdefault(alias, code)
    return index


def find_country(text: str) -> str | None:
    """The country code for a typed name in any of the four languages, or an ISO code."""
    return _index().get(fold(text))

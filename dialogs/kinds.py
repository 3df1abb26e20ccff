"""Typed answers to the XLSForm kinds beyond text and whole numbers: decimals, dates, places.

Each reader takes what a person types in their language and usual order, and returns the
stored value or an Invalid with the message to show. Pure: no I/O (Babel's locale data only).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal

from dialogs.text import fold
from dialogs.validation import Invalid, clean_text

# Babel locales for the four languages: English as written in Europe (day first).
BABEL_LOCALES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "lt": "lt_LT"}
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d+)?|\.\d+)")
_COORDINATE = r"([+-]?\d{1,3}(?:[.,]\d+)?)\s*°?"
_GEOPOINT = re.compile(rf"{_COORDINATE}\s*[,;\s]\s*{_COORDINATE}(?:\s+[\d.,\s-]*)?")


def read_decimal(
    raw: str, lang: str, low: int | None = None, high: int | None = None
) -> float | Invalid:
    """A decimal number typed with a comma or a point ("12,5", "1 234.5", "1,234.5")."""
    text = clean_text(raw, multiline=False)
    compact = re.sub(r"[\s\u00a0\u202f']", "", text)
    if "," in compact and "." in compact:
        # Both: the last one separates the decimals, the other groups thousands.
        point = max(compact.rfind(","), compact.rfind("."))
        whole = re.sub(r"[.,]", "", compact[:point])
        compact = f"{whole}.{compact[point + 1 :]}"
    elif lang == "en" and re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+", compact):
        compact = compact.replace(",", "")  # 1,234 in English is a thousand and more
    elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3}){2,}", compact):
        compact = compact.replace(".", "")  # 1.234.567: grouped thousands
    compact = compact.replace(",", ".")
    args: dict[str, str | int | float] = {
        "min": low if low is not None else "-∞",
        "max": high if high is not None else "∞",
    }
    if not _DECIMAL.fullmatch(compact):
        return Invalid("kinds-error-decimal", args)
    value = float(compact)
    if (low is not None and value < low) or (high is not None and value > high):
        return Invalid("kinds-error-decimal-range", args)
    return value


def decimal_text(value: float, lang: str) -> str:
    """A decimal as the respondent writes it (12,5 in French, 12.5 in English)."""
    return str(
        format_decimal(value, locale=BABEL_LOCALES.get(lang, "en_GB"), group_separator=False)
    )


@cache
def _months(lang: str) -> dict[str, int]:
    """Month names and abbreviations, folded: the language's own first, then the other three
    (a French month typed in the English chat is still understood): name → number."""
    found: dict[str, int] = {}
    for locale in dict.fromkeys((BABEL_LOCALES.get(lang, "en_GB"), *BABEL_LOCALES.values())):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    found.setdefault(fold(str(name)).rstrip("."), number)
    return found


def _month(word: str, lang: str) -> int | None:
    months = _months(lang)
    if word in months:
        return months[word]
    if len(word) < 3:
        return None
    starting = {n for name, n in months.items() if name.startswith(word)}
    return starting.pop() if len(starting) == 1 else None


def read_date(raw: str, lang: str, today: date, *, future: bool = True) -> str | Invalid:
    """A date typed as people write it: 12/03/2024, 12.3.24, 12 mars 2024, 2024-03-12,
    2024 m. kovo 12 d. (day before month unless the year comes first). Stored as YYYY-MM-DD."""
    text = fold(clean_text(raw, multiline=False))
    numbers = re.findall(r"\d+", text)
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2 or _month(w, lang)]
    months = [m for m in (_month(w, lang) for w in words) if m is not None]
    try:
        if len(months) == 1 and len(numbers) == 2:
            first, second = numbers
            year, day = (first, second) if len(first) == 4 else (second, first)
            found = date(_year(year, today), months[0], int(day))
        elif not months and len(numbers) == 3:
            if len(numbers[0]) == 4:
                year, month, day = numbers
            else:
                day, month, year = numbers
            found = date(_year(year, today), int(month), int(day))
        else:
            return Invalid("kinds-error-date")
    except ValueError:
        return Invalid("kinds-error-date")
    if not future and found > today:
        return Invalid("kinds-error-date-future")
    return found.isoformat()


def _year(text: str, today: date) -> int:
    if len(text) == 2:
        # 24 → 2024, 85 → 1985: the century that puts it at most ten years ahead.
        year = 2000 + int(text)
        return year if year <= today.year + 10 else year - 100
    if len(text) != 4:
        raise ValueError(text)
    return int(text)


def date_words(value: str, lang: str) -> str:
    """A stored date in words in the respondent's language ("12 March 2024", "12 mars 2024")."""
    try:
        found = date.fromisoformat(value)
    except ValueError:
        return value
    return str(format_date(found, format="long", locale=BABEL_LOCALES.get(lang, "en_GB")))


def read_geopoint(raw: str) -> str | Invalid:
    """A place typed as latitude and longitude ("45.764, 4.8357"), stored "45.764 4.8357"."""
    text = clean_text(raw, multiline=False)
    found = _GEOPOINT.fullmatch(text)
    if found is None:
        return Invalid("kinds-error-geopoint")
    latitude, longitude = (float(part.replace(",", ".")) for part in found.groups())
    return geopoint(latitude, longitude)


def geopoint(latitude: float, longitude: float) -> str | Invalid:
    """A latitude and longitude as stored (as ODK writes them, without altitude or accuracy)."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return Invalid("kinds-error-geopoint")
    return (
        f"{latitude:.6f}".rstrip("0").rstrip(".")
        + " "
        + (f"{longitude:.6f}".rstrip("0").rstrip("."))
    )

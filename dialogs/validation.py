"""Turns what a respondent typed into a typed answer, or a localized error to show them."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import AnyHttpUrl, TypeAdapter, ValidationError

from dialogs.countries import find_country
from dialogs.model import Kind, Question

if TYPE_CHECKING:
    import tldextract

_URL = TypeAdapter(AnyHttpUrl)
_NUMBER_IN_PHRASE = re.compile(r"(?<![\w.,'])[+-]?\d[\d.,'\u00a0\u202f ]*(?![\w])")
PHRASE_WORDS = 4  # "environ 24", "about 24 people", "apie 24": a short phrase around one number
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029]")
_INTEGER = re.compile(r"[+-]?\d{1,12}")


@dataclass(frozen=True)
class Invalid:
    """A validation failure: the Fluent id of the message and its arguments."""

    key: str
    args: dict[str, str | int | float] = field(default_factory=dict)


def clean_text(raw: str, *, multiline: bool) -> str:
    """Strip control characters and outer space; single-line answers lose their line breaks."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    else:
        lines = [line.rstrip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip()


def validate_text(question: Question, raw: str, *, this_year: int) -> Any | Invalid:
    """Validate a typed answer for any question that is answered by text."""
    text = clean_text(raw, multiline=question.kind is Kind.LONGTEXT)
    if not text:
        return Invalid("error-empty")
    match question.kind:
        case Kind.TEXT | Kind.LONGTEXT:
            limit = question.text_limit()
            if len(text) > limit:
                return Invalid("error-too-long", {"max": limit, "length": len(text)})
            return text
        case Kind.INTEGER:
            return _integer(text, question.min, question.max, "error-integer")
        case Kind.YEAR:
            latest = this_year + (question.max_ahead or 0)
            return _integer(text, question.min or 1900, latest, "error-year")
        case Kind.EMAIL:
            return _email(text)
        case Kind.URL:
            return _url(text)
        case Kind.COUNTRY:
            code = find_country(text)
            return code if code is not None else Invalid("error-country")
        case _:
            raise ValueError(f"{question.kind} is not answered by free text")


def validate_phone(raw: str, region: str | None) -> str | Invalid:
    """A phone number in international format (+33 4 72 10 30 30); local ones use the country."""
    text = clean_text(raw, multiline=False)
    if not text:
        return Invalid("error-empty")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return Invalid("error-phone")
    if not phonenumbers.is_valid_number(number):
        return Invalid("error-phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_phone(value: str) -> str:
    """A stored phone number as people read it: international format with spaces."""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _integer(text: str, low: int | None, high: int | None, key: str) -> int | Invalid:
    text = _number_in_phrase(text)
    compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    # Thousands separators as people type them in the four languages: 1,200 / 1.200 / 1 200.
    if re.fullmatch(r"\d{1,3}([.,']\d{3})+", compact):
        compact = re.sub(r"[.,']", "", compact)
    if not _INTEGER.fullmatch(compact):
        return Invalid(key, _range_args(low, high))
    value = int(compact)
    if (low is not None and value < low) or (high is not None and value > high):
        return Invalid(key, _range_args(low, high))
    return value


def _number_in_phrase(text: str) -> str:
    """The one number of a short phrase ("environ 24", "circa 24", "apie 24"), else the text."""
    found = _NUMBER_IN_PHRASE.findall(text)
    if len(found) != 1 or len(text.split()) > PHRASE_WORDS:
        return text
    return str(found[0]).strip()


def _range_args(low: int | None, high: int | None) -> dict[str, str | int | float]:
    return {"min": low if low is not None else 0, "max": high if high is not None else 10**12}


def _email(text: str) -> str | Invalid:
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return Invalid("error-email")
    return str(result.normalized)


def _url(text: str) -> str | Invalid:
    candidate = text if "://" in text else f"https://{text}"
    try:
        url = _URL.validate_python(candidate)
    except ValidationError:
        return Invalid("error-url")
    host = (url.host or "").rstrip(".")
    if " " in text or len(candidate) > 2000 or not _public_host(host):
        return Invalid("error-url")
    return str(url)


def _public_host(host: str) -> bool:
    """A name under a public suffix (.eu, .co.uk...): no bare number, IP address or localhost."""
    if "." not in host:
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        return False
    return bool(_suffixes()(host).suffix)


@cache
def _suffixes() -> tldextract.TLDExtract:
    # The public suffix list bundled with tldextract: never fetched, never cached on disk.
    # Imported on the first web address checked: with the requests library it pulls in, it
    # was half of the start-up of every command (an export's among them: 0.4 s).
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False
    )

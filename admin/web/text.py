"""Answers as safe HTML: escaped by markupsafe, with links, e-mail addresses and phone numbers
made clickable. Nothing a respondent typed is ever trusted as markup."""

from __future__ import annotations

import re
from typing import Final

from markupsafe import Markup, escape

# A URL, an e-mail address or a phone number (international or with at least 8 digits).
_FINDER: Final = re.compile(
    r"(?P<url>\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])"
    r"|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"
    r"|(?P<phone>(?<![\w/])\+?\d[\d ().-]{6,}\d(?!\w))"
)


def _phone_target(text: str) -> str | None:
    digits = re.sub(r"[^\d+]", "", text)
    return digits if len(digits.lstrip("+")) >= 8 else None


def linkify(text: str) -> Markup:
    """`text` escaped, line breaks kept, with http(s) links, e-mails and phones as links."""
    out: list[str] = []
    last = 0
    for match in _FINDER.finditer(text):
        out.append(escape(text[last : match.start()]))
        found = match.group(0)
        if match.group("url"):
            href = found
        elif match.group("email"):
            href = "mailto:" + found
        else:
            target = _phone_target(found)
            href = "tel:" + target if target else ""
        if href:
            out.append(Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(href, found))
        else:
            out.append(escape(found))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def mailto(address: str) -> Markup:
    return Markup('<a href="mailto:{}">{}</a>').format(address, address)


def tel(number: str) -> Markup:
    target = _phone_target(number)
    if target is None:
        return escape(number)
    return Markup('<a href="tel:{}">{}</a>').format(target, number)


def url_link(url: str) -> Markup:
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return escape(url)  # never a javascript: or data: link
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(url, url)

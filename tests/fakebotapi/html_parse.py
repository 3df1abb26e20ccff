"""Telegram's HTML parse mode and text clean-up, as the Bot API server applies them.

Modelled on tdlib's ``parse_html`` and ``fix_formatted_text`` (td/telegram/MessageEntity.cpp),
with one deliberate difference: tdlib keeps a ``&`` that does not start a known entity as a
literal, while this parser rejects it, so that a bot which forgets to escape user input fails in
tests before it fails on the first user who types ``<`` or ``&``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HTMLParseError", "ParsedText", "clean_text", "parse_html", "utf16_len"]

_ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SIMPLE_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));")
_SPACES = " \t\n\r\f\v"


class HTMLParseError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's wording after the colon."""


@dataclass(frozen=True)
class ParsedText:
    """Plain text and its Bot API ``MessageEntity`` dicts (offsets in UTF-16 code units)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    expandable: bool


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram counts offsets and limits in."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _decode_entity(source: str, index: int) -> tuple[str, int]:
    """Decode the character reference at ``source[index] == '&'``; return (char, next index)."""
    match = _ENTITY_RE.match(source, index)
    if match is None:
        raise HTMLParseError(
            f'Unescaped "&" at byte offset {_byte_offset(source, index)}; write it as &amp;'
        )
    hex_digits, dec_digits, name = match.groups()
    if name is not None:
        if name not in _NAMED_ENTITIES:
            raise HTMLParseError(
                f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(source, index)}'
            )
        return _NAMED_ENTITIES[name], match.end()
    code = int(hex_digits, 16) if hex_digits is not None else int(dec_digits)
    if code == 0 or code >= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise HTMLParseError(
            f"Invalid character reference {match.group(0)} at byte offset "
            f"{_byte_offset(source, index)}"
        )
    return chr(code), match.end()


def _skip_spaces(source: str, index: int) -> int:
    while index < len(source) and source[index] in _SPACES:
        index += 1
    return index


def _parse_start_tag(source: str, index: int) -> tuple[_Open, int]:
    """Parse the start tag at ``source[index] == '<'``; return it and the index after ``>``."""
    begin = index
    at = f"at byte offset {_byte_offset(source, begin)}"
    index += 1
    while index < len(source) and source[index] not in _SPACES and source[index] != ">":
        index += 1
    if index >= len(source):
        raise HTMLParseError(f"Unclosed start tag {at}")
    tag = source[begin + 1 : index].lower()
    if tag not in _ALLOWED_TAGS:
        raise HTMLParseError(f'Unsupported start tag "{tag}" {at}')
    argument = ""
    expandable = False
    while True:
        index = _skip_spaces(source, index)
        if index >= len(source):
            raise HTMLParseError(f'Unclosed start tag "{tag}" {at}')
        if source[index] == ">":
            index += 1
            break
        name_begin = index
        while index < len(source) and source[index] not in _SPACES and source[index] not in "=>":
            index += 1
        attribute = source[name_begin:index]
        index = _skip_spaces(source, index)
        if index >= len(source):
            raise HTMLParseError(f'Unclosed start tag "{tag}" {at}')
        if source[index] != "=":
            if tag == "blockquote" and attribute == "expandable":
                expandable = True
                continue
            raise HTMLParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" {at}'
            )
        index = _skip_spaces(source, index + 1)
        if index >= len(source):
            raise HTMLParseError(f'Unclosed start tag "{tag}" {at}')
        value_chars: list[str] = []
        quote = source[index]
        if quote in "'\"":
            index += 1
            while index < len(source) and source[index] != quote:
                if source[index] == "&":
                    char, index = _decode_entity(source, index)
                    value_chars.append(char)
                else:
                    value_chars.append(source[index])
                    index += 1
            if index >= len(source):
                raise HTMLParseError(f'Unclosed start tag "{tag}" {at}')
            index += 1
            value = "".join(value_chars)
        else:
            token_begin = index
            while index < len(source) and (source[index].isalnum() or source[index] in ".-"):
                index += 1
            value = source[token_begin:index].lower()
            if index >= len(source) or (source[index] not in _SPACES and source[index] != ">"):
                raise HTMLParseError(
                    f"Unexpected end of name token at byte offset "
                    f"{_byte_offset(source, token_begin)}"
                )
        if tag == "a" and attribute == "href":
            argument = value
        elif tag == "code" and attribute == "class" and value.startswith("language-"):
            argument = value.removeprefix("language-")
        elif tag == "span" and attribute == "class" and value.startswith("tg-"):
            argument = value.removeprefix("tg-")
        elif tag == "tg-emoji" and attribute == "emoji-id":
            argument = value
        # Telegram ignores any other attribute.
    if tag == "span" and argument != "spoiler":
        raise HTMLParseError(f'Tag "span" must have class "tg-spoiler" {at}')
    if tag == "tg-emoji" and not (argument.isdigit() and int(argument) > 0):
        raise HTMLParseError("Invalid custom emoji identifier specified")
    return _Open(tag, argument, 0, expandable), index


def _close_entity(opened: _Open, length: int, entities: list[dict[str, Any]]) -> None:
    """Append the entity an end tag completes (Telegram drops empty ones)."""
    if length <= 0:
        return
    base: dict[str, Any] = {"offset": opened.offset, "length": length}
    tag = opened.tag
    if tag in _SIMPLE_ENTITY:
        entities.append({"type": _SIMPLE_ENTITY[tag], **base})
    elif tag == "tg-emoji":
        entities.append({"type": "custom_emoji", **base, "custom_emoji_id": opened.argument})
    elif tag == "a":
        if opened.argument:
            entities.append({"type": "text_link", **base, "url": opened.argument})
    elif tag == "blockquote":
        kind = "expandable_blockquote" if opened.expandable else "blockquote"
        entities.append({"type": kind, **base})
    elif tag == "code":
        last = entities[-1] if entities else None
        if (
            opened.argument
            and last is not None
            and last["type"] == "pre"
            and (last["offset"], last["length"]) == (base["offset"], length)
        ):
            last["language"] = opened.argument
        else:
            # The language is kept until the enclosing <pre> closes; see parse_html's end.
            entities.append({"type": "code", **base, "language": opened.argument})
    elif tag == "pre":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "code"
            and last.get("language")
            and (last["offset"], last["length"]) == (base["offset"], length)
        ):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", **base})


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML into plain text and entities, or raise :class:`HTMLParseError`."""
    out: list[str] = []
    offset = 0
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "&":
            decoded, index = _decode_entity(source, index)
            out.append(decoded)
            offset += utf16_len(decoded)
            continue
        if char != "<":
            out.append(char)
            offset += utf16_len(char)
            index += 1
            continue
        if index + 1 < len(source) and source[index + 1] == "/":
            begin = index
            at = f"at byte offset {_byte_offset(source, begin)}"
            if not stack:
                raise HTMLParseError(f"Unexpected end tag {at}")
            index += 2
            while index < len(source) and source[index] not in _SPACES and source[index] != ">":
                index += 1
            end_tag = source[begin + 2 : index].lower()
            index = _skip_spaces(source, index)
            if index >= len(source) or source[index] != ">":
                raise HTMLParseError(f"Unclosed end tag {at}")
            index += 1
            opened = stack.pop()
            if end_tag and end_tag != opened.tag:
                raise HTMLParseError(
                    f'Unmatched end tag {at}, expected "</{opened.tag}>", found "</{end_tag}>"'
                )
            _close_entity(opened, offset - opened.offset, entities)
            continue
        opened, index = _parse_start_tag(source, index)
        opened.offset = offset
        stack.append(opened)
    if stack:
        raise HTMLParseError(f"Can't find end tag corresponding to start tag {stack[-1].tag}")
    for entity in entities:
        if entity["type"] == "code":
            del entity["language"]
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return ParsedText("".join(out), entities)


def clean_text(parsed: ParsedText) -> ParsedText:
    """Apply Telegram's clean-up: drop ``\\r``, other control characters become spaces, trim.

    Trailing spaces and newlines are cut; leading ones only up to the first entity, as tdlib does.
    Entities are shifted and clipped to match.
    """
    chars: list[str] = []
    entities = [dict(entity) for entity in parsed.entities]
    position = 0
    for char in parsed.text:
        if char == "\r":
            for entity in entities:
                if entity["offset"] > position:
                    entity["offset"] -= 1
                elif entity["offset"] + entity["length"] > position:
                    entity["length"] -= 1
            continue
        chars.append(" " if ord(char) < 32 and char != "\n" else char)
        position += utf16_len(char)
    text = "".join(chars).rstrip(" \n")
    limit = utf16_len(text)
    first_entity = min((entity["offset"] for entity in entities), default=limit)
    lead = 0
    while lead < len(text) and lead < first_entity and text[lead] in " \n":
        lead += 1
    text = text[lead:]
    kept: list[dict[str, Any]] = []
    for entity in entities:
        end = min(entity["offset"] + entity["length"], limit)
        entity["offset"] -= lead
        entity["length"] = end - lead - entity["offset"]
        if entity["length"] > 0:
            kept.append(entity)
    return ParsedText(text, kept)

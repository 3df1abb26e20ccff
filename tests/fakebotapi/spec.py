"""The Bot API as data (the bundled ``data/api.min.json``) and parameter decoding by it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .models import ApiError, JSONDict

__all__ = [
    "BUNDLED_SPEC",
    "SPEC_ENV",
    "FieldSpec",
    "MethodSpec",
    "decode_params",
    "load_spec",
    "spec_path",
]

SPEC_ENV = "TELEGRAM_API_SPEC"
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off", ""})


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method: its Bot API type names and whether Telegram requires it."""

    name: str
    types: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class MethodSpec:
    """A Bot API method with its parameters by name."""

    name: str
    fields: dict[str, FieldSpec]


BUNDLED_SPEC = Path(__file__).resolve().parent / "data" / "api.min.json"


def spec_path() -> Path:
    """Locate api.min.json: ``$TELEGRAM_API_SPEC``, else the copy bundled in ``data/``."""
    override = os.environ.get(SPEC_ENV)
    path = Path(override) if override else BUNDLED_SPEC
    if not path.is_file():
        raise FileNotFoundError(
            f"Telegram Bot API spec not found at {path}; set {SPEC_ENV} to an api.min.json "
            f"or unset it to use the bundled copy ({BUNDLED_SPEC})"
        )
    return path


@cache
def load_spec(path: Path) -> dict[str, MethodSpec]:
    """Read the methods of the spec, keyed by lower-case name (Telegram ignores case)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    methods: dict[str, MethodSpec] = {}
    for name, method in raw["methods"].items():
        fields = {
            field["name"]: FieldSpec(field["name"], tuple(field["types"]), bool(field["required"]))
            for field in method.get("fields", [])
        }
        methods[name.lower()] = MethodSpec(name, fields)
    if "sendmessage" not in methods:
        raise ValueError(f"{path} does not look like the Bot API spec (no sendMessage)")
    return methods


def _decode_value(field: FieldSpec, value: Any) -> Any:
    """Turn a form value (always a string) into the type the spec declares for ``field``."""
    types = field.types
    if not isinstance(value, str):
        # A JSON body may carry numbers where Telegram expects a string; Telegram takes them.
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        return str(value) if types == ("String",) and is_number else value
    if "InputFile" in types:
        return value
    if types == ("Integer",) or types == ("Integer", "String"):
        try:
            return int(value)
        except ValueError:
            if "String" in types:
                return value
            raise ApiError(400, f"Bad Request: {field.name} must be an Integer") from None
    if types == ("Float",):
        try:
            return float(value)
        except ValueError:
            raise ApiError(400, f"Bad Request: {field.name} must be a Float") from None
    if types == ("Boolean",):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ApiError(400, f"Bad Request: {field.name} must be a Boolean")
    if types == ("String",):
        return value
    # Arrays and objects arrive JSON-serialized inside a form field.
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        raise ApiError(400, f"Bad Request: can't parse {field.name} JSON object") from None


def decode_params(method: MethodSpec, raw: JSONDict) -> JSONDict:
    """Decode every known parameter by its spec type; unknown ones stay as sent."""
    decoded: JSONDict = {}
    for name, value in raw.items():
        field = method.fields.get(name)
        decoded[name] = value if field is None else _decode_value(field, value)
    return decoded

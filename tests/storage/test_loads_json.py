"""JSON read back from the database: what json.loads returns, whichever decoder reads it."""

from __future__ import annotations

import json

import pytest

from storage.db import loads_json

DOCUMENTS = [
    '{"a": 1, "b": [true, null, 2.5], "c": "é 🚌"}',
    '{"n": 18446744073709551615}',  # 64 bits: orjson's own
    '{"n": 18446744073709551616}',  # beyond: orjson would give a float
    '{"n": -9223372036854775809}',
    '{"n": 123456789012345678901234567890}',
    '{"s": "1234567890123456789"}',  # 19 digits in text: only the slower decoder
    '{"s": "phone 123456789012345678"}',
    "[NaN, Infinity, -Infinity]",
    '{"s": "\\ud800"}',  # a lone surrogate, escaped
    '"\ud800"',  # and raw, as json.dumps(ensure_ascii=False) writes it
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_loads_json_reads_as_the_standard_library(text: str) -> None:
    expected = json.loads(text)
    for given in (text, text.encode("utf-8", "surrogatepass")):
        found = loads_json(given)
        assert repr(found) == repr(expected)
        assert type(found) is type(expected)


@pytest.mark.parametrize("value", [5, 2.5, None])
def test_what_is_not_text_is_a_type_error(value: object) -> None:
    # SQLAlchemy's JSON type on SQLite keeps a number a JSON expression gave as it is, on a
    # TypeError from the decoder.
    with pytest.raises(TypeError):
        loads_json(value)  # type: ignore[arg-type]

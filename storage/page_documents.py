"""SQLite pages of submissions read as one JSON document each, in one call to the driver.

Python's sqlite3 hands the interpreter's lock back at each step of a statement (one per row)
and must take it back after; SQLAlchemy's way of executing is four calls to the driver's
thread (cursor, execute, fetch, close), each waiting for a turn of the event loop. Beside an
exporter busy with the previous page, that thread hardly ever got the lock: an exporter that
lets the loop turn often gives the lock up and takes it back at once, before the waiting
thread wakes (measured: the next page's statement began only when the exporter waited for it,
3 s of waiting in an export of 8). Here a page is one row, a JSON array of the page's rows,
asked for in one call: the database computes it on the other core while the exporter works.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

_NULL: Final = "null"
_GROUPS: Final = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))  # a UUID's 8-4-4-4-12


def page_document(
    page: Select[Any], *, raw: frozenset[str], ids: frozenset[str] = frozenset()
) -> Select[Any]:
    """One row: the UTF-8 bytes of a JSON array of `page`'s rows, each an array of its columns
    in order. The columns named in `raw` hold JSON text already and are put in as they are;
    those in `ids`, UUIDs stored as 32 hex digits, are written 8-4-4-4-12 (storage.db's
    loads_json takes 19 digits in a row for a number too large for orjson, and reads the
    whole page the slow way); the others are quoted (text, numbers, NULL). The array's order
    is not the page's (an aggregate's order is SQLite's to choose): the reader sorts it."""
    rows = page.subquery("page")
    parts: list[ColumnElement[Any]] = []
    for column in rows.c:
        if column.key in raw:
            parts.append(func.coalesce(cast(column, String()), literal(_NULL)))
        elif column.key in ids:
            parts.append(func.json_quote(_dashed(column)))
        else:
            parts.append(func.json_quote(column))
    row: ColumnElement[str] = literal("[") + parts[0]
    for part in parts[1:]:
        row = row + literal(",") + part
    row = row + literal("]")
    whole = literal("[") + func.coalesce(func.group_concat(row, ","), literal("")) + "]"
    # As a BLOB: the driver hands over the bytes as they are (storage.db.loads_json reads them).
    return select(cast(whole, LargeBinary()))


def _dashed(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """32 hex digits as 8-4-4-4-12 (anything else as it is); the order stays the same."""
    text = cast(column, String())
    pieces = [func.substr(text, start, length) for start, length in _GROUPS]
    dashed: ColumnElement[Any] = pieces[0]
    for piece in pieces[1:]:
        dashed = dashed + literal("-") + piece
    return case((func.length(text) == 32, dashed), else_=text)


@dataclass(frozen=True)
class Prepared:
    """A statement compiled once for SQLite, with what turns its parameters into the
    driver's (the types' own conversions, in the order of the question marks)."""

    sql: str
    names: tuple[str, ...]
    defaults: Mapping[str, Any]
    converters: tuple[Any, ...]

    def arguments(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        merged = {**self.defaults, **values}
        return tuple(
            merged[name] if convert is None else convert(merged[name])
            for name, convert in zip(self.names, self.converters, strict=True)
        )


def prepare(statement: Select[Any], dialect: Dialect, unbound: tuple[str, ...] = ()) -> Prepared:
    """`statement` compiled for `dialect` (SQLite: positional parameters), once. `unbound`:
    the parameters given only when executing (by name, to `Prepared.arguments`); lists of
    values (IN) are the filter's own, written out now."""
    compiled = statement.compile(dialect=dialect)
    state = compiled.construct_expanded_state(dict.fromkeys(unbound))
    names = tuple(state.positiontup or ())
    # A list's values have their conversions in the expanded state; the others, their type's.
    binds = compiled.binds
    converters = tuple(
        binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if name in binds
        else state.processors.get(name)
        for name in names
    )
    return Prepared(state.statement, names, state.parameters, converters)


async def read_document(
    conn: AsyncConnection, prepared: Prepared, values: Mapping[str, Any]
) -> bytes:
    """The document `prepared` selects, in one call to the driver's thread (aiosqlite). The
    driver's errors are raised as SQLAlchemy raises them (sqlalchemy.exc.OperationalError…),
    parameters hidden, as every other statement's."""
    raw = await conn.get_raw_connection()
    driver: Any = raw.driver_connection
    arguments = prepared.arguments(values)
    try:
        rows = await driver.execute_fetchall(prepared.sql, arguments)
    except sqlite3.Error as error:
        raise DBAPIError.instance(
            prepared.sql, arguments, error, sqlite3.Error, hide_parameters=True
        ) from error
    found = rows[0][0] if rows else None
    return bytes(found) if found is not None else b"[]"

"""The benchmark figures as a Markdown table (README) and as JSON records (run-to-run comparison).

A row is the table's dict; its keys starting with ``_`` are for the JSON record only:
``_bench`` (B1a, B2...), ``_store`` (SQLite, PostgreSQL), ``_measure`` (what was measured) and,
where the table has no "bare aiogram" / "intake / bare" column, ``_bare`` and ``_ratio``
(``_unit`` where the table's unit covers two figures);
``_table: False`` keeps a row out of the table (a figure the table shows in another column);
``_load`` is the machine's 1-minute load average around the run; B5 adds ``_size`` and
``_operation`` (the cost curve's coordinates).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BARE = "bare aiogram"
RATIO = "intake / bare"


def _cell(value: object, column: str) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if "/" in column or " vs " in column else f"{value:,.1f}"
    return str(value if value is not None else "")


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as Markdown tables, one per benchmark (B1…B5), each with the columns its rows
    use, in order of first appearance."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row.get("_table", True):
            name = str(row.get("_bench") or row.get("bench", ""))[:2]
            groups.setdefault(name, []).append(row)
    return "\n\n".join(_one_table(found) for found in groups.values())


def _one_table(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns and not c.startswith("_")]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(c), c) for c in columns) + " |")
    return "\n".join(lines)


def record(row: dict[str, Any]) -> dict[str, Any]:
    """One JSON object: bench, store, measure, unit, bare, intake, ratio (null where none),
    the machine's load (1-minute average) when measured, B5's size and operation, and every
    other figure of the row's table line under `details`."""
    mapped = {"bench", "unit", "intake", BARE, RATIO, "load"}
    return {
        "bench": row.get("_bench") or row.get("bench"),
        "store": row.get("_store"),
        "measure": row.get("_measure") or row.get("bench"),
        "unit": row.get("_unit", row["unit"]),
        "bare": row.get("_bare", row.get(BARE)),
        "intake": row.get("intake"),
        "ratio": row.get("_ratio", row.get(RATIO)),
        "load": row.get("load", row.get("_load")),
        "size": row.get("_size"),
        "operation": row.get("_operation"),
        "details": {k: v for k, v in row.items() if not k.startswith("_") and k not in mapped},
    }


def write_json(rows: list[dict[str, Any]], path: Path) -> None:
    """The run's records as a JSON array at `path` (when and where: latest.md beside it)."""
    records = [record(row) for row in rows]
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", "utf-8")


def merge_json(rows: list[dict[str, Any]], path: Path) -> None:
    """Replace, in the records at `path`, those of the benches these rows measure."""
    records = [record(row) for row in rows]
    benches = {r["bench"] for r in records}
    kept = json.loads(path.read_text("utf-8")) if path.exists() else []
    merged = [r for r in kept if r.get("bench") not in benches] + records
    path.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", "utf-8")

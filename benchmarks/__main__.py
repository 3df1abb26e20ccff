"""`python -m benchmarks` (or `make bench`): runs the benchmarks and writes a Markdown report."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import b1_dispatch

RESULTS = Path(__file__).resolve().parent / "results"


def _cell(value: object, column: str) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if "/" in column else f"{value:,.1f}"
    return str(value if value is not None else "")


def table(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [
            f"{row[c]:,.1f}" if isinstance(row.get(c), float) else str(row.get(c, ""))
            for c in columns
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each open-loop run")
    parser.add_argument("--rates", default="50,200,500")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    rows = asyncio.run(b1_dispatch.run(None, args.respondents, rates, args.seconds))
    postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    if postgres:
        rows += asyncio.run(b1_dispatch.run(postgres, args.respondents, rates, args.seconds))
    report = "\n".join([
        f"# Benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}",
        "",
        table(rows),
        "",
    ])  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(report, "utf-8")
    print(report)


if __name__ == "__main__":
    main()

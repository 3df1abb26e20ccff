"""`python -m benchmarks` (or `make bench`): runs B1-B5 and writes a Markdown report.

Every comparison is measured side by side in the same run, because machines are shared and
noisy. PostgreSQL is measured too when BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) is set.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import b1_dispatch, b2_webhook, b3_export, b4_memory, b5_workspace

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
        lines.append("| " + " | ".join(_cell(row.get(c), c) for c in columns) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="b1,b2,b3,b4,b5", help="which benchmarks, e.g. b1,b3")
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each open loop")
    parser.add_argument("--rates", default="50,200,500")
    parser.add_argument("--submissions", type=int, default=b3_export.SUBMISSIONS)
    parser.add_argument("--drafts", type=int, default=b4_memory.DRAFTS)
    parser.add_argument("--workspace-submissions", type=int, default=b5_workspace.SUBMISSIONS)
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    rates = [int(r) for r in args.rates.split(",")]
    rows: list[dict[str, Any]] = []
    if "b1" in chosen:
        rows += asyncio.run(b1_dispatch.run(None, args.respondents, rates, args.seconds))
        postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
        if postgres:
            rows += asyncio.run(b1_dispatch.run(postgres, args.respondents, rates, args.seconds))
    if "b2" in chosen:
        rows += b2_webhook.run(args.respondents)
    if "b3" in chosen:
        rows += b3_export.run(args.submissions)
    if "b4" in chosen:
        rows += b4_memory.run(args.drafts)
    if "b5" in chosen:
        postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
        rows += b5_workspace.run(postgres, args.workspace_submissions)
    report = "\n".join(
        [
            f"# Benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, {platform.platform()}",
            "",
            table(rows),
            "",
        ]
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(report, "utf-8")
    print(report)


if __name__ == "__main__":
    main()

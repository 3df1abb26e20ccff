"""`python -m benchmarks` (or `make bench`): runs B1-B6 and writes a Markdown and a JSON report.

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

from benchmarks import (
    b1_dispatch,
    b2_webhook,
    b3_export,
    b4_memory,
    b5_workspace,
    b6_guide,
    plot,
)
from benchmarks.report import merge_json, record, table, write_json

RESULTS = Path(__file__).resolve().parent / "results"
ALL = "b1,b2,b3,b4,b5,b6"


def _loaded(rows: list[dict[str, Any]], load_before: float) -> list[dict[str, Any]]:
    """The rows, each with the machine's load (the higher 1-minute average of before and
    after the benchmark) unless a run recorded its own."""
    load = max(load_before, os.getloadavg()[0])
    return [row if "load" in row else {**row, "load": load} for row in rows]


def _cpu_ratio(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PostgreSQL's CPU per update against SQLite's (both from B1c, this run)."""
    cpu = {r["_store"]: r["intake"] for r in rows if r.get("_bench") == "B1c"}
    if "SQLite" not in cpu or "PostgreSQL" not in cpu:
        return []
    return [
        {
            "_bench": "B1c",
            "_store": "PostgreSQL",
            "_measure": "CPU per update, PostgreSQL path against the SQLite path (bare: SQLite)",
            "_bare": cpu["SQLite"],
            "_ratio": cpu["PostgreSQL"] / cpu["SQLite"],
            "bench": "B1c CPU per update, PostgreSQL / SQLite",
            "unit": "CPU ms/update",
            "intake": cpu["PostgreSQL"],
            "PostgreSQL / SQLite": cpu["PostgreSQL"] / cpu["SQLite"],
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=ALL, help="which benchmarks, e.g. b1,b3")
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each open loop")
    parser.add_argument("--rates", default="50,100,200,500")
    parser.add_argument("--submissions", type=int, default=b3_export.SUBMISSIONS)
    parser.add_argument("--drafts", type=int, default=b4_memory.DRAFTS)
    parser.add_argument(
        "--workspace-sizes",
        default=",".join(str(n) for n in b5_workspace.SIZES),
        help="B5's numbers of submissions, e.g. 1000,10000",
    )
    parser.add_argument("--experiences", type=int, default=b6_guide.EXPERIENCES)
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    rates = [int(r) for r in args.rates.split(",")]
    sizes = [int(n) for n in args.workspace_sizes.split(",")]
    rows: list[dict[str, Any]] = []
    postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    if "b1" in chosen:
        load = os.getloadavg()[0]
        found = asyncio.run(b1_dispatch.run(None, args.respondents, rates, args.seconds))
        if postgres:
            found += asyncio.run(b1_dispatch.run(postgres, args.respondents, rates, args.seconds))
        rows += _loaded(found + _cpu_ratio(found), load)
    if "b2" in chosen:
        load = os.getloadavg()[0]
        rows += _loaded(b2_webhook.run(args.respondents, postgres), load)
    if "b3" in chosen:
        load = os.getloadavg()[0]
        rows += _loaded(b3_export.run(args.submissions), load)
    if "b4" in chosen:
        load = os.getloadavg()[0]
        rows += _loaded(b4_memory.run(args.drafts), load)
    if "b5" in chosen:
        load = os.getloadavg()[0]
        rows += _loaded(b5_workspace.run(postgres, sizes), load)
    if "b6" in chosen:
        load = os.getloadavg()[0]
        rows += _loaded(b6_guide.run(args.experiences), load)
    report = "\n".join(
        [
            f"# Benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, {platform.platform()}",
            "",
            "`load`: the machine's 1-minute load average around the run (2 cores here); "
            "B1d: the cores busy during each run, and those busy with anything but this one.",
            "",
            table(rows),
            "",
        ]
    )
    RESULTS.mkdir(exist_ok=True)
    if chosen >= set(ALL.split(",")):
        (RESULTS / "latest.md").write_text(report, "utf-8")
        write_json(rows, RESULTS / "latest.json")
    else:
        # A subset: its own Markdown, and its records replace theirs in latest.json.
        (RESULTS / f"{'-'.join(sorted(chosen))}.md").write_text(report, "utf-8")
        merge_json(rows, RESULTS / "latest.json")
    if "b5" in chosen:
        plot.draw([record(row) for row in rows], RESULTS / "cost-curve.svg")
    print(report)


if __name__ == "__main__":
    main()

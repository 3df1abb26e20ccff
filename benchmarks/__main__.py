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

from benchmarks import b1_dispatch, b2_webhook, b3_export, b4_memory, b5_workspace, b6_guide
from benchmarks.report import merge_json, table, write_json

RESULTS = Path(__file__).resolve().parent / "results"
ALL = "b1,b2,b3,b4,b5,b6"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=ALL, help="which benchmarks, e.g. b1,b3")
    parser.add_argument("--respondents", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each open loop")
    parser.add_argument("--rates", default="50,100,200,500")
    parser.add_argument("--submissions", type=int, default=b3_export.SUBMISSIONS)
    parser.add_argument("--drafts", type=int, default=b4_memory.DRAFTS)
    parser.add_argument("--workspace-submissions", type=int, default=b5_workspace.SUBMISSIONS)
    parser.add_argument("--experiences", type=int, default=b6_guide.EXPERIENCES)
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    rates = [int(r) for r in args.rates.split(",")]
    rows: list[dict[str, Any]] = []
    postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    if "b1" in chosen:
        rows += asyncio.run(b1_dispatch.run(None, args.respondents, rates, args.seconds))
        if postgres:
            rows += asyncio.run(b1_dispatch.run(postgres, args.respondents, rates, args.seconds))
    if "b2" in chosen:
        rows += b2_webhook.run(args.respondents, postgres)
    if "b3" in chosen:
        rows += b3_export.run(args.submissions)
    if "b4" in chosen:
        rows += b4_memory.run(args.drafts)
    if "b5" in chosen:
        postgres = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
        rows += b5_workspace.run(postgres, args.workspace_submissions)
    if "b6" in chosen:
        rows += b6_guide.run(args.experiences)
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
    if chosen >= set(ALL.split(",")):
        (RESULTS / "latest.md").write_text(report, "utf-8")
        write_json(rows, RESULTS / "latest.json")
    else:
        # A subset: its own Markdown, and its records replace theirs in latest.json.
        (RESULTS / f"{'-'.join(sorted(chosen))}.md").write_text(report, "utf-8")
        merge_json(rows, RESULTS / "latest.json")
    print(report)


if __name__ == "__main__":
    main()

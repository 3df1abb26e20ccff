"""Child process for the crash test: answers question after question, printing each commit.

Run as `python -m tests.storage.crash_writer URL OPTIONS_JSON USER_ID` until killed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime

from storage.db import create_engine
from storage.respondents import SqlRespondentStore

LIMIT = 100_000  # never reached: the parent kills this process long before


async def main(url: str, options: dict[str, object], user_id: int) -> None:
    """Save one answer per unit and report it only once it is committed."""
    store = SqlRespondentStore(create_engine(url, **options))
    for number in range(LIMIT):
        question = f"q{number:05}"
        async with store.unit(user_id) as unit:
            draft = await unit.draft()
            assert draft is not None
            state = {**draft.state, "answers": {**draft.state["answers"], question: number}}
            now = datetime.now(UTC)
            await unit.save_draft(draft.submission_id, state, {question: number}, [], {}, now)
        print(question, flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])))

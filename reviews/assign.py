"""Who reviews what: conflicts (own country, own organisation, declared) and balanced load.

Pure: storage hands in the experiences and the reviewers of a round, this returns the new
assignments; nothing is written here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


def same_organisation(a: str | None, b: str | None) -> bool:
    """Whether two organisation names are the same one, ignoring case, accents and spacing."""
    return bool(a) and bool(b) and _plain(a or "") == _plain(b or "")


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in letters).split())


@dataclass(frozen=True)
class Reviewer:
    """A partner who reviews: where they come from, what they read, how many they hold."""

    user_id: int
    country: str | None
    organisation: str | None
    reads: frozenset[str]
    load: int = 0


@dataclass(frozen=True)
class Experience:
    """A submitted experience: its country, organisation, language and reviewers so far."""

    key: str
    country: str | None
    organisation: str | None
    language: str | None
    reviewers: frozenset[int] = frozenset()  # assigned now (conflicts excluded)
    declined: frozenset[int] = frozenset()  # declared a conflict on it in this round


def conflict(reviewer: Reviewer, experience: Experience) -> str | None:
    """Why this reviewer may not review this experience ("country", "organisation",
    "declared"), or None."""
    if reviewer.user_id in experience.declined:
        return "declared"
    if reviewer.country and experience.country and reviewer.country == experience.country:
        return "country"
    if same_organisation(reviewer.organisation, experience.organisation):
        return "organisation"
    return None


@dataclass
class Plan:
    """New assignments (experience key, reviewer id), and experiences still short of N."""

    assignments: list[tuple[str, int]] = field(default_factory=list)
    short: list[str] = field(default_factory=list)


def plan_assignments(
    experiences: Sequence[Experience], reviewers: Iterable[Reviewer], wanted: int
) -> Plan:
    """Give every experience `wanted` reviewers: never in conflict, the least loaded first and,
    among equally loaded ones, those who read the respondent's language."""
    pool = list(reviewers)
    load = {r.user_id: r.load for r in pool}
    plan = Plan()

    def eligible(exp: Experience) -> int:
        return sum(conflict(r, exp) is None for r in pool)

    # The most constrained experiences first (fewest reviewers so far, fewest who may review
    # them), so that those with little choice are not left with only busy reviewers.
    for exp in sorted(experiences, key=lambda e: (len(e.reviewers), eligible(e), e.key)):
        chosen = set(exp.reviewers)
        while len(chosen) < wanted:
            candidates = [r for r in pool if r.user_id not in chosen and conflict(r, exp) is None]
            if not candidates:
                plan.short.append(exp.key)
                break

            def rank(r: Reviewer, language: str | None = exp.language) -> tuple[int, bool, int]:
                return (load[r.user_id], language not in r.reads, r.user_id)

            best = min(candidates, key=rank)
            chosen.add(best.user_id)
            load[best.user_id] += 1
            plan.assignments.append((exp.key, best.user_id))
    return plan

"""A review round gathered for the ranking page, its export and `intake reviews export`:
experiences with their assignments, reviews and numbers, and the two export tables."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import IO, Any, Final

from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import neutralize
from reviews.assign import Experience, Reviewer, plan_assignments
from reviews.criteria import ReviewForm
from reviews.ranking import Standing, from_totals
from storage.people import Directory
from storage.reviews import (
    ExperienceFacts,
    RankingAsk,
    ReviewRecord,
    Round,
    round_records,
    round_totals,
    submitted_experiences,
)

Translate = Callable[[str], str]  # message id → text in the reader's language
DEFAULT_REVIEWERS: Final = 2


@dataclass(frozen=True)
class RankedExperience:
    """One row of the ranking."""

    facts: ExperienceFacts
    records: list[ReviewRecord]  # every assignment, conflicts included
    standing: Standing

    @property
    def active(self) -> list[ReviewRecord]:
        return [r for r in self.records if r.conflict_at is None]

    @property
    def conflicts(self) -> list[ReviewRecord]:
        return [r for r in self.records if r.conflict_at is not None]


def waiting(record: ReviewRecord, reviewing: Collection[int] | None) -> bool:
    """Whether an assignment still counts: not given back, and either submitted or held by
    someone who still reviews (a deactivated reviewer's unfinished ones are expected no more)."""
    if record.conflict_at is not None:
        return False
    return record.submitted_at is not None or reviewing is None or record.reviewer_id in reviewing


async def ranked(
    engine: AsyncEngine,
    form: ReviewForm,
    round_: Round,
    reviewing: Collection[int] | None = None,
    *,
    records: bool = True,
) -> list[RankedExperience]:
    """Every experience assigned in the round (in order of submission), with its numbers;
    `reviewing`, the active reviewers' ids, when known (see `waiting`). `records`: every
    assignment with its review too (the export), else none."""
    rows, _ = await ranking_page(engine, form, round_, reviewing, RankingAsk())
    if not records:
        return rows
    by_submission: dict[uuid.UUID, list[ReviewRecord]] = {}
    for record in await round_records(engine, round_.id):
        by_submission.setdefault(record.submission_id, []).append(record)
    return [replace(r, records=by_submission.get(r.facts.submission_id, [])) for r in rows]


async def ranking_page(
    engine: AsyncEngine,
    form: ReviewForm,
    round_: Round,
    reviewing: Collection[int] | None,
    ask: RankingAsk,
) -> tuple[list[RankedExperience], int]:
    """The experiences the ranking asks for (sorted, filtered, one page), their numbers added
    up by the database, without their assignments (`with_records`); and how many match."""
    criteria = form.ids
    found, matching = await round_totals(
        engine, round_.id, criteria, [r.id for r in form.recommendations], reviewing, ask
    )
    rows = [
        RankedExperience(facts, [], from_totals(added, criteria, form.disagree_gap))
        for facts, added in found
    ]
    return rows, matching


async def with_records(
    engine: AsyncEngine, round_: Round, rows: Sequence[RankedExperience]
) -> list[RankedExperience]:
    """These rows with their assignments and reviews (without the comments)."""
    found = await round_records(
        engine, round_.id, submission_ids=[r.facts.submission_id for r in rows], texts=False
    )
    by_submission: dict[uuid.UUID, list[ReviewRecord]] = {}
    for record in found:
        by_submission.setdefault(record.submission_id, []).append(record)
    return [replace(r, records=by_submission.get(r.facts.submission_id, [])) for r in rows]


async def bulk_plan(
    engine: AsyncEngine, round_: Round, people: Directory, wanted: int
) -> tuple[list[tuple[uuid.UUID, int, str]], list[str]]:
    """New assignments giving every submitted experience `wanted` reviewers, each with an
    audit line naming the reviewer; and the references that stay short (too few reviewers
    without a conflict)."""
    pool = await submitted_experiences(engine)
    records = await round_records(engine, round_.id)
    load: dict[int, int] = {}
    current: dict[uuid.UUID, set[int]] = {}
    declined: dict[uuid.UUID, set[int]] = {}
    reviewing = {p.user_id for p in people.reviewers()}
    for r in records:
        if r.conflict_at is None and not waiting(r, reviewing):
            continue  # deactivated before finishing: someone else takes the place
        if r.conflict_at is None:
            current.setdefault(r.submission_id, set()).add(r.reviewer_id)
            load[r.reviewer_id] = load.get(r.reviewer_id, 0) + 1
        else:
            declined.setdefault(r.submission_id, set()).add(r.reviewer_id)
    reviewers = [
        Reviewer(p.user_id, p.country, p.organisation, frozenset(p.reads), load.get(p.user_id, 0))
        for p in people.reviewers()
    ]
    experiences = [
        Experience(
            str(f.submission_id),
            f.country,
            f.organisation,
            f.language,
            frozenset(current.get(f.submission_id, ())),
            frozenset(declined.get(f.submission_id, ())),
        )
        for f in pool
    ]
    plan = plan_assignments(experiences, reviewers, wanted)
    refs = {str(f.submission_id): f.reference for f in pool}
    pairs = [
        (uuid.UUID(key), reviewer_id, f"{refs[key]}: {people.who(reviewer_id)}")
        for key, reviewer_id in plan.assignments
    ]
    return pairs, [refs[key] for key in plan.short]


# ---- the export: one row per experience, then every review ----


def _number(value: float | None) -> float | str:
    return round(value, 2) if value is not None else ""


def experience_table(
    rows: Sequence[RankedExperience], form: ReviewForm, lang: str, t: Translate
) -> tuple[list[str], list[list[Any]]]:
    """One row per experience: means, spread, counts, decision."""
    header = [
        t("reviews-col-reference"),
        t("reviews-col-title"),
        t("reviews-col-country"),
        t("reviews-col-language"),
        t("reviews-col-in"),
        t("reviews-col-expected"),
        *(c.label_in(lang) for c in form.criteria),
        t("reviews-col-overall"),
        t("reviews-col-spread"),
        t("reviews-col-disagree"),
        *(r.label_in(lang) for r in form.recommendations),
        t("reviews-col-decision"),
    ]
    body = []
    for row in rows:
        s = row.standing
        decision = "ws-triage-" + row.facts.triage_status
        body.append(
            [
                row.facts.reference,
                row.facts.title or "",
                row.facts.country or "",
                row.facts.language or "",
                s.reviews_in,
                s.expected,
                *(_number(s.means.get(c.id)) for c in form.criteria),
                _number(s.overall),
                s.widest,
                t("reviews-yes") if s.disagree else "",
                *(s.recommendations.get(r.id, 0) for r in form.recommendations),
                t(decision),
            ]
        )
    return header, body


def review_table(
    rows: Sequence[RankedExperience],
    form: ReviewForm,
    lang: str,
    t: Translate,
    people: Directory,
    confidential: bool,
) -> tuple[list[str], list[list[Any]]]:
    """Every submitted review: reviewer name and organisation, scores, comments (confidential
    comments only when `confidential`: staff)."""
    header = [
        t("reviews-col-reference"),
        t("reviews-col-reviewer"),
        t("reviews-col-submitted"),
    ]
    for c in form.criteria:
        header += [c.label_in(lang), f"{c.label_in(lang)} — {t('reviews-col-comment')}"]
    header.append(t("reviews-col-recommendation"))
    if confidential:
        header.append(t("reviews-col-confidential"))
    body = []
    for row in rows:
        for r in row.active:
            if r.submitted_at is None:
                continue
            cells: list[Any] = [
                row.facts.reference,
                people.who(r.reviewer_id),
                r.submitted_at.strftime("%Y-%m-%d %H:%M"),
            ]
            for c in form.criteria:
                cells += [r.scores.get(c.id, ""), r.comments.get(c.id, "")]
            found = form.recommendation(r.recommendation)
            cells.append(found.label_in(lang) if found else "")
            if confidential:
                cells.append(r.confidential or "")
            body.append(cells)
    return header, body


def _cell(value: Any) -> Any:
    return neutralize(value) if isinstance(value, str) else value


def write_round(
    out: IO[bytes],
    fmt: str,
    tables: Sequence[tuple[str, list[str], list[list[Any]]]],
) -> None:
    """The tables as CSV (one after the other, a blank line between) or XLSX (a sheet each,
    bold frozen header, bounded column widths); text that a spreadsheet could run as a formula
    is neutralized."""
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        for number, (_title, header, body) in enumerate(tables):
            if number:
                writer.writerow([])
            writer.writerow([_cell(h) for h in header])
            writer.writerows([[_cell(c) for c in row] for row in body])
        out.write(text.getvalue().encode("utf-8-sig"))
        return
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    for title, header, body in tables:
        sheet = book.create_sheet(title[:31])
        sheet.freeze_panes = "A2"  # the header stays in view, as in `intake export`
        for number, name in enumerate(header, start=1):
            widest = max([len(str(name)), *(len(str(row[number - 1])) for row in body)])
            sheet.column_dimensions[get_column_letter(number)].width = min(max(widest, 8), 50) + 2
        cells = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=_cell(name))
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cells.append(cell)
        sheet.append(cells)
        for row in body:
            sheet.append([_cell(c) for c in row])
    book.save(out)


def export_name(round_: Round, fmt: str, now: datetime) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in round_.name)[:40].strip("-") or "round"
    return f"cecops-reviews-{safe}-{now:%Y%m%d}.{fmt}"

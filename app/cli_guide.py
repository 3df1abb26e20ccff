"""`intake guide`: the good-practice guide as DOCX or PDF, within each respondent's consent."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from app.build import Core, build_core, build_review_scores, open_database
from app.build_web import review_form
from app.cli_errors import fail
from app.versions import export_view
from guide.compose import GuideChoice, GuideSources, compose_guide
from guide.model import Guide
from guide.options import (
    GuideArgumentError,
    format_of,
    guide_bytes,
    parse_lang,
    parse_order,
    parse_status,
)


def guide_command(
    lang: Annotated[str, typer.Option(help="Language of the guide: en, fr, it or lt.")],
    out: Annotated[
        str, typer.Option("--out", "-o", help="File to write: guide.docx or guide.pdf.")
    ],
    status: Annotated[
        str, typer.Option(help="Triage status of the experiences in the guide, or all.")
    ] = "selected",
    reference: Annotated[
        list[str] | None,
        typer.Option("--reference", "-r", help="Only this experience (repeat for several)."),
    ] = None,
    order: Annotated[
        str | None,
        typer.Option(help="country, activity or manual (default: as kept on the Guide page)."),
    ] = None,
) -> None:
    """Write the good-practice guide: the experiences whose respondents agreed to publication.

    Those left out, and free text that still names what must not be published, are listed.
    """
    core = build_core()
    staff = core.settings.staff_language
    try:
        choice = GuideChoice(
            lang=parse_lang(lang),
            status=parse_status(status),
            references=tuple(dict.fromkeys(reference or ())),
            order=parse_order(order) if order is not None else None,
        )
        fmt = format_of(out)
        target = Path(out)
        if target.is_dir() or not target.parent.is_dir():
            raise GuideArgumentError("export-error-no-folder", out)
    except GuideArgumentError as error:
        fail(core.translate(staff, error.key, {"value": error.value}))
    guide = asyncio.run(_compose(core, choice))
    data = guide_bytes(guide, fmt)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)
    for line in report_lines(core, guide, staff):
        typer.echo(line, err=True)
    done: dict[str, str | int] = {"count": len(guide.chapters), "path": out}
    typer.echo(core.translate(staff, "guide-done", done), err=True)


async def _compose(core: Core, choice: GuideChoice) -> Guide:
    db = await open_database(core.settings)
    try:
        questionnaire, renderer = await export_view(db, core)
        sources = GuideSources(
            db, questionnaire, renderer, renderer.t, build_review_scores(db, review_form(core))
        )
        return await compose_guide(sources, choice, datetime.now(UTC).date())
    finally:
        await db.dispose()


def report_lines(core: Core, guide: Guide, lang: str) -> list[str]:
    """What left the guide and why, then what an editor must check, in `lang`."""
    t = core.translate
    lines = [
        t(lang, f"guide-left-out-{out.reason}", {"reference": out.reference, "title": out.title})
        for out in guide.left_out
    ]
    for warning in guide.warnings:
        args = {
            "reference": warning.reference,
            "question": core.renderer.label(warning.question_id, lang)
            if core.questionnaire.has_question(warning.question_id)
            else warning.question,
            "words": ", ".join(warning.words),
        }
        key = "guide-warning-masked" if warning.masked else "guide-warning"
        lines.append(t(lang, key, args))
    return lines

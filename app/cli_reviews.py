"""`intake people add/list`: who works in the workspace; `intake reviews export`: a review
round's ranking and every review, as CSV or XLSX."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from app.build import Core, build_core, open_database

people_app = typer.Typer(no_args_is_help=True, help="People of the workspace (names, roles).")
reviews_app = typer.Typer(no_args_is_help=True, help="The partners' review rounds.")

# The id the CLI acts as in the audit log: nobody signed in (0 is never a Telegram user).
CLI_ACTOR = 0


def _say(core: Core, key: str, args: dict[str, str | int] | None = None) -> str:
    return core.translate(core.settings.staff_language, key, args)


@people_app.command("add")
def people_add(
    user: Annotated[int, typer.Option(help="Telegram user id.")],
    name: Annotated[str, typer.Option(help="Name as shown wherever they act.")],
    role: Annotated[str, typer.Option(help="admin, staff or reviewer.")] = "reviewer",
    org: Annotated[str, typer.Option(help="Organisation.")] = "",
    country: Annotated[str, typer.Option(help="Two-letter country code, e.g. GB.")] = "",
    reads: Annotated[str, typer.Option(help="Languages they read, e.g. en,fr.")] = "",
) -> None:
    """Add someone (or update them: the Telegram id is the key)."""
    from dialogs.countries import country_names
    from dialogs.i18n import LANGUAGES
    from reviews.access import as_role
    from storage.people import Person, parse_reads, save_person

    core = build_core()
    found_role = as_role(role.strip().lower())
    code = country.strip().upper() or None
    languages = parse_reads(reads, LANGUAGES)
    bad_reads = reads.strip() and len(languages) != len([p for p in reads.split(",") if p.strip()])
    if (
        user <= 0
        or not name.strip()
        or found_role is None
        or (code is not None and code not in country_names("en"))
        or bad_reads
    ):
        typer.echo(_say(core, "cli-people-invalid"), err=True)
        raise typer.Exit(2)
    person = Person(user, name.strip()[:200], org.strip()[:200], code, found_role, languages, True)

    async def _save() -> None:
        db = await open_database(core.settings)
        try:
            await save_person(db, person, CLI_ACTOR, datetime.now(UTC))
        finally:
            await db.dispose()

    asyncio.run(_save())
    typer.echo(_say(core, "cli-people-added", {"name": person.display, "role": found_role}))


@people_app.command("list")
def people_list() -> None:
    """Everyone with a record: id, role, name, organisation, country, languages, active."""
    from storage.people import directory

    core = build_core()

    async def _read() -> list[str]:
        db = await open_database(core.settings)
        try:
            found = await directory(db)
        finally:
            await db.dispose()
        return [
            "\t".join(
                [
                    str(p.user_id),
                    p.role,
                    p.name,
                    p.organisation,
                    p.country or "",
                    ",".join(p.reads),
                    "active" if p.active else "inactive",
                ]
            )
            for p in sorted(found.people.values(), key=lambda p: (p.role, p.name))
        ]

    lines = asyncio.run(_read())
    typer.echo("\n".join(lines) if lines else _say(core, "cli-people-none"))


@reviews_app.command("export")
def reviews_export(
    round_name: Annotated[str, typer.Option("--round", help="The round's name.")],
    out: Annotated[Path, typer.Option(help="FILE.csv or FILE.xlsx.")],
) -> None:
    """One row per experience (means, spread, counts, decision), then every review (with the
    confidential comments: this is staff's export)."""
    from admin.review_rounds import experience_table, ranked, review_table, write_round
    from app.build_web import review_form
    from storage.people import directory
    from storage.reviews import find_round

    core = build_core()
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        typer.echo(_say(core, "cli-reviews-bad-format"), err=True)
        raise typer.Exit(2)
    form = review_form(core)
    lang = core.settings.staff_language

    def t(key: str) -> str:
        return core.translate(lang, key)

    async def _export() -> int | None:
        db = await open_database(core.settings)
        try:
            round_ = await find_round(db, name=round_name)
            if round_ is None:
                return None
            rows = await ranked(db, form, round_)
            people = await directory(db)
        finally:
            await db.dispose()
        head, body = experience_table(rows, form, lang, t)
        rhead, rbody = review_table(rows, form, lang, t, people, confidential=True)
        with out.open("wb") as handle:
            write_round(
                handle,
                fmt,
                [
                    (t("reviews-sheet-ranking"), head, body),
                    (t("reviews-sheet-reviews"), rhead, rbody),
                ],
            )
        return len(rows)

    count = asyncio.run(_export())
    if count is None:
        typer.echo(_say(core, "cli-reviews-no-round", {"round": round_name}), err=True)
        raise typer.Exit(2)
    typer.echo(_say(core, "cli-reviews-exported", {"count": count, "path": str(out)}))

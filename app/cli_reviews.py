"""`intake people add/list`: who works in the workspace; `intake reviews export`: a review
round's ranking and every review, as CSV or XLSX."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from app.build import Core, build_core, open_database
from storage.people import CLI_ACTOR  # who the audit log says acted: the command line

people_app = typer.Typer(no_args_is_help=True, help="People of the workspace (names, roles).")
reviews_app = typer.Typer(no_args_is_help=True, help="The partners' review rounds.")


def _say(core: Core, key: str, args: dict[str, str | int] | None = None) -> str:
    return core.translate(core.settings.staff_language, key, args)


@people_app.command("add")
def people_add(
    user: Annotated[int, typer.Option(help="Telegram user id.")],
    name: Annotated[str, typer.Option(help="Name as shown wherever they act.")],
    role: Annotated[
        str | None, typer.Option(help="admin, staff or reviewer (new people: reviewer).")
    ] = None,
    org: Annotated[str | None, typer.Option(help="Organisation.")] = None,
    country: Annotated[str | None, typer.Option(help="Two-letter country code, e.g. GB.")] = None,
    reads: Annotated[str | None, typer.Option(help="Languages they read, e.g. en,fr.")] = None,
) -> None:
    """Add someone, or update them (the Telegram id is the key; options left out keep their
    value, and a deactivated person is active again)."""
    from dialogs.countries import country_names
    from dialogs.i18n import LANGUAGES
    from reviews.access import as_role
    from storage.people import Person, find_person, parse_reads, save_person

    core = build_core()
    found_role = as_role(role.strip().lower()) if role is not None else None
    code = country.strip().upper() or None if country is not None else None
    languages = parse_reads(reads, LANGUAGES) if reads is not None else ()
    bad_reads = bool(reads and reads.strip()) and len(languages) != len(
        [p for p in (reads or "").split(",") if p.strip()]
    )
    if (
        user <= 0
        or not name.strip()
        or (role is not None and found_role is None)
        or (code is not None and code not in country_names("en"))
        or bad_reads
    ):
        typer.echo(_say(core, "cli-people-invalid"), err=True)
        raise typer.Exit(2)

    async def _save() -> Person:
        db = await open_database(core.settings)
        try:
            before = await find_person(db, user)
            person = Person(
                user,
                name.strip()[:200],
                org.strip()[:200] if org is not None else (before.organisation if before else ""),
                code if country is not None else (before.country if before else None),
                found_role or (before.role if before else "reviewer"),
                languages if reads is not None else (before.reads if before else ()),
                True,
            )
            await save_person(db, person, CLI_ACTOR, datetime.now(UTC))
            return person
        finally:
            await db.dispose()

    person = asyncio.run(_save())
    role_label = _say(core, f"people-role-{person.role}")
    typer.echo(_say(core, "cli-people-added", {"name": person.display, "role": role_label}))


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
    from storage.reviews import find_round, round_list

    core = build_core()
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        typer.echo(_say(core, "cli-reviews-bad-format"), err=True)
        raise typer.Exit(2)
    form = review_form(core)
    lang = core.settings.staff_language

    def t(key: str) -> str:
        return core.translate(lang, key)

    names: list[str] = []

    async def _export() -> int | None:
        db = await open_database(core.settings)
        try:
            round_ = await find_round(db, name=round_name)
            if round_ is None:
                names.extend(r.round.name for r in await round_list(db))
                return None
            people = await directory(db)
            rows = await ranked(db, form, round_, {p.user_id for p in people.reviewers()})
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
        known = ", ".join(f"“{n}”" for n in names)  # the names to copy, exactly
        hint = _say(core, "cli-reviews-rounds", {"names": known}) if names else None
        typer.echo(hint or _say(core, "reviews-no-rounds"), err=True)
        raise typer.Exit(2)
    typer.echo(_say(core, "cli-reviews-exported", {"count": count, "path": str(out)}))

"""`intake export`: the submissions as CSV or XLSX, streamed from the database to a file."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Annotated

import typer

from admin.export import (
    EXPORT_PAGE,
    ExportArgumentError,
    ExportRequest,
    ExportTable,
    Format,
    NotesTable,
    TableOptions,
    check_period,
    parse_country,
    parse_date,
    parse_format,
    parse_language,
    parse_status,
    write_export,
    write_notes_csv,
)
from app.build import Core, build_core, open_database
from app.cli_errors import EXIT_INTERRUPTED, fail, shown
from app.versions import export_view
from storage.submissions import (
    SubmissionFilter,
    count_submissions,
    iter_notes,
    iter_submissions,
)

PROGRESS_STEP = 100  # rows between two redraws of the progress bar


def export(
    out: Annotated[
        str,
        typer.Option("--out", "-o", help="File to write; '-' writes CSV to the standard output."),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="csv or xlsx (default: from the --out extension, else csv)."
        ),
    ] = None,
    status: Annotated[str, typer.Option(help="submitted, draft or all.")] = "submitted",
    since: Annotated[
        str | None,
        typer.Option(help="From this day (YYYY-MM-DD, UTC) or ISO 8601 date-time, inclusive."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Up to this day included (YYYY-MM-DD, UTC), or before a date-time."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="Language of headers and answers (default: STAFF_LANGUAGE)."),
    ] = None,
    respondent_lang: Annotated[
        str | None,
        typer.Option(help="Only questionnaires filled in in this language (en, fr, it, lt)."),
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="Only this country: ISO code (IT) or name.")
    ] = None,
    ids: Annotated[
        bool, typer.Option("--ids", help="Head columns by question id instead of label.")
    ] = False,
    choice_columns: Annotated[
        bool,
        typer.Option("--choice-columns", help="One 0/1 column per choice of multiple choices."),
    ] = False,
    no_bom: Annotated[
        bool, typer.Option("--no-bom", help="CSV without the UTF-8 byte order mark.")
    ] = False,
    notes: Annotated[
        bool,
        typer.Option(
            "--notes",
            help="CSV: staff's notes on these questionnaires instead (XLSX has them anyway).",
        ),
    ] = False,
) -> None:
    """Export the questionnaires as CSV or XLSX, one row per questionnaire.

    Dates compare with the submission time (the start time for drafts and for --status all).
    """
    with _no_cycle_collection():
        core = build_core()
        staff = core.settings.staff_language
        try:
            request = ExportRequest(
                table=TableOptions(
                    lang=parse_language(lang or staff), ids=ids, choice_columns=choice_columns
                ),
                fmt=_format(fmt, out),
                where=_where(status, since, until, respondent_lang, country),
                bom=not no_bom,
            )
            if out == "-" and request.fmt == "xlsx":
                raise ExportArgumentError("export-error-stdout-xlsx")
            _check_writable(out)
        except ExportArgumentError as error:
            fail(core.translate(staff, error.key, {"value": shown(error.value)}))
        try:
            count = asyncio.run(_export(core, request, out, notes=notes))
        except KeyboardInterrupt:
            # asyncio.run cancelled the export first, which removed the partial file.
            fail(core.translate(staff, "export-interrupted"), EXIT_INTERRUPTED)
        if out != "-":
            done = core.translate(staff, "export-done", {"count": count, "path": out})
            typer.echo(done, err=True)


def _format(fmt: str | None, out: str) -> Format:
    if fmt is not None:
        return parse_format(fmt)
    if out == "-":
        return "csv"
    suffix = Path(out).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportArgumentError("export-error-extension", out)
    return "xlsx" if suffix == ".xlsx" else "csv"


def _check_writable(out: str) -> None:
    """Fail before any work if the file cannot be written (the export writes it at the end)."""
    if out == "-":
        return
    target = Path(out)
    if target.is_dir():
        raise ExportArgumentError("export-error-is-folder", out)
    partial = _partial(target)
    try:
        partial.open("xb").close()
    except FileExistsError:
        return  # a partial file left by a killed export: written over later
    except (FileNotFoundError, NotADirectoryError):
        raise ExportArgumentError("export-error-no-folder", out) from None
    except PermissionError:
        raise ExportArgumentError("export-error-not-allowed", out) from None
    except OSError:
        raise ExportArgumentError("export-error-cannot-write", out) from None
    partial.unlink(missing_ok=True)


def _partial(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def _where(
    status: str,
    since: str | None,
    until: str | None,
    respondent_lang: str | None,
    country: str | None,
) -> SubmissionFilter:
    start = parse_date(since) if since else None
    end = parse_date(until, end=True) if until else None
    check_period(start, end)
    return SubmissionFilter(
        status=parse_status(status),
        since=start,
        until=end,
        language=parse_language(respondent_lang) if respondent_lang else None,
        country=parse_country(country) if country else None,
    )


async def _export(core: Core, request: ExportRequest, out: str, *, notes: bool = False) -> int:
    db = await open_database(core.settings)
    try:
        questionnaire, renderer = await export_view(db, core)
        table = ExportTable(questionnaire, renderer, request.table)
        if request.fmt == "csv" and notes:
            with _destination(out) as stream:
                found = iter_notes(db, request.where)
                notes_table = NotesTable(renderer, request.table)
                return await write_notes_csv(found, notes_table, stream, bom=request.bom)
        total = await count_submissions(db, request.where) if sys.stderr.isatty() else 0
        label = core.translate(core.settings.staff_language, "export-progress")
        with _destination(out) as stream, _progress(total, label) as progress:
            records = iter_submissions(db, request.where, page=EXPORT_PAGE)
            return await write_export(
                records,
                table,
                stream,
                request.fmt,
                bom=request.bom,
                progress=progress,
                notes=iter_notes(db, request.where) if request.fmt == "xlsx" else None,
            )
    finally:
        await db.dispose()


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector off for the command (its process ends with the export).

    Every row is freed by its reference count once written, but a page of records lives long
    enough to be walked by each generation of the collector on its way, and each full
    collection walks all that start-up made: a third of the CPU of an export of 100,000
    submissions. Reading makes no reference cycles per page (storage.submissions binds its
    values rather than building statements per page), so memory stays flat without it.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextlib.contextmanager
def _destination(out: str) -> Iterator[IO[bytes]]:
    """Standard output, or a file written under a temporary name and renamed when complete."""
    if out == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(out)
    unnamed = _unnamed_file(target.parent)
    if unnamed is not None:
        # Written without a name, named only when complete: a killed export leaves nothing.
        linked = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with os.fdopen(unnamed, "wb") as stream:
                yield stream
                stream.flush()
                _name(stream.fileno(), linked)
            os.replace(linked, target)
        finally:
            linked.unlink(missing_ok=True)
        return
    partial = _partial(target)  # no unnamed files here: a .part the next export replaces
    try:
        with partial.open("wb") as stream:
            yield stream
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _name(fd: int, path: Path) -> None:
    """Give the unnamed file open as `fd` the name `path` (linkat, following /proc's link)."""
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        # A directory fd makes os.link use linkat with AT_SYMLINK_FOLLOW, as O_TMPFILE needs.
        os.link(f"/proc/self/fd/{fd}", path.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _unnamed_file(directory: Path) -> int | None:
    """A file open for writing in `directory` that has no name yet (Linux's O_TMPFILE, which
    the kernel frees if the process dies); None where the system or file system lacks it."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(directory, flag | os.O_WRONLY, 0o600)
    except OSError:
        return None


@contextlib.contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on a terminal (nothing when stderr is redirected or nothing to do)."""
    if total <= 0:
        yield None
        return
    with typer.progressbar(length=total, label=label, file=sys.stderr) as bar:
        shown = 0

        def advance(done: int) -> None:
            nonlocal shown
            if done - shown >= PROGRESS_STEP or done == total:
                bar.update(done - shown)
                shown = done

        yield advance

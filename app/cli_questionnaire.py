"""`intake questionnaire export | check | import`: the questionnaire as an XLSForm workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.build import build_core
from app.questionnaire_io import (
    YAML_PATH,
    WorkbookUnreadable,
    load_workbook_questionnaire,
    write_sheets,
    write_sources,
)
from dialogs.i18n import LOCALES_DIR
from dialogs.questionnaire_files import names_outside_fluent
from dialogs.xlsform import Loaded, WorkbookProblems, to_sheets
from dialogs.xlsform_read import problem_lines

questionnaire_app = typer.Typer(
    no_args_is_help=True, help="The questionnaire as an XLSForm workbook (Excel, LibreOffice)."
)


@questionnaire_app.command("export")
def export_questionnaire(
    out: Annotated[Path, typer.Option("--out", help="The .xlsx file to write.")],
) -> None:
    """Write the questionnaire in use, in the four languages, as an XLSForm workbook."""
    core = build_core()
    write_sheets(to_sheets(core.questionnaire, core.translate), out)
    version = core.questionnaire.version or "–"
    args: dict[str, str | int] = {"version": version, "path": str(out)}
    typer.echo(core.translate(core.settings.staff_language, "xlsform-exported", args))


def _checked(file: Path) -> Loaded:
    """The workbook's questionnaire, or every problem printed and exit status 1."""
    core = build_core()
    t, lang = core.translate, core.settings.staff_language
    try:
        loaded = load_workbook_questionnaire(file, t, core.questionnaire)
    except WorkbookUnreadable as error:
        why = {"path": str(file), "reason": t(lang, error.reason, error.values)}
        typer.echo(t(lang, "xlsform-unreadable", why))
        raise typer.Exit(2) from None
    except WorkbookProblems as error:
        for line in problem_lines(error.problems, t, lang):
            typer.echo(line)
        count = len(error.problems)
        typer.echo(t(lang, "xlsform-check-failed", {"path": str(file), "count": count}))
        raise typer.Exit(1) from None
    count = sum(1 for _ in loaded.questionnaire.questions())
    args: dict[str, str | int] = {
        "path": str(file),
        "version": loaded.questionnaire.version or "–",  # a form may have none
        "count": count,
    }
    typer.echo(t(lang, "xlsform-check-ok", args))
    return loaded


@questionnaire_app.command("check")
def check_questionnaire(
    file: Annotated[Path, typer.Argument(help="The .xlsx workbook to check.")],
) -> None:
    """List every problem of a workbook at once (sheet, row, column); exit 1 if any."""
    _checked(file)


@questionnaire_app.command("import")
def import_questionnaire(
    file: Annotated[Path, typer.Argument(help="The .xlsx workbook to import.")],
    yaml_path: Annotated[
        Path, typer.Option("--yaml", help="Where to write the YAML.")
    ] = YAML_PATH,
    locales: Annotated[
        Path, typer.Option("--locales", help="Folder of the language folders.")
    ] = LOCALES_DIR,
) -> None:
    """After a clean check, write questionnaire.yaml and the four questionnaire.ftl files."""
    loaded = _checked(file)
    core = build_core()
    outside = names_outside_fluent(loaded.questionnaire)
    if outside:
        for name in outside:
            typer.echo(core.translate(core.settings.staff_language, "xlsform2-import-name", {
                "name": name}))  # fmt: skip
        raise typer.Exit(1)
    written = write_sources(loaded, yaml_path, locales)
    args: dict[str, str | int] = {
        "version": loaded.questionnaire.version or "–",
        "yaml": str(yaml_path),
        "count": len(written) - 1,
    }
    typer.echo(core.translate(core.settings.staff_language, "xlsform-imported", args))

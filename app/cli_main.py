"""The `intake` entry point: help and usage errors in STAFF_LANGUAGE, and a light `export`.

`intake export` often runs alone on a large database: it starts with the export and what it
needs, not every other command (the guide's PDF and Word writers, the web server, mail), which
saves a fifth of its start-up and about 30 MB.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

import typer

from app.cli_errors import one_line_errors, staff_language
from app.cli_help import CliText, localize
from app.cli_help import run as run_command_line
from dialogs.i18n import Translator

HELP = "CECOPS Intake."


def root() -> typer.Typer:
    """The `intake` command, without its subcommands."""
    return typer.Typer(add_completion=False, no_args_is_help=True, help=HELP)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: help, usage errors and failures in STAFF_LANGUAGE."""
    args = list(sys.argv[1:] if argv is None else argv)
    with one_line_errors():
        # Start-up builds objects that live as long as the process (modules, every message):
        # the cycle collector would walk them over and over while they pile up, for nothing.
        collecting = gc.isenabled()
        gc.disable()
        try:
            application = _application(args)
            text = CliText(Translator(), staff_language())
        finally:
            if collecting:
                gc.enable()
        command = typer.main.get_command(application)
        localize(command, text)
        code = run_command_line(command, args, text)
    sys.exit(code)


def _application(args: list[str]) -> typer.Typer:
    if args[:1] == ["export"]:
        from app.cli_export import export

        only = root()
        only.callback()(_intake)  # a group still: `intake export …`, as with every command
        only.command()(export)
        return only
    from app.cli import app

    return app


def _intake() -> None:
    """CECOPS Intake."""

"""`intake --help`, option descriptions and usage errors in STAFF_LANGUAGE, from locales/.

Typer (and the copy of click it carries) writes help and usage errors in English. `app.cli.main`
turns the Typer app into its click command, `localize` gives every command, option and argument
its text from `locales/*/cli-help.ftl` (ids derived from the command path, e.g.
`cli-help-db-backup`, `cli-option-export-out`, `cli-argument-db-backup-file`) and renders help
pages with localized headings, and `run` prints usage errors as two localized lines.
A command without messages keeps its English docstring (a test lists such commands).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any, Final

import typer
from typer._click import Command, Context, Parameter  # Typer's own copy of click
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperArgument, TyperGroup

from dialogs.i18n import Args, Translator

PROGRAM: Final = "intake"


class CliText:
    """Messages of one language for the command line."""

    def __init__(self, translate: Translator, lang: str) -> None:
        self.t = translate
        self.lang = lang

    def has(self, key: str) -> bool:
        """Whether English (and so, by the locale tests, every language) has this message."""
        return self.t.has("en", key)

    def __call__(self, key: str, **args: str | int) -> str:
        values: Args = args
        return self.t(self.lang, key, values)


def walk(command: Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every command under `command` (itself first, as ())."""
    yield path
    if isinstance(command, TyperGroup):
        for name, sub in command.commands.items():
            yield from walk(sub, (*path, name))


def find(root: Command, path: tuple[str, ...]) -> Command:
    """The command at `path` under `root`."""
    command = root
    for name in path:
        assert isinstance(command, TyperGroup)
        command = command.commands[name]
    return command


def help_key(path: tuple[str, ...]) -> str:
    """`cli-help` for the program, `cli-help-db-backup` for `intake db backup`."""
    return "-".join(("cli-help", *path))


def param_key(path: tuple[str, ...], param: Parameter) -> str:
    """`cli-option-export-out`, `cli-argument-db-backup-file`."""
    kind = "argument" if isinstance(param, TyperArgument) else "option"
    name = (param.name or "").replace("_", "-")
    return "-".join((f"cli-{kind}", *path, name))


def missing_messages(root: Command, text: CliText) -> list[str]:
    """Help and parameter ids the locales do not have yet (English would show)."""
    missing = []
    for path in walk(root):
        command = find(root, path)
        keys = [help_key(path)] + [param_key(path, p) for p in command.params]
        missing += [key for key in keys if not text.has(key)]
    return missing


def localize(root: Command, text: CliText) -> None:
    """Give every command, option and argument its localized text and help page."""
    for path in walk(root):
        command = find(root, path)
        if text.has(help_key(path)):
            command.help = text(help_key(path))
            command.short_help = None
        for param in command.params:
            if text.has(param_key(path, param)) and hasattr(param, "help"):
                param.help = text(param_key(path, param))
        # The one hook click offers for the whole page: the command's own format_help.
        setattr(command, "format_help", partial(_format_help, command, text))  # noqa: B010


def _metavar(param: Parameter, ctx: Context, text: CliText) -> str:
    """FICHIER, NOMBRE…: an argument's name or an option's kind of value, in the staff language."""
    own = f"cli-metavar-{(param.name or '').replace('_', '-')}"
    if isinstance(param, TyperArgument) and text.has(own):
        return text(own)
    shown = param.display_type_rich(ctx=ctx) if hasattr(param, "display_type_rich") else ""
    kind = re.sub(r"[^a-z]", "-", str(shown).strip("<>").lower()).strip("-") or "value"
    key = f"cli-metavar-{kind}"
    return text(key) if text.has(key) else kind.upper()


def _is_flag(param: Parameter) -> bool:
    return bool(getattr(param, "is_flag", False)) or bool(getattr(param, "count", False))


def _usage(command: Command, ctx: Context, text: CliText) -> str:
    pieces = [text("cli-usage-options")]
    for param in command.params:
        if isinstance(param, TyperArgument):
            name = _metavar(param, ctx, text)
            many = param.nargs != 1
            shown = f"{name}…" if many else name
            pieces.append(shown if param.required else f"[{shown}]")
    if isinstance(command, TyperGroup):
        pieces.append(text("cli-usage-command"))
    return " ".join(pieces)


def _option_row(param: Parameter, ctx: Context, text: CliText) -> tuple[str, str]:
    names = ", ".join(sorted(param.opts, key=len))
    if param.secondary_opts:
        names += " / " + ", ".join(param.secondary_opts)
    if isinstance(param, TyperArgument):
        names = _metavar(param, ctx, text)
    elif not _is_flag(param):
        names += " " + _metavar(param, ctx, text)
    extra = []
    default = param.default
    if (
        not isinstance(param, TyperArgument)
        and not _is_flag(param)
        and default is not None
        and not callable(default)
        and getattr(param, "show_default", True) is not False
    ):
        extra.append(text("cli-default", value=str(default)))
    if param.required:
        extra.append(text("cli-required"))
    help_text = str(getattr(param, "help", "") or "")
    return names, " ".join([help_text, *(f"[{e}]" for e in extra)]).strip()


def _format_help(command: Command, text: CliText, ctx: Context, formatter: Any) -> None:
    """A command's help page: usage, description, arguments, options, commands."""
    formatter.write_usage(ctx.command_path, _usage(command, ctx, text), text("cli-usage") + " ")
    if command.help:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(command.help)
    arguments = [p for p in command.params if isinstance(p, TyperArgument)]
    if arguments:
        _section(formatter, text("cli-arguments"), [_option_row(p, ctx, text) for p in arguments])
    rows = [_option_row(p, ctx, text) for p in command.params if not isinstance(p, TyperArgument)]
    if command.add_help_option:
        rows.append(("--help", text("cli-option-help")))
    _section(formatter, text("cli-options"), rows)
    if isinstance(command, TyperGroup):
        listed = []
        for name in command.list_commands(ctx):
            sub = command.commands[name]
            if not sub.hidden:
                listed.append((name, _first_sentence(sub.help or "")))
        if listed:
            _section(formatter, text("cli-commands"), listed)


def _section(formatter: Any, heading: str, rows: list[tuple[str, str]]) -> None:
    """A heading as the message writes it ("Options :" in French), then its rows."""
    formatter.write_paragraph()
    formatter.write(f"{heading}\n")
    with formatter.indentation():
        formatter.write_dl(rows)


def _first_sentence(help_text: str) -> str:
    first = help_text.strip().split("\n", 1)[0]
    return re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]


def _param_name(param: Parameter | None, ctx: Context | None, text: CliText) -> str:
    if param is None:
        return "?"
    if isinstance(param, TyperArgument):
        return _metavar(param, ctx, text) if ctx is not None else (param.name or "?").upper()
    return max(param.opts, key=len) if param.opts else (param.name or "?")


def _quoted(message: str) -> str:
    found = re.search(r"'((?:[^'\\]|\\.)*)'", message)
    return found.group(1) if found else ""


def _typed_value(param: Parameter | None, args: list[str]) -> str:
    """The value typed for an option ("--user abc" or "--user=abc"), if it can be found."""
    for i, arg in enumerate(args):
        for name in param.opts if param is not None else ():
            if arg == name and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(f"{name}="):
                return arg.split("=", 1)[1]
    return ""


def command_path(root: Command, args: list[str]) -> str:
    """`intake db backup` for the words of `args` that name commands (when click knows none)."""
    path, command = [PROGRAM], root
    for arg in args:
        if not isinstance(command, TyperGroup) or arg not in command.commands:
            break
        path.append(arg)
        command = command.commands[arg]
    return " ".join(path)


def error_message(error: UsageError, text: CliText, args: list[str]) -> str:
    """What was wrong, in the staff language (click's English is never shown)."""
    ctx = error.ctx
    message = error.message
    if isinstance(error, NoSuchOption):
        if error.possibilities:
            options = ", ".join(sorted(error.possibilities))
            key = "cli-error-no-such-option-suggest"
            return text(key, name=error.option_name, options=options)
        return text("cli-error-no-such-option", name=error.option_name)
    if isinstance(error, BadOptionUsage):
        takes_none = "does not take" in message
        key = "cli-error-option-no-value" if takes_none else "cli-error-needs-value"
        return text(key, name=error.option_name)
    if isinstance(error, MissingParameter):
        name = _param_name(error.param, ctx, text)
        if isinstance(error.param, TyperArgument):
            return text("cli-error-missing-argument", name=name)
        return text("cli-error-missing-option", name=name)
    if isinstance(error, BadParameter):
        name = _param_name(error.param, ctx, text)
        value = _quoted(message) or _typed_value(error.param, args)
        if "does not exist" in message:
            return text("cli-error-no-such-file", name=name, value=value)
        if re.search(r"is a (file|directory)\.", message):
            return text("cli-error-bad-path", name=name, value=value)
        if re.search(r"valid (int|float|number)", message):
            key = "cli-error-not-a-number" if value else "cli-error-not-a-number-unnamed"
            return text(key, name=name, value=value)
        key = "cli-error-bad-value" if value else "cli-error-bad-value-unnamed"
        return text(key, name=name, value=value)
    unknown = re.fullmatch(r"No such command '(.*)'\.", message)
    if unknown is not None and ctx is not None and isinstance(ctx.command, TyperGroup):
        commands = ", ".join(ctx.command.list_commands(ctx))
        return text("cli-error-no-such-command", name=unknown.group(1), commands=commands)
    extra = re.fullmatch(r"Got unexpected extra arguments? \((.*)\)", message)
    if extra is not None:
        return text("cli-error-extra-arguments", arguments=extra.group(1))
    if message == "Missing command.":
        return text("cli-error-missing-command")
    return text("cli-error-usage")


def run(root: Command, args: list[str], text: CliText) -> int:
    """Run the command line; help pages and usage errors in the staff language. Exit code."""
    try:
        result = root.main(args=args, prog_name=PROGRAM, standalone_mode=False)
    except NoArgsIsHelpError as error:  # `intake` or `intake db` alone: the help page
        typer.echo(error.message, err=True)
        return error.exit_code
    except UsageError as error:
        path = error.ctx.command_path if error.ctx is not None else command_path(root, args)
        typer.echo(text("cli-error", message=error_message(error, text, args)), err=True)
        typer.echo(text("cli-error-see-help", command=f"{path} --help"), err=True)
        return error.exit_code
    except typer.Abort:
        typer.echo(text("cli-aborted"), err=True)
        return 1
    return result if isinstance(result, int) else 0

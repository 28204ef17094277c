"""The ``policykg`` command: one click group, thin commands over the library API.

Each command lives in ``extractor/commands/<area>.py`` and imports heavy modules (spaCy,
jieba) only inside its body, so query commands start fast.
"""

from __future__ import annotations

import os
import sys

import click

from .errors import PolicyKGError
from .project import HOME_ENV, Project


class _FriendlyError(click.ClickException):
    def __init__(self, err: PolicyKGError) -> None:
        super().__init__(str(err))
        self.exit_code = err.exit_code  # type: ignore[misc]  # per error (click declares a ClassVar)


def hoist_home(args: list[str]) -> list[str]:
    """``--home DIR`` (or ``--home=DIR``) moved to the front wherever it was written, so
    that ``policykg duties 公安 --home DIR`` works like ``policykg --home DIR duties 公安``."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg == "--home" and i + 1 < len(args):
            front += args[i : i + 2]
            i += 2
            continue
        if arg.startswith("--home="):
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


class PolicyGroup(click.Group):
    """A group that turns library errors into a one-line message and an exit code."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_home(list(args)))

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except PolicyKGError as err:
            for line in err.details:
                click.echo(line, err=True)
            raise _FriendlyError(err) from None
        except BrokenPipeError:
            raise  # `policykg … | head`: click ends quietly on EPIPE
        except OSError as err:  # a full disk, a read-only folder, a path under a file …
            raise click.ClickException(os_error_message(err)) from None


def os_error_message(err: OSError) -> str:
    """One line for an operating-system error: the path and the system's reason."""
    where = err.filename or ""
    if err.filename2:
        where = f"{where} -> {err.filename2}"
    reason = err.strerror or type(err).__name__
    return f"cannot write or read {where}: {reason}" if where else f"system error: {reason}"


@click.group(cls=PolicyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar=HOME_ENV,
    help=f"Project folder holding corpus/ and graphs/ (default: ${HOME_ENV}, else the nearest "
    "folder holding corpus/ or graphs/ from here upwards, else .). Accepted before or after the command.",
)
@click.version_option(package_name="policykg")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """Turn Chinese policy notices into a graph of who is responsible for what.

    \b
    Examples:
      policykg add ~/Downloads/某县通知.docx && policykg build
      policykg duties 公安 --format csv -o 公安.csv
      policykg who 结核病
      policykg render && xdg-open graphs/graph.html

    Every command takes -h for its own help and examples.
    """
    ctx.obj = Project.at(home) if home else Project.find()


def _register() -> None:
    from .commands import ALL_COMMANDS

    for command in ALL_COMMANDS:
        cli.add_command(command)


_register()


def _utf8_args(argv: list[str]) -> list[str]:
    """Arguments as UTF-8 text even under a C/POSIX locale (where Python decodes them as
    ASCII with surrogate escapes and ``公安`` would arrive as ``\udce5…``); paths are left
    as they are, since the OS takes them back byte for byte."""
    enc = sys.getfilesystemencoding()
    out = []
    for arg in argv:
        if os.path.exists(arg) or os.sep in arg or "." in arg:
            out.append(arg)  # a path: the OS wants the bytes as they came
            continue
        try:
            out.append(arg.encode(enc, "surrogateescape").decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            out.append(arg)
    return out


def _utf8_streams() -> None:
    """Write UTF-8 where the locale's encoding cannot write Chinese (a C locale)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            "中".encode(stream.encoding or "ascii")
        except (UnicodeEncodeError, LookupError):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="replace")


def main() -> None:
    _utf8_streams()
    cli(args=_utf8_args(sys.argv[1:]), prog_name="policykg")

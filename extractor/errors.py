"""Errors the CLI turns into a clear message and a non-zero exit (never a traceback)."""


class PolicyKGError(Exception):
    """Base class: a problem with the user's input or project, explained in the message.

    ``details``: one line per item the message sums up (a refused file each); the CLI
    prints them, one a line, before the message."""

    exit_code = 1

    def __init__(self, message: str = "", details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details: list[str] = list(details or [])


class InputError(PolicyKGError):
    """A notice that cannot be read as text (empty, binary, undecodable, too large)."""

    exit_code = 2


class NotFoundError(PolicyKGError):
    """A name that matches nothing in the graph or corpus."""

    exit_code = 3


class AmbiguousError(PolicyKGError):
    """A name that matches several things; the message lists them."""

    exit_code = 4

"""Errors the CLI turns into a clear message and a non-zero exit (never a traceback)."""


class PolicyKGError(Exception):
    """Base class: a problem with the user's input or project, explained in the message."""

    exit_code = 1


class InputError(PolicyKGError):
    """A notice that cannot be read as text (empty, binary, undecodable, too large)."""

    exit_code = 2


class NotFoundError(PolicyKGError):
    """A name that matches nothing in the graph or corpus."""

    exit_code = 3


class AmbiguousError(PolicyKGError):
    """A name that matches several things; the message lists them."""

    exit_code = 4

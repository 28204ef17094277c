"""CLI commands, one module per area; each module exposes ``COMMANDS``."""

from . import corpus, evaluate, export, extract, query, render

ALL_COMMANDS = [
    *extract.COMMANDS,
    *corpus.COMMANDS,
    *query.COMMANDS,
    *export.COMMANDS,
    *render.COMMANDS,
    *evaluate.COMMANDS,
]

"""CLI commands, one module per area; each module exposes ``COMMANDS``."""

from . import corpus, evaluate, export, extract, query, render, show

ALL_COMMANDS = [
    *extract.COMMANDS,
    *show.COMMANDS,
    *corpus.COMMANDS,
    *query.COMMANDS,
    *export.COMMANDS,
    *render.COMMANDS,
    *evaluate.COMMANDS,
]

"""CLI commands: render (placeholder)."""

COMMANDS: list = []

"""CLI commands: export (placeholder)."""

COMMANDS: list = []

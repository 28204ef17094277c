"""CLI commands: query (placeholder)."""

COMMANDS: list = []

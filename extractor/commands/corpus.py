"""CLI commands: corpus (placeholder)."""

COMMANDS: list = []

"""Where a project's files live: a home folder holding ``corpus/`` and ``graphs/``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "POLICYKG_HOME"


@dataclass(frozen=True)
class Project:
    """A project home. ``Project.at(None)`` uses ``$POLICYKG_HOME`` or the current folder."""

    home: Path

    @classmethod
    def at(cls, home: str | os.PathLike[str] | None = None) -> Project:
        chosen = home or os.environ.get(HOME_ENV) or "."
        return cls(Path(chosen).expanduser().resolve())

    @classmethod
    def find(cls, start: str | os.PathLike[str] | None = None) -> Project:
        """The project holding ``start`` (default: the current folder), found like git
        finds a repository: the nearest folder, ``start`` or above, that holds a
        ``corpus/`` or ``graphs/`` folder; ``$POLICYKG_HOME`` wins; else ``start``."""
        if os.environ.get(HOME_ENV):
            return cls.at(os.environ[HOME_ENV])
        here = Path(start or ".").expanduser().resolve()
        for folder in (here, *here.parents):
            if (folder / "corpus").is_dir() or (folder / "graphs").is_dir():
                return cls(folder)
        return cls(here)

    @property
    def corpus_dir(self) -> Path:
        return self.home / "corpus"

    @property
    def graphs_dir(self) -> Path:
        return self.home / "graphs"

    @property
    def graph_path(self) -> Path:
        return self.graphs_dir / "graph.json"

    @property
    def db_path(self) -> Path:
        """The graph store (SQLite), written by ``policykg build``."""
        return self.graphs_dir / "graph.db"

    @property
    def cache_dir(self) -> Path:
        """Per-notice extraction cache (kept out of git)."""
        return self.corpus_dir / ".cache"

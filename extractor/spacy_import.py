"""spaCy without its command line: ``import spacy`` imports ``spacy.cli`` for one name
(``spacy.info``), and with it typer, weasel, requests, httpx and rich, a fifth to a third
of spaCy's import time (0.15–0.2 s of CPU of a build that extracts one notice). The
pipeline never uses them, so the first import of spaCy here puts a placeholder for
``spacy.cli`` in place while spaCy's package imports, then takes it away again: a later
``import spacy.cli`` (or ``python -m spacy``) gets the real one, and ``spacy.info`` imports
it when called."""

from __future__ import annotations

import sys
import types
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` if not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` can be found in sys.modules
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    placed = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(placed)
    try:
        import spacy
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")
    spacy.info = _info  # type: ignore[attr-defined]
    return spacy


spacy = import_spacy()

from spacy.language import Language  # noqa: E402  (after the placeholder's import)
from spacy.tokens import Doc  # noqa: E402

__all__ = ["Doc", "Language", "import_spacy", "spacy"]

"""Read a notice file as text: any common Chinese encoding in, ``str`` out (owned by corpus work)."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def decode_bytes(data: bytes, name: str = "<notice>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 or GB18030 bytes; raise InputError otherwise."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the file as UTF-8 or GB18030 text")


def read_notice(path: str | Path) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror})") from None
    return decode_bytes(data, p.name)

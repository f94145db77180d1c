"""Backslash escapes shared by vCard and MECARD values (``\\;`` ``\\,`` ``\\:`` ``\\n``)."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    """``\\n`` to a line break, any other escaped character to itself."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_raw(value: str, sep: str) -> list[str]:
    """Split at separators that are not backslash-escaped, keeping the escapes."""
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def split_escaped(value: str, sep: str) -> list[str]:
    """Split at unescaped separators, then unescape each part."""
    return [unescape(part) for part in split_raw(value, sep)]

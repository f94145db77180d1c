"""Keyboard layouts by key position, to play a scanner set to one layout on a host
set to another.

A key's position is its PC scan code (set 1), as in showfloor.scanning.keymap;
each layout gives what the key types plain and with Shift. Dead keys (AZERTY's ^
and ¨, QWERTZ's ´ and ^) are shown as the accent they carry.
"""

from __future__ import annotations

from showfloor.scanning.keymap import US

_ROW_STARTS = (0x02, 0x10, 0x1E, 0x2B)


def _layout(rows: tuple[tuple[str, str], ...]) -> dict[int, tuple[str, str]]:
    keys = {0x39: (" ", " "), 0x1C: ("\n", "\n"), 0x0F: ("\t", "\t")}
    for start, (plain, shifted) in zip(_ROW_STARTS, rows, strict=True):
        for i, pair in enumerate(zip(plain, shifted, strict=True)):
            keys[start + i] = pair
    return keys


AZERTY = _layout((
    ("&é\"'(-è_çà)=", "1234567890°+"),
    ("azertyuiop^$", "AZERTYUIOP¨£"),
    ("qsdfghjklmù²", "QSDFGHJKLM%²"),
    ("*wxcvbn,;:!", "µWXCVBN?./§"),
))  # fmt: skip
QWERTZ = _layout((
    ("1234567890ß´", "!\"§$%&/()=?`"),
    ("qwertzuiopü+", "QWERTZUIOPÜ*"),
    ("asdfghjklöä^", "ASDFGHJKLÖÄ°"),
    ("#yxcvbnm,.-", "'YXCVBNM;:_"),
))  # fmt: skip

_US_POSITION: dict[str, tuple[int, bool]] = {}
for _position, _pair in US.items():
    for _shift, _char in enumerate(_pair):
        if _position < 0x40:  # the main block, not the keypad
            _US_POSITION.setdefault(_char, (_position, bool(_shift)))


def us_position(char: str) -> tuple[int, bool] | None:
    """Where a US keyboard has ``char``: (scan code, Shift), or None if it has none."""
    return _US_POSITION.get(char)


def us_scanner_on(host: dict[int, tuple[str, str]], payload: str) -> list[tuple[str, str]]:
    """A US-layout scanner typing ``payload`` on a host with another layout.

    Returns (what the host types, the US reading) for each key. A character a US
    keyboard does not have is sent as it is (a scanner's Unicode mode), its
    position unknown: ("é", "").
    """
    keys = []
    for char in payload:
        where = us_position(char)
        if where is None:
            keys.append((char, ""))
            continue
        position, shift = where
        keys.append((host[position][shift], char))
    return keys

"""Where a key is on the keyboard, whatever letter the layout prints on it.

A key's position is its PC scan code (set 1), which Linux (evdev key codes, X key
codes minus 8) and Windows report alike for the main block. Two things need it:

- a handheld scanner set to a US layout on a French or German computer presses the
  keys where a US keyboard has the payload's letters, and the computer types what
  its own layout has there (",ECARD" for "MECARD" on AZERTY): reading the same
  positions as US shows what the scanner meant to type;
- the class keys 1/2/3 are the top-row keys 1, 2 and 3 wherever they sit, though
  AZERTY types "&", "é" and '"' on them without Shift.
"""

from __future__ import annotations

_ROWS = (
    (0x02, "1234567890-=", '!@#$%^&*()_+'),
    (0x10, "qwertyuiop[]", "QWERTYUIOP{}"),
    (0x1E, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (0x2B, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
)
_KEYPAD = {0x47: "7", 0x48: "8", 0x49: "9", 0x4A: "-", 0x4B: "4", 0x4C: "5", 0x4D: "6",
           0x4E: "+", 0x4F: "1", 0x50: "2", 0x51: "3", 0x52: "0", 0x53: ".", 0x37: "*"}
_OTHER = {0x39: (" ", " "), 0x1C: ("\n", "\n"), 0x0F: ("\t", "\t")}

US: dict[int, tuple[str, str]] = {**_OTHER, **{k: (v, v) for k, v in _KEYPAD.items()}}
for _start, _plain, _shifted in _ROWS:
    for _i, (_p, _s) in enumerate(zip(_plain, _shifted, strict=True)):
        US[_start + _i] = (_p, _s)

TOP_ROW_DIGITS = {0x02 + i: str((i + 1) % 10) for i in range(10)}
"""Scan code of each top-row digit key: 0x02 is "1" ... 0x0B is "0"."""

KEYPAD_DIGITS = {k: v for k, v in _KEYPAD.items() if v.isdigit()}


def us_char(position: int, shift: bool) -> str | None:
    """What a US-layout keyboard types at this scan code, or None for a key it lacks."""
    pair = US.get(position)
    if pair is None:
        return None
    return pair[1] if shift else pair[0]


def digit_at(position: int) -> str | None:
    """The digit printed on this key (top row or keypad) on every common layout."""
    return TOP_ROW_DIGITS.get(position) or KEYPAD_DIGITS.get(position)

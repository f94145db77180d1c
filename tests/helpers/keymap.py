"""Give the X server's keyboard the keys a payload's accented letters need.

A Spanish or German computer has keys for "Á" and "ö"; Xvfb's default map does
not. Left to itself, xdotool binds such a character to a spare key code for the
length of one key press and then takes it back: the program under test reads
the keyboard map when it handles the key, and on a loaded machine that is after
the binding is gone, so the key arrives as nothing, or as another character. Binding the
characters once, before the burst, is what a computer whose layout has them
looks like, and the map no longer changes under a scan. Only libX11 is needed
(through ctypes), already one of Qt's own libraries.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterable

_NO_SYMBOL = 0


def keysym_of(char: str) -> int:
    """The X keysym of a character: Latin-1 keeps its code, the rest 0x01000000 + code."""
    code = ord(char)
    return code if 0x20 <= code <= 0xFF else 0x01000000 + code


def _x11() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDisplayKeycodes.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                     ctypes.POINTER(ctypes.c_int)]
    lib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    lib.XGetKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int,
                                        ctypes.POINTER(ctypes.c_int)]
    lib.XChangeKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                           ctypes.POINTER(ctypes.c_ulong), ctypes.c_int]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def bind_characters(display: str, chars: Iterable[str]) -> None:
    """Bind every character of ``chars`` the map lacks to a spare key code, its lower
    case without Shift and its upper case with Shift, as a national layout has them."""
    wanted = {c.lower() for c in chars if not c.isascii()}
    if not wanted:
        return
    lib = _x11()
    dpy = lib.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        low, high = ctypes.c_int(), ctypes.c_int()
        lib.XDisplayKeycodes(dpy, ctypes.byref(low), ctypes.byref(high))
        count = high.value - low.value + 1
        per = ctypes.c_int()
        table = lib.XGetKeyboardMapping(dpy, low.value, count, ctypes.byref(per))
        try:
            width = per.value
            rows = [[table[i * width + j] for j in range(width)] for i in range(count)]
        finally:
            lib.XFree(table)
        present = {sym for row in rows for sym in row}
        missing = sorted(c for c in wanted if keysym_of(c) not in present)
        spare = [low.value + i for i, row in enumerate(rows) if all(s == _NO_SYMBOL for s in row)]
        if len(missing) > len(spare):
            raise RuntimeError(f"no spare key codes left for {missing}")
        for char, keycode in zip(missing, reversed(spare), strict=False):
            row = (ctypes.c_ulong * width)(*([_NO_SYMBOL] * width))
            row[0] = keysym_of(char)
            if width > 1:
                row[1] = keysym_of(char.upper()) if len(char.upper()) == 1 else row[0]
            lib.XChangeKeyboardMapping(dpy, keycode, width, row, 1)
        lib.XSync(dpy, 0)
    finally:
        lib.XCloseDisplay(dpy)

"""`scan-image`: decode the QR codes in image files, one result dict per file.

The dicts are exactly the JSON objects documented in docs/cli.md
(``{"file", "codes": [{"text", "points", "symbology"}], "ms"}``). A file that cannot be read
yields ``{"file", "error"}`` with one line saying what is wrong, so the command
can report every file and never print a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import cv2

from showfloor.scanning.decoder import Decoder, UnreadableImageError, decode_image_file


def scan_files(paths: Iterable[str | Path], decoder: Decoder | None = None
               ) -> Iterator[dict[str, Any]]:
    """Decode each file with full effort, in order; never raises for a bad file."""
    decoder = decoder or Decoder()
    for path in paths:
        name = str(path)
        try:
            codes, ms = decode_image_file(path, decoder)
        except FileNotFoundError:
            yield {"file": name, "error": "no such file"}
            continue
        except IsADirectoryError:
            yield {"file": name, "error": "is a folder, not an image file"}
            continue
        except PermissionError:
            yield {"file": name, "error": "permission denied: this user cannot read the file"}
            continue
        except UnreadableImageError as exc:
            yield {"file": name, "error": str(exc)}
            continue
        except (OSError, cv2.error, MemoryError) as exc:
            yield {"file": name, "error": _one_line(exc)}
            continue
        yield {
            "file": name,
            "codes": [
                {"text": c.text, "points": [[round(x, 1), round(y, 1)] for x, y in c.points],
                 "symbology": c.symbology}
                for c in codes
            ],
            "ms": round(ms, 1),
        }


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "image too large to decode"
    if isinstance(exc, OSError) and exc.strerror:
        return f"could not be read: {exc.strerror.lower()}"
    lines = str(exc).strip().splitlines()
    return f"could not be decoded: {lines[0]}" if lines else "could not be decoded"

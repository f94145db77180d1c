"""Bytes to text: the encodings organisers' tools and Excel really write.

UTF-8 with or without BOM, UTF-16 (Excel's "Unicode Text", with or without BOM),
Windows-1252 (Excel's "CSV" on Western-European Windows); a workbook or other
binary file chosen by mistake is refused unread.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import IO

from showfloor.domain.errors import RefusedError

Source = str | os.PathLike[str] | IO[bytes] | IO[str]
SAMPLE_BYTES = 64 * 1024


def read_source(source: Source) -> tuple[str, str, str]:
    """The whole text of a file or stream, the encoding found, and a name for messages.

    Raises:
        RefusedError: missing or unreadable file, or one that is not text at all.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        data: bytes | str = _read_file(path)
        name = path.name
    else:
        data = source.read()
        name = str(getattr(source, "name", "the attendee list"))
    if isinstance(data, str):
        return data, "text", name
    text, encoding = decode_bytes(data, name)
    return text, encoding, name


def _read_file(path: Path) -> bytes:
    """Read the head first, so a video chosen by mistake is refused unread."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
            _refuse_binary(head, _bom_encoding(head) or _utf16_without_bom(head), path.name)
            return head + fh.read()
    except FileNotFoundError:
        raise RefusedError(f"There is no file {path}; check the name and folder.") from None
    except IsADirectoryError:
        raise RefusedError(f"{path} is a folder; give the attendee list's CSV file.") from None
    except PermissionError:
        raise RefusedError(f"Cannot read {path}: permission denied.") from None
    except OSError as exc:
        raise RefusedError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def decode_bytes(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Text and encoding: a BOM decides; else strict UTF-8; else a legacy code page.

    Windows-1252 is what Excel on Western-European Windows writes for "CSV"; a file
    that is not valid UTF-8 is most often that. Almost: a UTF-8 file with a few
    stray bytes (two exports pasted together) would turn every accent into mojibake
    as cp1252, so when valid UTF-8 sequences outnumber the invalid ones it stays
    UTF-8, with U+FFFD where the bytes were bad. And Excel elsewhere writes its own
    code page (Shift-JIS in Japan, GB18030 in China, Windows-1251 in Russia...):
    see _legacy_code_page.

    Raises:
        RefusedError: a BOM that lies, binary data, or legacy text in no code page
            that reads as words.
    """
    encoding = _bom_encoding(data) or _utf16_without_bom(data[:SAMPLE_BYTES])
    _refuse_binary(data[:SAMPLE_BYTES], encoding, name)
    if encoding is None:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return _utf8_or_legacy(data, name)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise RefusedError(
            f"{name} says it is {encoding.upper()} but byte {exc.start} is not; "
            "export the attendee list again as CSV (UTF-8)."
        ) from None


def _utf8_or_legacy(data: bytes, name: str) -> tuple[str, str]:
    as_utf8 = data.decode("utf-8", errors="replace")
    invalid = as_utf8.count("\ufffd")
    valid = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - invalid
    if valid > invalid:
        return as_utf8, "utf-8 (some bytes invalid)"
    return _legacy_code_page(data, name)


# Code pages of scripts other than Latin that Excel writes for "CSV" on Windows set
# to those languages, by the name charset-normalizer gives them -> the codec to read
# with (cp932 is Microsoft's Shift-JIS, with the NEC and IBM extensions Excel uses).
# Latin code pages are left out: on short samples the detector confuses cp1250 and
# cp1252 ("Ñandú" became "Ńandú"), while Windows-1252 is right for Western lists.
_OTHER_SCRIPTS = {
    "cp932": "cp932",
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "euc_jp": "euc_jp",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "cp950",
    "cp949": "cp949",
    "euc_kr": "cp949",
    "cp1251": "cp1251",
    "koi8_r": "koi8_r",
    "koi8_u": "koi8_u",
    "cp1253": "cp1253",
    "cp1255": "cp1255",
    "cp1256": "cp1256",
    "cp874": "cp874",
    "tis_620": "cp874",
}
_GARBLED_SHARE = 0.3  # of non-ASCII characters that are symbols rather than letters


def _legacy_code_page(data: bytes, name: str) -> tuple[str, str]:
    """Windows-1252, unless a second opinion reads the bytes as another script.

    charset-normalizer judges which code page makes the text read as words; its
    verdict is taken only for the non-Latin scripts above and only when the whole
    file decodes in it. A file that reads as neither (symbols where letters should
    be) is refused rather than imported as mojibake.
    """
    as_cp1252 = data.decode("cp1252", errors="replace")  # its 5 undefined bytes -> U+FFFD
    other = _second_opinion(data)
    if other is not None:
        try:
            return data.decode(other), other
        except UnicodeDecodeError:
            pass
    if _looks_garbled(as_cp1252):
        raise RefusedError(
            f"{name} is not UTF-8, and read as Windows-1252 its names come out garbled, "
            "so its encoding is unknown: open it in Excel and save it as 'CSV UTF-8', "
            "then import that file."
        )
    return as_cp1252, "cp1252"


def _second_opinion(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only legacy files need it

    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # never cut a character in two
    best = from_bytes(sample).best()
    return None if best is None else _OTHER_SCRIPTS.get(best.encoding)


def _looks_garbled(text: str) -> bool:
    """Many symbols among the non-ASCII characters: how Shift-JIS reads as cp1252."""
    high = [c for c in text[:SAMPLE_BYTES] if c > "\x7f"]
    if len(high) < 8:
        return False
    symbols = sum(1 for c in high if not c.isalpha())
    return symbols > _GARBLED_SHARE * len(high)


def _bom_encoding(head: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    return next((enc for bom, enc in boms if head.startswith(bom)), None)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte; binary data does not."""
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_binary(head: bytes, encoding: str | None, name: str) -> None:
    if head.startswith(b"PK\x03\x04"):
        raise RefusedError(
            f"{name} is an Excel workbook (.xlsx) or a zip file, not CSV: open it and "
            "save it as 'CSV UTF-8'."
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise RefusedError(
            f"{name} is an old Excel workbook (.xls), not CSV: open it and save it as 'CSV UTF-8'."
        )
    if encoding is None or not encoding.startswith(("utf-16", "utf-32")):
        nul = head.find(b"\x00")
        if nul >= 0:
            raise RefusedError(
                f"{name} is not a CSV file: it holds binary data (byte {nul}). "
                "Export the attendee list as CSV."
            )

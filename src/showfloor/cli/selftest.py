"""`selftest`: is this installation sound? Database, decoder, Qt platform, assets."""

from __future__ import annotations

import argparse
import importlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from showfloor.cli.common import Context, print_line, subcommand
from showfloor.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "selftest", "check the installation; exit 0 when sound")
    p.set_defaults(handler=run)


def check_database(ctx: Context) -> str:
    # A scratch database proves SQLite, WAL and migrations work without touching data;
    # the real one is then opened and checked if it exists.
    with tempfile.TemporaryDirectory() as tmp:
        scratch = open_database(Path(tmp) / "selftest.db")
        with scratch.engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        scratch.close()
    detail = f"sqlite {mode}"
    if ctx.paths.database.exists():
        with ctx.db.engine.connect() as conn:
            result = conn.execute(text("PRAGMA quick_check")).scalar()
        if result != "ok":
            raise RuntimeError(f"{ctx.paths.database} failed its integrity check: {result}")
        detail += f", {ctx.paths.database} ok"
    return detail


def check_decoder(_ctx: Context) -> str:
    import numpy as np
    import qrcode

    from showfloor.scanning.decoder import Decoder

    matrix = qrcode.QRCode(border=4, box_size=6)
    matrix.add_data("SHOWFLOOR-SELFTEST")
    image = np.array(matrix.make_image().get_image().convert("L"), dtype=np.uint8)
    frame = np.stack([image] * 3, axis=-1)
    texts = [code.text for code in Decoder().decode(frame)]
    if texts != ["SHOWFLOOR-SELFTEST"]:
        raise RuntimeError(f"decoded {texts!r} from a test code")
    return "zxing-cpp and OpenCV decode a test code"


def check_ocr(_ctx: Context) -> str:
    """Business cards: the OCR models are inside this installation and read a test line."""
    import cv2
    import numpy as np

    from showfloor.services.card_ocr import CardOcr

    image = np.full((120, 640, 3), 255, dtype=np.uint8)
    cv2.putText(image, "ada@showfloor.example", (20, 75), cv2.FONT_HERSHEY_SIMPLEX, 1.4,
                (0, 0, 0), 3, cv2.LINE_AA)  # fmt: skip
    read = " ".join(line.text for line in CardOcr().read_lines(image))
    if "showfloor" not in read.lower():
        raise RuntimeError(f"read {read!r} from a test line")
    return "RapidOCR models read a test line"


def check_qt(_ctx: Context) -> str:
    # The only command that loads Qt: it is what is being checked. Loaded by name so
    # the CLI modules keep no static dependency on PySide6.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qtgui = importlib.import_module("PySide6.QtGui")
    app = qtgui.QGuiApplication.instance() or qtgui.QGuiApplication([])
    return f"Qt {importlib.import_module('PySide6.QtCore').qVersion()} ({app.platformName()})"


def check_assets(_ctx: Context) -> str:
    from showfloor.resources import missing_resources, resource_dir

    missing = missing_resources()
    if missing:
        raise RuntimeError(f"missing from {resource_dir()}: {', '.join(missing)}")
    return "icons present"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("database", check_database),
    ("decoder", check_decoder),
    ("ocr", check_ocr),
    ("qt", check_qt),
    ("assets", check_assets),
)


def run(ctx: Context, args: argparse.Namespace) -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print_line(f"ok    {name}: {check(ctx)}")
        except Exception as exc:  # every failure is reported, none is fatal to the others
            failed += 1
            print_line(f"FAIL  {name}: {exc}")
    print_line("selftest passed" if not failed else f"selftest failed: {failed} check(s)")
    return 0 if not failed else 1

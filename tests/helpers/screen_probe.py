"""Opens the booth window on a simulated screen and reports where its parts landed.

Run in its own process (each screen needs its own QApplication):

    python -m helpers.screen_probe WIDTH HEIGHT DATA_DIR PNG [--scale 1.5]

The offscreen platform is given a screen of WIDTH x HEIGHT physical pixels through
its configuration file; with ``--scale`` Qt scales the user interface as a laptop
set to 150 % does. Prints one JSON object: the screen's available geometry and the
global geometry of each widget the booth staff must see, and writes a screenshot.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def _configure_screen(width: int, height: int, scale: float) -> None:
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": True,
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        ],
    }  # fmt: skip
    handle, name = tempfile.mkstemp(suffix=".json")
    with os.fdopen(handle, "w") as out:
        json.dump(config, out)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"
    if scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


def main(argv: list[str]) -> int:
    width, height, data_dir, png = int(argv[0]), int(argv[1]), Path(argv[2]), Path(argv[3])
    scale = float(argv[argv.index("--scale") + 1]) if "--scale" in argv else 1.0
    _configure_screen(width, height, scale)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from showfloor.config import Paths
    from showfloor.domain.questions import VisitorClass
    from showfloor.qt.app import Booth
    from showfloor.qt.window_place import place_window
    from showfloor.services.demo import create_demo
    from showfloor.store.database import open_database

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir))
    app = QApplication([])
    paths = Paths(data_dir)
    db = open_database(paths.database)
    create_demo(db)
    booth = Booth(db, paths, camera=None)
    booth.capture.sound = False
    place_window(booth.window)
    booth.window.show()
    view = booth.capture.view
    view.show_class(VisitorClass.CUSTOMER)
    # A busy moment: a returning visitor, two badges waiting, a message.
    view.show_banner("Visit 2 — last seen 10:42 by Anna, mentor")
    view.show_queue(["Ada Lovelace, Analytical Engines", "Grace Hopper, US Navy"])
    view.show_message(
        "The badge could not be read: the code on it is not a badge of this show. "
        "Type the visitor's name instead, or scan the badge again with the handheld scanner."
    )
    for _ in range(20):
        app.processEvents()

    def where(widget: QWidget) -> dict[str, object]:
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        # Visible means no ancestor clips it away: its rectangle inside every parent's.
        visible_rect = widget.visibleRegion().boundingRect()
        return {
            "rect": [top_left.x(), top_left.y(), widget.width(), widget.height()],
            "visible": widget.isVisible(),
            "fully_shown": widget.isVisible() and visible_rect.size() == widget.size(),
        }

    status = {
        name: where(label)
        for name, label in booth.window._status_labels.items()  # noqa: SLF001
        if label.text()
    }
    essentials: dict[str, QWidget] = dict(view.person_edits)
    essentials.update({f"class_{c.value}": b for c, b in view.class_buttons.items()})
    fields = view.question_fields[VisitorClass.CUSTOMER]
    essentials["next_step"] = fields["next_step"].widget
    essentials["next_step_due"] = fields["next_step_due"].widget
    essentials["save_button"] = view.save_button
    essentials["message"] = view.message
    frame = booth.window.frameGeometry()
    available = booth.window.screen().availableGeometry()
    smallest = booth.window.minimumSizeHint()
    report = {
        "scale": scale,
        "minimum": [smallest.width(), smallest.height()],
        "available": [available.x(), available.y(), available.width(), available.height()],
        "window": [frame.x(), frame.y(), frame.width(), frame.height()],
        "status": status,
        "essentials": {name: where(w) for name, w in essentials.items()},
    }
    booth.window.grab().save(str(png))
    print(json.dumps(report), flush=True)
    booth.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    # What the probe measures is printed and the database closed: skip the interpreter's
    # teardown, where PySide's exit handler destroying the application crashed once in
    # a loaded CI-like run (a segfault after the report, which then never reached the pipe).
    sys.stdout.flush()
    os._exit(code)

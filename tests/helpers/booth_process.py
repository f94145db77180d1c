"""A real booth window in a process of its own (a test helper), offscreen.

python -m helpers.booth_process lock     # lock it, print "locked", run until killed
python -m helpers.booth_process state    # print what the window shows, then quit
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from showfloor.config import resolve_paths  # noqa: E402
from showfloor.qt.app import Booth  # noqa: E402
from showfloor.services.recovery import open_store  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    paths = resolve_paths()
    db = open_store(paths)
    booth = Booth(db, paths)
    booth.start()

    def lock() -> None:
        booth.lock.lock()
        print("locked" if booth.lock.locked else "not locked", flush=True)

    def state() -> None:
        lock_view = booth.lock.view
        print(
            json.dumps(
                {
                    "locked": booth.lock.locked,
                    "cover": lock_view.isVisible(),
                    "tabs": booth.window.tabs.isVisible(),
                    "pin_enabled": lock_view.pin.isEnabled(),
                    "message": lock_view.message.text(),
                }
            ),
            flush=True,
        )
        app.quit()

    QTimer.singleShot(0, lock if sys.argv[1] == "lock" else state)
    code = app.exec()
    booth.shutdown()
    db.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())

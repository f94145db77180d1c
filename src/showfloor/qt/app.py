"""QApplication set-up and the main window wiring."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from showfloor.config import Paths
from showfloor.domain.errors import ShowfloorError
from showfloor.services.events import current_event
from showfloor.services.leads import LeadFilter, count_leads
from showfloor.store.database import open_database


def run_app(paths: Paths, camera: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Showfloor")
    try:
        db = open_database(paths.database)
    except ShowfloorError as exc:
        sys.stderr.write(f"showfloor: {exc}\n")
        return 1
    with db.session() as session:
        event = current_event(session)
        count = count_leads(session, LeadFilter(event.id)) if event else 0
        title = event.name if event else "No event"
    window = QMainWindow()
    window.setWindowTitle(f"Showfloor — {title}")
    window.setCentralWidget(QLabel(f"{title}: {count} leads"))
    window.resize(1366, 768)
    window.show()
    code = app.exec()
    db.close()
    return int(code)

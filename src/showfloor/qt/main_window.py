"""The main window: Capture, Leads and Dashboard tabs, menus, the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from showfloor.qt.context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(
            self.tr("Showfloor — {event_name}").format(event_name=context.event_name)
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.setCentralWidget(self.tabs)
        self.shortcut_help: list[tuple[str, str]] = []
        self._status_labels: dict[str, QLabel] = {}
        for key in ("event", "staff", "leads", "saved", "team", "camera"):
            label = QLabel()
            label.setObjectName(f"status_{key}")
            self._status_labels[key] = label
            self.statusBar().addPermanentWidget(label)
        # Menus are found by their English name; only their titles are translated.
        titles = {
            "&File": self.tr("&File"),
            "&Event": self.tr("&Event"),
            "&Staff": self.tr("&Staff"),
            "&View": self.tr("&View"),
            "&Help": self.tr("&Help"),
        }
        self.menus = {name: self.menuBar().addMenu(title) for name, title in titles.items()}
        self.context.event_changed.connect(self._on_event_changed)
        self.context.staff_changed.connect(lambda name: self.set_status("staff", name))

    def add_view(self, widget: QWidget, title: str, shortcut: str) -> None:
        index = self.tabs.addTab(widget, title)
        self.add_action("&View", title, shortcut, lambda: self.tabs.setCurrentIndex(index))

    def add_action(
        self,
        menu: str,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        *,
        object_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.shortcut_help.append((text.replace("&", "").rstrip("…"), keys))
        action.triggered.connect(slot)
        if object_name:
            action.setObjectName(object_name)
        self.menus[menu].addAction(action)
        self.addAction(action)
        return action

    def document_shortcut(self, keys: str, what: str) -> None:
        """List a shortcut handled inside a view (not a menu action) in Help > Shortcuts."""
        self.shortcut_help.append((what, keys))

    def set_status(self, key: str, text: str, tip: str | None = None) -> None:
        label = self._status_labels[key]
        label.setText(f"  {text}  " if text else "")
        if tip is not None:
            label.setToolTip(tip)

    def status(self, key: str) -> str:
        """What the status bar shows under ``key`` (tests and screenshots read it)."""
        return self._status_labels[key].text().strip()

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td style='padding-right:18px'><b>{keys}</b></td><td>{what}</td></tr>"
            for what, keys in self.shortcut_help
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{rows}</table>")
        box.setObjectName("shortcuts_dialog")
        box.open()

    def _on_event_changed(self, _event_id: str) -> None:
        self.setWindowTitle(
            self.tr("Showfloor — {event_name}").format(event_name=self.context.event_name)
        )
        self.set_status("event", self.context.event_name)

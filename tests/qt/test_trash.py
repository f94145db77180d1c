"""A lead deleted by mistake, noticed after the 10 s undo: Event > Deleted leads brings
it back with its visits."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from showfloor.qt.app import Booth

from helpers.qt_find import action, cell


def names(booth: Booth) -> list[str]:
    model = booth.leads.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_lead_deleted_by_mistake_comes_back_from_the_trash(qtbot: QtBot, booth: Booth) -> None:
    booth.window.tabs.setCurrentWidget(booth.leads.view)
    table = booth.leads.view.table
    qtbot.waitUntil(lambda: "Hannah Kim" in names(booth))
    row = names(booth).index("Hannah Kim")
    index = booth.leads.model.index(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())  # fmt: skip
    visits_before = booth.leads.model.index(row, 4).data()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Hannah Kim" not in names(booth)
    booth.leads._expire_undo()  # noqa: SLF001  (the 10 s are over)
    assert not booth.leads.view.undo_bar.isVisible()

    action(booth.window, "open_trash").trigger()
    dialog = booth.trash.dialog
    assert dialog is not None and dialog.isVisible()
    assert cell(dialog.table, 0, 0).text() == "Hannah Kim"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hannah Kim" in names(booth))
    row = names(booth).index("Hannah Kim")
    assert booth.leads.model.index(row, 4).data() == visits_before  # every visit is back
    assert dialog.empty.isVisible()
    qtbot.waitUntil(lambda: booth.window.status("leads") == "10 leads")  # counted in the back
    dialog.close()

"""The leads view on real widgets: paging, search, filters, sort, edit, delete and undo."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import NoReturn, TypedDict, Unpack

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from showfloor.config import Paths
from showfloor.qt.context import AppContext
from showfloor.qt.controllers import leads_controller
from showfloor.qt.controllers.leads_controller import LeadsController
from showfloor.qt.main_window import MainWindow
from showfloor.qt.models import leads_first_page, leads_model
from showfloor.qt.models.leads_model import LeadsModel
from showfloor.services.demo import create_demo
from showfloor.services.leads import LeadFilter, LeadRow, get_lead, page_rows
from showfloor.store.database import Database

from helpers.big_event import seed_leads
from helpers.builders import capture


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC here, so the demo's day and hours are known."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def open_leads(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[Callable[[], LeadsController]]:
    """Opens the leads view on its own window; shuts its background reads down after."""
    opened: list[LeadsController] = []

    def open_view() -> LeadsController:
        context = AppContext(db, paths)
        window = MainWindow(context)
        qtbot.addWidget(window)
        controller = LeadsController(context, window)
        window.resize(1366, 768)
        window.show()
        window.tabs.setCurrentWidget(controller.view)
        qtbot.waitExposed(window)
        opened.append(controller)
        return controller

    yield open_view
    for controller in opened:
        controller.shutdown()


@pytest.fixture
def leads(db: Database, open_leads: Callable[[], LeadsController]) -> LeadsController:
    create_demo(db)
    return open_leads()


def names(controller: LeadsController) -> list[str]:
    model = controller.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_of(controller: LeadsController, name: str) -> int:
    return names(controller).index(name)


def select(qtbot: QtBot, controller: LeadsController, name: str) -> None:
    table = controller.view.table
    index = controller.model.index(row_of(controller, name), 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert table.currentIndex().row() == index.row()


def count_text(controller: LeadsController) -> str:
    return controller.view.count_label.text()


class PageOptions(TypedDict, total=False):
    """The keyword arguments of services.leads.page_rows."""

    sort: str
    descending: bool
    offset: int
    limit: int | None
    matches: int | None


def test_a_big_event_opens_by_reading_only_the_pages_in_sight(
    qtbot: QtBot,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    open_leads: Callable[[], LeadsController],
) -> None:
    seed_leads(paths.data_dir, 5000)
    offsets: list[int] = []
    real = page_rows  # what leads_model (later pages) and leads_first_page call

    def recording(
        session: Session, flt: LeadFilter, **kwargs: Unpack[PageOptions]
    ) -> list[LeadRow]:
        offsets.append(kwargs.get("offset", 0))
        return real(session, flt, **kwargs)

    monkeypatch.setattr(leads_model, "page_rows", recording)
    monkeypatch.setattr(leads_first_page, "page_rows", recording)
    controller = open_leads()
    controller.view.grab()
    assert controller.model.rowCount() == 5000
    assert count_text(controller) == "5,000 leads"
    assert set(offsets) == {0}  # one page of 200, nothing else

    controller.view.table.scrollToBottom()
    controller.view.grab()
    assert set(offsets) == {0, 4800}  # the last page only, not the 23 in between
    last = controller.model.index(4999, 0).data()
    assert last and last != "…"


def test_search_filters_as_you_type_and_esc_clears(qtbot: QtBot, leads: LeadsController) -> None:
    view = leads.view
    view.search.setFocus()
    qtbot.keyClicks(view.search, "budg")
    qtbot.waitUntil(lambda: leads.model.count == 2)  # two mentors said it (answers)
    assert sorted(names(leads)) == ["Graham Bell", "Sofia Lindqvist"]
    assert count_text(leads) == "2 of 10 match"

    view.search.clear()
    qtbot.keyClicks(view.search, "northwind")
    qtbot.waitUntil(lambda: names(leads) == ["Priya Raman"])

    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    qtbot.waitUntil(lambda: leads.model.count == 10)
    assert count_text(leads) == "10 leads"


def test_enter_in_the_search_goes_to_the_first_match(qtbot: QtBot, leads: LeadsController) -> None:
    leads.view.search.setFocus()
    qtbot.keyClicks(leads.view.search, "fatima")
    qtbot.keyClick(leads.view.search, Qt.Key.Key_Return)  # before the debounce fired
    assert names(leads) == ["Fatima Zahra"]
    assert QApplication.focusWidget() is leads.view.table
    assert leads.view.table.currentIndex().row() == 0


def test_filters_by_class_rating_staff_and_day(qtbot: QtBot, leads: LeadsController) -> None:
    view = leads.view

    def choose(combo: QComboBox, text: str) -> None:
        combo.setCurrentIndex(combo.findText(text))

    choose(view.class_filter, "Mentor")
    assert sorted(names(leads)) == ["Graham Bell", "Hannah Kim", "Olu Adeyemi", "Sofia Lindqvist"]
    assert count_text(leads) == "4 of 10 match"
    choose(view.class_filter, "All classes")
    choose(view.rating_filter, "Hot")
    assert sorted(names(leads)) == ["Fatima Zahra", "Jonas Weber", "Priya Raman"]
    choose(view.rating_filter, "All ratings")
    qtbot.waitUntil(lambda: view.day_filter.count() > 1)  # read off the GUI thread
    staff = [view.staff_filter.itemText(i) for i in range(view.staff_filter.count())]
    assert staff == ["All staff", "Anna Berg", "Ben Okafor", "Chloé Martin"]
    choose(view.staff_filter, "Ben Okafor")
    assert sorted(names(leads)) == ["Graham Bell", "Sofia Lindqvist", "Tomas Alvarez"]
    choose(view.staff_filter, "All staff")
    days = [view.day_filter.itemText(i) for i in range(view.day_filter.count())]
    assert days == ["All days", "Sun 22 Nov"]
    choose(view.day_filter, "Sun 22 Nov")
    assert leads.model.count == 10


def test_clicking_headers_sorts(qtbot: QtBot, leads: LeadsController) -> None:
    header = leads.view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 12
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 8))

    assert names(leads)[0] == "Fatima Zahra"  # latest visit first
    click(0)
    by_last_name = [
        "Olu Adeyemi", "Tomas Alvarez", "Graham Bell", "Rafael Costa", "Hannah Kim",
        "Sofia Lindqvist", "Priya Raman", "Mei Tanaka", "Jonas Weber", "Fatima Zahra",
    ]  # fmt: skip
    assert names(leads) == by_last_name
    click(0)
    assert names(leads) == by_last_name[::-1]
    click(4)  # visits: most first
    assert set(names(leads)[:3]) == {"Fatima Zahra", "Graham Bell", "Priya Raman"}


def test_double_click_edits_the_lead_and_leaves_its_visits(
    qtbot: QtBot, leads: LeadsController, db: Database
) -> None:
    table = leads.view.table
    row = row_of(leads, "Graham Bell")
    lead_id = leads.model.lead_id(row)
    assert lead_id is not None
    with db.session() as session:
        before = get_lead(session, lead_id)
    pos = table.visualRect(leads.model.index(row, 0)).center()
    # A real double click starts with a press; QTest's double click alone does not.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    dialog = leads.dialog
    assert dialog is not None and dialog.isVisible()
    history = dialog.history.toPlainText()
    assert "Visit 2" in history and "Visit 1" in history
    assert "Barriers to entry" in history  # answers under their question labels
    assert "IT security review takes months" in history
    assert dialog.history.isReadOnly()

    company = dialog.person_edits["company"]
    company.selectAll()
    qtbot.keyClicks(company, "Bell Acoustics")
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData("kol"))
    dialog.tags.setText("partner, speaker")
    with qtbot.waitSignal(leads.context.lead_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    with db.session() as session:
        after = get_lead(session, lead_id)
    assert (after.company, after.visitor_class, after.tags) == (
        "Bell Acoustics", "kol", ("partner", "speaker")
    )  # fmt: skip
    assert after.history == before.history  # earlier visits untouched
    qtbot.waitUntil(lambda: leads.model.index(row_of(leads, "Graham Bell"), 1).data()
                    == "Bell Acoustics")  # fmt: skip
    assert "Saved Graham Bell" in leads.view.message.text()


def test_a_refused_edit_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, leads: LeadsController
) -> None:
    select(qtbot, leads, "Mei Tanaka")
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Return)
    dialog = leads.dialog
    assert dialog is not None and dialog.isVisible()
    email = dialog.person_edits["email"]
    email.setText("mei@kaizen")
    dialog.person_edits["title"].setText("Head buyer")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not an email address" in dialog.error.text()
    assert "\n" not in dialog.error.text()
    assert (email.text(), dialog.person_edits["title"].text()) == ("mei@kaizen", "Head buyer")
    email.setText("mei@kaizen.example")
    qtbot.keyClick(email, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()


def test_alt_i_edits_the_website_and_a_bad_one_is_refused(
    qtbot: QtBot, leads: LeadsController, db: Database
) -> None:
    select(qtbot, leads, "Mei Tanaka")
    lead_id = leads.model.lead_id(leads.view.table.currentIndex().row())
    assert lead_id is not None
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Return)
    dialog = leads.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.person_edits["company"].setFocus()
    qtbot.keyClick(dialog.person_edits["company"], Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    website = dialog.person_edits["website"]
    assert website.hasFocus()
    qtbot.keyClicks(website, "kaizen dot jp")
    qtbot.keyClick(website, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not a web address" in dialog.error.text()
    website.selectAll()
    qtbot.keyClicks(website, "WWW.Kaizen.co.jp/")
    qtbot.keyClick(website, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with db.session() as session:
        assert get_lead(session, lead_id).website == "www.kaizen.co.jp"


def test_delete_then_undo(qtbot: QtBot, leads: LeadsController, db: Database) -> None:
    select(qtbot, leads, "Hannah Kim")
    row = leads.view.table.currentIndex().row()
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Delete)
    assert "Hannah Kim" not in names(leads)
    assert count_text(leads) == "9 leads"
    assert leads.view.undo_bar.isVisible()
    assert leads.view.undo_label.text() == "Deleted Hannah Kim — Undo (Ctrl+Z)"
    assert leads.view.table.currentIndex().row() == row  # the next lead, ready for Delete again

    qtbot.keyClick(leads.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Hannah Kim" in names(leads)
    assert not leads.view.undo_bar.isVisible()
    current = leads.view.table.currentIndex().row()
    assert leads.model.index(current, 0).data() == "Hannah Kim"


def test_deleting_several_and_the_undo_bar_expiring(qtbot: QtBot, leads: LeadsController) -> None:
    chooser = leads.view.table.selectionModel()
    flag = QItemSelectionModel.SelectionFlag
    chooser.select(leads.model.index(0, 0), flag.ClearAndSelect | flag.Rows)
    chooser.select(leads.model.index(1, 0), flag.Select | flag.Rows)
    leads._undo_timer.setInterval(50)  # noqa: SLF001  (not 10 s in a test)
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Delete)
    assert leads.view.undo_label.text() == "Deleted 2 leads — Undo (Ctrl+Z)"
    assert leads.model.count == 8
    qtbot.waitUntil(lambda: not leads.view.undo_bar.isVisible())
    leads.undo_delete()  # too late: nothing comes back
    assert leads.model.count == 8


def test_a_capture_elsewhere_appears_and_keeps_the_selection(
    qtbot: QtBot, leads: LeadsController, db: Database
) -> None:
    select(qtbot, leads, "Olu Adeyemi")
    result = capture(db, "mentor", first_name="Ada", last_name="Lovelace")
    leads.context.lead_saved.emit(result.lead.id)
    qtbot.waitUntil(lambda: leads.model.count == 11)
    assert names(leads)[0] == "Ada Lovelace"
    current = leads.view.table.currentIndex().row()
    assert leads.model.index(current, 0).data() == "Olu Adeyemi"


def test_a_database_error_is_one_line_in_the_view(
    qtbot: QtBot, leads: LeadsController, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object) -> NoReturn:
        raise OperationalError("UPDATE leads", {}, Exception("database is locked"))

    monkeypatch.setattr(leads_controller, "delete_lead", locked)
    select(qtbot, leads, "Mei Tanaka")
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Delete)
    message = leads.view.message.text()
    assert leads.view.message.isVisible()
    assert "in use by another program" in message and "\n" not in message
    assert "Mei Tanaka" in names(leads)


def test_ctrl_f_from_another_tab_goes_to_the_search(qtbot: QtBot, leads: LeadsController) -> None:
    window = leads.window
    other = QWidget()
    window.tabs.addTab(other, "Capture")
    window.tabs.setCurrentWidget(other)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is leads.view
    assert QApplication.focusWidget() is leads.view.search


def test_the_model_alone_counts_once_and_caches_pages(db: Database, qtbot: QtBot) -> None:
    event_id, _ = create_demo(db)
    from showfloor.services.leads import LeadFilter

    model = LeadsModel(db, LeadFilter(event_id))
    assert (model.count, model.total) == (10, 10)
    model.set_filter(LeadFilter(event_id, visitor_class="kol"))
    assert (model.count, model.total) == (2, 10)
    assert model.find_row(model.lead_id(1) or "", 0) == 1
    assert model.row_at(5) is None


def test_a_search_read_off_the_gui_thread_shows_only_while_it_is_the_newest(
    db: Database, qtbot: QtBot
) -> None:
    from showfloor.qt.workers.background_read import reads_idle
    from showfloor.services.leads import LeadFilter

    event_id, _ = create_demo(db)
    everything, fatima = LeadFilter(event_id), LeadFilter(event_id, search="fatima")
    model = LeadsModel(db, everything)
    with qtbot.waitSignal(model.searched):
        model.search_in_background(fatima)
        assert model.count == 10  # the rows shown stay until the answer
    assert (model.count, model.filter) == (1, fatima)
    assert model.index(0, 0).data() == "Fatima Zahra"

    # Esc before the rows came: everything at once, and the search's answer is dropped.
    model.set_filter(everything)
    model.search_in_background(LeadFilter(event_id, search="weber"))
    model.set_filter(everything)
    assert model.count == 10
    qtbot.waitUntil(lambda: reads_idle(model))
    assert (model.count, model.filter) == (10, everything)

    # A refresh (a capture saved) while a search is on its way shows that search.
    model.search_in_background(fatima)
    model.reload()
    assert (model.count, model.filter) == (1, fatima)
    qtbot.waitUntil(lambda: reads_idle(model))
    assert (model.count, model.filter) == (1, fatima)


def test_a_broad_search_shows_rows_first_and_the_exact_count_after(
    qtbot: QtBot, leads: LeadsController
) -> None:
    leads.model.COUNT_FIRST = 3  # as if 3 were thousands
    leads.view.search.setText("example")  # every email
    leads.apply_filter()
    assert (leads.model.count, leads.model.partial) == (3, True)
    assert count_text(leads) == "3+ of 10 match"
    assert leads.model.index(0, 0).data() == "Fatima Zahra"
    with qtbot.waitSignal(leads.model.counted):
        pass
    assert (leads.model.count, leads.model.partial) == (10, False)
    assert count_text(leads) == "10 of 10 match"


def test_a_badge_only_lead_is_marked_to_qualify_and_finished_in_its_dialog(
    qtbot: QtBot, leads: LeadsController, db: Database
) -> None:
    from showfloor.domain.questions import TO_QUALIFY

    grace = capture(
        db, "customer", badge="MECARD:N:Hopper,Grace;EMAIL:grace@navy.example;;",
        tags=[TO_QUALIFY],
    ).lead.id  # fmt: skip
    leads.context.lead_saved.emit(grace)
    qtbot.waitUntil(lambda: "Grace Hopper" in names(leads))
    row = row_of(leads, "Grace Hopper")
    assert leads.model.index(row, 2).data() == "To qualify"  # not "Customer": a guess
    assert "guess" in leads.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    # counted off the GUI thread, with the staff and the days
    qtbot.waitUntil(lambda: count_text(leads) == "11 leads · 1 to qualify (Class: To qualify)")
    view = leads.view
    view.class_filter.setCurrentIndex(view.class_filter.findText("To qualify (1)"))
    assert names(leads) == ["Grace Hopper"]
    view.class_filter.setCurrentIndex(view.class_filter.findText("Customer"))
    assert "Grace Hopper" not in names(leads)  # the guess is no customer yet
    view.class_filter.setCurrentIndex(view.class_filter.findText("To qualify (1)"))

    select(qtbot, leads, "Grace Hopper")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = leads.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.to_qualify.isVisible() and "Customer was a guess" in dialog.to_qualify.text()
    assert dialog.class_combo.currentText() == "Not classified yet"
    assert dialog.tags.text() == ""  # the dialog keeps the tag, not the staff
    dialog.person_edits["company"].setText("US Navy")
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findText("Mentor"))
    with qtbot.waitSignal(leads.context.lead_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        done = get_lead(session, grace)
    assert (done.visitor_class, done.tags, done.company) == ("mentor", (), "US Navy")
    qtbot.waitUntil(lambda: names(leads) == [])  # it left the To qualify list
    qtbot.waitUntil(lambda: view.class_filter.currentText() == "To qualify")  # counted again
    view.class_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: count_text(leads) == "11 leads")
    assert leads.model.index(row_of(leads, "Grace Hopper"), 2).data() == "Mentor"


def test_saving_a_lead_to_qualify_without_a_class_keeps_it_to_qualify(
    qtbot: QtBot, leads: LeadsController, db: Database
) -> None:
    from showfloor.domain.questions import TO_QUALIFY

    grace = capture(db, "customer", badge="EXPO-ZZ-0001", first_name="Grace", tags=[TO_QUALIFY])
    leads.context.lead_saved.emit(grace.lead.id)
    qtbot.waitUntil(lambda: "Grace" in names(leads))
    select(qtbot, leads, "Grace")
    qtbot.keyClick(leads.view.table, Qt.Key.Key_Return)
    dialog = leads.dialog
    assert dialog is not None
    dialog.person_edits["last_name"].setText("Hopper")
    qtbot.keyClick(dialog.person_edits["last_name"], Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    with db.session() as session:
        kept = get_lead(session, grace.lead.id)
    assert (kept.visitor_class, kept.tags, kept.last_name) == ("customer", (TO_QUALIFY,), "Hopper")

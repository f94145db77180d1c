"""The window never waits for a slow count (issue 20): the dashboard, the exact
number of matches of a search, the lead count in the status bar and the look-alike
of the lead a search selects are read off the GUI thread, and a save moves the count
without counting again. A search typed reads its rows off the GUI thread too.

The counts are replaced by stubs that hold every caller until the test lets them
go, as a 100k-lead event does for seconds: called on the GUI thread they fail the
test instead (a hang would say less). Meanwhile staff switch to the dashboard,
save visitors and search, and the window keeps answering.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from showfloor.config import Paths
from showfloor.domain.questions import VisitorClass
from showfloor.qt.app import Booth
from showfloor.qt.controllers import (
    dashboard_controller,
    duplicate_hint_controller,
    lead_count_controller,
    lead_look_alike,
)
from showfloor.qt.models import leads_first_page, leads_model
from showfloor.services.demo import create_demo
from showfloor.services.duplicates import possible_duplicates
from showfloor.services.leads import LeadFilter, count_leads, page_rows
from showfloor.services.stats import event_stats
from showfloor.store.database import Database

from helpers.booth_window import shown_booth

HOLD_S = 20.0
P = ParamSpec("P")
R = TypeVar("R")


class SlowQueries:
    """Stubs that hold each caller until ``release()``; a call on the GUI thread fails."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.calls: list[str] = []
        self.on_gui_thread: list[str] = []

    def slow(self, name: str, real: Callable[P, R]) -> Callable[P, R]:
        def stub(*args: P.args, **kwargs: P.kwargs) -> R:
            self.calls.append(name)
            if threading.current_thread() is threading.main_thread():
                self.on_gui_thread.append(name)
                raise AssertionError(f"{name} ran on the GUI thread")
            assert self.gate.wait(HOLD_S), "the test never let the query go"
            return real(*args, **kwargs)

        return stub

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowQueries]:
    queries = SlowQueries()
    monkeypatch.setattr(
        dashboard_controller,
        "event_stats",
        queries.slow("dashboard", event_stats),
    )
    monkeypatch.setattr(
        lead_count_controller,
        "count_leads",
        queries.slow("status count", count_leads),
    )
    real_count = count_leads  # what the model calls, until replaced below
    search_count = queries.slow("search count", real_count)

    def counts(session: Session, flt: LeadFilter, **kwargs: int | None) -> int:
        # the whole event's count reads one index and stays on the GUI thread
        return (search_count if flt.search else real_count)(session, flt, **kwargs)

    monkeypatch.setattr(leads_model, "count_leads", counts)
    monkeypatch.setattr(
        lead_look_alike,
        "possible_duplicates",
        queries.slow("look-alike", possible_duplicates),
    )
    monkeypatch.setattr(
        duplicate_hint_controller,
        "possible_duplicates",
        queries.slow("capture hint", possible_duplicates),
    )
    yield queries
    queries.release()  # never leave a worker waiting


@pytest.fixture
def booth(qtbot: QtBot, db: Database, paths: Paths, slow: SlowQueries) -> Iterator[Booth]:
    create_demo(db)
    with shown_booth(qtbot, db, paths) as booth:
        yield booth
        slow.release()


def status(booth: Booth, key: str) -> str:
    label = booth.window.findChild(QLabel, f"status_{key}")
    assert label is not None
    return label.text().strip()


def save_visitor(qtbot: QtBot, booth: Booth, first_name: str) -> None:
    capture = booth.capture
    booth.window.tabs.setCurrentWidget(capture.view)
    capture.start_typing()
    qtbot.keyClicks(capture.view.person_edits["first_name"], first_name)
    capture.choose_class(VisitorClass.MENTOR)
    qtbot.keyClick(capture.view.person_edits["first_name"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"Saved {first_name}" in capture.view.saved_bar.text())


def test_slow_counts_never_hold_up_the_window(
    qtbot: QtBot, booth: Booth, slow: SlowQueries
) -> None:
    # Start-up asked for the lead count; it is held, and the window is up regardless.
    qtbot.waitUntil(lambda: "status count" in slow.calls)
    assert status(booth, "leads") == ""

    # The dashboard: its counts are held too; it says so and the tabs still switch.
    booth.window.tabs.setCurrentWidget(booth.dashboard.view)
    qtbot.waitUntil(lambda: "dashboard" in slow.calls)
    assert booth.dashboard.view.updated.text() == "Counting…"

    # Saves go through while every count is held.
    save_visitor(qtbot, booth, "Grace")
    save_visitor(qtbot, booth, "Ada")

    # A search shows its first rows at once; its exact count is held.
    leads = booth.leads
    booth.window.tabs.setCurrentWidget(leads.view)
    leads.model.COUNT_FIRST = 3  # as if 3 were the hundreds of a big event
    qtbot.keyClicks(leads.view.search, "example")  # every demo email
    qtbot.waitUntil(lambda: leads.view.count_label.text() == "3+ of 12 match")
    qtbot.waitUntil(lambda: "search count" in slow.calls)
    assert leads.model.rowCount() == 3
    # The first row is selected; who it may be a duplicate of is looked up, held too,
    # and typing goes on meanwhile.
    qtbot.waitUntil(lambda: "look-alike" in slow.calls)
    qtbot.keyClicks(leads.view.search, " ")
    assert leads.view.search.text() == "example "

    assert slow.on_gui_thread == []
    slow.release()
    qtbot.waitUntil(lambda: status(booth, "leads") == "12 leads")
    qtbot.waitUntil(lambda: leads.view.count_label.text() == "10 of 12 match")
    booth.window.tabs.setCurrentWidget(booth.dashboard.view)
    qtbot.waitUntil(lambda: booth.dashboard.view.totals["leads"].text() == "12")

    # Once counted, a save moves the count without counting again.
    before = slow.calls.count("status count")
    save_visitor(qtbot, booth, "Hedy")
    assert status(booth, "leads") == "13 leads"
    assert slow.calls.count("status count") == before
    assert slow.on_gui_thread == []

    # The capture form's "met before?" hint is looked up off the GUI thread too.
    capture = booth.capture
    booth.window.tabs.setCurrentWidget(capture.view)
    capture.start_typing()
    qtbot.keyClicks(capture.view.person_edits["last_name"], "Weber")
    qtbot.waitUntil(lambda: "capture hint" in slow.calls)
    qtbot.keyClicks(capture.view.person_edits["last_name"], "s")
    assert capture.view.person_edits["last_name"].text() == "Webers"
    assert slow.on_gui_thread == []


def test_a_slow_search_never_holds_up_typing(
    qtbot: QtBot, booth: Booth, slow: SlowQueries, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = page_rows  # what leads_first_page calls
    held = slow.slow("search rows", real)

    def pages(session: Session, flt: LeadFilter, **kwargs: object) -> object:
        return (held if flt.search else real)(session, flt, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(leads_first_page, "page_rows", pages)
    leads = booth.leads
    booth.window.tabs.setCurrentWidget(leads.view)
    qtbot.waitUntil(lambda: leads.model.rowCount() == 10)

    def names() -> list[str]:
        return [leads.model.index(r, 0).data() for r in range(leads.model.rowCount())]

    # A pause in typing asks for the rows; they are held, the rows shown stay, and
    # typing goes on meanwhile.
    qtbot.keyClicks(leads.view.search, "fati")
    qtbot.waitUntil(lambda: "search rows" in slow.calls)
    assert leads.model.rowCount() == 10
    qtbot.keyClicks(leads.view.search, "ma")
    assert leads.view.search.text() == "fatima"
    assert slow.on_gui_thread == []

    # Let go: the newest search is shown (the held one's answer is not).
    slow.release()
    qtbot.waitUntil(lambda: names() == ["Fatima Zahra"])
    qtbot.waitUntil(lambda: leads.view.count_label.text() == "1 of 10 match")
    assert leads.view.table.currentIndex().row() == 0  # the first match is selected
    assert slow.on_gui_thread == []

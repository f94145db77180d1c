"""The dashboard on real widgets: the demo's counts as drawn, and recounting only when
looked at. Bars are measured on the painted widget (each class and rating has its own
colour), numbers read from the labels and from what a screen reader is told."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from showfloor.config import Paths
from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.qt.context import AppContext
from showfloor.qt.controllers import dashboard_controller
from showfloor.qt.controllers.dashboard_controller import DashboardController
from showfloor.qt.main_window import MainWindow
from showfloor.qt.widgets.bar_chart import BarChart
from showfloor.services.charts import Chart, Count
from showfloor.services.demo import create_demo
from showfloor.services.stats import event_stats
from showfloor.store.database import Database

from helpers.builders import capture


@pytest.fixture
def dashboard(qtbot: Any, db: Database, paths: Paths) -> Iterator[DashboardController]:
    create_demo(db)
    context = AppContext(db, paths)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.tabs.addTab(QWidget(), "Capture")  # the dashboard starts hidden, as in the app
    controller = DashboardController(context, window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield controller
    controller.shutdown()


def show(dashboard: DashboardController) -> None:
    dashboard.window.tabs.setCurrentWidget(dashboard.view)


def counted(qtbot: Any, dashboard: DashboardController) -> None:
    """The counts run off the GUI thread: wait for them to be shown."""
    qtbot.waitUntil(lambda: dashboard.view.updated.text().startswith("Updated"))


def painted_areas(chart: BarChart, colours: dict[str, str]) -> dict[str, int]:
    """Pixels of each bar colour on the painted chart: what the eye compares."""
    image = chart.grab().toImage()
    wanted = {QColor(c).rgb(): name for name, c in colours.items()}
    area = dict.fromkeys(colours, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            name = wanted.get(image.pixel(x, y))
            if name is not None:
                area[name] += 1
    return area


def spoken(chart: BarChart) -> dict[str, int]:
    """What a screen reader announces: 'Customer: 4, Mentor: 4, …'."""
    pairs = (part.rsplit(": ", 1) for part in chart.accessibleDescription().split(", "))
    return {label: int(value.replace(",", "")) for label, value in pairs}


def proportional(area: dict[str, int], values: dict[str, int]) -> bool:
    """Each bar's painted area is its value's share of the whole, within 5 %."""
    total_area, total = sum(area.values()), sum(values.values())
    return all(
        abs(area[name] / total_area - n / total) <= 0.05 * n / total for name, n in values.items()
    )


def test_the_demo_counts(qtbot: Any, dashboard: DashboardController) -> None:
    show(dashboard)
    counted(qtbot, dashboard)
    v = dashboard.view
    totals = {key: label.text() for key, label in v.totals.items()}
    assert totals == {"leads": "10", "visits": "13", "returning": "3", "hot": "3"}
    assert v.title.text() == "Demo Expo 2026"
    classes = {c.label: CLASS_COLOURS[c] for c in VisitorClass}
    # Customer 4, Mentor 4, KOL 2: the bars' lengths are 2 : 2 : 1.
    area = painted_areas(v.by_class, classes)
    assert proportional(area, {"Customer": 4, "Mentor": 4, "Key opinion leader": 2}), area
    ratings = {r.label: RATING_COLOURS[r] for r in Rating}
    area = painted_areas(v.by_rating, ratings)
    assert proportional(area, {"Hot": 3, "Warm": 4, "Cold": 2}), area
    assert spoken(v.by_class) == {"Customer": 4, "Mentor": 4, "Key opinion leader": 2}
    assert spoken(v.by_rating) == {"Hot": 3, "Warm": 4, "Cold": 2, "Unrated": 1}
    assert spoken(v.by_staff) == {"Chloé Martin": 5, "Anna Berg": 4, "Ben Okafor": 4}
    assert sum(spoken(v.by_hour).values()) == 13


def test_saves_recount_only_while_visible_and_coalesced(
    qtbot: Any, dashboard: DashboardController, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = event_stats  # what dashboard_controller calls

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append("count")
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_controller, "event_stats", counting)
    for i in range(3):
        result = capture(db, "kol", first_name=f"Hidden {i}", rating="hot")
        dashboard.context.lead_saved.emit(result.lead.id)
    assert calls == []  # nobody is looking: nothing counted

    show(dashboard)
    counted(qtbot, dashboard)
    assert calls == ["count"]
    assert dashboard.view.totals["leads"].text() == "13"
    assert spoken(dashboard.view.by_class)["Key opinion leader"] == 5

    for i in range(5):  # a burst at the booth: one recount
        result = capture(db, "customer", first_name=f"Burst {i}")
        dashboard.context.lead_saved.emit(result.lead.id)
    qtbot.waitUntil(lambda: dashboard.view.totals["leads"].text() == "18")
    assert calls == ["count", "count"]


def test_charts_paint_empty_and_crowded(qtbot: Any) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.set_chart(Chart("Visits per hour", (), horizontal=False))
    assert not chart.grab().isNull()
    bars = tuple(Count(str(h), f"Day {h // 10} {h:02d}h", h % 7) for h in range(30))
    chart.set_chart(Chart("Visits per hour", bars, horizontal=False), {"5": "#dc2626"})
    assert spoken(chart)["Day 0 05h"] == 5
    assert painted_areas(chart, {"5": "#dc2626"})["5"] > 0  # the 05h column is drawn

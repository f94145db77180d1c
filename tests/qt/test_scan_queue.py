"""Badges read while staff type wait in a visible queue, in order; none is dropped;
refused codes are shown and never queued; a waiting badge can be saved as it is."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showfloor.domain.questions import TO_QUALIFY, VisitorClass
from showfloor.qt.controllers.capture_controller import CaptureController
from showfloor.services.leads import LeadFilter, page_leads

BADGES = [
    "MECARD:N:Lovelace,Ada;ORG:Analytical Engines;EMAIL:ada@example.org;;",
    "MECARD:N:Hopper,Grace;EMAIL:grace@navy.example;;",
    "BIZCARD:N:Priya;X:Raman;C:Northwind Labs;E:priya@northwind.example;;",
]
WIFI = "WIFI:T:WPA;S:DemoExpo-Guest;P:booth2026;;"


def leads(capture: CaptureController) -> list:  # type: ignore[type-arg]
    with capture.context.db.session() as session:
        return page_leads(session, LeadFilter(capture.context.event_id), limit=None)


def queue_lines(capture: CaptureController) -> list[str]:
    q = capture.view.queue_list
    return [q.item(i).text() for i in range(q.count())]


def test_badges_read_while_typing_wait_in_order_and_load_one_by_one(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    qtbot.keyClicks(view.person_edits["first_name"], "Tomasz")
    for badge in BADGES:
        capture.on_scanned(badge)
    capture.on_scanned(BADGES[1])  # the same badge again: not queued twice
    assert view.queue_box.isVisible()
    assert view.queue_title.text().startswith("3 waiting")
    assert queue_lines(capture) == [
        "1. Ada Lovelace — Analytical Engines",
        "2. Grace Hopper",
        "3. Priya Raman — Northwind Labs",
    ]
    assert view.person_edits["first_name"].text() == "Tomasz"  # nothing overwritten
    saved = []
    for expected in ("Tomasz", "Ada", "Grace", "Priya"):
        assert view.person_edits["first_name"].text() == expected
        capture.choose_class(VisitorClass.MENTOR)
        result = capture.save()
        assert result is not None
        saved.append(result.lead.first_name)
    assert saved == ["Tomasz", "Ada", "Grace", "Priya"]
    assert not view.queue_box.isVisible()
    assert sorted(r.first_name for r in leads(capture)) == ["Ada", "Grace", "Priya", "Tomasz"]


def test_a_refused_code_beside_the_badge_is_shown_as_refused_never_queued(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    capture.on_scanned(BADGES[0])
    capture.on_scanned(WIFI)
    assert view.refused_label.isVisible() and "Wi-Fi" in view.refused_label.text()
    assert not view.queue_box.isVisible()
    capture.choose_class(VisitorClass.CUSTOMER)
    capture.save()
    assert view.person_edits["first_name"].text() == ""  # no Wi-Fi "visitor" loaded
    assert [r.first_name for r in leads(capture)] == ["Ada"]


def test_scan_now_qualify_later_saves_a_waiting_badge_as_it_is(
    qtbot: QtBot, capture: CaptureController
) -> None:
    view = capture.view
    qtbot.keyClicks(view.person_edits["first_name"], "Tomasz")
    capture.on_scanned(BADGES[1])
    capture.on_scanned(BADGES[2])
    action = capture.window.findChild(type(capture.window.actions()[0]), "save_badge_only")
    assert action is not None and action.shortcut().toString() == "F9"
    action.trigger()
    [lead] = leads(capture)
    assert (lead.full_name, lead.email, lead.tags) == (
        "Grace Hopper", "grace@navy.example", (TO_QUALIFY,),
    )
    assert queue_lines(capture) == ["1. Priya Raman — Northwind Labs"]
    assert view.person_edits["first_name"].text() == "Tomasz"
    assert "Leads view" in view.message.text()

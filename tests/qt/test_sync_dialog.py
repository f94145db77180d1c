"""File > Merge from file… and Sync with server…: progress, one summary line, refresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFormLayout, QLabel

from showfloor.domain.person import PersonFields
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.event_team_controller import EventTeamController
from showfloor.qt.controllers.sync_controller import SyncController
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.sync_dialog import SyncDialog
from showfloor.services.capture import CaptureRequest, CaptureService
from showfloor.services.sync.files import create_bundle
from showfloor.store.database import Database, open_database

from helpers.builders import OpenDb
from helpers.qt_find import action


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def controller(window: MainWindow, context: AppContext) -> Iterator[SyncController]:
    controller = SyncController(context, window)
    yield controller
    controller.shutdown()  # a merge still running finishes before the window closes


@pytest.fixture
def team(window: MainWindow, context: AppContext) -> Iterator[EventTeamController]:
    team = EventTeamController(context, window)
    yield team
    team.shutdown()


def _bundle(tmp_path: Path, context: AppContext) -> Path:
    """A bundle from a second laptop that joined this window's event (the setup file)."""
    from showfloor.services.sync.team import join_event, share_event

    setup = tmp_path / "setup.sfb"
    share_event(context.db, setup)
    other = open_database(tmp_path / "other" / "showfloor.db")
    join_event(other, setup)
    return _ada_and_bundle(other, tmp_path / "other.sfb")


def _trust_when_asked(qtbot: QtBot, dialog: SyncDialog) -> None:
    """A laptop set up on its own: the dialog says what its bundle would do; trust it."""
    qtbot.waitUntil(lambda: dialog.start_button.text() == "Trust this laptop and merge")
    assert "does not trust yet" in dialog.message.text()
    dialog.start_button.click()


def _ada_and_bundle(laptop: Database, path: Path) -> Path:
    """Ada met on ``laptop``, whose bundle is then written to ``path``."""
    request = CaptureRequest("kol", PersonFields(first_name="Ada", email="ada@example.org"))
    CaptureService(laptop).capture(request)
    create_bundle(laptop, path)
    laptop.close()
    return path


def _counts(dialog: SyncDialog) -> list[tuple[str, str]]:
    """The summary rows as the user reads them (label, number)."""
    form = dialog.details_form
    assert dialog.details.isVisible()

    def text(row: int, role: QFormLayout.ItemRole) -> str:
        item = form.itemAt(row, role)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        return label.text()

    return [
        (text(row, form.ItemRole.LabelRole), text(row, form.ItemRole.FieldRole))
        for row in range(form.rowCount())
    ]


def test_menu_has_both_actions(controller: SyncController) -> None:
    names = {a.objectName(): a for a in controller.window.actions()}
    assert names["merge"].shortcut().toString() == "Ctrl+Shift+M"
    assert "sync" in names


def test_merge_from_file_shows_summary_and_refreshes(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    path = _bundle(tmp_path, context)
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        dialog = controller.merge_file(path)
    assert dialog.message.text() == "Merged other.sfb."
    assert _counts(dialog)[:2] == [("New leads:", "1"), ("New visits:", "1")]


def test_merge_several_files_at_once(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    path = _bundle(tmp_path, context)
    mine = tmp_path / "mine-again.sfb"
    create_bundle(context.db, mine)
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        dialog = controller.merge_files([path, mine])
    assert dialog.message.text() == "Merged 2 files."
    assert _counts(dialog)[:2] == [("New leads:", "1"), ("New visits:", "1")]


def test_damaged_file_is_one_line(
    qtbot: QtBot,
    controller: SyncController,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.sfb"
    bad.write_text("nope")
    dialog = controller.merge_file(bad)
    qtbot.waitUntil(lambda: "not a Showfloor bundle" in dialog.message.text(), timeout=10_000)


def test_unreachable_server_is_one_line(qtbot: QtBot, controller: SyncController) -> None:
    dialog = controller.sync_with_server()
    controller.start_sync("postgresql+psycopg://me:pw@127.0.0.1:1/db")
    qtbot.waitUntil(lambda: "Cannot reach the server" in dialog.message.text(), timeout=10_000)
    assert "pw" not in dialog.message.text()


def test_an_event_set_up_twice_is_pointed_out_under_the_summary(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    from showfloor.services.events import create_event

    other = open_database(tmp_path / "twin" / "showfloor.db")
    with other.session() as session:
        create_event(session, context.event_name)  # same name, set up separately
    path = _ada_and_bundle(other, tmp_path / "twin.sfb")
    dialog = controller.merge_files([path])
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        _trust_when_asked(qtbot, dialog)
    assert dialog.note.isVisible()
    assert "was set up separately on another laptop" in dialog.note.text()


def test_undo_then_capture_again_in_the_window_survives_a_merge(
    qtbot: QtBot,
    window: MainWindow,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    """Issue 13's report, as staff do it: save, Ctrl+Z, save the visitor again, then
    File > Merge from file… with another laptop's bundle. The visitor stays listed."""
    from showfloor.domain.questions import VisitorClass
    from showfloor.qt.controllers.capture_controller import CaptureController
    from showfloor.services.leads import LeadFilter, page_leads

    capture = CaptureController(context, window)
    capture.sound = False
    sync = controller
    vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.org\r\nEND:VCARD"
    for note in ("first try", "the real talk"):
        capture.on_scanned(vcard)
        capture.choose_class(VisitorClass.MENTOR)
        capture.view.notes.setPlainText(note)
        capture.save()
        if note == "first try":
            action(window, "undo").trigger()
    other = open_database(tmp_path / "other" / "showfloor.db")
    path = _ada_and_bundle(other, tmp_path / "other.sfb")  # another event: nothing joins
    dialog = sync.merge_file(path)
    (combo,) = dialog.event_combos.values()  # asked where that event goes
    assert combo.currentData() is None  # no likely match: kept separate unless chosen
    dialog.start_button.click()
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        _trust_when_asked(qtbot, dialog)
    with context.db.session() as session:
        listed = page_leads(session, LeadFilter(context.event_id), limit=None)
    assert [(r.display_name, r.visits) for r in listed] == [("Ada Lovelace", 1)]
    assert ("Same person on two laptops, joined:", "0") in _counts(dialog)


def test_an_event_named_differently_is_asked_about_then_merged_into_the_choice(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    """'Test Fair Berlin' from another laptop: the dialog asks, suggesting our 'Test
    Fair'; Merge puts its leads there."""
    from showfloor.services.events import create_event, list_events

    other = open_database(tmp_path / "berlin" / "showfloor.db")
    with other.session() as session:
        create_event(session, f"{context.event_name} Berlin")
    path = _ada_and_bundle(other, tmp_path / "berlin.sfb")
    dialog = controller.merge_files([path])
    assert dialog.questions.isVisible()
    (combo,) = dialog.event_combos.values()
    assert combo.currentText() == f"Merge into '{context.event_name}'"  # suggested
    dialog.start_button.click()
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        _trust_when_asked(qtbot, dialog)
    assert "was set up separately on another laptop" in dialog.note.text()
    with context.db.session() as session:
        events = list_events(session)
    assert [(e.name, e.leads) for e in events] == [(context.event_name, 1)]
    assert not dialog.start_button.isVisible()


def test_combine_events_previews_then_joins_and_says_how_to_undo(
    qtbot: QtBot,
    team: EventTeamController,
    context: AppContext,
) -> None:
    from showfloor.services.events import create_event, list_events, use_event

    service = CaptureService(context.db)
    ada = PersonFields(first_name="Ada", email="ada@example.org")
    service.capture(CaptureRequest("mentor", ada))
    with context.db.session() as session:
        create_event(session, f"{context.event_name} Berlin")
    service.capture(CaptureRequest("kol", ada))
    with context.db.session() as session:
        use_event(session, context.event_id)
    dialog = team.open_combine()
    assert dialog.source.currentText().startswith(f"{context.event_name} Berlin")
    assert "1 lead of 'Test Fair Berlin' moves into 'Test Fair'" in dialog.preview.text()
    assert "1 of them met there too" in dialog.preview.text()
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        dialog.combine_button.click()
    assert "To undo, close Showfloor and run: showfloor backup restore" in dialog.outcome.text()
    with context.db.session() as session:
        assert [(e.name, e.leads) for e in list_events(session)] == [(context.event_name, 1)]


def test_share_with_the_team_writes_a_file_another_laptop_joins(
    team: EventTeamController, context: AppContext, tmp_path: Path, open_db: OpenDb
) -> None:
    from showfloor.services.sync.team import join_event

    told = team.write_setup(tmp_path / "team.sfsetup")
    assert "Wrote team.sfsetup: 'Test Fair', 1 staff" in told
    other = open_db(tmp_path / "other" / "showfloor.db")
    assert join_event(other, tmp_path / "team.sfsetup").event == context.event_name


def test_a_stranger_bundle_that_removes_many_leads_is_shown_first_and_asked_about(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    """Issue 19's attack in the window: tombstones for our leads from an unknown laptop.
    Nothing goes until the booth lead has read what it does and said yes twice."""
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from showfloor.services.leads import LeadFilter, count_leads
    from showfloor.services.sync.bundle import write_bundle
    from showfloor.services.sync.snapshot import Snapshot

    service = CaptureService(context.db)
    ids = [
        service.capture(
            CaptureRequest("kol", PersonFields(first_name=f"P{i}", email=f"p{i}@example.org"))
        ).lead.id
        for i in range(8)
    ]
    forged = Snapshot()
    now = datetime.now(UTC)
    forged["tombstones"].extend(
        {"entity": "lead", "entity_id": i, "deleted_at": now, "device_id": None} for i in ids
    )
    path = tmp_path / "forged.sfb"
    write_bundle(path, forged, "stranger", signer=Ed25519PrivateKey.generate(),
                 device_name="booth-9")  # fmt: skip

    def live() -> int:
        with context.db.session() as session:
            return count_leads(session, LeadFilter(context.event_id))

    dialog = controller.merge_file(path)
    qtbot.waitUntil(lambda: dialog.start_button.text() == "Trust this laptop and merge")
    text = dialog.message.text()
    assert "'booth-9' (key " in text and "remove 8 (each is listed below)" in text
    assert dialog.changes_button.text() == "Show each lead (8)"
    assert live() == 8
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.start_button.text() == "Merge anyway")
    assert "would remove 8 leads (deleted or erased on another laptop)" in dialog.message.text()
    assert live() == 8
    dialog.reject()  # Close: nothing merged
    assert live() == 8
    controller.shutdown()


def test_a_sealed_bundle_asks_for_its_passphrase_in_the_dialog(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
) -> None:
    """A teammate's bundle sealed with a passphrase this laptop does not keep: the
    dialog asks for it; a wrong one says so and asks again; the right one merges."""
    from showfloor.services.sync.passphrase import set_event_passphrase
    from showfloor.services.sync.sealed import _UNLOCKED
    from showfloor.services.sync.team import join_event, share_event

    setup = tmp_path / "setup.sfb"
    share_event(context.db, setup)
    other = open_database(tmp_path / "other" / "showfloor.db")
    join_event(other, setup)
    with other.session() as session:
        set_event_passphrase(session, "correct horse battery")
    path = _ada_and_bundle(other, tmp_path / "other.sfb")
    _UNLOCKED.clear()
    dialog = controller.merge_file(path)
    assert dialog.passphrase.isVisible()
    assert dialog.message.text() == (
        "other.sfb is sealed with a team passphrase. Type it to merge."
    )
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, "not it at all")
    dialog.start_button.click()
    assert dialog.message.text() == "Wrong passphrase for other.sfb; try again."
    assert dialog.passphrase.text() == ""
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    with qtbot.waitSignal(context.leads_changed, timeout=10_000):
        dialog.start_button.click()
    assert dialog.message.text() == "Merged other.sfb."
    assert not dialog.passphrase.isVisible()
    assert _counts(dialog)[:2] == [("New leads:", "1"), ("New visits:", "1")]
    controller.shutdown()


def test_rows_of_a_laptop_set_up_on_its_own_are_asked_about_then_taken_in(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
    pg_url: str,
) -> None:
    """File > Sync with server…: the team server holds a stranger's rows; the dialog
    says whose, and Trust and sync takes them in (real PostgreSQL)."""
    from sqlalchemy import select

    from showfloor.services.events import create_event
    from showfloor.services.sync.remote import push
    from showfloor.store.models import Lead

    stranger = open_database(tmp_path / "stranger" / "showfloor.db")
    with stranger.session() as session:
        create_event(session, context.event_name)
    request = CaptureRequest("kol", PersonFields(first_name="Ada", email="ada@example.org"))
    CaptureService(stranger).capture(request)
    push(stranger, pg_url)
    stranger.close()
    dialog = controller.sync_with_server()
    dialog.url.setText(pg_url)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.start_button.text() == "Trust and sync", timeout=20_000)
    assert "a laptop this one does not trust yet" in dialog.message.text()
    with context.db.session() as session:
        assert session.scalars(select(Lead.first_name)).all().count("Ada") == 0
    with qtbot.waitSignal(context.leads_changed, timeout=20_000):
        dialog.start_button.click()
    assert dialog.message.text().startswith("Sent ")
    with context.db.session() as session:
        assert "Ada" in session.scalars(select(Lead.first_name)).all()
    controller.shutdown()


def test_sign_and_send_everything_lets_a_teammate_take_rows_written_before_signing(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    tmp_path: Path,
    pg_url: str,
) -> None:
    """File > Sign and send everything to the server…: a team server filled before rows
    were signed (real PostgreSQL); afterwards a teammate pulls them with no refusal."""
    from showfloor.services.sync.remote import pull, push
    from showfloor.services.sync.team import join_event, share_event

    from helpers.postgres import run_sql

    setup = tmp_path / "setup.sfb"
    share_event(context.db, setup)
    teammate = open_database(tmp_path / "teammate" / "showfloor.db")
    join_event(teammate, setup)
    request = CaptureRequest("kol", PersonFields(first_name="Ada", email="ada@example.org"))
    ada = CaptureService(context.db).capture(request).lead.id
    push(context.db, pg_url)
    run_sql(pg_url, "DELETE FROM sync_row_proofs")  # as a server of before signing
    run_sql(pg_url, "DELETE FROM sync_batches")
    assert pull(teammate, pg_url).refused

    action(controller.window, "sync_everything").trigger()
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Run it once on every laptop of the team" in dialog.message.text()
    assert dialog.start_button.text() == "Sign and send everything"
    dialog.url.setText(pg_url)
    with qtbot.waitSignal(context.leads_changed, timeout=20_000):
        dialog.start_button.click()
    assert dialog.message.text().startswith("Sent 1 lead,"), dialog.message.text()

    pulled = pull(teammate, pg_url)
    assert pulled.refused == ()
    from sqlalchemy import select

    from showfloor.store.models import Lead

    with teammate.session() as session:
        assert session.scalars(select(Lead.id)).all() == [ada]
    teammate.close()
    controller.shutdown()

"""Behaviour of the capture view: scans in, keys, save, undo, the repeat banner.

Saving is synchronous on purpose: it takes a few milliseconds (one SQLite commit
with a full fsync) and the form must not clear before the lead is on disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache, partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from showfloor.badges.parser import parse_payload
from showfloor.domain.errors import RefusedError, ShowfloorError
from showfloor.domain.person import PersonFields
from showfloor.domain.questions import TO_QUALIFY, Rating, VisitorClass
from showfloor.qt.context import AppContext
from showfloor.qt.controllers.badge_reading import form_person, source_line
from showfloor.qt.controllers.capture_keys import CaptureKeys, FormActions, add_capture_actions
from showfloor.qt.controllers.scan_queue import ScanQueue
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.capture_form_state import FormState
from showfloor.qt.views.capture_view import CaptureView
from showfloor.qt.views.visit_history import (
    earlier_consent,
    local_time,
    show_visit_history,
    visit_banner,
)
from showfloor.scanning.codes import FrameCodes
from showfloor.scanning.wedge import Scanned
from showfloor.services.capture import CaptureRequest, CaptureResult, CaptureService, ScanPreview
from showfloor.services.consent import current_consent
from showfloor.services.leads import LeadRecord
from showfloor.services.scanner_check import layout_problem, separate_scans
from showfloor.store.database import StoreGoneError, describe_db_error, storage_errors
from showfloor.store.settings import THIS_DEVICE, get_setting

log = logging.getLogger(__name__)

UNDO_SECONDS = 10


@dataclass
class FormSnapshot:
    """What the form held and which badge it came from, to put it back after an undo."""

    form: FormState
    payload: str | None
    preview: ScanPreview | None
    card_image: bytes | None = None


class CaptureController(QObject):
    def __init__(
        self, context: AppContext, window: MainWindow, view: CaptureView | None = None
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = view or CaptureView()
        self.service = CaptureService(context.db)
        self._here: str | None = None
        self.sound = True
        self._payload: str | None = None
        self._preview: ScanPreview | None = None
        self.queue = ScanQueue()
        self._last_saved: tuple[CaptureResult, FormSnapshot] | None = None
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._expire_undo)
        self._loading = False
        self.card_image: bytes | None = None  # the card read for this visitor (CardController)
        self.form_number = 0  # counts forms cleared: a card read late knows its form is gone
        window.add_view(self.view, self.tr("Capture"), "Ctrl+1")
        context.leads_changed.connect(self.on_leads_changed)
        self._connect_widgets()
        add_capture_actions(window, self)
        self._refresh_consent_text()
        self.clear_form()

    @property
    def here(self) -> str | None:
        """This laptop's device id (read only: none until its first capture)."""
        if self._here is None:
            with storage_errors(self.context.db.path), self.context.db.session() as session:
                found = get_setting(session, THIS_DEVICE)
            self._here = str(found) if found else None
        return self._here

    def on_leads_changed(self) -> None:
        """Leads arrived (team sync, a merge): waiting badges are looked up again; a
        badge on the form that was nobody here may now be a repeat visitor, and a
        repeat's banner says its newest visit (or its laptop's new name)."""
        self.queue.saved()
        if self._payload is None or self._preview is None:
            return
        try:
            preview = self.service.preview_scan(self._payload)
        except ShowfloorError:
            return
        if preview.known is not None:
            was_known = self._preview.known is not None
            self._preview = preview
            self.view.show_banner(visit_banner(preview.known, self.here))
            if not was_known:  # the consent box stays as staff may have set it
                self._show_earlier_consent(preview.known)

    # -- wiring ------------------------------------------------------------------
    def _connect_widgets(self) -> None:
        v = self.view
        for key, edit in v.person_edits.items():
            edit.textEdited.connect(lambda _t, k=key: self._mark_typed(k))
        v.save_button.clicked.connect(self.save)
        v.clear_button.clicked.connect(self.clear_form)
        v.history_button.clicked.connect(self.show_history)
        v.save_badge_only_button.clicked.connect(self.save_next_badge_only)
        v.class_group.buttonClicked.connect(self._on_class_clicked)
        v.rating_group.buttonClicked.connect(self._on_rating_clicked)
        fields: list[QWidget] = [*v.person_edits.values(), v.tags, v.consent]
        fields += [f.widget for fs in v.question_fields.values() for f in fs.values()]
        self.keys = CaptureKeys(
            v.form_side,
            v.notes,
            fields,
            FormActions(
                choose_class=partial(self.choose_class, focus_question=True),
                toggle_rating=self.toggle_rating,
                save=self.save,
                clear=self.clear_form,
                start_name=self.start_name,
                has_visitor=self.is_dirty,
            ),
        )

    # -- scanning ----------------------------------------------------------------
    def on_wedge_scan(self, scan: Scanned) -> None:
        """A whole scan from the handheld scanner, with its US-layout reading."""
        problem = layout_problem(scan.payload, scan.as_us)
        if problem is None:
            for payload in separate_scans(scan.payload):
                self.on_scanned(payload)
            return
        log.warning("handheld scanner: keyboard layout mismatch")
        self.view.show_message(problem.message)
        if problem.meant is not None:
            self.on_scanned(problem.meant, keep_message=True)

    def on_scanned(self, payload: str, *, keep_message: bool = False) -> None:
        """A payload from the camera or the handheld scanner.

        A badge read while staff are busy with a visitor waits in the queue, in
        order; a code that is no badge (Wi-Fi...) is shown as refused, never queued.
        """
        if payload == self._payload or self.queue.holds(payload):
            self.view.preview.flash()
            return
        try:
            preview: ScanPreview | None = self.service.preview_scan(payload)
        except RefusedError as exc:
            self._refused(str(exc))
            return
        except Exception:  # the database is in trouble: keep the badge, look it up later
            log.exception("badge lookup failed; the badge waits in the queue")
            preview = None
        self._bring_forward()
        if self.is_dirty() or self.queue:
            self.queue.add(payload, preview)
            self._show_queue()
            if not keep_message:
                self.view.show_message(
                    self.tr(
                        "Another badge was scanned. Save this visitor (Enter) or clear the form "
                        "(Esc); the waiting badges load next, in order."
                    ),
                    error=False,
                )
            return
        self._load(payload, preview, keep_message=keep_message)

    def _refused(self, reason: str) -> None:
        """Not a badge: said where staff look, and never queued as the next visitor."""
        if self.is_dirty() or self.queue:
            self.view.show_refused(reason)  # the current visitor's form stays as it is
        else:
            self.view.show_message(reason)

    def _bring_forward(self) -> None:
        """A scan means a visitor at the booth: show the capture form, whatever tab was open."""
        if self.window.tabs.currentWidget() is not self.view:
            self.window.tabs.setCurrentWidget(self.view)
            self.view.form_side.setFocus()

    def _show_queue(self) -> None:
        self.view.show_queue([waiting.describe() for waiting in self.queue])

    def _load_next(self) -> None:
        waiting = self.queue.pop()
        self._show_queue()
        if waiting is not None:
            self._load(waiting.payload, self.queue.fresh(waiting, self.service))

    def _load(
        self, payload: str, preview: ScanPreview | None, *, keep_message: bool = False
    ) -> None:
        if preview is None:
            try:
                preview = self.service.preview_scan(payload)
            except RefusedError as exc:
                self._refused(str(exc))
                return
            except Exception as exc:
                log.exception("badge lookup failed")
                self.queue.add(payload, None, first=True)  # nothing dropped
                self._show_queue()
                self.view.show_message(describe_db_error(exc, self.context.db.path))
                return
        self._load_payload(payload, preview, keep_message=keep_message)

    def _load_payload(self, payload: str, preview: ScanPreview, *, keep_message: bool) -> None:
        self.clear_form(keep_message=keep_message, load_next=False)
        self.view.show_refused(None)
        self._loading = True
        self._payload, self._preview = payload, preview
        person, sources = form_person(preview.resolved)
        self.view.show_person(person, sources)
        self.view.show_source(source_line(preview.resolved))
        if preview.known is not None:
            self.view.show_banner(visit_banner(preview.known, self.here))
            self._show_earlier_consent(preview.known)
            last = preview.known.history[-1] if preview.known.history else None
            if last is not None:
                self.choose_class(VisitorClass(last.visitor_class))
        self._loading = False
        # Never the payload or a name in the log: format and repeat flag only.
        log.info(
            "badge read: format=%s repeat=%s",
            preview.resolved.badge.format or "badge",
            preview.known is not None,
        )
        self.view.preview.flash()
        if self.sound:
            QApplication.beep()
        self.view.form_side.setFocus()

    def on_camera_codes(self, frame_codes: FrameCodes) -> None:
        codes = frame_codes.codes
        if codes:
            self.view.preview.outline([c.points for c in codes],
                                      [_not_a_badge(c.text) for c in codes])

    def on_camera_decoded(self, frame_codes: FrameCodes) -> None:
        """Every code newly read in one frame. Badges go first, so that a refused code
        beside one (a Wi-Fi sign) is shown as refused beside the visitor loaded."""
        for text in sorted((code.text for code in frame_codes.codes), key=_not_a_badge):
            self.on_scanned(text)

    # -- form state --------------------------------------------------------------
    def selected_class(self) -> VisitorClass | None:
        return self.view.selected_class()

    def selected_rating(self) -> Rating | None:
        return self.view.selected_rating()

    def choose_class(self, cls: VisitorClass, *, focus_question: bool = False) -> None:
        self.view.show_class(cls)
        if focus_question:
            self.view.first_question(cls).setFocus()

    def toggle_rating(self, rating: Rating) -> None:
        self.view.set_rating(None if self.view.selected_rating() is rating else rating)

    def _on_class_clicked(self, _button: QAbstractButton) -> None:
        cls = self.selected_class()
        if cls is not None:
            self.view.show_class(cls)
        self.view.form_side.setFocus()

    def _on_rating_clicked(self, button: QAbstractButton) -> None:
        clicked = next(r for r, b in self.view.rating_buttons.items() if b is button)
        self.view.set_rating(clicked if button.isChecked() else None)
        self.view.form_side.setFocus()

    def _mark_typed(self, key: str) -> None:
        if not self._loading:
            self.view.mark_typed(key)

    def is_dirty(self) -> bool:
        return bool(self._payload) or self.view.read_form().has_content()

    def snapshot(self) -> FormSnapshot:
        return FormSnapshot(self.view.read_form(), self._payload, self._preview, self.card_image)

    def restore(self, snap: FormSnapshot) -> None:
        self.clear_form(keep_message=True)
        self._loading = True
        self.card_image = snap.card_image
        self.view.show_card_read(snap.card_image is not None)
        self.view.fill(snap.form)
        self._payload, self._preview = snap.payload, snap.preview
        if snap.preview is not None and snap.preview.known is not None:
            self.view.show_banner(visit_banner(snap.preview.known, self.here))
        self._loading = False

    def clear_form(self, keep_message: bool = False, *, load_next: bool = True) -> None:
        """Empty the form; the oldest waiting badge (if any) loads into it."""
        self.view.reset()
        if not keep_message:
            self.view.show_message("")
        self._payload, self._preview = None, None
        self.card_image = None
        self.form_number += 1
        self.view.form_side.setFocus()
        if load_next and self.queue:
            self._load_next()

    def take_card(self, person: dict[str, str], jpeg: bytes) -> list[str]:
        """A business card read for this visitor: its fields fill the empty ones ("card")."""
        self.card_image = jpeg
        self.view.show_card_read(True)
        return self.view.fill_empty_person(person, "card")

    def start_name(self, text: str) -> None:
        """Typing on the idle form starts a manual entry, with that first letter kept."""
        self.window.tabs.setCurrentWidget(self.view)
        self.view.start_first_name(text)
        self._mark_typed("first_name")

    def _show_earlier_consent(self, known: LeadRecord) -> None:
        """A returning visitor's consent stands as given, with its time and text version."""
        given = earlier_consent(known)
        if given is not None:
            self.view.consent.setChecked(True)
            self.view.show_earlier_consent(given)

    def start_typing(self) -> None:
        self.window.tabs.setCurrentWidget(self.view)
        self.view.start_first_name()

    # -- save and undo -------------------------------------------------------------
    def build_request(self) -> CaptureRequest | None:
        form = self.view.read_form()
        cls = form.visitor_class
        if cls is None:
            self.view.show_message(
                self.tr(
                    "Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader."
                )
            )
            return None
        known = self._preview.known if self._preview else None
        return CaptureRequest(
            visitor_class=cls.value,
            person=PersonFields(**{k: v or None for k, v in form.person.items()}),
            badge_payload=self._payload,
            rating=form.rating.value if form.rating else None,
            note=form.notes or None,
            answers={k: v for k, v in form.answers.items() if v.strip()},
            tags=[t for t in (p.strip() for p in form.tags.split(",")) if t],
            staff_name=self.context.staff_name or None,
            consent=form.consent,
            lead_id=known.id if known else None,
            resolved=self._preview.resolved if self._preview else None,
            card_image=self.card_image if form.keep_card else None,
        )

    def save(self) -> CaptureResult | None:
        request = self.build_request()
        if request is None:
            return None
        snap = self.snapshot()
        result = self._capture(
            request, self.tr("Not saved: {exc}. The form is kept; try Enter again.")
        )
        if result is None:
            return None  # the form keeps everything typed
        self._last_saved = (result, snap)
        log.info("lead saved: visit=%d class=%s", result.visit, result.lead.visitor_class)
        self.queue.saved()
        self.clear_form()
        name = result.lead.display_name
        self.view.saved_bar.setText(
            self.tr("Saved {name} — visit {visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s").format(
                name=name, visit=result.visit, UNDO_SECONDS=UNDO_SECONDS
            )
        )
        self.view.saved_bar.show()
        self._undo_timer.start()
        self._announce(result)
        return result

    def save_next_badge_only(self) -> CaptureResult | None:
        """Scan now, qualify later: save the oldest waiting badge as it is.

        The lead gets the class of their last visit (a newcomer: customer, the
        usual booth visitor) and the tag "to-qualify", so the Leads view finds it
        to finish; the form and the rest of the queue stay as they are.
        """
        waiting = self.queue.pop()
        if waiting is None:
            self.view.show_message(self.tr("No badge is waiting."), error=False)
            return None
        preview = self.queue.fresh(waiting, self.service)
        known = preview.known if preview else None
        last = known.history[-1].visitor_class if known and known.history else None
        request = CaptureRequest(
            visitor_class=last or VisitorClass.CUSTOMER.value,
            badge_payload=waiting.payload,
            tags=[TO_QUALIFY],
            staff_name=self.context.staff_name or None,
            lead_id=known.id if known else None,
            resolved=preview.resolved if preview else None,
        )
        result = self._capture(request, self.tr("Not saved: {exc}. The badge stays in the queue."))
        if result is None:
            self.queue.add(waiting.payload, waiting.preview, first=True)  # nothing dropped
            self._show_queue()
            return None
        self.queue.saved()
        self._show_queue()
        log.info("lead saved from the queue: visit=%d", result.visit)
        self.view.show_message(
            self.tr(
                "Saved {display_name} with the badge only, tagged "
                "{TO_QUALIFY}: finish them in the Leads view (Ctrl+2, Class: "
                "To qualify)."
            ).format(display_name=result.lead.display_name, TO_QUALIFY=TO_QUALIFY),
            error=False,
        )
        self._announce(result)
        return result

    def undo(self) -> None:
        # Ctrl+Z belongs to the capture view; the leads view has its own undo.
        if self._last_saved is None or self.window.tabs.currentWidget() is not self.view:
            return
        result, snap = self._last_saved
        self._last_saved = None
        try:
            gone = self.service.undo(result.lead.id, result.visit, tags_before=result.tags_before)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self._undo_timer.stop()
        self.view.saved_bar.hide()
        self.restore(snap)
        self.view.show_message(self.tr("Undone: the visitor is back in the form."), error=False)
        if gone:
            self.context.lead_count_moved.emit(-1)
        self.context.lead_saved.emit(result.lead.id)

    def _capture(self, request: CaptureRequest, not_saved: str) -> CaptureResult | None:
        """Save through the service; when it fails, say why and return None (the caller
        keeps what it holds: the typed form, the waiting badge). ``not_saved`` words an
        unexpected failure, with ``{exc}`` for its cause."""
        try:
            with storage_errors(self.context.db.path, "capture"):
                return self.service.capture(request)
        except StoreGoneError as exc:
            self.view.show_message(str(exc))
            self.context.store_gone.emit()  # RescueController offers another folder
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
        except Exception as exc:  # any other failure must not lose what was held either
            log.exception("capture failed")
            self.view.show_message(not_saved.format(exc=exc))
        return None

    def _announce(self, result: CaptureResult) -> None:
        """Tell the window (the status bar's last save; a new lead moves the counters
        without a count)."""
        self.window.set_status(
            "saved", self.tr("Last save {arg0}").format(arg0=local_time(result.lead.last_seen))
        )
        if result.is_new:
            self.context.lead_count_moved.emit(1)
        self.context.lead_saved.emit(result.lead.id)

    def _expire_undo(self) -> None:
        self._last_saved = None
        self.view.saved_bar.hide()

    def show_history(self) -> None:
        known = self._preview.known if self._preview else None
        if known is not None:
            show_visit_history(known, self.view)

    def _refresh_consent_text(self) -> None:
        with self.context.db.session() as session:
            version, text = current_consent(session)
        self.view.show_consent_text(version, text)


@lru_cache(maxsize=64)
def _not_a_badge(payload: str) -> bool:
    """Surely no visitor (Wi-Fi, payment...), from the payload alone; cached because the
    camera shows the same codes frame after frame."""
    return parse_payload(payload).is_refused

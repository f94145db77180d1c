"""Behaviour of the capture view: scans in, keys, save, undo, the repeat banner.

Saving is synchronous on purpose: it takes a few milliseconds (one SQLite commit
with a full fsync) and the form must not clear before the lead is on disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache, partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from showfloor.badges.parser import parse_payload
from showfloor.domain.errors import ShowfloorError
from showfloor.domain.person import PersonFields
from showfloor.domain.questions import QUESTIONS, Rating, VisitorClass
from showfloor.qt.context import AppContext
from showfloor.qt.main_window import MainWindow
from showfloor.qt.views.capture_view import CLASS_KEYS, PERSON_FIELDS, CaptureView
from showfloor.scanning.codes import FrameCodes
from showfloor.services.capture import CaptureRequest, CaptureResult, CaptureService, ScanPreview
from showfloor.services.consent import current_consent
from showfloor.services.leads import LeadRecord

log = logging.getLogger(__name__)

UNDO_SECONDS = 10
_CLASS_BY_KEY = {
    Qt.Key.Key_1: VisitorClass.CUSTOMER,
    Qt.Key.Key_2: VisitorClass.MENTOR,
    Qt.Key.Key_3: VisitorClass.KOL,
}
_RATING_BY_KEY = {Qt.Key.Key_H: Rating.HOT, Qt.Key.Key_W: Rating.WARM, Qt.Key.Key_C: Rating.COLD}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class FormSnapshot:
    """What the form held, to put it back after an undo."""

    person: dict[str, str]
    visitor_class: VisitorClass | None
    rating: Rating | None
    answers: dict[str, str]
    notes: str
    tags: str
    consent: bool
    payload: str | None
    preview: ScanPreview | None
    sources: dict[str, str] = field(default_factory=dict)


def local_time(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%H:%M")


def visit_banner(known: LeadRecord) -> str:
    """'Visit 2 — last seen 10:42 by Anna, mentor'."""
    last = known.history[-1] if known.history else None
    when = local_time(known.last_seen)
    by = f" by {last.staff}" if last and last.staff else ""
    cls = f", {VisitorClass(last.visitor_class).label.lower()}" if last else ""
    return f"Visit {known.visits + 1} — last seen {when}{by}{cls}"


class CaptureController(QObject):
    def __init__(
        self, context: AppContext, window: MainWindow, view: CaptureView | None = None
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.view = view or CaptureView()
        self.service = CaptureService(context.db)
        self.sound = True
        self._payload: str | None = None
        self._preview: ScanPreview | None = None
        self._pending: str | None = None
        self._last_saved: tuple[CaptureResult, FormSnapshot] | None = None
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._expire_undo)
        self._loading = False
        window.add_view(self.view, "Capture", "Ctrl+1")
        self._connect_widgets()
        self._connect_shortcuts()
        self._refresh_consent_text()
        self.clear_form()

    # -- wiring ------------------------------------------------------------------
    def _connect_widgets(self) -> None:
        v = self.view
        for key, edit in v.person_edits.items():
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _t, k=key: self._mark_typed(k))
        for fields in v.question_fields.values():
            for qfield in fields.values():
                if isinstance(qfield.widget, QLineEdit):
                    qfield.widget.returnPressed.connect(self.save)
        v.tags.returnPressed.connect(self.save)
        v.save_button.clicked.connect(self.save)
        v.clear_button.clicked.connect(self.clear_form)
        v.history_button.clicked.connect(self.show_history)
        v.class_group.buttonClicked.connect(self._on_class_clicked)
        v.rating_group.buttonClicked.connect(self._on_rating_clicked)
        v.form_side.installEventFilter(self)
        v.notes.installEventFilter(self)

    def _connect_shortcuts(self) -> None:
        w = self.window
        w.add_action("&File", "&Undo last save", "Ctrl+Z", self.undo, object_name="undo")
        w.add_action("&View", "Type a visitor by hand", "Ctrl+N", self.start_typing)
        w.add_action("&View", "Earlier visits of this visitor", "F4", self.show_history)
        for cls, key in CLASS_KEYS.items():
            w.add_action(
                "&View", f"Class: {cls.label}", f"Alt+{key}", partial(self.choose_class, cls)
            )
        for rating, fkey in zip(Rating, ("F5", "F6", "F7"), strict=True):
            w.add_action(
                "&View", f"Rating: {rating.label}", fkey, partial(self.toggle_rating, rating)
            )
        w.document_shortcut("1 / 2 / 3", "Customer / mentor / KOL (outside text fields)")
        w.document_shortcut("H / W / C", "Hot / warm / cold (outside text fields)")
        w.document_shortcut("Enter", "Save the visitor (Ctrl+Enter inside notes)")
        w.document_shortcut("Esc", "Clear the form")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        if watched is self.view.notes:
            if key in _ENTER and mods & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return True
            return False
        if mods & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in _CLASS_BY_KEY:
            self.choose_class(_CLASS_BY_KEY[Qt.Key(key)])
            return True
        if key in _RATING_BY_KEY:
            self.toggle_rating(_RATING_BY_KEY[Qt.Key(key)])
            return True
        if key in _ENTER:
            self.save()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_form()
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            # Typing on the idle form starts a manual entry with that letter.
            self.start_typing()
            edit = self.view.person_edits["first_name"]
            edit.insert(text)
            self._mark_typed("first_name")
            return True
        return False

    # -- scanning ----------------------------------------------------------------
    def on_scanned(self, payload: str) -> None:
        """A payload from the camera or the handheld scanner."""
        if payload == self._payload:
            self.view.preview.flash()
            return
        if self.is_dirty():
            refusal = self._refusal(payload)
            if refusal is not None:  # a Wi-Fi sign beside the badge: never the next visitor
                self.view.show_message(refusal)
                return
            self._pending = payload
            self.view.show_message(
                "Another badge was scanned. Save this visitor (Enter) or clear the form "
                "(Esc); the new badge loads next.",
                error=False,
            )
            return
        self._load_payload(payload)

    def _load_payload(self, payload: str) -> None:
        try:
            preview = self.service.preview_scan(payload)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self.clear_form(keep_message=False)
        self._loading = True
        self._payload, self._preview = payload, preview
        resolved = preview.resolved
        badge_person = resolved.badge.person
        for key, _label in PERSON_FIELDS:
            value = getattr(resolved.person, key) or ""
            self.view.person_edits[key].setText(value)
            if value:
                source = "badge" if getattr(badge_person, key) else "list"
                self.view.person_sources[key].setText(source)
        fmt = resolved.badge.format or "badge"
        if resolved.unidentified:
            self.view.source_label.setText(
                f"Unknown badge {resolved.badge_id or ''}: not on the attendee list. "
                "Type the name; the badge stays attached."
            )
        elif resolved.source == "attendee_list":
            self.view.source_label.setText(f"Badge {resolved.badge_id} found on the attendee list")
        else:
            self.view.source_label.setText(f"Read from the badge ({fmt})")
        if preview.known is not None:
            self.view.banner.setText(visit_banner(preview.known))
            self.view.banner.show()
            self.view.history_button.show()
            last = preview.known.history[-1] if preview.known.history else None
            if last is not None:
                self.choose_class(VisitorClass(last.visitor_class))
        self._loading = False
        # Never the payload or a name in the log: format and repeat flag only.
        log.info("badge read: format=%s repeat=%s", fmt, preview.known is not None)
        self.view.preview.flash()
        if self.sound:
            QApplication.beep()
        self.view.form_side.setFocus()

    def on_camera_codes(self, frame_codes: FrameCodes) -> None:
        codes = frame_codes.codes
        if codes:
            self.view.preview.outline([c.points for c in codes], [_refused(c.text) for c in codes])

    def on_camera_decoded(self, frame_codes: FrameCodes) -> None:
        """The codes newly read in one frame. Badges go first, so that a refused code
        beside one (a Wi-Fi sign) is shown as refused over the visitor loaded."""
        texts = sorted((code.text for code in frame_codes.codes), key=_refused)
        for text in texts:
            self.on_scanned(text)

    def _refusal(self, payload: str) -> str | None:
        """Why a payload cannot be a visitor, or None when it can."""
        try:
            self.service.preview_scan(payload)
        except ShowfloorError as exc:
            return str(exc)
        return None

    # -- form state --------------------------------------------------------------
    def selected_class(self) -> VisitorClass | None:
        for cls, button in self.view.class_buttons.items():
            if button.isChecked():
                return cls
        return None

    def selected_rating(self) -> Rating | None:
        for rating, button in self.view.rating_buttons.items():
            if button.isChecked():
                return rating
        return None

    def choose_class(self, cls: VisitorClass) -> None:
        self.view.class_buttons[cls].setChecked(True)
        self._show_questions(cls)

    def toggle_rating(self, rating: Rating) -> None:
        button = self.view.rating_buttons[rating]
        was = button.isChecked()
        for other in self.view.rating_buttons.values():
            other.setChecked(False)
        button.setChecked(not was)

    def _on_class_clicked(self, _button: QWidget) -> None:
        cls = self.selected_class()
        if cls is not None:
            self._show_questions(cls)
        self.view.form_side.setFocus()

    def _on_rating_clicked(self, button: QWidget) -> None:
        for other in self.view.rating_buttons.values():
            if other is not button:
                other.setChecked(False)
        self.view.form_side.setFocus()

    def _show_questions(self, cls: VisitorClass) -> None:
        for other, page in self.view.question_pages.items():
            page.setVisible(other is cls)
        self.view.no_class_hint.hide()

    def _mark_typed(self, key: str) -> None:
        if not self._loading:
            self.view.person_sources[key].setText("typed")

    def is_dirty(self) -> bool:
        v = self.view
        typed = any(e.text().strip() for e in v.person_edits.values())
        answers = any(f.value().strip() for fs in v.question_fields.values() for f in fs.values())
        return bool(
            self._payload or typed or answers or v.notes.toPlainText().strip() or v.tags.text()
        )

    def snapshot(self) -> FormSnapshot:
        v = self.view
        cls = self.selected_class()
        answers = {}
        if cls is not None:
            answers = {k: f.value() for k, f in v.question_fields[cls].items() if f.value()}
        return FormSnapshot(
            person={k: e.text() for k, e in v.person_edits.items()},
            visitor_class=cls,
            rating=self.selected_rating(),
            answers=answers,
            notes=v.notes.toPlainText(),
            tags=v.tags.text(),
            consent=v.consent.isChecked(),
            payload=self._payload,
            preview=self._preview,
            sources={k: s.text() for k, s in v.person_sources.items()},
        )

    def restore(self, snap: FormSnapshot) -> None:
        self.clear_form(keep_message=True)
        v = self.view
        self._loading = True
        for key, value in snap.person.items():
            v.person_edits[key].setText(value)
            v.person_sources[key].setText(snap.sources.get(key, ""))
        if snap.visitor_class is not None:
            self.choose_class(snap.visitor_class)
            for key, value in snap.answers.items():
                v.question_fields[snap.visitor_class][key].set_value(value)
        if snap.rating is not None:
            self.toggle_rating(snap.rating)
        v.notes.setPlainText(snap.notes)
        v.tags.setText(snap.tags)
        v.consent.setChecked(snap.consent)
        self._payload, self._preview = snap.payload, snap.preview
        if snap.preview is not None and snap.preview.known is not None:
            v.banner.setText(visit_banner(snap.preview.known))
            v.banner.show()
            v.history_button.show()
        self._loading = False

    def clear_form(self, keep_message: bool = False) -> None:
        v = self.view
        for edit in v.person_edits.values():
            edit.clear()
        for source in v.person_sources.values():
            source.clear()
        for fields in v.question_fields.values():
            for qfield in fields.values():
                qfield.set_value("")
        for page in v.question_pages.values():
            page.hide()
        v.no_class_hint.show()
        v.class_group.setExclusive(False)
        for button in v.class_buttons.values():
            button.setChecked(False)
        v.class_group.setExclusive(True)
        for button in v.rating_buttons.values():
            button.setChecked(False)
        v.notes.clear()
        v.tags.clear()
        v.consent.setChecked(False)
        v.banner.hide()
        v.history_button.hide()
        v.source_label.clear()
        if not keep_message:
            v.show_message("")
        self._payload, self._preview = None, None
        v.form_side.setFocus()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._load_payload(pending)

    def start_typing(self) -> None:
        self.window.tabs.setCurrentWidget(self.view)
        self.view.person_edits["first_name"].setFocus()

    # -- save and undo -------------------------------------------------------------
    def build_request(self) -> CaptureRequest | None:
        cls = self.selected_class()
        if cls is None:
            self.view.show_message(
                "Choose the kind of visitor first: 1 customer, 2 mentor, 3 key opinion leader."
            )
            return None
        v = self.view
        answers = {k: f.value() for k, f in v.question_fields[cls].items() if f.value().strip()}
        rating = self.selected_rating()
        known = self._preview.known if self._preview else None
        return CaptureRequest(
            visitor_class=cls.value,
            person=PersonFields(**{k: e.text() or None for k, e in v.person_edits.items()}),
            badge_payload=self._payload,
            rating=rating.value if rating else None,
            note=v.notes.toPlainText() or None,
            answers=answers,
            tags=[t for t in (p.strip() for p in v.tags.text().split(",")) if t],
            staff_name=self.context.staff_name or None,
            consent=v.consent.isChecked(),
            lead_id=known.id if known else None,
        )

    def save(self) -> CaptureResult | None:
        request = self.build_request()
        if request is None:
            return None
        snap = self.snapshot()
        try:
            result = self.service.capture(request)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))  # the form keeps everything typed
            return None
        except Exception as exc:  # a database failure must not lose the typed form
            log.exception("capture failed")
            from showfloor.store.database import describe_db_error

            self.view.show_message(describe_db_error(exc, self.context.db.path))
            return None
        self._last_saved = (result, snap)
        log.info("lead saved: visit=%d class=%s", result.visit, result.lead.visitor_class)
        self.clear_form()
        name = result.lead.display_name
        self.view.saved_bar.setText(
            f"Saved {name} — visit {result.visit}. Undo (Ctrl+Z) for {UNDO_SECONDS} s"
        )
        self.view.saved_bar.show()
        self._undo_timer.start()
        self.window.set_status("saved", f"Last save {local_time(result.lead.last_seen)}")
        self.context.lead_saved.emit(result.lead.id)
        return result

    def undo(self) -> None:
        # Ctrl+Z belongs to the capture view; the leads view has its own undo.
        if self._last_saved is None or self.window.tabs.currentWidget() is not self.view:
            return
        result, snap = self._last_saved
        self._last_saved = None
        try:
            self.service.undo(result.lead.id, result.visit)
        except ShowfloorError as exc:
            self.view.show_message(str(exc))
            return
        self._undo_timer.stop()
        self.view.saved_bar.hide()
        self.restore(snap)
        self.view.show_message("Undone: the visitor is back in the form.", error=False)
        self.context.lead_saved.emit(result.lead.id)

    def _expire_undo(self) -> None:
        self._last_saved = None
        self.view.saved_bar.hide()

    def show_history(self) -> None:
        known = self._preview.known if self._preview else None
        if known is None:
            return
        parts = []
        for visit in known.history:
            labels = {q.key: q.label for q in QUESTIONS[VisitorClass(visit.visitor_class)]}
            answers = "".join(
                f"<br>&nbsp;&nbsp;{labels.get(k, k)}: {_esc(v)}" for k, v in visit.answers.items()
            )
            notes = f"<br>&nbsp;&nbsp;<i>{_esc(visit.notes)}</i>" if visit.notes else ""
            parts.append(
                f"<p><b>Visit {visit.number}</b> — {visit.at.astimezone():%a %H:%M}, "
                f"{_esc(visit.staff or 'unknown staff')}, {visit.visitor_class}"
                f"{notes}{answers}</p>"
            )
        box = QMessageBox(self.view)
        box.setObjectName("history_dialog")
        box.setWindowTitle(f"Earlier visits of {known.display_name}")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("".join(parts))
        box.open()

    def _refresh_consent_text(self) -> None:
        with self.context.db.session() as session:
            version, text = current_consent(session)
        self.view.consent_text.setText(f"{text} (v{version})")


@lru_cache(maxsize=64)
def _refused(payload: str) -> bool:
    """Surely no visitor (Wi-Fi, payment...), from the payload alone; cached because the
    camera shows the same codes frame after frame."""
    return parse_payload(payload).is_refused


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Badges read while staff are still busy with a visitor: they wait, in order.

Each waiting badge keeps the preview made when it was read (parsed and looked up
once). If a lead was saved since, the lookup is made again when it loads: the
saved lead may be this very person, and then the form must say "Visit 2".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from showfloor.domain.person import name_of
from showfloor.services.capture import CaptureService, ScanPreview


@dataclass
class WaitingBadge:
    payload: str
    preview: ScanPreview | None  # None: the lookup failed (storage trouble); retried on load
    saves_before: int

    def describe(self) -> str:
        """One line for the queue list: the name, company, and whether they came before."""
        if self.preview is None:
            return QCoreApplication.translate("WaitingBadge", "Badge read — details when it loads")
        resolved = self.preview.resolved
        name = name_of(resolved.person) or resolved.person.email
        if not name:
            name = (
                QCoreApplication.translate("WaitingBadge", "Badge {badge_id}").format(
                    badge_id=resolved.badge_id
                )
                if resolved.badge_id
                else QCoreApplication.translate("WaitingBadge", "Badge")
            )
        company = f" — {resolved.person.company}" if resolved.person.company else ""
        again = (
            QCoreApplication.translate("WaitingBadge", " (visit {next_visit})").format(
                next_visit=self.preview.next_visit
            )
            if self.preview.known
            else ""
        )
        return f"{name}{company}{again}"


class ScanQueue:
    def __init__(self) -> None:
        self._waiting: list[WaitingBadge] = []
        self._saves = 0

    def __len__(self) -> int:
        return len(self._waiting)

    def __iter__(self) -> Iterator[WaitingBadge]:
        return iter(self._waiting)

    def holds(self, payload: str) -> bool:
        return any(w.payload == payload for w in self._waiting)

    def add(self, payload: str, preview: ScanPreview | None, *, first: bool = False) -> None:
        waiting = WaitingBadge(payload, preview, self._saves)
        self._waiting.insert(0 if first else len(self._waiting), waiting)

    def pop(self) -> WaitingBadge | None:
        return self._waiting.pop(0) if self._waiting else None

    def saved(self) -> None:
        """A lead was saved: waiting previews may be out of date."""
        self._saves += 1

    def fresh(self, waiting: WaitingBadge, service: CaptureService) -> ScanPreview | None:
        """The waiting badge's preview, looked up again only if a save came since."""
        if waiting.preview is not None and waiting.saves_before == self._saves:
            return waiting.preview
        return None  # the caller previews it again

"""What a merge did, as the booth lead is told."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from showfloor.services.sync.written import WrittenBundle


class Change(StrEnum):
    """What a merge did to one lead, in the words the booth lead reads."""

    # In the order the list shows them: what the booth lead should check first.
    JOINED = "joined"  # the same person from two laptops: one lead now
    DELETED = "deleted on another laptop"
    ERASED = "removed: erased on another laptop"
    RESTORED = "restored on another laptop"
    UPDATED = "updated"  # newer details or visits from another laptop
    NEW = "new"


@dataclass(frozen=True)
class LeadChange:
    lead_id: str  # the lead as it is now (for a removed one: as it was)
    name: str
    change: Change
    detail: str = ""  # e.g. who was joined in
    fields: tuple[str, ...] = ()  # for an update: the fields another laptop changed

    def line(self) -> str:
        return f"{self.change.value}: {self.name}" + (f" ({self.detail})" if self.detail else "")

    def to_json_dict(self) -> dict[str, str]:
        return {
            "lead_id": self.lead_id,
            "name": self.name,
            "change": self.change.name.lower(),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class MergeSummary:
    new_leads: int = 0
    new_visits: int = 0
    merged_duplicates: int = 0
    conflicts_resolved: int = 0
    removed: int = 0
    # Events of the bundle set up separately on another laptop and joined into one
    # here: (their name, ours); and those kept apart though this laptop has events.
    joined_events: tuple[tuple[str, str], ...] = ()
    separate_events: tuple[str, ...] = ()
    # Per lead, what happened (new leads last), so the booth lead can check it.
    changes: tuple[LeadChange, ...] = ()
    # Events of ours whose name the bundle changed: (our name before, its name).
    renamed_events: tuple[tuple[str, str], ...] = ()
    # Times of the bundle from the future (a wrong clock, or worse): set to the merge's.
    future_times: int = 0
    # People erased elsewhere: this laptop's backups rewritten without them, those that
    # could not be, and the bundles it wrote before that still hold them.
    backups_rewritten: int = 0
    backup_errors: tuple[str, ...] = ()
    bundles_holding_erased: tuple[WrittenBundle, ...] = ()

    def line(self) -> str:
        return (
            f"new leads {self.new_leads}, new visits {self.new_visits}, "
            f"merged duplicates {self.merged_duplicates}, "
            f"conflicts resolved {self.conflicts_resolved}"
            + (f", removed as erased or deleted elsewhere {self.removed}" if self.removed else "")
        )

    def __add__(self, other: MergeSummary) -> MergeSummary:
        return MergeSummary(
            new_leads=self.new_leads + other.new_leads,
            new_visits=self.new_visits + other.new_visits,
            merged_duplicates=self.merged_duplicates + other.merged_duplicates,
            conflicts_resolved=self.conflicts_resolved + other.conflicts_resolved,
            removed=self.removed + other.removed,
            joined_events=tuple(dict.fromkeys(self.joined_events + other.joined_events)),
            separate_events=tuple(dict.fromkeys(self.separate_events + other.separate_events)),
            changes=self.changes + other.changes,
            renamed_events=tuple(dict.fromkeys(self.renamed_events + other.renamed_events)),
            future_times=self.future_times + other.future_times,
            backups_rewritten=self.backups_rewritten + other.backups_rewritten,
            backup_errors=self.backup_errors + other.backup_errors,
            bundles_holding_erased=tuple(
                dict.fromkeys(self.bundles_holding_erased + other.bundles_holding_erased)
            ),
        )

    @property
    def removed_leads(self) -> int:
        """Leads that were here and are not after the merge (deleted or erased elsewhere)."""
        return sum(1 for c in self.changes if c.change in (Change.DELETED, Change.ERASED))

    @property
    def overwritten_leads(self) -> int:
        """Leads here whose details another laptop's newer edits replaced."""
        return sum(1 for c in self.changes if c.change is Change.UPDATED and c.fields)

    def events_note(self) -> str | None:
        """What to tell the booth lead about the events of the merge, or None."""
        lines = [
            f"'{theirs}' was set up separately on another laptop; its leads were joined "
            f"into '{ours}' here."
            for theirs, ours in self.joined_events
        ]
        lines += [
            f"'{name}' is kept as a separate event (Event > Switch event). If it is the "
            "same show as one here, combine them: Event > Combine events… (or showfloor "
            "event merge), or merge again with --into EVENT."
            for name in self.separate_events
        ]
        lines += [f"The event '{old}' is now named '{new}'." for old, new in self.renamed_events]
        if self.future_times:
            lines.append(
                f"{self.future_times} time{'s' if self.future_times > 1 else ''} in the bundle "
                "lay in the future (is that laptop's clock wrong?); they were set to now."
            )
        return " ".join(lines) or None

    def erasure_notes(self) -> list[str]:
        """After a merge that erased people: what was cleared here, and what is left
        out of this laptop's reach (one line each)."""
        out = []
        if self.backups_rewritten:
            n = self.backups_rewritten
            out.append(
                f"{n} backup{'s' if n > 1 else ''} of this laptop rewritten without the "
                "people erased on another laptop."
            )
        out += [f"This backup could not be rewritten and still holds them: {e}"
                for e in self.backup_errors]  # fmt: skip
        if self.bundles_holding_erased:
            listed = "; ".join(
                f"{b.path} ({b.at.astimezone().strftime('%Y-%m-%d %H:%M')})"
                for b in self.bundles_holding_erased
            )
            out.append(
                "Bundles this laptop wrote before the erase still hold the people erased "
                f"on another laptop: {listed}. Delete those files (and ask whoever merged "
                "them to merge this erase too)."
            )
        return out

    def to_json_dict(self, *, changes: bool = False) -> dict[str, object]:
        """The counts (the CLI contract's keys); with ``changes``, the per-lead list too."""
        out: dict[str, object] = {
            "new_leads": self.new_leads,
            "new_visits": self.new_visits,
            "merged_duplicates": self.merged_duplicates,
            "conflicts_resolved": self.conflicts_resolved,
            "removed": self.removed,
        }
        if changes:
            out["changes"] = [c.to_json_dict() for c in self.changes]
        return out



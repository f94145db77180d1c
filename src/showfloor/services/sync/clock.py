"""Per-field last-writer-wins for leads, so a merge is the same in any order.

Each group of lead fields carries a stamp ``(time, device, value hash)``; merging
keeps, per group, the value with the greatest stamp. Taking a maximum is
commutative, associative and idempotent, which is what makes merge order free.

Writers other than the merge (capture, edit) do not maintain stamps. A stamp
stored in ``field_times`` is trusted only while its hash still matches the value;
otherwise the field changed locally since and is stamped with the lead's
``updated_at`` (an empty, never-stamped field gets the lowest stamp, so it never
erases a value another laptop has).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

Row = dict[str, Any]
Stamp = tuple[str, str, str]
NEVER = ""  # the time of a field nobody ever set: older than any real time
SHARED = "@"  # field_times key of the (time, device) most field groups share

# Fields that only make sense together travel together.
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "visitor_class": ("visitor_class",),
    "rating": ("rating",),
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "full_name": ("full_name",),
    "company": ("company",),
    "title": ("title",),
    "email": ("email",),
    "phone": ("phone",),
    "website": ("website",),
    "badge": ("badge_payload", "badge_format"),
    "badge_id": ("badge_id",),
    "consent": ("consent", "consent_at", "consent_text_version"),
    "tags": ("tags",),
    "follow_up": ("follow_up_owner", "follow_up_done_at"),
}
# Not a field group: ``deleted_at`` follows from the lead's visits (domain/lifecycle.py),
# and a merge derives it again from the merged visits.


def iso(value: datetime) -> str:
    """Fixed-width UTC text, so stamps compare correctly as strings."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # isoformat is several times faster than strftime; same text for a UTC time.
    return value.isoformat(timespec="microseconds")[:-6] + "Z"


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return iso(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


_ATOMS = {None: "null", True: "true", False: "false"}


def _hash_text(values: list[Any]) -> str:
    """``json.dumps(values, sort_keys=True, ensure_ascii=False)``, the hashes' input.

    Lead fields are nearly always text or empty; those are written directly (the
    stored hashes depend on this exact text, tests/unit/sync/test_clock.py checks
    it against json.dumps). Anything else goes through json.dumps.
    """
    parts = []
    for value in values:
        if value.__class__ is str:
            parts.append(encode_basestring(value))
        elif value is None or value is True or value is False:
            parts.append(_ATOMS[value])
        else:
            return json.dumps(values, default=_json_default, sort_keys=True, ensure_ascii=False)
    return "[" + ", ".join(parts) + "]"


def value_hash(values: Iterable[Any]) -> str:
    return hashlib.sha1(_hash_text(list(values)).encode()).hexdigest()[:16]


def _is_empty(values: Iterable[Any]) -> bool:
    return all(v is None or v == "" or v == [] or v is False for v in values)


@lru_cache(maxsize=4096)
def _common_hash(key: tuple[Any, ...]) -> tuple[str, bool]:
    """Hash and emptiness of a value seen often (classes, ratings, empty fields)."""
    values = [list(v) if v.__class__ is tuple else v for _kind, v in key]
    return value_hash(values), _is_empty(values)


def _hash_and_empty(values: list[Any]) -> tuple[str, bool]:
    if len(values) == 1 and values[0].__class__ is str and len(values[0]) > 12:
        return value_hash(values), False  # names, emails: nearly always new, skip the cache
    # With each value's type: 0, False and 0.0 are equal keys but hash differently.
    key = tuple((v.__class__, tuple(v) if v.__class__ is list else v) for v in values)
    try:
        return _common_hash(key)
    except TypeError:  # something unhashable inside
        return value_hash(values), _is_empty(values)


def effective_stamps(row: Mapping[str, Any]) -> dict[str, Stamp]:
    """The stamp of every field group of a lead row (see the module docstring)."""
    stored: Mapping[str, Any] = row.get("field_times") or {}
    shared = stored.get(SHARED)
    if not (isinstance(shared, list) and len(shared) == 2):
        shared = None
    updated = iso(row["updated_at"])
    device = row.get("device_id") or ""
    stamps: dict[str, Stamp] = {}
    for group, columns in FIELD_GROUPS.items():
        digest, empty = _hash_and_empty([row.get(c) for c in columns])
        saved = stored.get(group)
        if saved.__class__ is str and shared is not None:
            saved = [shared[0], shared[1], saved]
        if isinstance(saved, list | tuple) and len(saved) == 3 and saved[2] == digest:
            stamps[group] = (str(saved[0]), str(saved[1]), digest)
        elif saved is None and empty:
            stamps[group] = (NEVER, "", digest)
        else:
            stamps[group] = (updated, device, digest)
    return stamps


def stored_stamps(stamps: Mapping[str, Stamp]) -> dict[str, Any]:
    """``field_times`` to store, compactly and always the same for the same stamps.

    Never-set fields are left out: a missing entry on an empty field already reads
    back as never set. The (time, device) most fields share is written once under
    ``SHARED``; those fields keep only their hash. A captured lead's stamps are all
    one (time, device), so its ``field_times`` is about a third of the full form.
    """
    real = {g: s for g, s in stamps.items() if s[0] != NEVER}
    if not real:
        return {}
    counts = Counter((s[0], s[1]) for s in real.values())
    shared = max(counts, key=lambda moment: (counts[moment], moment))
    out: dict[str, Any] = {SHARED: list(shared)}
    for group, stamp in real.items():
        out[group] = stamp[2] if (stamp[0], stamp[1]) == shared else list(stamp)
    return out


def merge_versions(versions: list[Row]) -> tuple[Row, int]:
    """One lead from several versions of it (same id, or the same person).

    Returns:
        The merged row (id: the smallest; fields: newest per group) and the number
        of field groups where versions disagreed (conflicts resolved).
    """
    if len(versions) == 1:
        only = dict(versions[0])
        only["field_times"] = stored_stamps(effective_stamps(only))
        return only, 0
    stamped = [(v, effective_stamps(v)) for v in versions]
    first = min(versions, key=lambda v: (iso(v["created_at"]), v["id"]))
    merged: Row = dict(first)
    merged["id"] = min(v["id"] for v in versions)
    merged["created_at"] = first["created_at"]
    merged["updated_at"] = max(v["updated_at"] for v in versions)
    # Only a lead with no visit at all keeps this as merged; any other has it derived
    # from its visits by the merge (merge/visits.py). Deleted anywhere wins here.
    deletes = [v["deleted_at"] for v in versions if v.get("deleted_at")]
    merged["deleted_at"] = max(deletes, default=None)
    times: dict[str, Stamp] = {}
    conflicts = 0
    for group, columns in FIELD_GROUPS.items():
        winner, stamp = max(stamped, key=lambda vs: vs[1][group])
        for column in columns:
            merged[column] = winner.get(column)
        times[group] = stamp[group]
        seen = {s[group][2] for _v, s in stamped if s[group][0] != NEVER}
        conflicts += len(seen) > 1
    merged["field_times"] = stored_stamps(times)
    return merged, conflicts

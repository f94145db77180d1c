"""Read and write the plain settings of ``domain/settings_registry.py`` with their types.

A stored value of the wrong type (written by an older version or by hand) reads as
the default; a number outside its bounds is refused with one line on saving.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.settings_registry import SETTINGS, Kind, SettingSpec
from showfloor.store.settings import get_setting, set_setting

Value = int | str


def read_value(session: Session, spec: SettingSpec) -> Value:
    """The setting as the dialog shows it (a number, or text; "" for none)."""
    stored = get_setting(session, spec.key)
    if spec.kind is Kind.NUMBER:
        if stored is None and spec.zero_is_off:
            return 0
        if isinstance(stored, bool) or not isinstance(stored, int | float):
            return spec.default
        return max(spec.minimum, min(spec.maximum, round(stored)))
    if spec.kind is Kind.CHOICE:
        offered = {value for value, _label in spec.choices}
        return stored if isinstance(stored, str) and stored in offered else spec.default
    return stored if isinstance(stored, str) else spec.default


def read_values(
    session: Session, specs: Iterable[SettingSpec] = SETTINGS
) -> dict[str, Value]:
    return {spec.key: read_value(session, spec) for spec in specs}


def write_values(session: Session, values: Mapping[str, Value]) -> None:
    """Store each given value of a registered setting (others are left alone).

    Raises:
        RefusedError: a number out of its bounds, or of the wrong type.
    """
    for spec in SETTINGS:
        if spec.key in values:
            set_setting(session, spec.key, _stored(spec, values[spec.key]))


def read_setting(session: Session, spec: SettingSpec) -> Value:
    """One setting's value (the default when unset or unreadable)."""
    return read_value(session, spec)


def _stored(spec: SettingSpec, value: Value) -> object:
    if spec.kind is Kind.CHOICE and str(value) not in {v for v, _label in spec.choices}:
        offered = ", ".join(v for v, _label in spec.choices if v)
        raise RefusedError(f"{spec.label}: one of {offered}, or empty for the default.")
    if spec.kind is not Kind.NUMBER:
        text = str(value).strip()
        return text or None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RefusedError(f"{spec.label}: a whole number, please.")
    if not spec.minimum <= value <= spec.maximum:
        raise RefusedError(
            f"{spec.label}: between {spec.minimum} and {spec.maximum}{spec.suffix}, please."
        )
    if value == 0 and spec.zero_is_off:
        return None
    return float(value) if spec.stored_as_float else value

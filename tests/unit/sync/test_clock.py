"""Field stamps: the text they hash and the times they compare must never drift.

Hashes are stored in databases and bundles made by earlier versions; a stamp whose
hash no longer matches is treated as a local edit. So the fast paths must produce
exactly what json.dumps and strftime produced.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from showfloor.services.sync.clock import _hash_text, _json_default, iso, value_hash

ATOMS = st.one_of(
    st.none(),
    st.booleans(),
    st.text(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.datetimes(timezones=st.just(UTC)),
    st.lists(st.text(max_size=5), max_size=3),
)


@given(st.lists(ATOMS, max_size=4))
def test_hash_text_is_what_json_dumps_writes(values: list[object]) -> None:
    expected = json.dumps(values, default=_json_default, sort_keys=True, ensure_ascii=False)
    assert _hash_text(values) == expected


@given(
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_iso_is_what_strftime_writes(moment: datetime, offset_minutes: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    expected = aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert iso(aware) == expected


def test_hashes_of_earlier_versions_still_match() -> None:
    """Values computed with the json.dumps + sha1 of the first bundle format."""
    assert value_hash(["Zoë Ångström"]) == "4dafd652674d721e"
    assert value_hash([None, None]) == "493dbc68fa9b5a47"
    assert value_hash([False, None, None]) == "dede64f893803d8a"
    assert value_hash([["vip", "press"]]) == "05f49efc61123cfc"

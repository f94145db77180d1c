"""JSON columns go through orjson; values must read back exactly as they were written."""

from __future__ import annotations

from pathlib import Path

import pytest

from showfloor.store.settings import get_setting, set_setting

from helpers.builders import OpenDb


# SQLite's numeric affinity turns 5 back into a number; orjson refuses the last three
# (lone surrogates, as a mangled command-line argument can carry; beyond 64 bits), which
# json.dumps writes: a capture must never fail on them.
@pytest.mark.parametrize(
    "value",
    [5, 2.5, True, None, "text", "5", [], {"a": [1, "é"]}, {"nested": {"x": None}},
     "broken \udcff byte", 2**70, {"answer": "x\udce9y"}],
)  # fmt: skip
def test_a_setting_reads_back_as_written(tmp_path: Path, value: object, open_db: OpenDb) -> None:
    db = open_db(tmp_path / "showfloor.db")
    with db.session() as session:
        set_setting(session, "k", value)
    with db.session() as session:
        assert get_setting(session, "k") == value


def test_text_only_json_dumps_wrote_reads_back(tmp_path: Path, open_db: OpenDb) -> None:
    db = open_db(tmp_path / "showfloor.db")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('k', '[Infinity, \"\\udcff\"]')"
        )
    with db.session() as session:
        assert get_setting(session, "k") == [float("inf"), "\udcff"]

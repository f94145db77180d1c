"""`showfloor report` on the demo event, as the booth lead runs it (issue 22's check):
notes, grouped themes with counts and quotes, the referral list, the follow-up list."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.cli import run_program


def test_the_demo_debrief_holds_notes_themes_referrals_and_follow_ups(
    data_dir: Path, tmp_path: Path
) -> None:
    assert run_program("demo").code == 0
    out = tmp_path / "debrief.html"
    result = run_program("report", "-o", str(out), "--tz", "Europe/Berlin")
    assert result.code == 0 and "wrote the debrief of 10 leads" in result.out
    html = out.read_text(encoding="utf-8")
    notes = html[html.index('id="notes"') : html.index('id="follow-up"')]
    assert "Wants a pilot in Q1." in notes and "Came back with her IT lead; pilot agreed." in notes
    mentors = html[html.index('id="mentors"') : html.index('id="pains"')]
    # a theme with its count, both wordings quoted, and why they were grouped
    theme = r'class="count"[^>]*>&nbsp;4&nbsp;</span> IT security review takes months'
    assert re.search(theme, mentors)
    assert "“Security reviews by IT take months.”" in mentors
    assert "Grouped because they say:" in mentors
    referrals = html[html.index('id="referrals"') : html.index('id="notes"')]
    assert "Cvent lead retrieval" in referrals and "already buys from (customer)" in referrals
    assert "Eventful Agency, Lisbon" in referrals and "referral (mentor)" in referrals
    follow_up = html[html.index('id="follow-up"') :]
    assert follow_up.count("<tr>") == 1 + 10 and "Jonas Weber" in follow_up

"""The command-line contract of docs/cli.md, driven in-process."""

from pathlib import Path

import pytest

from helpers.cli import run_cli, run_program


def test_event_create_list_use(capsys: pytest.CaptureFixture[str]) -> None:
    first = run_cli(capsys, "event", "create", "Fair A", "--starts", "2026-11-22")
    assert first.code == 0 and len(first.out.strip()) == 36
    run_cli(capsys, "event", "create", "Fair B")
    listed = run_cli(capsys, "event", "list", "--json").json()
    assert [(e["name"], e["current"]) for e in listed] == [("Fair A", False), ("Fair B", True)]
    assert run_cli(capsys, "event", "use", "fair a").code == 0
    assert run_cli(capsys, "event", "list", "--json").json()[0]["current"] is True
    bad = run_cli(capsys, "event", "create", "X", "--starts", "tomorrow")
    assert bad.code == 1 and "YYYY-MM-DD" in bad.err


def test_staff_add_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, "staff", "add", "Anna")
    run_cli(capsys, "staff", "add", "anna")  # same person, not doubled
    run_cli(capsys, "staff", "add", "Chloé")
    assert [s["name"] for s in run_cli(capsys, "staff", "list", "--json").json()] == [
        "Anna",
        "Chloé",
    ]


def test_capture_twice_counts_visits_and_keeps_both_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = (
        "capture",
        "--class",
        "mentor",
        "--first-name",
        "Ada",
        "--last-name",
        "Lovelace",
        "--email",
        "ada@example.org",
    )
    one = run_cli(capsys, *args, "--answer", "barriers=no budget")
    two = run_cli(capsys, *args, "--answer", "barriers=no time")
    assert (one.code, two.code) == (0, 0)
    assert (one.json()["visit"], two.json()["visit"]) == (1, 2)
    leads = run_cli(capsys, "leads", "list", "--json").json()
    assert len(leads) == 1 and leads[0]["visits"] == 2


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--class", "nope", "--first-name", "A"), "Unknown visitor class 'nope'"),
        (("--class", "kol", "--first-name", "A", "--answer", "nonsense"), "KEY=VALUE"),
        (("--class", "kol"), "--badge PAYLOAD or at least a name"),
    ],
)
def test_refused_capture_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], needle: str
) -> None:
    result = run_cli(capsys, "capture", *args)
    assert result.code == 1
    assert needle in result.err and result.err.count("\n") == 1
    assert "Traceback" not in result.err and result.out == ""


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "capture", "--first-name", "A").code == 2  # --class missing
    assert run_cli(capsys, "no-such-command").code == 2


def test_demo_lists_leads_of_every_class_with_repeat_visits(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(capsys, "demo").code == 0
    assert run_cli(capsys, "demo").code == 0  # idempotent
    leads = run_cli(capsys, "leads", "list", "--json").json()
    assert {lead["class"] for lead in leads} == {"customer", "mentor", "kol"}
    assert any(lead["visits"] > 1 for lead in leads)
    assert len(leads) == 10
    keys = {
        "id",
        "class",
        "rating",
        "first_name",
        "last_name",
        "full_name",
        "company",
        "title",
        "email",
        "phone",
        "badge_id",
        "consent",
        "tags",
        "visits",
        "first_seen",
        "last_seen",
    }
    assert all(set(lead) == keys for lead in leads)
    mentors = run_cli(capsys, "leads", "list", "--class", "mentor", "--json").json()
    assert {lead["class"] for lead in mentors} == {"mentor"}
    found = run_cli(capsys, "leads", "list", "--search", "budget frozen", "--json").json()
    assert {lead["last_name"] for lead in found} == {"Bell", "Lindqvist"}


def test_leads_list_on_a_fresh_data_dir_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "leads", "list", "--json")
    assert (result.code, result.json()) == (0, [])


def test_a_damaged_database_gives_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "showfloor.db").write_bytes(b"garbage" * 1000)
    result = run_cli(capsys, "leads", "list")
    assert result.code == 1 and "damaged" in result.err and "Traceback" not in result.err


def test_the_cli_path_never_imports_qt() -> None:
    code = (
        "import sys\n"
        "from showfloor.__main__ import main\n"
        "assert main(['demo']) == 0\n"
        "assert main(['capture', '--class', 'kol', '--first-name', 'A']) == 0\n"
        "assert main(['leads', 'list', '--json']) == 0\n"
        "assert main(['badge', 'parse', 'X1Y2Z3']) == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'showfloor.qt'))]\n"
        "assert not bad, bad\n"
    )
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_the_real_program_runs_capture_end_to_end() -> None:
    result = run_program(
        "capture",
        "--class",
        "customer",
        "--first-name",
        "José",
        "--company",
        "Ñandú S.A.",
        "--rating",
        "hot",
    )
    assert result.code == 0, result.err
    assert '"company": "Ñandú S.A."' in result.out

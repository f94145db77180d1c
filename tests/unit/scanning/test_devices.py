"""Camera listing: the kernel's video nodes on Linux, probing elsewhere, choices kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from showfloor.scanning import devices
from showfloor.scanning.devices import CameraDevice, camera_choices, list_cameras


def node(root: Path, name: str, index: str | None, label: str) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    if index is not None:
        (folder / "index").write_text(f"{index}\n")
    (folder / "name").write_text(f"{label}\n")


def test_linux_lists_the_picture_node_of_each_webcam_with_its_name(tmp_path: Path) -> None:
    node(tmp_path, "video0", "0", "Integrated Camera: Integrated C")
    node(tmp_path, "video1", "1", "Integrated Camera: Integrated C")  # its metadata node
    node(tmp_path, "video10", "0", "USB Camera")
    node(tmp_path, "v4l-subdev0", "0", "sensor")
    node(tmp_path, "video2", None, "Old driver")  # no index file: a picture node
    assert list_cameras(sysfs=tmp_path) == [
        CameraDevice("0", "Integrated Camera: Integrated C"),
        CameraDevice("2", "Old driver"),
        CameraDevice("10", "USB Camera"),
    ]


def test_no_video_nodes_means_no_cameras(tmp_path: Path) -> None:
    assert list_cameras(sysfs=tmp_path / "missing") == []
    assert list_cameras(sysfs=tmp_path) == []


def test_elsewhere_indices_are_probed_until_two_in_a_row_fail() -> None:
    probed: list[int] = []

    def probe(index: int) -> bool:
        probed.append(index)
        return index in (0, 2)

    assert list_cameras(sysfs=None, probe=probe) == [CameraDevice("0"), CameraDevice("2")]
    assert probed == [0, 1, 2, 3, 4]


def test_the_camera_in_use_is_listed_without_opening_it_again() -> None:
    probed: list[int] = []

    def probe(index: int) -> bool:
        probed.append(index)
        return False

    assert list_cameras(sysfs=None, in_use=["0"], probe=probe) == [CameraDevice("0")]
    assert 0 not in probed


def test_a_driver_error_while_listing_is_no_cameras(tmp_path: Path) -> None:
    def broken(_index: int) -> bool:
        raise OSError("device busy")

    assert list_cameras(sysfs=None, probe=broken) == []


def test_choices_name_the_cameras_and_keep_an_unplugged_choice() -> None:
    found = [CameraDevice("0", "Integrated Camera"), CameraDevice("2")]
    assert camera_choices(found, "0") == [("Integrated Camera (camera 0)", "0"),
                                          ("Camera 2", "2")]
    assert camera_choices(found, "1") == [
        ("Integrated Camera (camera 0)", "0"),
        ("Camera 1 (not connected)", "1"),
        ("Camera 2", "2"),
    ]
    assert camera_choices([], "0") == [("Camera 0 (not connected)", "0")]
    assert camera_choices(None, "0") == [("Camera 0", "0")]  # not listed yet
    assert camera_choices([], None) == []
    assert camera_choices([], "demo.mp4") == []  # a recording is not a device


def test_known_cameras_is_the_latest_listing_where_listing_is_slow(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(devices, "LISTING_IS_CHEAP", False)
    monkeypatch.setattr(devices, "_last", None)
    assert devices.known_cameras() is None
    list_cameras(sysfs=None, probe=lambda index: index == 0)
    assert devices.known_cameras() == [CameraDevice("0")]

"""Files shipped inside the package (icons), found the same way installed or bundled."""

from __future__ import annotations

import sys
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_dir() -> Path:
    """This folder; inside a PyInstaller bundle, its copy under sys._MEIPASS."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "showfloor" / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def missing_resources() -> list[str]:
    """Names of expected files that are not there (for `selftest`)."""
    expected = [f"icons/showfloor-{size}.png" for size in ICON_SIZES] + ["icons/showfloor.svg"]
    return [name for name in expected if not resource_path(*name.split("/")).is_file()]

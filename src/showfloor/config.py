"""Every path the program uses, in one place.

The data dir comes from ``--data-dir``, else ``SHOWFLOOR_DATA_DIR``, else the
platform's user data folder for "Showfloor". Tests always pass a temporary one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "SHOWFLOOR_DATA_DIR"
APP_NAME = "Showfloor"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "showfloor.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def backup_due(self) -> Path:
        """Present while the backup on exit has not finished: the next start takes it."""
        return self.backups / "backup-due"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "showfloor.log"


def default_data_dir() -> Path:
    # Imported here: platformdirs is cheap, but keeping config import-light matters
    # for start-up time of every CLI call.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for this run: the argument wins, then the environment, then the platform."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Paths(Path(chosen).expanduser().resolve())

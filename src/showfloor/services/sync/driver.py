"""The PostgreSQL driver, which only team sync needs: an extra, not a dependency.

``psycopg[binary]`` adds about 15 MB (its own libpq and OpenSSL) that a booth
without a team server never uses, so it is installed with ``showfloor[team]``
(and bundled where the bundle is built with it). A laptop set up for team sync
without it is told, in one line, what to install.
"""

from __future__ import annotations

import sys

from showfloor.domain.errors import RefusedError

# What to install: the extra, or for a desktop bundle, a bundle built with the driver.
INSTALL = (
    "a Showfloor bundle built with team sync (SHOWFLOOR_BUNDLE_TEAM=1 make bundle)"
    if getattr(sys, "frozen", False)
    else "pip install 'showfloor[team]'"
)


class DriverMissingError(RefusedError):
    """Team sync is set up, but psycopg is not installed on this laptop."""


def has_driver() -> bool:
    try:  # imported, not only looked for: a half-installed driver counts as missing
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def require_driver() -> None:
    """Raises DriverMissingError (what to install) when psycopg is not installed."""
    if not has_driver():
        raise DriverMissingError(
            "Team sync needs the PostgreSQL driver (psycopg), which is not installed on "
            f"this laptop. Install it with: {INSTALL}, "
            "then start Showfloor again. Your local leads are untouched."
        )

"""The lead store: SQLAlchemy models, the crash-safe engine, migrations."""

from showfloor.store.database import Database, open_database

__all__ = ["Database", "open_database"]

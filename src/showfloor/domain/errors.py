"""Errors whose message is written for the person at the booth, not for a developer."""


class ShowfloorError(Exception):
    """Base for errors that carry a one-line message fit to show a user as is."""


class RefusedError(ShowfloorError):
    """The input was understood but refused (CLI exit code 1)."""


class StorageError(ShowfloorError):
    """The database cannot be opened or written; the message says what to do."""


class CancelledError(ShowfloorError):
    """The person stopped a long job; whatever it was writing was left untouched."""

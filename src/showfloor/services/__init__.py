"""Use cases over the store: capture, lookup, search, export... No Qt here."""

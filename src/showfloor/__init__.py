"""Showfloor: capture, classify and debrief trade-show booth visitors, offline."""

__version__ = "0.1.0"

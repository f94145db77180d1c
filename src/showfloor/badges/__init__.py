"""Badge payload parsing: every organiser's QR format to person fields, offline."""

from showfloor.badges.parser import parse_payload
from showfloor.badges.result import FORMATS, BadgeResult

__all__ = ["FORMATS", "BadgeResult", "parse_payload"]

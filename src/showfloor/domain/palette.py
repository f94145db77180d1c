"""One colour per visitor class and rating, shared by the window and the debrief."""

from __future__ import annotations

from showfloor.domain.questions import Rating, VisitorClass

CLASS_COLOURS: dict[VisitorClass, str] = {
    VisitorClass.CUSTOMER: "#2563eb",
    VisitorClass.MENTOR: "#9333ea",
    VisitorClass.KOL: "#d97706",
}
RATING_COLOURS: dict[Rating, str] = {
    Rating.HOT: "#dc2626",
    Rating.WARM: "#ea580c",
    Rating.COLD: "#0284c7",
}
UNRATED_COLOUR = "#9ca3af"
TO_QUALIFY_COLOUR = "#b45309"  # a lead whose class nobody chose yet

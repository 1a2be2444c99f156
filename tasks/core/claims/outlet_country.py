"""The country an outlet's own name places it in: "Sri Lanka News Wave" -> LK, "The Times of India" -> IN, "Malawi
Voice" -> MW. Like the page address's country domain (url_country), it settles only a story that names no country or
place at all ("experts at the Health Ministry's Epidemiology Unit said" on a Sri Lankan blog with a .com address)."""
from __future__ import annotations

from .phrase_country import country_in


def outlet_country(outlet: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country the outlet's name names (by name, demonym or capital), else None."""
    return country_in(outlet) if outlet and outlet.strip() else None

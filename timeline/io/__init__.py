"""The two edges of the pipeline: articles in (articles.py), the timeline table out (export.py)."""

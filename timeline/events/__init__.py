"""Events: the rows of the timeline, extracted from articles (extract.py, one module per stage
beside it) and merged across them (merge.py, which the store uses too)."""
from timeline.events.extract import DISABLE, extract, extract_article, pipeline
from timeline.events.merge import best_match, merge, merge_all, merge_margin, same_event, similarity

__all__ = ["DISABLE", "extract", "extract_article", "pipeline", "best_match", "merge", "merge_all", "merge_margin",
           "same_event", "similarity"]

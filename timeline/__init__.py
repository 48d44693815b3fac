"""timeline: turn news articles into a dated, filterable escalation timeline.

Data flows one way:
articles (articles.py) -> NLP doc (nlp.py) -> time expressions (timex.py) / actors (actors.py)
-> events (events.py, escalation.py) -> timeline table -> store (store.py) / dashboard / CSV (export.py).
"""

__version__ = "0.1.0"

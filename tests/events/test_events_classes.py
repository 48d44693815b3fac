"""The eight classes of error seen on real news (issue 11), each on sentences written here:
dating, duplicates, background and commentary, actors that are not actors, categories from the
event's own predicate, planned events, missed events, merging across articles."""
from __future__ import annotations

import datetime as dt

from timeline import events
from timeline.records import Article

D = dt.date


def extract(text: str, published: str = "2025-11-17", source: str = "Test Wire"):
    art = Article(text=text, published=dt.date.fromisoformat(published), title="t", source=source)
    return events.extract_article(art)


def rows(text: str, published: str = "2025-11-17") -> list[tuple[str, str]]:
    return [(e.category, e.summary) for e in extract(text, published)]


# ---------------------------------------------------------------- 5. the category comes from the event's predicate

def test_a_killing_told_with_its_agent_or_its_act_is_that_act_with_its_toll():
    (e,) = extract("On Sunday, Israeli forces killed at least 24 Palestinians in Gaza.")
    assert (e.category, e.fatalities, e.event_type) == ("force", 24, "ASSAULT")
    (e,) = extract("Twenty-four security officers were killed in the U.S. military raid on Saturday.")
    assert (e.category, e.fatalities) == ("force", 24)
    (e,) = extract("Israeli attacks have killed at least 42 Palestinians so far today.")
    assert (e.category, e.fatalities) == ("force", 42)
    (e,) = extract("Three people died in the storm on Sunday.")
    assert e.category == "casualties"

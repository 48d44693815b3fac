"""timeline.timex: find time expressions in news text and anchor them to the calendar.

    tag(text, dct) -> list[Timex]

Detection (detect.py, patterns compiled from resources/timex/*.tsv by patterns.py), then
normalisation (normalise.py: one rule per pattern, tense guessed by tense.py), with a running
reference time for narrative expressions ("eight days prior", "the following day"), and
interval() of each value (interval.py).
"""
from timeline.timex.model import Timex
from timeline.timex.tagger import tag

__all__ = ["tag", "Timex"]

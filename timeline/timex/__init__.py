"""timeline.timex: find time expressions in news text and anchor them to the calendar.

    tag(text, dct) -> list[Timex]

The stages, one module (or package) each:
    lexicon.py   the tables of lang/en/timex/ read into one Lexicon
    patterns.py  pattern templates compiled into regexes
    prefilter.py the words each pattern needs: it runs only near them (one pass over the text)
    detect.py    candidates, then the longest non-overlapping ones
    tense.py     the tense of the clause around an expression (no parser needed)
    story.py     the narrative state ("eight days prior" counts from the last day named) and
                 what moves it
    resolve/     one rule per pattern: a candidate to its TIMEX3 value (RULES in __init__)
    value.py     the TIMEX3 value grammar, parsed in one place
    interval.py  the calendar days an expression covers
    tagger.py    the loop: detect, resolve left to right, move the story
"""
from timeline.timex.model import Timex
from timeline.timex.tagger import tag

__all__ = ["tag", "Timex"]

"""The `Timex` record: one time expression found in a text, with its TIMEX3 value."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline.timex.interval import interval_of


@dataclass(frozen=True)
class Timex:
    """A time expression: `text[start:end]`, its TIMEX3 type/value/mod and how it was anchored.

    anchor: 'absolute' (the text gives the full date), 'publication' (resolved against the
    document creation time), 'narrative' (resolved against the expression at
    anchor_start:anchor_end) or None (durations, sets, values that need no anchor).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    anchor_start: int | None = None
    anchor_end: int | None = None
    dct: dt.date | None = field(default=None, compare=False, repr=False)
    window: tuple[dt.date, dt.date] | None = field(default=None, compare=False, repr=False)

    def interval(self) -> tuple[dt.date, dt.date] | None:
        """First and last calendar day this expression covers, or None (durations, sets, unknown)."""
        return interval_of(self)

    def to_dict(self) -> dict:
        span = self.interval()
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value, "mod": self.mod, "anchor": self.anchor,
                "anchor_start": self.anchor_start, "anchor_end": self.anchor_end,
                "interval": [span[0].isoformat(), span[1].isoformat()] if span else None}

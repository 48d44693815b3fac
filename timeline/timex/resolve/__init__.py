"""Resolution: each detected candidate to a TIMEX3 value by the rule its pattern names.

The `rule` column of lang/en/timex/patterns.tsv names an entry of RULES; fixed phrases
(phrases.tsv) all go through `phrases.rule_phrase`. A rule returns a `Resolved`, or None when the
candidate is not a time expression after all.
"""
from __future__ import annotations

from typing import Callable

from timeline.timex.detect import Candidate
from timeline.timex.resolve import clock, days, periods, phrases, relative
from timeline.timex.resolve.values import POINT_MOD, Resolved, outside_mod
from timeline.timex.story import Context

Rule = Callable[[Candidate, Context], "Resolved | None"]

RULES: dict[str, Rule] = {
    # days
    "ymd": days.rule_ymd, "mdy_numeric": days.rule_mdy_numeric, "month_day": days.rule_month_day,
    "week_of": days.rule_week_of, "day_of_month": days.rule_day_of_month, "holiday": days.rule_holiday,
    "weekday": days.rule_weekday, "weekday_offset": days.rule_weekday_offset,
    # clock times
    "clock": clock.rule_clock,
    # periods
    "month": periods.rule_month, "month_year": periods.rule_month_year, "month_rel_year": periods.rule_month_rel_year,
    "week_of_month": periods.rule_week_of_month, "season": periods.rule_season, "season_ref": periods.rule_season_ref,
    "quarter": periods.rule_quarter, "quarter_anaphor": periods.rule_quarter_anaphor,
    "half_year": periods.rule_half_year, "year": periods.rule_year, "decade": periods.rule_decade,
    "century": periods.rule_century, "year_anaphor": periods.rule_year_anaphor,
    "year_period": periods.rule_year_period, "year_ended": periods.rule_year_ended,
    "week_ended": periods.rule_week_ended,
    # distances, durations and sets
    "narrative": relative.rule_narrative, "ago": relative.rule_ago, "from_now": relative.rule_from_now,
    "duration": relative.rule_duration, "vague_duration": relative.rule_vague_duration,
    "reference_time": relative.rule_reference_time,
    "unit_long": relative.rule_unit_long, "vague_date": relative.rule_vague_date, "set": relative.rule_set,
    "set_named": relative.rule_set_named, "set_weekday": relative.rule_set_weekday,
    # fixed phrases
    "phrase": phrases.rule_phrase,
}


def resolve(c: Candidate, ctx: Context) -> Resolved | None:
    fn = RULES.get(c.rule)
    if fn is None:
        raise ValueError(f"patterns.tsv: unknown rule {c.rule!r}")
    return fn(c, ctx)


__all__ = ["RULES", "resolve", "Resolved", "POINT_MOD", "outside_mod"]

"""Regression floors of the event layer on real news (tests/gold/real-dev, scored by
bench/events_score.py). The figures are README's; each floor sits just under its figure, so a
change that loses events, dates, actors, places or merges on real text fails here. This is a dev
set, not the evidence of accuracy: the held-out real articles are scored outside the project."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# measure -> floor (figures of 2026-12-05 in README, minus a small margin; recall raised at 04:36 UTC)
FLOORS = {
    "event_recall": 0.71,   # 0.69 until 07:52 UTC, 12-05
    "row_precision": 0.86,
    "date_exact": 0.63,
    "actor_precision": 0.67,
    "actor_recall": 0.65,
    "category_agreement": 0.82,
    "event_type_agreement": 0.73,
    "location_agreement": 0.56,   # newly found events named without a gazetteer place ("the Gulf region") lower it
    "country_agreement": 0.83,   # 0.63 until 12-06 18:40 UTC: a row whose sentence names no place is in its story's country
    "fatalities_exact": 0.85,
    "merge_pair_recall": 0.18,   # 0.24 before the scorer read undated gold events as dated up to their day (12-05)
    "status_planned_speculative": 0.75,
}
# measure -> ceiling
CEILINGS = {"duplicate_rows": 0.075, "wrong_merges": 4}   # 2 before undated gold events could be matched (12-05):
# the attack on Venezuela and the abduction told as one row ("days after the U.S. attacked Venezuela and abducted ...")

# The sets annotated blind and first scored on 2026-12-04 (README and each set's README give the first
# score): development sets since, with floors of their own under their current figures (small sets: wider margins;
# recall and precision floors raised to the figures of 04:36 UTC, 2026-12-05, where the session moved them)
CHECK_FLOORS = {
    "real-check": {"event_recall": 0.70, "row_precision": 0.90, "actor_precision": 0.72, "actor_recall": 0.82,
                   "category_agreement": 0.83, "fatalities_exact": 0.55},   # 0.62 until the scorer matched by PLOVER type (12-05)
    # (actor recall 0.83 until 12-06 10:30: two accusations newly found, "a rampage that India blamed on Pakistan",
    # bring fewer of their gold actors than the average; 0.833 -> 0.823 on 71 -> 73 events found)
    "real-check-2": {"event_recall": 0.70, "row_precision": 0.81, "actor_precision": 0.62, "actor_recall": 0.72,
                     "category_agreement": 0.75, "date_exact": 0.57},
    "real-check-3": {"event_recall": 0.63, "row_precision": 0.82, "actor_precision": 0.65, "actor_recall": 0.80,
                     "category_agreement": 0.89, "date_exact": 0.60},
    "real-check-4": {"event_recall": 0.75, "row_precision": 0.76, "actor_precision": 0.68, "actor_recall": 0.64,
                     "date_exact": 0.55, "fatalities_exact": 0.65},   # 0.73 until 12-05: the follow-up attack of September 2, now found, takes the double attack's toll of 11 (16 tolls in all); precision 0.77 until 12-06: a call beside a condemnation is a row of its own (one found, one the gold left inside the condemnation)
    "real-check-5": {"event_recall": 0.69, "row_precision": 0.80, "actor_precision": 0.59, "actor_recall": 0.61,
                     "date_exact": 0.43, "category_agreement": 0.80},
    "real-check-6": {"event_recall": 0.61, "row_precision": 0.75, "actor_precision": 0.62, "actor_recall": 0.57,
                     "fatalities_exact": 0.60},
    "real-check-7": {"event_recall": 0.54, "row_precision": 0.76, "actor_precision": 0.70, "actor_recall": 0.59,
                     "date_exact": 0.58},
    "real-check-8": {"event_recall": 0.48, "row_precision": 0.79, "actor_precision": 0.57, "actor_recall": 0.49},   # 0.60 until 12-05: events newly found ("we express our deep concern") and thanked parties bring actors the annotators left out
    "real-check-9": {"event_recall": 0.81, "row_precision": 0.83, "actor_precision": 0.61, "actor_recall": 0.67},
    # (precision 0.86 until 12-06 19:40 UTC: "nearly 100 Palestinians have been killed ... since a truce went into
    # effect on October 10" now gives the truce its row and day, so the tally beside it counts as a repeat)
    # annotated blind and first scored at the end of the session of 2026-12-05 (README): development sets since
    "real-check-10": {"event_recall": 0.70, "row_precision": 0.70, "actor_precision": 0.78, "actor_recall": 0.67},
    "real-check-11": {"event_recall": 0.61, "row_precision": 0.68, "actor_precision": 0.42, "actor_recall": 0.53},
    "real-check-12": {"event_recall": 0.59, "row_precision": 0.60},
    "real-check-13": {"event_recall": 0.68, "row_precision": 0.73, "actor_precision": 0.60, "actor_recall": 0.52},
    "real-check-14": {"event_recall": 0.70, "row_precision": 0.75, "actor_precision": 0.66, "actor_recall": 0.57},
    "real-check-15": {"event_recall": 0.63, "row_precision": 0.64, "actor_precision": 0.46, "actor_recall": 0.48},
    "real-check-16": {"event_recall": 0.68, "row_precision": 0.57, "actor_precision": 0.53, "actor_recall": 0.60},
    # annotated blind and first scored at 04:25 UTC on 2026-12-05 (README): development sets since
    "real-check-17": {"event_recall": 0.72, "row_precision": 0.53, "actor_precision": 0.46, "actor_recall": 0.55},
    "real-check-18": {"event_recall": 0.62, "row_precision": 0.61},   # 0.65 until 12-06 21:05 UTC and 0.63 until 22:20
    # UTC: with "IDF" too known as Israel's forces, "the IDF bombed ... and used tanks to fire on targets" joins the
    # airstrikes row as the same campaign (the annotators keep it apart); before that, with "Israeli
    # Defense Force" known as Israel's forces, "the IDF launched the offensive ... in response to over 100 rockets"
    # joins the airstrikes it is; its row had counted for the rockets (whose doer it got wrong) by sharing their sentence
    "real-check-19": {"event_recall": 0.71, "row_precision": 0.51, "actor_precision": 0.60, "actor_recall": 0.68},   # recall 0.55 until 07:52 UTC, 12-05
    "real-check-20": {"event_recall": 0.80, "row_precision": 0.60, "actor_precision": 0.58, "actor_recall": 0.54},   # recall 0.75 until 07:52 UTC, 12-05
    # annotated blind and first scored at 07:52 UTC on 2026-12-05 (README): development sets since
    "real-check-21": {"event_recall": 0.77, "row_precision": 0.53, "actor_precision": 0.60, "actor_recall": 0.60},   # recall 0.717 at its first score
    "real-check-22": {"event_recall": 0.62, "row_precision": 0.66, "actor_precision": 0.66, "actor_recall": 0.57},
    "real-check-23": {"event_recall": 0.63, "row_precision": 0.63, "actor_precision": 0.52, "actor_recall": 0.43},
    # annotated blind and first scored at 09:54 UTC on 2026-12-05 (README): development sets since
    "real-check-24": {"event_recall": 0.63, "row_precision": 0.53, "actor_precision": 0.30, "actor_recall": 0.31},
    "real-check-25": {"event_recall": 0.65, "row_precision": 0.72, "actor_precision": 0.57, "actor_recall": 0.63},
    "real-check-26": {"event_recall": 0.55, "row_precision": 0.76, "actor_precision": 0.47, "actor_recall": 0.40},   # recall 0.519 at its first score
    "real-check-27": {"event_recall": 0.80, "row_precision": 0.58, "actor_precision": 0.70, "actor_recall": 0.50},   # first score 12-05 12:25 UTC: 0.860 / 0.638
    "real-check-28": {"event_recall": 0.66, "row_precision": 0.60, "actor_precision": 0.76, "actor_recall": 0.52},   # 0.727 / 0.667
    "real-check-29": {"event_recall": 0.48, "row_precision": 0.62, "actor_precision": 0.25, "actor_recall": 0.37},   # 0.533 / 0.684
    # annotated blind and first scored at 14:48 UTC on 2026-12-05 (README): development sets since
    "real-check-30": {"event_recall": 0.70, "row_precision": 0.64, "actor_precision": 0.55, "actor_recall": 0.37},   # first score 0.759 / 0.697
    "real-check-31": {"event_recall": 0.57, "row_precision": 0.74, "actor_precision": 0.58, "actor_recall": 0.50},   # 0.636 / 0.800
    "real-check-32": {"event_recall": 0.72, "row_precision": 0.65, "actor_precision": 0.78, "actor_recall": 0.72},   # 0.611 / 0.676 (0.778 / 0.705 after the round-up places, 14:51 UTC)
    "real-check-33": {"event_recall": 0.54, "row_precision": 0.50, "actor_precision": 0.54, "actor_recall": 0.54},   # first score 0.636 / 0.583 (11 events)
    "real-check-34": {"event_recall": 0.57, "row_precision": 0.70, "actor_precision": 0.60, "actor_recall": 0.56},   # first score 0.619 / 0.755
    "real-check-35": {"event_recall": 0.53, "row_precision": 0.64, "actor_precision": 0.43, "actor_recall": 0.55},   # first score 0.560 / 0.707 -> 0.580 / 0.698
    "real-check-36": {"event_recall": 0.57, "row_precision": 0.61, "actor_precision": 0.50, "actor_recall": 0.49},   # first score 0.621 / 0.689 -> 0.621 / 0.667
    "real-check-37": {"event_recall": 0.68, "row_precision": 0.57, "actor_precision": 0.43, "actor_recall": 0.38},   # first score 0.688 / 0.611 -> 0.734 / 0.627
    "real-check-38": {"event_recall": 0.58, "row_precision": 0.61, "actor_precision": 0.51, "actor_recall": 0.51},   # first score 0.620 / 0.653 -> 0.640 / 0.667
    # annotated blind the session before and first scored at 21:00 UTC on 2026-12-05 (README): development sets since
    "real-check-39": {"event_recall": 0.52, "row_precision": 0.57, "actor_precision": 0.40, "actor_recall": 0.42},   # first score 0.565 / 0.616 -> 0.565 / 0.608
    "real-check-40": {"event_recall": 0.62, "row_precision": 0.65, "actor_precision": 0.52, "actor_recall": 0.49},   # first score 0.620 / 0.692 -> 0.660 / 0.692
    # annotated blind the session before and first scored at 21:32 UTC on 2026-12-05 (README): development sets since
    "real-check-41": {"event_recall": 0.64, "row_precision": 0.60, "actor_precision": 0.47, "actor_recall": 0.36},   # first score 0.672 / 0.662 -> 0.687 / 0.640
    "real-check-42": {"event_recall": 0.53, "row_precision": 0.69, "actor_precision": 0.56, "actor_recall": 0.43},   # first score 0.560 / 0.733 -> 0.573 / 0.738; actor recall 0.44 until 12-06: the coup's acts now pair with the later "sealed off" row, which names no one
    "real-check-43": {"event_recall": 0.55, "row_precision": 0.80, "actor_precision": 0.68, "actor_recall": 0.54},   # first score 0.588 / 0.842 -> 0.588 / 0.842
    "real-check-44": {"event_recall": 0.44, "row_precision": 0.74, "actor_precision": 0.45, "actor_recall": 0.54},   # first score 0.478 / 0.784 -> 0.478 / 0.784
    "real-check-45": {"event_recall": 0.45, "row_precision": 0.53, "actor_precision": 0.64, "actor_recall": 0.42},   # first score 0.500 / 0.557 -> 0.484 / 0.569
    "real-check-46": {"event_recall": 0.70, "row_precision": 0.70, "actor_precision": 0.51, "actor_recall": 0.39},   # first score 0.735 / 0.746 -> 0.735 / 0.746
    # annotated blind the session before, first scored at 01:31 UTC on 2026-12-06 before any change (README)
    "real-check-47": {"event_recall": 0.70, "row_precision": 0.75, "actor_precision": 0.57, "actor_recall": 0.58},   # first score (c8bfc27) 0.733 / 0.787
    "real-check-48": {"event_recall": 0.53, "row_precision": 0.68, "actor_precision": 0.45, "actor_recall": 0.52},   # first score (c8bfc27) 0.560 / 0.712
    # annotated blind at the start of the session of 12-06 and first scored at its end, 03:00 UTC (README)
    "real-check-49": {"event_recall": 0.62, "row_precision": 0.67, "actor_precision": 0.67, "actor_recall": 0.29},   # first score 0.653 / 0.708 -> 0.653 / 0.708
    "real-check-50": {"event_recall": 0.60, "row_precision": 0.77, "actor_precision": 0.37, "actor_recall": 0.35},   # first score 0.630 / 0.791 -> 0.630 / 0.810
    # annotated blind the session before, first scored at the start of the session of 12-06 (03:56 UTC, a67a392), then read
    "real-check-51": {"event_recall": 0.66, "row_precision": 0.62, "actor_precision": 0.48, "actor_recall": 0.42},   # first score 0.694 / 0.643 -> 0.694 / 0.659; actors 0.500 / 0.441 at 2026-12-06 17:00 UTC (a quotation closed by a straight mark frees one more event, its speaker an extra actor)
    "real-check-52": {"event_recall": 0.69, "row_precision": 0.57, "actor_precision": 0.59, "actor_recall": 0.62},   # first score 0.723 / 0.596 -> 0.723 / 0.607
    # annotated blind at the start of the session of 12-06, scored unread with its start (a67a392) and end code (8f297a5)
    "real-check-53": {"event_recall": 0.66, "row_precision": 0.71, "actor_precision": 0.50, "actor_recall": 0.33},   # first score 0.680 / 0.740 -> 0.693 / 0.743
    "real-check-54": {"event_recall": 0.66, "row_precision": 0.89, "actor_precision": 0.54, "actor_recall": 0.61},   # first score 0.694 / 0.926 -> 0.694 / 0.926
    # annotated blind in the session of 12-06 03:55 UTC, scored unread three times (same figures), read in the next session
    "real-check-55": {"event_recall": 0.62, "row_precision": 0.75, "actor_precision": 0.58, "actor_recall": 0.58},   # blind 0.617 / 0.769 -> 0.660 / 0.795
    "real-check-56": {"event_recall": 0.84, "row_precision": 0.60, "actor_precision": 0.65, "actor_recall": 0.75},   # blind 0.775 / 0.615 -> 0.873 / 0.633
    # annotated blind at the start of the session of 12-06 06:29 UTC, scored unread twice (5d706c5, 490117e), then read
    "real-check-57": {"event_recall": 0.73, "row_precision": 0.64, "actor_precision": 0.69, "actor_recall": 0.71},   # blind 0.667 / 0.653 -> 0.771 / 0.685
    "real-check-58": {"event_recall": 0.58, "row_precision": 0.60, "actor_precision": 0.40, "actor_recall": 0.50},   # blind 0.554 / 0.620 (0.541 mid) -> 0.622 / 0.645
    # annotated blind at the start of the session of 12-06 08:49 UTC, scored unread three times (9ee62fc, 3b26808, 7dc58eb), then read
    "real-check-59": {"event_recall": 0.64, "row_precision": 0.64, "actor_precision": 0.58, "actor_recall": 0.63},   # blind 0.661 / 0.662 -> 0.678 / 0.682
    "real-check-60": {"event_recall": 0.50, "row_precision": 0.78, "actor_precision": 0.48, "actor_recall": 0.52},   # blind 0.520 / 0.750 -> 0.560 / 0.829
    # annotated blind at the start of the session of 12-06 11:09 UTC, scored unread twice (cc7ea73, 20ae363), then read
    "real-check-61": {"event_recall": 0.78, "row_precision": 0.64, "actor_precision": 0.46, "actor_recall": 0.51},   # blind 0.830 / 0.639 -> 0.809 / 0.667
    "real-check-62": {"event_recall": 0.64, "row_precision": 0.69, "actor_precision": 0.66, "actor_recall": 0.70},   # blind 0.662 / 0.667 -> 0.662 / 0.733
    # (precision floor 0.70 -> 0.69 on 2026-12-07: a refusal found, recall 0.708 -> 0.723, and "The Chinese government
    # does not recognise dual nationality", a standing policy, now a rejection row: 0.701 -> 0.696)
    # annotated blind at the start of the session of 12-06 13:43 UTC, scored unread twice (a712661, 2a140fa), then read
    "real-check-63": {"event_recall": 0.73, "row_precision": 0.72, "actor_precision": 0.57, "actor_recall": 0.59},   # blind 0.750 / 0.743 -> 0.750 / 0.743
    "real-check-64": {"event_recall": 0.76, "row_precision": 0.74, "actor_precision": 0.58, "actor_recall": 0.57},   # blind 0.740 / 0.757 -> 0.781 / 0.769
    # annotated blind at the start of the session of 12-06 15:53 UTC, scored unread twice (07d387f, 62f2486), then read;
    # small sets (37, 49 and 26 events): wider margins
    "real-check-65": {"event_recall": 0.71, "row_precision": 0.65, "actor_precision": 0.58, "actor_recall": 0.72},   # blind 0.568 / 0.657 -> 0.757 / 0.698
    "real-check-66": {"event_recall": 0.67, "row_precision": 0.67, "actor_precision": 0.55, "actor_recall": 0.64},   # blind 0.714 / 0.712 -> 0.714 / 0.712
    "real-check-67": {"event_recall": 0.76, "row_precision": 0.55, "actor_precision": 0.33, "actor_recall": 0.24},   # blind 0.808 / 0.605 -> 0.808 / 0.595
    "real-check-68": {"event_recall": 0.60, "row_precision": 0.71, "actor_precision": 0.46, "actor_recall": 0.50,
                      "country_agreement": 0.50},   # blind 0.635 / 0.761 -> 0.635 / 0.761
    "real-check-69": {"event_recall": 0.57, "row_precision": 0.68, "actor_precision": 0.52, "actor_recall": 0.56,
                      "country_agreement": 0.45},   # blind 0.582 / 0.721 -> 0.612 / 0.730
    "real-check-70": {"event_recall": 0.70, "row_precision": 0.69, "actor_precision": 0.62, "actor_recall": 0.52,
                      "country_agreement": 0.81},   # blind 0.727 / 0.732 -> 0.742 / 0.736
    # annotated blind at the start of the session of 12-06 20:29 UTC, scored unread twice (b1884b1, ac6e5b7), then read
    "real-check-71": {"event_recall": 0.57, "row_precision": 0.77, "actor_precision": 0.62, "actor_recall": 0.65,
                      # (country 0.72 -> 0.70: "The violence and mayhem that led to so many senseless deaths" now
                      # finds the Odesa clashes, whose row takes the story's country from the only placed row, Geneva's)
                      "country_agreement": 0.70},   # blind 0.603 / 0.804 -> 0.603 / 0.818
    "real-check-72": {"event_recall": 0.70, "row_precision": 0.61, "actor_precision": 0.37, "actor_recall": 0.39,
                      "country_agreement": 0.45},   # blind 0.738 / 0.646 (0.654 mid) -> 0.754 / 0.650
    "real-check-73": {"event_recall": 0.77, "row_precision": 0.64, "actor_precision": 0.60, "actor_recall": 0.54,
                      "country_agreement": 0.68},   # blind 0.807 / 0.681 -> 0.807 / 0.681
    # annotated blind at the start of the session of 12-06 22:56 UTC, scored unread (67a197d, and baf1b85 mid:
    # the same figures), then read
    "real-check-74": {"event_recall": 0.63, "row_precision": 0.60, "actor_precision": 0.55, "actor_recall": 0.66,
                      "country_agreement": 0.38},   # blind 0.617 / 0.608 -> 0.660 / 0.623
    "real-check-75": {"event_recall": 0.60, "row_precision": 0.70, "actor_precision": 0.54, "actor_recall": 0.68,
                      "country_agreement": 0.58},   # blind 0.627 / 0.733 -> 0.627 / 0.721
    # (country 0.61 -> 0.58 at the condemned act going on, 2026-12-07: one more event found, "the continued
    # cross-border attacks from Lebanon into Israel", with no country of its own)
    "real-check-76": {"event_recall": 0.73, "row_precision": 0.63, "actor_precision": 0.60, "actor_recall": 0.38,
                      "country_agreement": 0.89},   # blind 0.750 / 0.633 -> 0.750 / 0.658
    # annotated blind during that session (from 23:11 UTC), scored unread with its start code (67a197d) and its
    # code after its classes (50f5dc7), then read
    "real-check-77": {"event_recall": 0.73, "row_precision": 0.70, "actor_precision": 0.48, "actor_recall": 0.46,
                      "country_agreement": 0.76},   # blind 0.773 / 0.722 -> 0.758 / 0.722
    "real-check-78": {"event_recall": 0.65, "row_precision": 0.83, "actor_precision": 0.39, "actor_recall": 0.51,
                      "country_agreement": 0.41},   # blind 0.676 / 0.857 -> 0.676 / 0.857
    "real-check-79": {"event_recall": 0.67, "row_precision": 0.61, "actor_precision": 0.60, "actor_recall": 0.54,
                      "country_agreement": 0.76},   # blind 0.708 / 0.633 -> 0.694 / 0.636
    # annotated blind during the session of 2026-12-07 (01:10 UTC on), scored unread with its start code (72785f4)
    # and its final code (c4d9c46), then read
    "real-check-80": {"event_recall": 0.43, "row_precision": 0.69, "actor_precision": 0.40, "actor_recall": 0.50,
                      "location_agreement": 0.38, "country_agreement": 0.66},   # blind 0.453 / 0.711 -> 0.453 / 0.711, location 0.333 -> 0.400
    "real-check-81": {"event_recall": 0.48, "row_precision": 0.67, "actor_precision": 0.48, "actor_recall": 0.47,
                      "location_agreement": 0.80, "country_agreement": 0.90},   # blind 0.508 / 0.698 -> 0.508 / 0.698
    # (actor recall 0.48, location 0.83, country 0.93 until 12-07 04:40 UTC: with possessives written "’s" parsed as "'s",
    # two events more found (recall 0.508 -> 0.541) whose actors and places are only partly right; real-check-62's actor
    # floors 0.67 / 0.71 -> 0.66 / 0.70 for one row's changed reading)
    "real-check-82": {"event_recall": 0.76, "row_precision": 0.63, "actor_precision": 0.40, "actor_recall": 0.44,
                      "location_agreement": 0.48, "country_agreement": 0.69},   # blind 0.786 / 0.659 -> 0.786 / 0.659
    "real-check-83": {"event_recall": 0.70, "row_precision": 0.67, "actor_precision": 0.50, "actor_recall": 0.53,
                      "location_agreement": 0.59, "country_agreement": 0.90},   # blind 0.722 / 0.697 -> 0.722 / 0.697
    "real-check-84": {"event_recall": 0.80, "row_precision": 0.66, "actor_precision": 0.45, "actor_recall": 0.49,
                      "location_agreement": 0.69, "country_agreement": 0.73},   # blind 0.824 / 0.685 -> 0.824 / 0.685
    "real-check-85": {"event_recall": 0.68, "row_precision": 0.71, "actor_precision": 0.53, "actor_recall": 0.32,
                      "location_agreement": 0.32, "country_agreement": 0.65},   # blind 0.700 / 0.732 -> 0.700 / 0.732
    # annotated blind during the session of 2026-12-07 (03:41 UTC on), scored unread with its start code (b4c541a)
    # and with the code after its classes (794ea3e, also its final code), then read
    # (-86 recall floor 0.72 until 12-07 06:50 UTC: "The second Marine died Nov. 14 of wounds", now read with its toll
    # of one, is a toll with no doer on the day of the act told just before it and joins that act; gold counts it apart)
    "real-check-86": {"event_recall": 0.70, "row_precision": 0.75, "actor_precision": 0.50, "actor_recall": 0.44,
                      "location_agreement": 0.42, "country_agreement": 0.80},   # blind 0.725 / 0.758 -> 0.725 / 0.758
    "real-check-87": {"event_recall": 0.63, "row_precision": 0.84, "actor_precision": 0.52, "actor_recall": 0.50,
                      "location_agreement": 0.28, "country_agreement": 0.58},   # blind 0.634 / 0.847 -> 0.634 / 0.847
    "real-check-88": {"event_recall": 0.71, "row_precision": 0.65, "actor_precision": 0.64, "actor_recall": 0.57,
                      "location_agreement": 0.73, "country_agreement": 0.87},   # blind 0.712 / 0.658 -> 0.712 / 0.658
    # (actor precision 0.65 -> 0.64 at the act one is accused of, 2026-12-07: "the rebels accuse paramilitaries ...
    # of killing" now makes the killing a row, which takes the gold accusation of its sentence, without the rebels;
    # actor recall 0.59 -> 0.57 with it)
    "real-check-89": {"event_recall": 0.72, "row_precision": 0.68, "actor_precision": 0.44, "actor_recall": 0.52,
                      "location_agreement": 0.51, "country_agreement": 0.91},   # blind 0.712 / 0.681 -> 0.727 / 0.685
    # (-90 row precision floor 0.78 until 12-07 07:00 UTC: "I believe that the Arusha Agreement ... should act as the
    # basis", in the words a line presents James Duddridge saying, now has its speaker and makes a SUPPORT row gold lacks)
    "real-check-90": {"event_recall": 0.50, "row_precision": 0.76, "actor_precision": 0.45, "actor_recall": 0.60,
                      "location_agreement": 0.53, "country_agreement": 0.75},   # blind 0.500 / 0.780 -> 0.500 / 0.780
    "real-check-91": {"event_recall": 0.64, "row_precision": 0.74, "actor_precision": 0.62, "actor_recall": 0.64,
                      "location_agreement": 0.70, "country_agreement": 0.90},   # blind 0.634 / 0.758 -> 0.648 / 0.762
    # (row precision 0.76 -> 0.74 at the act one is accused of, 2026-12-07: "accused fighters backing Machar of
    # shooting at a U.S." is cut after "U.S." by the sentence splitter; its shooting row is one more repeat)
    # annotated blind during the session of 2026-12-07 (05:57 UTC on), scored unread with its start code (9130697)
    # and with the code after its classes (f2a5c36), then read; floors under the final code's figures (9cf69a2)
    "real-check-92": {"event_recall": 0.54, "row_precision": 0.74, "actor_precision": 0.62, "actor_recall": 0.72,
                      "location_agreement": 0.45, "country_agreement": 0.80},   # blind 0.542 / 0.746 -> 0.542 / 0.746
    # (actor precision 0.63 -> 0.62 at appointments as statements, 2026-12-07: "a president of the Transitional
    # Council had just been appointed" names the council as appointed)
    "real-check-93": {"event_recall": 0.63, "row_precision": 0.74, "actor_precision": 0.69, "actor_recall": 0.46,
                      "location_agreement": 0.88, "country_agreement": 0.81},   # blind 0.630 / 0.742 -> 0.630 / 0.742
    "real-check-94": {"event_recall": 0.58, "row_precision": 0.65, "actor_precision": 0.62, "actor_recall": 0.62,
                      "location_agreement": 0.16, "country_agreement": 0.74},   # blind 0.581 / 0.653 -> 0.581 / 0.653
    "real-check-95": {"event_recall": 0.62, "row_precision": 0.83, "actor_precision": 0.62, "actor_recall": 0.57,
                      "location_agreement": 0.25, "country_agreement": 0.70},   # blind 0.621 / 0.833 -> 0.621 / 0.833
    "real-check-96": {"event_recall": 0.48, "row_precision": 0.77, "actor_precision": 0.35, "actor_recall": 0.43,
                      "location_agreement": 0.28, "country_agreement": 0.76},   # blind 0.483 / 0.775 -> 0.483 / 0.775
    "real-check-97": {"event_recall": 0.79, "row_precision": 0.72, "actor_precision": 0.74, "actor_recall": 0.45,
                      "location_agreement": 0.53, "country_agreement": 0.62},   # blind 0.784 / 0.723 -> 0.784 / 0.723, read 0.797 / 0.726
    # annotated blind during the session of 2026-12-07 (08:16 UTC on), scored unread with its start code (8a7e0fc)
    # and with the code after its classes (6f79555), then read; floors under the final code's figures (29973cb)
    "real-check-98": {"event_recall": 0.67, "row_precision": 0.58, "actor_precision": 0.49, "actor_recall": 0.50,
                      "location_agreement": 0.37, "country_agreement": 0.61},   # blind 0.672 / 0.582 -> 0.672 / 0.582, read 0.672 / 0.582
    "real-check-99": {"event_recall": 0.60, "row_precision": 0.76, "actor_precision": 0.52, "actor_recall": 0.57,
                      "location_agreement": 1.00, "country_agreement": 1.00},   # blind 0.606 / 0.764 -> 0.606 / 0.764, read 0.606 / 0.764
    "real-check-100": {"event_recall": 0.68, "row_precision": 0.65, "actor_precision": 0.52, "actor_recall": 0.57,
                      "location_agreement": 0.50, "country_agreement": 0.80},   # blind 0.667 / 0.647 -> 0.667 / 0.647, read 0.680 / 0.651
    # (actor floors 0.53 / 0.58 -> 0.52 / 0.57 on 2026-12-07: "a crackdown on the protesters' encampment" found, by
    # unnamed "security forces", recall 0.680 -> 0.693)
    "real-check-101": {"event_recall": 0.58, "row_precision": 0.61, "actor_precision": 0.57, "actor_recall": 0.56,
                      "location_agreement": 0.48, "country_agreement": 0.76},   # blind 0.583 / 0.614 -> 0.583 / 0.614, read 0.583 / 0.614
    # (actor precision 0.58 -> 0.57, country 0.78 -> 0.76 on 2026-12-07: "Rebel Zairian forces are conquering territory"
    # now a row, dated by publication against a gold day two days earlier, country of the dateline)
    "real-check-102": {"event_recall": 0.47, "row_precision": 0.79, "actor_precision": 0.58, "actor_recall": 0.58,
                      "location_agreement": 0.14, "country_agreement": 0.74},   # blind 0.424 / 0.800 -> 0.424 / 0.800, read 0.475 / 0.795
    "real-check-103": {"event_recall": 0.66, "row_precision": 0.66, "actor_precision": 0.53, "actor_recall": 0.38,
                      "location_agreement": 0.39, "country_agreement": 0.77},   # blind 0.661 / 0.667 -> 0.661 / 0.667, read 0.661 / 0.667; 0.679 / 0.667 with marches as protests (2026-12-07: actor precision 0.55 -> 0.53, a march's row with no named marchers)
    # (actor precision 0.57 -> 0.55, location 0.40 -> 0.39 on 2026-12-07: "supporters of President Mubarak had been
    # throwing rocks" found, recall 0.661 -> 0.679, its actor read as Mubarak himself, its place Tahrir Square)
    # annotated blind at the end of the session of 2026-12-07 08:16 UTC (104-106) and during the session of 10:46 UTC
    # (107-112), scored unread with the start code (56a3f42) and with the code after the session's classes (2af4af3),
    # then read; floors under the figures of 2af4af3
    "real-check-104": {"event_recall": 0.75, "row_precision": 0.70, "actor_precision": 0.54, "actor_recall": 0.56,
                      "location_agreement": 0.29, "country_agreement": 0.50},   # blind 0.750 / 0.701 -> 0.750 / 0.701, read 0.750 / 0.701
    "real-check-105": {"event_recall": 0.66, "row_precision": 0.57, "actor_precision": 0.47, "actor_recall": 0.63,
                      "location_agreement": 0.50, "country_agreement": 0.82},   # blind 0.667 / 0.571 -> 0.667 / 0.571, read 0.667 / 0.571
    "real-check-106": {"event_recall": 0.50, "row_precision": 0.71, "actor_precision": 0.60, "actor_recall": 0.70,
                      "location_agreement": 0.50, "country_agreement": 1.00},   # blind 0.500 / 0.769 -> 0.500 / 0.714, read 0.500 / 0.714; 0.611 / 0.750 with marches as protests (2026-12-07: actor recall 0.75 -> 0.70, monks marching matched with no actor)
    "real-check-107": {"event_recall": 0.71, "row_precision": 0.52, "actor_precision": 0.35, "actor_recall": 0.40,
                      "location_agreement": 0.50, "country_agreement": 0.90},   # blind 0.712 / 0.535 -> 0.712 / 0.529, read 0.712 / 0.529
    "real-check-108": {"event_recall": 0.51, "row_precision": 0.66, "actor_precision": 0.50, "actor_recall": 0.44,
                      "location_agreement": 0.47, "country_agreement": 0.78},   # blind 0.516 / 0.661 -> 0.516 / 0.661, read 0.516 / 0.661
    "real-check-109": {"event_recall": 0.60, "row_precision": 0.80, "actor_precision": 0.48, "actor_recall": 0.37,
                      "location_agreement": 0.49, "country_agreement": 0.61},   # blind 0.622 / 0.817 -> 0.608 / 0.803, read 0.608 / 0.803; 0.622 / 0.806 with marches as protests (2026-12-07: actor precision 0.50 -> 0.48, location 0.55 -> 0.49, country 0.63 -> 0.61: one more event matched, "marching on Government House", with the building taken for its target and no place)
    "real-check-110": {"event_recall": 0.75, "row_precision": 0.66, "actor_precision": 0.60, "actor_recall": 0.37,
                      "location_agreement": 0.76, "country_agreement": 0.85},   # blind 0.757 / 0.663 -> 0.757 / 0.663, read 0.757 / 0.663
    "real-check-111": {"event_recall": 0.70, "row_precision": 0.70, "actor_precision": 0.81, "actor_recall": 0.56,
                      "location_agreement": 0.50, "country_agreement": 0.94},   # blind 0.704 / 0.704 -> 0.704 / 0.704, read 0.704 / 0.704
    "real-check-112": {"event_recall": 0.62, "row_precision": 0.63, "actor_precision": 0.61, "actor_recall": 0.62,
                      "location_agreement": 0.77, "country_agreement": 0.96},   # blind 0.620 / 0.646 -> 0.620 / 0.646, read 0.620 / 0.646; 0.640 / 0.640 with acts timed to the minute as rows of their own (2026-12-07), precision floor 0.64 -> 0.63
    # annotated blind at the end of the session of 2026-12-07 from 10:46 UTC (113-115) and during the session from
    # 12:43 UTC (116-118), first scored unread in that session (README): development sets since
    "real-check-113": {"event_recall": 0.69, "row_precision": 0.76, "actor_precision": 0.61, "actor_recall": 0.61,
                      "location_agreement": 0.59, "country_agreement": 0.84},   # blind 0.694 / 0.745 -> 0.694 / 0.745, read 0.694 / 0.761
    "real-check-114": {"event_recall": 0.59, "row_precision": 0.70, "actor_precision": 0.73, "actor_recall": 0.63,
                      "location_agreement": 0.00, "country_agreement": 0.39},   # blind 0.583 / 0.703 -> 0.583 / 0.703, read 0.597 / 0.708
    "real-check-115": {"event_recall": 0.72, "row_precision": 0.70, "actor_precision": 0.59, "actor_recall": 0.64,
                      "location_agreement": 0.68, "country_agreement": 0.68},   # blind 0.700 / 0.689 -> 0.700 / 0.689, read 0.729 / 0.707
    "real-check-116": {"event_recall": 0.65, "row_precision": 0.79, "actor_precision": 0.44, "actor_recall": 0.57,
                      "location_agreement": 0.99, "country_agreement": 0.85},   # blind 0.660 / 0.791 -> 0.660 / 0.791, read 0.660 / 0.791
    "real-check-117": {"event_recall": 0.53, "row_precision": 0.62, "actor_precision": 0.38, "actor_recall": 0.34,
                      "location_agreement": 0.85, "country_agreement": 0.79},   # blind 0.537 / 0.625 -> 0.537 / 0.625, read 0.537 / 0.625
    "real-check-118": {"event_recall": 0.65, "row_precision": 0.67, "actor_precision": 0.72, "actor_recall": 0.43,
                      "location_agreement": 0.47, "country_agreement": 0.92},   # blind 0.653 / 0.667 -> 0.653 / 0.675, read 0.653 / 0.684 (acda0c2, the interview class found on it)
}

CHECK_CEILINGS = {"real-check": {"duplicate_rows": 0.05, "wrong_merges": 4},   # 2 until the scorer matched by PLOVER type (12-05): India's strikes and the artillery exchange, one row
                  "real-check-2": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-3": {"duplicate_rows": 0.11, "wrong_merges": 0},
                  "real-check-4": {"duplicate_rows": 0.10, "wrong_merges": 0},
                  "real-check-5": {"duplicate_rows": 0.08, "wrong_merges": 0},
                  "real-check-6": {"duplicate_rows": 0.10, "wrong_merges": 0},
                  "real-check-7": {"duplicate_rows": 0.16, "wrong_merges": 0},
                  "real-check-8": {"duplicate_rows": 0.08, "wrong_merges": 0},   # 0.06 until 12-07 04:40 UTC ("Forces’ takeover" now parsed as a possessive: a retelling row); 0.05 until 12-06 20:55 UTC: a
                  # purpose's joined verb ("to reconstitute and inspire terror attacks") no longer makes the row the
                  # act a later "The combined operation destroyed ..." joined by chance; that sentence is a row again
                  "real-check-9": {"duplicate_rows": 0.14, "wrong_merges": 0},   # 0.12 until 12-06 19:40 UTC (above)
                  "real-check-10": {"duplicate_rows": 0.13, "wrong_merges": 0},
                  "real-check-11": {"duplicate_rows": 0.19, "wrong_merges": 0},
                  "real-check-12": {"duplicate_rows": 0.36, "wrong_merges": 0},
                  "real-check-13": {"duplicate_rows": 0.20, "wrong_merges": 0},
                  "real-check-14": {"duplicate_rows": 0.23, "wrong_merges": 0},
                  "real-check-15": {"duplicate_rows": 0.24, "wrong_merges": 0},   # 18 of 78 rows since undated past acts of news stories end on the publication day from the day before (12-05 20:58: "A Jewish centre in Mumbai was also targeted", "24 bodies were found ... a few minutes ago"); 16 of 74 rows (12-05 14:05: "had gained control of the town", now a seizure, retells "the recapture of Kilinochchi" by a synonym the retelling join does not know)
                  "real-check-16": {"duplicate_rows": 0.29, "wrong_merges": 0},
                  "real-check-17": {"duplicate_rows": 0.27, "wrong_merges": 0},
                  "real-check-18": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-19": {"duplicate_rows": 0.21, "wrong_merges": 0},
                  "real-check-20": {"duplicate_rows": 0.30, "wrong_merges": 0},
                  "real-check-21": {"duplicate_rows": 0.31, "wrong_merges": 0},
                  "real-check-22": {"duplicate_rows": 0.14, "wrong_merges": 0},
                  "real-check-23": {"duplicate_rows": 0.22, "wrong_merges": 0},
                  "real-check-24": {"duplicate_rows": 0.32, "wrong_merges": 0},
                  "real-check-25": {"duplicate_rows": 0.20, "wrong_merges": 0},
                  "real-check-26": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-27": {"duplicate_rows": 0.36, "wrong_merges": 0},
                  "real-check-28": {"duplicate_rows": 0.20, "wrong_merges": 0},
                  "real-check-29": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-30": {"duplicate_rows": 0.18, "wrong_merges": 0},   # 0.18: "Rights groups have accused the coalition of bombing ... since launching its operation": the operation is found, the accusation beside it counts as told again
                  "real-check-31": {"duplicate_rows": 0.17, "wrong_merges": 0},
                  "real-check-32": {"duplicate_rows": 0.24, "wrong_merges": 0},
                  "real-check-33": {"duplicate_rows": 0.17, "wrong_merges": 0},
                  "real-check-34": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-35": {"duplicate_rows": 0.12, "wrong_merges": 1},
                  "real-check-36": {"duplicate_rows": 0.19, "wrong_merges": 0},
                  "real-check-37": {"duplicate_rows": 0.24, "wrong_merges": 0},
                  "real-check-38": {"duplicate_rows": 0.19, "wrong_merges": 0},
                  "real-check-39": {"duplicate_rows": 0.21, "wrong_merges": 1},   # first score 13 of 73 rows -> 14 of 74, one wrong merge
                  "real-check-40": {"duplicate_rows": 0.15, "wrong_merges": 0},
                  "real-check-41": {"duplicate_rows": 0.17, "wrong_merges": 0},   # first score 9 of 74 rows -> 10 of 75
                  "real-check-42": {"duplicate_rows": 0.15, "wrong_merges": 0},   # first score 7 of 60 rows -> 7 of 61
                  "real-check-43": {"duplicate_rows": 0.17, "wrong_merges": 0},   # first score 5 of 38 rows -> 5 of 38
                  "real-check-44": {"duplicate_rows": 0.09, "wrong_merges": 0},   # first score 2 of 37 rows -> 2 of 37
                  "real-check-45": {"duplicate_rows": 0.23, "wrong_merges": 1},   # first score 12 of 61 rows -> 11 of 58
                  "real-check-46": {"duplicate_rows": 0.18, "wrong_merges": 0},   # first score 10 of 71 rows -> 10 of 71
                  "real-check-47": {"duplicate_rows": 0.16, "wrong_merges": 0},   # first score 9 of 75 rows
                  "real-check-48": {"duplicate_rows": 0.16, "wrong_merges": 1},   # first score 9 of 73 rows, 1 wrong merge
                  "real-check-49": {"duplicate_rows": 0.18, "wrong_merges": 0},   # first score 7 of 48 rows
                  "real-check-50": {"duplicate_rows": 0.16, "wrong_merges": 0},   # first score 5 of 43 -> 5 of 42 rows
                  "real-check-51": {"duplicate_rows": 0.20, "wrong_merges": 0},   # first score 7 of 42 -> 7 of 41 rows
                  "real-check-52": {"duplicate_rows": 0.21, "wrong_merges": 0},   # first score 10 of 57 -> 10 of 56 rows
                  "real-check-53": {"duplicate_rows": 0.23, "wrong_merges": 0},   # first score 15 of 73 -> 15 of 74 rows
                  "real-check-54": {"duplicate_rows": 0.08, "wrong_merges": 0},   # first score 1 of 27 rows
                  "real-check-55": {"duplicate_rows": 0.11, "wrong_merges": 0},   # blind 4 of 39 -> 3 of 39 rows
                  "real-check-56": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 11 of 91 -> 12 of 98 rows
                  "real-check-57": {"duplicate_rows": 0.13, "wrong_merges": 0},   # blind 5 of 49 -> 5 of 54 rows
                  "real-check-58": {"duplicate_rows": 0.09, "wrong_merges": 0},   # blind 4 of 71 -> 4 of 76 rows
                  "real-check-59": {"duplicate_rows": 0.13, "wrong_merges": 0},   # blind 8 of 65 -> 7 of 66 rows
                  "real-check-60": {"duplicate_rows": 0.06, "wrong_merges": 0},   # blind 1 of 36 -> 1 of 35 rows
                  "real-check-61": {"duplicate_rows": 0.21, "wrong_merges": 0},   # blind 14 of 61 -> 11 of 57 rows
                  "real-check-62": {"duplicate_rows": 0.14, "wrong_merges": 0},   # blind 8 of 66 -> 7 of 60 rows; 0.13 until 12-07 04:55 UTC (the State Department's own briefing transcript now read: one more event found, two lines retelling it)
                  "real-check-63": {"duplicate_rows": 0.13, "wrong_merges": 0},   # blind 8 of 74 -> 8 of 74 rows
                  "real-check-64": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 11 of 74 -> 11 of 78 rows
                  "real-check-65": {"duplicate_rows": 0.23, "wrong_merges": 0},   # blind 8 of 35 -> 8 of 43 rows
                  "real-check-66": {"duplicate_rows": 0.23, "wrong_merges": 0},   # blind 10 of 52 -> 10 of 52 rows
                  "real-check-67": {"duplicate_rows": 0.34, "wrong_merges": 0},   # blind 11 of 38 -> 11 of 37 rows
                  "real-check-68": {"duplicate_rows": 0.12, "wrong_merges": 0},   # blind 3 of 46 -> 3 of 46 rows
                  "real-check-69": {"duplicate_rows": 0.20, "wrong_merges": 0},   # blind 9 of 61 -> 9 of 63 rows
                  "real-check-70": {"duplicate_rows": 0.19, "wrong_merges": 0},   # blind 10 of 71 -> 10 of 72 rows
                  "real-check-71": {"duplicate_rows": 0.11, "wrong_merges": 0},   # blind 5 of 56 -> 5 of 55 rows
                  "real-check-72": {"duplicate_rows": 0.25, "wrong_merges": 0},   # blind 18 of 79 (17 of 78 mid) -> 18 of 80 rows
                  "real-check-73": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 9 of 72 -> 9 of 72 rows
                  "real-check-74": {"duplicate_rows": 0.19, "wrong_merges": 1},   # blind 9 of 51, 1 wrong merge -> 9 of 53, 1
                  "real-check-75": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 7 of 60 -> 8 of 61 rows
                  "real-check-76": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 12 of 79 -> 11 of 76 rows
                  "real-check-77": {"duplicate_rows": 0.20, "wrong_merges": 0},   # blind 13 of 72 -> 13 of 72 rows
                  "real-check-78": {"duplicate_rows": 0.09, "wrong_merges": 0},   # blind 4 of 56 -> 4 of 56 rows
                  "real-check-79": {"duplicate_rows": 0.23, "wrong_merges": 0},   # blind 19 of 90 -> 19 of 88 rows
                  "real-check-80": {"duplicate_rows": 0.13, "wrong_merges": 0},   # blind 4 of 38 -> 4 of 38 rows
                  "real-check-81": {"duplicate_rows": 0.16, "wrong_merges": 0},   # blind 7 of 53 -> 7 of 53 rows
                  "real-check-82": {"duplicate_rows": 0.22, "wrong_merges": 0},   # blind 17 of 85 -> 17 of 85 rows
                  "real-check-83": {"duplicate_rows": 0.25, "wrong_merges": 0},   # blind 17 of 76 -> 17 of 76 rows
                  "real-check-84": {"duplicate_rows": 0.19, "wrong_merges": 0},   # blind 15 of 89 -> 15 of 89 rows
                  "real-check-85": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 9 of 71 -> 9 of 71 rows
                  "real-check-86": {"duplicate_rows": 0.11, "wrong_merges": 0},   # blind 7 of 66 -> 7 of 66 rows
                  "real-check-87": {"duplicate_rows": 0.06, "wrong_merges": 0},   # blind 3 of 59 -> 3 of 59 rows
                  "real-check-88": {"duplicate_rows": 0.18, "wrong_merges": 1},   # blind 13 of 76 -> 13 of 76 rows
                  "real-check-89": {"duplicate_rows": 0.21, "wrong_merges": 0},   # blind 15 of 72 -> 15 of 73 rows
                  "real-check-90": {"duplicate_rows": 0.18, "wrong_merges": 0},   # blind 9 of 50 -> 9 of 50 rows
                  "real-check-91": {"duplicate_rows": 0.18, "wrong_merges": 0},   # blind 10 of 62 -> 10 of 63 rows
# (real-check-91 0.16 -> 0.18 at the act one is accused of, 2026-12-07: see its floor above)
                  "real-check-92": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 10 of 59 -> 10 of 59 rows
                  "real-check-93": {"duplicate_rows": 0.10, "wrong_merges": 0},   # blind 6 of 66 -> 6 of 66 rows
                  "real-check-94": {"duplicate_rows": 0.20, "wrong_merges": 0},   # blind 14 of 72 -> 14 of 72 rows
                  "real-check-95": {"duplicate_rows": 0.05, "wrong_merges": 0},   # blind 2 of 48 -> 2 of 48 rows
                  "real-check-96": {"duplicate_rows": 0.13, "wrong_merges": 0},   # blind 5 of 40 -> 5 of 40 rows
                  "real-check-97": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 11 of 83 -> 11 of 83, read 11 of 84 rows
                  "real-check-98": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 13 of 79 -> 13 of 79, read 13 of 79 rows
                  "real-check-99": {"duplicate_rows": 0.11, "wrong_merges": 0},   # blind 6 of 55 -> 6 of 55, read 6 of 55 rows
                  "real-check-100": {"duplicate_rows": 0.14, "wrong_merges": 0},   # blind 12 of 85 -> 12 of 85, read 12 of 86 rows
                  "real-check-101": {"duplicate_rows": 0.14, "wrong_merges": 0},   # blind 12 of 88 -> 12 of 88, read 12 of 88 rows
                  "real-check-102": {"duplicate_rows": 0.16, "wrong_merges": 0},   # blind 5 of 35 -> 5 of 35, read 6 of 39 rows
                  "real-check-103": {"duplicate_rows": 0.24, "wrong_merges": 0},   # blind 13 of 60 -> 13 of 60, read 13 of 60 rows; 14 of 63 with marches as protests (2026-12-07)
                  "real-check-104": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 11 of 67 -> 11 of 67, read 11 of 67 rows
                  "real-check-105": {"duplicate_rows": 0.25, "wrong_merges": 0},   # blind 14 of 56 -> 14 of 56, read 14 of 56 rows
                  "real-check-106": {"duplicate_rows": 0.22, "wrong_merges": 0},   # blind 2 of 13 -> 3 of 14, read 3 of 14 rows
                  "real-check-107": {"duplicate_rows": 0.26, "wrong_merges": 0},   # blind 21 of 86 -> 22 of 87, read 22 of 87 rows
                  "real-check-108": {"duplicate_rows": 0.20, "wrong_merges": 1},   # blind 11 of 56 -> 11 of 56, read 11 of 56 rows
                  "real-check-109": {"duplicate_rows": 0.14, "wrong_merges": 1},   # blind 7 of 60 -> 8 of 61, read 8 of 61 rows
                  "real-check-110": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 13 of 89 -> 13 of 89, read 13 of 89 rows
                  "real-check-111": {"duplicate_rows": 0.15, "wrong_merges": 0},   # blind 4 of 27 -> 4 of 27, read 4 of 27 rows
                  "real-check-112": {"duplicate_rows": 0.09, "wrong_merges": 0},   # blind 3 of 48 -> 3 of 48, read 3 of 48 rows; 4 of 50 since the strikes told each at its time of day are rows of their own (the day's count of them is a repeat in this gold), 2026-12-07
                  "real-check-113": {"duplicate_rows": 0.08, "wrong_merges": 0},   # blind 4 of 47 -> 3 of 46, read 3 of 46 rows
                  "real-check-114": {"duplicate_rows": 0.22, "wrong_merges": 0},   # blind 13 of 64 -> 13 of 65, read 13 of 65 rows
                  "real-check-115": {"duplicate_rows": 0.18, "wrong_merges": 2},   # blind 13 of 74 -> 12 of 75, read 12 of 75 rows
                  "real-check-116": {"duplicate_rows": 0.09, "wrong_merges": 1},   # blind 3 of 43 -> 3 of 43, read 3 of 43 rows
                  "real-check-117": {"duplicate_rows": 0.17, "wrong_merges": 0},   # blind 10 of 64 -> 10 of 64, read 10 of 64 rows
                  "real-check-118": {"duplicate_rows": 0.17, "wrong_merges": 0}}   # blind 12 of 81 -> 12 of 80, read 12 of 79 rows
# (real-check-97 0.14 -> 0.15 at the condemned act going on, 2026-12-07: no row more; an extra row on the fled
# population of Abyei now counts as a repeat, the gold event of its sentence being found by another row)


def _score(folder: str) -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("events_score", ROOT / "bench" / "events_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.score(ROOT / "tests" / "gold" / folder)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return _score("real-dev")


@pytest.fixture(scope="module")
def check_figures() -> dict[str, dict[str, float]]:
    return {folder: _score(folder) for folder in CHECK_FLOORS}


def test_the_set_is_whole(figures):
    assert figures["articles"] >= 40 and figures["gold_events"] >= 300


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_real_news_stays_above_its_floor(figures, measure):
    assert figures[measure] >= FLOORS[measure], f"{measure}={figures[measure]:.3f} fell under {FLOORS[measure]}"


@pytest.mark.parametrize("measure", sorted(CEILINGS))
def test_real_news_stays_under_its_ceiling(figures, measure):
    assert figures[measure] <= CEILINGS[measure], f"{measure}={figures[measure]:.3f} rose over {CEILINGS[measure]}"


@pytest.mark.parametrize("folder, measure", [(f, m) for f in CHECK_FLOORS for m in sorted(CHECK_FLOORS[f])])
def test_the_check_sets_stay_above_their_floors(check_figures, folder, measure):
    got, floor = check_figures[folder][measure], CHECK_FLOORS[folder][measure]
    assert got >= floor, f"{folder} {measure}={got:.3f} fell under {floor}"


@pytest.mark.parametrize("folder, measure", [(f, m) for f in CHECK_CEILINGS for m in sorted(CHECK_CEILINGS[f])])
def test_the_check_sets_stay_under_their_ceilings(check_figures, folder, measure):
    got, ceiling = check_figures[folder][measure], CHECK_CEILINGS[folder][measure]
    assert got <= ceiling, f"{folder} {measure}={got:.3f} rose over {ceiling}"


def test_the_scorer_reads_an_undated_gold_event_as_the_protocol_writes_it():
    spec = importlib.util.spec_from_file_location("events_score_dates", ROOT / "bench" / "events_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    import datetime as dt
    from types import SimpleNamespace

    def gold(start, end):
        return module.Gold("a", "a-e1", {}, [], start and dt.date.fromisoformat(start), end and dt.date.fromisoformat(end))

    def row(start, end):
        return SimpleNamespace(date=dt.date.fromisoformat(start), date_end=dt.date.fromisoformat(end))

    # an undated past event ("a previous strike"), given only the day it is told by: any time up to then
    assert module.overlaps(row("2025-09-02", "2025-09-02"), gold(None, "2025-09-16"))
    assert not module.overlaps(row("2025-09-17", "2025-09-17"), gold(None, "2025-09-16"))
    # a planned act with no time told: no date to miss
    assert module.overlaps(row("2025-10-10", "2025-10-10"), gold(None, None))
    # a dated event: the intervals must meet
    assert module.overlaps(row("2025-09-01", "2025-09-30"), gold("2025-09-02", "2025-09-02"))
    assert not module.overlaps(row("2025-09-03", "2025-09-03"), gold("2025-09-02", "2025-09-02"))


def test_the_scorer_counts_two_spellings_of_one_actor_as_one_and_two_actors_as_two():
    spec = importlib.util.spec_from_file_location("events_score_names", ROOT / "bench" / "events_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    assert module.same_name("Volodymyr Zelenskyy", "Volodymyr Zelensky")   # the alias table's spellings
    assert module.same_name("Rubio", "Marco Rubio")   # a surname
    assert not module.same_name("Iran", "Israel")
    assert not module.same_name("Martine Moise", "Jovenel Moise")

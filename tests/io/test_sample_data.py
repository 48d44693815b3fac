"""The bundled sample articles and their gold files are consistent with each other and with the calendar.

Gold conventions (tests/gold/sample/dates.json, one entry per time expression):
- `text` is the TIMEX3 extent without a leading preposition ("on", "in", "over", "within", "for",
  "until"), except "since X", kept whole because it changes the meaning: value = X, interval from
  the start of X to the publication date.
- "earlier this month/week/in the year": value = the month/week/year, interval from its start to
  the publication date. "this week" / "last week": ISO week value, interval Monday..Sunday.
- FUTURE_REF ("the coming days/weeks/months", "the weeks ahead"): interval = the 7/28/28/91 days
  after publication. Unanchored durations (P2Y, PXM, PXW, PXD, PT48H) have no interval.
- "anchor": "publication" (relative to the article date, also for year-less dates such as
  "November 16"), "narrative" (relative to `anchor_text`, another expression in the article), or
  "absolute"; durations without an anchor omit it.
Events (tests/gold/sample/events.json) carry `same_as`, a group id shared by every report of the same
real-world event; an event with `note` has no time expression in its sentence and is dated by the
article's publication date.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from timeline.io.articles import load_paths

from tests.timex.timex_helpers import nth_index

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
GOLD = ROOT / "tests" / "gold"

CATEGORIES = {"cooperation", "diplomacy", "statement", "accusation", "threat", "sanction", "deployment",
              "covert", "force", "casualties", "other"}
STATUSES = {"occurred", "planned", "speculative"}
CANONICAL_ACTORS = {
    "United States", "Venezuela", "Nicolás Maduro", "Donald Trump", "Marco Rubio", "Pete Hegseth", "Dan Caine",
    "Christopher Landau", "Richard Grenell", "Cartel de los Soles", "Tren de Aragua", "CIA", "Pentagon", "FAA",
    "US Navy", "US Marine Corps", "USS Gerald R. Ford", "Russia", "Oleg Makarevich", "United Kingdom", "Italy",
    "France", "Trinidad and Tobago", "Puerto Rico", "Colombia", "United Nations",
    "Gustavo Petro",  # "others as needed, full official names"
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
VALUE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|PRESENT_REF|PAST_REF|FUTURE_REF|"
                      r"P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$")


@pytest.fixture(scope="module")
def loaded():
    return load_paths([SAMPLE])


@pytest.fixture(scope="module")
def articles(loaded):
    return {Path(a.origin).name: a for a in loaded.articles}


def _gold(name: str) -> list[dict]:
    data = json.loads((GOLD / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def dates() -> list[dict]:
    return _gold("sample/dates.json")


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return _gold("sample/events.json")


def _article(articles, entry):
    name = Path(entry["file"]).name
    assert entry["file"] == f"sample_data/{name}", entry["file"]
    assert name in articles, f"gold entry names {entry['file']}, which is not a loaded sample article"
    return articles[name]


def _d(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: bounded by . ! ? + space (not after an initial like 'R.') or a newline."""
    bounds = [0] + [m.end() for m in re.finditer(r"(?<![A-Z])[.!?][\"']?\s+|\n", text)] + [len(text)]
    start = max(b for b in bounds if b <= pos)
    end = min((b for b in bounds if b > pos), default=len(text))
    return start, end


# ---------------------------------------------------------------- the articles

def test_every_sample_file_loads_without_error(loaded):
    files = sorted(p.name for p in SAMPLE.iterdir() if not p.name.startswith("."))
    assert all(name.endswith(".md") for name in files), "sample_data/ must hold only article .md files"
    assert loaded.errors == []
    assert sorted(Path(a.origin).name for a in loaded.articles) == files


def test_enough_articles_in_the_period_from_enough_sources(articles):
    in_period = [a for a in articles.values() if dt.date(2025, 8, 1) <= a.published <= dt.date(2025, 11, 30)]
    assert len(in_period) >= 12
    assert len({a.source for a in in_period}) >= 4
    assert len({a.id for a in articles.values()}) == len(articles), "two sample articles have the same text"


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLE.glob("*.md")))
def test_article_metadata_and_length(articles, name):
    article = articles[name]
    assert name.startswith(article.published.isoformat() + "-"), "file name must start with the publication date"
    assert article.title and article.source
    assert article.url.startswith("https://example.org/")
    assert 250 <= len(article.text.split()) <= 500


def test_calendar_facts_the_articles_rely_on():
    assert dt.date(2025, 11, 16).strftime("%A") == "Sunday"   # the Ford's arrival
    assert dt.date(2025, 11, 21).strftime("%A") == "Friday"   # the FAA warning
    assert dt.date(2025, 11, 24).strftime("%A") == "Monday"   # the designation takes effect
    assert dt.date(2025, 11, 25).strftime("%A") == "Tuesday"  # "This Monday ... Eight days prior"
    assert dt.date(2025, 11, 24) - dt.timedelta(days=8) == dt.date(2025, 11, 16)


def test_the_issue_example_is_in_the_sample(articles):
    article = articles["2025-11-25-terror-label-options.md"]
    assert article.published == dt.date(2025, 11, 25)
    assert "This Monday, the US designated the cartel" in article.text
    assert "Eight days prior, coinciding with the carrier's arrival, he said" in article.text


# ---------------------------------------------------------------- gold dates

def test_gold_dates_cover_every_article(articles, dates):
    assert len(dates) >= 80
    per_file = defaultdict(int)
    for entry in dates:
        per_file[Path(entry["file"]).name] += 1
    assert set(per_file) == set(articles)
    assert min(per_file.values()) >= 4


def test_gold_date_entries_are_well_formed_and_found(articles, dates):
    seen = set()
    for entry in dates:
        article = _article(articles, entry)
        key = (entry["file"], entry["text"], entry["occurrence"])
        assert key not in seen, f"duplicate gold entry {key}"
        seen.add(key)
        assert entry["occurrence"] >= 1
        assert article.text.count(entry["text"]) >= entry["occurrence"], key
        assert entry["type"] in {"DATE", "TIME", "DURATION", "SET"}, key
        assert VALUE_RE.match(entry["value"]), key
        assert entry.get("anchor") in {"absolute", "publication", "narrative", None}, key
        if entry.get("interval") is not None:
            start, end = map(_d, entry["interval"])
            assert start <= end, key
        if entry.get("anchor") == "narrative":
            assert entry.get("anchor_text") and entry["anchor_text"] in article.text, key
        if entry["type"] == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["value"]):
            start, end = map(_d, entry["interval"])
            assert start == _d(entry["value"]), key
            if not entry["text"].lower().startswith("since"):
                assert end == start, key


def test_gold_date_values_agree_with_the_calendar(articles, dates):
    """Weekday names, deictic words and month names in the text match the gold value."""
    for entry in dates:
        published = _article(articles, entry).published
        text, value = entry["text"].lower(), entry["value"]
        key = (entry["file"], entry["text"], entry["occurrence"])
        words = set(re.findall(r"[a-z]+", text))
        if words & set(WEEKDAYS):
            day = _d(value)
            assert day.strftime("%A").lower() in words, key
            assert abs((day - published).days) <= 7, key
        for word, delta in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
            if text == word:
                assert _d(value) == published + dt.timedelta(days=delta), key
        for i, month in enumerate(MONTHS, start=1):
            if month in words:
                assert value[5:7] == f"{i:02d}", key
        if text == "last week":
            year, week, _ = (published - dt.timedelta(days=7)).isocalendar()
            assert value == f"{year}-W{week:02d}", key
        if text.endswith("this week"):
            year, week, _ = published.isocalendar()
            assert value == f"{year}-W{week:02d}", key
        if text == "earlier this month":
            assert value == published.strftime("%Y-%m"), key
            assert entry["interval"] == [published.replace(day=1).isoformat(), published.isoformat()], key
        if text.startswith("since"):
            assert entry["interval"][1] == published.isoformat(), key
        if value == "FUTURE_REF":
            assert _d(entry["interval"][0]) == published + dt.timedelta(days=1), key


def test_narrative_gold_dates_follow_from_their_anchor(articles, dates):
    offsets = {"eight days prior": -8, "the day before": -1, "the following day": 1, "the next day": 1,
               "five days later": 5, "the same day": 0}
    by_text = defaultdict(list)
    for entry in dates:
        by_text[(entry["file"], entry["text"])].append(entry)
    narrative = [e for e in dates if e.get("anchor") == "narrative"]
    assert len(narrative) >= 5
    for entry in narrative:
        anchors = by_text[(entry["file"], entry["anchor_text"])]
        assert anchors, f"anchor {entry['anchor_text']!r} of {entry['text']!r} has no gold entry"
        anchor_days = {_d(a["value"]) for a in anchors}
        assert len(anchor_days) == 1, "ambiguous anchor"
        assert _d(entry["value"]) == anchor_days.pop() + dt.timedelta(days=offsets[entry["text"].lower()])


# ---------------------------------------------------------------- gold events

def test_gold_events_are_well_formed(articles, events):
    assert len(events) >= 35
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids)), "event ids must be unique"
    for event in events:
        article = _article(articles, event)
        assert article.text.count(event["sentence_contains"]) == 1, event["id"]
        assert event["category"] in CATEGORIES, event["id"]
        assert event["status"] in STATUSES, event["id"]
        start, end = _d(event["date"]), _d(event["date_end"])
        assert start <= end, event["id"]
        if start > article.published:
            assert event["status"] != "occurred", f"{event['id']} is dated after its article but marked occurred"
        if event["status"] == "occurred":
            assert start <= article.published, event["id"]
        assert event["actors"] and set(event["actors"]) <= CANONICAL_ACTORS, event["id"]


def test_each_event_is_dated_by_a_gold_expression_in_its_sentence(articles, events, dates):
    for event in events:
        article = _article(articles, event)
        if event.get("note"):
            assert event["date"] == event["date_end"] == article.published.isoformat(), event["id"]
            continue
        start, end = _sentence_span(article.text, article.text.index(event["sentence_contains"]))
        span = (_d(event["date"]), _d(event["date_end"]))
        found = []
        for entry in dates:
            if entry["file"] != event["file"] or not entry.get("interval"):
                continue
            pos = nth_index(article.text, entry["text"], entry["occurrence"])
            if start <= pos < end:
                lo, hi = map(_d, entry["interval"])
                if lo <= span[1] and span[0] <= hi:
                    found.append(entry["text"])
        assert found, f"{event['id']}: no gold time expression in its sentence overlaps {span}"


def test_multi_source_groups(events):
    groups = defaultdict(list)
    for event in events:
        if event.get("same_as"):
            groups[event["same_as"]].append(event)
    multi = {g: members for g, members in groups.items() if len({m["file"] for m in members}) >= 2}
    assert len(multi) >= 3
    assert all(len({m["file"] for m in members}) == len(members) for members in groups.values()), \
        "a same_as group lists one article twice"
    assert {m["date"] for m in multi["carrier-arrival"]} == {"2025-11-16"}
    for group, members in groups.items():
        assert len(members) >= 2, f"group {group} has a single member"
        assert len({m["category"] for m in members}) == 1, group
        latest_start = max(_d(m["date"]) for m in members)
        earliest_end = min(_d(m["date_end"]) for m in members)
        assert latest_start <= earliest_end, f"reports in group {group} share no day"

"""Export: CSV with the exact columns (round trip through pandas), CSV-injection escaping, JSON
with sources, atomic writes."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.io import export
from timeline.records import COLUMNS, Event, Source


def make_event(event_id: str = "e1", day: dt.date = dt.date(2025, 11, 16), **changes) -> Event:
    source = Source(article_id="a1", title="Carrier arrives", source="Caribbean Desk", published=dt.date(2025, 11, 17),
                    url="https://example.org/a", sentence="The carrier arrived on Sunday.", date_text="Sunday",
                    date_start=23, date_end=29)
    fields = dict(event_id=event_id, date=day, date_end=day, granularity="day", date_text="Sunday",
                  date_basis="explicit", status="occurred", category="deployment", escalation=-4.0,
                  actors=("USS Gerald R. Ford", "Nicolás Maduro"), summary="The carrier arrived on Sunday.",
                  article_id="a1", title="Carrier arrives", source="Caribbean Desk",
                  published=dt.date(2025, 11, 17), url="https://example.org/a", sources_count=1,
                  derivation="Sunday → relative to the publication date (2025-11-17) → 2025-11-16",
                  sources=(source,))
    fields.update(changes)
    return Event(**fields)


def test_csv_round_trips_through_pandas_with_the_exact_columns() -> None:
    events = [make_event("late", dt.date(2025, 11, 24)), make_event("early", dt.date(2025, 9, 2), escalation=-9.0,
                                                                  category="force", sources_count=3)]
    frame = pd.read_csv(io.StringIO(export.to_csv(events)), keep_default_na=False)
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["event_id"]) == ["early", "late"]  # sorted by date
    assert list(frame["escalation"]) == [-9.0, -4.0]
    assert frame["escalation"].dtype.kind == "f" and frame["sources_count"].dtype.kind == "i"
    assert list(frame["sources_count"]) == [3, 1]
    assert frame.loc[0, "date"] == "2025-09-02" and frame.loc[0, "published"] == "2025-11-17"
    assert frame.loc[0, "actors"] == "USS Gerald R. Ford;Nicolás Maduro"


def test_a_frame_exports_like_the_events_it_holds() -> None:
    events = [make_event("b", dt.date(2025, 11, 24)), make_event("a", dt.date(2025, 9, 2))]
    frame = export.events_frame(events)
    assert tuple(frame.columns) == COLUMNS
    assert frame.loc[0, "date"] == dt.date(2025, 11, 24)
    assert export.to_csv(frame) == export.to_csv(events)


def test_empty_table_has_the_header_only() -> None:
    assert export.to_csv([]).strip() == ",".join(COLUMNS)
    assert tuple(export.events_frame([]).columns) == COLUMNS


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
                                     "\tcmd", "\rcmd"])
def test_text_cells_that_could_run_as_formulas_are_escaped(hostile: str) -> None:
    event = make_event(summary=hostile, title=hostile, actors=(hostile.strip(),), source=hostile)
    row = next(r for r in csv.DictReader(io.StringIO(export.to_csv([event]), newline="")))
    for column in ("summary", "title", "source"):
        assert row[column] == "'" + hostile
    assert not row["actors"].startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("hostile", ['"=HYPERLINK(""http://evil"",""x"")', "\"'=1+1", "\u200b=cmd", "\ufeff\u200b+1",
                                     "\u202e@SUM(A1)", " =1+1", "\u00a0-2+3", "\n=cmd", "\uff1dcmd", "\ufe66cmd",
                                     "\uff20SUM(A1)", "\u2060\"=x"])
def test_cells_whose_first_visible_character_is_a_formula_trigger_are_escaped(hostile: str) -> None:
    """Issue 16, item 8: a quote mark, whitespace or an invisible character before '=' used to
    leave the cell unprefixed, and so did a fullwidth '＝'."""
    event = make_event(summary=hostile, title=hostile, source=hostile, url=hostile, date_text=hostile)
    row = next(r for r in csv.DictReader(io.StringIO(export.to_csv([event]), newline="")))
    for column in ("summary", "title", "source", "url", "date_text"):
        assert row[column] == "'" + hostile
    frame_row = next(csv.DictReader(io.StringIO(export.to_csv(export.events_frame([event])), newline="")))
    assert frame_row == row


@pytest.mark.parametrize("text", ["(=x)", "'quoted' = fine", '"Quoted" -3', "\u200bTalks", "Caf\u00e9 = 2"])
def test_a_trigger_after_the_first_visible_character_is_not_a_formula(text: str) -> None:
    assert export.escape_cell(text) == text


def test_negative_numbers_stay_numbers() -> None:
    row = next(csv.DictReader(io.StringIO(export.to_csv([make_event(escalation=-10.0)]))))
    assert row["escalation"] == "-10.0"


def test_harmless_text_is_untouched() -> None:
    row = next(csv.DictReader(io.StringIO(export.to_csv([make_event(summary="Talks 'may' resume; = not first")]))))
    assert row["summary"] == "Talks 'may' resume; = not first"


def test_json_has_the_rows_and_their_sources() -> None:
    data = json.loads(export.to_json([make_event()]))
    assert list(data[0])[:len(COLUMNS)] == list(COLUMNS)
    assert data[0]["actors"] == ["USS Gerald R. Ford", "Nicolás Maduro"]
    source = data[0]["sources"][0]
    assert source["sentence"][source["date_start"]:source["date_end"]] == "Sunday"
    assert data[0]["derivation"].endswith("2025-11-16")


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path) -> None:
    target = tmp_path / "timeline.csv"
    target.write_text("old", encoding="utf-8")
    export.write_atomic(target, "événement\n")
    assert target.read_bytes() == "événement\n".encode("utf-8")
    assert os.listdir(tmp_path) == ["timeline.csv"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path) -> None:
    target = tmp_path / "timeline.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        export.write_atomic(target, "bad \udc80 surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["timeline.csv"]


def test_frame_without_the_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="lacks the column"):
        export.to_csv(pd.DataFrame({"date": ["2025-11-16"]}))


# ---------------------------------------------------------------- the fast CSV path keeps the bytes
#
# `_reference_to_csv` is a frozen copy of the row-by-row to_csv that export.py had before its
# vectorised path (commit 3b34c9b): the new path must give byte-identical output for the same input.
# Changes since: whole-number counts stay exact (they went through float); the columns of issue 11
# (actors' roles, type, place, toll) follow the first seventeen, numbers empty when unknown; issue 15's
# `corrected` (1 or 0) comes last.

def _ref_text(value) -> str:
    import math
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "isoformat") and hasattr(value, "date"):
        return value.date().isoformat()
    if isinstance(value, (tuple, list)):
        return ";".join(str(v) for v in value)
    return str(value)


def _ref_number(value, integer: bool = False):
    import math
    if integer and isinstance(value, int) and not isinstance(value, bool):
        return value  # exact (the frozen copy went through float, losing counts above 2**53)
    if value is None or value == "":
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(number):
        return ""
    return int(number) if integer else number


def _ref_escape(text: str) -> str:
    # issue 16: the first *visible* character decides (after whitespace, quote marks, invisible characters)
    import unicodedata
    if text.startswith(("\t", "\r")):
        return "'" + text
    for ch in text:
        if unicodedata.normalize("NFKC", ch) in ("=", "+", "-", "@"):
            return "'" + text
        if not (ch.isspace() or ch in "\"'" or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")):
            break
    return text


def _ref_event_row(event: Event) -> dict:
    return {
        "event_id": event.event_id, "date": event.date.isoformat(), "date_end": event.date_end.isoformat(),
        "granularity": event.granularity, "date_text": event.date_text, "date_basis": event.date_basis,
        "status": event.status, "category": event.category, "escalation": _ref_number(event.escalation),
        "actors": ";".join(event.actors), "summary": event.summary,
        "article_id": event.article_id, "title": event.title, "source": event.source,
        "published": event.published.isoformat(), "url": event.url,
        "sources_count": int(event.sources_count),
        "source_actors": ";".join(event.source_actors), "target_actors": ";".join(event.target_actors),
        "event_type": event.event_type, "location": event.location, "country": event.country,
        "latitude": _ref_number(event.latitude), "longitude": _ref_number(event.longitude),
        "geo_precision": _ref_number(event.geo_precision, True), "fatalities": _ref_number(event.fatalities, True),
        "injured": _ref_number(event.injured, True), "event_mode": event.event_mode,
        "actor_types": ";".join(event.actor_types),
        "corrected": 1 if event.corrected else 0,
    }


def _reference_to_csv(events) -> str:
    numeric = ("escalation", "sources_count", "latitude", "longitude", "geo_precision", "fatalities", "injured",
               "corrected")
    integer = ("sources_count", "geo_precision", "fatalities", "injured", "corrected")
    if hasattr(events, "to_dict") and hasattr(events, "columns"):
        rows = [{c: (_ref_number(r[c], c in integer) if c in numeric else _ref_text(r[c])) for c in COLUMNS}
                for r in events[list(COLUMNS)].to_dict("records")]
    else:
        rows = [_ref_event_row(e) for e in events]
    rows.sort(key=lambda r: (r["date"], r["date_end"], r["event_id"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row[c] if c in numeric else _ref_escape(row[c]) for c in COLUMNS])
    return buffer.getvalue()


HOSTILE_TEXTS = ("=1+2", "+cmd", "-3", "@SUM(A1)", "\tTab", "\rCR", "line\nbreak", "comma, inside", 'quote "q"',
                 "Nicolás Maduro", "日本語 ✓", "emoji 🚢", "", " leading space", "'already quoted", "a;b",
                 "ends with \r\n", "=", "-", "  =not first", '"=1+2', "\u200b=1", "\ufeff@x", "\uff1dcmd",
                 "\u202e-1", "(=x)")


def _varied_events(n: int = 120, seed: int = 3) -> list[Event]:
    import random
    rng = random.Random(seed)
    events = []
    for i in range(n):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(60))  # many ties on date
        events.append(make_event(
            event_id=rng.choice(("e", "E", "é", "-e", "=e", "(e", "*e", "+e")) + str(rng.randrange(40)), day=day,
            date_end=day + dt.timedelta(days=rng.choice((0, 0, 6))), granularity=rng.choice(("day", "week")),
            date_text=rng.choice(HOSTILE_TEXTS), summary=rng.choice(HOSTILE_TEXTS), title=rng.choice(HOSTILE_TEXTS),
            source=rng.choice(HOSTILE_TEXTS), url=rng.choice(HOSTILE_TEXTS), category=rng.choice(HOSTILE_TEXTS),
            actors=tuple(rng.sample(HOSTILE_TEXTS, rng.randrange(3))),
            escalation=rng.choice((-4.0, 0.0, -0.0, 2.5, 10, 1e-7, 123456789.123, float("inf"), float("nan"))),
            sources_count=rng.choice((1, 2, 17))))
    return events


def test_csv_of_events_is_byte_identical_to_the_reference() -> None:
    events = _varied_events()
    assert export.to_csv(events) == _reference_to_csv(events)


def test_csv_of_a_store_like_frame_is_byte_identical_to_the_reference() -> None:
    frame = export.events_frame(_varied_events())
    frame.loc[3, "summary"] = None
    frame.loc[4, "title"] = float("nan")
    frame.loc[5, "escalation"] = float("nan")
    assert export.to_csv(frame) == _reference_to_csv(frame)
    as_str = frame.astype({c: "str" for c in COLUMNS if c not in ("date", "date_end", "published",
                                                                   "escalation", "sources_count")})
    assert export.to_csv(as_str) == _reference_to_csv(as_str)
    as_object = frame.astype(object)
    assert export.to_csv(as_object) == _reference_to_csv(as_object)
    timestamps = frame.assign(date_end=[pd.Timestamp(d) for d in frame["date_end"]]).astype({"date_end": object})
    assert export.to_csv(timestamps) == _reference_to_csv(timestamps)


def test_csv_of_a_messy_frame_is_byte_identical_to_the_reference() -> None:
    # cells of unexpected types: numbers, None, NaN, NaT, Timestamps, ISO strings, lists in any column
    cells = [None, float("nan"), pd.NaT, 7, 2.5, -1, True, "=x", "text", "2025-03-01", ["a", "=b"], ("x",),
             dt.date(2025, 2, 1), dt.datetime(2025, 2, 1, 13, 5), pd.Timestamp("2025-02-03 04:05"), "", "3", "-2.5"]
    rows = []
    for i in range(len(cells) * 2):
        rows.append({c: cells[(i + k) % len(cells)] for k, c in enumerate(COLUMNS)})
    frame = pd.DataFrame(rows, columns=list(COLUMNS) + []).astype(object)
    frame["event_id"] = [f"id{i % 5}" for i in range(len(frame))]
    assert export.to_csv(frame) == _reference_to_csv(frame)
    # the same frame with extra columns, and its columns in another order
    wider = frame.assign(extra=1)[["extra"] + list(reversed(COLUMNS))]
    assert export.to_csv(wider) == _reference_to_csv(wider)
    # dates as datetime64 and strings, numbers as strings and nullable integers
    typed = export.events_frame(_varied_events(40)).assign(
        date=lambda f: pd.to_datetime(f["date"]), published=lambda f: f["published"].astype(str),
        escalation=lambda f: f["escalation"].astype(str), sources_count=lambda f: f["sources_count"].astype("Int64"))
    assert export.to_csv(typed) == _reference_to_csv(typed)


def test_an_empty_frame_is_byte_identical_to_the_reference() -> None:
    frame = export.events_frame([])
    assert export.to_csv(frame) == _reference_to_csv(frame) == export.to_csv([])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=6), st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 5)),
                          st.text(max_size=8), st.floats(allow_nan=True), st.integers(0, 2**60),
                          st.lists(st.text(max_size=4), max_size=3)), max_size=12))
def test_any_events_and_their_frame_export_like_the_reference(rows) -> None:
    events = [make_event(event_id=eid, day=day, summary=text, title=text[::-1], escalation=esc, sources_count=count,
                         actors=tuple(actors)) for eid, day, text, esc, count, actors in rows]
    assert export.to_csv(events) == _reference_to_csv(events)
    frame = export.events_frame(events)
    assert export.to_csv(frame) == _reference_to_csv(frame)

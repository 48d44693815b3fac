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

from timeline import export
from timeline.events import COLUMNS, Event, Source


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

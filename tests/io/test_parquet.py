"""The Parquet dataset layout (timeline.io.parquet): events by month, provenance, errors, manifest."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline.io import parquet
from timeline.records import Article, Event, Source

D = dt.date


def event(eid: str, day: dt.date, **kw) -> Event:
    src = Source("a" + eid, "Title", "Reuters", day, "", f"Sentence of {eid}.", "on Friday", 12, 21, "r" + eid)
    base = dict(event_id=eid, date=day, date_end=day, granularity="day", date_text="on Friday", date_basis="explicit",
                status="occurred", category="force", escalation=9.0, actors=("United States", "Venezuela"),
                summary=f"Strike {eid}", article_id="a" + eid, title="Title", source="Reuters", published=day,
                url="", sources=(src,), actor_types=("state:United States", "state:Venezuela"),
                latitude=10.5, longitude=-66.9, geo_precision=1, fatalities=3, location="Caracas", country="Venezuela")
    base.update(kw)
    return Event(**base)


def test_a_dataset_gives_back_the_events_it_was_written_with(tmp_path):
    events = [event("e1", D(2025, 9, 2)), event("e2", D(2025, 10, 31), fatalities=None, actors=(), actor_types=(),
                                                  latitude=None, longitude=None, geo_precision=None),
              event("e3", D(2025, 10, 1), anchor_event_id="r1", anchor_offset=-8, anchor_unit="day")]
    articles = [Article("US forces struck a boat.", D(2025, 9, 2), "Strike", "VOA", "https://voanews.com/x", origin="a.md")]
    manifest = parquet.write_dataset(tmp_path / "out", events, [parquet.BadArticle("x.jsonl", "3", "no text")],
                                     articles, inputs=["a.md"])
    assert manifest["events"] == 3 and manifest["reports"] == 3 and manifest["errors"] == 1
    assert manifest["articles"] == 1 and manifest["inputs"] == ["a.md"]
    assert parquet.read_articles(tmp_path / "out") == articles
    assert parquet.read_events(tmp_path / "out") == sorted(events, key=lambda e: e.date)
    assert parquet.read_errors(tmp_path / "out") == [parquet.BadArticle("x.jsonl", "3", "no text")]


def test_events_are_partitioned_by_the_month_of_their_date(tmp_path):
    parquet.write_dataset(tmp_path / "out", [event("e1", D(2025, 9, 2)), event("e2", D(2025, 10, 31))])
    months = sorted(p.name for p in (tmp_path / "out" / "events").iterdir())
    assert months == ["month=2025-09", "month=2025-10"]
    table = pq.read_table(next((tmp_path / "out" / "events" / "month=2025-10").glob("*.parquet")))
    assert table.column("event_id").to_pylist() == ["e2"]
    assert pa.types.is_list(table.schema.field("actors").type)   # names a query can look inside


def test_a_part_written_again_replaces_the_first_writing(tmp_path):
    root = tmp_path / "out"
    parquet.write_part(root, "part-7", [event("e1", D(2025, 9, 2))])
    parquet.write_part(root, "part-7", [event("e1", D(2025, 9, 2))])   # a retried task
    parquet.finish(root)
    assert [e.event_id for e in parquet.read_events(root)] == ["e1"]


def test_a_folder_without_its_manifest_is_not_read_as_a_dataset(tmp_path):
    root = tmp_path / "out"
    parquet.write_part(root, "part-0", [event("e1", D(2025, 9, 2))])
    assert not parquet.is_dataset(root)
    with pytest.raises(parquet.DatasetError, match="did not finish"):
        parquet.read_events(root)


def test_a_folder_holding_other_files_is_never_overwritten(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(parquet.DatasetError, match="not a timeline dataset"):
        parquet.write_dataset(out, [event("e1", D(2025, 9, 2))])
    assert (out / "notes.txt").read_text() == "keep me"


def test_writing_over_a_dataset_replaces_it_whole(tmp_path):
    out = tmp_path / "out"
    parquet.write_dataset(out, [event("e1", D(2025, 9, 2)), event("e2", D(2025, 11, 2))])
    parquet.write_dataset(out, [event("e3", D(2025, 9, 3))])
    assert [e.event_id for e in parquet.read_events(out)] == ["e3"]
    assert not (out / "events" / "month=2025-11").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]   # no temporary folder left behind

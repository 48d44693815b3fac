"""Publishing: TimelineJS 3 JSON checked against the format's rules, ACLED's column layout with
what it leaves out counted, and both through `python -m timeline export`."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from timeline.cli import main
from timeline.io import publish
from timeline.records import Event, Source
from timeline.store import Store

D = dt.date

# ---------------------------------------------------------------- the TimelineJS 3 format's rules
# (Knight Lab's JSON format: a title slide, events with start_date/end_date/text/media/group/
# display_date/unique_id; a date object has a year and, as far as known, month then day, ...)

SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
MEDIA_KEYS = {"url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"}


def tl_date(obj: dict, where: str) -> tuple:
    assert isinstance(obj, dict) and set(obj) <= DATE_KEYS, f"{where}: {obj}"
    assert isinstance(obj.get("year"), int), f"{where}: a date needs a whole-number year"
    month, day = obj.get("month"), obj.get("day")
    assert day is None or month is not None, f"{where}: a day without a month"
    if month is not None:
        assert isinstance(month, int) and 1 <= month <= 12, where
    if day is not None:
        try:
            D(obj["year"], month, day)
        except ValueError:
            raise AssertionError(f"{where}: {obj} is no calendar day") from None
    return (obj["year"], month or 1, day or 1)


def check_timelinejs(doc: dict) -> None:
    """Raise AssertionError where `doc` breaks TimelineJS 3's JSON format."""
    assert set(doc) <= {"title", "events", "eras", "scale"}, set(doc)
    assert isinstance(doc["events"], list)
    ids = []
    for i, slide in enumerate(doc["events"]):
        where = f"events[{i}]"
        assert set(slide) <= SLIDE_KEYS, f"{where}: unknown keys {set(slide) - SLIDE_KEYS}"
        start = tl_date(slide["start_date"], where + ".start_date")
        if "end_date" in slide:
            assert tl_date(slide["end_date"], where + ".end_date") >= start, f"{where}: ends before it starts"
        text = slide.get("text", {})
        assert set(text) <= {"headline", "text"} and all(isinstance(v, str) for v in text.values()), where
        if "media" in slide:
            assert set(slide["media"]) <= MEDIA_KEYS and isinstance(slide["media"]["url"], str), where
        for key in ("group", "display_date", "unique_id"):
            assert key not in slide or isinstance(slide[key], str), f"{where}.{key}"
        if "unique_id" in slide:
            ids.append(slide["unique_id"])
    assert len(ids) == len(set(ids)), "unique_id values repeat"
    if "title" in doc:
        assert set(doc["title"]) <= SLIDE_KEYS and "start_date" not in doc["title"]


def ev(key: str, date: D, date_end: D | None = None, granularity: str = "day", **kw) -> Event:
    src = Source(article_id="a1", title="Carrier <arrives>", source="Harbor Wire", published=D(2025, 11, 20),
                 url="https://example.org/a", sentence=f"{key} happened.", date_text="on Sunday")
    base = dict(event_id=key, date=date, date_end=date_end or date, granularity=granularity, date_text="on Sunday",
                date_basis="explicit", status="occurred", category="force", escalation=9.0,
                actors=("United States", "Venezuela"), summary=f"{key} happened", article_id="a1",
                title="Carrier <arrives>", source="Harbor Wire", published=D(2025, 11, 20), url="https://example.org/a",
                sources=(src,), source_actors=("United States",), target_actors=("Venezuela",), event_type="ASSAULT",
                event_mode="aerial", location="Caracas", country="Venezuela", latitude=10.48, longitude=-66.9,
                geo_precision=1, fatalities=3)
    base.update(kw)
    return Event(**base)


EVENTS = [
    ev("day", D(2025, 11, 16)),
    ev("week", D(2025, 11, 10), D(2025, 11, 16), "week", category="deployment", event_type="MOBILIZE", event_mode=""),
    ev("month", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ev("quarter", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ev("year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ev("planned", D(2025, 12, 1), status="planned"),
    ev("speech", D(2025, 11, 17), category="statement", event_type="STATEMENT", event_mode=""),
    ev("evil", D(2025, 11, 18), summary="=HYPERLINK(\"http://x\") <script>alert(1)</script>",
       location="@Caracas", corrected=True),
]


def test_timelinejs_follows_the_format_and_keeps_each_dates_precision():
    doc = json.loads(publish.to_timelinejs(EVENTS))
    check_timelinejs(doc)
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert slides["event-day"]["start_date"] == {"year": 2025, "month": 11, "day": 16}
    assert "end_date" not in slides["event-day"] and "display_date" not in slides["event-day"]
    assert slides["event-month"]["start_date"] == {"year": 2025, "month": 10}          # no made-up day
    assert slides["event-year"]["start_date"] == {"year": 2024}
    assert slides["event-quarter"]["display_date"] == "Q3 2025"
    assert slides["event-quarter"]["end_date"] == {"year": 2025, "month": 9}
    week = slides["event-week"]
    assert week["end_date"] == {"year": 2025, "month": 11, "day": 16} and "2025-W46" in week["display_date"]
    assert slides["event-day"]["media"] == {"url": "https://example.org/a", "credit": "Harbor Wire",
                                            "caption": "Carrier &lt;arrives&gt;"}
    assert slides["event-day"]["group"] == "force" and slides["event-week"]["group"] == "deployment"
    evil = slides["event-evil"]["text"]
    assert "<script>" not in json.dumps(doc) and "&lt;script&gt;" in evil["text"]
    assert "Corrected by an analyst" in evil["text"]
    assert [s["unique_id"] for s in doc["events"]][0] == "event-year"   # in date order


def test_timelinejs_groups_by_actor_and_refuses_an_unknown_grouping():
    doc = json.loads(publish.to_timelinejs(EVENTS, group_by="actor"))
    check_timelinejs(doc)
    assert {s["group"] for s in doc["events"]} == {"United States"}
    with pytest.raises(ValueError):
        publish.to_timelinejs(EVENTS, group_by="colour")
    lonely = dataclasses.replace(EVENTS[0], actors=(), source_actors=(), target_actors=(), url="javascript:x")
    (slide,) = json.loads(publish.to_timelinejs([lonely], group_by="actor"))["events"]
    assert slide["group"] == publish.NO_ACTOR and "media" not in slide


def test_the_checker_catches_what_breaks_the_format():
    doc = json.loads(publish.to_timelinejs(EVENTS[:2]))
    for broken in ({"year": "2025"}, {"year": 2025, "day": 3}, {"year": 2025, "month": 2, "day": 30}):
        bad = json.loads(json.dumps(doc))
        bad["events"][0]["start_date"] = broken
        with pytest.raises(AssertionError):
            check_timelinejs(bad)
    bad = json.loads(json.dumps(doc))
    bad["events"][1]["unique_id"] = bad["events"][0]["unique_id"]
    with pytest.raises(AssertionError):
        check_timelinejs(bad)


def test_acled_layout_midpoints_precision_and_what_is_left_out():
    result = publish.to_acled(EVENTS)
    rows = list(csv.DictReader(io.StringIO(result.text)))
    assert tuple(rows[0]) == publish.ACLED_COLUMNS
    by_id = {r["event_id_cnty"]: r for r in rows}
    assert set(by_id) == {"day", "week", "month", "evil"}
    assert result.left_out == {"coarse": 2, "planned": 1, "type": 1}
    assert result.summary() == ("4 event(s) in ACLED's layout; 4 left out: 2 dated more coarsely than a month, "
                                "1 planned, 1 of a kind ACLED does not code (statements, accusations, threats, "
                                "sanctions, diplomacy)")
    day, week, month = by_id["day"], by_id["week"], by_id["month"]
    assert (day["event_date"], day["time_precision"]) == ("2025-11-16", "1")
    assert (week["event_date"], week["time_precision"]) == ("2025-11-13", "2")     # the middle of the week
    assert (month["event_date"], month["time_precision"]) == ("2025-10-16", "3")
    assert (day["event_type"], day["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (week["event_type"], week["sub_event_type"]) == ("Strategic developments", "Other")
    assert (day["actor1"], day["actor2"]) == ("United States", "Venezuela")
    assert (day["inter1"], day["inter2"], day["interaction"]) == ("8", "1", "18")   # external force vs the state
    assert (day["location"], day["latitude"], day["longitude"], day["geo_precision"]) == ("Caracas", "10.48", "-66.9", "1")
    assert (day["fatalities"], day["source"]) == ("3", "Harbor Wire")
    evil = by_id["evil"]
    assert evil["notes"].startswith("'=HYPERLINK") and evil["location"] == "'@Caracas"
    assert evil["tags"] == "corrected by analyst" and day["tags"] == ""


def test_export_writes_timelinejs_and_acled_from_the_store(tmp_path, capsys):
    from tests.store.test_store import article, event, extractor

    a = article(1)
    rows = [event(a, "strike", date=D(2025, 9, 2)), event(a, "plan", date=D(2025, 12, 2), status="planned")]
    db = tmp_path / "t.db"
    with Store(db) as store:
        store.ingest([a], extract=extractor({a.id: rows}))
    tl, acled = tmp_path / "tl.json", tmp_path / "acled.csv"
    assert main(["export", "--db", str(db), "--timelinejs", str(tl), "--acled", str(acled), "--group-by", "actor"]) == 0
    err = capsys.readouterr().err
    doc = json.loads(tl.read_text(encoding="utf-8"))
    check_timelinejs(doc)
    assert len(doc["events"]) == 2 and doc["events"][0]["group"] == "United States"
    assert len(list(csv.DictReader(io.StringIO(acled.read_text(encoding="utf-8"))))) == 1
    assert "1 event(s) in ACLED's layout; 1 left out: 1 planned" in err
    assert main(["export", "--db", str(db)]) == 1
    assert "nothing to write" in capsys.readouterr().err


def test_acled_actor_codes_come_from_the_actor_types():
    official = ev("official", D(2025, 11, 16), actors=("Donald Trump", "Venezuela"),
                  actor_types=("official:United States", "state"), source_actors=("Donald Trump",))
    group = ev("group", D(2025, 11, 16), actors=("Tren de Aragua", "United Nations"),
               actor_types=("armed_group", "international"), source_actors=("Tren de Aragua",),
               target_actors=("United Nations",))
    home = ev("home", D(2025, 11, 16), actors=("Vladimir Padrino López", "Tren de Aragua"),
              actor_types=("official:Venezuela", "armed_group"), source_actors=("Vladimir Padrino López",),
              target_actors=("Tren de Aragua",))
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(publish.to_acled([official, group, home]).text))}
    # an official of another state acting in Venezuela is an external force; the state at home its own forces
    assert (rows["official"]["inter1"], rows["official"]["inter2"], rows["official"]["interaction"]) == ("8", "1", "18")
    # ACLED splits armed groups into rebels and militias: the timeline cannot tell, so no code, no interaction
    assert (rows["group"]["inter1"], rows["group"]["inter2"], rows["group"]["interaction"]) == ("", "8", "")
    assert (rows["home"]["inter1"], rows["home"]["inter2"]) == ("1", "")

"""The dashboard's pure parts: figures, filter state <-> URL, provenance HTML, the upload handler."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from timeline.app import charts, markdown, provenance, uploads
from timeline.table import codec
from timeline.app import url_state as flt
from timeline.records import Article
from timeline.records import Event, Source
from timeline.records import Filters
from timeline.store import Store

D = dt.date


def row(event_id: str, date: D, *, date_end: D | None = None, granularity: str = "day", category: str = "force",
        escalation: float = 5.0, actors: str = "United States", sources_count: int = 1, summary: str = "",
        date_text: str = "on Tuesday", basis: str = "narrative", status: str = "occurred") -> dict:
    return dict(event_id=event_id, date=date, date_end=date_end or date, granularity=granularity,
                date_text=date_text, date_basis=basis, status=status, category=category, escalation=escalation,
                actors=actors, summary=summary or f"event {event_id}", article_id="a1", title="T", source="Harbor Wire",
                published=D(2025, 9, 30), url="https://example.org/a", sources_count=sources_count)


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame([
        row("strike", D(2025, 9, 2), escalation=8.5, actors="United States; Venezuela", sources_count=3,
            summary="US strikes a <b>boat</b> & <script>alert(1)</script>"),
        row("ships", D(2025, 10, 1), date_end=D(2025, 10, 31), granularity="month", category="deployment",
            escalation=6.0, actors="US Navy", date_text="in October", basis="explicit"),
        row("talks", D(2025, 9, 5), category="diplomacy", escalation=2.0, actors="Venezuela"),
        row("odd", D(2025, 9, 6), category="not-a-category", escalation=1.0, actors="Venezuela"),
    ])


# ---------------------------------------------------------------- charts

def traces(fig, name: str):
    return [t for t in fig.data if t.name == name]


def test_markers_coloured_by_category_with_y_escalation_and_size_by_sources(frame):
    fig = charts.timeline_figure(frame)
    (force,) = traces(fig, "force")
    assert abs(force.y[0] - 8.5) <= 0.3  # the score, with a small stable jitter
    assert list(charts.timeline_figure(frame).data[0].y) == list(fig.data[0].y)
    assert force.marker.color == charts.CATEGORY_COLORS["force"]
    (diplomacy,) = traces(fig, "diplomacy")
    assert force.marker.size[0] > diplomacy.marker.size[0]  # 3 sources vs 1
    # an unknown category is drawn as "other", not dropped
    (other,) = traces(fig, "other")
    assert list(other.customdata) == ["odd"]


def test_month_granular_event_is_a_bar_over_its_interval_with_its_marker_in_the_middle(frame):
    fig = charts.timeline_figure(frame)
    (bar,) = traces(fig, "deployment (interval)")
    xs = [pd.Timestamp(x) for x in bar.x if x is not None]
    assert xs[0] == pd.Timestamp("2025-10-01") and xs[1] == pd.Timestamp("2025-11-01")  # end day included
    (marker,) = traces(fig, "deployment")
    assert pd.Timestamp(marker.x[0]).date() == D(2025, 10, 16)
    # day-granular events get no bar
    assert not traces(fig, "force (interval)")


def test_hover_has_summary_phrase_basis_actors_sources_and_escapes_article_text(frame):
    fig = charts.timeline_figure(frame)
    hover = traces(fig, "force")[0].text[0]
    assert "on Tuesday" in hover and "narrative" in hover
    assert "United States, Venezuela" in hover
    assert "Harbor Wire +2 more" in hover
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "&lt;b&gt;boat&lt;/b&gt;" in hover


def test_actor_lanes_put_an_event_in_each_of_its_actors_lanes(frame):
    fig = charts.timeline_figure(frame, y_mode="actor")
    (force,) = traces(fig, "force")
    assert sorted(force.y) == ["United States", "Venezuela"]
    assert list(force.customdata) == ["strike", "strike"]
    assert fig.layout.yaxis.type == "category"
    with pytest.raises(ValueError):
        charts.timeline_figure(frame, y_mode="sideways")


def test_actor_lanes_fold_rare_actors_into_other(frame):
    lanes = charts.actor_lanes(charts.prepare(frame), limit=1)
    assert lanes == ["Venezuela"]  # 3 events, the most frequent
    fig = charts.timeline_figure(frame.assign(actors=[f"A{i}" for i in range(len(frame))]), y_mode="actor")
    assert fig.layout.yaxis.categoryarray  # lanes are ordered


def test_escalation_series_daily_max_of_day_dated_events_and_rolling_mean_of_all_spread():
    # scores: +10 most escalatory; a day's maximum escalation is its highest score
    days = [row("a", D(2025, 9, 1), escalation=4.0), row("b", D(2025, 9, 1), escalation=6.0),
            row("c", D(2025, 9, 3), escalation=2.0), row("d", D(2025, 9, 20), escalation=-3.0)]
    s = charts.escalation_series(pd.DataFrame(days))
    assert [d.date() for d in s["day"]] == [D(2025, 9, 1), D(2025, 9, 3), D(2025, 9, 20)]
    assert list(s["daily_max"]) == [6.0, 2.0, -3.0]
    assert list(s["rolling"]) == [5.0, 4.0, -3.0]           # Sept 3's window: 4, 6, 2; Sept 20's only itself
    fig = charts.timeline_figure(pd.DataFrame(days))
    assert fig.layout.yaxis.range[0] < fig.layout.yaxis.range[1]  # up is more escalatory
    # the rolling line breaks across the 17 days without events instead of drawing a trend there
    rolling = next(t for t in fig.data if t.name.startswith("7-day rolling mean"))
    assert list(rolling.y) == [5.0, 4.0, None, -3.0]
    # the curve sits in row 2, whose x axis the timeline's x axis follows (zoom one, zoom both)
    assert fig.data[0].xaxis == "x" and fig.data[-1].xaxis == "x2" and fig.layout.xaxis.matches == "x2"

    # a month-dated event (9) is spread over its 30 days: it does not spike Sept 1's maximum, but the
    # rolling mean counts it on each day of the month with a thirtieth of an event's weight
    month = row("m", D(2025, 9, 1), date_end=D(2025, 9, 30), granularity="month", escalation=9.0)
    s = charts.escalation_series(pd.DataFrame(days + [month]))
    assert len(s) == 30 and s["day"].iloc[-1].date() == D(2025, 9, 30)
    by_day = s.set_index(s["day"].dt.date)
    assert by_day.loc[D(2025, 9, 1), "daily_max"] == 6.0 and pd.isna(by_day.loc[D(2025, 9, 2), "daily_max"])
    assert by_day.loc[D(2025, 9, 1), "rolling"] == pytest.approx((4 + 6 + 9 / 30) / (2 + 1 / 30))
    assert by_day.loc[D(2025, 9, 12), "rolling"] == pytest.approx(9.0)      # only the month in the window
    assert by_day.loc[D(2025, 9, 20), "rolling"] == pytest.approx((9 * 7 / 30 - 3) / (7 / 30 + 1))
    fig = charts.timeline_figure(pd.DataFrame(days + [month]))
    bars = next(t for t in fig.data if t.name == "daily max")
    assert len(bars.x) == 3   # bars only on days with a day-dated event


def test_escalation_series_of_an_empty_frame_is_empty():
    empty = pd.DataFrame(columns=list(row("x", D(2025, 1, 1))))
    assert charts.escalation_series(empty).empty
    assert charts.timeline_figure(empty).data  # still a figure with its curve traces


def test_table_view_shows_actors_as_a_comma_list(frame):
    view = charts.table_view(frame, ["date", "actors"])
    assert list(view.columns) == ["date", "actors"] and view["actors"][0] == "United States, Venezuela"


def test_actor_list_accepts_tuples_and_joined_strings():
    assert charts.actor_list(("A", "B")) == ["A", "B"]
    assert charts.actor_list("A; B") == ["A", "B"]
    assert charts.actor_list("") == [] and charts.actor_list(None) == []


# ---------------------------------------------------------------- filters

def test_query_params_round_trip():
    f = Filters(actors=("Venezuela", "Donald Trump"), actor_mode="all", date_from=D(2025, 9, 1),
                date_to=D(2025, 10, 31), categories=("force",), statuses=("occurred",), sources=("Harbor Wire",),
                min_escalation=-9.0, text="boat strike")
    params = flt.to_params(f, "actor", max_escalation=-4.5)
    assert params["actor"] == ["Venezuela", "Donald Trump"] and params["from"] == ["2025-09-01"]
    assert params["min_esc"] == ["-9"] and params["max_esc"] == ["-4.5"]
    parsed = flt.from_params(params)
    assert parsed.filters == f and parsed.view == "actor" and parsed.max_escalation == -4.5 and not parsed.notes
    # Streamlit/AppTest give single values as plain strings
    single = flt.from_params({"actor": "Venezuela", "category": "force"})
    assert single.filters.actors == ("Venezuela",) and single.filters.categories == ("force",)


def test_defaults_make_an_empty_url():
    assert flt.to_params(Filters()) == {}
    assert flt.query_string(Filters()) == ""
    assert flt.from_params({}).filters == Filters()


def test_bad_query_params_are_dropped_with_a_note_not_raised():
    parsed = flt.from_params({"from": "2025-13-45", "to": "yesterday", "min_esc": "lots", "max_esc": "99",
                              "mode": "some", "status": ["occurred", "rumoured"], "view": "3d"})
    assert parsed.filters == Filters(statuses=("occurred",)) and parsed.max_escalation is None
    assert len(parsed.notes) == 7
    crossed = flt.from_params({"min_esc": "2", "max_esc": "-2"})
    assert crossed.filters.min_escalation is None and crossed.max_escalation is None and crossed.notes
    reversed_range = flt.from_params({"from": "2025-10-01", "to": "2025-09-01"})
    assert reversed_range.filters.date_from is None and reversed_range.notes


def test_cache_key_is_canonical():
    a = Filters(actors=("A", "B"), categories=("force", "threat"))
    b = Filters(actors=("B", "A"), categories=("threat", "force"))
    assert flt.cache_key(a) == flt.cache_key(b)
    assert flt.cache_key(a) != flt.cache_key(Filters(actors=("A",)))


def test_restrict_drops_unknown_values_and_clamps_dates():
    f = Filters(actors=("Venezuela", "Atlantis"), categories=("force", "nope"), date_from=D(2020, 1, 1),
                date_to=D(2025, 9, 10))
    out, notes = flt.restrict(f, actors=["Venezuela"], categories=["force"], sources=[],
                              bounds=(D(2025, 8, 1), D(2025, 11, 30)))
    assert out.actors == ("Venezuela",) and out.categories == ("force",)
    assert out.date_from == D(2025, 8, 1) and out.date_to == D(2025, 9, 10)
    assert any("Atlantis" in n for n in notes)


def test_widget_values_and_back():
    bounds = (D(2025, 8, 1), D(2025, 11, 30))
    f = Filters(actors=("Venezuela",), actor_mode="all", date_from=D(2025, 9, 1), categories=("force",),
                min_escalation=-9.0, text="boat")
    values = flt.widget_values(f, bounds, max_escalation=-4.0)
    assert values[flt.WIDGET_KEYS["dates"]] == (D(2025, 9, 1), D(2025, 11, 30))
    assert values[flt.WIDGET_KEYS["actor_mode"]] == "all of"
    assert values[flt.WIDGET_KEYS["escalation"]] == (-9.0, -4.0)
    assert flt.from_widgets(values, bounds) == (f, -4.0)
    # the full range is no date filter, the full score range no score filter;
    # a half-picked date range filters from its one date
    assert flt.from_widgets({flt.WIDGET_KEYS["dates"]: bounds, flt.WIDGET_KEYS["escalation"]: (-10.0, 10.0)},
                            bounds) == (Filters(), None)
    assert flt.from_widgets({flt.WIDGET_KEYS["dates"]: (D(2025, 9, 1),)}, bounds)[0].date_from == D(2025, 9, 1)


def test_apply_max_escalation_keeps_the_more_escalatory_rows(frame):
    kept = flt.apply_max_escalation(frame, 2.0)
    assert list(kept["event_id"]) == ["talks", "odd"]
    assert flt.apply_max_escalation(frame, None) is frame


def test_rebase_dates_follows_open_ends_and_keeps_chosen_dates():
    old, new = (D(2025, 8, 1), D(2025, 11, 30)), (D(2025, 7, 1), D(2025, 12, 31))
    assert flt.rebase_dates(old, old, new) == new
    assert flt.rebase_dates((D(2025, 9, 1), D(2025, 11, 30)), old, new) == (D(2025, 9, 1), D(2025, 12, 31))
    assert flt.rebase_dates(None, None, new) == new


# ---------------------------------------------------------------- provenance

def source(sentence: str, phrase: str, start: int = -1, url: str = "https://example.org/x") -> Source:
    return Source(article_id="a1", title="Ships <i>arrive</i>", source="Harbor <Wire>", published=D(2025, 11, 24),
                  url=url, sentence=sentence, date_text=phrase, date_start=start,
                  date_end=start + len(phrase) if start >= 0 else -1)


def test_highlight_marks_the_date_phrase_and_escapes_everything_else():
    out = provenance.highlight_html("<script>x()</script> Eight days prior, ships came.", "Eight days prior", 21)
    assert out.startswith("&lt;script&gt;x()&lt;/script&gt; ")
    assert '<mark class="date-phrase">Eight days prior</mark>' in out
    # wrong offsets fall back to finding the phrase; a missing phrase leaves no mark
    assert "<mark" in provenance.highlight_html("It happened on Monday.", "on Monday", 0, 3)
    assert "<mark" not in provenance.highlight_html("No date here.", "yesterday")


def test_provenance_html_escapes_titles_and_refuses_unsafe_links():
    ev = Event(event_id="e", date=D(2025, 11, 16), date_end=D(2025, 11, 16), granularity="day",
               date_text="eight days prior", date_basis="narrative", status="occurred", category="deployment",
               escalation=6.0, actors=("US Navy",), summary="s", article_id="a1", title="t", source="s",
               published=D(2025, 11, 24), url="", sources_count=2,
               derivation="eight days prior → 8 days before 'This Monday' (2025-11-24) → 2025-11-16",
               sources=(source("Eight days prior, ships came.", "Eight days prior", 0),
                        source("Ships came.", "", url="javascript:alert(1)")))
    out = provenance.provenance_html(ev)
    assert "Ships &lt;i&gt;arrive&lt;/i&gt;" in out and "Harbor &lt;Wire&gt;" in out
    assert 'href="https://example.org/x"' in out and "javascript:" not in out
    assert "8 days before &#x27;This Monday&#x27; (2025-11-24) → 2025-11-16" in out
    assert out.count('class="prov-sentence"') == 2


def test_derivation_text_without_an_engine_account():
    base = dict(event_id="e", date=D(2025, 10, 1), date_end=D(2025, 10, 31), granularity="month",
                date_text="in October", date_basis="explicit", status="occurred", category="force",
                escalation=1.0, actors=(), summary="s", article_id="a", title="t", source="s",
                published=D(2025, 11, 2), url="")
    assert provenance.derivation_text(Event(**base)) == "“in October” → an explicit calendar date → 2025-10-01..2025-10-31 (month)"
    pub = Event(**{**base, "date_text": "", "date_basis": "publication", "date": D(2025, 11, 2),
                   "date_end": D(2025, 11, 2), "granularity": "day"})
    assert provenance.derivation_text(pub) == "no date in the sentence → publication date 2025-11-02"


def test_event_from_row_uses_the_frame_sentence_when_no_sources_are_given():
    r = row("x", D(2025, 9, 2), actors="A; B") | {"sentence": "On Tuesday it happened.", "phrase_start": 0,
                                                    "phrase_end": 10, "derivation": ""}
    ev = codec.event_from_row(r)
    assert ev.actors == ("A", "B") and ev.sources[0].sentence == "On Tuesday it happened."
    assert '<mark class="date-phrase">On Tuesday</mark>' in provenance.provenance_html(ev)


def test_md_escape_leaves_no_markdown_active():
    out = markdown.md_escape("a.md: [tap](javascript:x) ![i](http://e/i.png) **b** `c` <b>\n#h")
    assert out == (r"a\.md\: \[tap\]\(javascript\:x\) \!\[i\]\(http\://e/i\.png\) \*\*b\*\* \`c\` "
                   r"\<b\> \#h")


def test_safe_url():
    assert provenance.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "/etc/passwd", "http://", ""):
        assert provenance.safe_url(bad) is None


# ---------------------------------------------------------------- uploads

def no_events(article: Article) -> list[Event]:
    return []


class RecordingStore(Store):
    """A real store whose extraction is replaced, so these tests don't need the NLP pipeline."""

    def ingest(self, articles, progress=None, **kw):
        return super().ingest(articles, progress, extract=no_events)


def test_upload_adds_good_files_reports_bad_ones_and_duplicates(tmp_path):
    good = b"---\ntitle: Ships arrive\npublished: 2025-11-24\n---\nShips arrived in the Caribbean on Monday.\n"
    undated = b"A text without front matter about talks in Caracas."
    bad = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    steps = []
    with RecordingStore(tmp_path / "t.db") as store:
        out = uploads.ingest_uploads(store, [("good.md", good), ("image.md", bad), ("undated.txt", undated)],
                                     default_published=D(2025, 11, 20),
                                     progress=lambda done, total, label: steps.append((done, total, label)))
        assert [a.split(":")[0] for a in out.added] == ["good.md", "undated.txt"]
        assert len(out.errors) == 1 and out.errors[0].startswith("image.md: ")
        assert store.article_count() == 2
        assert steps[0] == (0, 3, "good.md") and steps[-1] == (3, 3, "")
        again = uploads.ingest_uploads(store, [("copy-of-good.md", good)], pasted="Pasted report of a strike.",
                                       default_published=D(2025, 11, 20))
        assert again.duplicates == ["copy-of-good.md: Ships arrive"]
        assert again.added == ["pasted text: Pasted report of a strike."]
        assert store.article_count() == 3


def test_upload_without_a_date_is_refused_per_file_and_names_are_only_labels(tmp_path):
    with RecordingStore(tmp_path / "t.db") as store:
        out = uploads.ingest_uploads(store, [("../../etc/evil\x07.txt", b"No date and no default.")])
        assert out.added == [] and len(out.errors) == 1
        assert out.errors[0].startswith("evil\\x07.txt: no publication date")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("t.db")) == []


def test_display_name():
    assert uploads.display_name("C:\\Users\\me\\a.md") == "a.md"
    assert uploads.display_name("") == "(unnamed file)"
    assert len(uploads.display_name("x" * 500 + ".md")) == 80


def test_uploaded_names_show_control_and_bidi_characters_escaped(tmp_path):
    """Issue 16, item 5: a name with a terminal title sequence, a newline or a right-to-left override
    is shown with those characters escaped, as the CLI shows file names, never raw and never dropped."""
    name = "evil\x1b]0;pwned\x07\u202egnp.md\nnext"
    assert uploads.display_name(name) == "evil\\x1b]0;pwned\\x07\\u202egnp.md\\nnext"
    good = b"---\ntitle: Ships arrive\npublished: 2025-11-17\n---\nThe carrier arrived on Sunday.\n"
    with RecordingStore(tmp_path / "t.db") as store:
        out = uploads.ingest_uploads(store, [("a\u202etxt.md", good), ("b\u2066\x1b[2J.md", b"")])
        assert out.added == ["a\\u202etxt.md: Ships arrive"]
        assert out.errors == ["b\\u2066\\x1b[2J.md: empty file (0 bytes)"]
        origins = [origin for (origin,) in store._conn.execute("SELECT origin FROM articles")]
    assert origins == ["a\\u202etxt.md"]
    for line in out.added + out.errors:
        assert not any(ch in line for ch in "\x1b\x07\n\u202e\u2066")


def test_filters_dataclass_fields_are_what_the_mapping_covers():
    assert set(flt.PARAM) == {f.name for f in dataclasses.fields(Filters)}


def test_streamlit_config_has_the_security_defaults():
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "localhost"          # not reachable from the network by default
    assert 0 < config["server"]["maxUploadSize"] <= 10          # MB per uploaded file
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"       # no tracebacks on the page


BAD_UPLOADS = {
    "empty.txt": b"",
    "blank.md": b"   \n\t\n",
    "front-matter-only.md": b"---\ntitle: T\npublished: 2025-11-20\n---\n",
    "image.md": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "latin1.txt": "---\npublished: 2025-11-20\n---\nCaf\u00e9 talks in Bogot\u00e1.".encode("latin-1"),
    "impossible-date.md": b"---\npublished: 2025-13-45\n---\nShips arrived.\n",
    "word-date.md": b"---\npublished: yesterday\n---\nShips arrived.\n",
    "future.md": b"---\npublished: 2999-01-01\n---\nShips arrived.\n",
    "unclosed.md": b"---\ntitle: T\npublished: 2025-11-20\nShips arrived.\n",
    "duplicate-keys.md": b"---\ntitle: A\ntitle: B\npublished: 2025-11-20\n---\nShips arrived.\n",
    "no-text-column.csv": b"title,published\nA,2025-11-20\n",
    "notes.docx": b"PK\x03\x04 a word file",
}


def test_every_bad_upload_gets_one_message_naming_it_and_the_good_ones_are_added(tmp_path):
    good = b"---\ntitle: Good <script>x</script>\npublished: 2025-11-20\n---\nShips arrived on Monday.\n"
    collection = (b'{"text": "Talks began.", "published": "2025-11-18"}\n{"text": broken\n'
                  b'{"text": "Talks ended.", "published": "2025-11-19"}\n')
    ragged = b"text,published\nA strike happened.,2025-11-17\nonly one field\n"
    files = [("good.md", good), ("news.jsonl", collection), ("rows.csv", ragged), *BAD_UPLOADS.items()]
    with RecordingStore(tmp_path / "t.db") as store:
        out = uploads.ingest_uploads(store, files)
        assert store.article_count() == 4          # good.md, two JSONL lines, one CSV row
    assert sorted(a.split(":")[0] for a in out.added) == ["good.md", "news.jsonl", "news.jsonl", "rows.csv"]
    named = sorted(e.split(":")[0].split(",")[0] for e in out.errors)
    assert named == sorted([*BAD_UPLOADS, "news.jsonl", "rows.csv"])
    assert any(e.startswith("news.jsonl, line 2") for e in out.errors)
    assert any(e.startswith("rows.csv, line 3") for e in out.errors)
    assert all("\n" not in e and "Traceback" not in e for e in out.errors)


def test_uploaded_article_with_invisible_characters_in_a_date_is_dated_by_it(tmp_path):
    """Issue 16, item 7, through the upload path with the real extractor: a zero-width space in the
    date and NUL bytes in the text neither lose the date nor refuse the file."""
    data = ("---\ntitle: Carrier arrives\npublished: 2025-11-17\n---\nThe USS Gerald R. Ford arrived in the "
            "Caribbean on Nov\u200b. 16, the US Navy said." + "\x00" * 30 + "\n").encode()
    with Store(tmp_path / "t.db") as store:
        out = uploads.ingest_uploads(store, [("carrier.md", data)])
        assert out.errors == [] and out.added == ["carrier.md: Carrier arrives"]
        (event,) = store.query(Filters(categories=("deployment",)))
    assert (event.date, event.date_text) == (D(2025, 11, 16), "Nov\u200b. 16")
    (source,) = event.sources
    assert source.sentence[source.date_start:source.date_end] == "Nov\u200b. 16"


def test_weekly_series_counts_iso_weeks_with_coarse_events_spread(frame):
    weeks = charts.weekly_series(frame)
    # strike (Tue 2 Sept), talks (Fri 5), odd (Sat 6): ISO week 36; the October deployment over 5 weeks
    assert list(weeks["week"]) == ["2025-W36", "2025-W40", "2025-W41", "2025-W42", "2025-W43", "2025-W44"]
    first = weeks.iloc[0]
    assert (first["events"], first["dated_in_week"], first["max_escalation"]) == (3.0, 3, 8.5)
    assert first["mean_escalation"] == pytest.approx((8.5 + 2.0 + 1.0) / 3, abs=1e-3)
    assert weeks["events"].sum() == pytest.approx(4.0)          # every event counted once, spread or not
    october = weeks.iloc[1:]
    assert october["deployment"].tolist() == pytest.approx([5 / 31, 7 / 31, 7 / 31, 7 / 31, 5 / 31], abs=1e-3)
    assert (october["dated_in_week"] == 0).all() and october["max_escalation"].isna().all()
    assert (october["mean_escalation"] == 6.0).all()
    fig = charts.weekly_figure(frame)
    assert {t.name for t in fig.data} >= {"force", "deployment", "diplomacy", "mean escalation"}
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo < pd.Timestamp("2025-09-01") and hi > pd.Timestamp("2025-09-06")   # on the day-dated weeks
    assert charts.weekly_series(frame.iloc[0:0]).empty

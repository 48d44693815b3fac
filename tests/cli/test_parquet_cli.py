"""A Parquet dataset on the command line: `export --db DIR` reads it through DuckDB and writes what the
store would; `ingest --parquet DIR` loads it into the SQLite store as `ingest` of the same articles
would have built it, in one transaction, duplicates changing nothing."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.events import extract
from timeline.io import articles as art
from timeline.io.parquet import write_dataset
from timeline.store import Store
from tests.app.conftest import build_sample_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """(the store `ingest` builds from sample_data, a dataset `extract` makes of the same articles)."""
    db, _info = build_sample_store(tmp_path_factory)
    articles = art.load_paths([SAMPLE]).articles
    dataset = tmp_path_factory.mktemp("parquet") / "ds"
    write_dataset(dataset, extract(articles), articles=articles)
    return db, dataset, articles


def by_id(events):
    return sorted(events, key=lambda e: e.event_id)


def test_ingest_parquet_builds_the_store_ingest_builds(sample, tmp_path, capsys):
    built, dataset, articles = sample
    db = tmp_path / "loaded.db"
    code, _out, err = run(capsys, "ingest", "--parquet", str(dataset), "--db", str(db))
    assert code == 0, err
    assert f"{len(articles)} article(s) added, 0 duplicate(s)" in err
    with Store(db) as loaded, Store(built) as ingested:
        assert by_id(loaded.query()) == by_id(ingested.query())
        assert loaded.article_count() == ingested.article_count() == len(articles)
        assert loaded.actor_counts() == ingested.actor_counts()
        for a in articles:
            assert loaded.article(a.id).text == ingested.article(a.id).text == a.text
        version = loaded.version()
    # loading it again: every article a duplicate, nothing changes
    code, _out, err = run(capsys, "ingest", "--parquet", str(dataset), "--db", str(db))
    assert code == 0 and f"0 article(s) added, {len(articles)} duplicate(s)" in err
    with Store(db) as loaded:
        assert loaded.version() == version


def test_ingest_parquet_over_articles_already_ingested_adds_the_rest(sample, tmp_path, capsys):
    _built, dataset, articles = sample
    db = tmp_path / "t.db"
    first = [a for a in articles[:3]]
    with Store(db) as store:
        store.ingest(first)
    code, _out, err = run(capsys, "ingest", "--parquet", str(dataset), "--db", str(db))
    assert code == 0, err
    assert f"{len(articles) - 3} article(s) added, 3 duplicate(s)" in err
    with Store(db) as store, Store(_built) as ingested:
        assert store.article_count() == len(articles)
        got, want = by_id(store.query()), by_id(ingested.query())
    # the same rows, sources and counts; only a merge note may say more: the stored report of an
    # old article meets the dataset's row that already holds it ("told again in the same article")
    assert [replace(e, merge_note="") for e in got] == [replace(e, merge_note="") for e in want]
    assert all(a.merge_note.startswith(b.merge_note) for a, b in zip(got, want))


def test_ingest_parquet_is_all_or_nothing(sample, tmp_path, capsys, monkeypatch):
    _built, dataset, articles = sample
    db = tmp_path / "t.db"
    with Store(db) as store:
        store.ingest(articles[:1])
        version, events, count = store.version(), store.query(), store.article_count()
    calls = []
    real = Store._store_events

    def failing(self, conn, rows, *args):
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk full (simulated)")
        return real(self, conn, rows, *args)

    monkeypatch.setattr(Store, "_store_events", failing)
    code, _out, err = run(capsys, "ingest", "--parquet", str(dataset), "--db", str(db))
    assert code != 0 and "disk full" in err and "Traceback" not in err
    assert len(calls) == 4
    with Store(db) as store:
        assert (store.version(), store.query(), store.article_count()) == (version, events, count)


def test_ingest_parquet_refuses_a_dataset_without_its_articles(sample, tmp_path, capsys):
    _built, dataset, articles = sample
    bare = tmp_path / "bare"
    from timeline.io.parquet import read_events
    write_dataset(bare, read_events(dataset))   # the events, not the articles they cite
    db = tmp_path / "t.db"
    code, _out, err = run(capsys, "ingest", "--parquet", str(bare), "--db", str(db))
    assert code == 1 and str(bare) in err and "cites article" in err and "nothing was loaded" in err
    with Store(db) as store:
        assert store.article_count() == 0 and store.event_count() == 0


def test_ingest_parquet_errors_are_one_line(tmp_path, capsys):
    (tmp_path / "half" / "events").mkdir(parents=True)
    code, _out, err = run(capsys, "ingest", "--parquet", str(tmp_path / "half"), "--db", str(tmp_path / "t.db"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "half" in err and "not a timeline dataset" in err
    code, _out, err = run(capsys, "ingest", "--parquet", str(tmp_path / "half"), str(SAMPLE))
    assert code == 1 and "not both" in err
    code, _out, err = run(capsys, "ingest")
    assert code == 1 and "no article files" in err


@pytest.mark.parametrize("filters", [(), ("--actor", "venezuela"), ("--category", "force", "--from", "2025-09-01"),
                                     ("--actor", "Donald Trump", "United States", "--all-actors")])
def test_export_from_a_dataset_writes_what_the_store_writes(sample, tmp_path, capsys, filters):
    built, dataset, _articles = sample
    outputs = {}
    for name, db in (("store", built), ("dataset", dataset)):
        csv, js, acled = tmp_path / f"{name}.csv", tmp_path / f"{name}.json", tmp_path / f"{name}-acled.csv"
        code, _out, err = run(capsys, "export", "--db", str(db), "--csv", str(csv), "--json", str(js),
                              "--acled", str(acled), *filters)
        assert code == 0, err
        outputs[name] = (csv.read_bytes(), js.read_bytes(), acled.read_bytes())
    assert outputs["dataset"] == outputs["store"]
    assert outputs["store"][0].count(b"\n") > 1


@pytest.mark.parametrize("filters", [(), ("--actor", "venezuela", "--to", "2025-10-01")])
def test_csv_only_export_from_a_dataset_is_the_stores_csv(sample, tmp_path, capsys, filters):
    built, dataset, _articles = sample
    texts = []
    for name, db in (("store", built), ("dataset", dataset)):
        out = tmp_path / f"{name}.csv"
        code, _out, err = run(capsys, "export", "--db", str(db), "--csv", str(out), *filters)
        assert code == 0, err
        texts.append(out.read_bytes())
    assert texts[0] == texts[1] and texts[0].count(b"\n") > 1


def test_export_names_a_folder_that_is_no_dataset(tmp_path, capsys):
    (tmp_path / "half" / "events").mkdir(parents=True)
    code, _out, err = run(capsys, "export", "--db", str(tmp_path / "half"), "--csv", str(tmp_path / "o.csv"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert str(tmp_path / "half") in err and "did not finish" in err
    assert not (tmp_path / "o.csv").exists()


def test_export_names_a_damaged_file_of_a_dataset_in_one_line(sample, tmp_path, capsys):
    import shutil
    _built, dataset, _articles = sample
    copy = tmp_path / "ds"
    shutil.copytree(dataset, copy)
    damaged = sorted((copy / "events").rglob("*.parquet"))[0]
    damaged.write_bytes(b"not parquet at all")
    code, _out, err = run(capsys, "export", "--db", str(copy), "--csv", str(tmp_path / "o.csv"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(copy) in err and damaged.name in err and "\\n" not in err
    assert not (tmp_path / "o.csv").exists()

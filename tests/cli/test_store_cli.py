"""`python -m timeline ingest` and `export` on the store: progress, per-file errors, exit codes, exact columns."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.io import articles as art
from timeline import events as ev
from timeline.cli import main
from timeline.records import COLUMNS
from timeline.io.export import to_csv
from timeline.records import Filters
from timeline.store import Store

from tests.store.test_store import article, event, extractor

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"
D = dt.date


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- ingest

def test_ingest_sample_gives_the_same_timeline_as_extract(tmp_path, capsys):
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "ingest", str(SAMPLE), "--db", str(db))
    files = art.expand_paths([SAMPLE])
    assert code == 0, err
    assert out.splitlines()[0].startswith(f"[1/{len(files)}] {files[0]}: 1 added")
    assert len(out.splitlines()) == len(files)
    expected = ev.extract(art.load_paths([SAMPLE]).articles)
    with Store(db) as store:
        got = store.query()
        assert store.article_count() == len(files)
    key = lambda e: e.event_id  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)

    version = Store(db).version()
    code, out, err = run(capsys, "ingest", str(SAMPLE), "--db", str(db))
    assert code == 0 and all(" 0 added, 1 duplicate(s)" in line for line in out.splitlines())
    assert Store(db).version() == version


def test_ingest_reports_each_bad_file_in_one_line_and_keeps_the_good(tmp_path, capsys):
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Good\npublished: 2025-09-03\n---\nOn Tuesday, US forces struck a boat near "
                    "Venezuela, killing eleven people, the Pentagon said.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    undated = tmp_path / "undated.txt"
    undated.write_text("No front matter here, so no publication date.", encoding="utf-8")
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "ingest", str(binary), str(good), str(undated), "--db", str(db))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and str(binary) in errors[0] and str(undated) in errors[1]
    assert "Traceback" not in err
    assert [line.split(": ")[0] for line in out.splitlines()] == [f"[1/3] {binary}", f"[2/3] {good}", f"[3/3] {undated}"]
    assert "1 error(s)" in out.splitlines()[0] and "1 added" in out.splitlines()[1]
    with Store(db) as store:
        assert store.article_count() == 1 and store.event_count() >= 1

    # --published dates the file without front matter
    code, out, err = run(capsys, "ingest", str(undated), "--db", str(db), "--published", "2025-09-04")
    assert code == 0 and "1 added" in out


def test_ingest_refuses_a_store_that_is_not_sqlite(tmp_path, capsys):
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    good = tmp_path / "a.md"
    good.write_text("---\npublished: 2025-09-03\n---\nSome text.\n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(good), "--db", str(db))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and str(db) in err and "not a SQLite database" in err
    assert db.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_ingest_with_no_files_in_folder(tmp_path, capsys):
    code, out, err = run(capsys, "ingest", str(tmp_path), "--db", str(tmp_path / "t.db"))
    assert code == 1 and "no article files" in err and not (tmp_path / "t.db").exists()


# ---------------------------------------------------------------- export

@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "t.db"
    a1, a2 = article(1), article(2, source="AP")
    table = {
        a1.id: [event(a1, "strike", date=D(2025, 9, 2), actors=("United States", "Venezuela"), escalation=8,
                      summary="=HYPERLINK(\"http://evil\") struck a boat"),
                event(a1, "talks", date=D(2025, 9, 20), category="diplomacy", actors=("Venezuela", "Colombia"),
                      escalation=1.5, summary="Talks in Bogotá")],
        a2.id: [event(a2, "deploy", date=D(2025, 10, 1), date_end=D(2025, 10, 31), category="deployment",
                      actors=("US Navy",), escalation=5, summary="Ships deployed")],
    }
    with Store(path) as store:
        store.ingest([a1, a2], extract=extractor(table), merge=False)
    return path


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_export_has_exactly_the_columns_and_escapes_formulas(db, tmp_path, capsys):
    out_csv = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", "--csv", str(out_csv), "--db", str(db))
    assert code == 0 and "3 event(s)" in err
    table = rows(out_csv.read_text(encoding="utf-8"))
    assert tuple(table[0]) == COLUMNS
    assert [r[0].split("-")[0] for r in table[1:]] == ["strike", "talks", "deploy"]
    record = dict(zip(COLUMNS, table[1]))
    assert record["summary"].startswith("'=HYPERLINK") and record["escalation"] == "8.0"
    assert record["actors"] == "United States;Venezuela" and record["date"] == "2025-09-02"


def test_export_filters_and_json(db, tmp_path, capsys):
    out_csv, out_json = tmp_path / "f.csv", tmp_path / "f.json"
    code, _, err = run(capsys, "export", "--csv", str(out_csv), "--json", str(out_json), "--db", str(db),
                       "--actor", "Venezuela", "--from", "2025-09-10", "--to", "2025-12-31")
    assert code == 0, err
    assert [r[0].split("-")[0] for r in rows(out_csv.read_text(encoding="utf-8"))[1:]] == ["talks"]
    (item,) = json.loads(out_json.read_text(encoding="utf-8"))
    assert item["summary"] == "Talks in Bogotá" and item["sources"][0]["sentence"] == "Talks in Bogotá"

    code, _, _ = run(capsys, "export", "--csv", str(out_csv), "--db", str(db), "--category", "deployment", "force")
    assert [r[0].split("-")[0] for r in rows(out_csv.read_text(encoding="utf-8"))[1:]] == ["strike", "deploy"]
    code, _, _ = run(capsys, "export", "--csv", str(out_csv), "--db", str(db), "--actor", "Venezuela",
                     "--actor", "United States", "--all-actors")
    assert [r[0].split("-")[0] for r in rows(out_csv.read_text(encoding="utf-8"))[1:]] == ["strike"]


def test_cli_export_equals_the_dashboard_csv_of_the_same_filter(db, tmp_path, capsys):
    code, out, _ = run(capsys, "export", "--csv", "-", "--db", str(db), "--actor", "Venezuela")
    with Store(db) as store:
        frame = store.query_frame(Filters(actors=("Venezuela",)))
    assert code == 0 and out == to_csv(frame[list(COLUMNS)])
    assert len(rows(out)) == 3


def test_export_errors(db, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--csv", str(tmp_path / "x.csv"), "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no store here" in err and not (tmp_path / "none.db").exists()
    code, _, err = run(capsys, "export", "--csv", str(tmp_path / "x.csv"), "--db", str(db),
                       "--from", "2025-10-01", "--to", "2025-09-01")
    assert code == 1 and "after" in err
    code, _, err = run(capsys, "export", "--csv", str(tmp_path / "no" / "dir" / "x.csv"), "--db", str(db))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()


def test_export_runs_as_a_module(db, tmp_path):
    out_csv = tmp_path / "m.csv"
    done = subprocess.run([sys.executable, "-m", "timeline", "export", "--csv", str(out_csv), "--db", str(db),
                           "--category", "force"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(rows(out_csv.read_text(encoding="utf-8"))) == 2


def test_ingest_into_a_store_locked_too_long_fails_in_one_line(tmp_path, capsys, monkeypatch):
    import sqlite3

    from timeline.store import db as store_module

    db = tmp_path / "t.db"
    Store(db).close()
    good = tmp_path / "a.md"
    good.write_text("---\npublished: 2025-09-03\n---\nOn Tuesday, US forces struck a boat near Venezuela.\n",
                    encoding="utf-8")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        code, out, err = run(capsys, "ingest", str(good), "--db", str(db))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and out == ""
    assert err.startswith(f"error: {good}: not stored (database is locked)") and err.count("\n") == 1
    with Store(db) as store:
        assert store.article_count() == 0
    code, out, err = run(capsys, "ingest", str(good), "--db", str(db))
    assert code == 0 and "1 added" in out


# ---------------------------------------------------------------- issue 16, items 4 and 6

def damaged_store(path: Path, how: str) -> Path:
    """A store whose header is valid but whose pages are not: text bytes that are not UTF-8 inside a
    row ('text'), or whole pages overwritten ('pages')."""
    a1 = article(1)
    with Store(path) as store:
        store.ingest([a1], extract=extractor({a1.id: [
            event(a1, "talks", date=D(2025, 9, 20), category="diplomacy", summary="Talks in Bogotá went on")]}))
    data = bytearray(path.read_bytes())
    if how == "text":
        needle = "Talks in Bogotá".encode()
        assert needle in data
        data = bytearray(bytes(data).replace(needle, b"\xff" * len(needle)))  # same length: only the text breaks
    else:
        page = 4096
        for start in range(page, len(data), page):
            data[start:start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("how", ["text", "pages"])
def test_export_from_a_damaged_store_is_one_line_not_a_traceback(tmp_path, capsys, how):
    db = damaged_store(tmp_path / "t.db", how)
    before = db.read_bytes()
    out_csv = tmp_path / "out.csv"
    code, out, err = run(capsys, "export", "--csv", str(out_csv), "--json", str(tmp_path / "out.json"), "--db", str(db))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: {db}: ") and "Traceback" not in err
    assert ("Could not decode to UTF-8" in err) if how == "text" else ("malformed" in err)
    assert not out_csv.exists() and db.read_bytes() == before


def test_export_from_a_damaged_store_in_a_real_process(tmp_path):
    db = damaged_store(tmp_path / "t.db", "text")
    done = subprocess.run([sys.executable, "-m", "timeline", "export", "--csv", "-", "--db", str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"error: {db}: cannot read the store (Could not decode to UTF-8 column 'summary'")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("user_version", [0, 3])
def test_ingest_into_someone_elses_database_changes_not_a_byte(tmp_path, capsys, user_version):
    from tests.store.old_stores import foreign_database

    db = tmp_path / "other.db"
    foreign_database(db, user_version=user_version)
    before = db.read_bytes()
    good = tmp_path / "a.md"
    good.write_text("---\npublished: 2025-09-03\n---\nSome text.\n", encoding="utf-8")
    for argv in (["ingest", str(good), "--db", str(db)], ["export", "--csv", str(tmp_path / "x.csv"), "--db", str(db)]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert err == f"error: {db}: a SQLite database but not a timeline store " + (
            "(it has other tables); refusing to modify it\n" if user_version == 0 else
            "(version 3 without a timeline store's tables); refusing to modify it\n")
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "other.db"]


@pytest.mark.parametrize("command", ["ingest", "export"])
def test_a_bad_timeout_setting_is_one_line_naming_it(tmp_path, command):
    good = tmp_path / "a.md"
    good.write_text("---\npublished: 2025-09-03\n---\nSome text.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    argv = [str(good), "--db", str(db)] if command == "ingest" else ["--csv", str(tmp_path / "x.csv"), "--db", str(db)]
    done = subprocess.run([sys.executable, "-m", "timeline", command, *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "TIMELINE_DB_TIMEOUT": "ten"})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"error: {db}: setting TIMELINE_DB_TIMEOUT='ten' is not a number of seconds >= 0 "
                           "(the default is 10)\n")
    assert not db.exists()


HIDDEN_FORMULAS = ('"=HYPERLINK(""http://evil"",""x"")', "\u200b=cmd|' /C calc'!A0", "\ufeff@SUM(A1)", " +1+1",
                   "\uff1d1+1")


def test_export_escapes_cells_whose_first_visible_character_is_a_formula_trigger(tmp_path, capsys):
    """Issue 16, item 8: through the CLI export (the dashboard's download: tests/app/test_dashboard.py)."""
    path = tmp_path / "t.db"
    arts = [article(n) for n in range(len(HIDDEN_FORMULAS))]
    with Store(path) as store:
        store.ingest(arts, extract=extractor({a.id: [event(a, f"e{n}", date=D(2025, 9, 2 + n), summary=text)]
                                              for n, (a, text) in enumerate(zip(arts, HIDDEN_FORMULAS))}), merge=False)
    out_csv = tmp_path / "out.csv"
    assert run(capsys, "export", "--csv", str(out_csv), "--db", str(path))[0] == 0
    summaries = [dict(zip(COLUMNS, r))["summary"] for r in rows(out_csv.read_text(encoding="utf-8"))[1:]]
    assert summaries == ["'" + text for text in HIDDEN_FORMULAS]

"""The command line's rough edges of issue 15: an explicit --dct wins, standard input for `tag` and
`extract`, and `export --actor/--category` matched whatever the case, unknown names said with the
closest known ones."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys

import pytest

from timeline import cli
from timeline.store import Store
from timeline.table.facets import match_names

from tests.store.test_store import article, event, extractor

D = dt.date


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_an_explicit_dct_wins_over_the_front_matter_and_says_so(tmp_path, capsys):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: T\npublished: 2025-11-25\n---\nThis Monday, they met.\n")
    code, out, err = run(capsys, "tag", str(f), "--dct", "2020-01-01")
    assert code == 0
    assert [json.loads(line)["value"] for line in out.splitlines()] == ["2019-12-30"]
    assert "2020-01-01 (--dct) instead of its published 2025-11-25" in err


def test_tag_of_stdin_without_a_date_names_stdin_and_its_own_option(monkeypatch, capsys):
    stdin(monkeypatch, "The ships arrived yesterday.")
    code, out, err = run(capsys, "tag", "-")
    assert code == 1 and not out
    assert err.startswith("error: <stdin>: no publication date: give --dct YYYY-MM-DD")
    assert "stdin.txt" not in err and "--published" not in err and len(err.splitlines()) == 1
    stdin(monkeypatch, "The ships arrived yesterday.")
    code, out, _err = run(capsys, "tag", "-", "--dct", "2025-11-25")
    assert code == 0 and json.loads(out)["value"] == "2025-11-24"


def test_extract_reads_stdin(monkeypatch, capsys):
    stdin(monkeypatch, "---\npublished: 2025-11-17\nsource: Wire\n---\n"
                       "The US Navy deployed the carrier to the Caribbean on Sunday.\n")
    code, out, err = run(capsys, "extract", "-", "--csv", "-")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["date"] == "2025-11-16" and rows[0]["source"] == "Wire"
    stdin(monkeypatch, "No date here.")
    code, out, err = run(capsys, "extract", "-", "--csv", "-")
    assert code == 1 and "<stdin>: no publication date: give --published" in err


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "t.db"
    a = article(1)
    rows = [event(a, "e1", date=D(2025, 9, 1), actors=("China", "Nicolás Maduro"), category="force"),
            event(a, "e2", date=D(2025, 9, 2), actors=("Chile",), category="diplomacy")]
    with Store(path) as store:
        store.ingest([a], extract=extractor({a.id: rows}))
    return path


def test_export_matches_actors_and_categories_whatever_their_case(store_path, capsys):
    code, out, err = run(capsys, "export", "--db", str(store_path), "--csv", "-", "--actor", "china",
                         "--category", "FORCE")
    assert code == 0, err
    assert [r["summary"] for r in csv.DictReader(io.StringIO(out))] == ["e1 happened"]
    code, out, _ = run(capsys, "export", "--db", str(store_path), "--csv", "-", "--actor", "nicolas maduro")
    assert [r["summary"] for r in csv.DictReader(io.StringIO(out))] == ["e1 happened"]


def test_export_of_an_unknown_name_says_so_with_the_closest_and_writes_nothing(store_path, tmp_path, capsys):
    out_file = tmp_path / "out.csv"
    code, out, err = run(capsys, "export", "--db", str(store_path), "--csv", str(out_file), "--actor", "Chna",
                         "--category", "forse")
    assert code == 1 and not out_file.exists()
    lines = err.splitlines()
    assert lines[0].startswith("error: --actor no actor 'Chna' here; closest: China")
    assert lines[1] == "error: --category no category 'forse' here; closest: force"


def test_match_names_folds_case_and_accents_and_suggests():
    matched, unknown = match_names(["CHINA", "nicolas maduro", "Venezuala"],
                                   ["China", "Nicolás Maduro", "Venezuela", "Chile"])
    assert matched == ("China", "Nicolás Maduro")
    assert [u.value for u in unknown] == ["Venezuala"] and unknown[0].closest[0] == "Venezuela"

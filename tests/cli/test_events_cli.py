"""`python -m timeline extract FILES... --csv OUT.csv [--json OUT.json]`: the table, one summary line,
bad files reported one line each with exit 1 while the good ones are still processed."""
from __future__ import annotations

import csv
import json
import os

from timeline import cli
from timeline.records import COLUMNS

ARTICLE = """---
title: =HYPERLINK("http://evil.example","Carrier arrives")
published: 2025-11-17
---
The USS Gerald R. Ford arrived in the Caribbean on November 16, the US Navy said.

The FAA warned airlines on Friday of a dangerous situation over Venezuela.
"""


def test_extract_writes_csv_and_json_and_summarises(tmp_path, capsys) -> None:
    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    out_csv, out_json = tmp_path / "t.csv", tmp_path / "t.json"
    status = cli.main(["extract", str(src), "--csv", str(out_csv), "--json", str(out_json)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.strip() == "1 article(s), 2 event(s), 3 actor(s)"   # the Navy only tells of the arrival
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8", newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["date"], r["category"]) for r in rows] == [("2025-11-14", "threat"), ("2025-11-16", "deployment")]
    assert all(r["title"].startswith("'=HYPERLINK") for r in rows)
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert [d["event_id"] for d in data] == [r["event_id"] for r in rows]
    assert data[1]["sources"][0]["date_text"] == "November 16"
    assert sorted(os.listdir(tmp_path)) == ["a.md", "t.csv", "t.json"]


def test_bad_files_are_reported_and_good_ones_still_extracted(tmp_path, capsys) -> None:
    good = tmp_path / "good.md"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    out_csv = tmp_path / "t.csv"
    status = cli.main(["extract", str(empty), str(good), str(binary), str(tmp_path / "missing.md"),
                       "--csv", str(out_csv)])
    out, err = capsys.readouterr()
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines)
    assert any(str(empty) in line for line in lines) and any("missing.md" in line for line in lines)
    assert "Traceback" not in err
    assert out.startswith("1 article(s), 2 event(s)")
    assert len(list(csv.DictReader(out_csv.open(encoding="utf-8")))) == 2


def test_published_option_dates_files_without_front_matter(tmp_path, capsys) -> None:
    src = tmp_path / "plain.txt"
    src.write_text("The Pentagon ordered the carrier to the Caribbean on Friday.", encoding="utf-8")
    out_csv = tmp_path / "t.csv"
    assert cli.main(["extract", str(src), "--csv", str(out_csv), "--published", "2025-10-25"]) == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [(r["date"], r["published"]) for r in rows] == [("2025-10-24", "2025-10-25")]


def test_unwritable_output_is_one_error_line(tmp_path, capsys) -> None:
    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    status = cli.main(["extract", str(src), "--csv", str(tmp_path / "no" / "such" / "dir.csv")])
    _out, err = capsys.readouterr()
    assert status == 1
    assert err.startswith("error: ") and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_no_loadable_article_leaves_the_old_output_alone(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("   \n", encoding="utf-8")
    out_csv = tmp_path / "t.csv"
    out_csv.write_text("previous table\n", encoding="utf-8")
    assert cli.main(["extract", str(empty), "--csv", str(out_csv)]) == 1
    _out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 2 and "not written" in err
    assert out_csv.read_text(encoding="utf-8") == "previous table\n"


HOSTILE_DATES = ARTICLE.replace("November 16", "Nov\u200b. 16").replace("Friday", "Fr\u00adiday")


def test_extract_dates_events_told_with_invisible_characters_in_the_date(tmp_path, capsys) -> None:
    """Issue 16, item 7: a zero-width space or soft hyphen inside a date no longer loses it."""
    src = tmp_path / "a.md"
    src.write_text(HOSTILE_DATES, encoding="utf-8")
    out_csv, out_json = tmp_path / "t.csv", tmp_path / "t.json"
    assert cli.main(["extract", str(src), "--csv", str(out_csv), "--json", str(out_json)]) == 0, capsys.readouterr()
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8", newline="")))
    assert [(r["date"], r["category"], r["date_text"]) for r in rows] == [
        ("2025-11-14", "threat", "Fr\u00adiday"), ("2025-11-16", "deployment", "Nov\u200b. 16")]
    source = json.loads(out_json.read_text(encoding="utf-8"))[1]["sources"][0]
    assert source["sentence"][source["date_start"]:source["date_end"]] == "Nov\u200b. 16"

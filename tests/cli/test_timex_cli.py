"""`python -m timeline tag`: one JSON object per time expression; DCT from front matter or --dct."""
from __future__ import annotations

import json

from timeline import cli


def test_tag_reads_dct_from_front_matter(tmp_path, capsys):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: T\npublished: 2025-11-25\n---\nThis Monday, they met. Eight days prior, he spoke.\n")
    assert cli.main(["tag", str(f)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["value"] for r in rows] == ["2025-11-24", "2025-11-16"]
    assert rows[1]["anchor"] == "narrative" and rows[1]["interval"] == ["2025-11-16", "2025-11-16"]
    assert set(rows[0]) >= {"start", "end", "text", "type", "value", "mod", "anchor", "anchor_start",
                            "anchor_end", "interval"}


def test_tag_plain_text_with_dct(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("The ships arrived yesterday.")
    assert cli.main(["tag", str(f), "--dct", "2025-11-25"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["text"] == "yesterday" and rows[0]["value"] == "2025-11-24"


def test_tag_without_any_date_is_one_line_error(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("The ships arrived yesterday.")
    assert cli.main(["tag", str(f)]) == 1
    err = capsys.readouterr().err
    assert "a.txt" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_tag_missing_file(tmp_path, capsys):
    assert cli.main(["tag", str(tmp_path / "nope.md"), "--dct", "2025-01-01"]) == 1
    assert "no such file" in capsys.readouterr().err

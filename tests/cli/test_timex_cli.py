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


def test_tag_output_keeps_one_object_per_line_whatever_separators_the_text_holds(tmp_path, capsys):
    """Issue 16, item 7: U+2028/U+2029/U+0085 inside a string are escaped, so str.splitlines (and
    JavaScript's line readers) still see one object per line."""
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 2025-11-25\n---\nShips arrived on November\u202816.\u2029They left\x85on "
                 "Nov.\u2028 20 and \u2028returned on Monday.\n", encoding="utf-8")
    assert cli.main(["tag", str(f)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\u2028\u2029\x85")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("November\u202816", "2025-11-16"),
                                                        ("Nov.\u2028 20", "2025-11-20"), ("Monday", "2025-11-24")]
    assert len(out.splitlines()) == len(out.split("\n")) - 1 == 3


def test_tag_finds_dates_with_invisible_characters_and_reports_original_offsets(tmp_path, capsys):
    f = tmp_path / "a.md"
    body = "Ships arrived on Nov\u200b. 16 and on N\u043evember \uff11\uff17.\x00\n"
    f.write_text("---\npublished: 2025-11-25\n---\n" + body, encoding="utf-8")
    assert cli.main(["tag", str(f)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = body.replace("\x00", "").strip()  # NUL bytes are removed from the article
    assert [(r["value"], text[r["start"]:r["end"]]) for r in rows] == [
        ("2025-11-16", "Nov\u200b. 16"), ("2025-11-17", "N\u043evember \uff11\uff17")]

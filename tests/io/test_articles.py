"""Article loading on good input (issue 2's article format) and the article identity rules."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import unicodedata

import pytest

from timeline.io import articles as art
from timeline.records import Article

BODY = "The USS Gerald R. Ford arrived in the Caribbean on Sunday.\n\nTrump said talks were possible."
FRONT = ("---\ntitle: US carrier reaches the Caribbean\nsource: Example Wire\npublished: 2025-11-17\n"
         "url: https://example.org/carrier\n---\n")


def only(result: art.LoadResult) -> Article:
    assert not result.errors, [str(e) for e in result.errors]
    assert len(result.articles) == 1
    return result.articles[0]


def test_front_matter_fields_become_the_article():
    a = only(art.parse_bytes("carrier.md", (FRONT + BODY + "\n").encode()))
    assert (a.title, a.source, a.url) == ("US carrier reaches the Caribbean", "Example Wire",
                                          "https://example.org/carrier")
    assert a.published == dt.date(2025, 11, 17) and a.published_at is None
    assert a.text == BODY
    assert a.origin == "carrier.md"


def test_front_matter_tolerates_quotes_comments_case_and_leading_blank_lines():
    text = ("\n\n---\n# a comment\nTitle: \"Quoted: with colon\"\n\nPUBLISHED: '2025-11-17'\n"
            "url: https://e.org/x?a=b:c\n---\n" + BODY)
    a = only(art.parse_bytes("q.md", text.encode()))
    assert a.title == "Quoted: with colon"
    assert a.published == dt.date(2025, 11, 17)
    assert a.url == "https://e.org/x?a=b:c"


@pytest.mark.parametrize("stamp,day,utc", [
    ("2025-11-16T23:30:00-05:00", dt.date(2025, 11, 16), dt.datetime(2025, 11, 17, 4, 30)),
    ("2025-11-17 08:30:00+01:00", dt.date(2025, 11, 17), dt.datetime(2025, 11, 17, 7, 30)),
    ("2025-11-17T08:30Z", dt.date(2025, 11, 17), dt.datetime(2025, 11, 17, 8, 30)),
])
def test_published_with_time_and_zone_keeps_the_local_day(stamp, day, utc):
    a = only(art.parse_bytes("t.md", f"---\npublished: {stamp}\n---\n{BODY}".encode()))
    assert a.published == day
    assert a.published_at.utcoffset() is not None
    assert a.published_at.astimezone(dt.timezone.utc).replace(tzinfo=None) == utc


def test_published_with_time_but_no_zone():
    a = only(art.parse_bytes("t.md", f"---\npublished: 2025-11-17T06:00\n---\n{BODY}".encode()))
    assert a.published_at == dt.datetime(2025, 11, 17, 6, 0) and a.published == dt.date(2025, 11, 17)


def test_default_published_only_when_the_file_lacks_a_date():
    default = dt.date(2025, 9, 2)
    bare = only(art.parse_bytes("bare.txt", BODY.encode(), default))
    assert bare.published == default
    dated = only(art.parse_bytes("dated.md", (FRONT + BODY).encode(), default))
    assert dated.published == dt.date(2025, 11, 17)
    empty_key = only(art.parse_bytes("e.md", f"---\ntitle: T\npublished:\n---\n{BODY}".encode(), default))
    assert empty_key.published == default
    wrong = art.parse_bytes("w.md", f"---\npublished: 2025-02-30\n---\n{BODY}".encode(), default)
    assert not wrong.articles and "'2025-02-30' is not a valid ISO date" in str(wrong.errors[0])


def test_no_front_matter_and_no_default_asks_for_a_date():
    result = art.parse_bytes("bare.txt", BODY.encode())
    assert "no publication date" in str(result.errors[0]) and "--published" in str(result.errors[0])


def test_title_falls_back_to_the_first_line():
    a = only(art.parse_bytes("h.md", b"---\npublished: 2025-11-17\n---\n# Ships   head north\nBody text."))
    assert a.title == "Ships head north"


def test_article_is_a_frozen_dataclass_with_a_hex_id():
    a = only(art.parse_bytes("carrier.md", (FRONT + BODY).encode()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "changed"  # type: ignore[misc]
    assert len(a.id) == 16 and int(a.id, 16) >= 0


# ------------------------------------------------------------------ identity

def test_same_text_same_id_across_formats_and_metadata():
    md = only(art.parse_bytes("a.md", (FRONT + BODY).encode()))
    jsonl = only(art.parse_bytes("a.jsonl", json.dumps({"published": "2025-10-01", "text": BODY}).encode()))
    csv_text = 'title,published,text\nOther title,2025-11-18,"' + BODY.replace('"', '""') + '"\n'
    csv = only(art.parse_bytes("a.csv", csv_text.encode()))
    assert md.id == jsonl.id == csv.id


def test_whitespace_and_unicode_normal_form_do_not_change_the_id():
    a = Article(text="Caf\u00e9 talks  begin\non Monday.", published=dt.date(2025, 11, 17))
    b = Article(text=unicodedata.normalize("NFD", " Caf\u00e9 talks begin on\tMonday. "),
                    published=dt.date(2025, 11, 17))
    assert a.id == b.id


def test_an_edited_text_gets_a_different_id():
    a = Article(text="Eight warships were sent.", published=dt.date(2025, 8, 20))
    b = Article(text="Nine warships were sent.", published=dt.date(2025, 8, 20))
    c = Article(text="eight warships were sent.", published=dt.date(2025, 8, 20))
    assert len({a.id, b.id, c.id}) == 3


# ------------------------------------------------------------------ collections

def test_csv_with_multiline_cells_reports_rows_by_their_first_line():
    data = ('title,published,text\n'
            'A,2025-11-17,"first line\nsecond line"\n'
            'B,2025-13-01,bad date\n'
            'C,2025-11-18,ok\n').encode()
    result = art.parse_bytes("multi.csv", data)
    assert [a.title for a in result.articles] == ["A", "C"]
    assert result.articles[0].text == "first line\nsecond line"
    assert [a.origin for a in result.articles] == ["multi.csv:2", "multi.csv:5"]
    assert [e.line for e in result.errors] == [4]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_with_semicolons_or_tabs(delimiter):
    data = delimiter.join(["published", "text"]) + "\n" + delimiter.join(["2025-11-17", "Hello, world"]) + "\n"
    assert only(art.parse_bytes("eu.csv", data.encode("utf-8-sig"))).text == "Hello, world"


def test_csv_without_published_column_needs_the_default():
    data = b"title,text\nA,Some text.\n"
    assert "no 'published' column" in str(art.parse_bytes("d.csv", data).errors[0])
    assert only(art.parse_bytes("d.csv", data, dt.date(2025, 9, 1))).published == dt.date(2025, 9, 1)


def test_csv_header_problems():
    assert "repeats column 'text'" in str(art.parse_bytes("d.csv", b"text,text\na,b\n").errors[0])
    assert "header but no rows" in str(art.parse_bytes("h.csv", b"published,text\n").errors[0])


def test_jsonl_blank_lines_count_for_line_numbers():
    data = ('\n{"published": "2025-11-17", "text": "one"}\n\n{"published": "soon", "text": "two"}\n').encode()
    result = art.parse_bytes("n.ndjson", data)
    assert [a.origin for a in result.articles] == ["n.ndjson:2"]
    assert str(result.errors[0]).startswith("n.ndjson, line 4: publication date 'soon'")


def test_decode_is_public_and_normalises_line_endings():
    assert art.decode("x.md", b"\xef\xbb\xbfa\r\nb\rc\x00d") == "a\nb\ncd"
    with pytest.raises(art.ArticleError, match=r"^x\.md: not UTF-8"):
        art.decode("x.md", "caf\u00e9".encode("cp1252"))


def test_make_article_accepts_a_date_object():
    a = art.make_article("rec", {"text": "x", "published": dt.date(2025, 11, 17)})
    assert a.published == dt.date(2025, 11, 17)


# ------------------------------------------------------------------ files and folders

def write(path, text="", published="2025-11-17"):
    path.write_text(f"---\npublished: {published}\n---\n{text or path.name}\n", encoding="utf-8")
    return path


def test_folder_expands_to_its_supported_files(tmp_path):
    for name in ["b.md", "a.txt", "c.jsonl", "d.csv", "README.md", ".hidden.md", "image.png", "NOTES"]:
        write(tmp_path / name)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "inner.md")
    names = [p.name for p in art.expand_paths([tmp_path])]
    assert names == ["a.txt", "b.md", "c.jsonl", "d.csv"]


def test_a_file_named_twice_is_loaded_once(tmp_path):
    one = write(tmp_path / "one.md")
    assert art.expand_paths([tmp_path, one]) == [one]


def test_load_paths_reports_missing_files_empty_folders_and_goes_on(tmp_path):
    good = write(tmp_path / "good.md", "Fine text.")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = art.load_paths([tmp_path / "missing.md", empty, good])
    assert [a.text for a in result.articles] == ["Fine text."]
    assert sorted(str(e) for e in result.errors) == sorted([
        f"{tmp_path / 'missing.md'}: no such file",
        f"{empty}: folder has no article files (.txt, .md, .jsonl, .csv)"])


def test_load_file_refuses_folders(tmp_path):
    assert str(art.load_file(tmp_path).errors[0]) == f"{tmp_path}: is a folder, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_load_file_never_blocks_on_a_pipe(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert "not a regular file" in str(art.load_file(fifo).errors[0])


def test_a_paste_with_one_line_break_per_paragraph_is_read_in_paragraphs() -> None:
    pasted = "On Recent Events in Tripoli\nPress Statement\nFebruary 10, 2017\nThe US is concerned.\nWe call for calm."
    assert art.paragraphed(pasted).split("\n\n") == pasted.split("\n")
    # a text with blank lines keeps its own paragraphs; a text wrapped at a width is prose, not paragraphs
    kept = "First paragraph.\n\nSecond paragraph,\nwith a line break inside."
    assert art.paragraphed(kept) == kept
    wrapped = ("The ministry said on Monday that talks would resume\nnext week in Geneva, where envoys of both\n"
               "sides met last month.")
    assert art.paragraphed(wrapped) == wrapped
    assert art.paragraphed("One line only.") == "One line only."

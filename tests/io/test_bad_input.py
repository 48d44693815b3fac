"""Issue 7, bad input: every case answered with one clear error naming the file (and line), the
other files still processed. Each case runs through `parse_bytes` (what the dashboard upload
calls) and through the CLI (`python -m timeline check`, exit status 1)."""
from __future__ import annotations

import datetime as dt
import json
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.io import articles as art
from timeline.records import Article
from timeline import cli

FM = "---\ntitle: {title}\nsource: Example Wire\npublished: {published}\nurl: https://example.org/a\n---\n"
BODY = "The USS Gerald R. Ford arrived in the Caribbean on Sunday, officials said.\n"


def article_bytes(body: str = BODY, published: str = "2025-11-17", title: str = "Carrier arrives",
                  encoding: str = "utf-8") -> bytes:
    return (FM.format(title=title, published=published) + body).encode(encoding)


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
RANDOM_BYTES = random.Random(7).randbytes(4096)
FIVE_MB = ("Ships moved north on Sunday. " * 180_000).encode()   # ~5.2 MB of ordinary text
LONG_LINE = ("word " * 60_000).encode()                             # 300,000 characters, no newline

GOOD_CSV_ROW = '"Talks",Wire,2025-11-16,https://e.org/t,"Trump said talks with Maduro were possible."'
GOOD_CSV_ROW_2 = 'Talks,2025-11-16,"Envoys met in Caracas, officials said."'
GOOD_JSONL = json.dumps({"title": "FAA warning", "published": "2025-11-21", "text": "The FAA warned airlines."})

# (case id, file name, bytes, words expected in the error, line of the error, good articles in the file)
CASES = [
    ("empty", "empty.md", b"", "empty file", None, 0),
    ("whitespace", "blank.md", b"  \n\t\n   \r\n", "whitespace only", None, 0),
    ("front-matter-only", "fm_only.md", FM.format(title="T", published="2025-11-17").encode(),
     "front matter only", None, 0),
    ("png-as-md", "image.md", PNG_HEADER, "PNG image", None, 0),
    ("png-suffix", "photo.png", PNG_HEADER, "unsupported file type '.png'", None, 0),
    ("random-bytes", "noise.txt", RANDOM_BYTES, "not a text file", None, 0),
    ("latin-1", "latin1.md", article_bytes("Caf\u00e9 in Caracas.\n", encoding="latin-1"),
     "not UTF-8 text (byte 0xe9 at line 7, column 4", None, 0),
    ("utf-16-no-bom", "utf16.md", article_bytes(encoding="utf-16-le"), "UTF-16 text without a byte-order mark",
     None, 0),
    ("no-date", "nodate.md", b"---\ntitle: No date\n---\n" + BODY.encode(), "no publication date", None, 0),
    ("date-under-other-key", "datekey.md", b"---\ndate: 2025-11-17\n---\n" + BODY.encode(),
     "found 'date' but the key must be 'published'", None, 0),
    ("impossible-date", "baddate.md", article_bytes(published="2025-13-45"),
     "publication date '2025-13-45' is not a valid ISO date", None, 0),
    ("word-date", "yesterday.md", article_bytes(published="yesterday"),
     "publication date 'yesterday' is not a valid ISO date", None, 0),
    ("future-date", "future.md", article_bytes(published="2999-01-01"), "2999-01-01 is in the future", None, 0),
    ("unclosed-front-matter", "unclosed.md", b"---\ntitle: T\npublished: 2025-11-17\n" + BODY.encode(),
     "malformed front matter: the '---' on line 1 is never closed", None, 0),
    ("duplicate-key", "dupkey.md", b"---\ntitle: A\ntitle: B\npublished: 2025-11-17\n---\n" + BODY.encode(),
     "duplicate key 'title'", 3, 0),
    ("csv-no-text-column", "notext.csv", b"title,published\nA,2025-11-17\n", "CSV has no 'text' column", 1, 0),
    ("csv-ragged-row", "ragged.csv",
     f"title,source,published,url,text\n{GOOD_CSV_ROW}\nOnly,three,fields\n{GOOD_CSV_ROW}\n".encode(),
     "ragged row: 3 fields where the header has 5", 3, 2),
    ("csv-bad-date-row", "rowdate.csv",
     f"title,source,published,url,text\n{GOOD_CSV_ROW}\nT,S,2025-02-30,u,Some text here.\n".encode(),
     "'2025-02-30' is not a valid ISO date", 3, 1),
    # issue 16: a quote left open used to swallow every later row into one article, silently
    ("csv-unclosed-quote", "unclosed.csv",
     b'title,published,text\nA,2025-11-17,"Cut short\nB,2025-11-18,Second row.\nC,2025-11-18,Third row.\n',
     "a quoted cell opens on this line and is never closed", 2, 2),
    ("csv-unclosed-quote-last-row", "lastrow.csv",
     f'title,published,text\n{GOOD_CSV_ROW_2}\nA,2025-11-17,"Cut short'.encode(),
     "is never closed: it runs to the end of the file", 3, 1),
    ("csv-stray-quote", "stray.csv",
     f'title,published,text\nA,2025-11-17,"Stray quote\nB,2025-11-18,"Quoted"\n{GOOD_CSV_ROW_2}\n'.encode(),
     "ends on line 3 at a quote followed by 'Q'", 2, 2),
    ("csv-cell-over-the-line-limit", "longcell.csv",
     ('title,published,text\nA,2025-11-17,"' + "line\n" * 10_000 + f'"\n{GOOD_CSV_ROW_2}\n').encode(),
     "runs over 10,001 lines (the limit is 10,000)", 2, 1),
    ("jsonl-broken-line", "broken.jsonl",
     f'{GOOD_JSONL}\n{{"title": "cut off", "text": "The \n{GOOD_JSONL}\n'.encode(), "invalid JSON", 2, 2),
    ("jsonl-duplicate-key", "dupkey.jsonl",
     f'{GOOD_JSONL}\n{{"text": "a", "text": "b", "published": "2025-11-17"}}\n'.encode(),
     "duplicate key 'text'", 2, 1),
    ("five-megabytes", "huge.md", article_bytes(FIVE_MB.decode()), "TIMELINE_MAX_ARTICLE_CHARS", None, 0),
    ("very-long-line", "longline.md", article_bytes(LONG_LINE.decode()), "over the limit of 200,000", None, 0),
]
IDS = [c[0] for c in CASES]


@pytest.mark.parametrize("case_id,name,data,expected,line,good", CASES, ids=IDS)
def test_parse_bytes_reports_the_case(case_id, name, data, expected, line, good):
    result = art.parse_bytes(name, data)
    assert isinstance(result, art.LoadResult)
    assert len(result.articles) == good
    assert len(result.errors) == 1
    err = result.errors[0]
    message = str(err)
    assert message.startswith(name)
    assert expected in message
    assert err.line == line
    if line is not None:
        assert message.startswith(f"{name}, line {line}: ")
    assert "\n" not in message


@pytest.mark.parametrize("case_id,name,data,expected,line,good", CASES, ids=IDS)
def test_cli_check_reports_the_case_and_processes_the_others(case_id, name, data, expected, line, good,
                                                            tmp_path, capsys):
    first, last = tmp_path / "a_first.md", tmp_path / "z_last.md"
    first.write_bytes(article_bytes(title="First good"))
    last.write_bytes(article_bytes(body="Another text.\n", title="Last good"))
    bad = tmp_path / name
    bad.write_bytes(data)

    status = cli.main(["check", str(first), str(bad), str(last)])

    out, err = capsys.readouterr()
    assert status == 1
    assert "First good" in out and "Last good" in out
    assert len(out.strip().splitlines()) == 2 + good
    error_lines = [l for l in err.splitlines() if l.startswith("error: ")]
    assert error_lines == [f"error: {bad}{f', line {line}' if line else ''}: {error_lines[0].split(': ', 2)[-1]}"]
    assert expected in error_lines[0]
    assert "Traceback" not in err


def test_dates_far_and_near_future(monkeypatch):
    today = dt.date.today()
    soon = art.parse_bytes("soon.md", article_bytes(published=(today + dt.timedelta(days=1)).isoformat()))
    assert soon.articles and not soon.errors  # time zones: "tomorrow" somewhere is allowed
    month = art.parse_bytes("month.md", article_bytes(published=(today + dt.timedelta(days=30)).isoformat()))
    assert "in the future" in str(month.errors[0])
    monkeypatch.setenv("TIMELINE_FUTURE_TOLERANCE_DAYS", "60")
    assert art.parse_bytes("month.md", article_bytes(published=(today + dt.timedelta(days=30)).isoformat())).articles


def test_implausibly_old_date():
    result = art.parse_bytes("old.md", article_bytes(published="0001-01-01"))
    assert "implausibly old" in str(result.errors[0])


# ------------------------------------------------------------------ encodings that are decoded

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_byte_order_mark_is_decoded_honestly(encoding):
    body = "Se\u00f1al de Caracas \u2014 \u00abdi\u00e1logo\u00bb, said Maduro \U0001F6A2.\n"
    data = article_bytes(body, encoding=encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    result = art.parse_bytes("bom.md", data)
    assert not result.errors
    assert result.articles[0].text == body.strip()
    assert result.articles[0].title == "Carrier arrives"


def test_broken_utf16_after_a_bom_is_refused():
    result = art.parse_bytes("cut.md", article_bytes(encoding="utf-16")[:-1])
    assert "byte-order mark but is not valid UTF-16" in str(result.errors[0])


# ------------------------------------------------------------------ limits are configurable

def test_article_limit_is_configurable(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "6000000")
    result = art.parse_bytes("huge.md", article_bytes(FIVE_MB.decode()))
    assert not result.errors and len(result.articles[0].text) > 5_000_000
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "50")
    result = art.parse_bytes("small.md", article_bytes())
    assert "over the limit of 50 (set TIMELINE_MAX_ARTICLE_CHARS" in str(result.errors[0])


def test_long_line_under_the_limit_is_kept_and_titles_stay_short():
    line = "word " * 30_000  # 150,000 characters on one line, no title in front matter
    result = art.parse_bytes("oneline.md", b"---\npublished: 2025-11-17\n---\n" + line.encode())
    assert not result.errors
    assert result.articles[0].text == line.strip()
    assert len(result.articles[0].title) <= 120


def test_file_limit_is_configurable_for_uploads_and_files(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", "100")
    data = article_bytes()
    assert len(data) > 100
    assert "over the limit of 100 (set TIMELINE_MAX_FILE_BYTES" in str(art.parse_bytes("a.md", data).errors[0])
    path = tmp_path / "a.md"
    path.write_bytes(data)
    assert "TIMELINE_MAX_FILE_BYTES" in str(art.load_file(path).errors[0])


def test_a_bad_limit_setting_is_reported_not_raised(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "lots")
    result = art.parse_bytes("a.md", article_bytes())
    assert str(result.errors[0]) == "a.md: setting TIMELINE_MAX_ARTICLE_CHARS='lots' is not a whole number >= 0"


def test_csv_cells_longer_than_the_csv_module_default_still_load():
    text = "x " * 100_000  # 200,000 characters: over csv's 131,072 default field limit
    data = f'published,text\n2025-11-17,"{text}"\n2025-11-18,Short one.\n'.encode()
    result = art.parse_bytes("long.csv", data)
    assert not result.errors
    assert [len(a.text) for a in result.articles] == [len(text.strip()), len("Short one.")]


# ------------------------------------------------------------------ hostile text

def test_html_and_script_are_kept_as_plain_text():
    title = '<script>alert("t")</script><b>Bold</b>'
    body = '<img src=x onerror="alert(1)"> <script>document.cookie</script> &amp; text\n'
    article = art.parse_bytes("html.md", article_bytes(body, title=title)).articles[0]
    assert article.title == title
    assert article.text == body.strip()


def test_formula_cells_are_kept_verbatim_in_the_article():
    # Escaping happens at export (tests/test_export.py); the article keeps what was written.
    data = 'title,published,text\n"=HYPERLINK(""http://evil"",""x"")",2025-11-17,"=1+2 @SUM(A1) -3"\n'.encode()
    article = art.parse_bytes("formula.csv", data).articles[0]
    assert article.title == '=HYPERLINK("http://evil","x")'
    assert article.text == "=1+2 @SUM(A1) -3"


def test_null_bytes_are_stripped_everywhere():
    md = art.parse_bytes("nul.md", article_bytes("Ships\x00 arrived.\x00\n", title="Ti\x00tle")).articles[0]
    assert (md.text, md.title) == ("Ships arrived.", "Title")
    line = json.dumps({"title": "A\u0000B", "published": "2025-11-17", "text": "x\u0000y"})
    js = art.parse_bytes("nul.jsonl", line.encode()).articles[0]
    assert (js.text, js.title) == ("xy", "AB")


def test_control_characters_never_reach_one_line_fields():
    article = art.parse_bytes("ctl.md", article_bytes(title="Red\x1b[31m alert\x07")).articles[0]
    assert article.title == "Red[31m alert"


def test_rtl_zero_width_and_emoji_are_kept_and_the_id_ignores_zero_width():
    body = "\u202eRTL override \u0645\u0627\u062f\u0648\u0631\u0648 said \U0001F1FB\U0001F1EA \U0001F468\u200d\U0001F469\u200d\U0001F467 ok\n"
    plain = art.parse_bytes("rtl.md", article_bytes(body)).articles[0]
    assert plain.text == body.strip()
    sneaky = art.parse_bytes("rtl2.md", article_bytes(body.replace(" ", " \u200b\u2060\ufeff\u00ad"))).articles[0]
    assert "\u200b" in sneaky.text
    assert sneaky.id == plain.id


def test_crlf_files_and_crlf_front_matter_read_like_lf():
    lf = article_bytes("First line.\nSecond line.\n")
    crlf = lf.replace(b"\n", b"\r\n")
    a, b = art.parse_bytes("lf.md", lf).articles[0], art.parse_bytes("crlf.md", crlf).articles[0]
    assert (b.text, b.title, b.published, b.url) == (a.text, a.title, a.published, a.url)
    assert "\r" not in b.text and b.id == a.id
    old_mac = art.parse_bytes("cr.md", lf.replace(b"\n", b"\r")).articles[0]
    assert old_mac.text == a.text


def test_jsonl_line_separators_inside_strings_do_not_split_records():
    record = {"published": "2025-11-17", "text": "one\u2028two\u2029three\x85four"}
    data = json.dumps(record, ensure_ascii=False).encode()
    result = art.parse_bytes("sep.jsonl", data)
    assert not result.errors
    assert result.articles[0].text == record["text"]


@pytest.mark.parametrize("line,expected", [
    ('{"published": "2025-11-17", "text": "\\ud800 lone"}', "lone surrogate"),
    ('{"published": "2025-11-17", "text": ["a", "b"]}', "'text' must be a string, not a list"),
    ('{"published": "2025-11-17", "text": "ok", "title": {"a": 1}}', "'title' must be a string, not an object"),
    ('[{"published": "2025-11-17", "text": "ok"}]', "a JSON array? put one object per line"),
    ('{"published": "2025-11-17", "text": 1' + "0" * 5000 + "}", "invalid JSON"),
    ("[" * 50_000, "invalid JSON"),
])
def test_hostile_jsonl_lines_are_reported_per_line(line, expected):
    result = art.parse_bytes("hostile.jsonl", f"{GOOD_JSONL}\n{line}\n".encode())
    assert len(result.articles) == 1
    assert expected in str(result.errors[0]) and result.errors[0].line == 2


def test_file_names_with_control_characters_stay_on_one_line():
    result = art.parse_bytes("evil\nname\x1b.md", b"")
    message = str(result.errors[0])
    assert "\n" not in message and "\x1b" not in message
    assert message.startswith(art.display_name("evil\nname\x1b.md") + ": ")


# ------------------------------------------------------------------ never raises

NAMES = st.tuples(st.text(max_size=20),
                  st.sampled_from([".md", ".txt", ".csv", ".jsonl", ".ndjson", "", ".MD", ".png", ".json"])
                  ).map("".join)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3),
                           max_leaves=8)
RECORDS = st.fixed_dictionaries({}, optional={
    "text": st.one_of(st.text(max_size=60), JSON_VALUES),
    "published": st.one_of(st.sampled_from(["2025-11-17", "2025-13-45", "yesterday", "2999-01-01",
                                            "2025-11-17T08:30:00-05:00", ""]), JSON_VALUES),
    "title": st.one_of(st.text(max_size=20), JSON_VALUES)})
FIELD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def documents(draw) -> bytes:
    kind = draw(st.sampled_from(["bytes", "front", "jsonl", "csv"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "front":
        keys = draw(st.lists(st.sampled_from(["title", "published", "source", "url", "Date", "x y", ""]),
                             max_size=5))
        head = "".join(f"{k}: {draw(FIELD_TEXT)}\n" for k in keys)
        closing = draw(st.sampled_from(["---\n", "", "--- \r\n"]))
        text = f"---\n{head}{closing}{draw(FIELD_TEXT)}"
    elif kind == "jsonl":
        lines = draw(st.lists(st.one_of(RECORDS.map(json.dumps), FIELD_TEXT), max_size=4))
        text = "\n".join(lines)
    else:
        cells = st.text(alphabet=string.printable + "\"\u00e9\u202e", max_size=15)
        rows = draw(st.lists(st.lists(cells, max_size=6), max_size=4))
        header = draw(st.sampled_from(["title,published,text", "text", "published;text", "a,b"]))
        text = header + "\n" + "\n".join(",".join(r) for r in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, "replace")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, data=st.one_of(documents(), st.binary(max_size=200)),
       default=st.one_of(st.none(), st.dates(dt.date(1800, 1, 1), dt.date(2100, 1, 1))))
def test_parse_bytes_never_raises_and_names_the_file(name, data, default):
    result = art.parse_bytes(name, data, default)
    assert isinstance(result, art.LoadResult)
    assert result.articles or result.errors
    shown = art.display_name(name)
    for err in result.errors:
        assert isinstance(err, art.ArticleError)
        message = str(err)
        assert message.startswith(shown + ": ") or message.startswith(f"{shown}, line {err.line}: ")
        assert "\n" not in message and "\r" not in message
        assert "unexpected problem" not in message
    for article in result.articles:
        assert isinstance(article, Article)
        assert article.text.strip() and "\x00" not in article.text
        assert isinstance(article.published, dt.date)
        assert len(article.id) == 16
        article.text.encode("utf-8")  # storable: no lone surrogates


def test_text_of_only_invisible_characters_is_empty():
    result = art.parse_bytes("invisible.md", article_bytes("\u200b\u2060 \ufeff\u200d\n"))
    assert str(result.errors[0]) == "invisible.md: empty article: only invisible characters"


def test_errors_survive_pickling_for_caches_and_workers():
    import pickle

    err = art.parse_bytes("broken.jsonl", b"{oops\n").errors[0]
    copy = pickle.loads(pickle.dumps(err))
    assert (str(copy), copy.name, copy.line, copy.problem) == (str(err), "broken.jsonl", 1, err.problem)


# ------------------------------------------------------------------ extract: good files written, bad ones named

def test_extract_writes_the_good_files_and_reports_each_bad_one(tmp_path, capsys):
    import csv

    good = tmp_path / "good.md"
    good.write_bytes(article_bytes("The USS Gerald R. Ford arrived in the Caribbean on Sunday, the Pentagon said.\n",
                                   title='=HYPERLINK("http://evil","x")'))
    rows = tmp_path / "rows.csv"
    rows.write_text('title,published,text\nStrike,2025-09-03,"The United States struck a boat on Tuesday, '
                    'killing 11 people."\nbad,row\n', encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "latin1.md").write_bytes(article_bytes("Caf\u00e9 talks.\n", encoding="latin-1"))
    (tmp_path / "image.txt").write_bytes(PNG_HEADER)
    out = tmp_path / "out" / "timeline.csv"
    out.parent.mkdir()

    status = cli.main(["extract", str(tmp_path), "--csv", str(out)])

    stderr = capsys.readouterr().err
    assert status == 1
    errors = sorted(l for l in stderr.splitlines() if l.startswith("error: "))
    assert errors == [f"error: {tmp_path / 'empty.md'}: empty file (0 bytes)",
                      f"error: {tmp_path / 'image.txt'}: not a text file: looks like a PNG image",
                      f"error: {tmp_path / 'latin1.md'}: not UTF-8 text (byte 0xe9 at line 7, column 4; "
                      "Latin-1 or Windows-1252?): re-save it as UTF-8",
                      f"error: {rows}, line 3: ragged row: 2 fields where the header has 3"]
    with out.open(newline="", encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    good_ids = {a.id for a in art.load_paths([good, rows]).articles}
    assert len(good_ids) == 2
    assert {row["article_id"] for row in written} == good_ids
    # hostile title, end to end: kept as text, escaped in the written CSV
    assert {row["title"] for row in written} == {"'=HYPERLINK(\"http://evil\",\"x\")", "Strike"}


def test_bytes_after_a_utf16_mark_that_decode_to_noise_are_refused_not_garbled():
    # FF FE followed by bytes that happen to be valid UTF-16 (CJK and private-use code points):
    # decoding "succeeds" but the result is no article anyone wrote.
    noise = b"\xff\xfe" + bytes([0x41, 0x4E, 0x37, 0x92, 0x10, 0xE0, 0x99, 0x5B]) * 40
    result = art.parse_bytes("noise.csv", noise)
    assert not result.articles and len(result.errors) == 1
    message = str(result.errors[0])
    assert message.startswith("noise.csv: ") and "byte-order mark" in message and "readable text" in message
    # real UTF-16 text with a mark, accents and a few non-Latin words, still loads
    text = "---\npublished: 2025-11-17\n---\nCaracas — talks in Москва and 東京, ¿qué tal?\n"
    good = art.parse_bytes("ok.md", text.encode("utf-16"))
    assert not good.errors and good.articles[0].text.startswith("Caracas — talks")


def test_csv_quote_left_open_in_the_header_is_named():
    result = art.parse_bytes("head.csv", b'title,"published,text\nA,2025-11-17,Text\n')
    assert not result.articles
    assert str(result.errors[0]).startswith("head.csv, line 1: unreadable CSV header: a quoted cell opens")


def test_csv_quoted_cells_over_several_lines_still_load():
    # the checks above only look at rows spanning lines, and a well-closed cell passes them
    body = "First paragraph, with a comma.\n\nSecond \"\"quoted\"\" paragraph.\n"
    data = f'title,published,text\nA,2025-11-17,"{body}"\n{GOOD_CSV_ROW_2}\n"B",2025-11-18,"x"\n'.encode()
    result = art.parse_bytes("ok.csv", data)
    assert not result.errors
    assert [a.text for a in result.articles] == [body.strip().replace('""', '"'),
                                                 "Envoys met in Caracas, officials said.", "x"]


@pytest.mark.parametrize("data", [
    article_bytes("The carrier arrived on Sunday." + "\x00" * 40 + " Officials said so.\n"),
    article_bytes("The carrier arrived on Sunday. Officials said so.\n").replace(b"e", b"e\x00"),
    article_bytes("The carrier arrived on Sunday. Officials said so.\n" * 200).replace(b".", b".\x00"),
], ids=["a-run", "after-every-e", "after-every-sentence"])
def test_null_bytes_in_an_otherwise_good_article_are_removed_not_a_reason_to_refuse_it(data, tmp_path, capsys):
    """Issue 16, item 7: more than a few NUL bytes used to make the file 'binary data'."""
    (article,) = art.parse_bytes("nul.md", data).articles
    assert "\x00" not in article.text and article.text.startswith("The carrier arrived on Sunday.")
    path = tmp_path / "nul.md"
    path.write_bytes(data)
    assert cli.main(["check", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"{path}\t2025-11-17\t")


@pytest.mark.parametrize("data", [b"\x00" * 300, b"\x00\xff\xfe\x00\x81" * 100],
                         ids=["only-nul", "nul-and-not-utf8"])
def test_null_bytes_around_what_is_not_text_still_make_binary_data(data):
    assert "binary data" in str(art.parse_bytes("x.md", data).errors[0])

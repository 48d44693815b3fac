"""The one reader of the resource tables: comments, blank lines, line numbers, stripping."""
import pytest

from timeline.lang import tsv_rows


def test_rows_skip_comments_and_blank_lines_and_keep_line_numbers() -> None:
    text = "# header comment\n\nalias\tcanonical\n   # indented comment\n Rubio \tMarco Rubio\n"
    assert list(tsv_rows(text)) == [(3, ["alias", "canonical"]), (5, ["Rubio", "Marco Rubio"])]


def test_cells_kept_as_written_when_asked() -> None:
    assert list(tsv_rows("a \t b\n", strip=False)) == [(1, ["a ", " b"])]


def _lang_with(tmp_path, monkeypatch, files: dict[str, str]):
    from timeline import lang

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lang, "ROOT", tmp_path)
    lang.word_lists.cache_clear()
    lang.contexts.cache_clear()
    return lang


def test_word_lists_keep_table_order_and_maps_give_values(tmp_path, monkeypatch) -> None:
    lang = _lang_with(tmp_path, monkeypatch, {"w.tsv": "list\titems\tmeaning\nsuffixes\tations | ation | s\tends\n"
                                                        "offsets_map\tlast=-1 | next=1\tyears\n"})
    try:
        assert lang.word_lists("w.tsv")["suffixes"] == ("ations", "ation", "s")
        assert lang.words("w.tsv")["suffixes"] == {"ations", "ation", "s"}
        assert lang.word_maps("w.tsv") == {"offsets_map": {"last": "-1", "next": "1"}}
    finally:
        lang.word_lists.cache_clear()


def test_contexts_expand_word_lists_and_report_bad_rows(tmp_path, monkeypatch) -> None:
    lang = _lang_with(tmp_path, monkeypatch, {
        "w.tsv": "list\titems\tmeaning\nverbs\tsaid | told\treporting\n",
        "c.tsv": "name\tflags\tpattern\nreported\ti\t\\b{:verbs}\\s+\\Z\n",
        "bad.tsv": "name\tflags\tpattern\nbroken\t-\t{:nope}\n"})
    try:
        pattern = lang.contexts("c.tsv", lists=("w.tsv",))["reported"]
        assert pattern.pattern == r"\b(?:said|told)\s+\Z" and pattern.search("officials SAID ")
        with pytest.raises(lang.TableError, match=r"bad.tsv, line 2: unknown word list \{:nope\}"):
            lang.contexts("bad.tsv", lists=("w.tsv",))
    finally:
        lang.word_lists.cache_clear()
        lang.contexts.cache_clear()


def test_a_list_defined_twice_is_an_error(tmp_path, monkeypatch) -> None:
    lang = _lang_with(tmp_path, monkeypatch, {"w.tsv": "list\titems\tmeaning\na\tx | y\t.\na\tz\t.\n"})
    try:
        with pytest.raises(lang.TableError, match="line 3: list 'a' is defined twice"):
            lang.word_lists("w.tsv")
    finally:
        lang.word_lists.cache_clear()

"""The one reader of the resource tables: comments, blank lines, line numbers, stripping."""
from timeline.lang import tsv_rows


def test_rows_skip_comments_and_blank_lines_and_keep_line_numbers() -> None:
    text = "# header comment\n\nalias\tcanonical\n   # indented comment\n Rubio \tMarco Rubio\n"
    assert list(tsv_rows(text)) == [(3, ["alias", "canonical"]), (5, ["Rubio", "Marco Rubio"])]


def test_cells_kept_as_written_when_asked() -> None:
    assert list(tsv_rows("a \t b\n", strip=False)) == [(1, ["a ", " b"])]

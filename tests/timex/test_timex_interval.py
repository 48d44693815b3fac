"""interval() of each kind of value."""
import pytest

from tests.timex.timex_helpers import D, find
from timeline.timex import Timex

DCT = D(2025, 11, 25)


@pytest.mark.parametrize("text, expr, first, last", [
    ("It came on November 16.", "November 16", D(2025, 11, 16), D(2025, 11, 16)),
    ("It came last week.", "last week", D(2025, 11, 17), D(2025, 11, 23)),
    ("It came last month.", "last month", D(2025, 10, 1), D(2025, 10, 31)),
    ("It came in February 2024.", "February 2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("It came in the fourth quarter of 2024.", "the fourth quarter of 2024", D(2024, 10, 1), D(2024, 12, 31)),
    ("It came in the winter of 2024.", "winter of 2024", D(2024, 12, 1), D(2025, 2, 28)),
    ("It came in summer 2023.", "summer 2023", D(2023, 6, 1), D(2023, 8, 31)),
    ("It came in 2019.", "2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("It came in the 1990s.", "1990s", D(1990, 1, 1), D(1999, 12, 31)),
    ("It comes this weekend, they say.", "this weekend", D(2025, 11, 29), D(2025, 11, 30)),
    ("It came this weekend.", "this weekend", D(2025, 11, 22), D(2025, 11, 23)),
    ("It came earlier this month.", "earlier this month", D(2025, 11, 1), D(2025, 11, 25)),
    ("It came earlier this week.", "earlier this week", D(2025, 11, 24), D(2025, 11, 25)),
    ("It came in late January.", "late January", D(2025, 1, 21), D(2025, 1, 31)),
    ("It came in early March.", "early March", D(2025, 3, 1), D(2025, 3, 10)),
    ("It has been so since September.", "September", D(2025, 9, 1), D(2025, 11, 25)),
    ("More ships come in the coming days.", "the coming days", D(2025, 11, 26), D(2025, 12, 2)),
    ("More ships come over the next two weeks.", "the next two weeks", D(2025, 11, 26), D(2025, 12, 9)),
    ("It is tense now.", "now", D(2025, 11, 25), D(2025, 11, 25)),
    ("They met on Sunday night.", "Sunday night", D(2025, 11, 23), D(2025, 11, 23)),
])
def test_interval(text, expr, first, last):
    assert find(text, expr, DCT).interval() == (first, last)


@pytest.mark.parametrize("text, expr", [
    ("It lasted three days.", "three days"),
    ("They meet every week.", "every week"),
    ("It happened recently.", "recently"),
    ("It will matter in the future.", "the future"),
])
def test_no_interval(text, expr):
    assert find(text, expr, DCT).interval() is None


def test_interval_of_unknown_values_is_none():
    t = Timex(0, 3, "day", "DATE", "XXXX-XX-XX", dct=DCT)
    assert t.interval() is None
    assert Timex(0, 3, "day", "DATE", "1998-10-XX").interval() == (D(1998, 10, 1), D(1998, 10, 31))

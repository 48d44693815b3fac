"""False positives (issue 12, class 6): decimals and index levels are not years ("fell 26.23 points to
1678.5", "closed at 1750"), nor are counts against counts ("a vote of 1620 to 80"); programme titles are
not times (ABC's "This Week", NBC's "Today" show, "60 Minutes"); fractions are not quarters
("three-quarters of their food"); and what TimeML writes as one expression is tagged once ("a year ago
this month", "4 p.m. EDT Friday"), with the years that are real kept ("1989 levels", "the summer of
1987").

Sentences written for this test in the style of 1989 and 2013 wire news (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import D, check
from timeline.timex import tag

CASES = [
    (D(1989, 10, 25), 'The Dow Jones Industrial Average fell 26.23 points to 1678.5 in heavy trading.',
     [('1678.5', None)]),
    (D(1989, 10, 25), 'The Nikkei index closed at 1950.12, down 3.2 points.',
     [('1950.12', None)]),
    (D(1989, 10, 25), 'The index closed at 1750, up 12 points.',
     [('1750', None)]),
    (D(1989, 10, 25), "The Standard & Poor's 500 index rose to 1,678.5.",
     [('1,678.5', None)]),
    (D(1989, 10, 25), 'Secretary Baker appeared on ABC\'s "This Week With David Brinkley" on Sunday.',
     [('This Week', None), ('Sunday', '1989-10-22')]),
    (D(1989, 10, 25), 'He told NBC\'s "Today" show that talks would resume.',
     [('Today', None)]),
    (D(1989, 10, 25), 'The network\'s "60 Minutes" program aired the interview.',
     [('60 Minutes', None)]),
    (D(1989, 10, 25), 'The refugees depend on aid for three-quarters of their food.',
     [('three-quarters', None)]),
    (D(1989, 10, 25), 'Imports account for three quarters of the market.',
     [('three quarters', None)]),
    (D(1989, 10, 25), 'Nearly two-thirds of the vote and a quarter of the seats went to the party.',
     [('a quarter', None)]),
    (D(2025, 4, 30), 'Talks between the government and the Alliance Fleuve Congo/March 23rd (AFC/M23) movement resumed.',
     [('March 23rd', None)]),
    (D(2025, 4, 30), 'The rebels of the March 23 Movement seized Goma on January 27.',
     [('March 23', None), ('January 27', '2025-01-27')]),
    (D(1989, 10, 25), 'This week the president will travel to Asia.',
     [('This week', '1989-W43')]),
    (D(1989, 10, 25), "The company's shares, which traded at 1989 levels, fell.",
     [('1989', '1989')]),
    (D(1989, 10, 25), 'The governor spoke at 1450 Main Street.',
     [('1450', None)]),
    (D(1989, 10, 25), 'Flight 1907 landed safely.',
     [('1907', None)]),
    (D(2012, 11, 22), 'It is in direct contravention of UN Security Council 2076, which demands that support cease.',
     [('2076', None)]),
    (D(2017, 1, 5), 'Israel is in breach of UNSCR 2334 and of resolution 1701.',
     [('2334', None), ('1701', None)]),
    (D(1989, 10, 25), 'About 1,900 workers were laid off.',
     [('1,900', None)]),
    (D(1989, 10, 25), 'The bill passed by a vote of 1620 to 80.',
     [('1620', None)]),
    (D(1989, 10, 25), 'The ship weighs 1800 tons.',
     [('1800', None)]),
    (D(1989, 10, 25), 'Temperatures reached 1,200 degrees.',
     [('1,200', None)]),
    (D(2013, 5, 14), 'The S&P 500 closed at 1,633.70, and the Nasdaq rose 0.5 percent to 3,462.61.',
     [('1,633.70', None)]),
    (D(2013, 5, 14), 'The yen weakened to 102.15 per dollar.',
     [('102.15', None)]),
    (D(2013, 5, 14), 'Gold fell to $1,425.50 an ounce.',
     [('1,425.50', None)]),
    (D(2013, 5, 14), 'The FTSE 100 index of leading British shares closed up 0.3 percent at 6,686.',
     [('6,686', None)]),
    (D(1989, 10, 25), 'Trading will halt at 4 p.m. EDT Friday.',
     [('4 p.m. EDT Friday', '1989-10-27T16:00')]),
    (D(1989, 10, 25), 'Sales rose 5% in the week ended Oct. 21.',
     [('Oct. 21', '1989-10-21')]),
    (D(1989, 10, 25), 'Profit was up a year ago this month as well.',
     [('a year ago this month', '1988-10')]),
    (D(1989, 10, 25), 'Shares fell on the night of Oct. 19.',
     [('the night of Oct. 19', '1989-10-19')]),
    (D(1989, 10, 25), 'By this time next year, the plant will be running.',
     [('next year', '1990')]),
    (D(1989, 10, 25), 'The summer of 1987 was the hottest on record.',
     [('summer of 1987', '1987-SU')]),
    (D(1989, 10, 25), 'Late Friday night, the board approved the sale.',
     [('Friday night', '1989-10-20TNI')]),
    (D(1989, 10, 20), 'The rally was the biggest since Oct. 21, 1987, two days after the crash of Black Monday.',
     [('Oct. 21, 1987', '1987-10-21'), ('Monday', None)]),
]


@pytest.mark.parametrize("dct, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_false_positives(dct, text, expected):
    check(text, dct, expected)


def test_a_un_panel_or_committee_named_by_its_resolution_number_is_no_year():
    dct = D(2025, 2, 18)
    assert tag("The council renewed the 1591 Panel of Experts and the 1267 Committee.", dct) == []
    assert [t.value for t in tag("the 2014 invasion of Crimea", dct)] == ["2014"]

"""Reporting periods in business and economic news (issue 12, class 1): a year-ago comparison is
shifted once from the period just named; "the 1988 second quarter", "this year's third quarter" and
"the year-ago second quarter" are one expression each and keep their year; "the full year", "for the
year", "the year ended March 31", "the week ended March 9", "the latest quarter", "the coming quarters", "year end".

Sentences written for this test in the style of 1989-1998 and 2013 wire news (not taken from any
corpus). Values follow the TimeML guidelines; a fiscal year is named by the calendar year it ends in.
"""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import D, check

CASES = [
    (D(1989, 10, 25), 'Net income rose 12% to $45 million, or 80 cents a share, in the third quarter from $40.2 million, or 71 cents a share, a year earlier.',
     [('the third quarter', '1989-Q3'), ('a year earlier', '1988-Q3')]),
    (D(1989, 10, 25), 'The company earned $12 million in the third quarter, compared with $9 million in the year-earlier period.',
     [('third quarter', '1989-Q3'), ('year-earlier period', '1988-Q3')]),
    (D(1989, 10, 25), 'Profit in the 1989 third quarter fell to $3 million from $5 million in the 1988 third quarter.',
     [('1989 third quarter', '1989-Q3'), ('1988 third quarter', '1988-Q3')]),
    (D(1989, 10, 25), "Revenue in this year's third quarter climbed 8% from last year's third quarter.",
     [("this year's third quarter", '1989-Q3'), ("last year's third quarter", '1988-Q3')]),
    (D(1989, 10, 25), "Revenue in this year's third quarter climbed 8% from a year earlier.",
     [("this year's third quarter", '1989-Q3'), ('a year earlier', '1988-Q3')]),
    (D(1989, 10, 25), 'For the full year, the company expects earnings of about $2 a share.',
     [('the full year', '1989')]),
    (D(1990, 1, 25), 'Fourth-quarter profit rose 5% from the year-earlier quarter, and full-year earnings rose 9%.',
     [('Fourth-quarter', '1989-Q4'), ('year-earlier quarter', '1988-Q4'), ('full-year', '1989')]),
    (D(1990, 2, 14), 'For the full year, net income fell 15% to $230 million.',
     [('the full year', '1989')]),
    (D(1989, 5, 15), 'Net income for the year ended March 31 was $56 million, up from $44 million the year before.',
     [('year', '1989'), ('March 31', '1989-03-31')]),
    (D(1989, 10, 25), 'Analysts expect sales to improve in the coming quarters.',
     [('the coming quarters', 'FUTURE_REF')]),
    (D(1989, 10, 25), 'Profit in the latest quarter fell 20% from the year-ago quarter.',
     [('the latest quarter', '1989-Q3'), ('year-ago quarter', '1988-Q3')]),
    (D(1989, 11, 8), 'In its latest quarter, the retailer said, sales rose 4%.',
     [('latest quarter', '1989-Q3')]),
    (D(1989, 11, 2), 'The company said it expects to complete the sale by year end.',
     [('year end', '1989')]),
    (D(1989, 10, 25), 'At year end, the bank had $3 billion in assets.',
     [('year end', '1988')]),
    (D(1989, 11, 2), 'Third-quarter net income fell 18% from a year ago.',
     [('Third-quarter', '1989-Q3'), ('a year ago', '1988-Q3')]),
    (D(1989, 10, 25), 'Sales in the 1988 second quarter were hurt by a strike.',
     [('1988 second quarter', '1988-Q2')]),
    (D(1989, 10, 25), 'Earnings in the second quarter of 1988 were $1.20 a share, compared with 90 cents a year earlier.',
     [('the second quarter of 1988', '1988-Q2'), ('a year earlier', '1987-Q2')]),
    (D(1989, 10, 25), 'In the fiscal year ended June 30, profit was $20 million, up from $15 million in fiscal 1988.',
     [('fiscal year', '1989'), ('June 30', '1989-06-30'), ('fiscal 1988', '1988')]),
    (D(1990, 2, 10), 'For all of 1989, profit fell 15%. For the year, sales rose 4%.',
     [('1989', '1989'), ('the year', '1989')]),
    (D(1989, 10, 25), "Last year's fourth-quarter results included a $12 million charge.",
     [("Last year's fourth-quarter", '1988-Q4')]),
    (D(1989, 11, 15), "In fiscal 1989's fourth quarter, which ended Sept. 30, the company lost $2 million.",
     [("fiscal 1989's fourth quarter", '1989-Q4'), ('Sept. 30', '1989-09-30')]),
    (D(1989, 10, 25), 'The company posted a loss for the first half of the year, but said the second half would be profitable.',
     [('first half of the year', '1989-H1'), ('the second half', '1989-H2')]),
    (D(1989, 8, 10), 'First-half earnings rose to $30 million from $24 million a year earlier.',
     [('First-half', '1989-H1'), ('a year earlier', '1988-H1')]),
    (D(1989, 10, 25), 'Results for the year-ago period were restated to reflect the sale of the unit.',
     [('year-ago period', '1988')]),
    (D(1998, 2, 12), 'Fourth-quarter revenue rose to $1.3 billion from $1.1 billion in the same period a year ago.',
     [('Fourth-quarter', '1997-Q4'), ('a year ago', '1996-Q4')]),
    (D(1998, 7, 21), 'The bank earned $410 million in the second quarter, up from $375 million in the 1997 quarter.',
     [('second quarter', '1998-Q2'), ('1997 quarter', '1997-Q2')]),
    (D(1989, 10, 25), "Third-quarter profit rose 20% from last year's $12 million, the company said.",
     [('Third-quarter', '1989-Q3'), ('last year', '1988')]),
    (D(1998, 4, 22), 'Profit for the quarter ended March 31 rose 9% from a year earlier.',
     [('quarter', '1998-Q1'), ('March 31', '1998-03-31'), ('a year earlier', '1997-Q1')]),
    (D(1989, 10, 25), "The company said it expects earnings in the fourth quarter and the full year to exceed last year's.",
     [('fourth quarter', '1989-Q4'), ('the full year', '1989'), ('last year', '1988')]),
    (D(1989, 12, 5), "The airline expects to report a loss for the current quarter and for 1990's first quarter.",
     [('current quarter', '1989-Q4'), ("1990's first quarter", '1990-Q1')]),
    (D(1989, 10, 25), "Earnings in the year's first nine months rose 14%.",
     [("the year's", None)]),
    (D(1990, 4, 18), 'First-quarter earnings fell to $88 million from $102 million in the year-earlier quarter, and revenue slipped 2% from a year ago.',
     [('First-quarter', '1990-Q1'), ('year-earlier quarter', '1989-Q1'), ('a year ago', '1989-Q1')]),
    (D(1989, 7, 20), 'Second-quarter profit jumped 40%. In the year-ago second quarter, the company took a charge of $30 million.',
     [('Second-quarter', '1989-Q2'), ('year-ago second quarter', '1988-Q2')]),
    (D(1989, 10, 25), 'Profit for the nine months was $120 million, up from $98 million a year earlier.',
     [('nine months', 'P9M'), ('a year earlier', '1988')]),
    (D(1989, 10, 25), 'September sales rose 6% from a year earlier, the company said.',
     [('September', '1989-09'), ('a year earlier', '1988-09')]),
    (D(1989, 10, 25), 'The index closed at 2645.08, up 1.67, and volume fell to 140 million shares from 160 million a day earlier.',
     [('a day earlier', '1989-10-24'), ('2645.08', None)]),
    (D(1998, 1, 8), 'For the fourth quarter, analysts expect earnings of 45 cents a share, compared with 40 cents in the 1996 period.',
     [('fourth quarter', '1997-Q4'), ('1996 period', '1996-Q4')]),
    (D(1998, 1, 8), "The company expects full-year 1998 earnings to be in line with analysts' forecasts.",
     [('1998', '1998')]),
    (D(1989, 3, 2), 'For 1988 as a whole, net income rose 8% to $1.2 billion from $1.1 billion in 1987.',
     [('1988', '1988'), ('1987', '1987')]),
    (D(2013, 4, 16), 'Earnings in the first quarter rose 7 percent from the year-earlier period, beating forecasts.',
     [('first quarter', '2013-Q1'), ('year-earlier period', '2012-Q1')]),
    (D(2013, 7, 19), 'Revenue for the quarter rose 4 percent from a year ago. For the full year, the company now expects revenue growth of 5 percent.',
     [('quarter', '2013-Q2'), ('a year ago', '2012-Q2'), ('the full year', '2013')]),
    (D(2013, 2, 5), 'Profit in the fourth quarter of 2012 fell 12 percent, and profit for the year rose 3 percent.',
     [('the fourth quarter of 2012', '2012-Q4'), ('the year', '2012')]),
    (D(2013, 3, 14), 'Separate data on Thursday is expected to show that jobless claims fell in the week ended March 9.',
     [('week', '2013-W10'), ('March 9', '2013-03-09')]),
]


@pytest.mark.parametrize("dct, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_reporting_periods(dct, text, expected):
    check(text, dct, expected)

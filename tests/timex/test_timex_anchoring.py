"""Anchoring guards (issue 12, class 4): "the previous Friday" and "the following Monday" count from the day
the story is on, not from publication; a weekday in apposition to a date ("Dec. 21, 1988, a
Wednesday") is that date; a bare weekday or clock time in a story set in another year stays in that
year ("On March 5, 1987, the ferry capsized at 6:50 p.m. ... Rescuers arrived at 7:20 p.m."; "In June
1985 ... at 10:10 a.m." is 1985-06-XXT10:10); a quoted "today", "tonight" or "tomorrow" counts from the
day the words were said ('"We will vote today," Senator Smith said Friday').

Sentences written for this test in the style of 1989-1998 wire news (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import D, check

CASES = [
    (D(1998, 3, 3), 'The rebels seized the town on Feb. 19. On the previous Friday, they had shelled the airport.',
     [('Feb. 19', '1998-02-19'), ('the previous Friday', '1998-02-13')]),
    (D(1998, 3, 3), 'The strike began on Jan. 5. The following Monday, the company hired replacement workers.',
     [('Jan. 5', '1998-01-05'), ('The following Monday', '1998-01-12')]),
    (D(1998, 3, 3), 'He was arrested the previous Friday, police said.',
     [('the previous Friday', '1998-02-27')]),
    (D(1990, 1, 10), 'The jet crashed on Dec. 21, 1988, a Wednesday, killing 270 people.',
     [('Dec. 21, 1988', '1988-12-21'), ('Wednesday', '1988-12-21')]),
    (D(1990, 1, 10), 'The jet crashed on Dec. 21, 1988. On the following Monday, investigators found the bomb fragment.',
     [('Dec. 21, 1988', '1988-12-21'), ('the following Monday', '1988-12-26')]),
    (D(1998, 3, 3), 'The talks opened Feb. 24, and on Thursday the two sides signed a preliminary accord.',
     [('Feb. 24', '1998-02-24'), ('Thursday', '1998-02-26')]),
    (D(1990, 1, 10), 'On March 5, 1987, the ferry capsized at 6:50 p.m. off Zeebrugge. Rescuers arrived at 7:20 p.m.',
     [('March 5, 1987', '1987-03-05'), ('6:50 p.m.', '1987-03-05T18:50'), ('7:20 p.m.', '1987-03-05T19:20')]),
    (D(1990, 1, 10), 'In June 1985, the hijackers seized the plane at 10:10 a.m. and held it for 17 days.',
     [('June 1985', '1985-06'), ('10:10 a.m.', '1985-06-XXT10:10')]),
    (D(1998, 3, 3), '"We will vote today," Senator Smith said Friday.',
     [('today', '1998-02-27'), ('Friday', '1998-02-27')]),
    (D(1998, 3, 3), '"Tonight we celebrate," the mayor told supporters on Saturday.',
     [('Tonight', '1998-02-28TNI'), ('Saturday', '1998-02-28')]),
    (D(1998, 3, 3), '"The talks will resume tomorrow," the spokesman said Sunday.',
     [('tomorrow', '1998-03-02'), ('Sunday', '1998-03-01')]),
    (D(1998, 3, 3), '"I am resigning today," he said.',
     [('today', '1998-03-03')]),
    (D(1998, 3, 3), 'The minister said Monday: "Today we have taken a decisive step."',
     [('Monday', '1998-03-02'), ('Today', '1998-03-02')]),
    (D(1998, 3, 3), 'Officials said today that the bridge would reopen.',
     [('today', '1998-03-03')]),
    (D(1998, 3, 3), '“We expect a decision tomorrow,” the official told reporters Monday.',
     [('tomorrow', '1998-03-03'), ('Monday', '1998-03-02')]),
    (D(1998, 3, 3), '"We will know more tomorrow," he said.',
     [('tomorrow', '1998-03-04')]),
    (D(1998, 3, 3), 'The prime minister said on Sunday: "Tonight the country can rest."',
     [('Sunday', '1998-03-01'), ('Tonight', '1998-03-01TNI')]),
    (D(1998, 3, 3), 'The court will rule on the appeal the next Friday it sits.',
     [('the next Friday', '1998-03-06')]),
    (D(1990, 1, 10), 'The Berlin Wall was opened on Nov. 9, 1989. Two days earlier, the government had resigned; on Sunday the party had met.',
     [('Nov. 9, 1989', '1989-11-09'), ('Two days earlier', '1989-11-07')]),
    (D(1998, 3, 3), 'The ceasefire took effect Feb. 12. The previous week, rebels had shelled the capital.',
     [('Feb. 12', '1998-02-12'), ('The previous week', '1998-W06')]),
    (D(1998, 3, 3), 'The accord was signed on Feb. 26, a Thursday.',
     [('Feb. 26', '1998-02-26'), ('Thursday', '1998-02-26')]),
    (D(1998, 3, 3), "``We will vote today,'' Senator Smith said Friday.",
     [('today', '1998-02-27'), ('Friday', '1998-02-27')]),
    (D(1990, 2, 16), '"We cannot wait until spring," Sen. Jane Roe said Wednesday.',
     [('spring', '1990-SP'), ('Wednesday', '1990-02-14')]),
    (D(1998, 2, 23), "``We have waited long enough,'' Arafat told reporters in Ramallah on Saturday. ``Tomorrow we will present our position.''",
     [('Saturday', '1998-02-21'), ('Tomorrow', '1998-02-22')]),
    # days counted from a whole number of years ago count from that very day
    (D(2015, 3, 16), 'A year ago, voters in the region went to the polls. Two days later, the army moved in.',
     [('A year ago', '2014'), ('Two days later', '2014-03-18')]),
    # a month "of last year" is in last year, as "March, last year" is
    (D(2023, 5, 10), 'The killings happened during the operation in the town in March of last year.',
     [('March', '2022-03'), ('last year', '2022')]),
]


@pytest.mark.parametrize("dct, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_anchoring(dct, text, expected):
    check(text, dct, expected)

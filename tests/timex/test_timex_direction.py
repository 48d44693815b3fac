"""Direction (past or future) in long sentences (issue 12, class 3): the tense of the clause that governs
an expression wins over its nearness to the publication date. A past perfect plan ("which had been due
to expire Friday, was extended") is past; "will pay ... to holders of record on Sept. 15" is ahead
even when the verb is far from the date, while "said he would resign on Feb. 27" may be past;
"set to resume Monday", "talks resume Friday" and "runs through December" are ahead; a comma aside
("The contract, signed in February, runs through December") is not the governing clause; reported
speech keeps the reporting verb's tense for its own date.

Sentences written for this test in the style of 1989-1998 and 2013 wire news (not taken from any
corpus).
"""
from __future__ import annotations

import pytest

from tests.timex.timex_helpers import D, check

CASES = [
    # a date that opens the words a report gives, after the reporting verb and a comma: the reported
    # clause's verb tells its direction
    (D(2017, 4, 19), 'The monitoring group says, on Saturday, another 42 civilians were killed in the old city.',
     [('Saturday', '2017-04-15')]),
    (D(2017, 4, 19), 'The ministry says, on Saturday, the talks will resume in Geneva.',
     [('Saturday', '2017-04-22')]),
    (D(1990, 1, 13), 'The cease-fire, which had been due to expire Friday, was extended for another week after talks in Geneva.',
     [('Friday', '1990-01-12')]),
    (D(1990, 1, 10), 'The cease-fire, which had been due to expire Friday, was extended for another week, officials said.',
     [('Friday', '1990-01-05')]),
    (D(1989, 11, 2), 'The company, which reported a loss for the third quarter last week and cut its work force by 10% in September, will pay the dividend in January.',
     [('January', '1990-01')]),
    (D(1989, 11, 2), 'The board, which met Tuesday and approved the plan, said the company will pay a special dividend of $1 a share in January to holders of record Dec. 15.',
     [('January', '1990-01'), ('Dec. 15', '1989-12-15'), ('Tuesday', '1989-10-31')]),
    (D(1998, 3, 3), 'Negotiators, who broke off talks last week after a dispute over wages, are set to resume Monday in Chicago.',
     [('Monday', '1998-03-09')]),
    (D(1998, 3, 3), "Talks resume Friday, a union spokesman said after Monday's meeting ended without agreement.",
     [('Friday', '1998-03-06')]),
    (D(1998, 3, 3), 'The union said talks, which collapsed in acrimony last month, resume Friday.',
     [('Friday', '1998-03-06')]),
    (D(1998, 3, 3), 'Officials said Monday that the plant, which closed in December after a fire, would reopen in April.',
     [('Monday', '1998-03-02'), ('December', '1997-12'), ('April', '1998-04')]),
    (D(1998, 3, 3), 'The minister, who said in January that the budget had been balanced, told reporters the vote would take place in June.',
     [('January', '1998-01'), ('June', '1998-06')]),
    (D(1998, 3, 3), 'He said the shipment, which left Rotterdam on Friday, is expected to arrive Thursday.',
     [('Friday', '1998-02-27'), ('Thursday', '1998-03-05')]),
    (D(1998, 3, 3), 'The bank said it had raised its prime rate on Monday and that it expects to raise it again in May.',
     [('Monday', '1998-03-02'), ('May', '1998-05')]),
    (D(2013, 5, 14), 'Lawmakers, who spent most of last week arguing over the measure and failed to reach a deal, will vote on it Thursday.',
     [('Thursday', '2013-05-16')]),
    (D(2013, 5, 14), 'The court, which heard arguments in the case in October, is expected to rule in June.',
     [('October', '2012-10'), ('June', '2013-06')]),
    (D(2013, 5, 14), 'The strike, which began Friday and has halted production at three plants, is scheduled to end Sunday.',
     [('Friday', '2013-05-10'), ('Sunday', '2013-05-19')]),
    (D(2013, 5, 14), 'The airline said flights, which were suspended Sunday when the volcano erupted, are set to resume Wednesday.',
     [('Sunday', '2013-05-12'), ('Wednesday', '2013-05-15')]),
    (D(2013, 5, 14), 'Police said the suspect, who was arrested Saturday, had been due to appear in court Monday.',
     [('Saturday', '2013-05-11'), ('Monday', '2013-05-13')]),
    (D(2013, 5, 14), 'The company said it will begin shipping the phones in September, months after rivals launched theirs in March.',
     [('September', '2013-09'), ('March', '2013-03')]),
    (D(2013, 5, 14), 'The contract, signed in February, runs through December.',
     [('February', '2013-02'), ('December', '2013-12')]),
    (D(1989, 11, 2), 'The agency said it expected to complete its review by Friday, after a delay caused by a computer failure that struck the system on Monday.',
     [('Friday', '1989-11-03'), ('Monday', '1989-10-30')]),
    (D(1989, 11, 2), 'Ford Motor Co. said it will idle its Michigan plant for a week beginning Monday because of slow sales, the third such shutdown since August.',
     [('Monday', '1989-11-06'), ('August', '1989-08')]),
    (D(1990, 1, 10), '"We will decide in February," the official said, adding that the government had reviewed the plan in December.',
     [('February', '1990-02'), ('December', '1989-12')]),
    (D(1990, 1, 10), 'The talks, the official said, resume Monday.',
     [('Monday', '1990-01-15')]),
    (D(1990, 1, 10), 'Mr. Smith, 54, who joined the company in 1971, will retire in March, the company said.',
     [('March', '1990-03')]),
    (D(1990, 1, 10), 'Stocks fell sharply Tuesday as investors, who had bid prices up in December, sold ahead of reports due Friday on producer prices.',
     [('Tuesday', '1990-01-09'), ('December', '1989-12'), ('Friday', '1990-01-12')]),
    (D(1989, 11, 2), 'The company said it will pay a special dividend of $1 a share, its first in three years, to holders of record on Sept. 15.',
     [('Sept. 15', '1990-09-15')]),
    (D(1989, 11, 2), 'The pact, which the two leaders signed in a ceremony at the White House, took effect on Dec. 3.',
     [('Dec. 3', '1988-12-03')]),
    (D(1989, 11, 2), 'The new rules, the agency said in a statement issued after markets closed, will take effect Oct. 1.',
     [('Oct. 1', '1990-10-01')]),
    (D(1998, 3, 3), 'The vote, which opposition leaders have denounced as a sham and vowed to boycott, will be held on Feb. 20.',
     [('Feb. 20', '1999-02-20')]),
    (D(1998, 3, 3), 'He said in an interview that he would resign on Feb. 27.',
     [('Feb. 27', '1998-02-27')]),
    (D(2013, 5, 14), 'The fund, which lost money in each of the past three years, said it returned 4 percent in April.',
     [('April', '2013-04')]),
    (D(2013, 5, 14), 'The government, which plans to sell bonds in June, reported a surplus in April.',
     [('June', '2013-06'), ('April', '2013-04')]),
    (D(2013, 5, 14), 'A spokesman for the ministry, which has been criticized for its handling of the crisis, said the inquiry would report by Friday.',
     [('Friday', '2013-05-17')]),
    (D(1989, 11, 2), 'The Senate, which approved a similar measure last year before it died in conference, is expected to vote on the bill Tuesday.',
     [('Tuesday', '1989-11-07')]),
    (D(1989, 11, 2), 'Shareholders, who must approve the merger, will meet Nov. 20 in New York, the company said Monday.',
     [('Nov. 20', '1989-11-20'), ('Monday', '1989-10-30')]),
    (D(1989, 11, 2), 'The union said members, many of whom walked off the job Sunday, would return to work Monday if the company agreed to talks.',
     [('Sunday', '1989-10-29'), ('Monday', '1989-11-06')]),
    (D(1989, 11, 2), 'The offer, which expires Friday, has been extended twice since it was first made in September.',
     [('Friday', '1989-11-03'), ('September', '1989-09')]),
    (D(1989, 11, 2), 'Mr. Jones, who became chairman in 1985, said Wednesday he plans to step down when his term ends in June.',
     [('Wednesday', '1989-11-01'), ('June', '1990-06')]),
    (D(1989, 11, 2), 'The hearing, originally set for last month, was postponed until Dec. 12 after lawyers for the company asked for more time.',
     [('Dec. 12', '1989-12-12')]),
    (D(1989, 11, 2), 'Trading in the shares, halted Tuesday pending an announcement, resumes today.',
     [('Tuesday', '1989-10-31'), ('today', '1989-11-02')]),
    (D(1998, 3, 3), 'Israeli and Palestinian negotiators, meeting for the first time since talks broke down in January, agreed Sunday to meet again Thursday.',
     [('January', '1998-01'), ('Sunday', '1998-03-01'), ('Thursday', '1998-03-05')]),
    (D(1998, 3, 3), 'The inspectors, who left Baghdad on Friday, are due back next week and plan to resume their work Monday.',
     [('Friday', '1998-02-27'), ('Monday', '1998-03-09')]),
    (D(1998, 3, 3), 'A spokesman said the company had no plans to close the plant, which it bought in 1994, before June.',
     [('1994', '1994'), ('June', '1998-06')]),
    (D(2013, 5, 14), 'The summit, which had originally been planned for April, will now take place on June 3.',
     [('April', '2013-04'), ('June 3', '2013-06-03')]),
    (D(2013, 5, 14), 'The bank said on Monday it would cut 2,000 jobs by the end of the year.',
     [('Monday', '2013-05-13'), ('the end of the year', '2013')]),
    (D(2013, 5, 14), '"The vote will happen Thursday," the senator said, a day after talks collapsed.',
     [('Thursday', '2013-05-16')]),
    (D(2013, 5, 14), 'Prosecutors said the defendant, who fled the country in March, had been ordered to surrender on Friday.',
     [('March', '2013-03'), ('Friday', '2013-05-10')]),
    # a noun of commitment with "to" looks ahead as "plans to" does
    (D(2023, 8, 25), 'Pyongyang has already announced its commitment to launch another satellite in October.',
     [('October', '2023-10')]),
    (D(2023, 8, 25), 'The rebels announced their intention to hold elections in March.',
     [('March', '2024-03')]),
    (D(1998, 3, 4), 'The president, who returned from Europe on Sunday, plans to meet congressional leaders Thursday to discuss the budget.',
     [('Sunday', '1998-03-01'), ('Thursday', '1998-03-05')]),
    (D(1998, 3, 4), 'The Senate voted 52-48 on Tuesday to approve the bill, which now goes to the House for a vote expected Friday.',
     [('Tuesday', '1998-03-03'), ('Friday', '1998-03-06')]),
    (D(1998, 3, 4), 'Investigators, who began examining the wreckage Monday, said they hoped to have a preliminary report by Saturday.',
     [('Monday', '1998-03-02'), ('Saturday', '1998-03-07')]),
    (D(1998, 3, 4), 'The company, which announced the layoffs Monday, said the first workers would leave their jobs Friday.',
     [('Monday', '1998-03-02'), ('Friday', '1998-03-06')]),
    (D(1998, 3, 4), 'Rebels who seized the embassy on Saturday released 12 hostages Tuesday and threatened to kill the rest unless their demands were met by Friday.',
     [('Saturday', '1998-02-28'), ('Tuesday', '1998-03-03'), ('Friday', '1998-03-06')]),
    (D(1998, 3, 4), 'A jury, which deliberated for three days, found him guilty Tuesday; sentencing is set for Monday.',
     [('Tuesday', '1998-03-03'), ('Monday', '1998-03-09')]),
    (D(1998, 3, 4), 'The strike, which union leaders had called for Monday, was averted when talks resumed Sunday night.',
     [('Monday', '1998-03-02'), ('Sunday night', '1998-03-01TNI')]),
    (D(1998, 3, 4), 'The embassy, closed since Friday, will reopen Monday, officials said Wednesday.',
     [('Friday', '1998-02-27'), ('Monday', '1998-03-09'), ('Wednesday', '1998-03-04')]),
    # "agreed to" a noun is done; "agreed to" a verb looks ahead (written here, 2025 dates)
    (D(2025, 10, 9), 'Israel and Hamas agreed to a ceasefire on Monday.', [('Monday', '2025-10-06')]),
    (D(2025, 10, 9), 'The two sides agreed to meet on Monday.', [('Monday', '2025-10-13')]),
    # the present perfect of such a verb looks ahead as its past does; with an object between, the day may be
    # another clause's and the perfect still decides (written here, 2025 dates)
    (D(2025, 10, 9), 'Opposition groups have pledged to launch mass demonstrations Friday.', [('Friday', '2025-10-10')]),
    (D(2025, 10, 9), 'The two sides have agreed to meet on Monday.', [('Monday', '2025-10-13')]),
    (D(2025, 10, 9), 'Diplomats have urged the parties to agree, with the envoy sounding the alarm Monday.',
     [('Monday', '2025-10-06')]),
    # "going to" a place is motion, not the future of "going to meet" (written here)
    (D(2025, 12, 17), 'Trump ordered a blockade on tankers going to and from Venezuela Tuesday.',
     [('Tuesday', '2025-12-16')]),
    (D(2025, 12, 17), 'Trump is going to announce the blockade Tuesday.', [('Tuesday', '2025-12-23')]),
    # the act a verb of judging is about ("condemning ... for targeting") is done, whatever the tense
    (D(2025, 5, 14), 'Doctors are condemning Israel for targeting two medical facilities on Tuesday.',
     [('Tuesday', '2025-05-13')]),
    (D(2025, 5, 14), 'We are preparing for hosting the summit on Friday.', [('Friday', '2025-05-16')]),
    # a participle of speaking right before its day tells when the words were said (a clip introduced by a
    # broadcast, "X, speaking Wednesday, said"); a progressive of its own ("is speaking Friday") is ahead
    (D(2025, 12, 19), 'This is the foreign minister of Peru, speaking Wednesday.', [('Wednesday', '2025-12-17')]),
    (D(2025, 12, 18), 'The minister will be speaking Friday at the summit.', [('Friday', '2025-12-19')]),
    (D(2025, 12, 18), 'The minister is speaking Friday at the summit.', [('Friday', '2025-12-19')]),
]


@pytest.mark.parametrize("dct, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_direction(dct, text, expected):
    check(text, dct, expected)

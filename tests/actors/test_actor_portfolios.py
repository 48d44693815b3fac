"""Names the tagger runs together with an office's country or portfolio."""
from timeline.actors import canonicalise


def test_a_person_named_after_their_offices_country_or_portfolio_is_the_person():
    assert canonicalise("Greece Kyriakos Mitsotakis") == "Kyriakos Mitsotakis"
    assert canonicalise("Minister for the Middle East Tobias Ellwood") == "Tobias Ellwood"
    assert canonicalise("for Political Affairs") is None   # a portfolio is no actor
    # an organisation named after its country, or a nationality before a name, stays as it is
    assert canonicalise("Syria Democratic Forces") == "Syria Democratic Forces"
    assert canonicalise("Iraqi Security Forces") == "Iraqi Security Forces"
    assert canonicalise("Prime Ministers of Cambodia") == "Cambodia"


def test_a_service_branch_before_a_rank_is_part_of_the_title():
    from timeline.events import extract
    from timeline.records import Article
    import datetime as dt
    rows = extract([Article(text="Major-General Waheed Arshad said the militants used grenades.",
                            published=dt.date(2007, 7, 5), source="Voice of America")])
    assert [r.source_actors for r in rows] == [("Waheed Arshad",)]


def test_a_lowercase_word_before_a_name_and_a_rank_class_are_no_part_of_it():
    assert canonicalise("cruiser USS San Jacinto") == "USS San Jacinto"
    assert canonicalise("Class Corey Whittle") == "Corey Whittle"   # "Petty Officer 2nd Class Corey Whittle"
    assert canonicalise("al-Shabab") == "al-Shabab" and canonicalise("bin Salman") == "bin Salman"

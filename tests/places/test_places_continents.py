"""A continent's name is no town the gazetteer files under it."""
from timeline.places import lookup


def test_africa_is_no_town_of_tunisia():
    # geonames lists "Africa" as another name of Mahdia (Tunisia): "the Minister for Africa" was placed there
    assert lookup("Africa") is None
    assert lookup("South Africa").country == "South Africa"

"""Places in parsed text: what find_places finds, the role of each, and an event's one place."""
from __future__ import annotations

import socket

import pytest

from timeline import nlp, places
from timeline.places.model import ACTOR, LOCATIVE, MODIFIER, ORIGIN


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def found(parse, text: str, *context: str) -> list[tuple[str, str, int, str]]:
    """(text as written, place name, precision, role) of every mention."""
    return [(m.text, m.place.name, m.place.precision, m.role)
            for m in places.find_places(parse(text), context)]


def place_of(parse, text: str) -> tuple[str, str, int] | None:
    doc = parse(text)
    place = places.event_place(places.find_places(doc), range(len(doc)))
    return None if place is None else (place.name, place.kind, place.precision)


def test_towns_regions_and_seas_after_prepositions(parse) -> None:
    assert found(parse, "The US military struck a boat in the Caribbean on Tuesday.") == [
        ("US", "United States", 3, MODIFIER), ("the Caribbean", "Caribbean Sea", 2, LOCATIVE)]
    assert found(parse, "Houthi rebels attacked ships in the Red Sea and the Gulf of Aden.") == [
        ("Red Sea", "Red Sea", 2, LOCATIVE), ("Gulf of Aden", "Gulf of Aden", 2, LOCATIVE)]
    assert found(parse, "A drone struck a building in Odesa, the Ukrainian port city.") == [
        ("Odesa", "Odesa", 1, LOCATIVE)]


def test_facilities_the_tagger_calls_people_or_organisations(parse) -> None:
    assert found(parse, "Israeli jets struck Natanz and Fordow, and the Isfahan nuclear site was also hit.") == [
        ("Natanz", "Natanz", 1, "other"), ("Fordow", "Fordow", 1, "other"),
        ("Isfahan nuclear site", "Isfahan nuclear site", 1, "other")]
    assert found(parse, "Trump spoke to reporters at Mar-a-Lago on Sunday.") == [
        ("Mar-a-Lago", "Mar-a-Lago", 1, LOCATIVE)]


def test_towns_the_tagger_mislabels_count_in_a_country_the_article_names(parse) -> None:
    # "Kharkiv" comes out as ORG and "Sumy" as PERSON from the small model
    names = [name for _t, name, _p, _r in found(parse, "Russian drones hit Kharkiv and Sumy overnight, "
                                                         "officials in eastern Ukraine said.")]
    assert names == ["Kharkiv", "Sumy", "eastern Ukraine"]


def test_demonyms_before_a_noun_of_place_are_the_country(parse) -> None:
    assert found(parse, "Venezuela said the strike took place in Venezuelan waters.") == [
        ("Venezuela", "Venezuela", 3, ACTOR), ("Venezuelan waters", "Venezuela", 3, LOCATIVE)]
    assert found(parse, "Thai troops fired into Cambodian territory.") == [
        ("Cambodian territory", "Cambodia", 3, LOCATIVE)]
    # a nationality before people or weapons names no place
    assert found(parse, "Pakistani officials said Indian missiles were intercepted.") == []


def test_off_the_coast_is_the_sea_beside_it(parse) -> None:
    doc = parse("The boat was destroyed off the coast of Venezuela on Tuesday.")
    (mention,) = places.find_places(doc)
    assert (mention.place.name, mention.place.kind, mention.place.precision, mention.place.country) == (
        "off Venezuela", "sea", 2, "Venezuela")
    assert mention.locative and mention.preposition == "off"
    assert found(parse, "The boat was destroyed off the Venezuelan coast.") == [
        ("Venezuelan coast", "off Venezuela", 2, LOCATIVE)]
    assert found(parse, "A tanker was seized off Iran.") == [("Iran", "off Iran", 2, LOCATIVE)]


def test_near_a_town_is_precision_two(parse) -> None:
    assert found(parse, "Heavy fighting was reported near Pokrovsk and in the Kursk region.") == [
        ("Pokrovsk", "Pokrovsk", 2, LOCATIVE), ("Kursk region", "Kursk region", 2, LOCATIVE)]
    mention = places.find_places(parse("Shelling hit a village north of Kharkiv, Ukraine."))[0]
    assert (mention.place.name, mention.place.precision, mention.preposition) == ("Kharkiv", 2, "north of")


def test_parts_and_provinces_made_from_a_name(parse) -> None:
    kharkiv = places.find_places(parse("Ukrainian forces attacked targets in the Kharkiv region."))[0]
    assert (kharkiv.place.name, kharkiv.place.kind, kharkiv.place.precision) == ("Kharkiv region", "province", 2)
    assert kharkiv.place.latitude == places.lookup("Kharkiv").latitude
    west = places.find_places(parse("Drones were shot down over western Russia."))[0]
    assert (west.place.name, west.place.kind, west.place.precision, west.place.latitude) == (
        "western Russia", "region", 2, None)        # no point: the capital could be anywhere from it
    assert found(parse, "Strikes hit Khan Younis in southern Gaza.") == [
        ("Khan Younis", "Khan Younis", 1, "other"), ("southern Gaza", "southern Gaza", 2, LOCATIVE)]


def test_a_country_or_capital_as_subject_is_an_actor(parse) -> None:
    assert found(parse, "The Kremlin said Moscow would not accept the deal.") == [
        ("Kremlin", "Kremlin", 1, ACTOR), ("Moscow", "Moscow", 1, ACTOR)]
    assert found(parse, "Iran launched missiles at Israel.")[0][3] == ACTOR


def test_washington_is_a_place_only_after_a_preposition(parse) -> None:
    assert found(parse, "Washington said it would respond.") == []
    assert found(parse, "Delegations met in Washington on Friday.") == [
        ("Washington", "Washington, D.C.", 1, LOCATIVE)]


def country_of_first(parse, text: str, *context: str) -> str:
    return places.find_places(parse(text), context)[0].place.country


def test_the_article_s_countries_decide_between_towns(parse) -> None:
    assert country_of_first(parse, "Protesters marched in Tripoli.") == "Libya"
    assert country_of_first(parse, "Protesters marched in Tripoli, the Lebanese city.") == "Lebanon"
    assert country_of_first(parse, "Protesters marched in Tripoli.", "LB") == "Lebanon"   # the caller's context
    assert country_of_first(parse, "Lebanon's army said protesters marched in Tripoli.") == "Lebanon"


def test_a_town_followed_by_its_province_or_country_is_the_town_there(parse) -> None:
    assert country_of_first(parse, "The suspect was arrested in Paris, Texas.") == "United States"
    assert country_of_first(parse, "Protesters marched in Paris.") == "France"
    assert country_of_first(parse, "Officials met in Birmingham, England.") == "United Kingdom"
    # a town the gazetteer knows only elsewhere: the province named is where it is
    assert country_of_first(parse, "Trump spoke from his residence in Palm Beach, Florida.") == "United States"


@pytest.mark.parametrize("text", [
    "Victoria Nuland said the talks would resume.",
    "Marco Rubio met Maduro's envoy.",
    "In May, the envoy said there was Hope.",
    "Michael Jordan watched the game.",
    "Police said the suspect fled.",
    "Trump said the Navy would act.",
])
def test_people_months_and_words_are_no_place(parse, text) -> None:
    assert found(parse, text) == []


def test_names_inside_longer_names_are_not_places(parse) -> None:
    assert found(parse, "The US Navy and the Israel Defense Forces trained together.") == []
    assert found(parse, "Latin America watched the USS Gerald R. Ford sail into the Caribbean Sea.") == [
        ("Caribbean Sea", "Caribbean Sea", 2, LOCATIVE)]


# ---------------------------------------------------------------- the place of an event


def test_the_most_specific_place_of_the_clause(parse) -> None:
    assert place_of(parse, "Russian drones hit Kharkiv overnight, officials in eastern Ukraine said.") == (
        "Kharkiv", "city", 1)
    assert place_of(parse, "The RSF took El Fasher in Darfur after an 18-month siege.") == ("El Fasher", "city", 1)
    assert place_of(parse, "M23 rebels seized Goma, the capital of North Kivu province in eastern DRC.") == (
        "Goma", "city", 1)
    assert place_of(parse, "A tanker was seized in the Strait of Hormuz, off Iran.") == ("Strait of Hormuz", "sea", 2)


def test_a_locative_beats_a_modifier(parse) -> None:
    assert place_of(parse, "Talks on the Gaza ceasefire were held in Cairo on Monday.") == ("Cairo", "city", 1)
    assert place_of(parse, "Talks on the Gaza ceasefire were held in Egypt on Monday.") == ("Egypt", "country", 3)


def test_actors_are_never_the_place(parse) -> None:
    assert place_of(parse, "The Kremlin said Moscow would not accept the deal.") is None
    assert place_of(parse, "Venezuela said the strike took place in Venezuelan waters.") == (
        "Venezuela", "country", 3)


def test_only_mentions_inside_the_clause_count(parse) -> None:
    doc = parse("Officials met in Doha. Later, a drone struck a base near Erbil.")
    mentions = places.find_places(doc)
    second = range(list(doc.sents)[1].start, len(doc))
    assert places.event_place(mentions, second).name == "Erbil"
    assert places.event_place(mentions, range(0, 4)).name == "Doha"
    assert places.event_place(mentions, []) is None
    assert places.event_place([], range(len(doc))) is None


def test_find_places_needs_no_network(parse, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the places stage opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert found(parse, "Strikes hit Jabalia in northern Gaza.")[-1][1] == "northern Gaza"



def test_a_town_attacked_is_where_the_attack_happened(parse) -> None:
    # after an act of attack, "on"/"against" names the place attacked: a place even when the tagger
    # calls the town a person and the article names no country of it
    assert ("Kyiv", "Kyiv", 1, "locative") in found(parse, "A major Russian airstrike on Kyiv killed 12 people.")
    assert ("Sumy", "Sumy", 1, "locative") in found(parse, "Russia's drone attack on Sumy killed two.")
    assert place_of(parse, "Missiles rained down on Kyiv overnight.")[0] == "Kyiv"
    # a topic is no place ("talks on Ukraine"), and a country after "against" is often a flag's
    # adjective misread ("attacks against U.S. vessels"): a modifier as before
    assert found(parse, "Talks on Ukraine resumed.")[0][3] == "modifier"
    assert [m[3] for m in found(parse, "Houthi attacks against U.S. vessels went on.") if m[1] == "United States"] \
        != ["locative"]


def test_a_town_an_attack_verb_takes_as_its_object_is_where_the_act_happened(parse) -> None:
    assert place_of(parse, "Russian missiles hit Kharkiv overnight.") == ("Kharkiv", "city", 1)
    assert ("Kyiv", "Kyiv", 1, "other") in found(parse, "Russia struck Kyiv on Monday.")


def test_a_town_naming_an_attack_is_where_it_happened_not_who_did_it(parse) -> None:
    # "the Salisbury attack": the tagger calls the town an organisation; before a noun of attack it is a place
    text = "Britain's partners expelled over 100 Russian officials following the Salisbury attack."
    assert ("Salisbury", "Salisbury", 1) in [m[:3] for m in found(parse, text)]
    # a name that is no town stays what it was ("the Hamas attack")
    assert "Hamas" not in [m[0] for m in found(parse, "Israel struck Gaza after the Hamas attack.")]


def test_a_town_joined_to_a_place_or_holding_a_local_office_is_a_place(parse) -> None:
    # "in Kyiv and Mykolaiv": the second town, which the tagger calls a person, is joined to the first
    assert ("Mykolaiv", "Mykolayiv", 1) in [m[:3] for m in found(parse, "Missiles killed five people in Kyiv and Mykolaiv.")]
    # a town is not joined to a sea ("in the Caribbean and Pacific": no town called Pacific)
    assert "Pacific" not in [m[1] for m in found(parse, "The U.S. military says it carried out strikes on three boats in "
                                                       "the Caribbean and Pacific, killing at least 11 people.")]
    # "in the capital Sanaa": a town in apposition to a noun of a town (the tagger tagged nothing)
    assert ("Sanaa", "Sanaa", 1) in [m[:3] for m in found(parse, "A coalition bombed a funeral hall in the capital Sanaa on Saturday.")]
    # "in Armenia's capital Yerevan": a town after a noun of a town is where that noun is, however it is parsed
    assert ("Yerevan", "Yerevan", 1, "locative") in found(parse, "Protesters gathered in Armenia's capital Yerevan Tuesday.")
    assert place_of(parse, "Protesters gathered in Armenia's capital Yerevan Tuesday.")[:2] == ("Yerevan", "city")
    # "Ukraine's capital", "the Somali capital": an unnamed capital a country owns is its capital town
    assert place_of(parse, "Russia launched missile strikes at Ukraine's capital on Monday.")[:2] == ("Kyiv", "city")
    assert place_of(parse, "A car bomb exploded in the Somali capital on Monday.")[:2] == ("Mogadishu", "city")
    # a capital named after it is that name ("The Canadian capital, Ottawa, went into lockdown")
    assert [m[1] for m in found(parse, "The Canadian capital, Ottawa, went into lockdown.") if m[1] != "Canada"] == ["Ottawa"]
    # "Tulkarem's governor": the town whose office it is
    assert ("Tulkarem", "Tulkarm", 1) in [m[:3] for m in found(parse, "Tulkarem's governor urged the U.N. to act.")]


def test_a_name_after_a_place_preposition_opening_the_sentence_is_where_its_act_happened(parse) -> None:
    # the round-up style of strike reports: the tagger calls "Near Tal Afar" a person, knows no "Ayn Isa"
    for text, name in [("Near Tal Afar, a strike destroyed an ISIL-held building.", "Tal Afar"),
                       ("-- Near Ayn Isa, five strikes engaged two ISIL tactical units.", "Ayn Isa"),
                       ("West of Beiji, coalition forces detained another suspected terrorist.", "Beiji")]:
        assert name in [m[0] for m in found(parse, text)]
    # not a known actor
    assert "Trump" not in [m[0] for m in found(parse, "In Trump's view, the strikes were a success.")]


def test_an_events_town_keeps_the_name_the_article_gives_it(parse) -> None:
    # the gazetteer files these towns as "Albu Kamal", "Al Qa’im", "Ts’khinvali": the article's spelling is shown
    assert place_of(parse, "On Dec. 16, coalition forces conducted three strikes near Abu Kamal in Syria.")[0] == "Abu Kamal"
    assert place_of(parse, "Raids on safe houses in Husaybah killed 20 terrorists.")[0] == "Husaybah"
    # a country keeps its own name
    assert place_of(parse, "Israeli forces struck targets in Syria on Monday.")[0] == "Syria"


def test_a_name_the_gazetteer_lacks_is_a_town_after_town_of(parse) -> None:
    # the adjective before the noun says which country the town is in; the point is unknown
    doc = parse("Militants stormed the Somali town of Dhagax Weyne on Sunday.")
    [mention] = places.find_places(doc)
    assert (mention.text, mention.place.kind, mention.place.country, mention.place.precision) == (
        "Dhagax Weyne", "city", "Somalia", 1)
    assert mention.place.latitude is None and mention.place.longitude is None
    assert found(parse, "Rockets hit the village of Marj Hamam and the area of Wadi Saluki.")[0][:3] == (
        "Marj Hamam", "Marj Hamam", 1)


def test_a_name_before_district_is_an_area_in_the_province_named_after_it(parse) -> None:
    assert place_of(parse, "Troops detained two men in the Barak Kalay district of Helmand province.") == (
        "Barak Kalay district", "region", 2)
    doc = parse("Troops detained two men in the Barak Kalay district of Helmand province.")
    assert places.find_places(doc)[0].place.country == "Afghanistan"


def test_an_unlisted_area_takes_the_country_of_the_last_place_named_before_it(parse) -> None:
    doc = parse("Fighting was reported in Kandahar province on Monday. "
                "Later, in the Shin Kalay district, a combined force captured a Taliban leader.")
    assert [(m.text, m.place.country) for m in places.find_places(doc)] == [
        ("Kandahar province", "Afghanistan"), ("Shin Kalay district", "Afghanistan")]


def test_a_world_region_after_a_preposition_is_a_place_in_no_country(parse) -> None:
    doc = parse("Officials in Mogadishu said it was the largest deployment in the Middle East since 2003.")
    assert [(m.text, m.place.kind, m.place.country, m.role) for m in places.find_places(doc)] == [
        ("Mogadishu", "city", "Somalia", LOCATIVE), ("Middle East", "region", "", LOCATIVE)]


def test_an_actor_or_a_persons_name_after_area_of_is_no_place(parse) -> None:
    assert found(parse, "Hezbollah fighters entered the area of Hezbollah control.") == []


def test_a_capital_named_by_its_noun_and_a_town_before_a_weekday(parse) -> None:
    # "Colombo Friday night": the weekday the tagger leaves outside every name is no part of the town's
    assert found(parse, "At least three people are dead in an air raid on the Sri Lankan capital of Colombo "
                        "Friday night.")[-1][:3] == ("Colombo", "Colombo", 1)


def test_a_name_before_village_is_a_town(parse) -> None:
    assert found(parse, "He met residents in Pandawpyin village near the border.")[0] == (
        "Pandawpyin village", "Pandawpyin village", 1, LOCATIVE)


def test_a_place_an_act_started_from_is_its_place_when_no_other_is_named(parse) -> None:
    # "from" after a verb: where the act started or left, a place of the event (a town the tagger calls ORG too)
    assert place_of(parse, "Tigrayan forces retreated from Adwa after suffering heavy losses on Monday.") == (
        "Adwa", "city", 1)
    # a place after "into" or "in" is where the act happened, rather than where it came from
    assert place_of(parse, "More than 100 rockets were fired into Israel from Gaza over the past few days.") == (
        "Israel", "country", 3)
    # after a noun, "from" tells where people come from: no place of the act
    assert ("Saudi Arabia", "Saudi Arabia", 3, ORIGIN) not in found(
        parse, "Troops from Saudi Arabia have arrived in Bahrain.")
    assert place_of(parse, "Troops from Saudi Arabia have arrived in Bahrain.") == ("Bahrain", "country", 3)


def test_a_place_in_a_title_is_the_office_s_field_not_the_event_s_place(parse) -> None:
    assert place_of(parse, "Tobias Ellwood, Minister for Africa and the Middle East, visited South Sudan on "
                           "21 December.") == ("South Sudan", "country", 3)
    assert ("Yemen", "Yemen", 3, MODIFIER) in found(parse, "The UN envoy to Yemen met Houthi leaders in Sanaa.")
    assert place_of(parse, "The UN envoy to Yemen met Houthi leaders in Sanaa.") == ("Sanaa", "city", 1)


def test_a_place_after_a_preposition_may_be_spelled_another_way(parse) -> None:
    # near a town: its point, precision 2
    assert ("Tabqah", "Al-Tabqa", 2, LOCATIVE) in found(parse, "Near Tabqah, a strike engaged an ISIS unit in Syria.")
    # a nationality adjective before a noun is no town of a similar name ("Kashmiri", Kashmor)
    assert [name for _t, name, _p, _r in found(
        parse, "He recalled the massacre in the Kashmiri resort town of Pahalgam, India.")] == ["Pahalgam", "India"]


def test_a_town_named_with_an_arabic_article_or_as_a_community_is_a_place_in_its_sentences_country(parse) -> None:
    # "the town of al-Kashmah": a name the gazetteer lacks opening with "al-"; its country is the one the
    # sentence put the story in ("In Syria, ..."), not one only named as an actor
    doc = parse("In Syria, the Syrian Democratic Forces liberated the town of al-Kashmah on Monday.")
    mentions = {m.text: m for m in places.find_places(doc)}
    assert (mentions["al-Kashmah"].place.country, mentions["al-Kashmah"].place.precision) == ("Syria", 1)
    assert place_of(parse, "Militants attacked the community of Njaba in Borno state on Tuesday.")[:2] == ("Njaba", "city")


def test_the_initials_of_a_longer_name_are_no_town(parse) -> None:
    # "MERV" after "the Middle Euphrates River Valley" is its initials, not Merv (Mary) in Turkmenistan
    text = ("Coalition forces struck ISIS in the Middle Euphrates River Valley, Syria. "
            "Our partners have made steady progress in the MERV, the general said.")
    assert [m.text for m in places.find_places(parse(text))] == ["Middle Euphrates River Valley", "Syria"]


def test_a_name_a_cue_of_nearness_opens_is_a_town_near_which_the_act_was(parse) -> None:
    # "in the vicinity of Shebeeley, Hiran Region, Somalia": a town the gazetteer lacks, only near it, in the
    # country named after the region it is in
    text = "U.S. forces conducted an airstrike in the vicinity of Shebeeley, Hiran Region, Somalia, on January 30."
    assert place_of(parse, text) == ("Shebeeley", "city", 2)
    assert [m.place.country for m in places.find_places(parse(text)) if m.text == "Shebeeley"] == ["Somalia"]
    # a town the gazetteer knows, which the tagger called an organisation, after such a cue
    known = "U.S. forces conducted an airstrike in the vicinity of Jilib, Middle Juba region, Somalia, on Tuesday."
    assert place_of(parse, known) == ("Jilib", "city", 2)
    # a noun of a town written as part of the name ("Pandawpyin Village") names a town, more precise than one near
    assert place_of(parse, "She met the community in Pandawpyin Village near Maungdaw.") == ("Pandawpyin Village", "city", 1)


def test_a_town_name_that_is_the_first_word_of_a_longer_name_is_no_place(parse) -> None:
    # "in Buni Yadi" (Nigeria): "Buni" is a town of Pakistan; the tagger calls "Yadi" a person
    text = "Militants attacked a school in Buni Yadi, in Yobe state."
    assert "Buni" not in [m.place.name for m in places.find_places(parse(text))]
    assert place_of(parse, text)[0] == "Yobe"


def test_a_town_named_after_its_noun_is_not_the_description_before_it(parse) -> None:
    text = "More than 6,000 Afghan and NATO forces have surrounded the Taliban-held town of Musa Qala."
    assert "Taliban-held town" not in [m.text for m in places.find_places(parse(text))]
    assert place_of(parse, text)[0] == "Musa Qala"
    # a name before an area's noun stays, whatever follows it ("the Reg-e Khan district of Helmand province")
    assert place_of(parse, "Forces killed two insurgents in the Reg-e Khan district of Helmand province.")[0] == "Reg-e Khan district"


def test_a_named_facility_is_the_place_of_what_happens_at_it_in_the_country_its_words_give(parse) -> None:
    def facility(text: str) -> tuple[str, str, str, bool]:
        doc = parse(text)
        place = places.event_place(places.find_places(doc), range(len(doc)))
        return place.name, place.kind, place.country, place.latitude is not None

    # a facility the gazetteer lacks, written with its noun as part of its name, beats its country
    assert facility("Militants attacked Baledogle Military Airfield in Somalia on Sunday.") \
        == ("Baledogle Military Airfield", "facility", "Somalia", False)
    assert facility("Iranian missiles struck Al Asad Air Base, Iraq, on Wednesday.")[:3] \
        == ("Al Asad Air Base", "facility", "Iraq")
    # a town its name holds gives its country and point ("Basra" of "Basra Airport", "Palestine" of a bridge is none)
    assert facility("The bomb exploded at Basra Airport on Monday.") == ("Basra Airport", "facility", "Iraq", True)
    # a facility the name opens ("Camp Taji"), placed by a town after it in its sentence
    assert facility("A rocket attack hit Camp Taji north of Baghdad on Wednesday.")[:3] == ("Camp Taji", "facility", "Iraq")
    # the same noun in lower case is no name ("the main square"), and a seat of government stays an actor
    assert facility("Protesters gathered in the main square of Cairo on Friday.")[0] == "Cairo"
    assert places.event_place(places.find_places(parse("The White House said on Monday it would act.")),
                              range(9)) is None


def test_a_word_of_another_places_name_gives_no_country_to_a_town_named_after_it(parse) -> None:
    # "the Indian Ocean coastal town of Addale": "Indian" is a word of the ocean's name, not India's adjective
    text = "The attackers targeted a base near the Indian Ocean coastal town of Addale, in Middle Shabelle region."
    assert [m.place.country for m in places.find_places(parse(text)) if m.text == "Addale"] == [""]
    # a nationality adjective before the town's noun still says its country
    text = "The strike hit the Lebanese town of Jemmaliyeh on Monday."
    assert [m.place.country for m in places.find_places(parse(text)) if m.text == "Jemmaliyeh"] == ["Lebanon"]


def test_an_unlisted_place_borrows_the_country_things_were_last_said_to_happen_in(parse) -> None:
    text = ("Near Raqqa, 19 strikes engaged five ISIS tactical units. In Iraq, coalition military forces "
            "conducted four strikes. Near Huwayjah, two strikes destroyed seven vehicle-borne bombs.")
    found_places = {m.text: m.place.country for m in places.find_places(parse(text))}
    assert found_places["Huwayjah"] == "Iraq" and found_places["Raqqa"] == "Syria"


def test_a_valley_named_before_its_noun_is_an_area(parse) -> None:
    text = "Fighting has erupted between Pakistani troops and a Taliban faction in the Swat valley."
    assert place_of(parse, text) == ("Swat valley", "region", 2)


def test_a_district_owned_by_its_province_is_the_place_not_the_province(parse) -> None:
    # "Khost province's Bak district": the district (named before its noun, after the owner's "'s") is where
    # the act was, standing where the owner stands; the province only says where the district is
    text = "Afghan and coalition troops in Khost province’s Bak district captured a Haqqani network leader."
    assert place_of(parse, text) == ("Bak district", "region", 2)
    mentions = {m.text: (m.role, m.preposition) for m in places.find_places(parse(text))}
    assert mentions == {"Khost province": (MODIFIER, "in"), "Bak district": (LOCATIVE, "in")}
    # a name of two words before the noun, the second itself an area's word ("Sayyad Valley district")
    text = "Security forces killed one insurgent in Sar-e Pul province’s Sayyad Valley district."
    assert place_of(parse, text) == ("Sayyad Valley district", "region", 2)
    # a known place owning a known one: the part, as before ("Ukraine's Kharkiv region")
    assert place_of(parse, "Russian missiles hit Ukraine's Kharkiv region on Monday.")[0] == "Kharkiv region"


def test_a_district_after_a_word_of_nearness_is_that_district(parse) -> None:
    text = "One of his sons was killed when a shell hit his house in nearby Dir district."
    assert place_of(parse, text) == ("Dir district", "region", 2)
    # but a compass word before a town's noun that a name follows describes the town ("the western C.A.R. town of
    # Bossangoa"): the town is the name after the noun
    names = [m.text for m in places.find_places(parse("The rebels have also taken the western C.A.R. town of Bossangoa."))]
    assert "C.A.R. town" not in names and "Bossangoa" in names


def test_the_town_is_the_town_the_story_named_last(parse) -> None:
    # a town's noun made definite, with no name after it, is the town named before it
    text = ("The Sudanese army said the town of Hamrat al-Sheikh was attacked Monday by rebels. "
            "They said they outnumbered the security forces to seize the town.")
    assert [(m.text, m.place.name) for m in places.find_places(parse(text))] == [
        ("Hamrat al-Sheikh", "Hamrat al-Sheikh"), ("the town", "Hamrat al-Sheikh")]
    # of the sentence that last named a town, the town it is about, not one describing it or where someone spoke
    text = ("Seven Marines were killed in an attack in the suburbs of Fallujah, officials in Baghdad said. "
            "Marines have been patrolling the outskirts of the city since April.")
    by_text = {m.text: m.place for m in places.find_places(parse(text))}
    assert by_text["the city"] == by_text["Fallujah"] != by_text.get("Baghdad")
    # named or owned, the noun says which town itself: no antecedent
    names = [m.text for m in places.find_places(parse(
        "Rebels attacked Kidal on Monday. Fighting reached the town of Gao and the Malian capital on Tuesday."))]
    assert "the town" not in names
    # with no town named before, nothing
    assert places.find_places(parse("Gunmen stormed the town on Sunday.")) == []


def test_a_dependent_territory_is_a_place_in_its_sovereign_state(parse) -> None:
    # the place keeps its own name; its country is the state it belongs to (places_words.tsv sovereign_states_map)
    for text, name, country in (("Police fired tear gas at protesters in Hong Kong on Sunday.", "Hong Kong", "China"),
                                ("The US deployed F-35 jets to Puerto Rico on Friday.", "Puerto Rico", "United States"),
                                ("Thousands marched in Gibraltar on Friday.", "Gibraltar", "United Kingdom")):
        doc = parse(text)
        place = places.event_place(places.find_places(doc), range(len(doc)))
        assert (place.name, place.country) == (name, country), text
    # a state that is no territory stays itself
    doc = parse("China held drills near Taiwan on Friday.")
    assert places.event_place(places.find_places(doc), range(len(doc))).country == "Taiwan"

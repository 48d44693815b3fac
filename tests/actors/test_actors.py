"""Actors: one canonical name per actor, however the article writes it."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline import actors, places
from timeline.table.facets import actor_counts
from timeline.events import pipeline
from timeline.records import Event


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def names(nlp, text: str) -> list[str]:
    return [m.canonical for m in actors.find_mentions(nlp(text))]


@pytest.mark.parametrize("written, canonical", [
    ("U.S.", "United States"), ("US", "United States"), ("United States", "United States"),
    ("Washington", "United States"),
    ("Suns cartel", "Cartel de los Soles"), ("Cartel of the Suns", "Cartel de los Soles"),
    ("Cartel de los Soles", "Cartel de los Soles"),
    ("the Maduro regime", "Nicolás Maduro"), ("the Chavista regime", "Nicolás Maduro"),
    ("Maduro", "Nicolás Maduro"), ("President Nicolás Maduro", "Nicolás Maduro"),
    ("Secretary of State Marco Rubio", "Marco Rubio"), ("Gen. Dan Caine", "Dan Caine"),
    ("the Pentagon", "Pentagon"), ("Federal Aviation Administration", "FAA"),
    ("Defense Secretary Pete Hegseth", "Pete Hegseth"), ("Maduro's", "Nicolás Maduro"),
    ("coalition military forces", "Coalition forces"), ("the U.S.-led coalition", "Coalition forces"),
    ("Delta Force", "Delta Force"), ("SEAL Team 6", "Navy SEALs"), ("RAF", "Royal Air Force"),
    ("Moammar Gadhafi", "Muammar Gaddafi"), ("Qaddafi", "Muammar Gaddafi"),
    ("OPCW", "Organisation for the Prohibition of Chemical Weapons"),
    ("CJTF-OIR", "Combined Joint Task Force – Operation Inherent Resolve"),
    ("Israeli Defense Forces", "Israel Defense Forces"), ("Israeli Defense Force", "Israel Defense Forces"),
    ("Secretary Michael R. Pompeo", "Mike Pompeo"), ("Wagner", "Wagner Group"),
    ("Rwandan Defence Forces", "Rwanda Defence Force"), ("National Security Adviser Jake Sullivan", "Jake Sullivan"),
    ("Democratic People's Republic of Korea", "North Korea"), ("D.P.R.K.", "North Korea"),
    ("Liberation Tigers of Tamil Eelam", "LTTE"), ("Tamil Tigers", "LTTE"), ("Katib Hizbollah", "Kataib Hezbollah"),
    ("Tigrayan forces", "Tigray People's Liberation Front"), ("Ansarallah", "Houthis"),
    ("Fayez Al-Serraj", "Fayez al-Sarraj"), ("Mahinda Rajapakse", "Mahinda Rajapaksa"), ("Lee Myong-bak", "Lee Myung-bak"),
    ("Abdo Rabbo Mansour Hadi", "Abd-Rabbu Mansour Hadi"), ("Abdel Fattah El Sisi", "Abdel Fattah el-Sisi"),
    ("Haider Abadi", "Haider al-Abadi"),
])
def test_canonicalise_names(written: str, canonical: str) -> None:
    assert actors.canonicalise(written) == canonical


def test_titles_and_ignored_names_are_not_actors() -> None:
    assert actors.canonicalise("President") is None
    assert actors.canonicalise("Reuters") is None
    assert actors.canonicalise("the Washington Post") is None


def test_unknown_names_come_back_cleaned() -> None:
    assert actors.canonicalise("Senator Jane Doe") == "Jane Doe"


def test_variants_in_text_are_one_actor(nlp) -> None:
    found = names(nlp, "U.S. officials said Washington would act. The United States and the US Navy said the "
                       "Suns cartel, also called the Cartel of the Suns, is the Cartel de los Soles.")
    assert found.count("United States") >= 3
    assert "US Navy" in found
    assert set(found) - {"United States", "US Navy"} == {"Cartel de los Soles"}


def test_regime_variants_name_maduro(nlp) -> None:
    found = names(nlp, "The Maduro regime rejected the claim. Critics of the Chavista regime and of "
                       "Nicolás Maduro himself welcomed it.")
    assert found == ["Nicolás Maduro"] * 3


def test_surname_after_full_name_is_the_same_person(nlp) -> None:
    found = names(nlp, "Senator Jane Whitfield spoke first. Later, Whitfield repeated the demand.")
    assert found == ["Jane Whitfield", "Jane Whitfield"]


def test_rubio_after_marco_rubio(nlp) -> None:
    found = names(nlp, "Secretary of State Marco Rubio arrived. Rubio said the talks were over.")
    assert found == ["Marco Rubio", "Marco Rubio"]


def test_nationality_before_a_title_is_not_a_second_actor(nlp) -> None:
    assert names(nlp, "U.S. President Donald Trump spoke on Friday.") == ["Donald Trump"]


def test_pronoun_us_and_common_noun_navy_are_not_actors(nlp) -> None:
    found = names(nlp, "Let us hope the navy of Brazil stays home, the Washington Post wrote.")
    assert "United States" not in found and "US Navy" not in found


@pytest.mark.parametrize("text", [
    "Marines boarded a freighter named Ocean Meridian near the strait.",
    "Marines boarded the tanker Polar Wren near the strait.",
    "Marines boarded a vessel called the Santa Lucia near the strait.",
])
def test_a_ship_named_in_the_text_is_not_an_actor(nlp, text: str) -> None:
    found = names(nlp, text)
    assert not any(n in found for n in ("Ocean Meridian", "Polar Wren", "Santa Lucia")), found


def make_event(actors: tuple[str, ...]) -> Event:
    day = dt.date(2025, 11, 16)
    return Event(event_id="e", date=day, date_end=day, granularity="day", date_text="", date_basis="publication",
                 status="occurred", category="statement", escalation=0.0, actors=actors, summary="s",
                 article_id="a", title="t", source="s", published=day, url="")


def test_actor_counts_count_events_not_mentions() -> None:
    events = [make_event(actors=("Venezuela", "United States")), make_event(actors=("Venezuela",)),
              make_event(actors=("CIA", "Venezuela"))]
    assert actor_counts(events) == [("Venezuela", 3), ("CIA", 1), ("United States", 1)]


def test_alias_table_rejects_malformed_rows() -> None:
    with pytest.raises(actors.table.ActorTableError, match="line 2"):
        actors.table.parse_table("US\tUnited States\tGPE\nbroken line without tabs\n")
    with pytest.raises(actors.table.ActorTableError, match="unknown kind"):
        actors.table.parse_table("US\tUnited States\tCOUNTRY\n")


def test_pronoun_names_the_last_person(nlp) -> None:
    found = names(nlp, "Pete Hegseth announced a strike. A second strike followed, he said.")
    assert found == ["Pete Hegseth", "Pete Hegseth"]


def test_pronoun_without_a_recent_person_names_nobody(nlp) -> None:
    assert names(nlp, "He said the weather was fine.") == []


def test_the_subject_pronoun_of_what_a_state_or_organisation_says_is_the_speaker(nlp) -> None:
    assert names(nlp, "The Pentagon says it killed five people.") == ["Pentagon", "Pentagon"]
    assert names(nlp, "Russia and China said they would veto the resolution.") == \
        ["Russia", "China", "Russia", "China"]
    # one speaker is "it", a group "they"; a person's "it" is a thing, and so is an object pronoun
    assert names(nlp, "Russia and China said it was a mistake.") == ["Russia", "China"]
    assert names(nlp, "Hamas said they had left.") == ["Hamas"]
    assert names(nlp, "Pete Hegseth said it was legal.") == ["Pete Hegseth"]
    assert names(nlp, "Iran said Israel struck it.") == ["Iran", "Israel"]
    # its possessive too: the speaker's own forces, or its own sites struck by another
    assert names(nlp, "Russia said its air defences shot down 40 drones.") == ["Russia", "Russia"]
    assert names(nlp, "Iran said Israel struck its nuclear sites.") == ["Iran", "Israel", "Iran"]


def test_description_names_the_actor_only_where_the_article_names_it(nlp) -> None:
    assert names(nlp, "The USS Gerald R. Ford sailed south. The carrier arrived a week later.") == \
        ["USS Gerald R. Ford", "USS Gerald R. Ford"]
    assert names(nlp, "The carrier arrived a week later.") == []


def test_bare_ford_is_the_carrier_only_where_the_article_names_the_ship(nlp) -> None:
    # "Ford" alone is a carmaker, a president, a plant...; it is the carrier only by coreference.
    assert "USS Gerald R. Ford" not in names(nlp, "Workers at the Ford plant in Michigan walked out.")
    assert "USS Gerald R. Ford" not in names(nlp, "Former president Gerald Ford pardoned Nixon in 1974.")
    assert names(nlp, "The USS Gerald R. Ford sailed south. The Ford arrived on Sunday.").count("USS Gerald R. Ford") >= 1
    assert "USS Gerald R. Ford" in names(nlp, "The Ford arrived on Sunday, two days after the USS Gerald R. Ford left Norfolk.")


def test_unknown_person_keeps_the_name_as_written(nlp) -> None:
    assert names(nlp, "Venezuela's communications minister, Freddy Ñáñez, spoke.")[-1] == "Freddy Ñáñez"


def test_latin_american_is_not_the_united_states(nlp) -> None:
    assert "United States" not in names(nlp, "Latin American governments and North America watched.")


def test_the_rest_of_a_name_around_a_known_actor_is_no_actor(nlp) -> None:
    found = names(nlp, "Venezuela accused Washington of violating the United Nations Charter.")
    assert found == ["Venezuela", "United States", "United Nations"]


def test_a_capital_is_its_government_except_as_a_place(nlp) -> None:
    assert names(nlp, "Washington accused Caracas of lying.") == ["United States", "Venezuela"]
    assert names(nlp, "Speaking to reporters in Washington, Landau spoke of Venezuela.")[-1:] == ["Venezuela"]
    assert "United States" not in names(nlp, "Speaking to reporters in Washington, Landau spoke of Venezuela.")


def test_surname_the_tagger_missed_or_mislabelled_is_the_full_name(nlp) -> None:
    text = ("President Anna Kowal of Estoria accused Belvania on Sunday. Kowal said her government "
            "would close the crossing. Foreign Minister Viktor Hale summoned the ambassador. "
            "Hale warned that gas deliveries could stop.")
    found = names(nlp, text)
    assert "Kowal" not in found and "Hale" not in found
    assert found.count("Anna Kowal") >= 2 and found.count("Viktor Hale") == 2


def test_unknown_place_after_a_locative_preposition_is_no_actor(nlp) -> None:
    found = names(nlp, "EU envoy Maria Lind met the foreign minister in Geneva on Thursday, "
                       "the defence ministry in Tarnow said.")
    assert "Geneva" not in found and "Tarnow" not in found
    assert "Maria Lind" in found


def test_nationality_word_names_the_country_the_article_names(nlp) -> None:
    found = names(nlp, "Belvania denied the report. Belvanian artillery shelled an Estorian post "
                       "near the border with Estoria.")
    assert found.count("Belvania") == 2 and found.count("Estoria") == 2
    assert "Belvanian" not in found and "Estorian" not in found


def test_a_surname_alone_in_one_article_is_the_full_name_of_another() -> None:
    assert actors.unify_surnames(["Kowal", "Anna Kowal", "Estoria"]) == {"Kowal": "Anna Kowal"}
    # two people of that surname, or a name the table knows as a place: left as written
    assert actors.unify_surnames(["Kowal", "Anna Kowal", "Piotr Kowal"]) == {}
    assert actors.unify_surnames(["Washington", "George Washington"]) == {}
    # a body named by its noun alone ("this Council") is no surname of another article's "Permanent Council"
    assert actors.unify_surnames(["Council", "Permanent Council", "Kowal", "Anna Kowal"]) == {"Kowal": "Anna Kowal"}


def test_extract_names_one_person_once_across_articles() -> None:
    import datetime as dt
    from timeline import events
    from timeline.io import articles
    arts = [articles.Article(text=text, published=dt.date(2025, 10, 27), title=t, source="W", url="")
            for t, text in (("a", "President Anna Kowal of Estoria accused Belvania on Sunday."),
                            ("b", "President Kowal said on Monday that Estoria would ask the UN to meet."))]
    names = {a for e in events.extract(arts) for a in e.actors}
    assert "Anna Kowal" in names and "Kowal" not in names


@pytest.mark.parametrize("text, person", [
    ("Actor Denzel Washington arrived in Toronto on Friday.", "Denzel Washington"),
    ("Michael Caine starred in the film.", "Michael Caine"),
])
def test_a_known_surname_inside_another_persons_name_is_that_person(nlp, text: str, person: str) -> None:
    assert names(nlp, text) == [person]


def test_a_known_one_word_name_that_begins_another_persons_name_is_that_person(nlp) -> None:
    found = names(nlp, "Joe Biden met Ukrainian President Petro Poroshenko in Kyiv.")   # "Petro": Gustavo Petro
    assert "Petro Poroshenko" in found and "Gustavo Petro" not in found
    assert "Gustavo Petro" in names(nlp, "Petro said on Monday that the strikes were murder.")


@pytest.mark.parametrize("text, name", [
    ("Iran's Supreme Leader Ayatollah Ali Khamenei warned the United States.", "Ali Khamenei"),
    ("Illinois Democrat Mike Quigley told reporters the strikes were illegal.", "Mike Quigley"),
    ("German Chancellor Friedrich Merz spoke to the Prime Minister.", "Friedrich Merz"),
])
def test_titles_of_religion_party_and_office_are_not_part_of_the_name(nlp, text: str, name: str) -> None:
    found = names(nlp, text)
    assert name in found and not any(n.endswith(name) and n != name for n in found)


@pytest.mark.parametrize("text, name", [
    ("The Government of the DRC signed the declaration.", "Democratic Republic of the Congo"),
    ("The FCDO summoned the Russian Ambassador.", "United Kingdom"),
    ("The Foreign, Commonwealth and Development Office summoned the ambassador.", "United Kingdom"),
    ("Fighters of the Rwandan Defence Force entered Bukavu.", "Rwanda Defence Force"),
])
def test_a_government_or_its_office_is_its_state_and_a_force_has_one_name(nlp, text: str, name: str) -> None:
    assert name in names(nlp, text)


def test_a_town_the_tagger_takes_for_a_person_is_a_place_where_the_places_find_it(nlp) -> None:
    found = names(nlp, "Israel bombed the Nasser Medical Complex in Khan Younis on Monday.")
    assert "Khan Younis" not in found and "Israel" in found
    assert "Marco Rubio" in names(nlp, "Secretary of State Marco Rubio arrived in Kinshasa on Monday.")


def test_a_nationality_word_the_tagger_takes_for_a_name_is_its_state(nlp) -> None:
    assert names(nlp, "Ukrainian officials said the talks were useful.") == ["Ukraine"]
    assert "Ukraine" in names(nlp, "Ukrainian drones hit Russian air bases on Sunday.")


def test_a_country_something_is_aimed_at_is_a_state_and_a_country_where_something_happens_a_place(nlp) -> None:
    # countries the alias table does not list, found by the tagger and the gazetteer
    assert "Israel" in names(nlp, "Iran responded by firing ballistic missiles and launching drones at Israel.")
    assert "Israel" in names(nlp, "President Trump has lashed out at Israel.")
    assert "Egypt" not in names(nlp, "Negotiations are set to begin in Egypt today.")
    assert "Sudan" not in names(nlp, "The flow of weapons into Sudan must stop.")


def test_in_a_governments_own_release_its_untitled_official_is_its_state(nlp) -> None:
    text = ("The Prime Minister spoke to President Zelenskyy this morning. Our Foreign Secretary met the envoy. "
            "My Foreign Minister spoke with the Lebanese Prime Minister.")   # (a representative at the UN: "my")
    doc = nlp(text)
    uk = [m.canonical for m in actors.find_mentions(doc, publisher="GOV.UK (Prime Minister's Office, 10 Downing Street)")]
    assert uk.count("United Kingdom") == 3
    assert "United Kingdom" not in [m.canonical for m in actors.find_mentions(doc, publisher="Reuters")]
    # a title with its name is that person
    named = actors.find_mentions(nlp("The Prime Minister Keir Starmer spoke on Monday."), publisher="GOV.UK")
    assert "United Kingdom" not in [m.canonical for m in named]
    assert actors.publisher_state("U.S. Department of State (Office of the Spokesperson)") == "United States"
    assert actors.publisher_state("Voice of America") is None


def test_an_official_told_by_title_alone_is_the_one_the_article_named_with_it(nlp) -> None:
    text = ("Foreign Secretary Philip Hammond spoke to Israeli Foreign Minister Avigdor Lieberman today. "
            "The Foreign Secretary reiterated the UK's position.")
    found = [m.canonical for m in actors.find_mentions(nlp(text), publisher="GOV.UK")]
    assert found.count("Philip Hammond") == 2 and "United Kingdom" in found   # ("the UK's position")
    # a news story too, when one person was named with the title before
    found = [m.canonical for m in actors.find_mentions(nlp(
        "Foreign Minister Sergey Lavrov met the envoy. The Foreign Minister made it clear that talks were over."))]
    assert found.count("Sergey Lavrov") == 2
    # in a release, the title is its own official's: another state's official named with it is not
    text = ("The Prime Minister spoke to the Prime Minister of Greece Kyriakos Mitsotakis this afternoon. "
            "The Prime Minister updated Prime Minister Mitsotakis on the meeting. The Prime Minister said Russia must act.")
    found = [m.canonical for m in actors.find_mentions(nlp(text), publisher="GOV.UK")]
    assert found.count("United Kingdom") == 3
    # a title another state's adjective qualifies is that state's official
    text = "Iraqi Prime Minister Mohammed al-Sudani met the envoy. The Prime Minister said the talks went well."
    assert [m.canonical for m in actors.find_mentions(nlp(text), publisher="GOV.UK")][-1] == "United Kingdom"


@pytest.mark.parametrize("text, filed", [
    ("CARACAS, Venezuela (AP) — The U.S. military struck a boat.", "CARACAS, Venezuela (AP) —"),
    ("TEHRAN/JERUSALEM, June 13 (Reuters) - Israel struck Iran.", "TEHRAN/JERUSALEM, June 13 (Reuters) -"),
    ("WASHINGTON — Trump spoke on Monday.", "WASHINGTON —"),
    ("WASHINGTON, Oct. 22, 2005 \u2013 Three Marines were killed.", "WASHINGTON, Oct. 22, 2005 \u2013"),
    ("Sept. 21, 2008 - Coalition forces killed a militant.", "Sept. 21, 2008 -"),
    ("US forces struck — again — a boat.", ""),
    ("Washington/Mogadishu — An explosion killed 11 people.", "Washington/Mogadishu —"),
    ("Kyiv — Russia launched drones overnight.", "Kyiv —"),
    ("The Pentagon — which denied it — said nothing.", ""),
    ("President Trump — who spoke on Monday — said nothing.", ""),
    ("Kyiv - Russia launched drones overnight.", ""),
])
def test_a_wire_dateline_is_where_the_story_was_filed(nlp, text: str, filed: str) -> None:
    doc = nlp(text)
    start, end = actors.dateline(doc)
    assert doc[start:end].text == filed


def test_the_dateline_names_no_actor_and_no_place_of_the_event() -> None:
    import datetime as dt
    from timeline.events.extract import extract_article
    from timeline.records import Article
    art = Article(text="CARACAS, Venezuela (AP) — The U.S. military struck an alleged drug boat in the Caribbean on "
                       "Tuesday, killing four people.", published=dt.date(2025, 10, 24), source="AP")
    (e,) = extract_article(art)
    assert e.source_actors == ("United States",) and "Venezuela" not in e.actors
    assert e.location == "Caribbean Sea"
    # the first sentence starts after the dateline, so the dateline is no subject of its verb
    art = Article(text="ISLAMABAD (AP) — India and Pakistan agreed to an immediate ceasefire on Saturday.",
                  published=dt.date(2025, 5, 10), source="AP")
    (e,) = extract_article(art)
    assert (e.category, e.source_actors) == ("cooperation", ("India", "Pakistan"))


def test_a_country_name_after_an_office_title_is_a_persons_surname(nlp) -> None:
    # "Ambassador Holland" is the UK's ambassador, not the Netherlands; "Foreign Minister Israel Katz" a person too
    found = [(m.canonical, m.kind) for m in actors.find_mentions(nlp("Ambassador Holland condemned Russia's attacks."))]
    assert ("Holland", "PERSON") in found and ("Netherlands", "GPE") not in found
    assert "Israel Katz" in names(nlp, "Foreign Minister Israel Katz spoke on Monday.")
    # a country after other words stays the country
    assert "Netherlands" in names(nlp, "Holland condemned Russia's attacks.")


def test_a_states_formal_name_is_the_state(nlp) -> None:
    text = ("The statement was released by the Governments of the French Republic, the State of Qatar, "
            "the Republic of Rwanda, and the Togolese Republic.")
    found = names(nlp, text)
    assert {"France", "Qatar", "Rwanda", "Togo"} <= set(found)
    assert not any(n.startswith(("State of", "Republic of")) for n in found)
    assert names(nlp, "The United Nations Security Council is holding an emergency meeting today.") == ["UN Security Council"]
    # a country whose everyday name holds a form word keeps it
    assert "Democratic Republic of the Congo" in names(nlp, "The Democratic Republic of the Congo protested.")


def test_coalition_forces_and_the_marine_corps_are_named_as_forces():
    import datetime as dt
    from timeline import events
    from timeline.records import Article
    text = "Coalition forces killed three extremists in the Zhari district on Monday. U.S. Marines deployed to Haiti on Tuesday."
    rows = events.extract_article(Article(text=text, published=dt.date(2006, 7, 27), title="t", source="s"))
    names = {n for e in rows for n in e.source_actors}
    assert {"Coalition forces", "US Marine Corps"} <= names


def test_its_forces_in_what_a_states_ministry_says_are_that_states():
    import datetime as dt
    from timeline import events
    from timeline.records import Article
    text = "Russia's Defense Ministry said its forces captured the village of Pokrovsk on Tuesday."
    (e,) = events.extract_article(Article(text=text, published=dt.date(2025, 11, 19), title="t", source="s"))
    assert list(e.source_actors) == ["Russia"]


def test_a_name_sharing_its_noun_with_another_modifier_names_both(nlp) -> None:
    # "Coalition and Iraqi troops" are coalition troops and Iraqi troops
    assert set(names(nlp, "Coalition and Iraqi troops detained 23 suspects.")) == {"Coalition forces", "Iraq"}
    assert set(names(nlp, "Coalition and Afghan security forces raided a compound.")) == \
        {"Coalition forces", "Afghanistan"}
    # a word that makes no known name with the noun stays none
    assert names(nlp, "Regular and reserve troops were mobilised.") == []



def test_a_conjunction_the_tagger_ran_into_a_name_is_no_part_of_it(nlp) -> None:
    found = names(nlp, "Iraqi National Police and Multinational Division Baghdad soldiers detained two suspects.")
    assert "Iraqi National Police" in found and not any(n.endswith(" and") for n in found)


def test_where_an_envoy_is_posted_is_part_of_the_office_not_an_actor(nlp) -> None:
    found = names(nlp, "Mark Lyall Grant, the British ambassador to the United Nations, spoke after the vote.")
    assert "United Nations" not in found and "Mark Lyall Grant" in found
    assert "United Nations" in names(nlp, "The United Nations condemned the vote.")


def test_a_capital_acting_stands_for_its_government_and_one_acted_on_is_a_place() -> None:
    import datetime as dt
    from timeline import events
    from timeline.io import articles
    def actors_of(text: str) -> list[tuple[str, ...]]:
        art = articles.Article(text=text, published=dt.date(2024, 11, 5), title="t", source="W", url="")
        return [e.source_actors for e in events.extract([art])]
    assert actors_of("Pyongyang fired a ballistic missile into the sea on Monday.") == [("North Korea",)]
    assert actors_of("Russia struck Kyiv on Monday.") == [("Russia",)]
    # a capital inside another name is no government ("U.S. Embassy Kabul")
    assert ("Afghanistan",) not in actors_of("U.S. Embassy Kabul strongly condemns the attack.")


@pytest.mark.parametrize("text, state", [
    ("North Korean troops fired on the border post.", "North Korea"),
    ("South Korean forces returned fire.", "South Korea"),
    ("South Sudanese forces attacked the camp.", "South Sudan"),   # not Sudan
])
def test_a_nationality_of_two_words_names_its_state(nlp, text: str, state: str) -> None:
    assert names(nlp, text) == [state]


@pytest.mark.parametrize("text, state", [
    ("Algerian forces attacked the camp.", "Algeria"),
    ("Cameroonian soldiers fired on the protesters.", "Cameroon"),
    ("Tunisian police arrested the suspects.", "Tunisia"),
])
def test_nationalities_of_every_state_name_it(nlp, text: str, state: str) -> None:
    assert names(nlp, text) == [state]


def test_a_person_is_named_as_usually_written_in_every_article(nlp) -> None:
    # the tagger's "J. Blinken" gets its given name back; middle initials, a generational suffix
    # and honours go, so one person is one name whichever way an article writes it
    assert names(nlp, "Secretary of State Antony J. Blinken spoke today with President Isaac Herzog.")[0] == \
        "Antony Blinken"
    assert names(nlp, "Secretary of State Antony Blinken spoke today.")[0] == "Antony Blinken"
    assert names(nlp, "Secretary of Defense Lloyd J. Austin III met the minister.")[0] == "Lloyd Austin"
    assert names(nlp, "Sir Alan Duncan said the vote was illegitimate.")[0] == "Alan Duncan"
    assert names(nlp, "National Security Advisor Susan E. Rice said the launch was a provocation.") == ["Susan Rice"]
    # "the Tigers" is the LTTE where the article names it; a weapon or a designation is no actor
    assert names(nlp, "The Liberation Tigers of Tamil Eelam fought. The Tigers have refused to give up.") == ["LTTE", "LTTE"]
    assert names(nlp, "Ukraine fired ATACMS missiles at the base.") == ["Ukraine"]
    # a social network is where words were posted, no actor; a nationality's "Government" is its state
    assert names(nlp, "The general said on Twitter that he had taken power.") == []
    assert names(nlp, "I commend the Ukrainian Government for its clear response.") == ["Ukraine"]
    assert "Counsellor" not in names(nlp, "Political Counsellor Fergus Eckersley said the vote was illegitimate.")
    # a word of a place's longer name is no person ("northwestern Chin state", "Zamzam camp")
    for text, word in [("Military forces shelled a town in northwestern Chin state.", "Chin"),
                       ("Fighting raged near Zamzam camp on Monday.", "Zamzam")]:
        doc = nlp(text)
        assert word not in [m.canonical for m in actors.find_mentions(doc, place_mentions=places.find_places(doc))]
    # a title for two ("Presidents Obama and Lee") is no part of the first name
    assert "Presidents Obama" not in names(nlp, "Presidents Obama and Lee agreed to remain in close touch.")
    # a rank written out is no given name; a middle initial that tells two people apart stays
    assert "Major Abdifatah Aden Hassan" not in names(nlp, "Police Major Abdifatah Aden Hassan said six people died.")
    assert names(nlp, "George H. W. Bush met George W. Bush.") == ["George H. W. Bush", "George W. Bush"]


def test_a_name_the_tagger_cut_short_gets_its_last_words_back(nlp) -> None:
    # the tagger's "Chaudhry Shujaat", "Roch Marc": the proper nouns the name is a compound of are the rest of it
    assert "Chaudhry Shujaat Hussain" in names(nlp, "Former prime minister Chaudhry Shujaat Hussain was injured.")
    assert "Roch Marc Christian Kabore" in names(nlp, "Former President Roch Marc Christian Kabore was to travel to Nigeria.")


def test_a_name_whose_family_name_comes_first_is_named_again_by_its_first_word(nlp) -> None:
    found = names(nlp, "U.N. Secretary-General Ban Ki-moon met Kerry in Cairo on Tuesday. Ban arrived in Jerusalem "
                       "late Tuesday afternoon.")
    assert found.count("Ban Ki-moon") == 2 and "Ban" not in found
    # a word that begins two full names stays as written
    found = names(nlp, "Kim Jong Un met Kim Yo Jong on Monday. Kim said the talks went well.")
    assert "Kim" in found or found.count("Kim Jong Un") == 1


def test_nato_s_council_is_nato_and_its_treaty_no_capital(nlp) -> None:
    found = names(nlp, "Allies met at the North Atlantic Council on Wednesday after Poland requested consultations "
                       "under Article 4 of the Washington Treaty.")
    assert "NATO" in found and "United States" not in found and "North Atlantic Council" not in found


def test_a_courtesy_title_without_its_period_is_no_given_name(nlp) -> None:
    # British style writes "Mr Ellwood" and "Mr Mark Simmonds" without a period
    assert names(nlp, "Minister Mr Ellwood made his first visit to South Sudan.")[0] == "Ellwood"
    assert "Mr Mark Simmonds" not in names(nlp, "Mr Mark Simmonds said the talks had failed.")


def test_a_surname_two_people_share_names_the_one_told_last_before_it(nlp):
    doc = nlp("President Jovenel Moise was buried on Friday. Moise was killed on July 7. His wife, Martine Moise, "
              "was injured. Moise had met the envoy in June.")
    short = [m.canonical for m in actors.find_mentions(doc) if m.text == "Moise"]
    assert short == ["Jovenel Moise", "Martine Moise"]
    assert [m.canonical for m in actors.find_mentions(nlp("Moise spoke. Ana Moise and Luis Moise met."))
            if m.text == "Moise"] in ([], ["Moise"])   # told before either: left as written


def test_a_nationality_joined_to_speaking_is_a_language_not_a_state(nlp):
    found = names(nlp, "Fighters crossed into the French-speaking regions and attacked Russian-language media offices.")
    assert "France" not in found and "Russia" not in found
    assert "France" in names(nlp, "French troops crossed into Mali on Sunday.")


def test_a_nationality_the_tagger_took_for_a_person_names_its_state_before_a_noun(nlp):
    assert "Sri Lanka" in names(nlp, "Sri Lankan military forces have locked down the entire northeastern coast.")
    assert "Netherlands" not in names(nlp, "Ambassador Holland condemns Russia's latest attack.")


@pytest.mark.parametrize("written, canonical", [
    ("U.S. Central Command (USCENTCOM) forces destroyed three drones.", "US Central Command"),
    ("CENTCOM said the strike hit a radar site.", "US Central Command"),
    ("U.S. Africa Command conducted an airstrike on Monday.", "US Africa Command"),
    ("AFRICOM said no civilians were hurt.", "US Africa Command"),
])
def test_the_us_combatant_commands_are_actors_of_their_own(nlp, written, canonical):
    found = names(nlp, written)
    assert canonical in found and "United States" not in found


@pytest.mark.parametrize("written, state", [
    ("A statement by the Sri Lanka Defence Ministry said the army is in control.", "Sri Lanka"),
    ("The Nigerian Foreign Ministry said the claims were false.", "Nigeria"),
    ("The Foreign, Commonwealth & Development Office has issued a statement.", "United Kingdom"),
])
def test_a_states_ministry_is_the_state(nlp, written, state):
    assert names(nlp, written) == [state]


def test_a_name_after_an_office_title_is_a_person_though_the_tagger_missed_it(nlp):
    # the tagger took "Mulino" for a nationality and found no entity in "PM Mikati"
    assert "Mulino" in names(nlp, "After the meeting, Panamanian President Mulino announced that Panama would not renew.")
    assert "Mikati" in names(nlp, "Over the weekend, my Foreign Minister spoke with Lebanon\u2019s PM Mikati.")
    # a title before a day or a place names no one
    assert names(nlp, "The President Monday called the attack a crime.") == []


def test_a_warship_named_with_its_navys_prefix_is_an_actor(nlp):
    assert "USS Carney" in names(nlp, "The USS Carney responded, along with other ships.")
    assert "HMS Diamond" in names(nlp, "HMS Diamond shot down a drone on Tuesday.")
    assert names(nlp, "The USS Gerald R. Ford arrived.") == ["USS Gerald R. Ford"]


def test_a_country_the_tagger_calls_a_person_is_the_state(nlp) -> None:
    # the small model tags "Sri Lanka's" as a person; the country's name makes it the state, and the
    # pronoun that goes back to it is the state too
    found = [(m.text, m.canonical, m.kind) for m in actors.find_mentions(
        nlp("Sri Lanka's army said on Friday it captured the last rebel town."))]
    assert found == [("Sri Lanka", "Sri Lanka", "GPE"), ("it", "Sri Lanka", "GPE")]
    # after a title the same name is a person's
    assert [(m.canonical, m.kind) for m in actors.find_mentions(nlp("Mr. Jordan said he would resign."))][0] == (
        "Jordan", "PERSON")


def test_a_states_body_named_again_by_its_noun_is_that_state(nlp) -> None:
    text = ("The Pakistani military launched a ground operation in North Waziristan in June. "
            "South Korea's Defense Ministry said the North had fired two missiles. "
            "The army says it has killed 400 militants. The ministry also warned that it would respond.")
    found = [(m.text, m.canonical) for m in actors.find_mentions(nlp(text)) if m.text.startswith("The ")]
    # "the army" is the body "the Pakistani military" named; "the ministry" South Korea's
    assert found == [("The Pakistani", "Pakistan"), ("The army", "Pakistan"), ("The ministry", "South Korea")]
    # with no state named for such a body before, "the military" names none
    assert names(nlp, "The military says it has killed 400 militants.") == []
    # a body with a state of its own keeps it
    assert "Afghanistan" in names(nlp, "The Pakistani military attacked. The Afghan army said it fired back.")
    # a branch of the armed forces is the same body: "the military" goes back to "Ukraine's air force"
    text = ("Ukraine's air force said the Russian attack involved three cruise missiles. "
            "The military said its air defenses shot down five of the missiles.")
    assert ("The military", "Ukraine") in [(m.text, m.canonical) for m in actors.find_mentions(nlp(text))]


def test_a_states_body_in_a_place_is_that_places_state(nlp) -> None:
    found = [(m.text, m.canonical) for m in actors.find_mentions(nlp(
        "The government in Jakarta demanded the rebels cancel their demands. "
        "Authorities in Kyiv said police in Lagos arrested 20 people."))]
    assert found == [("The government", "Indonesia"), ("Authorities", "Ukraine"), ("police", "Nigeria")]
    # a local body is no state's, armed forces in a place may be foreign ones, a state named before the noun wins
    assert names(nlp, "Israeli planes struck the local parliament in Gaza City.") == ["Israel"]
    assert names(nlp, "The United States has 25,000 troops in South Korea.") == ["United States"]
    assert names(nlp, "The Afghan government in Kabul agreed.") == ["Afghanistan"]


def test_a_name_the_tagger_ran_into_the_verb_ends_before_it(nlp) -> None:
    # written here: the tagger took "marks" into the group's name
    assert "Justice and Equality Movement" in names(
        nlp, "The attack late Saturday by the Justice and Equality Movement marks the first time the conflict "
             "has reached the capital.")


def test_a_pro_state_group_is_a_group_not_the_state(nlp) -> None:
    assert names(nlp, "Pro-Russian separatists rejected the cease-fire.") == ["Pro-Russian separatists"]
    assert names(nlp, "Anti-American protesters marched on Friday.") == ["Anti-American protesters"]
    # the state named after "pro-" before another noun acts in nothing
    assert names(nlp, "Russian troops shelled a pro-Ukrainian town.") == ["Russia"]
    assert actors.name_type("Pro-Russian separatists").kind == "armed_group"


def test_a_government_noun_of_a_body_below_the_state_and_a_broadcaster_are_no_state(nlp) -> None:
    doc = nlp("A spokesman for the Jubbland regional administration told VOA Somali that 10 soldiers were wounded.")
    found = [m.canonical for m in actors.find_mentions(doc)]
    assert "United States" not in found and "VOA Somali" not in found
    # the administration alone is still the US government
    assert "United States" in [m.canonical for m in actors.find_mentions(nlp("The administration imposed sanctions."))]


def test_a_states_armed_body_by_its_name_is_the_state(nlp) -> None:
    text = "The Prime Minister praised Ukraine\u2019s Armed Forces as they continued to push Russian forces back."
    assert "Ukraine" in names(nlp, text) and "Ukraine's Armed Forces" not in names(nlp, text)
    assert names(nlp, "Sri Lanka's Army said it captured the town.")[0] == "Sri Lanka"
    assert "Army" not in names(nlp, "Sri Lanka's Army said it captured the town.")


def test_a_base_or_a_building_by_its_name_is_no_actor(nlp) -> None:
    assert names(nlp, "Iranian militias targeted Irbil Air Base on Monday.") == ["Iran"]
    assert "Al-Shifa Hospital" not in names(nlp, "Israeli troops raided Al-Shifa Hospital on Monday.")
    # a bank may be sanctioned, an embassy speaks: they stay actors
    assert "Far Eastern Bank" in names(nlp, "The Treasury sanctioned Far Eastern Bank on Monday.")


def test_a_given_name_joined_to_a_full_name_shares_its_surname(nlp) -> None:
    for text in ("The expulsions answer the poisoning of Sergei and Yulia Skripal with a nerve agent.",
                 "On Sunday 4 March Sergei and Yulia Skripal were poisoned with a nerve agent."):
        assert [n for n in names(nlp, text) if "Skripal" in n or n == "Sergei"] == [
            "Sergei Skripal", "Yulia Skripal"], text
    # a known name keeps its own
    assert names(nlp, "Trump and Marco Rubio spoke on Monday.") == ["Donald Trump", "Marco Rubio"]


def test_two_states_that_share_the_last_word_of_one_tagged_name_are_two_actors(nlp) -> None:
    assert names(nlp, "North and South Korea have exchanged artillery fire.") == ["North Korea", "South Korea"]
    # a name whose first words make no known name with its last stays one name
    assert names(nlp, "Bosnia and Herzegovina joined the talks.") == ["Bosnia and Herzegovina"]


def test_parties_and_armed_movements_of_the_southern_african_and_niger_delta_stories_are_known(nlp) -> None:
    assert names(nlp, "Two MDC activists were abducted by ZANU-PF militia.") == ["Movement for Democratic Change", "ZANU-PF"]
    assert names(nlp, "MEND claimed the attack on the pipeline.") == ["Movement for the Emancipation of the Niger Delta"]

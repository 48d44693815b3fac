"""Who did what to whom, and with what toll: source and target actors from the parse, the PLOVER
type of the event, and the killed and injured of its clause. Invented sentences, one construction
per assertion."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline import events
from timeline.nlp import load
from timeline.records import Article
from timeline.events.toll import toll_of


def extract(text: str, published: str = "2025-11-17"):
    art = Article(text=text, published=dt.date.fromisoformat(published), title="t", source="Test Wire")
    return events.extract_article(art)


def only(text: str, published: str = "2025-11-17"):
    found = extract(text, published)
    assert len(found) == 1, [(e.category, e.summary) for e in found]
    return found[0]


@pytest.mark.parametrize("text, source, target", [
    ("The United States struck a Venezuelan boat on Tuesday.", ("United States",), ("Venezuela",)),
    ("A boat was struck by US forces on Tuesday.", ("United States",), ()),
    ("Israel launched strikes on Iran on Friday.", ("Israel",), ("Iran",)),
    ("Russia imposed sanctions against Ukraine on Monday.", ("Russia",), ("Ukraine",)),
    ("Venezuela accused the United States of aggression on Saturday.", ("Venezuela",), ("United States",)),
    # both sides of a meeting act (the real-news annotators: "Trump met with Netanyahu" has two sources)
    ("Marco Rubio met with Nicolás Maduro on Monday.", ("Marco Rubio", "Nicolás Maduro"), ()),
])
def test_the_subject_acts_and_the_object_or_prepositional_noun_undergoes(text, source, target):
    e = only(text)
    assert e.source_actors == source and e.target_actors == target
    assert set(source) | set(target) <= set(e.actors)


def test_a_statement_is_made_by_the_one_who_speaks():
    e = only("Pakistan's foreign ministry said on Thursday that it rejected the claims.")
    assert e.source_actors == ("Pakistan",)


def test_a_clause_without_a_subject_takes_its_governors():
    # two acts with objects of their own (two rows), the second without a subject: Cambodia's both
    found = extract("Cambodia shelled the border post on Sunday and destroyed a bridge.", "2025-11-17")
    assert [(e.source_actors, e.date) for e in found] == [(("Cambodia",), dt.date(2025, 11, 16))] * 2


@pytest.mark.parametrize("text, kind, mode", [
    ("The United States struck a boat off Venezuela on Tuesday.", "ASSAULT", ""),
    ("Iran seized an oil tanker in the strait on Friday.", "COERCE", "seize"),
    ("Police arrested 40 protesters in the capital on Friday.", "COERCE", "arrest"),
    ("The Treasury imposed sanctions on three banks on Monday.", "SANCTION", ""),
    ("The Pentagon deployed a carrier to the Caribbean on Monday.", "MOBILIZE", "military"),
    ("Venezuela condemned the strikes on Wednesday.", "DISAPPROVE", "condemn"),
    ("The two presidents met in Geneva on Monday.", "CONSULT", "meet"),
    ("Thailand and Cambodia agreed to a ceasefire on Monday.", "AGREE", ""),
    ("The ministry denied the report on Tuesday.", "REJECT", ""),
])
def test_each_event_has_its_plover_type_and_mode(text, kind, mode):
    e = only(text)
    assert (e.event_type, e.event_mode) == (kind, mode)


@pytest.mark.parametrize("text, killed, injured", [
    ("A US strike killed 11 people on a boat.", 11, None),
    ("At least 70 Palestinians were killed when Israel struck five buildings.", 70, None),
    ("Warplanes bombed the hospital, killing at least 28 people and wounding dozens.", 28, 12),
    ("The attack left 26 dead.", 26, None),
    ("The death toll rose to 31.", 31, None),
    ("Three soldiers were killed and four others injured.", 3, 4),
    ("Shelling killed three civilians and wounded 12 on Sunday.", 3, 12),
    ("Two survivors were taken to a Navy ship.", None, None),
    ("Several people were wounded in the blast.", None, 3),
    ("An airstrike killed an entire family of 10 in Khan Younis.", 10, None),
    ("Israel bombed the hospital, killing a child who was being treated there.", 1, None),
    ("Soldiers fatally shot her son near the crossing.", 1, None),
    ("The hospital announced the death of Palestinian child Ahmed Saleh.", 1, None),
    ("Soldiers shot her son near the crossing.", None, None),
    ("The hospital announced the deaths of patients.", None, None),
    # a victim count raised to the verb above ("are reported to have died"), victims named one by one
    ("At least 21 people are reported to have died after the strike.", 21, None),
    ("Ahmed Ali and Omar Khan were killed on Monday.", 2, None),
    # a number of dozens; the attacks counted in the subject of a verb with its victims as object are no victims
    ("An airstrike near a market killed nearly two dozen Palestinians.", 24, None),
    ("One attack on the camp killed nine members of the same family.", 9, None),
    ("Two strikes killed at least 30 people and wounded 12 others.", 30, 12),
    # one victim: a person by name or pronoun, or a noun of one person with an article
    ("Coalition forces killed a suspected terrorist near the town.", 1, None),
    ("Former Libyan leader Muammar Gaddafi has been killed.", 1, None),
    ("He was killed in an explosion near the base.", 1, None),
    ("A bomb blast killed the country's military chief.", 1, None),
    ("Israel also assassinated another top Iranian official.", 1, None),
    ("An Israeli drone killed a Palestinian in Khan Younis.", 1, None),
    ("They were killed in an explosion.", None, None),
    ("The strike killed the family.", None, None),
    # an ordinal counts no one; a number on "more"; a verb joined to the one that names the victims; "as killed"
    ("The second soldier was killed when a car bomb exploded.", 1, None),
    ("At least 15 more people have died of hunger.", 15, None),
    ("Two peacekeepers were shot and killed during an ambush.", 2, None),
    ("Soldiers shot and wounded three protesters and killed one.", 1, 3),
    ("More than 40 Syrians were confirmed as killed on Sunday.", 40, None),
    # lives lost or taken, a total of the dead, an act "to death"
    ("Forty-six sailors lost their lives in the sinking.", 46, None),
    ("The sailors lost their ship in the storm.", None, None),
    ("The attack took the lives of six people.", 6, None),
    ("A total of 224 people have been killed.", 224, None),
    ("Gunmen shot to death three plantation workers.", 3, None),
    ("Four children have starved to death.", 4, None),
    ("Gunmen shot three plantation workers.", None, None),
])
def test_the_toll_is_read_from_the_clause_with_acled_counts(text, killed, injured):
    toll = toll_of(list(load()(text)))
    assert (toll.fatalities, toll.injured) == (killed, injured)


def test_the_killed_of_an_attack_are_its_fatalities():
    e = [x for x in extract("On Tuesday, Israeli warplanes bombed the hospital, killing at least 28 people.")
         if x.category == "force"][0]
    assert e.fatalities == 28


SEED_ARTICLES = [
    ("Trump ordered strikes on Venezuela on Monday.", "Donald Trump", "Venezuela"),
    ("Maduro was indicted by a US court on Tuesday.", "United States", "Nicolás Maduro"),
    ("The Maduro government expelled US diplomats on Wednesday.", "Nicolás Maduro", "United States"),
    ("Caracas accused Washington of piracy on Saturday.", "Venezuela", "United States"),
    ("President Trump threatened Maduro with military action on Sunday.", "Donald Trump", "Nicolás Maduro"),
    ("US forces captured Maduro in Caracas on Jan. 3.", "United States", "Nicolás Maduro"),
]


@pytest.mark.parametrize("text, source, target", SEED_ARTICLES)
def test_maduro_trump_and_venezuela_are_actors_wherever_they_act_or_are_acted_on(text, source, target):
    [row] = extract(text, "2026-01-05")
    assert source in row.source_actors and target in row.target_actors


@pytest.mark.parametrize("text, location", [
    ("US forces captured Maduro in Caracas on Jan. 3.", "Caracas"),          # the place the sentence names
    ("Trump ordered strikes on Venezuela on Monday.", "Venezuela"),          # an attack: the country hit
    ("The Maduro government expelled US diplomats on Wednesday.", ""),       # "US" qualifies, it is no place
    ("Venezuelan forces seized a US-flagged tanker on Friday.", ""),
    ("U.S. forces struck a boat off Venezuela on Monday.", "off Venezuela"),  # the actor's country is not where
])
def test_the_location_is_where_it_happened_not_whose_it_is(text, location):
    [row] = extract(text, "2026-01-05")
    assert row.location == location


def test_a_town_the_gazetteer_lacks_is_the_location_and_no_party_to_the_act():
    # "the Lebanese town of Kfar Hamam": a town named by its noun, in the country of the adjective
    row = only("Israeli forces took control of the Lebanese town of Kfar Hamam on Tuesday.")
    assert (row.location, row.country) == ("Kfar Hamam", "Lebanon")
    assert "Kfar Hamam" not in row.target_actors and "Kfar Hamam" not in row.actors


def test_names_in_a_relative_clause_describe_a_noun_and_are_no_party_to_the_act():
    from timeline.events import extract_article
    from timeline.records import Article
    import datetime as dt
    art = Article(text="On Friday a U.S. strike on a semi-submersible vessel left two survivors, who were repatriated to "
                       "Colombia and Ecuador.", published=dt.date(2025, 10, 20))
    (e,) = extract_article(art)
    assert e.source_actors == ("United States",) and e.target_actors == ()


def test_the_dead_a_later_clause_hangs_on_are_the_toll_of_the_act_that_killed_them():
    e = [x for x in extract("Mourners gathered on Sunday to honor six brothers killed when an Israeli strike hit their car.")
         if x.category == "force"][0]
    assert e.fatalities == 6


def test_what_a_victim_was_doing_when_shot_is_no_event_and_the_day_dates_the_shooting():
    found = extract("Israeli forces fatally shot a teenager while he was seeking aid on Monday.", "2025-04-16")
    assert [(e.category, e.date, e.fatalities) for e in found] == [("force", dt.date(2025, 4, 14), 1)]


def test_a_speakers_pronoun_after_a_quotation_is_the_speaker_not_a_name_inside_or_before_it():
    import datetime as dt
    from timeline import events
    from timeline.records import Article
    text = ("President Donald Trump said last week he would soon meet with Maduro. "
            "“We may be having some discussions with Maduro,” he told reporters on Sunday.")
    rows = events.extract_article(Article(text=text, published=dt.date(2025, 11, 19), title="t", source="s"))
    [said] = [e for e in rows if e.category == "statement"]
    assert list(said.source_actors) == ["Donald Trump"]
    # a person named earlier in the pronoun's own sentence is still the one it names
    text = ("Congressmember Ro Khanna promised a vote next week. President Trump’s threats came as he hosted "
            "officials from 50 countries on Thursday.")
    rows = events.extract_article(Article(text=text, published=dt.date(2026, 2, 20), title="t", source="s"))
    [hosting] = [e for e in rows if e.category == "diplomacy"]
    assert list(hosting.source_actors) == ["Donald Trump"]


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine suffered a massive Russian missile attack on Sunday.", ("Russia",), ("Ukraine",)),
    ("On Sunday, Israel faced a barrage of Hizballah rockets.", ("Hezbollah",), ("Israel",)),
])
def test_who_undergoes_an_act_is_its_target_and_the_doer_is_named_in_the_act(text, source, target):
    e = only(text)
    assert e.source_actors == source and e.target_actors == target


def test_a_possible_consequence_is_no_retelling_of_the_act_done_beside_it():
    found = extract("Today, I am announcing the State Department's designation of Viv Ansanm and Gran Grif as Foreign "
                    "Terrorist Organizations. Individuals and entities providing material support to Viv Ansanm or "
                    "Gran Grif could face criminal charges.", "2025-05-02")
    assert sorted(e.status for e in found) == ["occurred", "speculative"]


@pytest.mark.parametrize("text, source", [
    ("Police fired tear gas at thousands of protesters in La Paz on Tuesday.", ("Bolivia",)),
    ("Two gunmen were killed by security forces in Mogadishu on Tuesday.", ("Somalia",)),
    # a country named with the forces, or forces of someone, are theirs, not the place's
    ("Police from Colombia arrested dozens of students in Caracas on Tuesday.", ("Colombia",)),
    ("Iraqi police arrested dozens of students in Basra on Tuesday.", ("Iraq",)),
    ("Soldiers opened fire on protesters in Baghdad on Thursday.", ("Iraq",)),
    ("Mutinous soldiers in Guinea-Bissau have killed President Joao Bernardo Vieira.", ("Guinea-Bissau",)),
    ("Authorities in Bahrain have detained opposition leaders.", ("Bahrain",)),
    # the government's troops, soldiers, forces, warplanes are the state's
    ("Government troops have captured several rebel-held areas in Libya on Saturday.", ("Libya",)),
    ("Smoke rose over Benghazi after government warplanes attacked militia bases on Monday.", ("Libya",)),
    # troops are as often another state's sent there: no state is guessed from the place
    ("Troops opened fire on protesters in Baghdad on Thursday.", ()),
])
def test_a_countrys_own_forces_named_with_no_country_are_the_state_of_the_place(text, source):
    assert only(text, "2019-11-14").source_actors == source


def test_a_countrys_own_forces_in_a_clause_naming_no_place_are_the_state_the_story_is_most_in():
    text = ("Burmese security forces killed at least nine protesters in Rangoon on Thursday. A Japanese journalist was "
            "among those killed in Rangoon. Myanmar's junta has banned gatherings in Rangoon.\n\n"
            "Police banned the activists from marching.")
    [e] = [e for e in extract(text, "2007-09-28") if "marching" in e.summary]
    assert e.source_actors == ("Myanmar",)


def test_forces_moved_in_the_passive_are_moved_by_their_state():
    e = only("Tens of thousands of Russian troops were mobilized to the region in late February.", "2014-04-25")
    assert (e.category, e.source_actors) == ("deployment", ("Russia",))
    # killed forces are no doers
    e = only("Russian troops were killed on Monday.", "2014-04-25")
    assert e.source_actors == ()

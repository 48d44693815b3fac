"""The eight classes of error seen on real news (issue 11), each on sentences written here:
dating, duplicates, background and commentary, actors that are not actors, categories from the
event's own predicate, planned events, missed events, merging across articles."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline import events
from timeline.events.merge import merge_evidence, merge_margin
from timeline.records import Article

D = dt.date


def extract(text: str, published: str = "2025-11-17", source: str = "Test Wire"):
    art = Article(text=text, published=dt.date.fromisoformat(published), title="t", source=source)
    return events.extract_article(art)


def rows(text: str, published: str = "2025-11-17") -> list[tuple[str, str]]:
    return [(e.category, e.summary) for e in extract(text, published)]


# ---------------------------------------------------------------- 5. the category comes from the event's predicate

def test_a_killing_told_with_its_agent_or_its_act_is_that_act_with_its_toll():
    (e,) = extract("On Sunday, Israeli forces killed at least 24 Palestinians in Gaza.")
    assert (e.category, e.fatalities, e.event_type) == ("force", 24, "ASSAULT")
    (e,) = extract("Twenty-four security officers were killed in the U.S. military raid on Saturday.")
    assert (e.category, e.fatalities) == ("force", 24)
    (e,) = extract("Israeli attacks have killed at least 42 Palestinians so far today.")
    assert (e.category, e.fatalities) == ("force", 42)
    (e,) = extract("Three people died in the storm on Sunday.")
    assert e.category == "casualties"


def test_a_reported_past_tense_the_tagger_read_as_a_participle_still_tells_its_act():
    text = ("Indian jets struck nine sites in Pakistan on Tuesday. A Pakistani military spokesperson said the "
            "strikes killed at least 26 people and wounded dozens, including women and children.")
    [strike] = extract(text, "2025-05-07")   # the saying only sources the strikes' toll, told again
    assert (strike.category, strike.date, len(strike.sources)) == ("force", D(2025, 5, 6), 2)


def test_what_someone_failed_to_do_did_not_happen():
    found = extract("Trump met Putin in Alaska on Friday but failed to secure a peace agreement.", "2025-08-18")
    assert [e.category for e in found] == ["diplomacy"]   # the meeting, not an agreement


def test_what_a_warning_to_someone_asks_them_to_do_is_no_event_of_its_own():
    found = extract("The White House has warned the Ukrainian president to stop criticizing the president and "
                    "sign a deal on minerals.")
    assert [e.category for e in found] == ["threat"]   # the deal is asked for, not signed


def test_what_an_appeal_asks_for_is_no_event_of_its_own():
    """"called for an end to the fighting": the appeal is the row (diplomacy, DEMAND), not force."""
    (e,) = extract("The UN called on Monday for an end to the fighting in Gaza.")
    assert (e.category, e.event_type, e.source_actors) == ("diplomacy", "DEMAND", ("United Nations",))
    (e,) = extract("On Monday the UK called for an immediate cessation of hostilities and the withdrawal of all troops.")
    assert e.category == "diplomacy"
    # the asking verb only covers its own object: an act told beside it stays the act
    found = extract("Israel launched strikes on Monday after Hamas called for attacks.")
    assert [e.category for e in found] == ["force", "diplomacy"]


def test_must_said_by_a_state_or_official_is_a_demand_made_that_day():
    (e,) = extract("Britain said on Monday that Russia must end its illegal war on Ukraine.")
    assert (e.category, e.event_type, e.status, e.date) == ("threat", "DEMAND", "occurred", D(2025, 11, 17))
    assert (e.source_actors, e.target_actors) == (("United Kingdom",), ("Russia",))
    # in a quotation, the speaker is the one the sentence attributes it to
    (e,) = extract("On Friday, Trump wrote on Truth Social, \u201cIsrael must immediately stop the bombing of Gaza, so "
                   "that we can get the hostages out safely.\u201d", "2025-10-04")
    assert (e.category, e.event_type, e.source_actors, e.target_actors) == ("threat", "DEMAND", ("Donald Trump",), ("Israel",))
    # "should" is an appeal
    (e,) = extract("All sides should refrain from steps that lead to further escalation, the foreign ministers of France "
                   "and Germany said on Friday.", "2025-06-21")
    assert (e.category, e.event_type, e.source_actors) == ("diplomacy", "DEMAND", ("France", "Germany"))


def test_must_in_a_statement_is_the_speakers_demand_and_in_the_articles_own_voice_no_event():
    statement = ("Statement by the UK at the UN Security Council, delivered on 22 August 2025 by Ambassador James Kariuki."
                 "\n\nThe parties must comply with the ceasefires to which they have committed. This must be sustained.")
    demands = [e for e in extract(statement, "2025-08-23") if e.event_type == "DEMAND"]
    assert [(e.summary, e.source_actors, e.date) for e in demands] == [
        ("The parties must comply with the ceasefires to which they have committed.", ("United Kingdom",), D(2025, 8, 22))]
    assert extract("Airlines must take longer routes around the region.") == []
    # an unnamed speaker makes no actor's demand
    assert not [e for e in extract("Carriers must take longer routes around the region, the airline said on Monday.")
                if e.event_type == "DEMAND"]


def test_being_met_with_something_is_no_meeting_and_will_be_met_with_force_is_a_warning():
    [warned] = extract("The defence minister said any new incursion will be met with force.", "2025-11-20")
    assert (warned.category, warned.status) == ("threat", "occurred")
    assert all(e.category != "diplomacy" for e in extract("The reform plan was met with protests on Monday.", "2025-11-20"))
    [met] = extract("The envoy was met by the foreign minister at the airport on Monday.", "2025-11-20")
    assert met.category == "diplomacy"


def test_an_attack_that_goes_on_is_an_event_of_the_day_not_a_retelling():
    [row] = extract("The army continues its shelling of the northern districts.", "2025-11-20")
    assert (row.category, row.date, row.status) == ("force", D(2025, 11, 20), "occurred")
    [row] = extract("Rebels are intensifying their assault on the provincial capital, killing at least nine people.",
                    "2025-11-20")
    assert (row.category, row.fatalities) == ("force", 9)
    assert extract("The ministry denies any role in the attack.", "2025-11-20") == []   # a present state stays none


def test_a_threat_repeated_is_a_threat_of_the_day_and_a_stance_is_no_deployment():
    found = extract("The ministry imposed new sanctions on Friday as the president repeated his threats to strike "
                    "the ports.", "2025-11-20")
    assert sorted((e.category, e.date) for e in found) == [("sanction", D(2025, 11, 14)), ("threat", D(2025, 11, 14))]
    assert all(e.category != "deployment" for e in extract(
        "He repeated the government's position that the election was not legitimate.", "2025-11-20"))
    [moved] = extract("The navy positioned two destroyers off the coast on Monday.", "2025-11-20")
    assert moved.category == "deployment"


# ---------------------------------------------------------------- 3. background and commentary are no rows

def test_quoted_speech_tells_the_speakers_words_not_rows():
    found = rows("Trump told reporters on Monday: “We hit all the boats and we will hit the land next.”")
    assert [c for c, _s in found] == ["statement"]
    # a short quotation is a label, the act around it is the event
    (e,) = extract("On Saturday, U.S. forces launched what Trump called a “large-scale attack” on the port.")
    assert e.category == "force"


def test_a_quotation_opened_curly_and_closed_straight_ends_there():
    # copy mixes quotation marks; a quotation left open would swallow the rest of its paragraph
    text = ("“We will support Israel. We will help defend Israel, and Iran will not succeed.\" Lebanese Hezbollah "
            "late Friday fired dozens of rockets into northern Israel. The IDF also said it was able to intercept two "
            "explosive drones that Hezbollah militants had used to target Israel earlier Friday.")
    found = rows(text, "2024-04-12")
    assert [c for c, _s in found].count("force") == 2, found


def test_paragraphs_pasted_with_single_line_breaks_read_as_paragraphs():
    # a paste that kept one line break per paragraph reads as the page: the heading lines stay apart
    # from the first sentence of the story
    text = ("On Recent Events in Tripoli\nPress Statement\nWashington, DC\nFebruary 10, 2017\n"
            "The United States notes with serious concern reports that armed vehicles of a militia have entered "
            "Tripoli.\nWe urge all parties to renew efforts toward national reconciliation.")
    found = [(e.date, e.category) for e in extract(text, "2017-02-10")]
    assert "deployment" in [c for _d, c in found], found
    assert found == [(e.date, e.category) for e in extract(text.replace("\n", "\n\n"), "2017-02-10")]


def test_what_holds_in_general_is_no_event_even_under_a_condition_or_a_mistagged_verb():
    # a consequence under a condition, told in the present, is a rule ("if convicted ..."), not a
    # speculative event; a finite verb the tagger gives its base form still tells the present
    assert rows("If convicted, each charge carries a maximum sentence of life in prison.", "2026-01-06") == []
    assert rows("Amphibious operations further enable sustained Marine Air-Ground Task Force operations ashore.") == []
    # what is uncertain and told as an act stays, marked so
    [row] = extract("The US could strike Venezuela within days, officials said.")
    assert (row.category, row.status) == ("force", "speculative")


def test_a_record_is_a_comparison_not_an_event_and_its_span_dates_nothing():
    assert extract("It was the deadliest attack since 2000.", "2025-08-01") == []
    # a first, ranked like a superlative, is a record too
    assert extract("They were Khamenei’s first public comments in over a week.", "2025-06-19") == []
    [attack] = extract("On Wednesday night alone, 31 people were killed in Kyiv, the deadliest attack on the city "
                       "this year.", "2025-08-01")
    assert (attack.category, attack.date, attack.fatalities) == ("force", D(2025, 7, 30), 31)
    # a superlative on the act told is no record ("launched its largest aerial attack")
    [launched] = extract("Russia launched its largest aerial attack on Ukraine on Sunday.", "2025-08-01")
    assert (launched.category, launched.date) == ("force", D(2025, 7, 27))
    # the event a ranked one came after keeps its own day ("the second airstrike ... after Thursday's attack")
    [attack] = extract("It was the second airstrike by U.S. forces after Thursday's attack by ISIS-K at the Kabul "
                       "airport, which killed at least 175 people.", "2021-08-30")
    assert (attack.date, attack.date_basis, attack.fatalities) == (D(2021, 8, 26), "explicit", 175)


def test_a_broadcaster_announcing_its_programme_tells_no_event():
    text = ("The U.S. struck a boat on Monday. We’ll have more about war crimes on the high seas after headlines, "
            "when we’ll speak with a law professor.\n\nWe'll have more on Venezuela later in the broadcast.")
    assert [e.category for e in extract(text, "2025-12-02")] == ["force"]


def test_a_newsmakers_line_in_a_transcript_is_their_own_words_but_the_anchors_line_is_news():
    text = ("AMY GOODMAN: The army seized a tanker off the coast on Wednesday.\n\n"
            "PRESIDENT DONALD TRUMP: We're dealing with the people. We just seized a tanker.")
    assert [(e.category, e.date) for e in extract(text, "2025-12-12")] == [("force", D(2025, 12, 10))]
    # an unnamed speaker's label ("Protester:") opens their words too, and is no protest itself
    text = ("Police fired tear gas at thousands of protesters in La Paz on Tuesday.\n\n"
            "Protester: “The authorities nearly choked me! But I am going to continue.”")
    assert [e.category for e in extract(text, "2019-11-14")] == ["force"]


def test_a_governments_transcript_of_its_own_briefing_tells_what_its_officials_tell():
    # the Department of State's transcript: the Secretary's lines are what the government tells, as in a release
    text = ("SECRETARY KERRY: Good afternoon. Russian forces seized the parliament building in Simferopol on "
            "Thursday.\n\nQUESTION: Mr. Secretary, what comes next?")
    rows = events.extract([Article(text=text, published=D(2014, 3, 1), source="U.S. Department of State")])
    assert [(e.category, e.date) for e in rows] == [("force", D(2014, 2, 27))]
    # the same lines in a news outlet's transcript are the newsmaker's own words
    rows = events.extract([Article(text=text, published=D(2014, 3, 1), source="Democracy Now!")])
    assert rows == []


def test_a_participle_naming_what_an_act_told_hit_is_that_act_told_again():
    text = ("Indian missiles struck nine sites in Pakistan on Wednesday. "
            "Among sites hit was a mosque in Pakistan's Punjab province.")
    [strike] = extract(text, "2025-05-07")
    assert (strike.category, len(strike.sources)) == ("force", 2)


def test_speaking_with_reporters_is_no_talks():
    found = extract("President Trump confirmed the strike while speaking with reporters at the White House.")
    assert "diplomacy" not in [e.category for e in found]
    assert [e.category for e in extract("Trump spoke to Putin by phone on Monday.")] == ["diplomacy"]


def test_a_rights_groups_comment_is_no_row_but_what_it_reports_done_stays():
    for text in ('On Monday, Amnesty International condemned the strikes as "murder".',
                 "The Norwegian Refugee Council warned on Monday that aid would run out.",
                 "On Monday, Human Rights Watch called on Congress to act.",
                 # the UN's aid agencies comment on the crisis in the same way
                 "The World Food Programme warned on Monday that its stocks would run out within days.",
                 "On Monday, UNICEF warned that malnutrition among children is growing worse."):
        assert extract(text) == [], text
    # a killing it names with no doer is told nowhere else: the killing is the row, the group no party to it
    [killing] = extract("On Monday, Doctors Without Borders condemned the killing of its staff member in Gaza, Omar Hayek.")
    assert (killing.category, killing.source_actors) == ("casualties", ())
    assert "Doctors Without Borders" not in killing.actors
    # a place given a name is no phone call
    assert "diplomacy" not in [e.category for e in extract("On Wednesday, Trump repeatedly called Greenland Iceland.")]
    found = extract("Human Rights Watch said Israeli forces shelled the camp on Monday.")
    assert [e.category for e in found] == ["force"]
    # a state's condemnation stays
    assert [e.category for e in extract("On Monday, Venezuela condemned the strikes as murder.")] == ["accusation"]


def test_a_news_outlets_report_only_sources_what_it_tells():
    assert extract("Last week, The Washington Post reported the minister had given a verbal order.", "2025-12-05") == []
    # what it reports as done stays an event
    found = extract("Reuters reports the U.S. is refusing to co-sponsor a U.N. motion.", "2025-02-21")
    assert [e.category for e in found] == ["statement"] and "refusing" in found[0].summary



def test_a_report_by_an_outlets_reporter_or_bureau_only_sources_what_it_tells():
    for text in ("VOA's Nico Colombant reports from our regional bureau in Dakar.",
                 "The main highway to the north was jammed with cars, the reporter said.",
                 'Jim Muir, a BBC correspondent, said "The building was crowded."'):
        assert extract(text, "2008-02-02") == [], text
    # what the reporter tells others did stays an event; so does what a minister tells reporters
    found = extract("A reporter for VOA Kurdish in Kirkuk said militants attacked Peshmerga forces on Monday.", "2014-09-10")
    assert [e.category for e in found] == ["force"]
    found = extract("The minister told reporters on Monday that the talks had failed.", "2014-09-10")
    assert [e.category for e in found] == ["statement"]

def test_a_claim_of_a_state_only_sources_a_fact_but_a_claim_of_an_act_or_a_plan_is_told():
    for text in ("The Pentagon claimed the boat was carrying drugs but once again offered no proof.",
                 "The minister claimed the tanker had been used to transport sanctioned oil."):
        assert extract(text, "2025-12-12") == [], text
    assert [e.category for e in extract("Trump claimed the U.S. will take the oil.", "2025-12-12")] == ["statement"]
    assert [e.category for e in extract("Pakistan claims to have shot down two Indian fighter jets.",
                                        "2025-12-12")] == ["force"]


def test_stopping_nothing_named_is_no_sanction():
    assert "sanction" not in [e.category for e in extract("Trump wrote on social media, “Vladimir, STOP!”")]
    assert extract("This has to stop.") == []
    assert [e.category for e in extract("The U.S. will stop payments to the agency.")] == ["sanction"]


def test_what_an_amid_phrase_names_is_background():
    assert extract("Amid the ongoing assault and threats of escalation, many Iranians have been fleeing the country.",
                   "2025-06-17") == []
    assert [e.category for e in extract("The talks resumed amid a military build-up of 10,000 troops.",
                                        "2025-06-17")] == ["diplomacy"]


def test_an_attribution_by_no_one_named_on_no_day_is_no_event():
    """"..., officials said": the saying only sources what is told; a named speaker or a day makes it one."""
    assert rows("The designation would give the administration new options, officials said.") == []
    assert [c for c, _s in rows("The designation would give the administration new options, Rubio said.")] == \
        ["statement"]
    assert [c for c, _s in rows("Officials said on Sunday that talks would resume.", "2025-11-17")] != []


def test_captions_and_wire_credit_lines_are_no_part_of_the_story():
    text = ("Venezuela deployed troops to the border on Sunday.\n\n"
            "FILE PHOTO: Venezuelan soldiers take part in a military exercise in Caracas, September 3, 2025. "
            "REUTERS/Leonardo Fernandez/File Photo\n\n"
            "(Reporting by Matt Spetalnick; Additional reporting by Steve Holland; Editing by Don Durfee)\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.")
    assert [(e.category, e.date) for e in extract(text)] == [("deployment", D(2025, 11, 16))]
    # a release's source line in parentheses is no act of cooperation
    for line in ("(Compiled from Combined Joint Task Force 101 news releases.)",
                 "(From an International Security Assistance Force Joint Command news release.)"):
        assert [e.category for e in extract("Venezuela deployed troops to the border on Sunday.\n\n" + line)] == [
            "deployment"]
    # nor is a broadcaster's credit line
    for line in ("VOA's Somali Service contributed to this report.",
                 "Gilbert da Costa in Abuja has been following developments and filed this report for VOA.",
                 "Correspondent Irwin Chifera of VOA's Studio 7 for Zimbabwe reported."):
        assert [e.category for e in extract("Venezuela deployed troops to the border on Sunday.\n\n" + line)] == [
            "deployment"], line
    # a sentence of the story in parentheses stays one
    assert len(extract("Venezuela deployed troops to the border on Sunday.\n\n(From the border, Colombia "
                       "withdrew its envoy on Monday.)")) == 2


def test_running_tallies_are_background():
    assert rows("Since September, the administration has bombed at least 28 boats, killing at least 104 people.") == []
    assert rows("US forces have carried out at least 21 strikes on boats since early September.") == []
    # "hundreds of attacks" counts roughly; a "since" fronted before a saying opens the tally it reports
    assert rows("Since 2023, the Houthis have launched hundreds of attacks against commercial vessels.") == []
    assert rows("Since September, the Pentagon says it has conducted 38 strikes, killing at least 130 people.") == []
    assert [c for c, _s in rows("On Monday the Houthis launched dozens of drones at Israel.")] == ["force"]
    # one strike with its toll is an event
    assert [c for c, _s in rows("On Tuesday, US forces struck a boat, killing three people.")] == ["force"]


# ---------------------------------------------------------------- 2. one row per real-world event in an article

def test_a_retelling_joins_the_first_row_and_adds_its_sentence():
    text = ("U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday. "
            "Attorney General Pam Bondi announced the seizure on social media. "
            "At the White House, President Trump confirmed the raid.")
    found = extract(text, "2025-12-11")
    assert [e.category for e in found] == ["force"]
    assert len(found[0].sources) == 3 and found[0].date == D(2025, 12, 10)


def test_an_event_named_with_its_day_as_possessive_retells_the_act_of_that_day():
    text = ("The Pentagon said Monday it had blown up another boat in the eastern Pacific, killing two people. "
            "Since September, the Pentagon says it has conducted 38 strikes, killing at least 130 people. "
            "Monday's reported attack came as U.S. forces in the Indian Ocean boarded a tanker carrying Venezuelan oil.")
    found = extract(text, "2026-02-10")
    boat = [e for e in found if "blown up" in e.summary][0]
    assert len(boat.sources) == 2 and boat.fatalities == 2   # joined the act of Monday, not the tally that spans it
    # the boarding going on meanwhile, by a doer of its own, is an act of its own: a seizure
    [tanker] = [e for e in found if e.summary.startswith("Monday")]
    assert (tanker.event_type, tanker.event_mode, tanker.source_actors) == ("COERCE", "seize", ("United States",))


def test_boarding_a_vessel_is_a_seizure_and_boarding_a_plane_or_engaging_in_a_trade_is_not():
    assert [e.event_mode for e in extract("On Monday, U.S. forces boarded a tanker off Venezuela.")] == ["seize"]
    assert extract("On Monday, Trump boarded Air Force One.") == []
    assert [e.category for e in extract("On Monday, the two sides engaged in talks.")] == ["diplomacy"]
    assert "force" not in [e.category for e in extract("SOUTHCOM said the boat was engaged in narcotrafficking.")]


def test_the_toll_told_later_is_a_field_of_the_attack():
    text = ("The U.S. military attacked the port on Saturday. "
            "Officials say 80 people were killed in the attack.")
    (e,) = extract(text, "2026-01-05")
    assert (e.category, e.fatalities, e.date) == ("force", 80, D(2026, 1, 3))


def test_an_event_named_after_following_is_another_event_with_its_own_date():
    text = ("Following the trilateral meeting held in Doha on March 18, 2025, representatives of the United States "
            "and Rwanda convened in Doha to reiterate their commitment to peace. The representatives welcomed the declaration.")
    found = extract(text, "2025-04-30")
    assert [(e.category, e.date_end) for e in found][:2] == [("diplomacy", D(2025, 3, 18)), ("diplomacy", D(2025, 4, 30))]
    # the earlier event does not set the day of the story told after it
    assert found[-1].date_end == D(2025, 4, 30)


def test_more_victims_of_the_attack_are_its_toll_not_another_attack():
    # "another" before a count adds victims; before the event word it sets a new event apart
    text = ("An Israeli airstrike killed 12 people in Khan Younis on Saturday. "
            "Another 30 people were injured in the attack.")
    (e,) = extract(text, "2025-06-02")
    assert (e.fatalities, e.injured, len(e.sources)) == (12, 30, 2)
    text = ("An Israeli airstrike killed 12 people in Khan Younis on Saturday. "
            "Another airstrike killed 30 people in Rafah.")
    assert len(extract(text, "2025-06-02")) == 2


def test_the_next_sentence_telling_the_same_doer_s_act_in_more_detail_joins_it():
    text = ("At least 40 people have been killed in a U.S. airstrike in Yemen. "
            "Houthi officials say the U.S. bombed a prison in the province of Saada.")
    (e,) = extract(text, "2025-04-28")
    assert (e.fatalities, len(e.sources)) == (40, 2)
    # a sentence that adds an act, or another doer's act, stays a row of its own
    for second in ("Houthi officials say the U.S. also bombed a prison in the province of Saada.",
                   "Houthi officials say Israel bombed a prison in the province of Saada."):
        text = "At least 40 people have been killed in a U.S. airstrike in Yemen. " + second
        assert len(extract(text, "2025-04-28")) == 2, second

# ---------------------------------------------------------------- 1. dated by its own clause, then the story, then publication

def test_the_words_of_a_statement_are_dated_the_day_they_were_said():
    text = ("Statement given recently (22 August 2025) by the UK Ambassador at the UN Security Council.\n\n"
            "The United Kingdom welcomes the signing of the peace agreement. We urge the parties to show restraint. "
            "Today the Council must act.")
    found = extract(text, "2025-08-26")
    assert [(e.category, e.date, e.date_basis) for e in found] == [
        ("statement", D(2025, 8, 22), "explicit"),      # the opening line: the statement itself
        ("diplomacy", D(2025, 8, 22), "narrative"), ("diplomacy", D(2025, 8, 22), "narrative"),
        ("threat", D(2025, 8, 22), "explicit")]   # "Today the Council must act": the speaker's demand, made that day (its "today" reckoned from then)
    assert "said on the day of the statement" in found[1].derivation


def test_refusing_to_say_tells_nothing():
    assert extract("Hegseth also refused to say whether the Pentagon would release video of the attack.") == []
    assert extract("The ministry declined to comment on the strike.") == []
    # refusing to act is a rejection, and the act did not happen
    [row] = extract("Israel refused to withdraw its troops from the town on Monday.")
    assert (row.category, row.event_type, row.status) == ("statement", "REJECT", "occurred")


def test_a_line_that_only_introduces_the_words_that_follow_is_no_row():
    text = ("An FCDO spokesperson yesterday said:\n\n"
            "The UK condemns Russia's reckless violation of Polish airspace. Russia must end its illegal war.")
    found = extract(text, "2025-09-11")
    # (the violation of airspace condemned is an incursion of its own: a force row beside the condemnation)
    assert [(e.category, e.date) for e in found] == [("accusation", D(2025, 9, 10)), ("force", D(2025, 9, 10)),
                                                     ("threat", D(2025, 9, 10))]
    # a line naming the statement that follows introduces it too, in a release with no day in its opening
    text = ("Chief Pentagon Spokesman Sean Parnell provided the following statement:\n\n"
            "The Secretary of Defense directed the carrier strike group to the Middle East.")
    assert [e.category for e in extract(text, "2025-04-02")] == ["deployment"]


def test_a_dated_past_sentence_without_a_row_still_sets_the_storys_day():
    # The opening sentence is no event of the taxonomy, but it puts the story on Tuesday: the
    # undated past events that follow happened that day, not on the publication day.
    text = ("The former minister appeared before a tribunal in Geneva Tuesday, where he answered questions. "
            "During the hearing, the minister accused Colombia of sabotage. "
            "Prosecutors later condemned the bombing of the pipeline.")
    found = extract(text, "2025-11-20")
    assert [(e.category, e.date, e.date_basis) for e in found] == [
        ("accusation", D(2025, 11, 18), "narrative"), ("accusation", D(2025, 11, 18), "narrative")]
    # a day named inside a relative clause, or a coming day, sets nothing
    later = extract("Crowds filled the square, which reopened on Tuesday. The minister accused Colombia of sabotage.",
                    "2025-11-20")
    assert [(e.date_end, e.date_basis) for e in later if "sabotage" in e.summary] == [(D(2025, 11, 20), "publication")]
    coming = extract("The minister will appear before a tribunal on Friday. The minister accused Colombia of sabotage.",
                     "2025-11-20")
    assert [(e.date_end, e.date_basis) for e in coming if "sabotage" in e.summary] == [(D(2025, 11, 20), "publication")]


def test_a_promise_of_what_would_happen_is_dated_by_the_story_when_told_in_the_past():
    # the row is the promise, made on the story's day; "would" only looks ahead from it
    text = ("The leaders met at the White House on Monday. "
            "The president promised the U.S. would help guarantee the country's security in any future deal.")
    [promise] = [e for e in extract(text, "2025-08-20") if "promised" in e.summary]
    assert (promise.date, promise.date_basis) == (D(2025, 8, 18), "narrative")
    # told in the present, the promise is of the publication day
    now = extract("The leaders met at the White House on Monday. "
                  "The president promises the U.S. will help guarantee the country's security.", "2025-08-20")
    assert [(e.date, e.date_basis) for e in now if "promises" in e.summary] == [(D(2025, 8, 20), "publication")]


def test_a_time_of_day_naming_no_day_is_on_the_storys_day():
    text = ("Artillery shelled the border town on Saturday. Shells fell on the market and the school. "
            "Residents fled to the hills. By 2 a.m., the soldiers had seized the town hall.")
    [seized] = [e for e in extract(text, "2025-11-18") if "seized" in e.summary]
    assert (seized.date, seized.date_basis, seized.date_text) == (D(2025, 11, 15), "narrative", "2 a.m.")
    # the time of day sets no day for what follows, and neither does today in what is still to come today
    for later in ("By 2 a.m., the soldiers seized the town hall.", "The defence minister will meet the general today."):
        story = ("Soldiers attacked the border town on Saturday. Shells fell on the market and the school. "
                 f"Residents fled to the hills. {later} The general accused the rebels of shelling the town.")
        # (the shelling the rebels are accused of is a row of its own, 2026-12-07)
        [accused] = [e for e in extract(story, "2025-11-18") if "accused" in e.summary and e.category == "accusation"]
        assert (accused.date, accused.date_basis) == (D(2025, 11, 15), "narrative"), later
    # a time of today, or told of what comes, stays on the publication day
    for later in ("The soldiers will attack the town hall at 2 a.m.", "At 2 a.m. today, the soldiers seized the town hall."):
        rows = [e for e in extract("Artillery shelled the border town on Saturday. " + later, "2025-11-18")
                if "town hall" in e.summary]
        assert [e.date for e in rows] == [D(2025, 11, 18)], later


def test_an_act_told_as_going_on_while_another_happens_is_an_event_not_a_state():
    found = extract("Residents are fleeing Tehran as Israel attacks the city for a fifth day.", "2025-06-17")
    assert "force" in [e.category for e in found]
    # a saying beside it stays a row of its own, not a report of it
    both = extract("Israel’s military has declared Gaza City “a dangerous combat zone” as it ramps up its offensive "
                   "to seize the city.", "2025-08-29")
    assert sorted(e.category for e in both) == ["force", "statement"]
    # a concession is no simultaneity, and critics' warnings are commentary
    assert extract("While the government claims the strikes target smugglers, no proof was offered.", "2025-06-17") == []
    assert [e.category for e in extract("The envoy said sanctions would follow, as critics warn the country is "
                                         "ushering in a regime change.", "2025-06-17")] == ["sanction"]


def test_a_performative_present_is_an_event_but_a_present_state_is_not():
    assert [c for c, _s in rows("The United Kingdom condemns the attack on the hospital.")] == ["accusation"]
    assert [c for c, _s in rows("We call on Iran to return to negotiations.")] == ["diplomacy"]
    assert rows("Maduro denies any role in drug trafficking.") == []
    # paying tribute and congratulating are done by saying them
    assert [c for c, _s in rows("We pay tribute to Kenya for its leadership of the mission.")] == ["diplomacy"]
    assert [c for c, _s in rows("The United States congratulates the council on its nomination of a prime minister.")] == ["diplomacy"]


def test_crackdowns_conquests_strafing_and_boycotts_are_events_of_their_categories():
    for text, category, event_type in (
            ("Government forces cracked down on protesters in the capital on Monday.", "force", "COERCE"),
            ("Security forces began a crackdown on the protest camp on Monday.", "force", "COERCE"),
            ("Rebels conquered the town of Bunia on Tuesday.", "force", "COERCE"),
            ("Jets strafed the convoy near the border on Friday.", "force", "ASSAULT"),
            ("Gunmen gunned down five villagers on Sunday.", "force", "ASSAULT"),
            ("The opposition boycotted the vote on Sunday.", "accusation", "PROTEST"),
            ("The army redeployed two brigades to the north on Monday.", "deployment", "MOBILIZE")):
        found = events.extract([Article(text=text, published=D(2010, 3, 10), source="Voice of America")])
        assert [(e.category, e.event_type) for e in found] == [(category, event_type)], text
    [strafed] = events.extract([Article(text="Jets strafed the convoy near the border on Friday.",
                                        published=D(2010, 3, 10), source="Voice of America")])
    assert strafed.event_mode == "aerial"


def test_a_concern_read_as_a_passive_covers_every_act_it_names_and_a_sentencing_is_an_act():
    # "by the arrest and ongoing detention of X": the act the clause keeps is the second of the two named
    assert [c for c, _s in rows("Second, we are concerned by the arrest and ongoing detention of the First Vice "
                                "President.")] == ["accusation"]
    assert [c for c, _s in rows("The United Kingdom is concerned by the opposition leader's sentencing.")] == ["accusation"]
    # a sentencing is a legal sanction of its day
    [sentenced] = events.extract([Article(text="The sentencing of two opposition leaders to 11 and 10 years on 6 "
                                               "September is another example of repression.",
                                          published=D(2020, 9, 8), source="Voice of America")])
    assert (sentenced.category, sentenced.date) == ("sanction", D(2020, 9, 6))


def test_a_refusal_said_is_a_rejection_and_a_refusal_to_let_happen_a_warning():
    for text in ("The United Kingdom will not support any aid mechanism that bypasses the UN.",
                 "Fighters barricaded inside the camp say they will never surrender.",
                 "The United Kingdom does not support the regional government's referendum."):
        found = events.extract([Article(text=text, published=D(2017, 9, 20), source="GOV.UK (FCDO)")])
        assert [(e.category, e.event_type, e.status) for e in found] == [("statement", "REJECT", "occurred")], text
    warned = events.extract([Article(text="America will not tolerate attacks on its citizens.",
                                     published=D(2017, 9, 20), source="Voice of America")])
    assert [(e.category, e.event_type) for e in warned] == [("threat", "THREATEN")]
    # resolve told in the negative refuses nothing
    assert rows("We will not rest until they are home.") == []


def test_dispersing_people_is_force_and_throwing_stones_at_them_an_attack():
    for text, category, event_type in (
            ("In the capital, police dispersed a small mob of monks on Wednesday.", "force", "COERCE"),
            ("The protesters threw rocks and bottles at police on Wednesday.", "force", "ASSAULT")):
        found = events.extract([Article(text=text, published=D(2007, 9, 27), source="Voice of America")])
        assert [(e.category, e.event_type, e.date) for e in found] == [(category, event_type, D(2007, 9, 26))], text
    # a crowd that disperses does nothing to anyone
    assert "force" not in [c for c, _s in rows("The protesters began to disperse peacefully on Wednesday.")]


def test_a_speech_act_joined_to_another_verb_of_the_writers_we_is_done_by_saying_it():
    # the conjunct shares "we", whatever verb it is joined to; asking is an appeal as calling is
    assert [c for c, _s in rows("We send our condolences to the families of the victims and call on the Libyan "
                                "authorities to bring those responsible to justice.")] == ["diplomacy"]
    assert [c for c, _s in rows("We ask all parties to take the steps needed to carry out the cessation of "
                                "hostilities.")] == ["diplomacy"]
    # a conjunct with no "we" of its own after a verb that is no speech act stays a state
    assert rows("The charity runs two hospitals and supports births in the camps.") == []


def test_a_present_verb_joined_to_a_negated_future_keeps_its_own_tense():
    # "will not support" is the warning; "urges" after it is not negated by the "not" of "will"
    found = rows("The United Kingdom will not support an unconstitutional transfer of power and therefore urges "
                 "all parties to respect the constitution.")
    assert "diplomacy" in [c for c, _s in found]
    # a participle shares the auxiliary, and so the negation: "has not identified X or published Y"
    assert rows("The ministry has not identified the victims or published their names.") == []


def test_a_present_state_in_the_words_of_a_statement_is_no_event_but_its_speech_acts_are():
    heading = "Statement given yesterday by Ambassador Jane Doe at the Security Council.\n\n"
    for state in ("Every Russian strike is a commitment not to peace.",
                  "They cost lives, blight communities, hamper economic growth and threaten our shared security.",
                  "Each represents an individual life lost.",
                  "Russia's attacks on civilians tell us everything about its intentions."):
        assert [e.category for e in extract(heading + state, "2025-08-02") if "given" not in e.summary] == [], state
    for act, category in (("We condemn the attack on the hospital.", "accusation"),
                          ("The Fact-Finding Mission warns that the violence bears the hallmarks of genocide.", "threat")):
        found = extract(heading + act, "2025-08-02")
        assert [(e.category, e.date) for e in found if "given" not in e.summary] == [(category, D(2025, 8, 1))], act


def test_a_statements_opening_line_is_said_by_the_speaker_and_the_state_served_not_the_venue():
    text = ("Statement given yesterday by Ambassador Sarah Mitchell, UK Permanent Representative to the UN, "
            "at the UN Security Council meeting on Yemen.\n\nWe condemn the detention of aid workers.")
    [given] = [e for e in extract(text, "2025-09-16") if e.category == "statement" and "given" in e.summary]
    assert given.source_actors == ("United Kingdom", "Sarah Mitchell")
    assert "Yemen" not in given.actors and "United Nations" not in given.actors


def test_the_meeting_a_statement_was_given_at_is_an_event_held_by_its_body():
    text = ("Statement given yesterday by Ambassador Sarah Mitchell, UK Permanent Representative to the UN, "
            "at the UN Security Council meeting on Yemen.\n\nWe condemn the detention of aid workers.")
    found = extract(text, "2025-09-16")
    [meeting] = [e for e in found if e.category == "diplomacy"]
    assert (meeting.source_actors, meeting.date) == (("UN Security Council",), D(2025, 9, 15))
    assert "statement" in [e.category for e in found]   # the statement itself stays a row
    # an opening line with no day names the meeting too, on the day the statement is dated by
    text = ("Statement by Ambassador James Kariuki, UK Deputy Permanent Representative to the UN, at the UN "
            "Security Council meeting on Democratic Republic of the Congo.\n\nWe condemn the advance of M23.")
    [meeting] = [e for e in extract(text, "2025-02-19") if e.category == "diplomacy"]
    assert meeting.source_actors == ("UN Security Council",)
    # a news story's first sentence naming a meeting in passing gives no meeting row
    news = "Officials spoke at the UN Security Council meeting on Yemen.\n\nThe Houthis detained aid workers."
    assert [e.category for e in extract(news, "2025-02-19")].count("diplomacy") <= 1


def test_a_statement_quoted_whole_after_its_opening_line_is_the_statements_own_words():
    text = ("An FCDO spokesperson yesterday said:\n\n“The UK calls for an immediate cessation of hostilities "
            "and a return to dialogue through African-led peace processes.”")
    found = extract(text, "2025-02-17")
    assert ("diplomacy", D(2025, 2, 16)) in [(e.category, e.date) for e in found]
    # in a news story a quotation stays the speaker's words, no row
    news = extract("The minister said: “We will strike the rebels' camps until they surrender.”", "2025-02-17")
    assert "force" not in [e.category for e in news]


def test_an_act_judged_with_a_word_of_condemnation_is_accused():
    for text in ("Threats against humanitarian workers are unacceptable.",
                 "Reported violations by the rebels are deeply concerning.", "The attacks are unacceptable."):
        assert [e.category for e in extract(text)] == ["accusation"], text
    # a claim judged fraudulent is accused too
    assert [e.category for e in extract("Nicolás Maduro’s claim to power is fraudulent.")] == ["accusation"]
    # a thing, not an act, so judged is no event; nor a judgement of the past told by no one
    assert extract("The weather is alarming.") == []


def test_an_event_told_as_after_another_without_a_distance_is_a_window_before_it():
    [attack] = [e for e in extract("Leaders met in Brasilia on Friday, days after the U.S. attacked Venezuela.",
                                   "2026-01-12") if e.category == "force"]
    assert (attack.date, attack.date_end) == (D(2025, 12, 30), D(2026, 1, 8))   # 1 to 10 days before Friday
    assert attack.date_basis == "narrative" and "days after" in attack.derivation
    # a distance in numbers is exact; a date of its own wins
    [fired] = [e for e in extract("Protesters marched on Saturday, two days after troops fired on the crowd.", "2025-11-17")
               if e.category == "force"]   # (the march is a row of its own, a protest)
    assert fired.date == D(2025, 11, 13)
    [own] = [e for e in extract("Leaders met on Friday, after the U.S. attacked Venezuela on Jan. 3.", "2026-01-12")
             if e.category == "force"]
    assert own.date == D(2026, 1, 3)


# ---------------------------------------------------------------- 7. missed events

def test_calling_a_person_is_a_call_between_leaders_not_a_statement():
    for text in ("Secretary of State Marco Rubio called Democratic Republic of the Congo President Félix Tshisekedi on Monday.",
                 "The Foreign Secretary called the president on Monday."):
        assert [e.category for e in extract(text, "2025-02-05")] == ["diplomacy"], text
    # naming something, asking something, calling up troops are not calls
    assert [e.category for e in extract("Trump called Putin a liar on Monday.", "2025-02-05")] == ["statement"]
    assert [e.category for e in extract("Trump called on Israel to stop on Monday.", "2025-02-05")] == ["diplomacy"]
    assert [e.category for e in extract("The army called up 5,000 reservists on Monday.", "2025-02-05")] == ["deployment"]


def test_an_office_holder_arriving_is_a_visit():
    (e,) = extract("The president of the United Arab Emirates arrived in Qatar today.", "2025-09-10")
    assert (e.category, e.source_actors, e.country) == ("diplomacy", ("United Arab Emirates",), "Qatar")
    assert extract("The bodies arrived in Gaza today.", "2025-09-10") == []


def test_words_of_support_praise_and_rebuke_are_events_of_their_kind():
    cases = [("On Monday, the United Kingdom affirmed its support for the security of Israel.", "diplomacy"),
             ("The United Kingdom stands in solidarity with the people of Venezuela.", "diplomacy"),
             ("On Monday, President Trump praised U.S. forces.", "diplomacy"),
             ("On Friday, Trump and Vance berated the Ukrainian president.", "accusation"),
             ("Trump officials are pushing back on a leaked intelligence report.", "statement")]
    for text, category in cases:
        assert [e.category for e in extract(text)] == [category], text


def test_an_update_given_is_a_statement():
    (e,) = extract("The War Department provided an update today on the military's campaign.", "2025-12-02")
    assert (e.category, e.date) == ("statement", D(2025, 12, 2))


def test_an_event_noun_that_sets_the_time_is_an_event_of_its_own():
    found = extract("Trump announced a ceasefire on Monday, in the wake of an Iranian missile attack on a US base.",
                    "2025-06-24")
    assert sorted(e.category for e in found) == ["cooperation", "force"]
    attack = [e for e in found if e.category == "force"][0]
    assert attack.source_actors == ("Iran",)
    # "since" sets a starting point, background: no row for the death of a former leader
    assert [e.category for e in extract("Maduro has governed since the death of Hugo Chávez in 2013.")] == []


def test_an_event_noun_with_its_own_date_is_an_event_of_its_own():
    """"followed by a further incursion ... on Saturday": the noun carries its own date, so it tells a
    second event, dated by that date; "when the U.S. targeted ..." says who did it."""
    found = extract("Drones violated Polish airspace on Wednesday, followed by a further incursion into Romanian "
                    "airspace on Saturday.", "2025-09-14")
    assert [(e.category, e.date) for e in found] == [("force", D(2025, 9, 10)), ("force", D(2025, 9, 13))]
    (e,) = extract("Criticism grew over a September 2 strike, when the U.S. targeted and killed two men.", "2025-12-05")
    assert (e.category, e.date, e.source_actors) == ("force", D(2025, 9, 2), ("United States",))
    # without a date of its own the noun is what is discussed, no row
    assert [e.category for e in extract("Officials discussed the raid at length on Monday.")] == ["diplomacy"]


def test_the_object_of_a_light_verb_in_a_subordinate_clause_is_an_event():
    found = extract("Trump lashed out at Israel on Tuesday after its defense minister ordered strikes on Tehran.",
                    "2025-06-24")
    assert sorted(e.category for e in found) == ["accusation", "force"]


def test_common_news_verbs_are_known():
    assert [e.category for e in extract("Israeli forces rounded up over 1,500 Palestinians in Tulkarem on Thursday.")] \
        == ["force"]
    assert [e.category for e in extract("Senator Rand Paul slammed the administration's plan on Sunday.")] \
        == ["accusation"]
    assert [e.category for e in extract("U.S. forces abducted President Nicolás Maduro on Saturday.", "2026-01-05")] \
        == ["force"]


def test_a_named_person_speaking_on_a_day_is_a_statement_and_a_broadcast_intro_tells_it():
    [spoke] = extract("Senator Jane Roe spoke ahead of Thursday evening's vote.", "2025-11-08")
    assert (spoke.category, spoke.date, spoke.source_actors) == ("statement", D(2025, 11, 6), ("Jane Roe",))
    [intro] = extract("This is President Maduro speaking yesterday in Caracas.", "2025-12-05")
    assert (intro.category, intro.date) == ("statement", D(2025, 12, 4))
    # speaking as the frame of a saying is no row of its own; "this" that is no introduction tells nothing
    said = extract("Speaking to reporters on Sunday, Trump said the strikes would continue.", "2025-12-05")
    assert "statement" not in [e.category for e in said]
    assert extract("This is a country speaking of peace.", "2025-12-05") == []
    # speaking to reporters is no talks, but it is a saying ("Here’s President Trump speaking to reporters")
    for text in ("Here’s President Trump speaking to reporters on Friday.", "Here's President Trump speaking to reporters on Friday."):
        [intro] = extract(text, "2026-01-12")
        assert (intro.category, intro.date, intro.source_actors) == ("statement", D(2026, 1, 9), ("Donald Trump",)), text


def test_people_who_protest_tell_a_protest_only_as_its_subject():
    assert extract("Videos circulating online show the graphic deaths of protesters outside hospitals.", "2026-01-12") == []
    [e] = extract("Thousands of protesters gathered outside the embassy on Friday.", "2026-01-12")
    assert (e.category, e.date) == ("accusation", D(2026, 1, 9))


# ---------------------------------------------------------------- 6. planned and speculative events

def test_talks_being_arranged_are_planned_and_talks_one_is_open_to_are_speculative():
    [arranged] = extract("President Trump says he is arranging trilateral talks aimed at ending the war.")
    assert (arranged.category, arranged.status) == ("diplomacy", "planned")
    for text in ("Trump said he was open to talks with Maduro.", "Iran is ready for negotiations with the United States."):
        [talks] = extract(text)
        assert (talks.category, talks.status) == ("diplomacy", "speculative"), text
    # a verb "open" is no readiness: opening fire is done
    [fire] = extract("Israeli troops opened fire on the crowd.")
    assert (fire.category, fire.status) == ("force", "occurred")


def test_scheduled_and_announced_events_are_planned():
    def statuses(text):
        return [e.status for e in extract(text, "2025-11-17")]
    assert statuses("The ceasefire takes effect at midnight on Monday.") == ["planned"]
    assert statuses("Negotiations are set to begin in Egypt today.") == ["planned"]
    assert statuses("Rubio will travel to Brazil next week.") == ["planned"]
    assert statuses("The Pentagon is weighing strikes on military sites in Venezuela.") == ["speculative"]
    # done is done: a past act dated today is occurred
    assert statuses("The ceasefire took effect at noon on Monday.") == ["occurred"]


def test_force_vowed_or_announced_by_its_own_side_is_a_threat_made_that_day():
    def kinds(text):
        return [(e.category, e.status, e.source_actors) for e in extract(text, "2025-11-15")]
    assert kinds("Iran vowed to retaliate against Israel.") == [("threat", "occurred", ("Iran",))]
    assert kinds("Prime Minister Shehbaz Sharif vowed to avenge the deaths.")[0][:2] == ("threat", "occurred")
    assert kinds("India said it would retaliate if attacked.") == [("threat", "occurred", ("India",))]
    # a state that fears someone else's strikes threatens nothing
    assert kinds("Venezuela said U.S. strikes could come within days.")[0][:2] == ("force", "speculative")
    # an official threatens for the state he serves, and is its source
    assert kinds('Trump said Monday that the U.S. would begin striking targets on land "very soon."') == [
        ("threat", "occurred", ("Donald Trump", "United States"))]
    # the strikes a warning holds out are no row of their own
    assert [c for c, _s, _a in kinds("Officials warned that more strikes could follow.")] == ["threat"]


def test_a_person_named_and_killed_is_a_killing_and_a_toll_of_dead_stays_casualties():
    (e,) = extract("Hajji Amir, a Taliban district chief, was killed on Friday in Kandahar.", "2008-06-21")
    assert (e.category, e.event_type, e.target_actors) == ("force", "ASSAULT", ("Hajji Amir",))
    (e,) = extract("Three soldiers were killed on Friday in Kandahar.", "2008-06-21")
    assert e.category == "casualties"


def test_an_event_the_subject_brings_in_is_told_and_one_named_again_is_not():
    (e,) = extract("In Odesa, a missile strike cut power to pumping stations.", "2024-06-01")
    assert (e.category, e.event_type, e.location) == ("force", "ASSAULT", "Odesa")
    # (a pumping station is no deployment)
    assert [e.category for e in extract("Engineers repaired two pumping stations in Odesa.", "2024-06-01")] == []
    # "the designation" names what was told before: the clause reports something else
    assert [e.category for e in extract("The designation opened new options for the military.", "2024-06-01")] == []


def test_troops_that_launch_an_offensive_are_its_doers_not_a_deployment():
    (e,) = extract("On Thursday Georgian troops launched an offensive against the town of Tskhinvali.", "2008-08-10")
    assert (e.category, e.event_type, e.source_actors) == ("force", "ASSAULT", ("Georgia",))
    # troops alone, moved, are a deployment
    (e,) = extract("On Thursday Georgian troops moved to the border.", "2008-08-10")
    assert e.category == "deployment"


@pytest.mark.parametrize("text, kind", [
    ("The bomb squad conducted a controlled detonation of the device.", ("force", "ASSAULT", "explosives")),
    ("Officials said the national police are investigating the incident.", ("other", "INVESTIGATE", "")),
    ("We are consulting with the Government of Iraq and the United Nations.", ("diplomacy", "CONSULT", "")),
    ("The United States stands with interim President Juan Guaido.", ("diplomacy", "SUPPORT", "")),
    ("Israel withdrew its troops from southern Lebanon on Monday.", ("cooperation", "RETREAT", "")),
    ("Commandos stormed the hotel on Monday.", ("force", "ASSAULT", "")),
    ("The militants executed two hostages on Monday.", ("force", "ASSAULT", "")),
    ("Government troops recaptured the town on Monday.", ("force", "COERCE", "seize")),
    ("A court jailed the opposition leader on Monday.", ("sanction", "SANCTION", "legal")),
    ("Government troops battled rebels near Goma on Monday.", ("force", "FIGHT", "")),
    ("Gunmen hijacked a bus near the border on Monday.", ("force", "COERCE", "seize")),
    ("Russia and China vetoed the resolution on Monday.", ("statement", "REJECT", "")),
])
def test_words_the_tables_lacked_tell_their_events(text, kind):
    (e,) = extract(text, "2025-03-19")
    assert (e.category, e.event_type, e.event_mode) == kind


def test_withdrawing_from_an_agreement_is_rejecting_it_not_a_withdrawal_of_forces():
    (e,) = extract("Israel withdrew from the Gaza ceasefire on Tuesday.", "2025-03-19")
    assert (e.category, e.event_type) == ("statement", "REJECT")


def test_a_toll_another_source_gives_of_the_one_act_of_the_article_is_that_acts():
    text = ("Militants attacked an army base near the border on Friday, killing six soldiers, the army said. "
            "The governor said that the region was calm. Local officials said nine soldiers were killed.")
    rows = extract(text, "2025-03-08")
    assert [(e.category, len(e.sources)) for e in rows if e.category != "statement"] == [("force", 2)]
    # with two acts told, a toll of no one names neither
    text = ("Militants attacked an army base near the border on Friday. Jets bombed a village in the south on Friday. "
            "The governor said that the region was calm. Local officials said nine soldiers were killed.")
    assert "casualties" in [e.category for e in extract(text, "2025-03-08")]


def test_the_month_may_in_a_date_is_no_modal():
    (e,) = extract("Hajji Amir, a Taliban district chief, was killed May 30 in Kandahar.", "2008-06-21")
    assert (e.status, e.date) == ("occurred", D(2008, 5, 30))
    (e,) = extract("The strikes may resume in Kandahar.", "2008-06-21")
    assert e.status == "speculative"


def test_what_is_likely_or_not_ruled_out_is_speculative_not_a_state_or_nothing():
    def kinds(text):
        return [(e.category, e.status) for e in extract(text, "2025-11-15")]
    assert kinds("The US is likely to strike targets inside Venezuela soon.") == [("force", "speculative")]
    assert kinds("The administration has not ruled out sending ground troops.") == [("deployment", "speculative")]
    assert kinds("Trump did not rule out strikes on Venezuela.") == [("force", "speculative")]
    # what someone wants is a stance, and what did not happen is nothing
    assert kinds("Maduro wants to negotiate with the United States.") == []
    assert kinds("Israel did not strike Iran on Monday.") == []


def test_an_event_scheduled_or_expected_is_planned():
    """"The talks are scheduled for next week": the event noun is the subject of a scheduling verb."""
    found = extract("The talks are scheduled for next week. A vote on the resolution is expected on Wednesday.",
                    "2025-11-15")
    assert [(e.category, e.status, e.date) for e in found] == [
        ("diplomacy", "planned", D(2025, 11, 17)), ("statement", "planned", D(2025, 11, 19))]
    [row] = extract("The meeting is set for Tuesday in Geneva.", "2025-11-15")
    assert (row.category, row.status, row.date) == ("diplomacy", "planned", D(2025, 11, 18))
    # the subject of "is scheduled/expected to" does the act
    [row] = extract("Hamas is expected to release 20 living hostages on Monday.", "2025-11-15")
    assert (row.category, row.status, row.source_actors) == ("cooperation", "planned", ("Hamas",))
    [row] = extract("Next week, the Security Council will hold an emergency session on Venezuela.", "2025-11-15")
    assert (row.category, row.status) == ("diplomacy", "planned")
    # "slated" (which the lemmatizer reads as "slat") schedules too
    [row] = extract("Leaders from 145 countries are slated to attend the annual UNGA meeting this week in New York.",
                    "2025-11-15")
    assert (row.category, row.status) == ("diplomacy", "planned")
    [row] = extract("Talks are slated for Monday.", "2025-11-15")
    assert (row.category, row.status, row.date) == ("diplomacy", "planned", D(2025, 11, 17))


# ---------------------------------------------------------------- 4. actors that are not actors, and missed actors

def test_datelines_places_and_facilities_are_no_actors():
    [strike] = extract("TEHRAN — Israeli jets struck the Natanz enrichment site on Friday.")
    assert strike.actors == ("Israel",) and strike.source_actors == ("Israel",)
    assert strike.location == "Natanz"   # a facility is where it happened, not who


def test_words_of_a_title_tell_no_event():
    assert extract("His books include The Collaborator and, most recently, Tell Her Everything.") == []
    assert [e.category for e in extract("On Sunday, Israeli Air Force jets struck targets in Gaza.")] == ["force"]


def test_a_retelling_joins_the_row_told_with_its_word_before_one_of_its_category_told_since():
    text = ("India said it struck nine sites in Pakistan early Wednesday in retaliation for last month's massacre "
            "of tourists, and Pakistan said it shot down five Indian jets.\n\nPakistan's military said 31 "
            "civilians were killed in the Indian strikes.")
    found = extract(text, "2025-05-08")
    strike = next(e for e in found if e.date == D(2025, 5, 7))
    assert (strike.fatalities, len(strike.sources)) == (31, 2)


def test_both_sides_of_a_meeting_an_agreement_or_a_clash_act():
    [row] = extract("President Trump met with Israeli Prime Minister Benjamin Netanyahu on Monday.", "2025-07-08")
    assert set(row.source_actors) >= {"Donald Trump", "Benjamin Netanyahu"} and row.target_actors == ()
    # a visit has a host
    [row] = extract("Trump visited Israel on Monday.", "2025-07-08")
    assert row.target_actors == ("Israel",)


def test_the_place_seized_is_the_place_and_a_nationality_in_a_buildings_name_no_state():
    rows = extract("In eastern Congo, M23 rebels seized the town of Uvira on Wednesday, despite a peace deal signed "
                   "in Washington last week.", "2025-10-28")
    [row] = [e for e in rows if e.category == "force"]
    assert (row.source_actors, row.location) == (("M23",), "Uvira")
    # (the deal, signed on a day of its own, is an event of its own: see
    # test_an_agreement_named_with_the_day_it_was_made_is_an_event_of_that_day)
    assert [(e.category, e.date) for e in rows if e.category != "force"] == [("cooperation", D(2025, 10, 20))]
    [row] = extract("The Rapid Support Forces said Sunday they had captured the army's last base in El Fasher.",
                    "2025-10-28")
    assert (row.source_actors, row.location) == (("Rapid Support Forces",), "El Fasher")
    [row] = extract("More than 460 people were killed at the Saudi Maternity Hospital in El Fasher on Tuesday.",
                    "2025-10-28")
    assert "Saudi Arabia" not in row.actors and row.fatalities == 460
    [row] = extract("The Gaza Health Ministry reported 11 more deaths from starvation over the past 24 hours.",
                    "2025-08-26")
    assert (row.category, row.source_actors, row.fatalities) == ("casualties", (), 11)


def test_the_subject_of_a_relative_clause_is_the_noun_it_describes():
    [row] = extract("The carrier group includes the USS Gerald R. Ford, which arrived in the Caribbean last week.",
                    "2025-11-22")
    assert (row.category, row.source_actors, row.date) == ("deployment", ("USS Gerald R. Ford",), D(2025, 11, 10))
    # beside an undated build-up of its category, the dated relative clause is the event, with its own roles
    [row] = extract("The U.S. military has built up a force of more than 15,000 troops in the region, including the "
                    "USS Gerald R. Ford, the world's largest aircraft carrier, which arrived in the Caribbean last week.",
                    "2025-11-22")
    assert (row.source_actors, row.target_actors, row.date) == (("USS Gerald R. Ford",), (), D(2025, 11, 10))


def test_names_that_are_the_apposition_act_and_names_inside_a_description_do_not():
    [row] = extract("Three airlines, Iberia, TAP Air Portugal and Avianca, suspended flights to Caracas on Saturday.",
                    "2025-11-22")
    assert row.source_actors == ("Iberia", "TAP Air Portugal", "Avianca")
    [row] = extract("Dan Caine, the chairman of the Joint Chiefs, met senators on Tuesday.", "2025-11-22")
    assert "Joint Chiefs of Staff" not in row.source_actors


def test_rooms_aircraft_outlets_and_operations_are_no_actors():
    found = extract("Speaking from the Oval Office on Monday, Trump told Fox News that Operation Southern "
                    "Spear would expand, and he later flew on Air Force One to Florida.")
    names = {n for e in found for n in e.actors}
    assert not names & {"Oval Office", "Fox News", "Operation Southern Spear", "Air Force One", "Florida"}


def test_a_nationality_word_is_its_states_forces_and_a_capital_its_government():
    [bombing] = extract("Thai F-16s bombed Cambodian positions on Thursday.")
    assert (bombing.source_actors, bombing.target_actors) == (("Thailand",), ("Cambodia",))
    assert bombing.actor_types == ("state", "state")
    [reply] = extract("Caracas rejected the demand on Monday.")
    assert reply.source_actors == ("Venezuela",)
    [deployment] = extract("Pakistani troops were deployed to the border on Tuesday.")
    assert "Pakistan" in deployment.actors
    # a type designation after the nationality is no name; a second nationality joined by "and" counts
    [strike] = extract("Thai F-16 jets struck Cambodian military targets on Thursday.")
    assert strike.source_actors == ("Thailand",)
    [clash] = extract("Indian and Pakistani troops exchanged gunfire along the Line of Control on Friday.")
    assert clash.source_actors == ("India", "Pakistan")


def test_closing_a_border_is_a_closure_and_expelling_an_envoy_a_diplomatic_sanction():
    def kinds(text):
        return [(e.category, e.event_type, e.event_mode) for e in extract(text)]
    assert kinds("Thailand closed all border crossings with Cambodia on Friday and recalled its ambassador.") == \
        [("threat", "THREATEN", "military"), ("accusation", "DISAPPROVE", "protest-diplomatic")]
    assert kinds("Cambodia downgraded diplomatic ties and expelled the Thai envoy on Friday.") == \
        [("sanction", "SANCTION", "diplomatic")]
    assert [c for c, _t, _m in kinds("Thailand reopened the border crossing on Monday.")] == ["cooperation"]
    # what is closed or reopened must be a way in or out of a country; "close" as an adjective is none
    assert kinds("The foundation closed its only remaining aid distribution center on Friday.") == []
    assert kinds("Crowds filled the square, which reopened on Tuesday.") == []
    assert kinds("Thailand is a close ally of the United States.") == []
    # an evacuation is an event outside the conflict scale, not the ministry's statement
    assert kinds("More than 130,000 people have been evacuated from border areas, the health ministry said.") == \
        [("other", "", "")]


def test_naming_an_act_with_a_word_of_accusation_accuses():
    def kinds(text):
        return [(e.category, e.event_type, e.source_actors) for e in extract(text)]
    assert kinds("Pakistani Prime Minister Shehbaz Sharif called the Indian attacks “an act of war.”") == \
        [("accusation", "DISAPPROVE", ("Shehbaz Sharif",))]
    assert kinds("Venezuela called the seizure an act of piracy on Thursday.")[0][:2] == ("accusation", "DISAPPROVE")
    # the word of accusation may qualify the name given ("an unjustified escalation") ...
    assert kinds("Haniyeh called the Israeli raid an unjustified escalation that will lead to further "
                 "instability.")[0][:2] == ("accusation", "DISAPPROVE")
    # ... but not a thing asked for
    assert kinds("The minister called for an end to unjustified detention.")[0][0] != "accusation"
    # calling on someone to refrain from provocations is an appeal, no naming
    assert kinds("The United States calls on the DPRK to refrain from further provocations.")[0][:2] == ("diplomacy", "DEMAND")
    # calling something unacceptable accuses, beside praise of something else by the same speaker
    found = kinds("Netanyahu praised U.N. approval of Trump’s plan but called a provision on Palestinian statehood "
                  "“unacceptable.”")
    assert [c for c, _t, _s in found] == ["diplomacy", "accusation"]
    # praise is no accusation, and a label of the act itself leaves the act the event
    assert kinds("Trump called the deal a great achievement.")[0][0] == "statement"
    assert [c for c, _t, _s in kinds("U.S. forces launched what President Trump called a “large-scale attack.”")] \
        == ["force"]
    # saying that an act is a crime accuses too; saying it went well does not
    assert kinds("Senator Chris Van Hollen said the strikes were illegal.")[0][:2] == ("accusation", "DISAPPROVE")
    assert kinds("Trump said the strikes were a great success.")[0][0] == "statement"


def test_protests_are_events():
    def kinds(text):
        return [(e.category, e.event_type) for e in extract(text, "2025-06-20")]
    assert kinds("Hundreds of thousands of Iranians have taken to the streets to protest Israel’s attacks.") == \
        [("accusation", "PROTEST")]
    assert kinds("Protesters gathered outside the U.S. embassy on Friday.") == [("accusation", "PROTEST")]
    # troops on the move are no protest
    assert ("accusation", "PROTEST") not in kinds("Russian troops marched into the town on Monday.")


def test_launching_weapons_is_an_attack_dated_by_its_offset():
    text = "Russia launched its largest drone attack of the war on Monday, a day after Ukraine launched 117 drones."
    found = extract(text, "2025-06-02")
    assert [(e.category, e.source_actors, e.date) for e in found] == [
        ("force", ("Russia",), D(2025, 6, 2)), ("force", ("Ukraine",), D(2025, 6, 1))]
    assert [e.category for e in extract("The company launched a new product on Monday.", "2025-06-02")] == []
    # a launching that a light verb governs ("attempted to launch", "tried to fire") is the attack tried
    (e,) = extract("On August 23, North Korea attempted to launch a ballistic missile.", "2023-08-25")
    assert (e.category, e.source_actors, e.date) == ("force", ("North Korea",), D(2023, 8, 23))
    (e,) = extract("On March 16, the DPRK launched its second ICBM since the beginning of the year.", "2023-04-17")
    assert (e.category, e.source_actors, e.date) == ("force", ("North Korea",), D(2023, 3, 16))
    # a satellite launched on a launch vehicle tests the technology: a show of force, as a missile test is
    (e,) = extract("On August 23, the DPRK attempted, yet again, to launch a satellite using a space launch vehicle.",
                   "2023-08-25")
    assert (e.category, e.event_type, e.date) == ("deployment", "MOBILIZE", D(2023, 8, 23))


def test_two_acts_claimed_by_two_speakers_in_one_sentence_are_two_rows():
    text = "India said it struck nine sites in Pakistan early Wednesday, and Pakistan said it shot down five Indian jets."
    assert [(e.category, e.source_actors) for e in extract(text, "2025-05-08")] == [
        ("force", ("India",)), ("force", ("Pakistan",))]
    # a second verb of saying whose subject is a pronoun may be the same speaker's: one row
    assert len(extract("The government said it plans to designate the group, which it says is run by smugglers, "
                       "a terrorist organization in the coming days.", "2025-05-08")) == 1


def test_releasing_bodies_is_cooperation_and_bodies_found_are_casualties():
    [row] = extract("Hamas released the bodies of four hostages on Thursday, the Israeli military said.")
    assert row.category == "cooperation"
    [row] = extract("Rescuers recovered the bodies of 12 people from the rubble on Friday.")
    assert row.category == "casualties"


def test_entering_a_states_airspace_is_an_incursion_and_scrambling_jets_a_deployment():
    text = ("Romania said a Russian drone entered its airspace on Saturday. Romanian F-16 fighter jets were "
            "scrambled to track the drone.")
    assert [(e.category, e.date) for e in extract(text, "2025-09-15")] == [
        ("force", D(2025, 9, 13)), ("deployment", D(2025, 9, 13))]
    assert [e.category for e in extract("The carrier entered the Caribbean on Sunday.", "2025-09-15")] == ["deployment"]


def test_exchanging_fire_is_force_and_exchanging_prisoners_is_cooperation():
    def kinds(text):
        return [(e.category, e.source_actors) for e in extract(text)]
    assert kinds("Thailand and Cambodia exchanged heavy artillery fire along the border on Friday.") == \
        [("force", ("Thailand", "Cambodia"))]
    assert kinds("The two armies exchanged intense shelling on Friday.") == [("force", ())]
    assert kinds("Russia and Ukraine exchanged 84 prisoners of war on Friday.") == \
        [("cooperation", ("Russia", "Ukraine"))]


# ---------------------------------------------------------------- 8. merging across articles

FAA = [
    ("Wire A", "The FAA warned airlines on Friday of a potentially hazardous situation over Venezuela."),
    ("Wire B", "The US Federal Aviation Administration on Friday warned major airlines about flying over "
               "Venezuela, citing a worsening security situation."),
    ("Wire C", "On Friday the FAA issued a warning to airlines flying over Venezuela because of heightened "
               "military activity."),
]


def test_one_warning_told_by_several_outlets_is_one_row_that_says_why():
    arts = [Article(text=t, published=D(2025, 11, 22), title=s, source=s) for s, t in FAA]
    warnings = [e for e in events.extract(arts) if e.date == D(2025, 11, 21)]
    assert len(warnings) == 1, [(e.category, e.summary) for e in warnings]
    [row] = warnings
    assert row.sources_count == 3
    assert "also reported by" in row.merge_note and "same day" in row.merge_note


def test_different_events_on_the_same_day_are_never_joined():
    arts = [Article(text="Trump threatened on Monday to strike targets inside Venezuela.", published=D(2025, 11, 18),
                    title="a", source="Wire A"),
            Article(text="US forces struck a boat in the Caribbean on Monday, killing three people.",
                    published=D(2025, 11, 18), title="b", source="Wire B"),
            Article(text="US forces struck a second boat in the eastern Pacific on Monday, killing two people.",
                    published=D(2025, 11, 18), title="c", source="Wire C")]
    rows = events.extract(arts)
    assert sorted(e.category for e in rows) == ["force", "force", "threat"]
    assert all(e.sources_count == 1 for e in rows)


def test_an_act_and_the_answer_to_it_are_never_joined():
    """Who acts in one is only acted on in the other: the attack and the retaliation are two events,
    in one article or across two."""
    text = ("Iran’s Health Ministry reports 224 people have been killed in Israeli attacks. Iran has responded by "
            "launching a wave of missile attacks on Israeli cities, killing at least 24 people.")
    found = extract(text, "2025-06-16")
    assert [(e.source_actors, e.fatalities) for e in found] == [(("Israel",), 224), (("Iran",), 24)]
    arts = [Article(text="Israeli jets struck Iran on Friday.", published=D(2025, 6, 14), title="a", source="Wire A"),
            Article(text="Iran struck Israel with missiles on Friday.", published=D(2025, 6, 14), title="b",
                    source="Wire B")]
    assert len(events.extract(arts)) == 2


def test_nearing_a_decision_is_no_movement_and_what_it_nears_is_speculative():
    [row] = extract("Reports say Trump is moving closer to ordering airstrikes on Iran.", "2025-06-18")
    assert (row.category, row.status) == ("force", "speculative")
    [moved] = extract("The carrier moved closer to the Venezuelan coast on Monday.", "2025-06-18")
    assert (moved.category, moved.status) == ("deployment", "occurred")


def test_an_event_noun_that_is_the_topic_of_another_noun_is_not_the_clauses_event():
    assert [e.category for e in extract("The administration canceled Congressional briefings on the strikes.")] != ["force"]
    assert [e.category for e in extract("US forces carried out strikes on two boats on Monday.")] == ["force"]


def test_a_meeting_arranged_for_later_today_is_planned_but_an_attack_under_way_is_not():
    [vote] = extract("The cabinet is meeting this afternoon to vote on the ceasefire.", "2025-10-09")
    assert vote.status == "planned"
    [strike] = extract("Israeli jets are striking Gaza this afternoon.", "2025-10-09")
    assert strike.status == "occurred"


def test_an_event_the_article_sets_apart_from_the_one_it_told_is_a_row_of_its_own():
    text = ("On Monday, US forces bombed a boat in the Caribbean, killing three people. "
            "A previous strike on another boat killed 11 people.")
    single = extract(text, "2025-09-16")
    batch = events.extract([Article(text=text, published=D(2025, 9, 16), title="t", source="Wire")])
    for table in (single, batch):
        assert sorted(e.fatalities for e in table) == [3, 11]
        assert all(e.sources_count == 1 for e in table)


def test_a_speaker_thanking_the_audience_is_a_courtesy_but_thanking_a_state_for_its_work_is_an_event():
    text = ("Statement by Ambassador Kariuki at the Security Council on Monday.\n\n"
            "We welcome the resolution adopted today.\n\nThank you.")
    assert [e.summary for e in extract(text, "2025-09-16") if "Thank" in e.summary] == []
    assert [e.summary for e in extract("I thank you, Madam President.", "2025-09-16")] == []
    [row] = extract("We thank Qatar for its mediation.", "2025-09-16")
    assert row.category == "diplomacy"


def test_an_act_done_to_nothing_did_not_happen():
    rows = extract("Hegseth said the victims were drug traffickers, but offered no proof.", "2025-09-16")
    assert "diplomacy" not in [e.category for e in rows]
    assert extract("Russia offered no concessions at the talks on Monday.", "2025-09-16") == []
    [offer] = extract("Iran offered talks on Monday.", "2025-09-16")
    assert offer.category == "diplomacy"


def test_a_news_paragraph_naming_testimony_is_no_statement_heading_so_its_today_is_publication_day():
    text = ("On Tuesday, Trump dismissed findings by his intelligence agencies. In March, Gabbard told lawmakers "
            "in testimony that Iran was not building a weapon. On Tuesday, Trump dismissed her testimony.\n\n"
            "More than 50 Israeli warplanes struck targets inside Iran in the early hours of today.")
    [strike] = [e for e in extract(text, "2025-06-18") if "warplanes" in e.summary]
    assert (strike.date, strike.date_text) == (D(2025, 6, 18), "today")
    heading = "UK Statement on Sudan. Delivered yesterday by the UK's Permanent Representative.\n\nToday we condemn the attacks."
    [said] = extract(heading, "2026-02-26")
    assert said.date == D(2026, 2, 25)   # the words were said yesterday: their "today" is that day


def test_a_readout_dates_the_conversation_it_tells_by_its_one_sentence_lead():
    text = ("The Prime Minister spoke to the leaders of Ukraine, Poland and Italy yesterday afternoon.\n\n"
            "The Prime Minister began by condemning the violation of Poland's airspace.\n\n"
            "The leaders agreed to stay in close touch.")
    rows = extract(text, "2025-09-11")
    assert {e.date for e in rows} == {D(2025, 9, 10)}
    assert {e.date_basis for e in rows if "spoke" not in e.summary} == {"narrative"}
    news = ("President Trump met Prime Minister Netanyahu at the White House on Tuesday. Envoys met in Doha.\n\n"
            "Israel struck targets in Gaza.")
    [strike] = [e for e in extract(news, "2025-07-09") if "struck" in e.summary]
    assert strike.date_end == D(2025, 7, 9)   # a news lead of two sentences is no readout


def test_a_movement_of_things_that_are_no_force_is_no_deployment():
    for text in ("Health officials in Gaza say the bodies arrived with their hands and legs cuffed.",
                 "Aid trucks arrived in Gaza on Sunday."):
        assert [e.category for e in extract(text, "2025-10-15")] == [], text
    for text in ("Eight warships arrived off Venezuela on Sunday.", "More US troops arrived in Puerto Rico.",
                 "The USS Gerald R. Ford arrived in the Caribbean on Sunday."):
        assert [e.category for e in extract(text, "2025-10-15")] == ["deployment"], text


# ---------------------------------------------------------------- 7. the second act of a sentence

def test_conjoined_acts_of_force_with_their_own_objects_are_separate_rows():
    text = "Soldiers raided the village market, set fire to the clinic and detained dozens of farmers on Sunday."
    found = extract(text, "2025-11-20")
    assert [e.category for e in found] == ["force", "force", "force"]
    assert {e.date for e in found} == {D(2025, 11, 16)}
    assert len({e.event_id for e in found}) == 3   # three rows, never joined again as retellings
    # the window one act is told in is the other's too
    told = extract("Troops seized the port, days after rebels attacked the airport and set fire to the depot.",
                   "2025-11-20")
    assert sorted((e.date, e.date_end, e.date_basis) for e in told) == \
        [(D(2025, 11, 10), D(2025, 11, 19), "narrative")] * 2 + [(D(2025, 11, 19), D(2025, 11, 20), "publication")]
    # one object shared, or a visit told in two verbs: one event
    assert len(extract("Artillery units bombed and shelled the border town on Sunday.", "2025-11-20")) == 1
    assert [e.category for e in extract("The envoy travelled to Lima and met the president on Sunday.",
                                        "2025-11-20")] == ["diplomacy"]


def test_an_act_named_by_a_noun_with_its_doer_inside_another_clause_is_an_event_of_its_own():
    found = extract("The UN condemned a raid by Israeli forces on the headquarters of UNRWA.")
    assert sorted(e.category for e in found) == ["accusation", "force"]
    [raid] = [e for e in found if e.category == "force"]
    assert (raid.source_actors, raid.target_actors) == (("Israel",), ("UNRWA",))
    # a killing named with its killer is the killer's act of force
    [killing] = [e for e in extract("We condemn the killing of civilians by M23 in Rutshuru.")
                 if e.category == "force"]
    assert killing.source_actors == ("M23",)
    [strikes] = [e for e in extract("We condemn President Trump's airstrikes on Iran's nuclear sites.")
                 if e.category == "force"]
    assert (strikes.source_actors, strikes.target_actors) == (("Donald Trump",), ("Iran",))
    # the one named in a possessive without a target is no doer ("Maduro's capture"), and an act of a
    # doer the article told already, named again, is no new row: the condemnation still accuses the doer
    assert [e.category for e in extract("Crowds in Caracas denounced Maduro's capture.")] == ["accusation"]
    told = extract("Israeli airstrikes killed 40 people in Gaza on Tuesday. "
                   "The Palestinian Authority denounced the massacre of children by Israeli forces.")
    assert sorted(e.category for e in told) == ["accusation", "force"]
    assert [e.target_actors for e in told if e.category == "accusation"] == [("Israel",)]


def test_clauses_a_semicolon_sets_apart_are_two_happenings_and_objecting_is_rejecting():
    text = ("The U.S. has objected to a draft of a G7 resolution calling Russia the aggressor; separately, "
            "Reuters reports the U.S. is refusing to co-sponsor a U.N. motion backing Ukraine.")
    found = extract(text, "2025-02-21")
    assert [(e.category, e.event_type) for e in found] == [("statement", "REJECT")] * 2
    # "objects" dropped on boats are things, not objections
    assert "REJECT" not in [e.event_type for e in extract("Activists said objects were dropped on the boats.")]


def test_giving_back_captives_or_the_dead_is_a_release_and_a_plea_is_a_statement():
    for text in ("Meanwhile, Israel has returned the remains of 45 deceased Palestinians.",
                 "Israel returned 90 Palestinian prisoners on Sunday."):
        [given] = extract(text, "2025-10-15")
        assert (given.category, given.event_type) == ("cooperation", "CONCEDE"), text
    # a person coming back is no release
    assert "cooperation" not in [e.category for e in extract("The envoy returned to Washington on Monday.", "2025-10-15")]
    [plea] = extract("Cilia Flores pleaded not guilty to the three criminal counts she faces.", "2026-01-06")
    assert plea.category == "statement"


def test_a_distance_on_the_verb_before_after_dates_the_clause_after_it_from_the_subjects_day():
    found = extract("Today's attack on the hospital came a day after soldiers killed 64 villagers in the north.",
                    "2025-08-25")
    assert sorted((e.date, e.category) for e in found) == [(D(2025, 8, 24), "force"), (D(2025, 8, 25), "force")]


def test_a_call_made_on_a_condition_is_still_a_call():
    [call] = extract("The finance minister called for the annexation of the territory if the militia refuses to disarm.")
    assert call.category == "diplomacy"   # the condition ("if ... refuses") is no event, and takes no row with it


def test_the_same_subject_named_again_with_another_object_after_after_tells_a_second_act():
    found = extract("U.S. forces seized President Maduro after U.S. forces launched strikes on Caracas on Saturday.",
                    "2026-01-05")
    assert len(found) == 2 and D(2026, 1, 3) in [e.date for e in found]
    # one object told twice is one act
    assert len(extract("Troops shelled the town after troops shelled the town again on Saturday.", "2026-01-05")) == 1


def test_an_adverbial_clause_with_another_subject_tells_another_act():
    found = extract("Cambodian troops shelled the border post on Sunday as Thai jets bombed the bridge.", "2025-11-20")
    assert sorted(e.source_actors for e in found) == [("Cambodia",), ("Thailand",)]
    assert {e.date for e in found} == {D(2025, 11, 16)}
    # a pronoun subject may be the main clause's, and a "since" clause says where a tally starts
    assert len(extract("More than 700 people have been killed by soldiers since the army began operations "
                       "in May.", "2025-11-20")) == 1


def test_two_tolls_weigh_against_one_event():
    [x] = events.extract([Article(text="Israeli jets struck the camp on Tuesday, killing 46 people.",
                                  published=D(2025, 5, 14), title="a", source="Wire A")])
    [y] = events.extract([Article(text="Israeli jets struck the camp on Tuesday, killing 12 people.",
                                  published=D(2025, 5, 14), title="b", source="Wire B")])
    assert ("different tolls (46 and 12 killed)", -0.1) in merge_evidence(x, y)
    untold = events.merge_margin(x, replace(y, fatalities=None))
    assert abs(events.merge_margin(x, y) - (untold - 0.1)) < 1e-9   # it weighs, it does not forbid


def test_words_the_same_two_sides_trade_on_different_days_are_not_one_event_told_twice():
    arts = [Article(text="This comes a day after Trump falsely accused Ukraine of starting the war.",
                    published=D(2025, 2, 20), title="a", source="Wire A"),
            Article(text="Throughout the day, Trump was friendly with Zelensky, unlike in February, when Trump and Vice "
                         "President JD Vance berated the Ukrainian president before aides asked him to leave.",
                    published=D(2025, 8, 19), title="b", source="Wire B")]
    found = events.extract(arts)
    accused = [e for e in found if "accused" in e.summary][0]
    assert (accused.date, accused.date_end) == (D(2025, 2, 19), D(2025, 2, 19))   # a day before the news
    assert len([e for e in found if e.category == "accusation"]) == 2
    # the same accusation told by two outlets on one day is still one
    same = [Article(text="On Tuesday, Trump falsely accused Ukraine of starting the war.", published=D(2025, 2, 19),
                    title=t, source=t) for t in ("Wire A", "Wire B")]
    assert len(events.extract(same)) == 1


def test_a_seizure_and_an_assault_on_one_day_are_two_events_however_alike_told():
    arts = [Article(text="US forces seized the militia commander in a raid on Saturday.", published=D(2026, 1, 4),
                    title="a", source="Wire A"),
            Article(text="US forces attacked the militia compound in a raid on Saturday.", published=D(2026, 1, 4),
                    title="b", source="Wire B"),
            Article(text="US troops captured the militia commander on Saturday.", published=D(2026, 1, 4),
                    title="c", source="Wire C")]
    rows = events.extract(arts)
    assert sorted((e.event_type, e.sources_count) for e in rows) == [("ASSAULT", 1), ("COERCE", 2)]


def test_what_a_request_asks_someone_to_do_is_not_done_and_the_request_is_the_row():
    (e,) = extract("The UK urges the parties to show restraint, avoid further escalation, and engage constructively "
                   "in the peace process.")
    assert (e.category, e.event_type, e.source_actors) == ("diplomacy", "DEMAND", ("United Kingdom",))
    (e,) = extract("The UN on Monday called on Israel to halt its strikes on Gaza.")
    assert (e.category, e.event_type, e.source_actors, e.target_actors) == ("diplomacy", "DEMAND", ("United Nations",),
                                                                           ("Israel",))
    (e,) = extract("The UN called on Israel on Monday to halt its strikes on Gaza.")
    assert (e.category, e.date) == ("diplomacy", D(2025, 11, 17))


def test_a_participle_that_presents_the_act_is_a_gloss_not_an_accusation():
    (e,) = extract("The Pentagon said on Monday it killed five people in a pair of airstrikes on boats, alleging they "
                   "were carrying drugs.")
    assert e.category == "force"
    # a participle that tells another act is one
    found = extract("Israeli forces bombed a school in Gaza on Monday, killing 11 people.")
    assert [e.category for e in found] == ["force"] and found[0].fatalities == 11


def test_an_event_told_before_as_the_subject_of_a_light_verb_is_told_again():
    text = ("Hegseth announced the strike on X on Monday. U.S. Southern Command said the strike was carried out "
            "in international waters.")
    [row] = extract(text, "2025-11-25")
    assert (row.category, len(row.sources)) == ("force", 2)


def test_a_retelling_by_the_noun_of_the_verb_joins_the_act_not_the_last_of_its_category():
    text = ("Israel bombed the headquarters of Iranian state television Monday. Israel also assassinated another "
            "top Iranian official. The bombing of Iranian state TV occurred during a live broadcast.")
    found = extract(text, "2025-06-17")
    assert [len(e.sources) for e in found] == [2, 1]
    assert [e.category for e in extract("Fighting broke out early Thursday near the temple.", "2025-07-26")] == \
        ["force"]


def test_a_verb_that_says_what_an_event_told_before_does_retells_that_event():
    found = extract("The Trump administration imposed new sanctions on Venezuela on Thursday. The new sanctions target "
                    "family members of President Nicolás Maduro, as well as six crude oil tankers.", "2025-12-12")
    assert [e.category for e in found] == ["sanction"] and len(found[0].sources) == 2
    # of the same category too, and told with the same word though its category came from its actor
    text = ("U.S. officials say the CIA carried out a drone strike on a port facility in Venezuela last week. "
            "CNN reports the strike targeted a remote dock on the coast.")
    [row] = extract(text, "2025-12-30")
    assert (row.category, row.date, len(row.sources)) == ("covert", D(2025, 12, 22), 2)
    [row] = extract("Israeli forces struck a school in Gaza on Monday. The strike killed 12 people.", "2025-12-30")
    assert (row.date, row.fatalities, len(row.sources)) == (D(2025, 12, 29), 12, 2)


def test_the_dead_counted_roughly_so_far_are_a_running_total_not_an_event():
    for text in ("At least 244 journalists have now been killed in Gaza over the past 23 months.",
                 "Since then, more than 150,000 people have died across the country.",
                 "At least 300 Palestinians have starved to death."):
        assert extract(text, "2025-09-01") == [], text
    # a day of their own, or the attack that killed them, makes them that day's toll
    assert [e.date for e in extract("At least 12 people have been killed in Kyiv on Sunday.", "2025-09-01")] == \
        [D(2025, 8, 31)]
    [toll] = extract("At least 10 people have been killed, and several wounded, by Pakistani attacks.", "2025-09-01")
    assert toll.source_actors == ("Pakistan",)


def test_a_rough_count_of_acts_or_a_count_since_a_date_is_a_tally_not_an_event():
    assert extract("It comes after the Pentagon carried out more than 20 strikes on alleged drug boats.") == []
    assert extract("Since October 2023, Israeli forces have bombed or set fire to at least 35 hospitals across Gaza.") == []
    # a count of one day is that day's event; a count of troops is a force
    assert [e.category for e in extract("On Tuesday the US carried out more than 20 strikes on Iran.")] == ["force"]
    assert [e.category for e in extract("About 15,000 US troops are taking part in the operation.")] == ["deployment"]


def test_the_killed_and_wounded_told_next_are_the_toll_of_the_act_just_told():
    text = ("Israel bombed the headquarters of Iranian state television on Monday. Three employees were "
            "reportedly killed. Dozens were wounded.")
    [row] = extract(text, "2025-06-17")
    assert (row.category, row.fatalities, row.injured, len(row.sources)) == ("force", 3, 12, 3)
    # killed on a day of their own, they are another happening
    found = extract("Israel struck Gaza on Monday. Five people were killed on Sunday in a separate incident.",
                    "2025-06-17")
    assert [(e.category, e.fatalities) for e in found] == [("force", None), ("casualties", 5)]


def test_assassinations_and_massacres_are_acts_of_force_and_a_long_held_position_no_event():
    [row] = extract("Israel assassinated Iran's new wartime chief of staff on Monday.", "2025-06-17")
    assert (row.category, row.event_type) == ("force", "ASSAULT")
    [row] = extract("Gunmen carried out a massacre of tourists in Pahalgam last month.", "2025-05-07")
    assert row.category == "force"
    assert extract("Iran has long said its nuclear program is solely for civilian purposes.", "2025-06-17") == []


def test_an_act_claimed_as_done_is_an_event_though_the_claim_is_in_the_present():
    [row] = extract("Pakistan claims to have shot down at least two Indian fighter jets.", "2025-05-07")
    assert (row.category, row.status, row.source_actors) == ("force", "occurred", ("Pakistan",))
    # a present claim about what something is stays no event
    assert extract("Pakistan claims the jets are outdated.", "2025-05-07") == []


def test_quoted_words_that_tell_an_act_as_done_retell_it():
    text = ("The United States seized an oil tanker off the coast of Venezuela on Wednesday.\n\n"
            "“We've just seized a tanker on the coast of Venezuela,” Trump told reporters at the White House.")
    [row] = extract(text, "2025-12-11")
    assert (row.category, len(row.sources), row.source_actors, row.location) == \
        ("force", 2, ("United States",), "off Venezuela")
    # told alone, or as what is to come, the saying stays a row of its own
    assert [e.category for e in extract("“We've just seized a tanker,” Trump told reporters.", "2025-12-11")] == \
        ["statement"]
    text = "The United States seized a tanker on Wednesday. “We will seize more,” Trump told reporters."
    assert [e.category for e in extract(text, "2025-12-11")] == ["force", "threat"]


def test_a_short_span_reckoned_back_from_now_dates_what_happened_in_it():
    [row] = extract("Israel is continuing its assault on Gaza, with 46 people killed over the past 24 hours.",
                    "2025-05-14")
    assert (row.date, row.date_end, row.fatalities) == (D(2025, 5, 13), D(2025, 5, 14), 46)
    # a span of weeks dates what went on over it as that span, not as the publication day
    [row] = extract("Israeli strikes on Gaza have intensified in recent weeks.", "2025-05-14")
    assert (row.date, row.date_end, row.date_basis) == (D(2025, 4, 14), D(2025, 5, 14), "explicit")


def test_an_event_told_before_and_counted_since_a_day_is_no_new_event():
    text = "Hegseth announced the strike on X on Monday. The strike was the 21st since early September."
    assert [e.category for e in extract(text, "2025-11-25")] == ["force"]


def test_the_starting_point_of_a_count_dates_no_single_act():
    [row] = extract("The strike, the 21st since September, killed three people, Hegseth said on X.", "2025-11-15")
    assert (row.date, row.date_end, row.date_basis) == (D(2025, 11, 14), D(2025, 11, 15), "publication")
    # a toll counted since a day spans from that day
    [row] = extract("At least 118 Palestinians have been killed in Israeli attacks on Gaza since Friday.", "2025-11-15")
    assert (row.date, row.date_end) == (D(2025, 11, 14), D(2025, 11, 15))


def test_a_running_total_carried_to_a_new_figure_is_a_tally():
    text = ("The Pentagon says it killed five people in a pair of airstrikes on Thursday. The latest attacks "
            "bring the Pentagon’s claimed death toll in similar attacks to over 100 since September.")
    [row] = extract(text, "2025-12-19")
    assert (row.date, row.fatalities, row.source_actors) == (D(2025, 12, 18), 5, ("Pentagon",))
    # the act that carries it there is still the act, with its own toll
    [row] = extract("The US struck another boat on Thursday, killing four people and bringing the death toll "
                    "from the campaign to 87.", "2025-12-19")
    assert (row.category, row.fatalities) == ("force", 4)


def test_two_appeals_of_one_statement_are_two_rows_and_call_upon_is_an_appeal():
    text = ("E3 Leaders' Statement given on Sunday on the Middle East.\n\n"
            "We call upon Iran to engage in negotiations leading to an agreement on its nuclear program.\n\n"
            "We urge Iran not to take any further action that could destabilize the region.")
    found = [e for e in extract(text, "2025-06-23") if e.event_type == "DEMAND"]
    assert [e.category for e in found] == ["diplomacy", "diplomacy"]
    assert len(events.merge_all(found)) == 2


def test_breaking_or_leaving_an_agreement_rejects_it():
    for text in ("On Monday, Israel unilaterally withdrew from the Gaza ceasefire.",
                 "The strikes came after Israel unilaterally shattered the Gaza ceasefire on Tuesday."):
        kinds = [(e.category, e.event_type) for e in extract(text, "2025-03-19")]
        assert ("statement", "REJECT") in kinds and ("cooperation", "AGREE") not in kinds, text
    # breaking anything else is no rejection
    assert [e.category for e in extract("On Monday, protesters broke the windows of the embassy.", "2025-03-19")] != ["statement"]


def test_an_announcement_named_again_by_no_one_with_nothing_to_join_is_no_row():
    text = ("Meanwhile, the Pentagon awarded Boeing a contract to build 25 new F-15 fighter jets for Israel on Monday. "
            "The announcement comes after President Trump met Israeli Prime Minister Benjamin Netanyahu at Mar-a-Lago.")
    assert "statement" not in [e.category for e in extract(text, "2025-12-31")]
    # a statement named again after a statement joins it
    text = ("On Monday, the White House announced new sanctions on Venezuela. The announcement was welcomed by Congress.")
    assert len([e for e in extract(text, "2025-12-31") if e.category == "sanction"]) == 1


def test_a_claim_kept_up_and_the_name_given_to_it_are_no_events():
    text = ("Israel continues to claim without evidence that Hamas is infiltrating the distribution of aid, "
            "a charge the aid groups have repeatedly denied.")
    assert extract(text, "2025-12-31") == []
    # a charge brought is still a prosecution step
    assert [e.category for e in extract("On Monday, prosecutors brought a charge against the general.", "2025-12-31")] == ["sanction"]


def test_two_dates_of_a_range_are_the_first_and_last_day_of_one_event():
    [visit] = extract("The USS Gravely will visit Trinidad and Tobago from October 26 to 30, 2025.", "2025-10-24")
    assert (visit.date, visit.date_end, visit.granularity, visit.status) == (D(2025, 10, 26), D(2025, 10, 30), "day", "planned")
    [visit] = extract("The hospital ship USNS Comfort visited Trinidad and Tobago from August 5-11.", "2025-10-24")
    assert (visit.date, visit.date_end) == (D(2025, 8, 5), D(2025, 8, 11))
    # a change of date is no range
    found = extract("Officials postponed the talks from Monday to Tuesday.", "2025-10-24")
    assert all(e.date == e.date_end for e in found)


def test_pushing_for_a_resolution_is_an_appeal_and_pushing_into_a_city_an_attack():
    [appeal] = extract("France is pushing for a U.N. Security Council resolution naming Rwanda.", "2025-01-29")
    assert (appeal.category, appeal.source_actors) == ("diplomacy", ("France",))
    [advance] = extract("Israeli troops pushed into Gaza City on Monday.", "2025-01-29")
    assert (advance.category, advance.date, advance.location) == ("force", D(2025, 1, 27), "Gaza City")


def test_an_act_named_with_its_doer_after_by_is_its_own_row_even_when_the_tagger_hangs_by_on_the_verb():
    text = ("In this introductory call, Secretary Rubio condemned the assault on Goma by the Rwanda-backed M23 "
            "and affirmed the United States' respect for the sovereignty of the DRC.")
    found = extract(text, "2025-01-27")
    [assault] = [e for e in found if e.category == "force"]
    assert "M23" in assault.source_actors and "Marco Rubio" not in assault.actors
    # "by" hung on the noun of the act's "of" phrase
    text = ("The United Kingdom condemns in the strongest terms the detentions of at least 22 UN personnel by the "
            "Houthis, as well as the seizure of UN property.")
    [detentions] = [e for e in extract(text, "2025-09-16") if e.category == "force"]
    assert detentions.source_actors == ("Houthis",)
    # two act nouns joined, each by a doer of its own, are two acts; one joined to an act with a doer shares it
    text = ("The United Kingdom condemns the widespread killing of civilians by the Rwanda-backed M23 in Rutshuru "
            "territory as well as killings by ADF in Ituri province.")
    doers = sorted(e.source_actors for e in extract(text, "2025-08-22") if e.category == "force")
    assert doers == [("Allied Democratic Forces",), ("M23",)]   # (Rwanda backs M23: no party to the killing)
    text = "The UN condemned the siege and takeover of El Fasher by the Rapid Support Forces."
    assert [e.source_actors for e in extract(text, "2025-11-01") if e.category == "force"][-1] == ("Rapid Support Forces",)
    # a phone call with a purpose is still a call
    found = extract("Secretary of State Marco Rubio called President Félix Tshisekedi today to discuss ties.", "2025-01-27")
    assert [e.category for e in found] == ["diplomacy"]


def test_hours_or_days_later_count_from_the_storys_day():
    text = ("On Friday night, Russia struck apartment buildings in Kyiv. Only 24 hours later, Kyiv was struck again "
            "in an even larger strike. Six hours later, drones hit Odesa.")
    found = extract(text, "2025-05-29")
    assert [e.date for e in found] == [D(2025, 5, 23), D(2025, 5, 24), D(2025, 5, 23)]


def test_who_tells_an_act_is_no_party_to_it_unless_a_state():
    [strike] = extract("Israel bombed three power generators at the Indonesian Hospital on Monday, Gaza's Health Ministry said.",
                       "2025-05-22")
    assert "Health Ministry" not in strike.actors and "Israel" in strike.actors
    # a state that tells of an act against it stays a party; a saying keeps its speaker
    [strike] = extract("Iran said Israeli jets struck a refinery in Tehran on Monday.", "2025-06-17")
    assert {"Iran", "Israel"} <= set(strike.actors)
    [said] = extract("On Monday, Gaza's Health Ministry said it had run out of fuel.", "2025-05-22")
    assert "Health Ministry" in said.actors or "Gaza's Health Ministry" in said.actors


def test_shutting_off_the_internet_is_repression():
    [e] = extract("On Friday, Iranian officials shut off the internet inside the country.", "2026-01-12")
    assert (e.category, e.source_actors) == ("force", ("Iran",))


def test_a_visit_made_for_a_purpose_is_the_visit():
    [visit] = extract("On Friday, David Lammy visited Pakistan to welcome the ceasefire.", "2025-05-17")
    assert (visit.category, visit.date, visit.source_actors) == ("diplomacy", D(2025, 5, 16), ("David Lammy",))


def test_every_verb_of_a_purpose_is_part_of_the_purpose():
    # "to discuss ... and provide an update on security assistance": the joined bare verb is the purpose too
    [call] = extract("U.S. Defense Secretary Lloyd Austin spoke Tuesday with his Ukrainian counterpart Rustem Umerov to "
                     "discuss battlefield dynamics and provide an update on U.S. security assistance.", "2024-11-13")
    assert call.event_type != "AID" and call.source_actors == ("Lloyd Austin",)
    # a verb joined with its own subject is an act of its own
    rows = extract("The minister flew to Kyiv to discuss the war, and the army delivered aid to the city.", "2024-11-13")
    assert "AID" in [e.event_type for e in rows]


def test_two_welcomes_of_one_article_are_two_rows():
    text = ("The UK Government welcomed the sustained ceasefire between Pakistan and India, both important partners "
            "to the UK, with the Foreign Secretary asserting the importance of continued stability for the region during "
            "a visit to Pakistan today (Friday 16 May).\n\nThe Foreign Secretary praised the steps taken by both "
            "Pakistan and India to secure an agreement to cease hostilities.")
    found = [e for e in extract(text, "2025-05-16") if e.event_type == "SUPPORT"]
    assert len(found) == 2


def test_a_time_word_is_no_ordinal_that_sets_two_events_apart():
    from timeline.events.merge import _ordinal_words
    assert _ordinal_words("Earlier today, the United States conducted strikes on nuclear facilities") == frozenset()
    assert _ordinal_words("It was the first time the carrier entered the Caribbean") == frozenset()
    assert _ordinal_words("An earlier strike on another boat killed 11 people") == {"earlier"}
    assert _ordinal_words("The second strike came on Monday") == {"second"}


def test_a_killing_named_with_its_killers_is_an_act_of_force():
    (e,) = extract("The killing of 12 civilians by M23 fighters in Rutshuru on Sunday drew wide condemnation.")
    assert (e.category, e.source_actors, e.fatalities) == ("force", ("M23",), 12)


def test_a_schedule_on_a_condition_is_planned_and_a_possibility_speculative():
    (e,) = extract("If approved, the deal would go into effect Sunday, including the release of the first captives.",
                   "2025-10-09")
    assert (e.status, e.date) == ("planned", D(2025, 10, 12))
    (e,) = extract("Officials said on Monday that strikes on land targets could begin on Friday.", "2025-10-06")
    assert e.status == "speculative"


def test_engaging_without_a_foe_is_no_fighting():
    assert [e.category for e in extract("UK ministers are engaging intensively to support a diplomatic end to the "
                                        "conflict.")] == []
    assert [e.category for e in extract("The United States will continue engaging with both nations.")] == []
    assert [e.category for e in extract("Israeli jets engaged the targets on Monday.")] == ["force"]


def test_the_speakers_of_a_statement_are_the_subject_of_its_opening_line():
    text = ("Chairman Brian Mast and Ranking Member Gregory Meeks issued the following statement on Thursday:\n\n"
            "\"Those responsible for the massacre must face real accountability.\"")
    (demand,) = [e for e in extract(text, "2025-10-31") if e.event_type == "DEMAND"]
    assert (demand.source_actors, demand.date) == (("Brian Mast", "Gregory Meeks"), D(2025, 10, 30))


def test_former_officials_who_condemn_act_and_former_officials_who_comment_do_not():
    (e,) = extract("Also on Friday, 10 former Caribbean leaders denounced Trump's military escalation in the region.",
                   "2025-10-20")
    assert (e.category, e.status, e.date) == ("accusation", "occurred", D(2025, 10, 17))
    assert extract("Former US military lawyers said on Friday the strikes blurred the line between law enforcement "
                   "and war.", "2025-10-20") == []


def test_an_event_named_again_and_a_new_one_in_one_sentence_are_two_events():
    found = extract("U.S. forces attacked Caracas on Saturday. Venezuela's military announced that 24 security officers "
                    "were killed in the U.S. military raid that led to the kidnapping of Venezuelan President Nicolás "
                    "Maduro Saturday.", "2026-01-05")
    assert len(found) == 2
    attack, kidnapping = found
    assert (len(attack.sources), attack.fatalities) == (2, 24)   # "the U.S. military raid": the attack told again
    assert "kidnapping" in kidnapping.summary and kidnapping.date == D(2026, 1, 3)


def test_an_act_told_after_another_with_no_distance_is_of_its_day_or_the_day_before_publication():
    # a bare "after"/"following" tells what came just before: the other act's own day ...
    found = extract("Two soldiers were captured on Wednesday following an ambush by militants near the border.", "2025-11-21")
    assert [(e.category, e.date, e.date_end) for e in found] == [
        ("force", D(2025, 11, 19), D(2025, 11, 19)), ("force", D(2025, 11, 19), D(2025, 11, 19))]
    # ... or, when that one is dated only by publication, that day or the day before
    (act,) = [e for e in extract("Hospitals are overwhelmed after gunmen attacked a crowded market in the capital.",
                                 "2025-11-21") if e.category == "force"]
    assert (act.date, act.date_end) == (D(2025, 11, 20), D(2025, 11, 21))
    # a distance word keeps its window ("days after" is one to ten days before)
    (act,) = [e for e in extract("Hospitals are overwhelmed days after gunmen attacked a crowded market in the capital.",
                                 "2025-11-21") if e.category == "force"]
    assert (act.date, act.date_end) == (D(2025, 11, 11), D(2025, 11, 20))


def test_two_acts_one_sentence_tells_apart_join_by_no_category_and_dates():
    found = extract("The council met on Wednesday 10 September, when the allies discussed the situation following "
                    "Poland's request for consultations under Article 4.", "2025-09-15")
    assert [(e.category, e.date, len(e.sources)) for e in found] == [("diplomacy", D(2025, 9, 10), 1)] * 2
    assert len({e.sources[0].report_id for e in found}) == 2   # the meeting, and the request it followed


def test_a_violation_of_airspace_is_an_incursion_that_came_before_what_follows_it():
    (e,) = extract("Russian drones violated Polish airspace on Wednesday.", "2025-09-12")
    assert (e.category, e.event_type) == ("force", "ASSAULT")
    found = extract("The Foreign Office summoned the Russian Ambassador on Monday following the unprecedented violation "
                    "of NATO airspace.", "2025-09-16")
    assert [e.category for e in found] == ["accusation", "force"]
    summoned, violation = found
    assert summoned.date == D(2025, 9, 15) and violation.date_end <= summoned.date   # "following" it: not after it


def test_a_relative_clause_on_a_day_tells_what_happened_that_day():
    found = extract("At least 118 Palestinians have been killed in Israeli attacks across Gaza since Friday, when Trump "
                    "called on Israel to halt its strikes.", "2025-10-06")
    appeal = [e for e in found if e.event_type == "DEMAND"]
    assert [(e.category, e.date, e.source_actors) for e in appeal] == [("diplomacy", D(2025, 10, 3), ("Donald Trump",))]
    # a "when" clause right after a date is of that date, however the parser hangs it ("April 22nd" makes it
    # an adverbial clause of the main verb, "April 22" a relative clause of the date)
    for day in ("April 22nd", "April 22"):
        (e,) = extract(f"Tensions have been soaring since {day}, when gunmen massacred 26 tourists in Kashmir.", "2025-05-07")
        assert (e.category, e.date, e.date_end) == ("force", D(2025, 4, 22), D(2025, 4, 22)), day
    # a relative clause that hangs on no date stays background
    assert [e.category for e in extract("The cartel, which Washington blames for the attacks, denied any role on "
                                        "Monday.", "2025-10-06")] == ["statement"]


def test_now_in_the_words_of_a_statement_is_the_day_they_were_said():
    text = ("Statement given recently (22 August 2025) by the UK Ambassador at the UN Security Council.\n\n"
            "The parties should now urgently and fully comply with the commitments they have made.")
    (demand,) = [e for e in extract(text, "2025-08-26") if e.event_type == "DEMAND"]
    assert demand.date == D(2025, 8, 22)


def test_the_days_in_the_words_of_a_statement_are_reckoned_from_the_day_it_was_given():
    # a page's summary line with the day in brackets frames the statement; "Friday night" in words said on
    # Thursday 29 May is 23 May, though the page is of Friday 30 May
    text = ("Ambassador Holland condemns Russia’s continued attacks against Ukrainian civilians, which are not actions "
            "of a government seeking peace (29 May 2025).\n\n"
            "Thank you, Mister Chair. On Friday night, Russia struck apartment buildings and other targets in Kyiv. "
            "On Wednesday night alone, 31 people were killed in Kyiv.")
    found = extract(text, "2025-05-30")
    [struck] = [e for e in found if "apartment" in e.summary]
    assert (struck.date, struck.date_end) == (D(2025, 5, 23), D(2025, 5, 23))
    [killed] = [e for e in found if "Wednesday" in e.summary]
    assert killed.date == D(2025, 5, 28) and killed is not struck   # "alone": a part told apart
    # a further line introducing the words, and a readout written after the call, are reckoned from publication
    text = ("The FCDO has released a statement following the fall of Bukavu: 16 February.\n\n"
            "An FCDO spokesperson yesterday said:\n\n"
            "The UK calls for an immediate cessation of hostilities.")
    said = [e for e in extract(text, "2025-02-17") if e.category == "statement"]
    assert said and said[0].date == D(2025, 2, 16)
    text = ("The Prime Minister spoke to the leaders of Poland and Italy yesterday.\n\n"
            "Earlier yesterday, the leaders paid tribute to Poland's swift response.")
    tribute = [e for e in extract(text, "2025-09-11") if "tribute" in e.summary]
    assert tribute and tribute[0].date == D(2025, 9, 10)


def test_a_further_line_introducing_a_statement_is_no_second_statement():
    text = ("The Foreign Secretary recently (13 August 2025) issued a statement on the situation in El Fasher, Sudan.\n\n"
            "Foreign Secretary, David Lammy recently said:\n\n"
            "“Shocking reports are emerging of the latest assault by the Rapid Support Forces in and around El Fasher.")
    found = extract(text, "2025-08-15")
    assert [e.category for e in found].count("statement") == 1


def test_the_items_of_a_list_of_what_something_does_are_no_acts():
    text = ("Notably, they require Iran to suspend enrichment; prohibit Iran from using ballistic missile technology; "
            "embargo the export of conventional arms to Iran; and authorize the seizure of weapons.")
    assert extract(text, "2025-09-27") == []
    # a list of acts done, with their doer, stays
    found = extract("On Monday, Israel bombed the port; it also seized two ships.", "2025-09-27")
    assert [e.category for e in found] == ["force"] * len(found) and found


def test_a_condition_is_no_event_of_its_own():
    found = extract("Iran will respond if Israel attacks again, the minister warned on Monday.", "2025-10-09")
    assert [e.category for e in found] == ["threat"]
    # before the change the condition was a row of its own: a speculative attack by Israel
    assert not [e for e in found if e.category == "force"]


def test_an_attribution_inside_the_sentence_folds_into_the_act_it_reports():
    found = extract("The U.S. military struck another alleged drug boat in the Caribbean on Tuesday, killing four people, "
                    "Defense Secretary Pete Hegseth said, the latest in a series of attacks that Venezuela has denounced "
                    "as extrajudicial executions.", "2025-10-24")
    assert [(e.category, e.fatalities) for e in found] == [("force", 4)]


def test_a_coming_day_dates_what_is_scheduled_not_what_is_told_after_it():
    found = extract("The truce takes effect on Monday. Troops shelled the town, officials said.", "2025-11-23")
    assert [(e.status, e.date_end) for e in found] == [("planned", D(2025, 11, 24)), ("occurred", D(2025, 11, 23))]
    # nor is it the day of a statement the article would be the words of
    found = extract("The designation takes effect on Nov. 24, the State Department said in a statement.\n\n"
                    "Officials said the military had drawn up plans for strikes on Venezuela.", "2025-11-23")
    assert [(e.category, e.date_end, e.date_basis) for e in found][1] == ("force", D(2025, 11, 23), "publication")


def test_plans_for_an_act_make_it_planned():
    (e,) = extract("Officials said the military had drawn up plans for strikes on targets inside Venezuela.", "2025-11-23")
    assert (e.category, e.status) == ("force", "planned")


# ---------------------------------------------------------------- session of 2026-12-05

def test_a_named_person_in_the_news_present_condemning_or_accusing_is_an_act_not_a_stance():
    # the present of headlines and summary lines: the act was done on an occasion
    (e,) = extract("Ambassador Neil Holland condemns Russian airspace violations as reckless.", "2025-09-19")
    assert (e.category, list(e.source_actors)) == ("accusation", ["Neil Holland"])
    (e,) = extract("Colombia's President Gustavo Petro accuses the US of murder.", "2025-09-19")
    assert (e.category, e.event_type) == ("accusation", "DISAPPROVE")
    # a stance verb in the present stays a state
    assert extract("Maduro denies any role in drug trafficking.", "2025-09-19") == []


def test_verbs_joined_before_their_shared_words_share_the_date_at_the_end():
    (e,) = extract("Israeli forces detained and interrogated 20 men in Jenin on Monday.", "2025-09-19")
    assert (e.category, e.date, e.date_basis) == ("force", D(2025, 9, 15), "explicit")
    (e,) = extract("Police arrested, handcuffed and questioned six protesters in Caracas on Tuesday.", "2025-09-19")
    assert e.date == D(2025, 9, 16)


def test_acts_said_to_be_coming_are_to_come_so_saying_so_is_a_threat():
    found = extract("Hegseth said on Sunday that more strikes are coming.", "2025-09-19")
    assert [(e.category, e.date) for e in found] == [("threat", D(2025, 9, 14))]
    found = extract("Trump warned Maduro on Sunday that more strikes are coming.", "2025-09-19")
    assert [e.category for e in found] == ["threat"]


def test_a_trigger_phrase_held_by_its_last_word_is_read_whole():
    from timeline.events.taxonomy import load_taxonomy
    taxonomy = load_taxonomy()
    lemmas = ["israel", "issue", "new", "evacuation", "order", "for", "the", "city"]
    assert taxonomy.trigger_words(lemmas, 4, 2) == ("evacuation", "order")   # held by "orders"
    assert taxonomy.trigger_words(lemmas, 3, 2) == ("evacuation", "order")   # or by its first word
    assert taxonomy.trigger_words(["the", "strike"], 1, 1) == ("strike",)


def test_encircling_a_city_and_ordering_its_people_out_are_coercion():
    (e,) = extract("Israeli forces encircled Gaza City on Monday.", "2025-09-19")
    assert (e.category, e.event_type, e.event_mode, e.date) == ("force", "COERCE", "blockade", D(2025, 9, 15))
    found = extract("Families fled northern Gaza on Tuesday after Israel issued new evacuation orders for Beit Lahia.",
                    "2025-09-19")
    assert ("force", "COERCE") in [(e.category, e.event_type) for e in found]


def test_flying_into_a_states_airspace_or_territory_is_an_incursion():
    (e,) = extract("On Wednesday, Russian drones flew into Polish airspace.", "2025-09-12")
    assert (e.category, e.date, list(e.source_actors)) == ("force", D(2025, 9, 10), ["Russia"])
    (e,) = extract("In Romania on 13 September, a drone flew 10km into national territory.", "2025-09-19")
    assert (e.category, e.date) == ("force", D(2025, 9, 13))
    assert extract("Trump flew into Washington on Monday.", "2025-09-19") == []


def test_a_vow_or_a_refusal_joined_to_a_condemnation_is_a_second_happening():
    found = extract("On Saturday, Rodríguez denounced the abduction of Maduro and vowed that Venezuela was ready "
                    "to defend itself against the United States.", "2026-01-05")
    assert sorted((e.category, e.status, e.date) for e in found) == [
        ("accusation", "occurred", D(2026, 1, 3)), ("statement", "occurred", D(2026, 1, 3))]
    found = extract("Israel condemned Wednesday’s ruling and said it would not abide by the court’s instructions.",
                    "2025-10-23")
    assert sorted(e.category for e in found) == ["accusation", "statement"]
    # what is said on about the act condemned is the same happening
    found = extract("Israel condemned Wednesday’s ruling and said it was politically motivated.", "2025-10-23")
    assert [e.category for e in found] == ["accusation"]


def test_a_participle_of_an_act_of_force_with_its_own_date_is_that_act_not_the_date_of_the_sentence():
    found = extract("Meanwhile, the family of a Colombian fisherman killed in a U.S. boat strike on September 15 "
                    "has filed a complaint against the U.S.", "2025-12-03")
    assert sorted((e.category, e.date_end) for e in found) == [("accusation", D(2025, 12, 3)), ("force", D(2025, 9, 15))]
    # a tally counted from a date, and a participle of no act, stay inside their sentence
    assert [e.category for e in extract("He is at least the 215th media worker killed in Gaza since October 2023.",
                                        "2025-03-25")] == []
    found = extract("U.S. forces seized a tanker loaded with crude oil off the coast of Venezuela Wednesday.", "2025-12-11")
    assert [(e.category, e.date) for e in found] == [("force", D(2025, 12, 10))]


def test_forces_moving_up_to_an_act_of_force_tell_its_approach_not_a_deployment():
    found = extract("By 2 a.m., U.S. special forces reached Maduro’s residence and abducted him along with his wife.",
                    "2026-01-03")
    assert [e.category for e in found] == ["force"]
    found = extract("On Monday, Israeli forces entered the WHO premises and handcuffed, stripped and interrogated "
                    "male staffers.", "2025-07-22")
    assert [(e.category, e.event_type, e.event_mode) for e in found] == [("force", "COERCE", "arrest")]
    # a movement with no act of force beside it stays a deployment
    (e,) = extract("On Monday, Israeli forces entered the Jenin refugee camp.", "2025-07-22")
    assert e.category == "deployment"


def test_a_report_like_two_rows_one_article_kept_apart_never_chains_them_into_one_row():
    a = Article(text="Israel bombed the headquarters of Iranian state television in Tehran on Monday. Israel also "
                     "killed another top Iranian official, Ali Shadmani, in Tehran on Monday.",
                published=D(2025, 6, 17), title="a", source="A")
    b = Article(text="On Monday, Israel struck the command center of Iran's Quds Force in Tehran.",
                published=D(2025, 6, 17), title="b", source="B")
    for order in ([a, b], [b, a]):
        rows = events.extract(order)
        assert len(rows) == 2   # the other article's report joins one of them at most
        assert all(len({s.article_id for s in e.sources}) == len(e.sources) for e in rows)   # never a's two
    assert sorted(e.summary[:20] for e in events.extract([a, b])) == sorted(e.summary[:20] for e in events.extract([b, a]))


def test_a_condemnation_of_an_act_told_before_is_against_its_doers():
    found = extract("U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday. "
                    "Venezuela's government condemned the seizure as an act of international piracy.", "2025-12-11")
    [condemnation] = [e for e in found if e.category == "accusation"]
    assert (list(condemnation.source_actors), list(condemnation.target_actors)) == (["Venezuela"], ["United States"])
    # who only announced the act is not its doer
    found = extract("U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday. Attorney General Pam "
                    "Bondi announced the seizure. Venezuela's government condemned the seizure as piracy.", "2025-12-11")
    [condemnation] = [e for e in found if e.category == "accusation"]
    assert list(condemnation.target_actors) == ["United States"]


def test_surrounding_a_place_with_forces_is_coercion_but_a_question_surrounding_a_deal_is_not():
    (e,) = extract("Israeli tanks surrounded the Al-Awda Hospital on Tuesday.", "2025-05-22")
    assert (e.category, e.event_type, e.date) == ("force", "COERCE", D(2025, 5, 20))
    assert all(e.category != "force" for e in extract("Questions surround the deal signed on Tuesday.", "2025-05-22"))
    assert extract("The controversy surrounding the strikes grew on Tuesday.", "2025-05-22") == []


def test_a_parliament_passing_a_law_against_an_act_is_a_legal_sanction():
    (e,) = extract("Venezuela’s National Assembly passed a law on Tuesday enacting harsh penalties for piracy.",
                   "2025-12-24")
    assert (e.category, e.event_type, e.event_mode, e.date) == ("sanction", "SANCTION", "legal", D(2025, 12, 23))


def test_a_passive_past_sentence_with_a_day_and_no_row_sets_the_story_on_that_day():
    text = ("Nine people were killed in a first strike on September 2. On Thursday, members of Congress were shown "
            "video of the strike. Representative Jim Himes spoke after watching the video.")
    [spoke] = [e for e in extract(text, "2025-12-05") if "Himes" in e.summary]
    assert (spoke.date, spoke.date_basis) == (D(2025, 12, 4), "narrative")


def test_what_someone_is_questioned_about_and_signs_of_torture_are_no_events():
    assert extract("Trump was questioned about the deal last night.", "2025-12-10") == []
    assert extract("Many of the bodies showed clear signs of torture and execution.", "2025-12-10") == []
    (e,) = extract("They talked about the ceasefire on Monday.", "2025-12-10")   # talking is an event
    assert e.category == "diplomacy"
    (e,) = extract("Trump signed the deal on Monday.", "2025-12-10")
    assert e.date == D(2025, 12, 8)


def test_acts_joined_inside_a_days_after_clause_share_its_window():
    found = extract("The U.S. military struck three boats on Tuesday, days after the U.S. attacked Venezuela and "
                    "abducted President Nicolás Maduro along with his wife.", "2026-01-08")
    windows = sorted((e.date, e.date_end) for e in found if e.date_basis == "narrative")
    assert len(windows) == 2 and windows[0] == windows[1] and windows[0][1] < D(2026, 1, 6)


def test_charge_in_another_sense_is_no_indictment():
    found = extract("Trump told reporters aboard Air Force One on Sunday that the U.S. is in charge.", "2026-01-06")
    assert [e.category for e in found] == ["statement"]
    assert extract("Doctors performed 80 surgeries free of charge on Monday.", "2026-01-06") == []
    (e,) = extract("Prosecutors charged Maduro with narcoterrorism on Monday.", "2026-01-06")
    assert e.category == "sanction"


def test_trigger_words_in_another_sense_tell_no_force():
    quiet = ["Trump fired his national security adviser on Monday.",
             "Airlines continued operations at the airport on Monday.",
             "The government missed its inflation targets on Monday.",
             "The crisis hit Venezuelan exports on Monday."]
    for text in quiet:
        assert all(e.category != "force" for e in extract(text, "2026-01-06")), text
    (e,) = extract("The two sides struck a deal on Monday.", "2026-01-06")
    assert (e.category, e.event_type) == ("cooperation", "AGREE")
    for text in ("Russia fired 40 missiles at Kyiv on Monday.", "Israel targeted a Hamas commander in Gaza City on Monday.",
                 "Israel continued its military operations in Gaza on Monday."):
        assert [e.category for e in extract(text, "2026-01-06")] == ["force"], text


def test_confirming_a_new_attack_tells_the_attack_and_the_confirmer_did_not_make_it():
    (e,) = extract("U.S. military officials confirmed another attack Tuesday with drones targeting the air base in "
                   "Irbil, Iraq.", "2023-11-08")
    assert (e.category, e.date, e.source_actors) == ("force", dt.date(2023, 11, 7), ())
    # an act told before, confirmed, stays the confirmation
    found = extract("U.S. forces struck a boat on Monday. Marco Rubio confirmed the strike on Tuesday.", "2025-09-03")
    assert "statement" in [e.category for e in found]


def test_a_warning_of_accountability_or_a_red_line_is_a_threat_made_when_said():
    (e,) = extract("The mediator said on Monday that anyone who breaks the agreement will be held accountable.", "2025-06-10")
    assert (e.category, e.event_type, e.status, e.date) == ("threat", "THREATEN", "occurred", dt.date(2025, 6, 9))
    (e,) = extract("The UAE said on Monday that any effort to annex the West Bank would cross a red line.", "2025-06-10")
    assert (e.category, e.status) == ("threat", "occurred")


def test_coming_under_fire_is_an_attack_undergone_not_a_movement_of_the_troops():
    (e,) = extract("Troops came under heavy fire near the town on Tuesday.", "2024-07-03")
    assert (e.category, e.event_type) == ("force", "ASSAULT")


def test_fires_counted_are_blazes_and_who_reports_an_attack_did_not_make_it():
    text = ("Serhiy Lysak, the governor of the region, said on Telegram that Russian forces killed three people "
            "on Tuesday. He also reported damage and several fires from the attack.")
    found = extract(text, "2024-07-03")
    assert [e.category for e in found if e.category == "force"] == ["force"]
    assert all("Serhiy Lysak" not in e.source_actors for e in found if e.category == "force")
    assert [e.category for e in extract("A fire broke out at the depot on Tuesday.", "2024-07-03")] == []
    # uncounted, fire is gunfire
    assert [e.category for e in extract("Militants opened fire on a patrol on Tuesday.", "2024-07-03")] == ["force"]


def test_releasing_a_report_or_a_video_is_a_statement_not_a_release_of_people():
    (e,) = extract("The ministry released its annual report on Tuesday.", "2026-01-07")
    assert (e.category, e.event_type) == ("statement", "STATEMENT")
    (e,) = extract("Hamas released three hostages on Saturday.", "2026-01-07")
    assert (e.category, e.event_type) == ("cooperation", "CONCEDE")


def test_military_aircraft_flying_over_a_place_is_an_overflight_but_airliners_flying_are_not():
    found = extract("U.S. B-52 bombers flew over the Caribbean on Thursday.", "2025-12-12")
    assert [(e.category, e.date) for e in found] == [("deployment", D(2025, 12, 11))]
    found = extract("The FAA on Friday warned commercial airlines of a potentially dangerous situation when flying "
                    "over Venezuela.", "2025-11-22")
    assert [e.category for e in found] == ["threat"]


def test_a_video_of_a_strike_posted_is_a_statement_not_the_strike_again():
    found = extract("Hegseth posted a video of the strike on X on Tuesday.", "2025-11-19")
    assert [e.category for e in found] == ["statement"]


def test_forces_ordered_to_a_place_are_deployed_and_stopping_intelligence_sharing_is_a_sanction():
    found = extract("Earlier this month, the Pentagon ordered the USS Gerald R. Ford carrier strike group to the "
                    "Caribbean.", "2025-11-19")
    assert [(e.category, e.date, e.date_end) for e in found] == [("deployment", D(2025, 11, 1), D(2025, 11, 19))]
    assert extract("The judge ordered Maduro to appear in court.", "2025-11-19") == []
    found = extract("Colombia's President Gustavo Petro said on Wednesday his country would suspend intelligence "
                    "sharing with the United States.", "2025-11-19")
    assert [(e.category, list(e.target_actors)) for e in found] == [("sanction", ["United States"])]


def test_a_place_in_a_series_said_of_an_act_is_a_ranking_not_another_act():
    found = extract("The U.S. military struck a boat on Tuesday. It was the 21st such strike.", "2025-11-19")
    assert [(e.category, e.date) for e in found] == [("force", D(2025, 11, 18))]
    found = extract("A first strike killed nine people on Monday. A second strike followed on Tuesday, killing two.",
                    "2025-11-19")
    assert sorted(e.date for e in found) == [D(2025, 11, 17), D(2025, 11, 18)]


def test_the_place_of_a_happening_at_another_time_is_no_place_of_the_act_retold():
    found = extract("Ukraine's air force said it shot down 130 drones and eight missiles. The attack came a day after "
                    "negotiators met in Istanbul.", "2025-10-23")
    [force] = [e for e in found if e.category == "force"]
    [talks] = [e for e in found if e.category == "diplomacy"]
    assert (force.location, talks.location) == ("", "Istanbul")
    # what goes on at the same time ("while") happens at the same place
    (e,) = extract("A journalist was killed in a targeted strike on Tuesday while he was being treated at Nasser "
                   "Hospital in Khan Younis.", "2025-05-14")
    assert e.location == "Nasser Hospital"


def test_a_paragraph_opening_with_later_goes_on_with_the_story_of_the_last():
    text = ("Elsewhere, a coalition patrol killed seven extremists July 25 in the Garmser district.\n\n"
            "Later in the same area, insurgents fired small arms at an Afghan National Army mortar team.")
    [fired] = [e for e in extract(text, "2006-07-27") if "Later" in e.summary]
    assert (fired.date, fired.date_basis) == (D(2006, 7, 25), "narrative")
    # another paragraph starts its own story, unless it tells another act of force of that day
    text = ("Elsewhere, a coalition patrol killed seven extremists July 25 in the Garmser district.\n\n"
            "The provincial governor condemned the insurgents.")
    [condemned] = [e for e in extract(text, "2006-07-27") if "governor" in e.summary]
    assert condemned.date_basis == "publication"


def test_the_same_toll_by_the_same_doers_told_again_later_in_the_story_is_one_act():
    text = ("Coalition forces killed three extremists today following a failed ambush on a convoy. The extremists "
            "attacked from a compound as the convoy moved west. Intelligence sources confirmed the location of the "
            "compound, and coalition forces killed three enemy fighters with artillery fire.")
    killings = [e for e in extract(text, "2006-07-27") if e.category == "force" and e.fatalities == 3]
    assert len(killings) == 1 and len(killings[0].sources) == 2
    # one person killed by the same forces twice in a story is two killings
    text = ("Israeli forces killed a paramedic in Khan Younis on Sunday. Later, Israeli forces killed a teenager "
            "seeking aid in Rafah.")
    assert len([e for e in extract(text, "2025-08-04") if e.category == "force"]) == 2


def test_force_someone_said_their_side_would_use_is_a_threat_not_force_done():
    (e,) = extract("India said on Monday it would retaliate.", "2025-05-07")
    assert (e.category, e.status, e.date) == ("threat", "occurred", D(2025, 5, 5))
    (e,) = extract("Pakistan said on Monday India would strike again.", "2025-05-07")
    assert (e.category, e.status) == ("force", "planned")
    (e,) = extract("The Pentagon said the strike killed three people.", "2025-05-07")
    assert (e.category, e.status) == ("force", "occurred")


def test_a_side_that_declares_or_vows_it_would_strike_is_the_one_that_threatens():
    for text in ("Hamas declared on Monday that it would retaliate.", "Iran vowed on Monday that it would retaliate."):
        (e,) = extract(text, "2008-12-28")
        assert (e.category, len(e.source_actors)) == ("threat", 1), text


def test_fire_returned_right_after_an_attack_is_the_same_fight():
    text = ("The coalition unit received small-arms and sniper fire from a group of extremists on Tuesday. "
            "The coalition force returned fire, killing five insurgents.")
    found = [e for e in extract(text, "2006-07-27") if e.category == "force"]
    assert len(found) == 1 and found[0].fatalities == 5 and len(found[0].sources) == 2
    # an act that does not answer the last is its own
    text = ("Insurgents fired rockets at the base on Tuesday. Coalition jets bombed a compound in Kandahar, "
            "killing five insurgents.")
    assert len([e for e in extract(text, "2006-07-27") if e.category == "force"]) == 2


def test_one_person_killed_by_their_role_is_a_toll_of_one():
    [e] = extract("A coalition airstrike killed an Islamic State chemical weapons expert last week.", "2017-01-10")
    assert e.fatalities == 1
    [e] = extract("The drone strike killed a senior al-Shabab operative on Monday.", "2017-01-10")
    assert e.fatalities == 1
    # a role in the plural tells no number
    [e] = extract("The drone strike killed senior al-Shabab operatives on Monday.", "2017-01-10")
    assert e.fatalities is None


def test_people_counted_as_displaced_so_far_are_a_running_total_not_an_act():
    assert extract("Over 10 million people have already been displaced.", "2024-09-18") == []
    assert extract("The government says some one million people have been displaced by the offensive.", "2014-07-16") == []
    # an act that displaces people, or an order to, is one
    assert [e.category for e in extract("The offensive displaced 5,000 people on Monday.", "2024-09-18")] == ["force"]
    assert [e.category for e in extract("Israel ordered the forced displacement of its 1 million inhabitants.", "2024-09-18")] == ["force"]


def test_acts_told_as_repeated_up_to_now_are_a_record_not_an_event():
    assert extract("The UK has repeatedly condemned the violence perpetrated by both sides.", "2025-06-10") == []
    assert extract("Al-Shabab has attacked the airport several times since 2009, killing dozens.", "2025-06-10") == []
    assert extract("Houthi terrorists have launched missiles at U.S. warships over 170 times since 2023.", "2025-06-10") == []
    # acts counted within a time of their own, a past told so, and a threat so told stand
    assert [e.category for e in extract("Russia has struck the city three times this week.", "2025-06-10")] == ["force"]
    assert [e.category for e in extract("Over the weekend, Trump repeatedly threatened to attack Iran.", "2025-06-10")] == ["threat"]
    assert [e.category for e in extract("Trump has repeatedly warned that the U.S. would intervene.", "2025-06-10")] == ["threat"]


def test_a_question_asked_is_no_request():
    assert extract("VOA asked the National Security Council whether President Joe Biden had been briefed.", "2024-10-01") == []
    assert extract('A woman asked, "Where will we go?"', "2024-10-01") == []
    # asking someone to act is a request
    assert [e.event_type for e in extract("Ukraine asked the allies to send more air defence systems.", "2024-10-01")] == ["DEMAND"]


def test_an_act_answered_is_an_event_of_its_own_whose_doer_is_its_own():
    rows = extract("The United States struck Iranian-backed militias in retaliation for a drone attack on a U.S. base "
                   "in Jordan.", "2024-02-03")
    assert len([e for e in rows if e.category == "force"]) == 2
    answered = next(e for e in rows if "United States" in e.target_actors)
    assert "United States" not in answered.source_actors
    # a participle describing the act's noun names no doer: not the subject of the clause it hangs in
    rows = extract("The IDF launched the offensive in response to over 100 rockets fired into Israel from Gaza over the "
                   "past few days.", "2012-11-14")
    assert any(e.source_actors == () for e in rows) and any(e.source_actors == ("Israel Defense Forces",) for e in rows)
    # a warning answered is the answer's reason, no row of its own
    rows = extract("The UK called this meeting in response to the alarming warnings that the situation is worse than "
                   "ever.", "2025-05-13")
    assert "threat" not in [e.category for e in rows]


def test_lives_claimed_by_an_attack_are_its_toll():
    (e,) = extract("The massive air strikes on Saturday have claimed at least 220 lives.", "2008-12-28")
    assert (e.category, e.fatalities) == ("force", 220)


def test_a_date_in_a_relative_clause_of_no_event_dates_the_clause_above():
    # "the name Hegseth gave the Caribbean mission earlier this month": the naming tells no event, its date is
    # the mission's ("are taking part in Operation Southern Spear")
    text = ("About 15,000 US troops are taking part in Operation Southern Spear, the name Hegseth gave the Caribbean "
            "mission earlier this month.")
    [e] = extract(text, "2025-11-24")
    assert (e.date, e.date_end, e.date_basis) == (D(2025, 11, 1), D(2025, 11, 24), "explicit")
    # a relative clause on an event noun dates that noun's event, not the clause above
    text = "Azerbaijan and Armenia accused each other Saturday of violating a truce that took effect a week ago."
    [e] = [e for e in extract(text, "2020-10-17") if e.category == "accusation"]
    assert e.date_end == D(2020, 10, 17)


def test_the_date_of_a_release_dateline_is_the_filing_day_not_the_date_of_the_first_sentence():
    # a government release opens with its place and date, or its date alone; the first sentence's own
    # "on Oct. 21" dates its event
    (e,) = extract("WASHINGTON, Oct. 22, 2005 \u2013 Three Marines were killed in two combat operations in Iraq "
                   "on Oct. 21.", published="2005-10-22")
    assert e.date == dt.date(2005, 10, 21)
    (e,) = extract("Sept. 21, 2008 - Coalition forces killed a militant in Khost province on Sept. 19.",
                   published="2008-09-21")
    assert e.date == dt.date(2008, 9, 19) and e.source_actors == ("Coalition forces",)


def test_forces_on_the_move_when_an_act_of_force_hit_are_its_scene_not_a_deployment():
    for text in ("The extremists attacked from a compound as the convoy moved west on Highway 1 on Tuesday.",
                 "As coalition forces entered the compound on Tuesday, an armed militant opened fire on them.",
                 "The combined force was conducting a reconnaissance patrol on Tuesday when a large group of "
                 "insurgents engaged it with small-arms fire."):
        assert [e.category for e in extract(text)] == ["force"], text
    # moving to do something is doing it, and an advance told beside another act is its own
    assert "force" in [e.category for e in extract("The strike came as Israel moves to take over Gaza City.")]
    assert sorted(e.category for e in extract("Israeli troops entered Gaza City on Tuesday and airstrikes pounded "
                                              "the north.")) == ["deployment", "force"]


def test_the_dead_found_are_casualties_with_their_number_as_toll():
    (e,) = extract("The bodies of at least 27 children were found in the rubble on Sunday.")
    assert (e.date, e.fatalities) == (dt.date(2025, 11, 16), 27)
    (e,) = extract("Rescuers recovered 12 bodies from the rubble on Sunday.")
    assert e.fatalities == 12
    # other bodies, and finding of other things, are no dead
    assert extract("UN bodies found the report credible on Sunday.") == []


def test_a_speaker_who_says_he_condemns_condemns_by_saying_it():
    (e,) = extract("Palestinian President Mahmoud Abbas says he condemns this aggression.")
    assert (e.category, e.source_actors) == ("accusation", ("Mahmoud Abbas",))
    (e,) = extract("U.N. spokesman Chris Gunness says they condemn the attack.")
    assert e.category == "accusation"
    # a state said of oneself stays a state, and a conjunct of a state is none
    assert extract("Maduro says he denies any role.") == []
    assert extract("MSF is responsible for 20% of the hospital beds and supports a third of all births.") == []


def test_taking_hostages_is_a_capture_and_moving_prisoners_held_is_none():
    for text in ("Gunmen have taken hostages at three locations on Sunday.",
                 "The militants took 20 people hostage on Sunday.", "Hamas took 250 hostages on Sunday."):
        (e,) = extract(text)
        assert (e.category, e.date) == ("force", dt.date(2025, 11, 16)), text
    assert extract("Guards took the prisoners to a camp on Sunday.") == []


def test_weapons_found_in_a_raid_are_seized_and_a_paragraph_naming_the_last_ones_scene_goes_on_in_its_time():
    text = ("Coalition forces killed a militant during a raid on a compound in Khost province on Friday.\n\n"
            "A search of the compound revealed multiple AK-47 assault rifles and hand grenades.")
    rows = {e.event_type: e for e in extract(text)}
    assert rows["COERCE"].date == dt.date(2025, 11, 14) and rows["COERCE"].date_basis == "narrative"
    # a weapon known already is no seizure; an event named again ("the ceasefire deal") is no scene
    assert extract("Investigators found the weapon used in the murder.") == []
    (first, later) = sorted(extract("Israel and Hamas agreed on a ceasefire deal on Wednesday.\n\n"
                                    "Israel's cabinet said it opposes the ceasefire deal and rejected it."),
                            key=lambda e: e.date)
    assert later.date == dt.date(2025, 11, 17)


def test_an_act_called_a_violation_or_a_threat_is_accused_and_its_doers_are_the_target():
    (e,) = extract("Russia\u2019s reckless behaviour is a direct threat to European security, Starmer said.")
    assert (e.category, e.source_actors, e.target_actors) == ("accusation", ("Keir Starmer",), ("Russia",))
    (e,) = extract("This attack is a war crime.")
    assert e.category == "accusation"
    (e,) = extract("Russia's attacks are unacceptable, the minister said.")
    assert e.target_actors == ("Russia",) and "Russia" not in e.source_actors
    # a kind of act judged is a rule; a judgement quoted is the words of a saying
    assert extract("Terrorism is a crime.") == []
    assert extract("Deliberate attacks on civilians are a clear violation of international law.") == []


def test_a_denial_joined_to_an_accusation_is_a_happening_of_its_own():
    text = ("The Armenian defense ministry denied carrying out the strikes and accused Azerbaijan of continuing to "
            "shell populated areas on Sunday.")
    assert sorted(e.event_type for e in extract(text)) == ["DISAPPROVE", "REJECT"]
    # what is denied is no event of its own
    assert [e.event_type for e in extract("The ministry denied carrying out the strikes on Sunday.")] == ["REJECT"]
    # so is a refusal joined to another act
    assert sorted(e.event_type for e in extract("On Wednesday, China rejected the proposal and recalled its "
                                                "ambassador.")) == ["DISAPPROVE", "REJECT"]


def test_we_in_a_governments_own_release_is_that_government():
    text = ("The United Kingdom is fully committed to supporting efforts to address insecurity in Haiti.\n\n"
            "We unequivocally condemn the use of sexual violence by armed gangs. We call on Israel to engage with the UN.")
    rows = extract(text, source="GOV.UK (Foreign, Commonwealth and Development Office)")
    assert {e.category: e.source_actors for e in rows} == {"accusation": ("United Kingdom",),
                                                           "diplomacy": ("United Kingdom",)}
    # a news outlet's "we" is nobody's, and a quoted "we" is the quoted speaker's
    (e,) = extract("We unequivocally condemn the use of sexual violence by armed gangs.", source="Voice of America")
    assert e.source_actors == ()


def test_a_call_about_an_act_named_with_its_own_date_is_an_event_beside_that_act():
    rows = extract("The Democrats called on the Justice Department to investigate the Pentagon\u2019s September 2 "
                   "attack on a boat in the Caribbean.", "2025-12-05")
    assert sorted((e.category, e.date_end) for e in rows) == [("diplomacy", dt.date(2025, 12, 5)),
                                                          ("force", dt.date(2025, 9, 2))]


def test_an_act_with_its_own_date_talked_about_is_still_that_act():
    (e,) = extract("Lawmakers questioned Admiral Bradley about a deadly second strike on an alleged drug boat on "
                   "September 2.", "2025-12-05")
    assert (e.category, e.date) == ("force", dt.date(2025, 9, 2))
    # undated, what is talked about is not done again
    assert extract("Trump was questioned about the deal on Monday.", "2025-12-05") == []


def test_an_act_named_as_possible_is_a_speculative_event_of_its_own():
    text = ("U.S. forces seized a tanker off the coast of Venezuela Wednesday, as the Pentagon ramps up its buildup "
            "in the Caribbean ahead of possible strikes on Venezuela. At the White House, Trump confirmed the raid.")
    rows = extract(text, "2025-12-11")
    assert sorted((e.event_type, e.status) for e in rows) == [("ASSAULT", "speculative"), ("COERCE", "occurred")]
    (e,) = extract("The deployment is fueling fear of a potential U.S. invasion of Venezuela.", "2025-12-11")
    assert (e.category, e.status) == ("force", "speculative")
    # talks said to be possible stay one happening with the saying
    assert len(extract("Trump said talks with Maduro were possible.", "2025-12-11")) == 1


def test_an_act_a_leader_considers_whether_to_do_is_speculative_not_a_question_or_a_threat():
    rows = extract("Trump met advisers on Monday as he considers whether to launch a unilateral attack on Venezuela.")
    assert ("force", "speculative") in [(e.category, e.status) for e in rows]
    # a question left open tells nothing
    assert extract("The Pentagon did not say whether the force had been given rules of engagement.") == []


def test_a_line_presenting_words_is_no_event_and_its_speaker_speaks_the_next_paragraph():
    text = ("The UK will send jets to Poland on Monday.\n\nPrime Minister Keir Starmer said:\n\n"
            "Russia\u2019s reckless behaviour is a direct threat to European security.")
    rows = extract(text, source="GOV.UK (Prime Minister's Office)")
    assert [(e.category, e.source_actors) for e in rows if e.category != "deployment"] == [
        ("accusation", ("Keir Starmer",))]
    assert not any(e.summary.endswith("said:") for e in rows)


def test_the_words_a_line_presents_go_on_in_later_paragraphs_in_the_first_person():
    text = ("Foreign Secretary Boris Johnson said:\n\n"
            "I am appalled by yesterday\u2019s attack in Kabul.\n\n"
            "Once again, so many innocent lives lost. I commend the brave emergency services for their response.\n\n"
            "The Taliban claimed the attack. Officials said it commended the police.")
    rows = extract(text, source="GOV.UK (Foreign & Commonwealth Office)")
    praise = {e.summary: e.source_actors for e in rows if e.event_type == "SUPPORT"}
    assert praise["I commend the brave emergency services for their response."] == ("Boris Johnson",)
    # a paragraph in the third person is no longer the speaker's words
    assert "Boris Johnson" not in praise["Officials said it commended the police."]


def test_sending_a_message_is_a_warning_not_a_deployment():
    (e,) = extract("The United States military sent a clear message to Iranian-backed groups that their actions must "
                   "stop, Ryder said on Sunday.")
    assert e.category == "threat"
    assert [e.category for e in extract("The Pentagon sent two destroyers to the Caribbean on Sunday.")] == ["deployment"]
    assert [e.category for e in extract("A ship bound for Gaza sent out a distress signal on Sunday.")] != ["threat"]


def test_who_claims_responsibility_for_an_act_did_it():
    rows = extract("Two gunmen attacked the airport on Sunday. The al-Shabab militant group has claimed responsibility "
                   "for the attack.")
    assert [(e.category, e.source_actors) for e in rows] == [("force", ("al-Shabab",))]
    (e,) = extract("The Islamic State claimed responsibility for a bombing in Kabul on Sunday.")
    assert (e.category, e.source_actors, e.date) == ("force", ("ISIS",), dt.date(2025, 11, 16))


def test_posing_a_threat_describes_and_said_of_an_act_accuses():
    assert extract("These missiles were prepared to launch from Houthi-controlled areas of Yemen and presented an "
                   "imminent threat to merchant vessels.") == []
    (e,) = extract("Iran poses a threat to the region, Netanyahu said on Sunday.")
    assert (e.category, e.source_actors, e.target_actors) == ("accusation", ("Benjamin Netanyahu",), ("Iran",))


def test_the_quoted_paragraphs_a_line_presents_are_the_statements_own_acts():
    text = ("Secretary of State John Kerry condemned today's attacks. Secretary Kerry said:\n\n"
            "\u201cThe separatists are glorifying this offensive.\n\n"
            "\u201cWe call on Russia to end its support for separatists immediately.\u201d")
    rows = extract(text, source="U.S. Department of State")
    assert ("diplomacy", ("John Kerry",), ("Russia",)) in [(e.category, e.source_actors, e.target_actors) for e in rows]
    # a quotation in a news story stays the speaker's words
    assert [e.category for e in extract("\u201cWe call on Russia to end its support for separatists,\u201d "
                                        "Kerry told reporters on Sunday.")] == ["statement"]


def test_must_in_a_governments_own_release_is_its_demand():
    rows = extract("The United States condemns the M23 offensive in eastern Congo. M23 must immediately cease "
                   "hostilities and abide by the ceasefire.", source="U.S. Department of State (Office of the Spokesperson)")
    assert ("threat", ("United States",), ("M23",)) in [(e.category, e.source_actors, e.target_actors) for e in rows]
    # in a news story's own voice it is nobody's demand
    assert extract("M23 must immediately cease hostilities and abide by the ceasefire.", source="Voice of America") == []


def test_a_concern_said_or_expressed_about_an_act_disapproves_of_it():
    (e,) = extract("The United Kingdom remains concerned by restrictions imposed on MONUSCO's freedom of movement by M23.")
    assert (e.category, e.source_actors) == ("accusation", ("United Kingdom",)) and "M23" in e.target_actors
    (e,) = extract("The Vice President and President Poroshenko expressed grave concern over Russia's blatant disregard "
                   "for its commitments.")
    assert e.category == "accusation" and "Russia" in e.target_actors
    # a worry of people in the story is no disapproval by an actor
    assert extract("Residents are worried about the water supply.") == []


def test_hailing_is_a_statement_of_its_speaker():
    (e,) = extract("Hezbollah Secretary-General, Sheik Hassan Nasrallah, hailed what he called a divine victory on Sunday.")
    assert (e.category, e.source_actors[0]) == ("statement", "Hassan Nasrallah")


def test_a_concern_about_an_act_is_the_event_not_the_act_it_names():
    (e,) = extract("U.N. Secretary-General Ant\u00f3nio Guterres has said he is \u201coutraged\u201d by the new wave of "
                   "Israeli strikes.")
    assert (e.category, e.source_actors, e.target_actors) == ("accusation", ("Ant\u00f3nio Guterres",), ("Israel",))


def test_apprehending_a_vessel_or_people_is_a_seizure_or_arrest():
    (e,) = extract("U.S. forces apprehended Motor Vessel Sagitta without incident on Sunday.")
    assert (e.category, e.event_type, e.source_actors) == ("force", "COERCE", ("United States",))


def test_a_welcomed_happening_is_an_event_beside_the_welcome():
    rows = extract("We welcome the recent prisoner swaps.", source="GOV.UK (FCDO)")
    assert sorted(e.category for e in rows) == ["cooperation", "diplomacy"]
    assert [e.source_actors for e in rows if e.category == "diplomacy"] == [("United Kingdom",)]


def test_forces_praised_or_welcomed_are_no_deployment():
    rows = extract("We commend the UN troops and staff of the Mission who are working in such difficult circumstances.",
                   "2024-06-26", source="UK Foreign & Commonwealth Office (GOV.UK)")
    assert [e.category for e in rows] == ["diplomacy"]
    # their arrival welcomed is one
    rows = extract("We welcome the arrival of Kenyan troops in Haiti.", "2024-06-26", source="U.S. Department of State")
    assert sorted(e.category for e in rows) == ["deployment", "diplomacy"]


def test_a_welcomed_happening_named_with_the_is_news_when_it_says_which_one():
    # "the" before a welcomed happening that says which one it is names the news the welcome answers
    rows = extract("The UK welcomes the signing of the peace agreement between the DRC and Rwanda.", "2025-06-28")
    assert sorted((e.category, e.event_type) for e in rows) == [("cooperation", "AGREE"), ("diplomacy", "SUPPORT")]
    (deal,) = [e for e in rows if e.category == "cooperation"]
    assert set(deal.source_actors) == {"Democratic Republic of the Congo", "Rwanda"}
    # "welcomes the ceasefire" alone is the one the story told: no second row of it
    rows = extract("Israel and Hamas agreed a ceasefire on Monday. The UK welcomes the ceasefire.", "2025-06-28")
    assert sorted(e.category for e in rows) == ["cooperation", "diplomacy"]


def test_an_act_of_force_condemned_as_new_is_an_event_beside_the_condemnation():
    rows = extract("On Sunday the foreign minister denounced a Russian strike that destroyed a school in Sumy.")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    (act,) = [e for e in rows if e.category == "force"]
    assert act.source_actors == ("Russia",) and act.date <= dt.date(2025, 11, 16)
    # named as known, it is only the act's reception (the act was told before, or is not told)
    assert [e.category for e in extract("On Sunday the foreign minister denounced the strike on the school.")] \
        == ["accusation"]
    # unless a clause on it gives it a day of its own
    rows = extract("The United States condemns the brutal attack carried out this past Sunday against the villagers.",
                   "2020-03-10")
    assert sorted((e.category, e.date) for e in rows) == [("accusation", D(2020, 3, 10)), ("force", D(2020, 3, 8))]
    rows = extract("The United States condemns the cowardly attack perpetrated last Friday, which killed 12 people.",
                   "2020-03-10")
    assert sorted((e.category, e.date) for e in rows) == [("accusation", D(2020, 3, 10)), ("force", D(2020, 3, 6))]


def test_a_condemned_act_named_as_one_going_on_or_as_a_side_s_own_is_an_event_beside_the_condemnation():
    # "continued", "ongoing", "renewed" say which act: one going on as the words are said
    rows = extract("We strongly condemn the continued shelling of civilian areas.", "2023-06-02")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    rows = extract("We condemn renewed fighting along the border.", "2023-06-02")
    assert sorted((e.category, e.event_type) for e in rows) == [("accusation", "DISAPPROVE"), ("force", "FIGHT")]
    # so does the possessive of the side that does it
    rows = extract("The United Kingdom is deeply concerned by the rebels' attacks in the north.", "2023-06-02")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    # acts in general, or pointed back at, are only condemned; a person's capture is done to them
    for text in ("We condemn all violence in Rakhine State.", "We condemn these attacks.",
                 "We condemn increased violence along the border.", "Crowds in Caracas denounced Maduro's capture."):
        assert [e.category for e in extract(text, "2023-06-02")] == ["accusation"], text


def test_a_condemned_act_that_took_lives_is_an_event_and_its_describing_agent_its_doer():
    rows = extract("The United States condemns the recent attacks in northeastern Nigeria inflicted by Boko Haram that "
                   "took the lives of six people in a church.", "2015-07-05")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    (act,) = [e for e in rows if e.category == "force"]
    assert act.source_actors == ("Boko Haram",)
    (act,) = [e for e in extract("We condemn the attack on the market that claimed the lives of 20 civilians.")
              if e.category == "force"]
    assert act.event_type == "ASSAULT"
    # a clause that tells no harm ("that took place") leaves the condemned act named as known
    assert [e.category for e in extract("We condemn the attack on the market that took place in the city.")] \
        == ["accusation"]


def test_an_act_said_or_called_cruel_or_provocative_is_accused():
    for text in ('Zelenskyy said the attack was "extremely cruel."', 'The president called the attack "despicable and cynical."',
                 'Obama called the test "highly provocative."'):
        (e,) = extract(text)
        assert (e.category, e.event_type) == ("accusation", "DISAPPROVE"), text
    # a thing so described is no act, and a word describing what a demand is about accuses nothing
    assert [e.category for e in extract("The minister said the weather was brutal.")] == ["statement"]
    assert "accusation" not in [e.category for e in extract("We call for an end to the unjustified detention of aid workers.")]


def test_speaking_with_a_leader_is_a_call_and_speaking_to_reporters_a_statement():
    (e,) = extract("Secretary of State Marco Rubio spoke today with Russian Foreign Minister Sergey Lavrov.")
    assert (e.category, e.event_type, e.source_actors) == ("diplomacy", "CONSULT", ("Marco Rubio",))
    (e,) = extract("The defence secretary talked to the Polish president on Monday.")
    assert e.category == "diplomacy"
    (e,) = extract("The minister spoke to reporters on Monday.")
    assert e.category == "statement"


def test_annexing_and_declaring_martial_law_are_coercion_not_statements():
    (e,) = extract("Moscow officially declared the annexation of Crimea on Friday.", "2014-03-22")
    assert (e.category, e.event_type, e.event_mode, e.source_actors) == ("force", "COERCE", "seize", ("Russia",))
    (e,) = extract("On Friday, the junta declared martial law across the country.", "2014-03-22")
    assert (e.category, e.event_type) == ("force", "COERCE")


def test_it_is_vital_that_someone_act_is_a_demand_of_the_speaker():
    (e,) = extract("It is vital that both the DRC and Rwanda uphold their commitments.", source="GOV.UK (FCDO)")
    assert (e.category, e.source_actors) == ("threat", ("United Kingdom",)) and "Rwanda" in e.target_actors
    (e,) = extract("First, it is imperative that Israel lift the restrictions on aid.", source="GOV.UK (FCDO)")
    assert e.target_actors == ("Israel",)


def test_a_named_speaker_who_criticises_in_the_news_present_criticises_that_day():
    (e,) = extract("Ambassador Holland criticises the recent intensification of Russian attacks on Ukraine.",
                   source="GOV.UK (FCDO)")
    assert (e.category, e.source_actors) == ("accusation", ("Holland",)) and "Russia" in e.target_actors


def test_an_explosive_charge_is_no_legal_charge():
    rows = extract("Items seized included 573 mortar rounds, an RPG launcher and a 40-pound shape charge.")
    assert "sanction" not in [e.category for e in rows]


def test_officials_said_after_a_narrative_day_only_sources_a_fact():
    text = ("Coalition forces raided a compound near Kandahar on Friday. The others surrendered and were not harmed, "
            "officials said.")
    assert "statement" not in [e.category for e in extract(text)]


def test_what_an_attack_did_told_after_it_is_its_consequence():
    (e,) = extract("Russian drones and missiles pounded Ukrainian energy infrastructure Thursday, cutting off power to "
                   "more than a million people.", "2024-11-28")
    assert (e.category, e.source_actors) == ("force", ("Russia",))


def test_a_speaker_who_says_in_a_governments_own_release_says_it_that_day():
    (e,) = extract("Ambassador Neil Bush says that Russia is trying to break Ukrainian resolve.", source="GOV.UK (FCDO)")
    assert (e.category, e.source_actors) == ("statement", ("Neil Bush",))
    # in a news story, "says" in the present may tell a standing position
    assert extract("Maduro says he denies any role.", source="Voice of America") == []


def test_that_is_why_tells_what_happened_it_asks_nothing():
    (e,) = extract("That is why we voted in favour of this resolution.", source="GOV.UK (FCDO)")
    # (a vote in favour is support, as the gold of real-dev, -8 and -19 codes it)
    assert (e.event_type, e.source_actors) == ("SUPPORT", ("United Kingdom",))
    # (written with a curly apostrophe, which the tagger takes for a noun)
    (e,) = extract("That\u2019s why we voted in favour today.", source="GOV.UK (FCDO)")
    assert e.event_type == "SUPPORT"
    assert extract("The Pentagon did not say why the force had been sent.") == []


def test_an_act_told_as_done_after_another_ends_by_the_day_it_is_told():
    rows = extract("Mortar shells and rockets were fired at the headquarters before the forces entered it.", "2007-06-13")
    assert all(e.date_end <= dt.date(2007, 6, 13) for e in rows) and len(rows) == 2


def test_a_quoted_phrase_set_into_the_writers_clause_tells_the_act():
    # the writer tells what the army did in the army's words: an act, not a quotation of speech
    [row] = extract("The army said on its Telegram channel that it was carrying out “targeted strikes on "
                    "weapons depots” in the north, but gave no details.", "2025-03-04")
    assert (row.category, row.event_type) == ("force", "ASSAULT")
    # a whole quoted sentence stays the speaker's words: its saying is the event
    [row] = extract("“We are carrying out targeted strikes on weapons depots in the north,” the army said.",
                    "2025-03-04")
    assert row.category == "statement"


def test_an_act_of_a_summary_of_several_operations_told_again_in_detail_is_one_row():
    text = ("Malian and French forces killed several gunmen and arrested four suspects during operations on Monday "
            "in Mali, officials said. Near Gao, French forces killed six gunmen who had attacked a checkpoint. "
            "Malian forces arrested the four suspects in Mopti.")
    killings = [e for e in extract(text, "2025-03-04") if e.event_type == "ASSAULT"]
    assert len(killings) == 1 and len(killings[0].sources) == 2
    # a summary of one act is no summary of several: a later killing by the same doers is its own row
    text = ("Malian and French forces killed several gunmen on Monday in Mali, officials said. Near Gao, French "
            "forces killed six gunmen who had attacked a checkpoint.")
    killings = [e for e in extract(text, "2025-03-04") if e.event_type == "ASSAULT"]
    assert len(killings) == 2


def test_an_analysts_or_witnesses_saying_is_no_event_but_what_they_report_is():
    assert extract("Sahel analyst Jane Doe of the Clingendael Institute said on Monday that the junta is losing "
                   "ground.", "2025-03-04") == []
    assert extract("Villager Amadou Diallo said on Monday, “We are afraid to go to the fields.”", "2025-03-04") == []
    # what such a speaker reports others did stays an event
    [row] = extract("Villager Amadou Diallo said soldiers attacked Dialassagou on Monday.", "2025-03-04")
    assert (row.category, row.date) == ("force", D(2025, 3, 3))
    # a party's spokesman is no commentator
    [row] = extract("Army spokesman Souleymane Dembele said on Monday that the operation would continue.", "2025-03-04")
    assert row.date == D(2025, 3, 3)


def test_a_person_abducted_is_taken_like_one_arrested_and_shares_the_day_of_the_act_beside_it():
    # PLOVER's COERCE: abducting or kidnapping people, as capturing them, is coercion, not an assault; the
    # act joined to one with a date phrase takes that day, not the window the sentence opens ("after ...")
    text = ("The Security Council is holding an emergency meeting today after special forces attacked the compound "
            "on Saturday and abducted the rebel leader Ali Musa.")
    found = extract(text, "2026-01-05")
    abduction = next(e for e in found if e.event_type == "COERCE")
    assert (abduction.event_mode, abduction.date, abduction.date_end) == ("arrest", D(2026, 1, 3), D(2026, 1, 3))
    # the act beside it keeps its own type
    assert any(e.event_type == "ASSAULT" and e.date == D(2026, 1, 3) for e in found)


def test_people_captured_are_arrested_and_a_states_force_captures_for_the_state_across_reports():
    # PLOVER COERCE: seizing people is an arrest, seizing a town or goods a seizure
    [row] = extract("Troops captured five suspected militants in Mosul on Monday.", "2026-01-05")
    assert (row.event_type, row.event_mode) == ("COERCE", "arrest")
    [row] = extract("Rebels captured the town of Masisi on Monday.", "2026-01-05")
    assert (row.event_type, row.event_mode) == ("COERCE", "seize")
    # one capture told by two outlets, once by the state's name and once by the unit that did it
    a = Article(text="U.S. forces seized the rebel commander on Saturday.", published=D(2026, 1, 5), title="a",
                source="Wire A")
    b = Article(text="Delta Force troops captured the rebel commander in a night raid on Saturday.",
                published=D(2026, 1, 5), title="b", source="Wire B")
    [row] = events.extract([a, b])
    assert len(row.sources) == 2 and set(row.source_actors) == {"Delta Force", "United States"}
    # sayings of a leader and of the state stay apart: they trade words on many days
    a = Article(text="President Putin rejected a ceasefire on Thursday.", published=D(2025, 5, 30), title="a",
                source="Wire A")
    b = Article(text="Ukraine accused Moscow of stalling. Russia rejected the ceasefire plan again on Thursday.",
                published=D(2025, 5, 30), title="b", source="Wire B")
    assert len([e for e in events.extract([a, b]) if e.event_type == "REJECT"]) == 2


def test_a_fight_of_two_sides_is_not_one_sides_act_on_the_other_told_elsewhere():
    a = Article(text="Azerbaijani forces shot down two Armenian helicopters on Wednesday.", published=D(2025, 5, 7),
                title="a", source="Wire A")
    b = Article(text="Armenia and Azerbaijan exchanged heavy artillery fire along the border on Wednesday.",
                published=D(2025, 5, 7), title="b", source="Wire B")
    found = events.extract([a, b])
    assert len(found) == 2 and all(len(e.sources) == 1 for e in found)
    # the same fight told twice is one
    c = Article(text="Armenian and Azerbaijani troops traded artillery fire on the border on Wednesday.",
                published=D(2025, 5, 7), title="c", source="Wire C")
    [row] = events.extract([b, c])
    assert len(row.sources) == 2


def test_a_round_up_of_yesterdays_operations_tells_each_in_a_paragraph_of_that_day():
    text = ("Malian and French forces killed several gunmen during operations yesterday in Mali, officials said.\n\n"
            "French forces killed four gunmen near Gao.\n\n"
            "The president thanked the troops.")
    found = extract(text, "2025-03-04")
    [gao] = [e for e in found if "Gao" in e.summary]
    assert (gao.date, gao.date_basis) == (D(2025, 3, 3), "narrative")
    # a paragraph of words, not of force, starts its own story
    [thanks] = [e for e in found if "thanked" in e.summary]
    assert thanks.date_basis == "publication"
    # so a story of an earlier day goes on with that day ("In fighting July 7 near Diwaniyah, ...")
    text = "French forces killed several gunmen on Saturday in Mali.\n\nMalian troops killed four gunmen near Gao."
    [gao] = [e for e in extract(text, "2025-03-04") if "Gao" in e.summary]
    assert (gao.date, gao.date_basis) == (D(2025, 3, 1), "narrative")
    # but not a story of more than a day
    text = "French forces killed several gunmen last week in Mali.\n\nMalian troops killed four gunmen near Gao."
    [gao] = [e for e in extract(text, "2025-03-04") if "Gao" in e.summary]
    assert gao.date_basis == "publication"


def test_a_statement_whose_participle_says_what_it_does_is_that_act():
    [row] = extract("On 3 January, Britain joined 11 countries in a statement warning the Houthis against further "
                    "attacks.", "2024-01-10")
    assert (row.category, row.event_type, row.source_actors) == ("threat", "THREATEN", ("United Kingdom",))
    [row] = extract("On Monday, Britain issued a statement condemning the strikes.", "2024-01-10")
    assert (row.category, row.event_type) == ("accusation", "DISAPPROVE")
    # another's statement supported: the support is the subject's act
    [row] = extract("The United States supports the statement by CARICOM condemning any actions to destabilize "
                    "Haiti's council.", "2025-04-14")
    assert (row.category, row.event_type, row.source_actors) == ("diplomacy", "SUPPORT", ("United States",))
    # a letter sent is words, not a deployment
    [row] = extract("On Monday, 20 senators sent a letter condemning the strikes.", "2024-01-10")
    assert row.category == "accusation"
    # a statement about something stays a statement
    [row] = extract("On Monday, Britain issued a statement on the strikes.", "2024-01-10")
    assert row.category == "statement"


def test_we_are_concerned_by_an_act_read_as_a_passive_is_a_disapproval_of_it():
    [row] = extract("We are concerned by Israeli strikes on the port of Hodeidah.", "2025-01-10",
                    source="GOV.UK (FCDO)")
    assert (row.category, row.event_type, row.source_actors) == ("accusation", "DISAPPROVE", ("United Kingdom",))
    assert "Israel" in row.target_actors
    # a concern about a situation, not an act, is no event
    assert extract("We are concerned by the humanitarian crisis in the north.", "2025-01-10",
                   source="GOV.UK (FCDO)") == []


def test_a_stance_underscored_or_emphasised_is_that_stance_taken():
    # "underscore", "emphasise" take the category of their object, as "reiterate" and "express" do: the
    # condemnation underscored is the speaker's own, not one told before and named again
    text = "The Prime Minister spoke to Chancellor Merz on Wednesday. He underscored his condemnation of the strikes."
    found = extract(text, "2025-09-11")
    assert [(e.category, e.event_type) for e in found] == [("diplomacy", "CONSULT"), ("accusation", "DISAPPROVE")]
    assert found[1].date == D(2025, 9, 10)


def test_a_commitment_reiterated_is_support_and_one_named_in_passing_is_none():
    [row] = extract("On Monday, the leaders reiterated their firm commitment to Ukraine's security.", "2025-06-24")
    assert (row.category, row.event_type) == ("diplomacy", "SUPPORT")
    [row] = extract("On Monday, the ministers expressed their willingness to continue the talks.", "2025-06-24")
    assert row.category == "diplomacy"
    # a stance named in passing, and one not taken, are no events
    assert [e.category for e in extract("Despite its commitment to the truce, Israel struck Gaza on Monday.",
                                        "2025-06-24")] == ["force"]
    assert extract("On Monday, the members didn’t, however, make any specific commitments.", "2025-06-24") == []


def test_a_strike_report_gives_one_row_per_place_on_the_day_of_its_lead():
    text = ("U.S. and coalition military forces continued to attack terrorists in Syria and Iraq yesterday, "
            "task force officials reported today.\n\n"
            "Strikes in Syria\n\n"
            "Aircraft conducted nine strikes in Syria:\n\n"
            "-- Near Raqqah, four strikes struck two ISIL tactical units and destroyed a vehicle.\n\n"
            "-- Near Manbij, five strikes struck four ISIL tactical units and destroyed six fighting positions.\n\n"
            "Strikes in Iraq\n\n"
            "Aircraft conducted 12 strikes in Iraq:\n\n"
            "-- Near Mosul, three strikes struck an ISIL tactical unit and destroyed a mortar system.")
    found = extract(text, "2016-05-10")
    assert not any(e.summary in ("Strikes in Syria", "Strikes in Iraq") for e in found)   # subheadings
    near = {e.location: e for e in found if e.summary.lstrip("- ").startswith("Near")}
    # one row a place ("struck ... and destroyed ..." tells what one strike did), none taking another's
    assert set(near) == {"Raqqah", "Manbij", "Mosul"} and all(len(e.sources) == 1 for e in near.values())
    # each bullet is on the day the report's lead gives, not the day of publication
    assert {e.date for e in near.values()} == {D(2016, 5, 9)}
    # "Near Raqqah" names a place, no actor
    assert not any(a.startswith("Near") for e in found for a in e.actors)
    # the lines summing up each country's strikes before their lists are within the lead's attacks
    assert not [e for e in found if "conducted" in e.summary]


def test_a_condemnation_said_today_is_of_today_whatever_day_the_act_it_names():
    [row] = [e for e in extract("We strongly condemn the wave of Russian missile attacks overnight on Ukrainian "
                                "cities.", "2023-09-21", source="GOV.UK (FCDO)") if e.category == "accusation"]
    assert (row.date, row.date_basis) == (D(2023, 9, 21), "publication")
    found = extract("Britain condemns in the strongest terms the missile launch by North Korea on February 12.",
                    "2019-02-15")
    assert [(e.category, e.date) for e in found if e.category == "accusation"] == [("accusation", D(2019, 2, 15))]
    # told in the past, the condemnation keeps its own day
    [row] = extract("On February 12, Britain condemned the missile launch.", "2019-02-15")
    assert row.date == D(2019, 2, 12)


def test_an_act_overnight_spans_the_night_into_the_day_it_is_told_and_a_condemned_wave_of_it_is_a_row():
    [row] = extract("Russian drones struck Odesa overnight, officials said.", "2025-04-21")
    assert (row.date, row.date_end) == (D(2025, 4, 20), D(2025, 4, 21))
    # "last night" stays the evening's day
    [row] = extract("Russian drones struck Odesa last night, officials said.", "2025-04-21")
    assert (row.date, row.date_end) == (D(2025, 4, 20), D(2025, 4, 20))
    # a condemned wave of a nationality's attacks is an act of its own beside the condemnation
    found = extract("We strongly condemn the huge wave of Russian missile attacks overnight on Ukrainian cities.",
                    "2023-09-21", source="GOV.UK (FCDO)")
    assert sorted((e.category, e.date, e.date_end) for e in found) == [
        ("accusation", D(2023, 9, 21), D(2023, 9, 21)), ("force", D(2023, 9, 20), D(2023, 9, 21))]


def test_the_items_of_a_list_introduced_with_a_day_are_of_that_day():
    text = ("Coalition forces killed two militants in Helmand on Wednesday.\n\n"
            "In other Afghanistan operations yesterday:\n\n"
            "— In the Now Zad district of Helmand province, a combined force discovered a weapons cache.\n\n"
            "— A coalition patrol seized a weapons cache containing 40 grenades.\n\n"
            "The governor praised the troops.")
    found = extract(text, "2011-11-18")
    assert not any(e.summary.startswith("In other") for e in found)   # the introduction tells no event
    items = [e for e in found if "cache" in e.summary]
    assert len(items) == 2 and {(e.date, e.date_basis) for e in items} == {(D(2011, 11, 17), "narrative")}
    # the paragraph after the list is no item of it
    [praise] = [e for e in found if "praised" in e.summary]
    assert praise.date_end == D(2011, 11, 18)


def test_close_air_support_is_an_air_attack_by_the_force_that_flies_it():
    [row] = extract("An RAF Reaper provided close air support to Iraqi troops on Thursday 16 November.", "2017-11-28")
    assert (row.category, row.event_type, row.event_mode) == ("force", "ASSAULT", "aerial")
    assert (row.date, row.source_actors) == (D(2017, 11, 16), ("Royal Air Force",))
    # support given in words stays support
    [row] = extract("On Thursday, Britain expressed its support for Iraq.", "2017-11-28")
    assert row.category == "diplomacy"


def test_thanks_praise_and_solidarity_are_support_and_encouragement_a_demand():
    # PLOVER SUPPORT is praise and endorsement: thanking, commending, paying tribute, congratulating,
    # standing in solidarity; encouraging a party to act is an appeal (DEMAND), as urging is
    for text, kind in (("On Monday, Britain thanked Qatar for its mediation.", "SUPPORT"),
                       ("On Monday, the minister commended Kenya for leading the mission.", "SUPPORT"),
                       ("On Monday, the leaders paid tribute to Poland's soldiers.", "SUPPORT"),
                       ("On Monday, France congratulated the new government of Syria.", "SUPPORT"),
                       ("On Monday, the minister encouraged Iran to cooperate with the agency.", "DEMAND")):
        [row] = extract(text, "2025-06-24")
        assert (row.category, row.event_type) == ("diplomacy", kind), text


def test_a_day_after_hangs_on_the_day_of_the_clause_it_follows_even_undated():
    # what goes on as the story is told is of the publication day: "a day after" it is the day before
    found = extract("Peace talks are taking place in Istanbul a day after Ukraine launched 117 drones at Russian "
                    "air bases.", "2025-06-02")
    [drones] = [e for e in found if e.category == "force"]
    assert (drones.date, drones.date_end) == (D(2025, 6, 1), D(2025, 6, 1))
    # a clause dated by the running story hangs "a day after" on that day, and the story goes on from
    # an act so dated ("The attack came a day after ...": the day before the drones)
    found = extract("Peace talks are taking place in Istanbul a day after Ukraine launched 117 drones at Russian "
                    "air bases. The attack came a day after Russia launched its largest aerial attack on Ukraine.",
                    "2025-06-02")
    assert sorted((e.date, e.date_end) for e in found if e.category == "force") == [
        (D(2025, 5, 31), D(2025, 5, 31)), (D(2025, 6, 1), D(2025, 6, 1))]
    # a past clause with no day of its own gives no day to count from: a window, as before
    found = extract("The strike came two days after Hamas fired rockets at Israel.", "2025-06-02")
    [fired] = [e for e in found if "Hamas" in e.source_actors]
    assert fired.date < fired.date_end


def test_a_month_is_no_town_of_its_name():
    # March (Cambridgeshire) is a gazetteer town, a place when its country is named: inside a date it is the month
    [row] = extract("Britain condemned the strikes on a UN compound in March.", "2025-05-20")
    assert row.location != "March" and row.date == D(2025, 3, 1)
    # a name the parser wrongly calls a date stays a place
    [row] = extract("On Monday, near Manbij, five strikes struck four ISIL tactical units.", "2016-05-10")
    assert row.location == "Manbij"


def test_a_wars_toll_to_now_is_background():
    assert rows("The violence in South Sudan has killed more than 1,000 people and forced about 200,000 from their homes.") == []
    assert rows("The war in Yemen has left tens of thousands of people dead.") == []
    # also told by a participle of the war going on to now
    assert rows("The Darfur conflict has raged for four years, killing an estimated 200,000 people and displacing "
                "more than 2.5 million others.") == []
    # fighting of a few days, or of a day, with its toll is an event
    assert [c for c, _s in rows("Fighting has killed 12 people since Monday.")] == ["force"]
    assert [c for c, _s in rows("Fighting has raged in the city since Monday, killing 20 people.")] == ["casualties"]
    assert [c for c, _s in rows("The fighting on Monday killed 12 people.")] == ["force"]


def test_a_relative_clause_telling_its_noun_begin_is_that_event_on_its_date():
    found = extract("Israel is continuing deadly attacks across the Gaza Strip despite the ceasefire with Hamas that "
                    "went into effect on October 10.", "2025-10-21")
    [truce] = [e for e in found if e.category == "cooperation"]
    assert (truce.event_type, truce.date, truce.date_basis) == ("AGREE", D(2025, 10, 10), "explicit")
    assert [(e.date, e.date_end) for e in found if e.category == "force"] == [(D(2025, 10, 20), D(2025, 10, 21))]
    # a relative clause telling something else of the noun is no event of it
    found = extract("Israel is continuing deadly attacks despite the ceasefire, which Hamas called fragile.",
                    "2025-10-21")
    assert "cooperation" not in [e.category for e in found]


def test_two_joined_clauses_each_with_its_own_subject_are_two_acts():
    found = extract("We welcome the ceasefire and we urge all parties to return to the negotiating table.",
                    "2025-09-30", source="GOV.UK (FCDO)")
    assert {e.event_type for e in found if e.category == "diplomacy"} == {"SUPPORT", "DEMAND"}
    # one subject for both verbs stays one act, and so do passives of one act's victims
    assert len(extract("The envoy travelled to Caracas and met Maduro on Monday.", "2025-09-11")) == 1
    found = extract("Yesterday 265 people were killed and 1440 were wounded in the coup attempt.", "2016-07-17")
    assert len([e for e in found if e.category in ("casualties", "force")]) == 1


def test_a_force_named_again_as_known_tells_again_the_act_before():
    text = ("An Afghan and international force detained a Taliban facilitator in Helmand province last night.\n\n"
            "After clearing several buildings in the village, the combined security force detained the "
            "facilitator and two associates.")
    [row] = extract(text, "2010-06-29")
    assert len(row.sources) == 2 and row.date == D(2010, 6, 28)
    # a force named anew, or an act with a day of its own, is another act
    text = ("An Afghan and international force detained a Taliban facilitator in Helmand province last night.\n\n"
            "A separate Afghan and international force detained a suspect in Kandahar province last night.")
    assert len(extract(text, "2010-06-29")) == 2
    text = ("Coalition forces detained a Taliban facilitator in Helmand province on Monday.\n\n"
            "On Wednesday, the forces detained two more suspects near Kandahar.")
    assert len(extract(text, "2010-06-29")) == 2


def test_the_victims_named_again_attacking_first_are_the_other_side_of_one_fight():
    [row] = extract("Elsewhere, a coalition patrol killed seven extremists July 25 after the enemy fighters attacked "
                    "coalition forces.", "2006-07-27")
    assert (row.date, row.fatalities) == (D(2006, 7, 25), 7)
    # another doer, named, acting before is another act
    found = extract("Iran fired missiles at Israel on Friday after Israel bombed its nuclear sites.", "2025-06-14")
    assert len([e for e in found if e.category == "force"]) == 2


def test_an_act_named_again_joins_no_act_of_other_doers_by_its_dates_alone():
    found = extract("The U.S. struck again after Thursday’s attack by ISIS-K at the Kabul airport, which killed at "
                    "least 175 people.", "2021-08-30")
    assert sorted((e.source_actors, e.date_end) for e in found) == [
        (("ISIS",), D(2021, 8, 26)), (("United States",), D(2021, 8, 30))]
    # an official of the state that acted names the same act again
    found = extract("U.S. forces struck three Iranian nuclear sites. President Trump ordered the attack without "
                    "seeking congressional approval.", "2025-06-22")
    assert len([e for e in found if e.category == "force"]) == 1


def test_what_a_call_covered_is_that_call_told_again():
    text = ("Secretary of State Marco Rubio spoke with Yemeni Prime Minister Ahmed bin Mubarak today. The Secretary "
            "and Prime Minister discussed cooperation to stop Houthi attacks in the region.")
    [call] = extract(text, "2025-01-27")
    assert (call.category, len(call.sources)) == ("diplomacy", 2)
    # a topic more ("also discussed") is still what the call covered (4 of 5 dev readouts tell it so)
    text = ("The Prime Minister spoke to Ukrainian President Volodymyr Zelenskyy this morning. The leaders also "
            "discussed Ukraine's long-term future.")
    [call] = extract(text, "2024-11-28")
    assert (call.category, len(call.sources)) == ("diplomacy", 2)


def test_an_act_named_again_as_subject_of_what_it_did_is_that_act():
    found = extract("Drones attacked an aid ship off Malta on Friday. The attack set the ship on fire and punched a "
                    "substantial breach in its hull.", "2025-05-03")
    assert [(e.category, len(e.sources)) for e in found] == [("force", 2)]
    # an act brought in as the object ("followed an earlier land attack") is another act
    found = extract("On Tuesday an airstrike killed a family of seven in Baghlan. The air raid followed an earlier "
                    "land attack on a medical facility which killed at least five.", "2019-07-10")
    assert len([e for e in found if e.category in ("force", "casualties")]) == 2


def test_a_passive_with_no_doer_on_what_was_named_before_tells_the_act_before_again():
    text = ("A combined force captured two Taliban fighters near Kandahar city last night. "
            "The two men were captured after a lengthy chase.")
    [row] = extract(text, "2010-06-29")
    assert len(row.sources) == 2
    # new things seized, or a passive that names an act of its own, are rows of their own
    text = ("Coalition forces raided a compound near Kabul last night. Two rocket-propelled grenade launchers and "
            "a machine gun were recovered.")
    assert len(extract(text, "2008-09-19")) == 2


def test_crowds_pouring_into_the_streets_and_general_strikes_are_protests():
    [row] = extract("On Sunday, hundreds of Somalis poured into the streets of Mogadishu to condemn the attacks.",
                    "2017-10-16")
    assert (row.category, row.event_type, row.date) == ("accusation", "PROTEST", D(2017, 10, 15))
    found = extract("As protesters flooded the streets of Khartoum, soldiers opened fire.", "2021-10-26")
    assert {e.event_type for e in found} >= {"PROTEST", "ASSAULT"}
    [row] = extract("Workers began a general strike in Bogota on Monday.", "2019-11-27")
    assert row.event_type == "PROTEST"


def test_an_adverbial_participle_takes_the_tense_and_day_of_the_clause_it_modifies():
    text = ("Iraqi forces killed nine militants near Diwaniyah on July 7. While conducting an operation near "
            "Hillah, the soldiers stopped at a checkpoint.")
    found = extract(text, "2007-07-09")
    assert [(e.date, e.date_basis) for e in found] == [(D(2007, 7, 7), "explicit"), (D(2007, 7, 7), "narrative")]
    # of a clause in the present it stays undated by the story
    found = extract("Iraqi forces killed nine militants on July 7. Acting on a tip, soldiers are raiding houses in the town.",
                    "2007-07-09")
    assert (D(2007, 7, 9), "publication") in {(e.date_end, e.date_basis) for e in found}


def test_ships_under_way_are_a_deployment_going_on_and_an_inquiry_under_way_none():
    [row] = extract("Additional Navy ships are under way to Haiti.", "2010-01-13")
    assert (row.category, row.location) == ("deployment", "Haiti")
    assert [e.category for e in extract("The investigation is under way.", "2010-01-13")] == []
    assert [e.category for e in extract("Talks are under way in Geneva.", "2010-01-13")] == ["diplomacy"]


def test_coups_mutinies_and_overthrows_are_force_and_a_condemnation_of_one_is_of_its_day():
    found = extract("The United States strongly condemns the August 18 mutiny in Mali.", "2020-08-19",
                    source="U.S. Department of State")
    assert sorted((e.category, e.event_type, e.date) for e in found) == [
        ("accusation", "DISAPPROVE", D(2020, 8, 19)), ("force", "COERCE", D(2020, 8, 18))]
    [row] = extract("Abdel Fattah al-Burhan overthrew the transitional government Monday.", "2021-10-26")
    assert (row.category, row.event_type, row.date) == ("force", "COERCE", D(2021, 10, 25))
    # taking power by an election is no use of force
    assert [e.category for e in extract("He took power in 2019 after winning the election.", "2021-10-26")] \
        != ["force"]


def test_a_bomb_exploding_or_detonated_is_an_attack_with_explosives():
    [row] = extract("A car bomb exploded near a checkpoint in Mogadishu on Saturday.", "2017-10-16")
    assert (row.category, row.event_type, row.event_mode, row.date) == ("force", "ASSAULT", "explosives",
                                                                        D(2017, 10, 14))
    [row] = extract("A suicide bomber detonated an explosive inside a mosque on Christmas Day, killing five "
                    "worshipers.", "2017-12-27")
    assert (row.category, row.event_mode, row.fatalities) == ("force", "explosives", 5)


def test_an_act_word_inside_a_hyphenated_modifier_is_no_act():
    found = extract("Troops found two caches on Monday. The caches held grenades and bomb-making materials.",
                    "2008-07-09")
    assert "ASSAULT" not in [e.event_type for e in found]
    # a hyphenated act noun standing alone is still an act ("a drone-strike on Monday")
    assert [e.category for e in extract("Israel carried out an air-strike on Monday.", "2025-06-24")] == ["force"]


def test_a_missile_launch_or_a_nuclear_test_is_a_show_of_force_not_an_attack():
    [row] = extract("North Korea conducted a nuclear test on Monday.", "2023-07-13")
    assert (row.category, row.event_type, row.date) == ("deployment", "MOBILIZE", D(2023, 7, 10))
    [row] = extract("North Korea test-fired two short-range missiles on Tuesday.", "2023-07-13")
    assert (row.category, row.date) == ("deployment", D(2023, 7, 11))
    [row] = extract("The Pentagon detected and tracked a single North Korea missile launch Friday.", "2023-07-13")
    assert row.category == "deployment"


def test_a_round_up_goes_on_through_items_the_parser_hangs_on_their_place():
    # "Near Rawah, a strike destroyed ..." is parsed as the place with "a strike destroyed ..." hung on
    # it: still an item of yesterday's strikes, in the simple past
    text = ("U.S. forces continued to attack ISIL terrorists in Iraq yesterday, officials reported today.\n\n"
            "-- Near Mosul, seven strikes engaged three ISIL tactical units.\n\n"
            "-- Near Rawah, a strike destroyed an ISIL bunker.")
    rows = extract(text, "2017-01-20")
    assert [(r.date, r.date_basis) for r in rows if "Rawah" in r.summary] == [(D(2017, 1, 19), "narrative")]


def test_doers_named_by_the_act_retell_the_attack_told_before():
    text = ("Six soldiers were killed when al-Shabab attacked two bases before dawn Friday, officials said.\n\n"
            "Residents told reporters that the attackers targeted a military base in Haji Ali village.")
    assert [(r.category, len(r.sources)) for r in extract(text, "2020-01-17")] == [("force", 2)]
    # attackers doing something else than attacking do another act
    text = ("At least 151 people were killed in yesterday's attacks in Mumbai. The attackers, who were armed "
            "with rifles and grenades, have taken hostages at three locations.")
    rows = extract(text, "2008-11-27")
    assert [(r.category, r.event_type) for r in rows] == [("force", "ASSAULT"), ("force", "COERCE")]
    # the first act of an article has nothing to retell
    [row] = extract("The attackers targeted a military base in Haji Ali village on Friday.", "2020-01-17")
    assert row.category == "force"


def test_a_row_with_no_day_told_with_the_word_of_an_earlier_act_tells_it_again():
    text = ("The U.S. military carried out its latest strikes late Monday against Houthi missiles near Yemen.\n\n"
            "U.S. Central Command says the strikes targeted two anti-ship cruise missiles in the region. "
            "The military has reported strikes on missiles that posed an imminent threat to vessels.")
    assert [(r.date, len(r.sources)) for r in extract(text, "2024-03-05")] == [(D(2024, 3, 4), 3)]
    # a word that adds ("more", "also", "other") or counts ("a third") tells another act
    text = ("Coalition forces detained two suspects in Baghdad on Monday.\n\n"
            "Near Samarra, coalition forces detained seven more suspected terrorists.")
    assert len(extract(text, "2008-07-09")) == 2
    # an act to come is not the act done
    text = ("U.S. jets struck air defences in Libya on Saturday.\n\n"
            "American sailors will also strike the command systems.")
    assert [r.status for r in extract(text, "2011-03-21")] == ["occurred", "planned"]


def test_quoted_words_that_date_an_act_by_the_calendar_report_it():
    text = ('"We are aware of an explosion in the International Zone outside of the U.S. Embassy compound in '
            'Baghdad on May 19," said Capt. Bill Urban, a spokesman.')
    rows = extract(text, "2019-05-20")
    assert [(r.category, r.date) for r in rows if r.category == "force"] == [("force", D(2019, 5, 19))]
    # quoted words with no calendar day stay the speaker's ("so we hit all the boats")
    text = '"We hit the camps very hard and we will keep going," said the commander.'
    assert [r.category for r in extract(text, "2019-05-20")] == ["statement"]
    # nor does a day a count starts from report an act
    text = '"Since the ceasefire started on the 11th of October, we have delivered 530 trucks into Gaza," she said.'
    assert [r.category for r in extract(text, "2025-10-22") if r.category != "statement"] == []


def test_the_act_a_response_answers_is_an_event_of_its_own_day():
    text = ("Israel is conducting targeted strikes against military targets in Iran in response to Iran's "
            "ballistic missile attack against Israel on October 1st, the spokesman said.")
    rows = extract(text, "2024-10-26")
    assert sorted((r.date_end, tuple(r.source_actors)) for r in rows if r.category == "force") == [
        (D(2024, 10, 1), ("Iran",)), (D(2024, 10, 26), ("Israel",))]


def test_what_a_statement_that_was_made_in_says_is_what_was_said():
    # the parser hangs "attacked" on "statement": still the words of the saying, and the act they tell
    [row] = extract("Kenyan Defense Forces said in a statement that al-Shabab militia attacked a Somalian army "
                    "base near the border.", "2020-01-05")
    assert (row.category, row.source_actors) == ("force", ("al-Shabab",))
    # a claim named by a noun stays what was claimed ("rejected claims that ...")
    assert [r.category for r in extract("Venezuela rejected claims that its navy attacked a Guyanese vessel.",
                                        "2020-01-05") if r.category == "force"] == []


def test_downing_is_shooting_down_and_a_weapon_s_maker_is_no_party():
    [row] = extract("Russian forces downed a Ukrainian fighter jet near Kursk on Friday.", "2024-03-16")
    assert (row.category, row.event_type, row.source_actors, row.target_actors) == (
        "force", "ASSAULT", ("Russia",), ("Ukraine",))
    # "down" as a particle or adverb tells nothing
    assert extract("The talks broke down and prices went down.", "2024-03-16") == []
    # "Iranian-style drones", "Iranian-made drones": who made them, not who was hit
    [row] = extract("Ukraine's air defenses downed 27 Iranian-style drones overnight.", "2024-03-16")
    assert "Iran" not in row.actors and row.country != "Iran"


def test_taking_control_of_a_place_is_a_seizure():
    for text in ("Al-Shabab has taken control of the town, residents said.",
                 "The army regained control of the city on Monday.",
                 "Rebels have reportedly taken over their stronghold of Mushake."):
        [row] = extract(text, "2016-03-16")
        assert (row.category, row.event_type, row.event_mode) == ("force", "COERCE", "seize"), text
    # taking over an office is no seizure
    assert extract("Vance will take over as chairman next week.", "2016-03-16") == []


def test_a_verb_after_a_semicolon_with_no_subject_of_its_own_goes_on_with_the_same_act():
    text = ("-- Near Mosul, seven strikes engaged three ISIL tactical units; destroyed 12 watercraft and five "
            "vehicles; and damaged 12 supply routes.")
    assert [e.category for e in extract(text, "2017-01-20")] == ["force"]
    # a clause with a subject of its own after the semicolon is another happening
    text = "Coalition jets struck a bridge near Mosul; militants shelled a checkpoint near Tal Afar."
    assert [e.category for e in extract(text, "2017-01-20")] == ["force", "force"]


def test_a_participle_framing_strikes_by_their_partners_or_purpose_tells_no_event():
    text = ("Strikes in Iraq\n\nAttack, bomber, fighter, rotary and remotely piloted aircraft conducted eight "
            "strikes consisting of 47 engagements in Iraq, coordinated with and in support of Iraq’s government:"
            "\n\n-- Near Mosul, seven strikes engaged three ISIL tactical units; destroyed 12 watercraft.\n\n"
            "-- Near Rawah, a strike destroyed an ISIL bunker.")
    assert "diplomacy" not in [e.category for e in extract(text, "2017-01-20")]
    # standing in solidarity, or acting in support of a proclamation, is the clause's own act
    assert [e.category for e in extract("The United Kingdom stands in solidarity with the people of Venezuela.",
                                        "2025-01-10")] == ["diplomacy"]


def test_a_line_summing_up_the_acts_a_list_tells_is_part_of_the_day_s_acts():
    text = ("U.S. and coalition military forces continued to attack ISIL terrorists in Syria and Iraq yesterday, "
            "officials reported today.\n\n"
            "Aircraft conducted 23 strikes consisting of 39 engagements in Syria:\n\n"
            "-- Near Raqqah, 18 strikes engaged five ISIL tactical units.\n\n"
            "-- Near Palmyra, a strike destroyed a headquarters.")
    rows = extract(text, "2017-01-20")
    assert len(rows) == 3 and not [r for r in rows if "conducted" in r.summary]   # the lead and each item
    # with nothing told before, the sum is a row of its own
    assert len(extract(text.split("\n\n", 1)[1], "2017-01-20")) == 3


def test_what_a_speaker_has_evidence_of_is_told_as_happened():
    [row] = [e for e in extract("The Syrian Observatory for Human Rights says it has evidence that ISIS leader Abu "
                                "Bakr al-Baghdadi has been killed in Deir ez-Zor province.", "2017-07-11")
             if e.category == "force"]
    assert "Abu Bakr al-Baghdadi" in row.target_actors
    # evidence denied tells nothing happened
    for text in ("There is no evidence that more North Korean troops are entering Russia, Singh said.",
                 "Israel continues to claim without evidence that Hamas is infiltrating the distribution of aid."):
        assert not [e for e in extract(text, "2024-11-05") if e.category in ("force", "covert", "deployment")], text


def test_a_reprisal_vowed_or_a_price_promised_is_a_threat():
    for text in ("Israeli Defense Minister Israel Katz vowed a harsh response to the Hezbollah rocket launch.",
                 "Iran vowed revenge for the killing.",
                 "Hamas vowed that Israel will pay a tremendous price."):
        assert [e.category for e in extract(text, "2024-12-02")] == ["threat"], text
    # a price paid is no threat, nor a vow of aid
    assert [e.category for e in extract("The minister said farmers paid a high price for the drought.",
                                        "2024-12-02")] == ["statement"]


def test_a_condemnation_in_a_statement_issued_is_done_by_saying_it():
    [row] = extract("The Romanian Defense Ministry issued a statement saying that it strongly condemns the attack.",
                    "2025-09-13")
    assert (row.category, row.event_type) == ("accusation", "DISAPPROVE")


def test_a_statement_calling_for_something_is_a_demand():
    [row] = extract("The UN Security Council adopted a statement calling for an immediate ceasefire.", "2024-12-02")
    assert (row.category, row.event_type) == ("diplomacy", "DEMAND")


def test_voting_in_favour_is_support_and_a_panel_named_by_its_resolution_is_no_year():
    [row] = extract("The UK voted in favour of this resolution renewing the 1591 Panel of Experts.", "2025-02-18")
    assert (row.category, row.event_type, row.date_end) == ("diplomacy", "SUPPORT", D(2025, 2, 18))


def test_supplying_weapons_and_an_aid_package_are_aid():
    for text in ("The United States has been supplying Ukraine with weapons, including ATACMS missiles.",
                 "The U.S. announced a new $300 million aid package for Ukraine on Tuesday."):
        [row] = extract(text, "2024-03-16")
        assert (row.category, row.event_type) == ("cooperation", "AID"), text
    # supplies as goods tell nothing
    assert extract("Supplies of fuel and water are no longer being restricted.", "2024-03-16") == []


def test_a_contraction_with_a_curly_apostrophe_reads_as_with_a_straight_one():
    for text in ("Trump said NATO countries are buying the weapons and they’re going to continue to supply "
                 "U.S. weapons to Ukraine.",
                 "Trump said NATO countries are buying the weapons and they're going to continue to supply "
                 "U.S. weapons to Ukraine."):
        [row] = extract(text, "2025-10-14")
        assert (row.category, row.status) == ("cooperation", "planned"), text


def test_round_up_items_opening_with_two_places_are_two_acts_even_unknown_places():
    text = ("U.S. and coalition military forces continued to attack ISIL terrorists in Iraq yesterday, officials "
            "reported today.\n\n"
            "-- Near Palmyra, three strikes destroyed an ISIL-held tank and a tactical vehicle.\n\n"
            "-- Near Kisik, a strike destroyed an ISIL-held building.\n\n"
            "-- Near Tal Afar, a strike destroyed an ISIL-held building.")
    rows = [r for r in extract(text, "2016-12-20") if r.summary.lstrip("- ").startswith("Near")]
    assert len(rows) == 3 and all(len(r.sources) == 1 for r in rows)


def test_a_gunbattle_or_an_exchange_of_fire_is_a_fight():
    for text in ("Ten assailants were also killed in the ensuing gunbattle.",
                 "Troops exchanged fire with militants near the border on Monday.",
                 "Police killed two gunmen in a shootout on Friday."):
        [row] = extract(text, "2019-09-10")
        assert (row.category, row.event_type) == ("force", "FIGHT"), text


def test_taking_away_things_is_a_seizure():
    [row] = extract("The gunmen took away an armored tank and many vehicles.", "2014-05-27")
    assert (row.category, row.event_type, row.event_mode) == ("force", "COERCE", "seize")
    assert extract("The key lesson to take away is caution.", "2014-05-27") == []


def test_a_heading_line_the_parser_cuts_in_two_is_no_event():
    # a release's header lines ("Press Statement", the spokesperson, the place, the day): the parser
    # reads "Press" and "Statement" as two sentences; the line, judged whole, is a heading, not a statement
    text = ("Press Releases: U.S. Chiefs of Mission to the Dominican Republic, El Salvador, and Panama Called "
            "Back for Consultations\n\n"
            "Press Statement\n\nHeather Nauert\n\nDepartment Spokesperson\n\nWashington, DC\n\nSeptember 7, 2018\n\n"
            "The United States condemns violence against diplomats, including that which occurred today in Basrah.")
    found = extract(text, "2018-09-07")
    assert [e.summary for e in found if "Statement" in e.summary] == []
    assert any(e.category == "accusation" for e in found)


def test_thanking_someone_for_a_part_of_the_meeting_is_a_courtesy():
    # thanks for a briefing or for coming belong to the meeting itself; thanks for an act are an event
    text = ("And thank you, Under-Secretary-General DiCarlo, for your valuable briefing today. "
            "Thank you all for coming today. We thank Qatar for its mediation.")
    found = extract(text, "2023-03-10")
    assert [e.summary for e in found] == ["We thank Qatar for its mediation."]


def test_a_speaker_going_on_by_pronoun_goes_on_with_the_same_reaction():
    # one reaction told in three sentences is one event; a new speaker, or the same one doing
    # something (a demand), is an event of its own
    text = ("North Korea conducted a nuclear test on Tuesday. Japanese Prime Minister Shinzo Abe condemned the test. "
            "He said in a statement it undermines regional stability and will not make North Korea safer. "
            "\"I think it means a big threat to the region,\" he said. He called for swift international action. "
            "U.N. Secretary General Ban Ki-moon described the move as \"deeply destabilizing.\"")
    found = extract(text, "2013-02-13")
    abe = [e for e in found if "Shinzo Abe" in e.source_actors]
    condemned = next(e for e in abe if e.category == "accusation")
    assert len(condemned.sources) == 3
    assert any(e.category == "diplomacy" and e.summary.startswith("He called") for e in found)   # the call for action
    assert any("Ban Ki-moon" in e.source_actors for e in found)


def test_a_named_speakers_tag_to_a_quotation_goes_on_with_that_speakers_reaction():
    # "“...,” Austin said." after a reaction of Austin's on its day: more words of it, not a new row;
    # a quotation tagged with another speaker's name is that speaker's statement
    text = ("Defense Secretary Lloyd Austin condemned the Russian strikes on Kyiv on Wednesday. "
            "Ukraine's foreign minister Dmytro Kuleba called for more air defenses.\n\n"
            "“Their courage inspires us all,” Austin said.\n\n"
            "“We will rebuild every home,” Zelenskyy said.")
    found = extract(text, "2022-10-13")
    austin = [e for e in found if "Lloyd Austin" in e.source_actors]
    assert len(austin) == 1 and len(austin[0].sources) == 2
    assert any(e.summary.startswith("“We will rebuild") and e.category == "statement" for e in found)


def test_rallies_demonstrations_and_uprisings_are_protests_and_rallying_behind_someone_is_support():
    (e,) = extract("Tens of thousands of people rallied in the Belarus capital on Sunday.", "2020-08-24")
    assert (e.category, e.event_type, e.date) == ("accusation", "PROTEST", D(2020, 8, 23))
    (e,) = extract("Mass demonstrations against the government began in Managua on Wednesday.", "2018-04-20")
    assert (e.category, e.event_type, e.date) == ("accusation", "PROTEST", D(2018, 4, 18))
    for text in ("European countries rallied behind the United States on Monday.",
                 "On Monday, the United Kingdom was rallying members of the General Assembly."):
        (e,) = extract(text, "2022-03-02")
        assert (e.category, e.event_type) == ("diplomacy", "SUPPORT"), text


def test_a_quotation_going_on_from_a_subject_before_it_tells_what_the_subject_did():
    # a release quoted on what someone did ("Hagel “condemned ...,” Kirby said") tells the act; words
    # quoted as someone's claim ("said that security forces “started attacking ...”") stay their words
    text = ("Defense Secretary Chuck Hagel spoke with the Ukrainian defense minister on Wednesday. During the call, "
            "Hagel “condemned the use of force by the Russian Federation,” Kirby said. One protester said that "
            "security forces “started attacking the villages and the towns.”")
    found = extract(text, "2014-03-20")
    condemned = next(e for e in found if "condemned" in e.summary)
    assert (condemned.category, condemned.source_actors, condemned.date) == ("accusation", ("Chuck Hagel",), D(2014, 3, 19))
    assert not any(e.category == "force" for e in found)


def test_a_judgment_noun_with_a_relative_clause_making_it_is_one_event():
    # "A violation the United States condemns": the noun names the condemnation's judgment, one row;
    # "the seizure, which Venezuela condemned" is an act and another's reaction
    (e,) = extract("A violation the United States condemns in the strongest possible terms.", "2023-08-25")
    assert (e.category, e.source_actors) == ("accusation", ("United States",))


def test_a_source_telling_what_the_act_did_without_a_doer_tells_the_act_again():
    text = ("Ukrainian officials said Thursday that a Russian drone attack overnight killed at least four people "
            "in the eastern city of Kharkiv.\n\nKharkiv Mayor Igor Terekhov said drones hit several residential "
            "buildings.\n\nOleg Sinegubov, the regional governor, said Russian attacks also hit the cities of "
            "Lozova and Chuhuiv.")
    found = [e for e in extract(text, "2024-04-04") if e.category == "force"]
    first = next(e for e in found if e.summary.startswith("Ukrainian officials"))
    assert any(s.sentence.startswith("Kharkiv Mayor") for s in first.sources)
    assert any(e.summary.startswith("Oleg Sinegubov") for e in found)   # "also hit": other acts


def test_round_up_items_opening_with_other_places_are_not_details_of_each_other():
    # a doerless act told between two items ("Reports indicated the cell is responsible for several
    # bombings") joins the item before it; the next item, at a place of its own, stays apart
    text = ("Coalition forces killed five terrorists and detained 14 suspects today during operations in northern "
            "Iraq.\n\nIn other news, Iraqi commandos and U.S. advisors detained a suspected al Qaeda in Iraq leader "
            "and three additional suspects during two separate raids Dec. 26. In Baghdad, Iraqi and U.S. troops "
            "detained the leader of an al Qaeda terrorist cell. Reports indicated the cell is responsible for "
            "several bombings and sniper attacks against Iraqi and coalition forces, as well as kidnapping and "
            "torturing innocent Iraqis. In Balad, Iraqi and U.S. Special Forces detained three suspects during a "
            "raid targeting al Qaeda in Iraq leadership.")
    found = extract(text, "2007-12-28")
    assert any(e.summary.startswith("In Balad") for e in found)


def test_shooting_down_what_was_fired_is_a_defence_of_the_defenders_not_the_attack():
    text = ("Russia launched a barrage of missiles at Kyiv on Tuesday, killing seven people. Ukraine's air force "
            "said Ukrainian air defenses shot down 21 of 41 Russian missiles.")
    found = extract(text, "2024-01-23")
    defence = next(e for e in found if e.event_type == "FIGHT")
    assert defence.summary.startswith("Ukraine's air force") and defence.source_actors == ("Ukraine",)
    assert defence.target_actors == ("Russia",)
    assert any(e.event_type == "ASSAULT" and e.source_actors == ("Russia",) for e in found)
    [down] = extract("A U.S. MQ-9 was shot down over Yemen by a Houthi surface-to-air missile on June 6.", "2019-06-16")
    assert down.event_type == "ASSAULT"   # an aircraft shot down is attacked
    [ship] = extract("The U.S. Coast Guard intercepted a tanker carrying Venezuelan oil on Wednesday.", "2025-12-12")
    assert ship.event_type == "COERCE"


def test_two_speech_acts_of_a_statement_are_two_events_but_a_ceremony_told_in_the_past_is_one():
    found = extract("Second, we welcome the release of the crew of the Galaxy Leader and thank the Sultanate of Oman "
                    "for their efforts.", "2025-01-23")
    assert sum(e.category == "diplomacy" for e in found) == 2
    found = extract("Maj. Gen. Jaroslaw Mika welcomed the battalion and thanked the soldiers for their commitment.",
                    "2019-11-20")
    assert sum(e.category == "diplomacy" for e in found) == 1


def test_saying_what_one_will_not_let_happen_is_a_warning_given():
    [row] = extract("The United States will not allow their lawlessness to continue.", "2017-07-05")
    assert (row.category, row.status, row.source_actors) == ("threat", "occurred", ("United States",))
    [row] = extract("America will not tolerate attacks and threats to American lives.", "2020-03-16")
    assert row.category == "threat"
    assert extract("The ministry did not allow journalists to enter the city.", "2020-03-16") == []


def test_an_explanation_of_vote_heading_is_the_statement_made():
    text = ("Explanation of vote by Ambassador Barbara Woodward, UK Permanent Representative to the UN, at the UN "
            "Security Council vote on Haiti.\n\nThank you, President.")
    [row] = extract(text, "2023-10-03")
    assert row.category == "statement" and "Barbara Woodward" in row.source_actors


def test_joining_others_in_a_speech_act_is_doing_it():
    found = extract("We join the Economic Community of West African States and African Union, as well as other "
                    "international partners, in denouncing these actions.", "2020-08-19")
    assert [e.category for e in found] == ["accusation"]
    assert extract("We join the Economic Community of West African States in its work.", "2020-08-19") == []


def test_intervening_in_a_country_is_force_but_intervening_in_a_standoff_is_not():
    found = extract("More than 15,000 people have been killed since the Saudi-led coalition intervened in Yemen in "
                    "March 2015.", "2016-10-09")
    assert any(e.category == "force" and e.date == D(2015, 3, 1) for e in found)
    found = extract("Several people, including a former prime minister, intervened and tried to broker a deal.", "2007-07-10")
    assert not any(e.category == "force" for e in found)


def test_a_welcomed_release_or_resumption_of_talks_is_a_happening_beside_the_welcome():
    found = extract("We welcome the resumption of talks between DRC and M23.", "2025-08-26")
    assert sorted(e.event_type for e in found) == ["CONSULT", "SUPPORT"]
    found = extract("Second, we welcome the release of the crew of the Galaxy Leader.", "2025-02-14")
    assert sorted(e.category for e in found) == ["cooperation", "diplomacy"]


def test_another_source_telling_the_doers_one_act_again_joins_it():
    text = ("Ukrainian officials said Russian attacks killed at least seven people Thursday and injured at least 28 "
            "others in the northeastern city of Kharkiv.\n\n"
            "Ukrainian President Volodymyr Zelenskyy said the attack was \"extremely cruel.\"\n\n"
            "Kharkiv Regional Governor Oleh Syniehubov said on Telegram that Russia struck the area at least 15 times.")
    found = [e for e in extract(text, "2024-05-23") if e.category == "force"]
    assert len(found) == 1 and len(found[0].sources) == 2
    # an act with a toll of its own is another act, even by the same doers
    text = ("Israeli strikes killed 12 people in Gaza City on Tuesday.\n\nMeanwhile, an Israeli drone strike killed "
            "five children who were in line for water.")
    assert len([e for e in extract(text, "2025-09-03") if e.category == "force"]) == 2


def test_the_same_speech_act_said_again_to_others_with_its_own_subject_is_a_second_act():
    found = extract("We urge Iran now to show restraint, and we urge all parties to return to the negotiating table.",
                    "2025-06-24")
    assert [e.event_type for e in found] == ["DEMAND", "DEMAND"]
    # one subject for both: one appeal told with two objects
    found = extract("We urge Iran to show restraint and all parties to return to the negotiating table.", "2025-06-24")
    assert [e.event_type for e in found] == ["DEMAND"]


def test_a_city_locked_down_after_a_shooting_is_a_second_act_of_force():
    found = extract("The Canadian capital, Ottawa, went into lockdown Wednesday after a shooter opened fire at the "
                    "National War Memorial.", "2014-10-23")
    assert sorted(e.event_type for e in found) == ["ASSAULT", "COERCE"]


def test_what_a_speaker_has_consistently_called_for_is_a_habit_not_an_event():
    text = "We have been clear: my Foreign Secretary has consistently called for a ceasefire in Lebanon."
    assert extract(text, "2024-10-02") == []
    assert [e.category for e in extract("My Foreign Secretary called for a ceasefire in Lebanon on Monday.", "2024-10-02")] == ["diplomacy"]


def test_the_happening_whose_announcement_is_welcomed_is_an_event_beside_the_welcome():
    found = extract("The United States welcomes tonight’s announcement of a ceasefire between Israel and Gaza-based "
                    "militants brokered by the Egyptian Government.", "2023-05-13")
    assert sorted(e.event_type for e in found) == ["AGREE", "SUPPORT"]


def test_a_state_saying_it_is_grateful_thanks_but_residents_being_grateful_is_no_event():
    [row] = extract("The United Kingdom is grateful for the efforts of France, as penholder.", "2024-10-02")
    assert (row.category, row.event_type, row.source_actors) == ("diplomacy", "SUPPORT", ("United Kingdom",))
    [row] = extract("The Secretary expressed appreciation for the quick response of Dutch law enforcement.", "2018-09-03")
    assert row.event_type == "SUPPORT"
    assert extract("Residents were grateful for the rain.", "2024-10-02") == []


def test_a_republishers_line_naming_the_release_it_copies_is_no_event():
    text = ("The UK sanctioned leading Iranian military figures on Thursday.\n\n"
            "The press release issued by the Foreign Office on 18 April 2024.")
    assert [e.category for e in extract(text, "2024-04-19")] == ["sanction"]


def test_starting_by_thanking_a_briefer_is_a_courtesy():
    assert extract("Let me start by thanking the Secretary General for his briefing.", "2024-10-02") == []
    assert [e.category for e in extract("Let me start by thanking Qatar for its mediation.", "2024-10-02")] == ["diplomacy"]


def test_an_act_within_a_running_tally_told_with_a_day_of_its_own_is_that_days_act():
    text = ("Since Friday, Israel has assassinated nine Iranian nuclear scientists, including the intelligence chief "
            "of the Islamic Revolutionary Guard Corps, who was killed on Sunday.")
    found = extract(text, "2025-06-16")
    assert [e.date for e in found] == [D(2025, 6, 15)]
    # with no day of its own it stays part of the tally
    assert extract("Since Friday, Israel has killed nine Iranian nuclear scientists, killing their families too.",
                   "2025-06-16") == []


def test_an_act_of_a_named_actor_whose_verb_no_table_lists_is_kept_outside_the_scale():
    (e,) = extract("Colombian troops dismantled a rebel camp near the border on Tuesday.")
    assert (e.category, e.date, e.source_actors) == ("other", D(2025, 11, 11), ("Colombia",))
    (e,) = extract("Iran has quietly relocated its centrifuges to a mountain site.")
    assert (e.category, e.source_actors) == ("other", ("Iran",))
    # a verb that tells no act, an actor that only owns the subject, an act still to come: no row
    assert extract("Iran has demonstrated its resolve.") == []
    assert extract("Russia's war has exacerbated the global food crisis.") == []
    assert extract("Colombian troops could dismantle the camp next week.") == []


def test_a_state_standing_ready_to_help_supports():
    (e,) = extract("The UK stands ready to work with the Sudanese authorities and the African Union to end the fighting.")
    assert (e.category, e.event_type, e.status, e.source_actors) == ("diplomacy", "SUPPORT", "occurred", ("United Kingdom",))


def test_a_statement_given_after_a_meeting_is_a_happening_beside_the_meeting():
    found = extract("Following an emergency cabinet meeting on Saturday, the Foreign Secretary gave a statement on the "
                    "seizure of the tanker.", "2025-11-17")
    assert sorted((e.category, e.date_end) for e in found) == [("diplomacy", D(2025, 11, 15)), ("statement", D(2025, 11, 17))]
    # the story's day before that meeting's day gives way to it: the statement followed the meeting
    found = extract("On Friday, Iran seized the tanker. Following an emergency cabinet meeting on Saturday, the Foreign "
                    "Secretary gave a statement on the seizure.", "2025-11-17")
    assert [e.date for e in found if e.category == "statement"] == [D(2025, 11, 15)]


def test_looking_forward_to_speaking_again_closes_a_readout_and_is_no_event():
    found = extract("Prime Minister Starmer spoke to President Zelenskyy this morning. The leaders looked forward to "
                    "speaking again soon.")
    assert [e.category for e in found] == ["diplomacy"]
    # looking forward to an act of its own is one
    assert [e.category for e in extract("The Secretary said that he looked forward to continuing to support the "
                                        "Government of Yemen.")] == ["diplomacy"]


def test_a_condemned_act_with_a_day_of_its_own_in_its_phrase_is_an_event_beside_the_condemnation():
    found = extract("The United States condemns in the strongest terms the assassination today in Lima of the "
                    "Brazilian consul.", "2025-11-17")
    assert sorted((e.category, e.date) for e in found) == [("accusation", D(2025, 11, 17)), ("force", D(2025, 11, 17))]
    found = extract("The United Kingdom condemns the August 18 mutiny in Mali.", "2025-08-19")
    assert sorted((e.category, e.date) for e in found) == [("accusation", D(2025, 8, 19)), ("force", D(2025, 8, 18))]
    # with no day of its own, the act condemned is only condemned here
    assert [e.category for e in extract("The United Kingdom condemns the attack on the hospital.")] == ["accusation"]


def test_making_clear_is_saying():
    found = extract("On Monday the Foreign Secretary made clear that the government's position had not changed.", "2025-11-19")
    assert [(e.category, e.status, e.date) for e in found] == [("statement", "occurred", D(2025, 11, 17))]


def test_an_act_told_as_just_done_or_going_on_with_no_date_may_be_of_the_day_before_the_story():
    # the present perfect and progressive locate an act on no day: done or going on by the time the
    # story was written, which may be the day before publication
    for text in ("Israeli strikes have killed at least 30 Palestinians in Gaza.",
                 "The United Nations is urging Israel to open the Rafah border crossing.",
                 "Iran says Israel has attacked its nuclear sites."):
        (e,) = extract(text)
        assert (e.date, e.date_end, e.date_basis) == (D(2025, 11, 16), D(2025, 11, 17), "publication"), text
        assert "day before publication" in e.derivation
    # told in the past, it is of the story's day, as before; a date of its own is its date
    (e,) = extract("Israeli strikes killed at least 30 Palestinians in Gaza.")
    assert (e.date, e.date_end) == (D(2025, 11, 17), D(2025, 11, 17))
    (e,) = extract("Israeli strikes have killed at least 30 Palestinians in Gaza since Sunday.")
    assert e.date_basis == "explicit" and e.date_end == D(2025, 11, 17) and e.date == D(2025, 11, 16)


def test_an_undated_past_act_in_a_story_on_the_day_of_publication_is_of_that_day():
    # the story is on Friday, the day it is published: what a later paragraph tells as done, with no
    # date, happened that day, not the day before as well
    text = ("Security forces fired live rounds at protesters in the capital on Friday.\n\n"
            "Seven protesters were shot dead in the town of Kalaw, witnesses said.")
    found = extract(text, "2021-03-19")
    shot = next(e for e in found if "Kalaw" in e.summary)
    assert (shot.date, shot.date_end) == (D(2021, 3, 19), D(2021, 3, 19))
    # not an act told as recent or going on, nor one told as coming before the story's time
    for later in ("Troops have surrounded the town of Kalaw.",
                  "Earlier, police arrested dozens of students in the town of Kalaw.",
                  "Police had arrested dozens of students in the town of Kalaw."):
        found = extract(text.replace("Seven protesters were shot dead in the town of Kalaw, witnesses said.", later),
                        "2021-03-19")
        e = next(e for e in found if "Kalaw" in e.summary)
        assert (e.date, e.date_end) == (D(2021, 3, 18), D(2021, 3, 19)), later


def test_two_dates_joined_by_and_are_the_first_and_last_days_of_the_act():
    (e,) = extract("Israeli jets struck targets in Gaza on Monday and Tuesday.", "2014-04-25")
    assert (e.date, e.date_end) == (D(2014, 4, 21), D(2014, 4, 22))
    (e,) = extract("Russian troops were mobilized to the region in late February and early March.", "2014-04-25")
    assert (e.date, e.date_end) == (D(2014, 2, 21), D(2014, 3, 10))
    # a bare first day before a day of its month begins the range ("9-10 September", "on 9 and 10 September")
    for text in ("On 9-10 September, at least 19 Russian drones entered Polish airspace.",
                 "On 9 and 10 September, Russian drones entered Polish airspace."):
        (e,) = extract(text, "2025-09-19")
        assert (e.date, e.date_end) == (D(2025, 9, 9), D(2025, 9, 10)), text
    (e,) = extract("Rubio will travel to Mexico and Ecuador September 2-4.", "2025-08-30")
    assert (e.date, e.date_end) == (D(2025, 9, 2), D(2025, 9, 4))
    # not two acts each with its date
    found = extract("Israeli jets struck Gaza on Monday and Hamas fired rockets on Tuesday.", "2014-04-25")
    assert sorted((e.date, e.date_end) for e in found) == [(D(2014, 4, 21), D(2014, 4, 21)), (D(2014, 4, 22), D(2014, 4, 22))]


def test_a_cancelled_or_postponed_event_did_not_take_place_the_cancellation_is_the_event():
    # "canceled his visit" is no visit that took place; the cancellation is an event outside the conflict scale
    for text in ("Putin canceled his visit to Turkey on Monday.",
                 "Carnival celebrations in Port-au-Prince were canceled on Monday.",
                 "Iran postponed the execution of the protester on Monday."):
        (e,) = extract(text, "2025-05-07")
        assert (e.category, e.status, e.date) == ("other", "occurred", D(2025, 5, 5)), text


def test_what_the_publisher_tells_of_itself_in_the_present_perfect_is_of_its_day():
    # a government's release telling what it does ("We are consulting", "The United States has imposed")
    # tells it on the day it publishes; the same words in a news story may tell the day before
    for text in ("We are consulting with the Government of Iraq on the attack.",
                 "The United States has imposed sanctions on three Houthi leaders."):
        (e,) = extract(text, source="U.S. Department of State")
        assert (e.date, e.date_end) == (D(2025, 11, 17), D(2025, 11, 17)), text
    (e,) = extract("The United States has imposed sanctions on three Houthi leaders.")
    assert (e.date, e.date_end) == (D(2025, 11, 16), D(2025, 11, 17))


def test_what_a_time_s_when_clause_tells_is_of_that_time():
    # "since April, when Marines surrounded the city": the clause on the time is dated by it, though a
    # "since" phrase is otherwise no date of an act told in the past
    found = extract("Marines have been in the region since April, when they surrounded the city.", "2004-09-06")
    assert [(e.category, e.date, e.date_end, e.date_basis) for e in found] == [
        ("force", D(2004, 4, 1), D(2004, 4, 30), "explicit")]
    found = extract("Since February 2022, when Russia launched its invasion, the UK has provided £12 billion in aid "
                    "to Ukraine.", "2023-06-01")
    assert [(e.date, e.date_end) for e in found if e.category == "force"] == [(D(2022, 2, 1), D(2022, 2, 28))]
    # a count's starting point stays no date of the act counted
    (e,) = [e for e in extract("The strike, the 21st since September, killed three people.", "2025-11-17")
            if e.category == "force"]
    assert e.date_end == D(2025, 11, 17)


def test_a_since_phrase_telling_a_dated_act_names_that_act():
    # "since seizing it in September 2014": the act the phrase tells, on its own date, is an event
    found = extract("Yemen's Houthi rebels have controlled the capital, Sanaa, since seizing it in September 2014.",
                    "2016-05-30")
    assert [(e.category, e.date, e.date_end) for e in found] == [("force", D(2014, 9, 1), D(2014, 9, 30))]
    # what a "since" phrase names without a date of its own is where a state began, no event
    assert [e.category for e in extract("Maduro has governed since the death of Chávez.", "2025-11-17")] == []


def test_an_act_reported_with_no_one_who_reports_is_the_act():
    (e,) = extract("Several Israeli strikes were reported across the Gaza Strip on Monday.")
    assert (e.category, e.source_actors, e.date) == ("force", ("Israel",), D(2025, 11, 17))
    (e,) = extract("Missile strikes were reported in Kharkiv on Monday morning.")
    assert e.category == "force"
    # none reported, a reporter named, or what something was found to be: no act told so
    assert [e.category for e in extract("No injuries were reported.")] == []
    assert "force" not in [e.category for e in extract("A drone ground control station was confirmed to be at "
                                                       "Al Munirah, on the same stretch of coast.")]


def test_an_undated_past_act_of_a_news_story_may_be_of_the_day_before_it():
    # a news story tells yesterday's and today's acts in the past without a day: the day before
    # publication to publication; a government's release telling the past is of its own day
    (e,) = extract("Iran condemned the strikes as a violation of international law.", "2025-06-22")
    assert (e.date, e.date_end, e.date_basis) == (D(2025, 6, 21), D(2025, 6, 22), "publication")
    (e,) = extract("Iran condemned the strikes as a violation of international law.", "2025-06-22",
                   source="U.S. Department of State")
    assert (e.date, e.date_end) == (D(2025, 6, 22), D(2025, 6, 22))


def test_being_appalled_by_an_act_named_before_is_disapproving_of_it():
    (e,) = extract("We are appalled by the attack on a UN helicopter in Nasir.")
    assert (e.category, e.event_type) == ("accusation", "DISAPPROVE")
    (e,) = extract("We are deeply concerned by the attack.")
    assert e.category == "accusation"
    # a concern about no act is no event told
    assert [e.category for e in extract("We are concerned by the humanitarian situation.")] == []


def test_a_statement_line_dates_what_follows_when_paragraphs_are_parted_by_single_line_breaks():
    text = ("Statement given yesterday by Ambassador James Kariuki, UK Deputy Permanent Representative to the UN, "
            "at the UN Security Council meeting on South Sudan.\nI will make three points.\n"
            "We are appalled by the attack on a UN helicopter in Nasir.")
    found = extract(text, "2025-04-17")
    assert [e.date for e in found if e.category == "accusation"] == [D(2025, 4, 16)]


def test_a_call_about_people_an_act_befell_is_an_event_beside_that_act():
    found = extract("We call for the immediate release of the three Kosovo policemen detained on 14 June.", "2018-06-20")
    assert sorted((e.category, e.date) for e in found) == [("diplomacy", D(2018, 6, 20)), ("force", D(2018, 6, 14))]


def test_what_reports_tell_as_done_on_a_day_of_its_own_is_an_act_of_that_day():
    found = extract("The United States is deeply concerned by reports that the rebels carried out attacks on army "
                    "bases in the region on November 3.", "2020-11-04")
    assert sorted((e.category, e.date) for e in found) == [("accusation", D(2020, 11, 4)), ("force", D(2020, 11, 3))]
    # what is feared or claimed, on no day of its own, is no act
    assert "force" not in [e.category for e in extract("Analysts voiced fears that the build-up is a prelude to an "
                                                       "invasion.", "2020-11-04")]


def test_a_conversation_or_a_call_with_someone_is_a_consultation():
    for text in ("This follows his conversation with French Foreign Minister Jean-Yves Le Drian this morning.",
                 "This follows his call with French Foreign Minister Jean-Yves Le Drian this morning."):
        (e,) = extract(text, "2018-04-09")
        assert (e.category, e.event_type) == ("diplomacy", "CONSULT"), text


def test_a_call_on_a_day_is_no_one_called_on():
    # "call on" asks someone to act; "a phone call on Monday" is a consultation on Monday
    (e,) = extract("The two leaders had a phone call on Monday.")
    assert (e.category, e.event_type) == ("diplomacy", "CONSULT")
    assert "DEMAND" not in [e.event_type for e in extract("The leaders held a call on Monday.")]
    (e,) = extract("We call on Russia to stop its attacks.")
    assert e.event_type == "DEMAND"


def test_a_line_naming_a_statement_and_its_authors_presents_the_quoted_paragraphs_after_it():
    text = ("Joint statement on the UN report on Congo, by Foreign Secretary William Hague and International "
            "Development Secretary Justine Greening.\n“We judge the evidence to be credible.\n"
            "“We call on both countries to respond in full to the report’s findings.”")
    found = extract(text, "2012-11-22", source="GOV.UK")
    assert "DEMAND" in [e.event_type for e in found]
    # quoted words of someone a news story reports stay that speaker's, no rows of their own
    found = extract("Hague said: the report was damning. A diplomat added: “We call on both countries to respond.”",
                    "2012-11-22")
    assert "DEMAND" not in [e.event_type for e in found]


def test_a_call_named_as_a_noun_asks_for_what_follows_it():
    # "renew our call for an immediate ceasefire": the renewed call is the event, not a ceasefire
    (e,) = extract("We renew our call for an immediate ceasefire.")
    assert (e.category, e.event_type) == ("diplomacy", "DEMAND")


def test_any_act_someone_said_would_be_done_is_still_to_come_when_said():
    # in reported speech "would" is the past of "will": aid, sanctions, deliveries announced are planned
    for text in ("Britain announced Thursday it would send Ukraine air-defence missiles.",
                 "The ambassador told the council that Washington would be imposing sanctions on the regime.",
                 "The spokesman said the U.S. would rush aid to Ukraine."):
        rows = [e for e in extract(text, "2022-10-13") if e.category != "statement"]
        assert rows and all(e.status == "planned" for e in rows), (text, [(e.category, e.status) for e in rows])
    # what was said to have been done stays done
    (e,) = [e for e in extract("Britain said Thursday it had sent Ukraine air-defence missiles.", "2022-10-13")
            if e.category != "statement"]
    assert e.status == "occurred"


def test_an_act_condemned_with_what_it_did_is_an_event_of_its_day_beside_the_condemnation():
    rows = extract("The Foreign Secretary condemned the airstrikes in Chin State on April 10 that killed at least "
                   "nine people.", "2023-06-20")
    assert sorted((e.category, e.date_end) for e in rows) == [("accusation", D(2023, 6, 20)), ("force", D(2023, 4, 10))]
    rows = extract("We condemn the recent attack on the airport which injured a crew member.", "2023-06-20")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    # told before, it is that act told again, not a second one
    rows = extract("Israeli jets struck the airport on Thursday, injuring a crew member. The UN condemned the "
                   "attack on the airport which injured a crew member.", "2024-12-28")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    # an act condemned by name only stays the condemnation's object
    assert [e.category for e in extract("The minister condemned the strikes on the port.", "2023-06-20")] == ["accusation"]


def test_an_act_a_speaker_is_appalled_by_or_that_struck_or_caused_deaths_is_an_event_beside_the_reaction():
    # a word of concern ("appalled by", "concerned by") condemns as a condemning verb does
    rows = extract("We are appalled by the attack on a UN helicopter in Nasir which killed a contractor.", "2025-04-16")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    rows = extract("The UK remains deeply concerned by the attack on the airport on 26 December.", "2025-01-10")
    assert sorted((e.category, e.date) for e in rows) == [("accusation", D(2025, 1, 10)), ("force", D(2024, 12, 26))]
    # what the act did may be told as what it struck, or as deaths it resulted in or led to
    rows = extract("The United States condemns the recent Houthi attack against Saudi Arabia that struck the civilian "
                   "airport in Abha.", "2021-09-01")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    assert next(e for e in rows if e.category == "force").source_actors == ("Houthis",)
    rows = extract("We condemn the attack on a UN helicopter which resulted in the death of a contractor.", "2025-04-16")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    # an outcome that is no harm keeps the act the condemnation's object
    rows = extract("We condemn the attack on the convoy which resulted in a delay of the talks.", "2025-04-16")
    assert [e.category for e in rows] == ["accusation"]
    # concern about an act named only is the concern
    assert [e.category for e in extract("We are concerned by the strikes on the port.", "2025-04-16")] == ["accusation"]


def test_a_violation_of_airspace_a_speaker_condemns_is_an_incursion_of_its_own():
    rows = extract("The Prime Minister began by condemning the outrageous violation of Poland's airspace.", "2025-09-11")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    rows = extract("The leaders condemned the shocking Russian violation of NATO and Poland's airspace yesterday.", "2025-09-11")
    assert next(e for e in rows if e.category == "force").source_actors == ("Russia",)
    # a violation of anything else stays what is condemned
    assert [e.category for e in extract("The minister condemned the violation of the ceasefire.", "2025-09-11")] == ["accusation"]


def test_consequences_said_to_come_are_a_warning():
    [row] = extract("Continuing to ignore those calls will bring serious consequences for Russia.", "2014-03-17")
    assert (row.category, row.status, row.target_actors) == ("threat", "occurred", ("Russia",))
    [row] = extract("The minister said Iran would face consequences.", "2014-03-17", source="GOV.UK")
    assert (row.category, row.target_actors) == ("threat", ("Iran",))
    # consequences told as what came of an act, or foreseen of a decision, are no warning
    assert "threat" not in [e.category for e in extract("The strike brought grave consequences for the town.", "2014-03-17")]
    assert "threat" not in [e.category for e in extract(
        "This decision will have damaging consequences for the Taliban.", "2022-12-22")]


def test_a_town_naming_an_attack_is_its_place_not_its_doer():
    rows = extract("The Foreign Secretary today welcomed Britain's partners coming together to expel over 100 Russian "
                   "officials following the Salisbury attack.", "2018-03-27")
    attack = next(e for e in rows if e.category == "force")
    assert "Salisbury" not in attack.actors and attack.location == "Salisbury"


def test_a_saying_that_only_tells_more_of_the_act_just_told_is_a_source_of_that_act():
    text = ("Coalition jets struck air-defence sites along the coast on Saturday. "
            "Most of the targets were near the capital, the admiral said.")
    rows = extract(text, "2011-03-20")
    assert [e.category for e in rows] == ["force"] and len(rows[0].sources) == 2
    text = ("Russian missiles hit the city on Tuesday, killing seven people. "
            "The mayor said the Russian strikes damaged 30 apartment buildings.")
    assert [e.category for e in extract(text, "2024-01-24")] == ["force"]
    # the speaker's own side, or what may come, is a say of their own
    text = ("Russian missiles hit the city on Tuesday. "
            "The president said the strikes could be followed by attacks on the capital.")
    assert sorted(e.category for e in extract(text, "2024-01-24"))[0] == "force" and len(extract(text, "2024-01-24")) == 2


def test_a_spokesman_judging_in_the_present_gives_an_opinion_not_an_event():
    text = ("Coalition forces detained five suspects in Kandahar on Friday. "
            "\u201cThese operations are proof of our growing reach,\u201d said Army Maj. John Smith, a spokesman.")
    assert [e.category for e in extract(text, "2007-12-29")] == ["force"]
    # a saying done as an act, a denial, an accusing word or what will come stays the speaker's act
    for quote in ("\u201cThere is no coup in the country,\u201d the president's office said.",
                  "\u201cThe embargo is a crime,\u201d the minister said.",
                  "\u201cThe army is ready and we will respond,\u201d the minister said.",
                  "The ministry has said that the opposition is responsible."):
        assert len(extract(quote, "2007-12-29")) == 1, quote


def test_a_named_side_condemning_in_a_relative_clause_is_a_reaction_of_its_own():
    rows = extract("Some lawmakers have condemned the seizure, which Venezuela condemned as an act of piracy.", "2025-12-12")
    assert sorted((e.category, e.source_actors) for e in rows) == [("accusation", ()), ("accusation", ("Venezuela",))]
    rows = extract("The strike, which Caracas denounced as a crime, killed six people.", "2025-12-12")
    assert sorted(e.category for e in rows) == ["accusation", "force"]
    # blaming an act on someone in a relative clause is the blamer's accusation
    rows = extract("The strikes followed an attack India blamed on militants backed by Pakistan's government.", "2025-05-07")
    assert ("accusation", ("India",)) in [(e.category, e.source_actors) for e in rows]
    # a relative clause that only describes stays background
    assert [e.category for e in extract("The strike, which hit a fishing boat, killed six people.", "2025-12-12")] == ["force"]


def test_a_saying_whose_quotation_holds_a_word_of_accusation_accuses():
    (e,) = extract("Rep. Jane Doe wrote online: \u201cThe president has no right to take us to war. This is reckless "
                   "and illegal. Congress should vote now.\u201d", "2026-01-03")
    assert (e.category, e.event_type, e.source_actors) == ("accusation", "DISAPPROVE", ("Jane Doe",))
    # a quotation that negates, or holds no such word, stays a statement
    for text in ("The minister said: \u201cThe operation was not illegal and it was carried out lawfully.\u201d",
                 "The minister said: \u201cWe are studying the proposal with our partners.\u201d"):
        assert [e.category for e in extract(text, "2026-01-03")] == ["statement"], text


def test_toppling_or_ousting_a_government_is_force():
    for text in ("Soldiers tried to grab power in the capital on Monday.",
                 "Seleka rebels toppled the government in March.",
                 "A general said Wednesday he has ousted the president."):
        assert [(e.category, e.event_type) for e in extract(text, "2013-12-24") if e.category != "statement"] == [
            ("force", "COERCE")], text
    # a president described as ousted is no act told
    assert extract("The ousted president appeared in court on Monday.", "2013-12-24") == []


def test_a_cease_fire_written_with_a_hyphen_is_a_ceasefire_not_fire():
    rows = extract("Shelling was reported Monday in the region, despite a cease-fire that took effect early Sunday.",
                   "2020-10-19")
    assert sorted((e.category, e.date) for e in rows) == [("cooperation", D(2020, 10, 18)), ("force", D(2020, 10, 19))]
    (e,) = extract("Israel and Hamas agreed to a cease-fire on Tuesday.", "2020-10-21")
    assert (e.category, e.event_type) == ("cooperation", "AGREE")
    # a word inside a longer trigger is no trigger of its own; fire alone still is
    assert [(e.category, e.event_type) for e in extract("North Korea test-fired two missiles on Tuesday.", "2020-10-21")] \
        == [("deployment", "MOBILIZE")]
    assert [e.category for e in extract("Troops opened fire on protesters on Tuesday.", "2020-10-21")] == ["force"]


def test_an_answer_a_speaker_says_will_come_is_a_warning():
    for text in ("If extremists fire upon coalition forces, we will respond with deadly accuracy, the spokesman said.",
                 "The United States will take all necessary measures to protect its forces, the White House said.",
                 "We will respond in kind, the minister said on Monday."):
        assert [(e.category, e.event_type) for e in extract(text, "2024-01-10")] == [("threat", "THREATEN")], text
    # an answer in words, one asked about, or one that was not given is no warning
    for text in ("The ministry said it will respond to the proposal next week.",
                 "The colonel said the groups are testing how we might respond.",
                 "We had a resolution that would have taken action against the regime, the ambassador said."):
        assert "threat" not in [e.category for e in extract(text, "2024-01-10")], text


def test_taking_a_place_is_a_capture_and_an_aim_or_a_trip_is_none():
    for text in ("The rebels say they have taken the airport on Sunday.",
                 "The Russians succeeded in taking the regional capital of Kherson on Sunday.",
                 "Rebels took the western town of Bossangoa on Sunday."):
        assert [(e.category, e.event_type, e.date) for e in extract(text, "2022-11-17")
                if e.category != "statement"] == [("force", "COERCE", D(2022, 11, 13))], text
    # an operation's aim, what a noun comes from, and a trip take no place
    for text in ("The army launched an operation to liberate Mosul on Monday.",
                 "The Iraqis have been building momentum from liberating Hit and Fallujah.",
                 "He took the delegation to Kyiv on Sunday."):
        assert ("force", "COERCE") not in [(e.category, e.event_type) for e in extract(text, "2022-11-17")], text


def test_a_named_place_liberated_or_cleared_of_forces_is_a_capture():
    # a name liberated is a place though the gazetteer lacks it (no "city of" before it)
    for text in ("Syrian Democratic Forces liberated Raqqa on Monday.", "Konna was liberated from rebels on Monday.",
                 "Phase Two cleared ISIS forces from Dashisha, Syria, on Monday."):
        assert [(e.category, e.event_type, e.date) for e in extract(text, "2019-10-30")] == [
            ("force", "COERCE", D(2019, 10, 28))], text
    # cleared of anything but forces from a place is no capture
    assert ("force", "COERCE") not in [(e.category, e.event_type) for e in extract(
        "The court cleared him of all charges on Monday.", "2019-10-30")]


def test_forces_ordered_out_of_a_place_withdraw():
    (e,) = extract("Trump ordered nearly all U.S. forces out of northern Syria two weeks ago.", "2019-10-23")
    assert (e.category, e.event_type, e.date, e.date_end) == ("cooperation", "RETREAT", D(2019, 10, 7), D(2019, 10, 13))
    (e,) = extract("The Pentagon ordered the carrier strike group to the Caribbean on Friday.", "2025-10-27")
    assert e.category == "deployment"


def test_silencing_a_medium_is_coercion_and_closing_a_meeting_is_none():
    for text in ("Soldiers have closed the capital's five private radio stations on Monday.",
                 "Internet and telephone lines were shut down in Tigray on Monday.",
                 "The junta closed the newspaper on Monday."):
        assert [(e.category, e.event_type, e.date) for e in extract(text, "2020-11-05")] == [
            ("force", "COERCE", D(2020, 11, 2))], text
    for text in ("He closed the meeting on Monday.", "The shop was shut on Monday.",
                 "The army did not close the radio station on Monday."):
        assert "force" not in [e.category for e in extract(text, "2020-11-05")], text


def test_a_call_beside_a_condemnation_is_a_demand_of_its_own_and_beside_a_warning_none():
    for text in ("We condemn the attacks and call on the Houthis to stop immediately.",
                 "The Foreign Secretary condemned the strike and called on Iran to cease all destabilising activity."):
        rows = extract(text, "2024-01-10")
        assert sorted((e.category, e.event_type) for e in rows) == [
            ("accusation", "DISAPPROVE"), ("diplomacy", "DEMAND")], text
    rows = extract("The notice asked operators to take care and warned that aircraft could be exposed to danger.",
                   "2024-01-10")
    assert [e.category for e in rows] == ["threat"]


def test_reaching_is_a_movement_only_to_a_place_and_scrambling_only_of_aircraft():
    assert [(e.category, e.event_type) for e in extract("Troops reached the capital on Tuesday.", "2022-11-05")] == [
        ("deployment", "MOBILIZE")]
    assert [(e.category, e.event_type) for e in extract(
        "Putin and Erdogan reached an agreement on Tuesday on joint control of the border.", "2022-11-05")] == [
        ("cooperation", "AGREE")]
    assert "deployment" not in [e.category for e in extract(
        "The missiles flew about 130 kilometers and reached an altitude of about 20 kilometers on Tuesday.", "2022-11-05")]
    assert [e.category for e in extract("The shelling prompted South Korea to scramble fighter jets.", "2022-11-05")] == [
        "deployment"]
    for text in ("Palestinians are forced desperately to scramble for supplies.",
                 "The guard asked to have his voice scrambled to remain anonymous."):
        assert "deployment" not in [e.category for e in extract(text, "2022-11-05")], text


def test_a_policy_kept_up_is_a_stance_restated_not_an_event():
    for text in ("We will continue to work with our partners and allies to promote accountability.",
                 "The United States continues to stand with the Malian people in the fight against terrorism.",
                 "We will continue to support Somali and regional efforts to fight terrorism and support Somalis in "
                 "their quest for a peaceful future.",
                 "We continue to encourage all Libyans to support the Government of National Accord as it works to "
                 "address Libya's challenges."):
        assert extract(text, "2022-11-05") == [], text
    # said on a day of its own, or beside an act of the day, the row stays
    assert [e.date for e in extract("On Monday the UK said it will continue to support Ukraine.", "2022-11-05")] == [
        D(2022, 10, 31)]
    assert [e.category for e in extract("My Foreign Minister spoke to Foreign Minister Araghchi again today and "
                                         "we continue to engage partners across the region.", "2025-06-22")] == [
        "diplomacy"]


def test_custody_is_a_detention_only_when_someone_is_or_is_taken_in_it():
    rows = extract("Forces raided the compound on Sunday and took six others into custody.", "2022-11-05")
    assert ("force", "COERCE") in [(e.category, e.event_type) for e in rows]
    for text in ("The wanted terrorist in custody is linked to ordering assassinations.",
                 "At least 98 Palestinians have died in Israeli custody since October 2023."):
        assert ("force", "COERCE") not in [(e.category, e.event_type) for e in extract(text, "2022-11-05")], text


def test_soldiers_taking_power_is_a_coup_and_a_government_taking_office_none():
    for text in ("Sudan's military took power in April.", "Military leaders in Guinea have taken power on Tuesday."):
        assert [(e.category, e.event_type) for e in extract(text, "2008-12-24")] == [("force", "COERCE")], text
    assert extract("The new government took power on Monday.", "2008-12-24") == []
    # dissolving or suspending the state's institutions is a coup's act too; a vote to disband one is not
    for text in ("The army said on Tuesday it has dissolved the government and suspended the constitution.",
                 "On Tuesday, parliament was dissolved by the military."):
        assert [(e.category, e.event_type) for e in extract(text, "2008-12-24")] == [("force", "COERCE")], text
    assert [e.category for e in extract("On Tuesday the assembly voted to disband the interim government.",
                                        "2008-12-24")] != ["force"]


def test_sealing_off_a_road_or_a_district_is_a_blockade():
    for text in ("Azerbaijani forces sealed off its only road linking it to Armenia on Tuesday.",
                 "Areas of the central business district have been sealed off by armoured personnel carriers."):
        rows = extract(text, "2023-09-20")
        assert [(e.category, e.event_type, e.event_mode) for e in rows] == [("force", "COERCE", "blockade")], text


def test_armed_men_fleeing_retreat_and_civilians_fleeing_is_no_event():
    for text in ("Many ISIL fighters seem to have fled without a fight on Monday.",
                 "Tigrayan forces retreated from Adwa on Monday after suffering heavy losses."):
        assert [(e.category, e.event_type) for e in extract(text, "2013-01-29")] == [("cooperation", "RETREAT")], text
    for text in ("Thousands of civilians fled their homes on Monday.", "Many Iranians have been fleeing the country.",
                 "Government forces forced the rebels to flee the town on Monday."):
        assert "RETREAT" not in [e.event_type for e in extract(text, "2013-01-29")], text
    # "surrounding" before a noun after a preposition describes it: no encirclement
    assert "force" not in [e.category for e in extract("The rebels moved to surrounding villages on Monday.",
                                                       "2013-01-29")]


def test_opening_fire_is_an_attack_in_the_present_perfect_too():
    for text in ("Syrian security forces have opened fire at anti-government protests in Daraa.",
                 "Troops opened fire on protesters on Tuesday."):
        assert [(e.category, e.event_type) for e in extract(text, "2011-03-28")] == [("force", "ASSAULT")], text


def test_a_killing_with_a_day_of_its_own_is_that_days_act_though_a_since_phrase_ranks_something_else():
    rows = extract("Police killed nine protesters Sunday in the capital following the bloodiest week since the "
                   "disputed election.", "2023-05-10")
    assert [(e.category, e.date) for e in rows] == [("force", dt.date(2023, 5, 7))]
    assert extract("Soldiers have burned at least 40 villages since the disputed election.", "2023-05-10") == []


def test_exercising_restraint_or_a_right_is_no_military_exercise_nor_a_warning():
    rows = extract("The minister called for both sides to exercise restraint on Tuesday.", "2023-05-10")
    assert [(e.category, e.event_type) for e in rows] == [("diplomacy", "DEMAND")]
    rows = extract("It was right to continue to exercise caution until the flag was raised over the city.", "2023-05-10")
    assert [e.category for e in rows] == []


def test_moving_toward_an_act_is_no_movement_and_a_column_moving_toward_a_border_is_one():
    rows = extract("The envoy said both parties must move toward ending the conflict.", "2023-05-10")
    assert "deployment" not in [e.category for e in rows]
    rows = extract("A Russian armoured column was moving toward the border on Tuesday.", "2023-05-10")
    assert [e.category for e in rows] == ["deployment"]


def test_a_call_kept_up_is_the_demand_made_again_and_a_claim_kept_up_is_none():
    rows = extract("The EU continues to call on the junta to release all political prisoners.", "2023-05-10")
    assert [(e.category, e.event_type) for e in rows] == [("diplomacy", "DEMAND")]
    assert extract("The junta continues to claim that the vote was rigged.", "2023-05-10") == []


def test_thanking_the_audience_for_joining_or_a_briefer_for_a_report_is_a_courtesy():
    for text in ("Thank you for joining us today.", "We thank you for your report."):
        assert extract(text, "2023-05-10") == [], text
    assert [e.event_type for e in extract("We thank Oman for its mediation.", "2023-05-10")] == ["SUPPORT"]



def test_talks_due_to_begin_on_the_day_of_the_story_are_still_planned():
    rows = extract("Peace talks between the two governments are due to begin Monday in Pretoria.", "2022-10-24")
    assert [(e.category, e.status, e.date) for e in rows] == [("diplomacy", "planned", dt.date(2022, 10, 24))]


def test_a_side_saying_it_stands_ready_for_force_warns_and_ready_to_talk_stays_an_offer():
    for text in ("The ministry said the country remains prepared to defend itself against any attack.",
                 "We stand ready to take all necessary measures to protect our sailors."):
        rows = extract(text, "2023-10-26")
        assert [(e.category, e.event_type, e.status) for e in rows] == [("threat", "THREATEN", "occurred")], text
    rows = extract("The rebels said they are ready to negotiate.", "2023-10-26")
    assert [e.category for e in rows] == ["diplomacy"]


def test_due_to_as_because_of_schedules_nothing():
    rows = extract("Some of the wounded died due to shortages caused by the blockade of the city, which took effect "
                   "on March 2.", "2025-03-20")
    assert rows and all(e.status == "occurred" for e in rows)


def test_an_act_told_undated_is_not_the_retelling_of_one_dated_weeks_before_the_story():
    rows = extract("The army has reinvaded the north of the territory, reclaiming control over the main road. "
                   "Patients died for lack of medicine under the army's total blockade of the territory, which took "
                   "effect on March 2.", "2025-03-20")
    assert sorted((e.event_type, e.date) for e in rows) == [("ASSAULT", dt.date(2025, 3, 19)), ("COERCE", dt.date(2025, 3, 2))]


def test_a_broadcast_clip_introduced_by_its_speaker_is_the_speakers_statement_that_day():
    rows = extract("This is Colombian President Gustavo Petro, speaking Wednesday.", "2025-12-19")
    assert [(e.category, e.date) for e in rows] == [("statement", dt.date(2025, 12, 17))]
    assert "Gustavo Petro" in rows[0].source_actors


def test_a_relative_named_with_a_possessor_acts_alone_and_two_speakers_say_two_things():
    rows = extract("Former President Pedro Castillo appeared in court in Lima Monday, where he pleaded not guilty to "
                   "four counts. Meanwhile, Castillo's wife, Lilia Paredes, pleaded not guilty to the two counts she "
                   "faces.", "2026-01-06")
    pleas = sorted(e.source_actors for e in rows if e.category == "statement")
    assert pleas == [("Lilia Paredes",), ("Pedro Castillo",)]


def test_a_readouts_point_stressed_is_a_statement_and_a_concern_shared_a_disapproval():
    rows = extract("The Secretary spoke with the Foreign Minister of Chile on Monday. The Secretary emphasized the "
                   "importance of upcoming engagements.", "2023-08-01", source="U.S. Department of State")
    assert sorted(e.category for e in rows) == ["diplomacy", "statement"]
    rows = extract("The Secretary shared his deep concern over the events in Niger.", "2023-08-01",
                   source="U.S. Department of State")
    assert [(e.category, e.event_type) for e in rows] == [("accusation", "DISAPPROVE")]


def test_a_vow_to_resume_an_attack_is_a_threat_and_no_part_of_the_tally_it_came_before():
    rows = extract("Rebel fighters vowed to resume targeting ships in the strait.", "2025-04-28")
    assert [(e.category, e.event_type, e.status) for e in rows] == [("threat", "THREATEN", "occurred")]
    rows = extract("The ministry says it has carried out 300 strikes since March 15 after rebel fighters vowed to "
                   "resume targeting ships in the strait.", "2025-04-28")
    assert [e.category for e in rows] == ["threat"]


def test_a_surrender_is_a_concession_and_a_call_to_surrender_is_a_demand():
    rows = extract("Leaders of the protesters surrendered to police on Wednesday.", "2010-05-19")
    assert [(e.category, e.event_type) for e in rows] == [("cooperation", "CONCEDE")]
    rows = extract("The president called on the rebels to surrender.", "2010-05-19")
    assert [(e.category, e.event_type) for e in rows] == [("diplomacy", "DEMAND")]


def test_a_state_rejecting_in_its_own_release_rejects_that_day():
    rows = extract("The United States rejects the electoral council's fraudulent announcement.", "2025-01-10",
                   source="U.S. Department of State")
    assert [(e.category, e.event_type, e.date) for e in rows] == [("statement", "REJECT", dt.date(2025, 1, 10))]


def test_a_promised_reprisal_is_a_threat_beside_the_act_it_was_made_at():
    rows = extract("Russia promised retaliatory measures on Monday when it summoned the ambassador.", "2024-06-24")
    assert sorted(e.category for e in rows) == ["accusation", "threat"]



def test_a_diplomatic_protest_and_a_condemnation_are_never_one_event():
    from timeline.events import merge_margin
    summons = extract("Today the Myanmar Ambassador was summoned to the Foreign Office over the coup.", "2021-02-01",
                      source="GOV.UK")
    statement = extract("The UK condemned the coup in Myanmar today.", "2021-02-01", source="GOV.UK")
    assert [e.event_mode for e in summons] == ["protest-diplomatic"] and [e.event_mode for e in statement] == ["condemn"]
    assert merge_margin(summons[0], statement[0]) is None


def test_an_act_told_as_done_is_not_dated_after_publication_by_a_day_counted_from_nothing():
    # "the next day" with no earlier day in the story counts from publication; the simple past tells the
    # act as done, so it was done by the time of writing, not planned for tomorrow
    art = Article(text="Secretary Rubio hailed the decision, posting the next day on X. The talks ended. The next day, "
                       "Russia launched a wave of drones at Kyiv.", published=dt.date(2025, 2, 4), title="t", source="s")
    found = events.extract_article(art)
    assert found and all(e.status == "occurred" and e.date_end <= dt.date(2025, 2, 4) for e in found)
    # a coming day of the event noun itself still dates it ("tomorrow's G7 and NATO meetings")
    art = Article(text="The Prime Minister set out his intention to use tomorrow\u2019s G7 and NATO meetings to increase "
                       "the pressure.", published=dt.date(2022, 3, 23), title="t", source="s")
    assert [(e.status, e.date) for e in events.extract_article(art)] == [("planned", dt.date(2022, 3, 24))]
    # a verb in a passive still schedules ("was scheduled for next Tuesday")
    art = Article(text="The meeting was scheduled for next Tuesday.", published=dt.date(2025, 2, 4), title="t", source="s")
    assert [e.status for e in events.extract_article(art)] == ["planned"]


def test_a_saying_told_as_coming_after_an_act_is_a_row_of_its_own():
    # "After the meeting, X announced ...": the meeting is told again, the announcement is new
    art = Article(text="Rubio met Panamanian President Jose Raul Mulino on Sunday. After the meeting, Mulino announced "
                       "that Panama would not renew its participation in the plan.", published=dt.date(2025, 2, 4),
                  title="t", source="s")
    assert "statement" in [e.category for e in events.extract_article(art)]


def test_making_a_view_clear_is_a_statement():
    art = Article(text="Secretary Rubio made it clear on Monday that the status quo is unacceptable.",
                  published=dt.date(2025, 2, 4), title="t", source="s")
    found = events.extract_article(art)
    assert [(e.category, e.date) for e in found] == [("statement", dt.date(2025, 2, 3))]


def test_overnight_beside_a_day_of_the_calendar_is_that_days_night():
    art = Article(text="On 25 June, Kyiv was shelled overnight by Russia, targeting a residential building.",
                  published=dt.date(2024, 7, 4), title="t", source="s")
    assert [(e.date, e.date_end) for e in events.extract_article(art)] == [(dt.date(2024, 6, 25), dt.date(2024, 6, 25))]


def test_an_act_dated_inside_the_subject_of_a_judgement_is_a_row_of_its_own():
    art = Article(text="The strike by Russia on 28 October was a clear violation of international law.",
                  published=dt.date(2024, 11, 1), title="t", source="s")
    found = events.extract_article(art)
    assert ("force", dt.date(2024, 10, 28), ("Russia",)) in [(e.category, e.date, e.source_actors) for e in found]


def test_an_event_noun_a_dated_relative_clause_says_was_done_is_of_that_day_and_doer():
    art = Article(text="We condemn the strikes that the US carried out on Monday. We welcome the sanctions which the "
                       "EU imposed last week.", published=dt.date(2024, 11, 1), title="t", source="s")
    rows = {(e.category, e.date, e.source_actors) for e in events.extract_article(art)}
    assert ("force", dt.date(2024, 10, 28), ("United States",)) in rows
    assert ("sanction", dt.date(2024, 10, 21), ("European Union",)) in rows


@pytest.mark.parametrize("text", [
    "We urge the council to work collaboratively, and to engage all stakeholders in support of the Haitian people.",
    "We call on the SAF and RSF to utilize the recently resumed Jeddah talks to facilitate unhindered humanitarian "
    "access and agree on ceasefires.",
    "We call on the Houthis to cease further escalation and demonstrate their commitment to a peace process by "
    "engaging in constructive dialogue.",
])
def test_a_verb_joined_to_what_is_asked_is_asked_too(text):
    # the engaging, the agreeing, the dialogue are what the appeal asks for: one row, the demand
    art = Article(text=text, published=dt.date(2023, 11, 2), title="t", source="GOV.UK")
    assert [(e.category, e.event_type) for e in events.extract_article(art)] == [("diplomacy", "DEMAND")]


def test_a_concern_about_reports_of_an_act_is_a_disapproval():
    art = Article(text="The United States is deeply troubled by reports of an imminent large-scale attack by the Rapid "
                       "Support Forces on El Fasher.", published=dt.date(2023, 11, 2), title="t", source="State")
    assert ("accusation", ("United States",)) in [(e.category, e.source_actors) for e in events.extract_article(art)]


def test_dissolving_a_body_of_society_is_a_legal_sanction_dissolving_a_government_is_not():
    art = Article(text="On 23 July in coordinated action, authorities across Belarus dissolved at least 46 NGOs.",
                  published=dt.date(2021, 8, 12), title="t", source="s")
    assert [(e.category, e.event_mode) for e in events.extract_article(art)] == [("sanction", "legal")]
    art = Article(text="On Monday the officers dissolved the government and suspended the constitution.",
                  published=dt.date(2021, 8, 12), title="t", source="s")
    assert "sanction" not in [e.category for e in events.extract_article(art)]


def test_a_statement_line_without_a_full_stop_is_no_subheading():
    text = ("Statement by Ambassador James Kariuki at the UN Security Council meeting on Kosovo\n\nWe welcome the "
            "opportunity new leadership provides for an improved relationship with the Kosovo government.\n")
    art = Article(text=text, published=dt.date(2022, 4, 20), title="t", source="UK Mission to the UN (GOV.UK)")
    assert ("statement", ("James Kariuki",)) in [(e.category, e.source_actors) for e in events.extract_article(art)]


def test_an_act_condemned_as_the_condemnation_is_made_keeps_the_day_hung_on_it():
    art = Article(text="We strongly condemn the attacks on international personnel in May and Kosovo Police on 24 "
                       "September.",
                  published=dt.date(2023, 10, 23), title="t", source="GOV.UK")
    rows = {(e.category, e.date, e.date_end) for e in events.extract_article(art)}
    assert ("force", dt.date(2023, 5, 1), dt.date(2023, 5, 31)) in rows


def test_an_act_someone_will_explore_is_held_possible():
    art = Article(text="The Prime Minister also said he would explore sending further defensive support to Ukraine.",
                  published=dt.date(2022, 2, 22), title="t", source="GOV.UK")
    assert [e.status for e in events.extract_article(art)] == ["speculative"]
    art = Article(text="He said he believed an invasion was a real possibility.", published=dt.date(2022, 2, 22),
                  title="t", source="GOV.UK")
    assert [e.status for e in events.extract_article(art)] == ["speculative"]


def test_what_reports_tell_is_an_act_of_its_own():
    art = Article(text="The United States is deeply troubled by credible reports that the RSF and its affiliated "
                       "militias have razed multiple villages west of El Fasher.", published=dt.date(2024, 4, 24),
                  title="t", source="State")
    rows = {(e.category, e.source_actors) for e in events.extract_article(art)}
    assert ("force", ("Rapid Support Forces",)) in rows and ("accusation", ("United States",)) in rows


def test_echoing_an_appeal_supports_it_and_what_it_asks_is_not_done():
    art = Article(text="We echo Governor Nimr Abdulrahman's appeal to the warring parties to allow civilians to safely "
                       "move to more secure areas.", published=dt.date(2023, 11, 2), title="t", source="State")
    assert [(e.category, e.event_type) for e in events.extract_article(art)] == [("diplomacy", "SUPPORT")]


def test_an_act_done_in_a_period_that_runs_past_publication_ends_at_publication():
    # Thursday 2025-12-04: "this week" is Monday 1 to Sunday 7 December, "this month" all December
    (e,) = extract("Gunmen attacked the Zamzam camp this week, aid workers said.", "2025-12-04")
    assert (e.date, e.date_end, e.granularity) == (D(2025, 12, 1), D(2025, 12, 4), "week")
    (e,) = extract("This month, the UK sanctioned four senior Rapid Support Forces commanders.", "2025-12-04")
    assert (e.date, e.date_end) == (D(2025, 12, 1), D(2025, 12, 4))
    # still to come: the whole period stays
    (e,) = extract("The foreign ministers will meet in Geneva this week.", "2025-12-04")
    assert e.status == "planned" and (e.date, e.date_end) == (D(2025, 12, 1), D(2025, 12, 7))


def test_the_attacker_first_named_after_the_attack_tells_that_attack_again():
    text = ("An explosion from suicide bombing has killed at least 11 people Tuesday in the Somali capital, "
            "witnesses said.\n\nWitnesses said a suicide bomber walked into a teashop and detonated an explosive "
            "vest.\n\nThe attack occurred near a checkpoint in Wadajir district.")
    found = extract(text, "2021-09-14")
    assert [(e.category, e.date) for e in found] == [("force", D(2021, 9, 14))]
    assert len(found[0].sources) == 3
    # a suicide bomber on the way is no deployment of bombers
    assert "deployment" not in {e.category for e in extract("A suicide bomber walked into a teashop on Tuesday.")}
    # one of several attacks told in turn is an attack of its own
    text = ("Bombings targeting police in northwestern Pakistan have killed at least five people. In the first "
            "attack, a suicide bomber struck a vehicle on the outskirts of Peshawar.")
    assert len(extract(text, "2011-01-31")) == 2


def test_a_wars_victims_over_years_told_in_the_passive_are_a_running_toll():
    text = ("Thousands of Somali civilians have been killed in the fighting involving al-Shabab since 2006.")
    assert extract(text, "2021-09-14") == []
    # the day's fighting is an event
    assert len(extract("Police say that at least nine of them have been killed in fighting.", "2008-11-27")) == 1


def test_a_when_clause_with_a_date_of_its_own_is_of_that_date_and_a_kind_said_rare_is_no_event():
    text = ("Attacks in Burkina Faso were relatively rare until this year, when al-Qaida-linked fighters attacked a "
            "hotel in the capital, Ouagadougou, in January, killing at least 29 people.")
    assert [(e.date, e.date_end) for e in extract(text, "2016-12-19")] == [(D(2016, 1, 1), D(2016, 1, 31))]
    assert extract("Such raids are common in the region.", "2016-12-19") == []
    # the strikes told, and a rare strike, are events
    assert len(extract("Israeli strikes were deadly on Friday.", "2016-12-19")) == 1
    assert len(extract("Israel carried out a rare strike on Damascus on Friday.", "2016-12-19")) == 1
    # a "when" clause with no date of its own is of the date before it
    (e,) = extract("Tensions have been soaring since April 22nd, when gunmen massacred 26 tourists in Kashmir.",
                   "2025-05-07")
    assert e.date == e.date_end == D(2025, 4, 22)


def test_gunmen_first_named_after_the_attack_tell_that_attack_again():
    text = ("Suspected Islamic extremists attacked an army barracks Friday in Burkina Faso, killing at least 12 "
            "soldiers, officials said.\n\nThe officials said about 40 unidentified gunmen stormed the army post in "
            "Nassoumbou, a town near the border with Mali.")
    found = extract(text, "2016-12-19")
    assert [(e.category, e.date) for e in found] == [("force", D(2016, 12, 16))]


def test_a_toll_told_by_no_doer_in_the_region_of_the_attack_is_that_attacks_toll():
    text = ("Libyan military forces loyal to a retired general attacked militants in Benghazi on Friday.\n\n"
            "Hospital officials say at least 13 people were killed and 100 wounded in fierce fighting in eastern Libya.")
    (e,) = extract(text, "2014-05-16")
    assert (e.location, e.fatalities, e.date) == ("Benghazi", 13, D(2014, 5, 16))
    # another place of its own, not a region of the attack's, is another act
    text = ("Libyan military forces attacked militants in Benghazi on Friday.\n\n"
            "Hospital officials say at least 13 people were killed in fierce fighting in Tripoli.")
    assert len(extract(text, "2014-05-16")) == 2


def test_what_a_side_strives_for_told_in_the_present_is_background():
    assert extract("The al-Qaida affiliated al-Shabab is trying to overthrow the Somali government.", "2016-12-19") == []
    assert extract("The group is fighting to overthrow the internationally supported government.", "2016-12-19") == []
    # an attempt made, or one dated, is an event
    assert len(extract("The rebels tried to overthrow the government.", "2016-12-19")) == 1
    assert len(extract("Russian forces are trying to capture Pokrovsk this week.", "2016-12-19")) == 1


def test_groups_of_victims_joined_add_up_and_the_day_closing_killed_and_wounded_is_both_verbs():
    (e,) = extract("Six Iraqi police and 12 Islamic State fighters were killed during an attack on a police "
                   "compound in Kirkuk on Friday.", "2016-10-21")
    assert e.fatalities == 18
    (e,) = extract("Gunmen killed three soldiers and two civilians on Friday.", "2016-10-21")
    assert e.fatalities == 5
    (e,) = extract("The strike killed 11 people and wounded 20 on Friday.", "2016-10-21")
    assert (e.category, e.fatalities, e.injured, e.date) == ("force", 11, 20, D(2016, 10, 21))


def test_a_judgment_pointing_back_at_the_act_just_condemned_is_that_condemnation_again():
    art = Article(text="We condemn the ballistic missile launch by North Korea on 4 May. These actions are a threat to "
                       "regional peace and security.", published=dt.date(2022, 5, 11), title="t", source="GOV.UK")
    found = events.extract_article(art)
    assert [e.category for e in found] == ["accusation"] and len(found[0].sources) == 2
    # with no condemnation before it, the judgment is the condemnation
    art = Article(text="Rwandan troops entered Goma on Monday. This is an unacceptable violation of DRC's sovereignty.",
                  published=dt.date(2025, 1, 28), title="t", source="GOV.UK")
    assert "accusation" in [e.category for e in events.extract_article(art)]


def test_the_sides_of_fighting_are_its_doers_and_fighting_is_a_fight():
    (e,) = extract("Clashes broke out on Monday between Thai and Cambodian troops along the border.", "2025-07-25")
    assert set(e.source_actors) == {"Thailand", "Cambodia"} and e.event_type == "FIGHT"
    (e,) = extract("Fierce fighting erupted Friday between Islamic State militants and Kurdish Peshmerga forces near "
                   "Kirkuk.", "2015-01-31")
    assert e.event_type == "FIGHT" and "Kurdish Peshmerga" in e.source_actors and len(e.source_actors) >= 2
    (e,) = extract("Kenyan troops launched a counterattack on Friday.", "2020-01-06")
    assert e.event_type == "FIGHT"
    # an attack and the fighting it is told as are one act: see the toll told in the region of the attack
    # ("attacked militants in Benghazi ... ¶ ... killed ... in fierce fighting in eastern Libya"), a FIGHT told of an ASSAULT


def test_a_date_naming_another_thing_in_the_enclosing_clause_dates_no_act_named_in_passing():
    art = Article(text="The United States condemns the Russian Federation's invasion and occupation of Ukrainian "
                       "territory, in full contravention of its 1997 military basing agreement with Ukraine.",
                  published=dt.date(2014, 3, 1), title="t", source="State")
    acts = [e for e in events.extract_article(art) if e.category == "force"]
    assert [(e.date, e.source_actors) for e in acts] == [(D(2014, 3, 1), ("Russia",))]   # one act, two nouns
    # a date naming the act itself is its date
    (e,) = extract("The September 2 strike killed 11 people.", "2025-09-20")
    assert e.date == D(2025, 9, 2)


def test_a_count_of_events_over_a_year_is_a_tally():
    assert extract("In the whole of 2021, North Korea conducted eight missile tests.", "2022-05-11") == []
    # a year naming the acts is no count of them, and a day's launches are that day's act
    assert len(extract("North Korea launched two ballistic missiles on Wednesday.", "2022-05-11")) == 1
    (e,) = extract("Al-Qaida carried out the 1998 bombings of the U.S. embassies in Nairobi and Dar es Salaam.",
                   "2016-01-10")
    assert (e.category, e.date, e.date_end) == ("force", D(1998, 1, 1), D(1998, 12, 31))


def test_one_town_under_two_spellings_is_one_place_for_merging():
    arts = [Article(text="Coalition forces conducted three strikes in Abu Kamal on Monday, destroying an ISIS "
                         "fighting position.", published=dt.date(2016, 12, 17), title="a", source="DoD"),
            Article(text="Coalition aircraft struck ISIS in Albu Kamal on Monday, destroying a fighting position.",
                    published=dt.date(2016, 12, 17), title="b", source="Wire")]
    rows = [e for e in events.extract(arts) if e.category == "force"]
    assert len(rows) == 1 and len(rows[0].sources) == 2


def test_it_is_imperative_that_is_a_demand_like_must():
    art = Article(text="The United States condemns the attack on El Fasher. It is imperative that the RSF take immediate "
                       "action to stop these attacks.", published=dt.date(2024, 6, 10), title="t",
                  source="U.S. Department of State")
    assert ("threat", "DEMAND") in {(e.category, e.event_type) for e in events.extract_article(art)}


def test_a_statement_pasted_as_one_block_is_still_said_on_its_opening_lines_day():
    text = ("Statement given recently (22 August 2025) by Ambassador James Kariuki at the UN Security Council meeting "
            "on the Democratic Republic of the Congo. I will make three points. First, the United Kingdom condemns "
            "the killing of civilians by M23 in Rutshuru.")
    found = extract(text, "2025-08-26")
    assert found and all(e.date == dt.date(2025, 8, 22) for e in found), [(e.date, e.summary) for e in found]


def test_paragraphs_in_the_first_person_after_a_presenting_line_are_the_speakers():
    art = Article(text="The Foreign Secretary David Cameron said:\n\nI call on the Hong Kong authorities to release "
                       "Jimmy Lai.\n\nI urge the Chinese authorities to repeal the National Security Law.",
                  published=dt.date(2023, 12, 17), title="t", source="GOV.UK")
    demands = [e for e in events.extract_article(art) if e.event_type == "DEMAND"]
    assert len(demands) == 2 and all(e.source_actors == ("David Cameron",) for e in demands)


def test_a_prefixed_irregular_past_tense_tells_its_act():
    (e,) = extract("Kenyan troops retook the base on Friday.", "2020-01-06")
    assert (e.category, e.date) == ("force", D(2020, 1, 3))


def test_a_line_ending_with_a_colon_introduces_the_speakers_words_on_the_next_lines():
    art = Article(text="On 18 December, Jimmy Lai's trial is scheduled to begin in Hong Kong.\n"
                       "The Foreign Secretary David Cameron said:\n"
                       "I call on the Hong Kong authorities to end their prosecution and release Jimmy Lai.\n"
                       "I urge the Chinese authorities to repeal the National Security Law.",
                  published=dt.date(2023, 12, 17), title="t", source="GOV.UK")
    demands = [e for e in events.extract_article(art) if e.event_type == "DEMAND"]
    assert len(demands) == 2 and all(e.source_actors == ("David Cameron",) for e in demands)


def test_a_row_whose_sentence_names_no_place_is_in_the_country_of_the_story():
    # the country of the nearest earlier row that has one; an act also takes its place, as near it (precision 2)
    story = ("Coalition forces killed five insurgents in Helmand province on Monday.\n\n"
             "On Tuesday, coalition forces detained three suspected militants.")
    assert [(e.location, e.country, e.geo_precision, e.place_from_story) for e in extract(story, "2009-01-29")] == [
        ("Helmand", "Afghanistan", 2, False), ("Helmand", "Afghanistan", 2, True)]
    # words said elsewhere keep only the country
    story = ("Coalition forces killed five insurgents in Helmand province on Monday.\n\n"
             "The governor condemned the insurgents on Tuesday.")
    assert [(e.location, e.country) for e in extract(story, "2009-01-29")] == [
        ("Helmand", "Afghanistan"), ("", "Afghanistan")]
    # a row before any placed one takes the country most of the story's rows are in
    story = ("Coalition forces detained three suspected militants on Tuesday.\n\n"
             "Russian drones struck Kharkiv on Wednesday.")
    assert [e.country for e in extract(story, "2009-01-29")] == ["Ukraine", "Ukraine"]
    # a story that names no place gives none
    (e,) = extract("Coalition forces detained three suspected militants on Tuesday.", "2009-01-29")
    assert (e.location, e.country) == ("", "")


def test_an_agreement_coming_into_effect_is_an_event_of_its_own_never_the_agreement_approved():
    for text in ("The truce went into effect Thursday.", "The agreement entered into force on Thursday.",
                 "The truce took effect Thursday."):
        assert [(e.category, e.event_type, e.event_mode, e.date) for e in extract(text, "2012-04-14")] == [
            ("cooperation", "AGREE", "onset", D(2012, 4, 12))], text
    approved = replace(extract("The Israeli government approved the first phase of a Gaza ceasefire deal on Thursday.",
                               "2012-04-14")[0], article_id="a1")
    began = replace(next(e for e in extract("Officials in Gaza say 100 Palestinians have been killed since a truce went "
                                            "into effect in Gaza on Thursday.", "2012-04-14")
                         if e.category == "cooperation"), article_id="a2")
    assert (approved.event_mode, began.event_mode, began.date) == ("", "onset", D(2012, 4, 12))
    assert merge_margin(approved, began) is None


def test_a_poisoning_of_people_and_standing_shoulder_to_shoulder_are_events():
    (e,) = extract("On Sunday 4 March Sergei and Yulia Skripal were poisoned with a military-grade nerve agent.",
                   "2018-03-14")
    assert (e.category, e.event_type, e.date) == ("force", "ASSAULT", D(2018, 3, 4))
    # poisoning is force only when done to people
    assert extract("The talks were poisoned by mistrust on Monday.", "2018-03-14") == []
    (e,) = extract("We stand shoulder to shoulder with Saudi Arabia.", "2018-03-14")
    assert (e.category, e.event_type) == ("diplomacy", "SUPPORT")


def test_a_first_person_paragraph_of_a_government_release_is_the_person_it_told_speaking_that_day():
    text = ("The Foreign Secretary Dominic Raab yesterday condemned the Houthis' drone and ballistic missile attacks "
            "on Saudi Arabia.\n\nI condemn these latest attacks on Saudi Arabia by the Houthis.")
    release = Article(text=text, published=dt.date(2020, 6, 24), title="t", source="GOV.UK (Foreign Office)")
    said = [e for e in events.extract_article(release) if e.category == "accusation"]
    # one condemnation, Raab's, of the day he was told speaking ("I condemn ..." tells it again)
    assert [(e.source_actors, e.date, len(e.sources)) for e in said] == [(("Dominic Raab",), D(2020, 6, 23), 2)]
    # in a news story the "I" is no one the text presented
    story = Article(text=text, published=dt.date(2020, 6, 24), title="t", source="Test Wire")
    assert [len(e.sources) for e in events.extract_article(story) if e.category == "accusation"] == [1, 1]
    # in a transcript whose speaker talks of another ("Lavrov and I"), that other is not the "I"
    transcript = Article(text="Today, Foreign Minister Lavrov and I held talks. The Foreign Minister said Russia would "
                              "not decide before Sunday.\n\nI condemn the referendum.", published=dt.date(2014, 3, 14),
                         title="t", source="U.S. Department of State")
    assert all("Sergey Lavrov" not in e.source_actors for e in events.extract_article(transcript)
               if e.summary.startswith("I condemn"))


def test_violence_is_an_act_where_it_says_where_or_against_whom():
    (e,) = extract("Violence has been escalating in Eastern DRC.", "2012-11-24")
    assert (e.category, e.event_type) == ("force", "ASSAULT")
    # concern at it is an accusation (the act named as known is no row of its own)
    rows = extract("The UK is appalled by the violence against peaceful protesters in Minsk.", "2020-08-14")
    assert [(e.category, e.source_actors) for e in rows] == [("accusation", ("United Kingdom",))]
    # the general word tells no act
    assert extract("Such rhetoric will only create conditions for more violence.", "2020-08-14") == []
    assert [e.category for e in extract("Residents fled their homes in anticipation of violence.", "2020-08-14")] \
        != ["force"]


def test_an_act_whose_words_name_no_place_is_at_the_place_its_story_is_at():
    text = ("Rebels seized a school in Zamboanga City on Monday. "
            "Troops have surrounded at least four coastal villages.\n\n"
            "The governor condemned the rebels on Tuesday.")
    rows = extract(text, "2013-09-11")
    (moved,) = [e for e in rows if "surrounded" in e.summary]
    assert (moved.location, moved.country, moved.geo_precision) == ("Zamboanga City", "Philippines", 2)
    # words said elsewhere take no place from the story
    (said,) = [e for e in rows if "condemned" in e.summary]
    assert (said.location, said.country) == ("", "Philippines")
    # a place the story lends is no evidence that two reports tell one event: two acts in one town stay two
    text = ("Rebels attacked a police station in Zamboanga City on Monday. "
            "On Tuesday, troops destroyed a rebel camp.")
    assert len([e for e in extract(text, "2013-09-11") if e.category == "force"]) == 2


def test_using_a_chemical_weapon_is_an_assault():
    (e,) = extract("The regime used chemical weapons against civilians in Douma on Saturday.", "2018-04-09")
    assert (e.category, e.event_type, e.location, e.date) == ("force", "ASSAULT", "Douma", D(2018, 4, 7))
    (e,) = extract("Chlorine was used as a chemical weapon on 4 February 2018 in Saraqib.", "2018-05-17")
    assert (e.category, e.date) == ("force", D(2018, 2, 4))
    # condemned as a kind of act, named as known, it is only the condemnation
    assert [e.category for e in extract("They both condemned the use of chemical weapons by anyone anywhere.",
                                        "2018-05-17")] == ["accusation"]


def test_a_date_naming_what_an_act_is_about_dates_that_thing_not_the_act():
    rows = extract("Police arrested a man in connection with the 2015 Paris attacks.", "2021-09-21")
    assert sorted((e.event_type, e.date.year, e.date_basis) for e in rows) == [
        ("ASSAULT", 2015, "explicit"), ("COERCE", 2021, "publication")]
    # a date of the act's occasion still dates the act
    (e,) = extract("Two fighters were captured in the Monday raid.", "2021-09-21")
    assert (e.event_type, e.date) == ("COERCE", D(2021, 9, 20))


def test_a_sentence_that_makes_no_row_still_puts_the_story_at_its_place():
    text = ("The Philippine military is exchanging gunfire for a third straight day with a Muslim rebel group.\n\n"
            "Military officials say at least nine people have been killed so far in the standoff with rebel fighters "
            "in Zamboanga City.\n\n"
            "Troops have surrounded at least four coastal villages.")
    rows = extract(text, "2013-09-11")
    assert [(e.location, e.country, e.place_from_story) for e in rows if "surrounded" in e.summary] == [
        ("Zamboanga City", "Philippines", True)]
    # the act told before any place takes the first one the story names
    assert [(e.location, e.country) for e in rows if "gunfire" in e.summary] == [("Zamboanga City", "Philippines")]


def test_an_attack_that_engages_a_unit_strikes_it_one_sided_and_its_further_results_are_the_same_act():
    (e,) = extract("Near Raqqa, 19 strikes engaged five ISIS tactical units.")
    assert (e.category, e.event_type, e.source_actors, e.target_actors) == ("force", "ASSAULT", (), ("ISIS",))
    # the parser hangs "a strike" on the place before it; the strike still engaged the unit and destroyed the tractor
    (e,) = extract("Near Kirkuk, a strike engaged an ISIS tactical unit and destroyed a tractor.")
    assert (e.event_type, e.target_actors) == ("ASSAULT", ("ISIS",))
    # people who engage others fight them: both sides act
    (e,) = extract("Iraqi troops engaged ISIS fighters near Mosul on Monday.")
    assert e.event_type == "FIGHT" and set(e.source_actors) == {"Iraq", "ISIS"}


def test_items_of_a_strike_round_up_opening_with_two_places_stay_two_acts():
    text = ("Near Palmyra, five strikes destroyed four ISIS-held tanks. "
            "Near Tal Afar, a strike destroyed a weapons storage facility.")
    rows = extract(text, "2016-12-21", "DoD News")
    assert sorted(e.location for e in rows) == ["Palmyra", "Tal Afar"]
    # a later sentence that opens with no place of its own still tells the item before it again
    assert len(extract("Near Palmyra, five strikes destroyed four ISIS-held tanks. The strikes destroyed a radar, too.",
                       "2016-12-21", "DoD News")) == 1


def test_sides_that_exchange_or_trade_fire_fight_each_other():
    for text in ("India and Pakistan exchanged heavy artillery fire across the line of control on Monday.",
                 "Israel and Hezbollah have been trading attacks since Wednesday."):
        (e,) = extract(text)
        assert e.event_type == "FIGHT" and len(e.source_actors) == 2 and not e.target_actors, text
    # an attack on a place named for trade is one side's
    (e,) = extract("Hezbollah fighters attacked a trading post on Monday.")
    assert e.event_type == "ASSAULT"


def test_force_to_control_a_crowd_or_cut_the_internet_is_coercion_but_killing_is_assault():
    for text in ("Riot police on Thursday fired tear gas at several dozen protesters.",
                 "Police fired shots into the air to disperse the crowd on Friday."):
        assert [e.event_type for e in extract(text)] == ["COERCE"], text
    (e,) = extract("Iranian authorities have imposed an internet shutdown across the country.")
    assert (e.event_type, e.event_mode) == ("COERCE", "censor")
    # with live fire that kills, it is an assault
    (e,) = extract("Soldiers opened fire on protesters on Thursday with live fire and tear gas, killing four people.")
    assert e.event_type == "ASSAULT"


def test_standing_trial_is_a_legal_sanction_undergone_by_its_subject():
    (e,) = extract("Maduro is expected to face trial in New York.", "2026-01-05")
    assert (e.category, e.event_type, e.status) == ("sanction", "SANCTION", "planned")
    assert e.source_actors == () and e.target_actors == ("Nicolás Maduro",)
    (e,) = extract("The two men will stand trial next month.", "2026-01-06")
    assert (e.event_type, e.status, e.date) == ("SANCTION", "planned", D(2026, 2, 1))


def test_who_backs_a_group_is_no_party_to_what_the_group_does():
    (e,) = extract("The UAE-backed Rapid Support Forces attacked a preschool on Monday.")
    assert e.source_actors == ("Rapid Support Forces",) and "United Arab Emirates" not in e.actors
    (e,) = extract("Iranian-backed Houthi militants launched an anti-ship ballistic missile on Monday.")
    assert e.actors == ("Houthis",)
    # the leader of a coalition named for it is its name; a state that backs a group in words of its own acts
    (e,) = extract("A Saudi-led coalition airstrike hit a school on Monday.")
    assert e.source_actors == ("Saudi-led coalition",)
    assert "Iran" in extract("Iran backed the Houthis for years.")[0].source_actors
    # nor is the state whose flag a ship flies
    (e,) = extract("Houthi militants attacked a British-flagged tanker in the Red Sea on Monday.")
    assert "United Kingdom" not in e.actors


def test_a_liberation_named_by_its_noun_is_a_taking_and_common_armed_groups_are_known_by_their_short_names():
    (e,) = extract("The SDF liberated the city of Raqqa on Oct. 20.", "2017-11-02")
    assert (e.category, e.event_type, e.source_actors, e.date) == ("force", "COERCE", ("Syrian Democratic Forces",), D(2017, 10, 20))
    rows = extract("Following their historic liberation of Mosul, Iraqi forces held a parade.", "2017-11-02")
    assert any(e.event_type == "COERCE" and e.location == "Mosul" for e in rows)
    for text, doer in (("Russian-backed separatists shelled Mariupol on Monday.", "Pro-Russian separatists"),
                       ("Seleka rebels attacked Bangui on Monday.", "Seleka"), ("AQAP claimed the attack on Monday.", "AQAP")):
        assert extract(text, "2017-11-02")[0].source_actors == (doer,), text


def test_acts_told_as_recurring_periodically_or_regularly_are_a_habit_not_an_event():
    for text in ("Separatist violence has erupted periodically ever since.",
                 "Militants regularly attack army posts in the region."):
        assert extract(text, "2008-06-20") == [], text
    assert len(extract("Militants attacked an army post on Monday.", "2008-06-20")) == 1


def test_an_attempt_named_by_the_act_it_tries_is_that_act():
    rows = extract("Nkurunziza's bid for re-election triggered a failed coup attempt last month.", "2015-06-20")
    assert [(e.category, e.event_type, e.date) for e in rows] == [("force", "COERCE", D(2015, 5, 1))]


def test_a_state_disgusted_or_shocked_by_an_act_disapproves_of_it():
    for word in ("disgusted", "shocked"):
        rows = extract(f"The United States is {word} by last night's savage attack.", "2014-04-21")
        assert sorted((e.category, e.date) for e in rows) == [("accusation", D(2014, 4, 21)), ("force", D(2014, 4, 20))], word


def test_the_flag_of_forces_ships_or_people_attacked_is_no_place():
    (e,) = extract("Houthi rebels fired missiles at U.S. warships on Friday.")
    assert (e.category, e.target_actors, e.location) == ("force", ("United States",), "")
    (e,) = extract("A U.S. EOD team was attacked by a vehicle bomb on Friday.")
    assert e.location == "" and e.country != "United States"
    # the state itself, or what stays on its soil, is where the act was done
    assert [e.location for e in extract("Israel struck Iranian nuclear sites on Friday.")] == ["Iran"]
    assert [e.location for e in extract("Israel struck Iran on Friday.")] == ["Iran"]


def test_a_day_hung_on_a_condemnation_said_now_is_the_day_of_the_act_condemned():
    rows = extract("The UK condemns the attack on Kyiv on Monday.", "2022-11-02", source="GOV.UK (Foreign Office)")
    assert sorted((e.category, e.date) for e in rows) == [
        ("accusation", dt.date(2022, 11, 2)), ("force", dt.date(2022, 10, 31))]
    # a condemnation told as done takes its own day: the act is the one told before
    rows = extract("The UK condemned the attack on Kyiv on Monday.", "2022-11-02", source="GOV.UK (Foreign Office)")
    assert [(e.category, e.date) for e in rows] == [("accusation", dt.date(2022, 10, 31))]


def test_an_agreement_named_with_the_day_it_was_made_is_an_event_of_that_day():
    rows = extract("We call for the implementation of the agreement reached in Geneva on April 17.", "2016-07-30",
                   source="U.S. Department of State")
    assert sorted((e.category, e.date) for e in rows) == [
        ("cooperation", dt.date(2016, 4, 17)), ("diplomacy", dt.date(2016, 7, 30))]
    # an agreement named with no day of its own is the one the demand is about, no event told
    rows = extract("We call for the implementation of the agreement.", "2016-07-30", source="U.S. Department of State")
    assert [e.category for e in rows] == ["diplomacy"]


def test_officials_named_by_title_of_a_state_are_the_state_and_an_accord_is_no_actor():
    (e,) = extract("We urge respect for the Peace Accords signed by the Prime Ministers of Cambodia and Thailand.",
                   "2025-12-09", source="U.S. Department of State")
    assert set(e.target_actors) == {"Cambodia", "Thailand"} and not any("Accord" in n for n in e.actors)


def test_a_show_of_force_is_a_deployment():
    (e,) = extract("Armoured vehicles rolled through the capital on Thursday in a show of force.", "2009-02-27")
    assert (e.category, e.event_type, e.date) == ("deployment", "MOBILIZE", dt.date(2009, 2, 26))


def test_the_first_person_of_words_a_line_presents_one_person_saying_is_that_person():
    text = ("Speaking this morning, William Hague, the Foreign Secretary said:\n\n"
            "I am deeply concerned by recent events in Egypt.\n\nI call on all sides to refrain from violence.")
    rows = extract(text, "2013-07-27", source="UK Foreign & Commonwealth Office (GOV.UK press release)")
    assert [e.source_actors for e in rows if e.event_type == "DEMAND"] == [("William Hague",)]
    # "Guinea Bissau" written without its hyphen is the same state
    rows = extract("The United States condemns the seizure of power in Guinea Bissau on Thursday.", "2012-04-13",
                   source="U.S. Department of State")
    assert all(e.country == "Guinea-Bissau" for e in rows)
    assert "Guinea-Bissau" in next(e for e in rows if e.category == "accusation").actors


def test_the_king_is_the_king_the_article_named():
    rows = extract("King Gyanendra dismissed the government of Prime Minister Sher Bahadur Deuba on Tuesday. The king "
                   "criticized the Deuba government for failing to hold elections.", "2005-02-01")
    assert all(e.source_actors == ("Gyanendra",) for e in rows) and len(rows) == 2


def test_a_visit_by_a_warship_is_a_deployment_and_a_ministers_a_visit():
    (e,) = extract("The USS Gravely will visit Trinidad and Tobago from October 26 to 30.", "2025-10-25")
    assert (e.category, e.event_type, e.status) == ("deployment", "MOBILIZE", "planned")
    (e,) = extract("Two Russian warships visited Havana on Thursday.", "2025-10-25")
    assert e.category == "deployment"
    (e,) = extract("Secretary Rubio will visit Mexico on Tuesday.", "2025-10-25")
    assert e.category == "diplomacy"
    # the subject of the verb a noun of movement hangs on still counts ("made a surprise arrival")
    (e,) = extract("General Alvin Holsey made a surprise arrival in Trinidad on Monday.", "2025-10-25")
    assert e.category == "diplomacy"


def test_sanctions_in_a_government_s_own_words_and_steps_taken_to_impose_them_are_sanctions():
    # visa restrictions, travel bans, asset freezes, general licences and reward offers are sanctions
    for text in ("The Department of State imposed visa restrictions on 15 officials.",
                 "The UK announced travel bans against seven Russians.",
                 "The Department of the Treasury is issuing a series of general licenses.",
                 "The Department of State is also adding a new reward offer of up to $15 million for the minister."):
        assert [(e.category, e.event_type) for e in extract(text, "2025-01-10")] == [("sanction", "SANCTION")], text
    # steps taken to impose them are the imposing, done now
    (e,) = extract("Concurrently, the Department of State is taking steps to impose new visa restrictions on "
                   "Maduro-aligned individuals.", "2025-01-10")
    assert (e.category, e.status, e.date) == ("sanction", "occurred", D(2025, 1, 10))
    # measures or action taken to an end are no act of their own
    assert extract("Israel took action to defend itself.") == []
    assert extract("The government took steps to ease tensions.") == []


def test_an_act_of_force_someone_is_accused_of_is_an_event_of_the_one_accused_beside_the_accusation():
    rows = extract("Armenia accused Azerbaijan of shelling at least four regions outside the conflict zone overnight.",
                   "2012-04-15")
    assert sorted((e.category, e.source_actors) for e in rows) == [
        ("accusation", ("Armenia",)), ("force", ("Azerbaijan",))]
    # however the parser hangs "of" (on the one accused), and dated as the accusation is when it has no day
    rows = extract("The aid group accused Israeli forces of attacking its staff residence in Deir al-Balah.",
                   "2012-04-15")
    (act,) = [e for e in rows if e.category == "force"]
    (accusation,) = [e for e in rows if e.category == "accusation"]
    assert act.source_actors == ("Israel",) and (act.date, act.date_end) == (accusation.date, accusation.date_end)
    # an accusation of something that is no act of force is the accusation alone
    assert [e.category for e in extract("Russia accused Ukraine of starting the war.")] == ["accusation"]


def test_a_government_s_statement_printed_as_one_unattributed_quotation_is_its_own_statement():
    text = ("The UK remains deeply concerned by the situation.\n\n"
            "\u201cWe call on the military and security forces to launch an urgent process of consultation.\n\n"
            "\u201cWe urge all parties to work calmly and collaboratively in this endeavour.\u201d")
    rows = extract(text, "2014-11-03", source="UK Foreign & Commonwealth Office (GOV.UK)")
    demands = [e for e in rows if e.event_type == "DEMAND"]
    assert len(demands) == 2 and all(e.source_actors == ("United Kingdom",) for e in demands)
    # words quoted of someone the paragraph names saying them stay that person's words
    text = ("The UK remains deeply concerned by the situation.\n\n"
            "\u201cWe call on the military to launch an urgent process of consultation,\u201d a rebel leader said.")
    rows = extract(text, "2014-11-03", source="UK Foreign & Commonwealth Office (GOV.UK)")
    assert [e.event_type for e in rows if e.event_type == "DEMAND"] == []
    # and a news story's quotations are its sources' words
    text = ("Protests continued.\n\n\u201cWe call on the military to launch an urgent process of consultation.")
    assert [e.event_type for e in extract(text, "2014-11-03") if e.event_type == "DEMAND"] == []


def test_an_appointment_or_a_swearing_in_is_a_statement_of_its_day():
    (e,) = extract("The parliament appointed former prime minister Kurmanbek Bakiyev acting head of state.", "2005-03-26")
    assert (e.category, e.target_actors) == ("statement", ("Kurmanbek Bakiyev",))
    (e,) = extract("Maduro was sworn in to his second term as president on Thursday.", "2025-01-12")
    assert (e.category, e.date) == ("statement", D(2025, 1, 9))


def test_acts_told_with_their_own_times_of_day_are_acts_of_their_own():
    # a release that sums up a day's strikes, then tells each at its minute (written here)
    text = ("U.S. military forces continued to attack militants in the north today, successfully conducting four "
            "airstrikes near the town of Sinjar.\n\n"
            "At approximately 11:20 a.m., U.S. fighters struck a militant armored personnel carrier near Sinjar, "
            "destroying the vehicle.\n\n"
            "At approximately 11:40 a.m., U.S. aircraft struck two more armored vehicles and an armed truck near "
            "Sinjar, eliminating the threat.")
    found = extract(text, "2014-08-09", "U.S. Central Command")
    timed = [e for e in found if any("a.m." in s.date_text for s in e.sources)]
    assert len(timed) == 2
    assert all(len(e.sources) == 1 for e in timed)
    # one act told again at its time, after a day's report that counts no several acts, is still that act
    text = ("Coalition forces killed five insurgents near Kandahar today.\n\n"
            "At about 10 a.m., coalition forces killed five insurgents in a firefight near Kandahar, officials said.")
    found = [e for e in extract(text, "2008-06-19", "U.S. Department of Defense") if e.category == "force"]
    assert len(found) == 1 and len(found[0].sources) == 2


def test_people_marching_protest_and_forces_marching_deploy():
    found = {e.summary: (e.category, e.event_type) for e in extract(
        "Tens of thousands of protesters marched on the parliament on Monday. "
        "Rebel troops marched on the capital on Sunday.", "2013-12-10")}
    assert found["Tens of thousands of protesters marched on the parliament on Monday."] == ("accusation", "PROTEST")
    assert found["Rebel troops marched on the capital on Sunday."] == ("deployment", "MOBILIZE")


def test_a_correspondents_credit_is_no_event_and_its_reporter_no_actor():
    # a broadcaster's credit of its correspondent (written here, in a broadcaster's style)
    found = extract("Rebels attacked the capital on Saturday. As Jane Doe reports from Nairobi, the government says "
                    "the attack was repelled. VOA's John Roe reports from Khartoum.", "2008-05-11")
    assert not any("Jane Doe" in e.actors or "John Roe" in e.actors for e in found)
    assert not any(e.summary.startswith("VOA's John Roe") for e in found)
    # a report from a place by its author who is no correspondent, in the past, is still told
    assert extract("The agency reported from Geneva on Monday that 40 people were killed in the shelling.", "2008-05-11")


def test_a_state_of_affairs_that_threatens_is_a_figure_of_speech():
    # written here: the impasse "threatens" nothing as an actor would; the appeal is the event
    found = extract("We urge all parties to resolve the political impasse that threatens to unravel the peace ushered "
                    "in by the accord over a decade ago.", "2015-07-10", "U.S. Department of State")
    assert [e.category for e in found] == ["diplomacy"]
    assert [e.category for e in extract("The violence threatens to spread to the capital.", "2015-07-10")] == []
    assert [e.category for e in extract("The rebels threatened to attack the capital on Monday.", "2015-07-10")] == ["threat"]


def test_a_speech_act_done_in_quoted_words_is_that_act_of_the_speaker():
    # written here: the quoted words condemn; the saying is the condemnation, by the one who says it
    [row] = extract("“We condemn this kind of violence,” spokesman John Kirby told reporters.", "2019-03-21")
    assert (row.category, row.event_type) == ("accusation", "DISAPPROVE")
    assert "John Kirby" in row.source_actors
    # told first in the narrative, the quotation is the same condemnation again
    rows_ = extract("Prime Minister Jane Roe condemned the bombing on Monday. “I condemn today's bombing by the "
                    "militants,” she said in a post.", "2019-03-21")
    assert [e.category for e in rows_ if e.category == "accusation"] == ["accusation"]
    # a quotation that only tells, or that is negated, stays a statement
    [plain] = extract("“We do not condemn anyone,” spokesman John Kirby told reporters.", "2019-03-21")
    assert plain.category != "accusation"


def test_shutting_off_access_to_a_medium_silences_it():
    # written here
    [row] = extract("The government shut off access to the internet on Tuesday.", "2019-01-22")
    assert (row.category, row.event_type) == ("force", "COERCE")
    assert extract("The town shut off access to the old bridge on Tuesday.", "2019-01-22") == []


def test_forces_massing_deploy_and_a_mass_noun_is_no_deployment():
    # written here
    [row] = extract("The rebels were massing east of the capital on Monday.", "2008-02-10")
    assert (row.category, row.event_type) == ("deployment", "MOBILIZE")
    assert not [e for e in extract("Investigators found a mass grave near the town on Monday.", "2008-02-10")
                if e.category == "deployment"]


def test_restoring_relations_is_diplomatic_cooperation():
    # written here
    [row] = extract("Qatar and Egypt restored diplomatic relations on Monday.", "2008-02-10")
    assert (row.category, row.event_type) == ("diplomacy", "COOPERATE")
    assert set(row.source_actors) == {"Qatar", "Egypt"}


def test_speaking_with_a_broadcasters_journalist_is_an_interview_not_a_call():
    # written here
    found = {e.summary: e.category for e in extract(
        "Rebels attacked the town on Tuesday. The envoy spoke with VOA's Jane Roe in Nairobi on Wednesday. "
        "The foreign minister spoke with Sergey Lavrov on Wednesday.", "2006-04-20")}
    assert found["The envoy spoke with VOA's Jane Roe in Nairobi on Wednesday."] == "statement"
    assert found["The foreign minister spoke with Sergey Lavrov on Wednesday."] == "diplomacy"

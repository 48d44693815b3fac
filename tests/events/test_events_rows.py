"""The rows an analyst sees: one row per happening, no rows for background, commentary,
hypotheses or questions, and the right category for common constructions. Short invented
sentences, one class of problem per test."""
from __future__ import annotations

import datetime as dt

from timeline import events
from timeline.io import articles


def rows(text: str, published: str = "2025-11-17") -> list[tuple[str, str]]:
    art = articles.Article(text=text, published=dt.date.fromisoformat(published), title="t",
                           source="Test Wire", url="https://example.org/x")
    return [(e.category, e.status) for e in events.extract_article(art)]


def categories(text: str, published: str = "2025-11-17") -> list[str]:
    return sorted(c for c, _s in rows(text, published))


def test_a_statement_yields_to_a_more_specific_act_of_the_same_speaker() -> None:
    assert categories("The ministry condemned the blockade on Monday and said the port was open.") == ["accusation"]
    assert categories("Colombia has sent three frigates to the border, the defense ministry confirmed.") == ["deployment"]
    # "said" reports both halves of a conjunction, the second one being the specific act
    assert categories("The ministry said the harbour was quiet and that the navy had seized two tankers.") == ["force"]


def test_two_speakers_keep_their_own_rows() -> None:
    found = categories("Brazil condemned the raid on Monday, while Chile said it would study the report.")
    assert found == ["accusation", "statement"]


def test_other_yields_to_a_categorised_row_of_the_sentence() -> None:
    found = categories("The agency warned shipping firms on Tuesday of mines in the strait, and several firms "
                       "have since cancelled flights to the port.")
    assert found == ["threat"]
    assert categories("Two airlines suspended flights to the capital on Tuesday.") == ["other"]


def test_what_a_copula_characterises_is_no_event() -> None:
    assert rows("The arrival of a submarine in the gulf was a rare sight.") == []
    assert categories("The senator said on Monday that the patrols are a prelude to an invasion.") == ["statement"]


def test_commentators_give_no_rows_even_through_a_pronoun() -> None:
    found = rows("Analysts said the patrols were routine, though they warned against reading too much into them.")
    assert [c for c, _s in found if c in ("threat", "deployment")] == []


def test_an_open_question_or_a_withheld_answer_is_no_event() -> None:
    assert rows("The minister did not say what the navy would seize in the strait.") == []
    assert rows("The spokesman declined to say whether the troops had been deployed.") == []
    assert rows("The spokesman declined to comment on the reports.") == []


def test_relative_clause_under_a_reporting_verb_is_no_question() -> None:
    found = rows("The government said it plans to designate the group, which it says is run by smugglers, "
                 "a terrorist organization in the coming days.")
    assert found == [("sanction", "planned")]


def test_would_and_must_told_by_the_article_itself_are_no_facts() -> None:
    assert rows("The navy would seize any tanker that tried to leave the port.") == [("force", "speculative")]
    # told by someone, "would" is the future of the day it was said: an act still to come then, no hypothesis
    assert rows("The minister said on Monday that the navy would seize the tankers.", "2025-11-18") \
        == [("force", "planned")]
    assert rows("Tankers must sail around the cape to reach the port.") == []


def test_a_condition_makes_the_event_speculative() -> None:
    assert rows("The general said the troops would strike the camps if ordered.") == [("force", "speculative")]


def test_what_happens_inside_a_habit_is_no_event() -> None:
    assert rows("Warnings of this kind are often issued when commanders expect that troops may deploy.") == []


def test_participles_and_gerunds_that_describe_a_thing_trigger_nothing() -> None:
    assert categories("The senator said on Monday that the talks aim at a negotiated exit.", "2025-11-18") \
        == ["statement"]
    assert categories("The spokesman said the frigates would improve the navy's means of tracking and stopping "
                      "smugglers.") == ["statement"]


def test_an_undated_relative_clause_is_background() -> None:
    assert categories("The minister visited the port, which rebels attacked, on Monday.", "2025-11-18") \
        == ["diplomacy"]


def test_a_deadline_of_hours_or_days_is_an_ultimatum() -> None:
    assert categories("The agency responded by giving the shipping firms 72 hours to leave the port.") == ["threat"]
    assert categories("The ministry gave the embassy staff two weeks to close the mission.") == ["threat"]


def test_a_figurative_subject_makes_no_movement() -> None:
    assert rows("The dispute came as the pressure on the government reached a new level.") == []
    assert categories("The frigate reached the port on Monday.", "2025-11-18") == ["deployment"]


def test_a_request_yields_to_the_warning_it_goes_with() -> None:
    assert categories("The advisory asked pilots to take care and warned that aircraft could be exposed to danger.") == ["threat"]
    # a request told by a different speaker, or on its own, stays a request
    assert categories("The minister urged calm on Monday.", "2025-11-18") == ["diplomacy"]


def test_calling_on_someone_to_demand_is_an_appeal() -> None:
    # the appeal is the act (diplomacy, PLOVER DEMAND); what it asks parliament to do is not done
    assert categories("The groups called on parliament to demand an inquiry.") == ["diplomacy"]


def test_a_negative_subject_negates_the_event() -> None:
    assert rows("Neither government has said how many advisers were sent.") == []
    assert rows("No country has sent troops to the border.") == []


def test_both_names_events_told_before() -> None:
    assert rows("The ministry has defended both strikes as lawful.") == []


def test_what_modifies_a_noun_tells_no_event() -> None:
    assert categories("The senators said they would seek a vote to limit the power to order further attacks.") \
        == ["statement"]
    assert categories("The ministry said the president had the authority to act against groups designated as "
                      "terrorist organizations.") == ["statement"]
    # the complement of a modal noun is the event itself
    assert rows("The government announced plans to designate the group a terrorist organization.") \
        == [("sanction", "planned")]


def test_being_asked_is_no_request_and_according_is_no_accord() -> None:
    assert categories("Asked about the drills, the minister said the army was ready.") == ["statement"]
    assert categories("Troops seized the port on Monday, according to officials.", "2025-11-18") == ["force"]
    # a sentence that only names its sources tells no agreement
    assert categories("That's according to three sources familiar with the report.", "2025-11-18") == []


def test_what_someone_calls_a_thing_is_no_statement() -> None:
    assert categories("The government has condemned what it calls piracy on Monday.", "2025-11-18") \
        == ["accusation"]


def test_an_event_named_inside_the_subject_of_another_verb_is_no_row() -> None:
    assert categories("The minister said the expansion of the strikes showed the real aim of the campaign.") \
        == ["statement"]
    # ... unless the subject carries its own date
    assert categories("The arrival of the frigate on November 16 completed the build-up.", "2025-11-18") \
        == ["deployment"]


def test_bare_event_nouns_in_a_present_characterisation_are_no_rows() -> None:
    assert rows("The president has survived protests, strikes and sanctions.") == []
    assert rows("The ruler has weathered both embargoes and blockades.") == []
    # a past action on a bare noun, or a light verb, is an event
    assert categories("The army staged exercises on Monday.", "2025-11-18") == ["deployment"]
    assert categories("Rebels have staged attacks near the border.") == ["force"]


def test_announcing_an_event_told_before_adds_no_row() -> None:
    found = rows("The army seized the port on Monday. The seizure was announced on Tuesday.", "2025-11-19")
    assert [c for c, _s in found] == ["force"]
    # an announcement in the active voice is a statement of its own
    assert categories("The ministry announced on Tuesday that talks would resume.", "2025-11-19") == ["diplomacy"]


def test_a_participle_describing_an_object_is_no_movement() -> None:
    assert categories("The minister described the frigates sent to the coast as a threat.") == ["statement"]
    # (calling them a provocation accuses; the troops stationed there are no movement)
    assert categories("The minister called the troops stationed on the border a provocation.") == ["accusation"]


def test_a_prepositional_predicate_of_a_copula_is_an_event() -> None:
    assert categories("The minister said the armed forces were on maximum alert.") == ["deployment"]


def test_former_officials_comment() -> None:
    assert rows("A former diplomat described the patrols as a message to the army.") == []
    assert rows("A former official said the navy would seize tankers.") == [("force", "speculative")]


def test_among_those_injured_and_a_dated_modifier_are_events() -> None:
    assert categories("The consul was among dozens injured, a radio station said.") == ["casualties"]
    assert categories("The spokesman said the camps struck on Monday were linked to the attack.", "2025-11-19") \
        == ["force"]


def _events(text: str, published: str = "2025-11-17") -> list:
    art = articles.Article(text=text, published=dt.date.fromisoformat(published), title="t",
                           source="Test Wire", url="https://example.org/x")
    return events.extract_article(art)


def test_force_its_author_tells_as_possible_is_a_threat() -> None:
    found = _events("Nicolás Maduro has said he wants peace, and told reporters on Monday that air strikes "
                    "could follow.", "2025-11-19")
    assert [(e.category, e.status) for e in found if e.category != "statement"] == [("threat", "occurred")]
    assert "Nicolás Maduro" in found[-1].actors
    # commentators and someone else's act stay possible force
    assert rows("Analysts said strikes on the border could come soon.") == [("force", "speculative")]
    assert rows("Nicolás Maduro said US strikes on the border could come soon.") == [("force", "speculative")]
    assert rows("Nicolás Maduro told reporters that we may strike the camps next.") == [("threat", "occurred")]


def test_others_after_analysts_are_analysts() -> None:
    assert rows("Analysts said the embargo could hurt the talks. Others argued that the pressure was meant to "
                "force a deal.") == [("cooperation", "speculative")]
    # "others" after airlines are airlines
    assert categories("Three airlines suspended flights to the capital on Monday, and others said they were "
                      "reviewing their schedules.", "2025-11-18") == ["other", "statement"]


def test_an_act_said_in_a_clause_on_it_to_have_happened_is_an_event_whatever_verb_governs_it() -> None:
    # "approved", "praised": no verb of condemnation; "that took place this week" says the attacks happened
    found = _events("General Soleimani also approved the attacks on the U.S. Embassy in Baghdad that took place "
                    "this week.", "2020-01-02")
    force = [e for e in found if e.category == "force"]
    assert len(force) == 1 and (force[0].date, force[0].date_basis) == (dt.date(2019, 12, 30), "explicit")
    found = _events("The leader praised the bombing that occurred in the capital on Sunday.", "2020-01-02")
    assert sorted((e.category, e.date_end.isoformat()) for e in found) == [
        ("diplomacy", "2020-01-02"), ("force", "2019-12-29")]   # the praise is by the day's end, the bombing Sunday's
    # no clause saying it happened on a day: the attacks are only what was approved
    assert [e.category for e in _events("General Soleimani approved the attacks on the embassy.", "2020-01-02")] \
        == ["statement"]


def test_acts_over_a_stretch_reckoned_back_are_dated_by_the_stretch() -> None:
    for text, start in (("In recent weeks, Russia has bombarded Kharkiv.", "2024-03-19"),
                        ("In recent months, Ukraine has used drones to strike refineries.", "2024-01-18"),
                        ("Militias have attacked coalition bases over the last several months.", "2024-01-18"),
                        ("U.S. forces have raided ISIS hideouts in Syria over the last six months.", "2023-10-18")):
        (e,) = [e for e in _events(text, "2024-04-18") if e.category == "force"]
        assert (e.date.isoformat(), e.date_end.isoformat(), e.date_basis) == (start, "2024-04-18", "explicit"), text


def test_an_act_dated_only_by_publication_takes_the_stretch_its_toll_is_counted_over() -> None:
    found = _events("Israel is continuing its deadly attacks in Gaza despite the ceasefire. Hospitals in Gaza "
                    "received 13 bodies over the past day.", "2025-10-22")
    assert [(e.category, e.date.isoformat(), e.date_end.isoformat()) for e in found] == [
        ("force", "2025-10-21", "2025-10-22")]

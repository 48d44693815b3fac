"""Event extraction: one event per event-bearing clause, dated by its governing time expression,
with status, category, escalation, actors and sources; merging of one event told by several articles."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from timeline import events
from timeline.events import taxonomy as escalation
from timeline.io import articles
from timeline.lang import TableError

ROOT = Path(__file__).resolve().parents[2]


def article(text: str, published: str = "2025-11-17", title: str = "t") -> articles.Article:
    return articles.Article(text=text, published=dt.date.fromisoformat(published), title=title,
                            source="Test Wire", url="https://example.org/x")


def only(text: str, published: str = "2025-11-17", category: str | None = None) -> events.Event:
    found = events.extract_article(article(text, published))
    if category is not None:
        found = [e for e in found if e.category == category]
    assert len(found) == 1, [(e.category, e.summary) for e in found]
    return found[0]


def test_explicit_date_category_actors_and_source_offsets() -> None:
    e = only("The USS Gerald R. Ford arrived in the Caribbean on November 16, the US Navy said.")
    assert (e.date, e.date_end, e.granularity, e.date_basis) == (dt.date(2025, 11, 16),) * 2 + ("day", "explicit")
    assert e.category == "deployment" and e.escalation == escalation.escalation("deployment")
    assert e.status == "occurred"
    assert e.actors == ("USS Gerald R. Ford",)   # the Navy tells of the arrival: no party to it
    source = e.sources[0]
    assert source.sentence[source.date_start:source.date_end] == e.date_text == "November 16"
    assert e.sources_count == 1 and e.derivation.endswith("2025-11-16")


def test_the_killing_of_a_strike_is_its_toll_not_a_second_row() -> None:
    found = events.extract_article(article("US forces struck a boat carrying drugs on September 2, killing 11 people.",
                                           "2025-09-03"))
    assert [(e.category, e.date, e.fatalities) for e in found] == [("force", dt.date(2025, 9, 2), 11)]
    assert "United States" in found[0].actors


def test_one_event_per_clause_not_per_sentence_or_time_expression() -> None:
    text = ("Maduro rejected the accusations on Monday. The FAA warned airlines on Friday and Venezuela "
            "revoked their licences on Saturday. The weather was mild.")
    found = events.extract_article(article(text, "2025-11-24"))
    assert [(e.category, e.date.isoformat()) for e in found] == [
        ("statement", "2025-11-24"), ("threat", "2025-11-21"), ("threat", "2025-11-22")]


def test_relative_date_resolves_against_the_narrative_anchor() -> None:
    e = only("This Monday, the United States designated the cartel. Eight days prior, the USS Gerald R. Ford "
             "arrived in the Caribbean.", "2025-11-25", category="deployment")
    assert e.date == dt.date(2025, 11, 16) and e.date_text == "Eight days prior"
    assert e.derivation == "Eight days prior → 8 days before 'This Monday' (2025-11-24) → 2025-11-16"


def test_event_told_as_days_after_another_is_dated_from_it() -> None:
    found = events.extract_article(article(
        "The navy struck a second boat on Sept. 15, two weeks after the first strike killed 11 people.", "2025-11-25"))
    second, first = sorted(found, key=lambda e: e.date, reverse=True)
    assert (second.category, second.date) == ("force", dt.date(2025, 9, 15))
    killed = first   # "the first strike killed 11": that strike, with its toll
    assert (killed.category, killed.fatalities) == ("force", 11)
    assert (killed.date, killed.granularity, killed.date_text) == (dt.date(2025, 9, 1), "day", "two weeks after")
    assert killed.derivation == "'two weeks after' the event dated 'Sept. 15' (2025-09-15) → 2025-09-01"
    e = only("Protesters gathered on Saturday, two days after troops fired on a crowd in the capital.", "2025-11-25",
             category="force")
    assert e.date == dt.date(2025, 11, 20)


def test_date_text_shows_the_modifier_timeml_leaves_outside() -> None:
    e = only("The US deployed two more destroyers earlier this month, officials said.", "2025-11-25")
    assert (e.date_text, e.date, e.date_end) == ("earlier this month", dt.date(2025, 11, 1), dt.date(2025, 11, 25))
    source = e.sources[0]
    assert source.sentence[source.date_start:source.date_end] == "earlier this month"
    assert e.derivation.startswith("earlier this month → ")


def test_undated_past_event_takes_the_narrative_time_then_publication() -> None:
    found = events.extract_article(article(
        "On October 24 the Pentagon ordered the carrier to the region. Hegseth approved the deployment. "
        "Maduro has denied any role in trafficking. He denies everything.", "2025-10-25"))
    by_cat = {e.category: e for e in found}
    assert by_cat["deployment"].date == dt.date(2025, 10, 24)
    later = [e for e in found if "approved" in e.summary][0]
    assert (later.date, later.date_basis) == (dt.date(2025, 10, 24), "narrative")
    denial = [e for e in found if "denied" in e.summary][0]
    # "has denied": done by the time of the story, which may be the day before
    assert (denial.date, denial.date_end, denial.date_basis) == (dt.date(2025, 10, 24), dt.date(2025, 10, 25), "publication")
    assert not [e for e in found if "denies" in e.summary]  # a standing position, no event


def test_planned_designation() -> None:
    e = only("The administration said it plans to designate the Cartel de los Soles a foreign terrorist "
             "organization in the coming days.", category="sanction")
    assert e.status == "planned"
    assert "Cartel de los Soles" in e.actors and "United States" in e.actors


def test_speculative_strikes() -> None:
    e = only("Analysts suggest that strikes on targets inside Venezuela could come in the coming weeks.",
             "2025-11-25", category="force")
    assert e.status == "speculative"
    assert e.date > dt.date(2025, 11, 25)


def test_considering_is_speculative_even_without_a_date() -> None:
    e = only("The White House is considering strikes on cocaine laboratories.", category="force")
    assert e.status == "speculative"


def test_future_dated_event_is_never_occurred() -> None:
    e = only("The designation takes effect on November 24.", "2025-11-22", category="sanction")
    assert e.date == dt.date(2025, 11, 24) and e.status == "planned"


def test_past_event_with_a_modifier_inside_an_argument_stays_occurred() -> None:
    e = only("The FAA on Friday warned airlines of a potentially dangerous situation over Venezuela.",
             "2025-11-22", category="threat")
    assert e.status == "occurred" and e.date == dt.date(2025, 11, 21)
    assert e.actors == ("FAA", "Venezuela")


def test_negated_and_eventless_sentences_give_no_events() -> None:
    assert events.extract_article(article("His government did not comment on the deployment. "
                                           "The weather in Caracas was warm.")) == []


def test_attribution_is_folded_into_the_reported_event() -> None:
    found = events.extract_article(article("The carrier strike group was ordered to the area on October 24, "
                                           "officials said."))
    assert [e.category for e in found] == ["deployment"]


def test_event_ids_are_stable_and_distinct() -> None:
    a = article("US forces struck a boat on September 2. Venezuela condemned the strike on September 3.", "2025-09-04")
    first, second = events.extract_article(a), events.extract_article(a)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first) == 2


# ---------------------------------------------------------------- one event, many sources

def test_carrier_arrival_told_two_ways_is_one_row() -> None:
    one = article("The USS Gerald R. Ford arrived in the Caribbean on November 16, the Navy said.", "2025-11-17", "A")
    two = article("This Monday, the US designated the cartel. Eight days prior, the USS Gerald R. Ford "
                  "arrived in the Caribbean.", "2025-11-25", "B")
    table = events.extract([two, one])
    arrivals = [e for e in table if e.category == "deployment"]
    assert len(arrivals) == 1
    merged = arrivals[0]
    assert merged.sources_count == 2 and {s.title for s in merged.sources} == {"A", "B"}
    assert merged.date == dt.date(2025, 11, 16)
    assert merged.title == "A"  # the earliest source gives the article columns and the id
    assert merged.event_id == events.extract_article(one)[0].event_id
    assert {s.date_text for s in merged.sources} == {"November 16", "Eight days prior"}


def test_sample_articles_merge_the_carrier_arrival() -> None:
    loaded = articles.load_paths(sorted((ROOT / "sample_data").glob("*.md")))
    table = events.extract(loaded.articles)
    arrivals = [e for e in table if e.category == "deployment" and e.date == dt.date(2025, 11, 16)
                and "USS Gerald R. Ford" in e.actors]
    assert len(arrivals) == 1
    assert arrivals[0].sources_count >= 3
    texts = {s.date_text for s in arrivals[0].sources}
    assert "November 16" in texts and len(texts) >= 2
    assert table == sorted(table, key=lambda e: (e.date, e.date_end, e.published, e.event_id))


def test_different_strikes_are_never_merged() -> None:
    a = article("The first strike took place on Tuesday and killed two people.", "2025-10-23")
    b = article("A second strike followed on Wednesday, killing three more.", "2025-10-23")
    strikes = [e for e in events.extract([a, b]) if e.category == "force"]
    assert len(strikes) == 2


def test_running_tallies_are_background_so_never_merged() -> None:
    a = events.extract_article(article("US forces have carried out at least five strikes on boats since early "
                                       "September.", "2025-10-16"))
    b = events.extract_article(article("US forces have carried out at least 21 strikes on boats since early "
                                       "September.", "2025-11-17"))
    assert not [e for e in a + b if e.category == "force"]


def test_merge_unites_actors_and_sources_and_counts_articles() -> None:
    a = only("The USS Gerald R. Ford arrived in the Caribbean on November 16.", "2025-11-17")
    b = only("The USS Gerald R. Ford arrived near Venezuela on November 16, officials said.", "2025-11-18")
    assert events.same_event(a, b) and events.same_event(b, a)
    m = events.merge(b, a)
    assert m.event_id == a.event_id and m.sources_count == 2
    assert set(m.actors) == set(a.actors) | set(b.actors)
    assert events.merge(m, b).sources_count == 2  # the same article again adds no count


def test_announced_then_done_is_one_event_that_occurred() -> None:
    plan = only("The designation of the Cartel de los Soles as a terrorist organization will take effect on "
                "November 24.", "2025-11-22", category="sanction")
    done = only("The designation of the Cartel de los Soles as a terrorist organization took effect on "
                "November 24.", "2025-11-24", category="sanction")
    assert plan.status == "planned" and done.status == "occurred"
    assert events.same_event(plan, done)
    assert events.merge(plan, done).status == "occurred"
    # the merged row tells it as done, whichever report came first
    assert events.merge(plan, done).summary == done.summary == events.merge(done, plan).summary


def test_events_differing_in_category_or_disjoint_actors_are_different() -> None:
    a = only("The USS Gerald R. Ford arrived in the Caribbean on November 16.", "2025-11-17")
    assert not events.same_event(a, dataclasses.replace(a, category="force"))
    assert not events.same_event(a, dataclasses.replace(a, actors=("Russia",), article_id="other", sources=()))


def test_taxonomy_file_is_documented_and_complete() -> None:
    names = {c.name for c in escalation.categories()}
    assert names == {"cooperation", "diplomacy", "statement", "accusation", "threat", "sanction", "deployment",
                     "covert", "force", "casualties", "other"}
    scores = {c.name: c.score for c in escalation.categories()}
    # higher = more escalatory (the Goldstein-like scale with its sign flipped)
    assert scores["cooperation"] < scores["statement"] < scores["threat"] < scores["force"] <= scores["casualties"] <= 10


def test_taxonomy_rejects_bad_rows() -> None:
    header = "category\tscore\tmeaning\ttriggers\n"
    with pytest.raises(TableError, match="outside"):
        escalation.parse_taxonomy(header + "force\t-11\tx\tstrike\n")
    with pytest.raises(TableError, match="twice"):
        escalation.parse_taxonomy(header + "force\t-9\tx\tstrike\nthreat\t-5\tx\tstrike\n")


def test_clause_without_subject_shares_its_governors_actors() -> None:
    found = events.extract_article(article("General Dan Caine visited US troops in Puerto Rico on Monday and met "
                                           "officials in Trinidad and Tobago the following day.", "2025-11-27"))
    by_cat = {e.category: e for e in found}
    assert by_cat["deployment"].date == dt.date(2025, 11, 24)
    assert by_cat["diplomacy"].date == dt.date(2025, 11, 25)
    assert "Dan Caine" in by_cat["diplomacy"].actors and "Trinidad and Tobago" in by_cat["diplomacy"].actors


def test_a_person_arriving_is_on_a_visit() -> None:
    e = only("General Dan Caine arrived in Trinidad and Tobago on Tuesday.", "2025-11-26")
    assert e.category == "diplomacy"
    ship = only("The USS Gerald R. Ford arrived in the Caribbean on Sunday.", "2025-11-17")
    assert ship.category == "deployment"


def test_several_workers_give_the_same_table() -> None:
    loaded = articles.load_paths(sorted((ROOT / "sample_data").glob("*.md"))[:4])
    assert events.extract(loaded.articles, workers=2) == events.extract(loaded.articles)


def test_outside_the_conflict_scale_is_other() -> None:
    e = only("At least three airlines suspended flights to Caracas on Saturday.", "2025-11-23")
    assert (e.category, e.escalation, e.date) == ("other", 0.0, dt.date(2025, 11, 22))


def test_apposition_after_a_comma_is_no_actor_of_the_event() -> None:
    e = only("General Dan Caine, the Chairman of the Joint Chiefs of Staff, visited US troops in Puerto Rico on "
             "Monday.", "2025-11-25")
    assert "Dan Caine" in e.actors and "Joint Chiefs of Staff" not in e.actors
    ship = only("The arrival of the aircraft carrier USS Gerald R. Ford on November 16 alarmed Caracas.", "2025-11-18",
                category="deployment")
    assert "USS Gerald R. Ford" in ship.actors


def test_habits_and_rules_are_not_events() -> None:
    assert events.extract_article(article("Such findings are normally kept secret, and presidents usually "
                                          "avoid discussing covert action.")) == []


def test_a_measure_of_an_event_is_no_habit() -> None:
    # "long" is a habit's cue ("have long opposed"); "week-long" only measures the ceasefire
    [row] = events.extract_article(article("Ukraine declared a unilateral, week-long cease-fire on Friday."))
    assert (row.category, row.status) == ("cooperation", "occurred")


def test_finding_something_or_a_reports_findings_are_no_covert_action() -> None:
    for text in ("Here we are once again finding ourselves in an emergency session of the Council.",
                 "The commission's findings are horrific.",
                 "After finding unexploded ordnance near the road, the patrol called engineers."):
        assert [e.category for e in events.extract_article(article(text))].count("covert") == 0, text


def test_due_to_travel_is_planned_even_without_a_date() -> None:
    e = only("General Dan Caine is due to travel to Trinidad and Tobago.", "2025-11-24", category="diplomacy")
    assert e.status == "planned"


def test_the_cia_s_operations_are_covert() -> None:
    e = only("The order allows the CIA to carry out lethal operations in Venezuela.", "2025-10-16")
    assert e.category == "covert"
    open_force = only("US forces carried out lethal operations in the Caribbean.", "2025-10-16")
    assert open_force.category == "force"


def test_purposes_and_present_passive_habits_are_not_events() -> None:
    assert events.extract_article(article("Suspects are arrested and prosecuted in such cases.")) == []
    found = events.extract_article(article("The warships were sent to the Caribbean on Friday to disrupt drug "
                                           "shipments and deter attacks.", "2025-08-30"))
    assert [e.category for e in found] == ["deployment"]


def test_commentators_words_are_no_events_and_their_predictions_speculative() -> None:
    assert events.extract_article(article("Analysts in the region said the situation was tense.")) == []
    e = only("Legal experts said the United States would strike land targets.", category="force")
    assert e.status == "speculative"


@pytest.mark.parametrize("text, category", [
    ("Belvania summoned the Estorian ambassador on Tuesday.", "accusation"),
    ("Estoria recalled its ambassador from Mirsk on Sunday.", "accusation"),
    ("Border guards detained three farmers near the crossing on Thursday.", "force"),
    ("Police arrested two opposition leaders on Friday.", "force"),
])
def test_diplomatic_protests_and_detentions_are_events(text: str, category: str) -> None:
    event = only(text, published="2025-10-27", category=category)
    assert event.date_basis == "explicit"


def test_a_named_person_in_apposition_to_the_subject_is_an_actor() -> None:
    event = only("Belvania's foreign minister, Viktor Hale, summoned the Estorian ambassador on Tuesday.",
                 published="2025-10-27", category="accusation")
    assert "Viktor Hale" in event.actors and "Belvania" in event.actors

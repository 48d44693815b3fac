"""Actor types: a state, an official and the state they serve, an armed group, a company, ...,
for every name of an event, in the `actor_types` column beside `actors`."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline import actors, events
from timeline.actors.types import ActorType, ActorTypeTableError, parse_type_table
from timeline.events import pipeline
from timeline.records import Article


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def typed(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {name: t.cell() for name, t in actors.article_types(doc, actors.find_mentions(doc)).items()}


def test_a_person_after_an_office_title_is_an_official_of_the_country_before_it(nlp):
    got = typed(nlp, "Chilean Foreign Minister Tomás Ferrer met Peru's Defense Minister Walter Astudillo on Monday.")
    assert got["Tomás Ferrer"] == "official:Chile"
    assert got["Walter Astudillo"] == "official:Peru"
    assert "Peru" not in got   # the country before a title describes the person, it is no actor of its own


def test_a_courtesy_title_makes_no_official(nlp):
    got = typed(nlp, "Mr. Tomás Ferrer, a businessman, met reporters.")
    assert got.get("Tomás Ferrer", "other") == "other"


def test_countries_are_states_and_names_tell_armed_groups_and_companies(nlp):
    got = typed(nlp, "The Southern Liberation Army rebels attacked offices of Andes Petroleum in Ecuador.")
    assert got["Ecuador"] == "state"
    assert got["Southern Liberation Army"] == "armed_group"   # the noun after the name says what it is
    assert got["Andes Petroleum"] == "company"
    assert actors.name_type("Popular Resistance Militia").kind == "armed_group"   # a word of the name says it


def test_the_table_types_known_actors_and_the_state_they_serve():
    assert actors.name_type("Nicolás Maduro") == ActorType("official", "Venezuela")
    assert actors.name_type("US Navy") == ActorType("armed_forces", "United States")
    assert actors.name_type("Tren de Aragua").kind == "armed_group"
    assert actors.name_type("United Nations").kind == "international"
    assert actors.name_type("UN Security Council").kind == "international"


def test_the_houthis_are_one_armed_group_however_named(nlp):
    got = typed(nlp, "Houthi rebels fired missiles at a ship on Monday. Ansar Allah said the Houthis would go on.")
    assert got.get("Houthis") == "armed_group" and "Houthi" not in got and "Ansar Allah" not in got


def test_the_security_council_is_an_actor_of_its_own_not_the_united_nations(nlp):
    # the Council meets, votes and is asked to meet; the Secretary-General's UN is another actor
    got = typed(nlp, "The U.N. Security Council met on Tuesday at the request of Venezuela.")
    assert got.get("UN Security Council") == "international" and "United Nations" not in got


def test_each_actor_of_a_row_has_its_type_in_the_same_order():
    art = Article(text="Colombian Defense Minister Luis Duarte said on Monday that the Popular Resistance "
                       "militia attacked a police station in Venezuela.", published=dt.date(2025, 11, 18))
    rows = events.extract_article(art)
    assert rows
    for row in rows:
        assert len(row.actor_types) == len(row.actors)
        kinds = dict(zip(row.actors, row.actor_types))
        assert kinds.get("Popular Resistance militia", "armed_group") == "armed_group"
        assert kinds.get("Venezuela", "state") == "state"
        assert kinds.get("Luis Duarte", "official:Colombia") == "official:Colombia"
    assert any("Popular Resistance militia" in r.actors for r in rows)


def test_the_type_table_is_checked_line_by_line():
    text = "canonical\ttype\tserves\nAcme Corp\tcompany\n"
    assert parse_type_table(text)["acme corp"] == ActorType("company")
    with pytest.raises(ActorTypeTableError, match="line 2: unknown actor type 'rebel'"):
        parse_type_table("canonical\ttype\tserves\nX\trebel\n")
    with pytest.raises(ActorTypeTableError, match="line 2: only armed_forces and official serve a state"):
        parse_type_table("canonical\ttype\tserves\nX\tcompany\tPeru\n")
    with pytest.raises(ActorTypeTableError, match="typed twice"):
        parse_type_table("canonical\ttype\tserves\nX\tcompany\nx\tstate\n")


def test_types_follow_their_names_through_a_merge_and_a_renaming():
    from timeline.events.merge import merge
    from timeline.actors import unify_names
    base = dict(date=dt.date(2025, 9, 2), date_end=dt.date(2025, 9, 2), granularity="day", date_text="Tuesday",
                date_basis="explicit", status="occurred", category="force", escalation=9.0, summary="s",
                title="", source="", published=dt.date(2025, 9, 3), url="")
    from timeline.records import Event
    a = Event(event_id="a", actors=("Venezuela", "Katz"), actor_types=("state", "official:Israel"),
              article_id="1", **base)
    b = Event(event_id="b", actors=("Tren de Aragua", "Venezuela"), actor_types=("armed_group", "state"),
              article_id="2", **base)
    joined = merge(a, b)
    assert dict(zip(joined.actors, joined.actor_types)) == {
        "Venezuela": "state", "Katz": "official:Israel", "Tren de Aragua": "armed_group"}
    renamed = unify_names([a], known=["Israel Katz"])[0]
    assert renamed.actors == ("Venezuela", "Israel Katz")
    assert renamed.type_of("Israel Katz") == "official:Israel"

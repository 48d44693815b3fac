"""The English pipeline as the project loads it."""
from timeline import nlp


def test_contractions_with_a_curly_apostrophe_have_the_lemmas_of_straight_ones():
    doc = nlp.parse(nlp.load(), "We’ll strike. It isn’t over. They’re here. We’ve seen it. I’m sure. He’d go.")
    curly = {t.text: t.lemma_ for t in doc if "\u2019" in t.text}
    assert curly == {"’ll": "will", "n’t": "not", "’re": "be", "’ve": "have", "’m": "be", "’d": "would"}
    # a possessive keeps its own reading
    assert [t.lemma_ for t in nlp.parse(nlp.load(), "Russia’s army advanced.") if t.text == "’s"] == ["’s"]


def test_a_curly_apostrophe_is_parsed_as_a_straight_one_and_kept_as_written():
    # the model learnt from straight apostrophes: "yesterday’s" was a date and a stray mark, not a possessive
    parse = nlp.load()
    curly = parse("We strongly condemn yesterday’s deadly attack on security forces in Kabul. The Rapid Support "
                  "Forces’ assault on El Fasher went on.")
    straight = parse("We strongly condemn yesterday's deadly attack on security forces in Kabul. The Rapid Support "
                     "Forces' assault on El Fasher went on.")
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in curly] == [(t.pos_, t.tag_, t.dep_, t.head.i) for t in straight]
    assert curly[4].text == "’s" and curly[4].dep_ == "case" and curly[3].dep_ == "poss"


def test_rows_do_not_depend_on_the_kind_of_apostrophe():
    from timeline import events
    from timeline.records import Article
    text = ("We strongly condemn yesterday’s deadly attack on security forces near the Ministry of Defense in Kabul. "
            "The Rapid Support Forces’ assault on El Fasher continued on Monday.")
    published = __import__("datetime").date(2016, 9, 6)

    def rows(t):
        return [(e.date, e.category, e.event_type, e.source_actors, e.location) for e in
                events.extract([Article(text=t, published=published, source="VOA")])]
    assert rows(text) == rows(text.replace("’", "'"))
    assert ("force", "ASSAULT") in {(c, t) for _d, c, t, _s, _l in rows(text)}


def test_a_transcripts_speaker_label_is_a_sentence_of_its_own():
    # the parser made the capitalised name the root and the words said its dependents
    doc = nlp.parse(nlp.load(), "PRESIDENT DONALD TRUMP: We struck Iran's nuclear sites on Saturday night.")
    assert [s.text for s in doc.sents] == ["PRESIDENT DONALD TRUMP:", "We struck Iran's nuclear sites on Saturday night."]
    assert doc[5].text == "struck" and doc[5].dep_ == "ROOT"
    # a colon inside a sentence written in ordinary case stays inside it
    doc = nlp.parse(nlp.load(), "The minister said one thing: the talks will go on.")
    assert len(list(doc.sents)) == 1

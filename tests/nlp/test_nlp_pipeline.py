"""The English pipeline as the project loads it."""
from timeline import nlp


def test_contractions_with_a_curly_apostrophe_have_the_lemmas_of_straight_ones():
    doc = nlp.parse(nlp.load(), "We’ll strike. It isn’t over. They’re here. We’ve seen it. I’m sure. He’d go.")
    curly = {t.text: t.lemma_ for t in doc if "\u2019" in t.text}
    assert curly == {"’ll": "will", "n’t": "not", "’re": "be", "’ve": "have", "’m": "be", "’d": "would"}
    # a possessive keeps its own reading
    assert [t.lemma_ for t in nlp.parse(nlp.load(), "Russia’s army advanced.") if t.text == "’s"] == ["’s"]

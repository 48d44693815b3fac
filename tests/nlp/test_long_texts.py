"""Long articles are parsed in pieces (timeline.nlp.pieces/parse): memory follows the piece, not
the article, and the joined Doc is the article's text, token for token."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import events, nlp
from timeline.io.articles import load_paths
from timeline.records import Article

ROOT = Path(__file__).resolve().parents[2]


def _long_text(chars: int) -> str:
    arts = load_paths(sorted((ROOT / "sample_data").glob("*.md"))).articles
    body = "\n\n".join(a.text for a in arts)
    return (body * (chars // len(body) + 1))[:chars]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t\"”!?"), max_size=400), st.integers(min_value=8, max_value=60))
def test_pieces_join_back_to_the_text_and_respect_the_limit(text, limit):
    parts = nlp.pieces(text, limit)
    assert "".join(parts) == text
    for part in parts[:-1]:
        # over the limit only when the text offered no space to cut at
        assert len(part) <= limit or not any(ch.isspace() for ch in part[:limit])


def test_a_long_text_is_cut_at_paragraphs_then_sentences():
    text = ("One sentence here. " * 30 + "\n\n") * 10
    parts = nlp.pieces(text, 1000)
    assert all(p.endswith(("\n\n", ". ")) for p in parts[:-1])
    assert all(len(p) <= 1000 for p in parts)


def test_a_long_article_parses_to_its_own_text_and_tokens():
    text = _long_text(3 * nlp.CHUNK_CHARS)
    model = events.pipeline()
    joined = nlp.parse(model, text)
    assert joined.text == text
    whole = model(text)
    assert [t.text for t in joined] == [t.text for t in whole]
    assert len(list(joined.sents)) > 100 and len(joined.ents) > 100


def test_a_long_article_gives_the_rows_it_gives_parsed_whole():
    text = _long_text(2 * nlp.CHUNK_CHARS + 5000)
    article = Article(text=text, published=dt.date(2025, 11, 30))
    in_pieces = events.extract_article(article)
    whole = events.extract_article(article, events.pipeline()(text))

    def rows(found):
        return sorted((r.summary, r.category, r.date, r.date_end, r.actors) for r in found)
    assert rows(in_pieces) == rows(whole)


def sentence_starts(text: str) -> list[str]:
    return [s.text.strip() for s in events.pipeline()(text).sents]


def test_a_blank_line_always_ends_a_sentence():
    starts = sentence_starts("Trump said: \u201cWell, we keep it. I don\u2019t know.\u201d\n\nVenezuela\u2019s government "
                             "condemned the seizure.\n\nReporter: \u201cWhat happens now?\u201d\nThe talks went on.")
    assert any(s.startswith("Venezuela\u2019s government condemned") for s in starts)
    assert any(s.startswith("Reporter:") for s in starts)


def test_a_paragraphs_first_word_stays_with_the_words_after_it_on_its_line():
    starts = sentence_starts("Office of the Spokesperson\nFor Immediate Release\n\nPresident Lula and Prime Minister "
                             "Carney spoke again today by phone about Haiti.\n\nRAF Typhoons intercepted two bombers.")
    assert any(s.startswith("President Lula and Prime Minister Carney spoke") for s in starts)
    assert any(s.startswith("RAF Typhoons intercepted") for s in starts)
    assert "President" not in starts and "RAF" not in starts


def test_a_dateline_and_a_post_on_x_end_where_they_end():
    starts = sentence_starts("ISLAMABAD (AP) \u2014 India and Pakistan agreed to a ceasefire. Dar confirmed it in a post "
                             "on X. India said talks would resume.")
    assert any(s.startswith("India and Pakistan agreed") for s in starts)
    assert any(s.startswith("India said talks") for s in starts)
    # an initial in a name stays inside its sentence, and so does an abbreviated military rank
    assert len(sentence_starts("George W. Bush met the envoy on Monday.")) == 1
    assert len(sentence_starts("Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder said today the strikes "
                               "killed four.")) == 1
    assert len(sentence_starts("Staff Sgt. John Smith and Cpl. Ann Lee were wounded.")) == 1
    assert len(sentence_starts("The Defense Department detected a North Korea missile launch Friday at about 10:41 "
                               "a.m. EDT, Pentagon spokesman Navy Capt. Jeff Davis said in a statement.")) == 1
    # a time zone after "a.m." goes on the clock's sentence, which starts a paragraph (the parser cut it there)
    starts = sentence_starts("TAMPA, Fla. \u2013 U.S. military forces continued to strike militants in the north today, "
                             "conducting four airstrikes to defend villagers attacked by the militants near the town.\n\n"
                             "At approximately 11:20 a.m. EDT, a mix of U.S. fighters and remotely piloted aircraft struck "
                             "one of two militant armored vehicles firing on villagers near the town, destroying the "
                             "vehicle. After the strike, U.S. forces watched the second vehicle.")
    assert any(s.startswith("At approximately 11:20 a.m. EDT, a mix") for s in starts)
    assert not any(s.startswith("EDT") for s in starts)
    # the attribution after a quotation that ends with "!" belongs to the quotation's sentence
    assert len(sentence_starts("\u201cThey will be completely annihilated!\u201d Trump declared. The strikes went on.")) == 2


def test_no_sentence_ends_on_a_possessive_an_article_or_a_preposition():
    # the parser cut "Lebanon’s PM Mikati" and "the U.S. Joint Chiefs" apart; a full stop still ends a sentence
    # after such a word ("to stop this. The RSF must ...")
    assert len(sentence_starts("Over the weekend, my Foreign Minister spoke with Lebanon\u2019s PM Mikati and "
                               "Israel\u2019s Strategic Affairs Minister Dermer.")) == 1
    assert len(sentence_starts("The chairman of the U.S. Joint Chiefs of Staff, General Mark Milley, accused Russia "
                               "of committing war crimes.")) == 1
    assert len(sentence_starts("It is within the power of the warring parties to stop this. The RSF must halt "
                               "its siege.")) == 2


def test_a_line_of_place_and_date_ends_its_sentence():
    starts = sentence_starts("London, 23 October 2023\nStatement by Ambassador James Kariuki at the UN Security Council "
                             "meeting on Kosovo.\nThe United Kingdom is a supporter of Kosovo.")
    assert any(s.startswith("Statement by Ambassador") for s in starts)

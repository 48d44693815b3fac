"""Issue 16, item 7: the tagger reads a normalised view of the text (timeline/timex/text.py) and
answers with offsets into the text it was given."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import lang
from timeline.timex import tag
from timeline.timex.text import confusables, normalised

DCT = dt.date(2025, 11, 25)
PLAIN = "The carrier arrived on November 16, officials said."


@pytest.mark.parametrize("date", [
    "Nov\u200b. 16",                 # zero-width space
    "\ufeffNovember 16",             # byte-order mark
    "Novem\u00adber 16",             # soft hyphen
    "Novem\u200dber 16",             # zero-width joiner
    "Novem\u2060ber 16",             # word joiner
    "Nove\u0301mber 16",             # combining acute accent
    "November 1\u03016",             # combining mark between the digits
    "November \uff11\uff16",         # fullwidth digits
    "November \u0661\u0666",         # Arabic-Indic digits
    "November \u06f1\u06f6",         # extended Arabic-Indic digits
    "N\u043evember 16",              # Cyrillic о
    "\u039dov. 16",                  # Greek capital Nu
    "\uff2e\uff4f\uff56\uff45\uff4d\uff42\uff45\uff52 16",  # fullwidth letters
    "November\u00a016",              # no-break space
    "\u202aNovember 16\u202c",       # bidi embedding around the date
], ids=lambda d: ascii(d))
def test_a_date_with_hostile_characters_is_found_whole_at_its_place_in_the_text(date):
    text = PLAIN.replace("November 16", date)
    (found,) = [t for t in tag(text, DCT) if t.value == "2025-11-16"]
    assert found.text == text[found.start:found.end]
    assert text[:found.start].rstrip("\u202a\ufeff") == "The carrier arrived on "
    assert found.text == date.strip("\u202a\u202c\ufeff")


def test_offsets_slice_the_original_around_a_zero_width_space():
    text = "Ships arrived on Nov\u200b. 16 and left two days later."
    found = tag(text, DCT)
    assert [(t.text, t.value) for t in found] == [("Nov\u200b. 16", "2025-11-16"), ("two days later", "2025-11-18")]
    first, later = found
    assert (first.start, first.end) == (17, 25) and text[first.start:first.end] == "Nov\u200b. 16"
    assert (later.anchor_start, later.anchor_end) == (first.start, first.end)
    assert tag(text.replace("\u200b", ""), DCT)[1].value == later.value


def test_nothing_changes_for_text_the_view_leaves_alone():
    text = "\u201cOn Friday\u201d \u2014 caf\u00e9 talks in \u041c\u043e\u0441\u043a\u0432\u0430 on 16 November 2025."
    view = normalised(text)
    assert not view.changed and view.text == text
    assert [t.text for t in tag(text, DCT)] == ["Friday", "16 November 2025"]


def test_superscripts_and_fractions_do_not_join_the_number_before_them():
    # NFKC would make "2019¹" (a footnote mark) the number 20191
    assert normalised("in 2019\u00b9 and \u00bd, \u00b2\u2082").text == "in 2019\u00b9 and \u00bd, \u00b2\u2082"
    assert not [t for t in tag("It began in 2019\u00b9.", DCT) if "20191" in t.value]


def test_look_alike_letters_change_only_in_words_with_latin_letters():
    view = normalised("N\u043evember in \u041c\u043e\u0441\u043a\u0432\u0430, \u041c\u0430y")
    assert view.text == "November in \u041c\u043e\u0441\u043a\u0432\u0430, May"


def test_the_look_alike_table_names_each_character():
    table = confusables()
    assert table["\u043e"] == "o" and table["\u0391"] == "A"
    for char, latin in table.items():
        assert not char.isascii() and latin.isascii() and latin.isalpha()
        assert unicodedata.name(char).split()[0] in ("CYRILLIC", "GREEK", "ARMENIAN")
    rows = lang.rows_after_header(lang.path("timex", "confusables.tsv").read_text(encoding="utf-8"), "c", 3)
    assert len(rows) == len(table)


HOSTILE = st.sampled_from(["\u200b", "\u00ad", "\ufeff", "\u200d", "\u0301", "\uff11", "\u0661", "\u043e",
                           "\u00b9", "\u00bd", "\ufb01", "\u2028", "\u00a0", "\u202e", "\u1fed", "\u01c8"])
TEXTS = st.lists(st.one_of(st.sampled_from(["Nov", ". ", "16", "November", "o", "2025", " ", "days", "later"]),
                           HOSTILE, st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_view_is_its_own_view_and_maps_every_offset_into_the_text(text):
    view = normalised(text)
    again = normalised(view.text)
    assert again.text == view.text and not again.changed
    starts = [view.start(i) for i in range(len(view.text) + 1)]
    ends = [view.end(i) for i in range(len(view.text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(0 <= o <= len(text) for o in starts + ends)
    for t in tag(text, DCT):
        assert 0 <= t.start < t.end <= len(text) and t.text == text[t.start:t.end]


def test_a_compatibility_letter_whose_form_looks_latin_is_made_latin_in_one_pass():
    # "𝚬" (mathematical bold capital epsilon) is "Ε" (Greek) in NFKC, which looks like "E": the view
    # must be the same read once or twice (found by the property test above)
    view = normalised("A𝚬")
    assert view.text == "AE" and normalised(view.text).text == "AE"

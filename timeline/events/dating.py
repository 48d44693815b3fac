"""Dating: the interval of an event, and how it was found.

The clause's own time expression, else its reporter's, else the nearest enclosing clause's, else
the paragraph's narrative time (past tense), else the publication date; an event told as "N days
after/before" another clause is dated from that clause's day."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline import lang
from timeline.nlp import BLANK_LINE, doc_text
from timeline.events.clauses import Clause, told_in_past
from timeline.events.syntax import tree_distance
from timeline.timex.value import clock_time, parse


DATE_TYPES = ("DATE", "TIME")
NAMING_DATE_DEPS = ("compound", "nummod", "amod")   # parser labels: a date before a noun, naming it


@dataclass(frozen=True)
class Dated:
    start: dt.date
    end: dt.date
    granularity: str
    text: str
    basis: str
    derivation: str
    char_start: int = -1   # of the date phrase in the article
    char_end: int = -1
    own: bool = False      # the date phrase is in the event's own clause
    anchor_end: int = -1   # where the date phrase it was reckoned from ends ("This Monday" for "eight days
                           # prior"), -1 when it was read from the calendar or the publication date


def timex_spans(doc, timexes) -> list[tuple]:
    """(timex, first token, end token, interval) for each dated expression that maps onto tokens."""
    out = []
    for t in timexes:
        try:
            interval = t.interval()
        except (ValueError, OverflowError):
            interval = None
        if interval is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        start, end = interval
        if end < start:
            start, end = end, start
        out.append((t, span.start, span.end, (start, end)))
    return join_ranges(doc, out)


RANGE_BETWEEN = lang.contexts("contexts.tsv", lists=("words.tsv",))["range_between"]
RANGE_OPENER = lang.contexts("contexts.tsv", lists=("words.tsv",))["range_opener"]
RESCHEDULING_VERBS = lang.words("words.tsv")["rescheduling_verbs"]
RANGE_MAX_DAYS = 366
RANGE_FIRST_DAY = lang.contexts("contexts.tsv", lists=("words.tsv",))["range_first_day"]


def first_day_before(doc, span: tuple, spans: list[tuple]) -> tuple:
    """"9-10 September", "26–30 October", "on 9 and 10 September": a bare day number before a day of
    its month, in no date phrase of its own ("October 26 to 30" is two), is the first day of the range
    the day ends; the span grown to hold it (else unchanged)."""
    t, s, e, (start, end) = span
    if start != end:
        return span
    text = doc_text(doc)
    m = RANGE_FIRST_DAY.search(text[max(0, t.start - 16):t.start])
    if m is None:
        return span
    first = int(m.group("day"))
    if not 1 <= first < start.day:
        return span
    at = max(0, t.start - 16) + m.start("day")
    if any(u.start <= at < u.end for u, *_rest in spans if u is not t):
        return span
    grown = doc.char_span(at, t.end, alignment_mode="expand")
    if grown is None:
        return span
    return (replace(t, start=at, text=text[at:t.end]), grown.start, e, (start.replace(day=first), end))


COORDINATED_DATES = lang.words("words.tsv")["coordinated_date_words"]


def join_ranges(doc, spans: list[tuple]) -> list[tuple]:
    """"from October 26 to 30", "between 1 and 5 June", "26–30 October": two dates joined as the
    first and last day of one interval, which is one date phrase ("moved the talks from Monday to
    Tuesday" is a change of date, no range; a bare first day is read by `first_day_before`); two dates joined by "and" ("on Monday and Tuesday", "in
    late February and early March") are the days of one act, from the first to the last."""
    text = doc_text(doc)
    spans = sorted((first_day_before(doc, sp, spans) for sp in spans), key=lambda sp: sp[0].start)
    out: list[tuple] = []
    i = 0
    while i < len(spans):
        t, s, e, (start, end) = spans[i]
        if i + 1 < len(spans):
            u, _s2, e2, (start2, end2) = spans[i + 1]
            between = text[t.end:u.start]
            opened = RANGE_OPENER.search(text[max(0, t.start - 12):t.start]) is not None
            verb = doc[s].head.head if doc[s].head.dep_ == "prep" else doc[s].head
            joined_by = between.strip()
            if RANGE_BETWEEN.fullmatch(between) and (opened or joined_by in ("-", "–", "—")
                                                     or joined_by.lower() in COORDINATED_DATES) \
                    and start <= start2 and (end2 - start).days <= RANGE_MAX_DAYS \
                    and verb.lemma_.lower() not in RESCHEDULING_VERBS:
                joined = replace(t, end=u.end, text=text[t.start:u.end])   # its days are of day granularity
                out.append((joined, s, e2, (start, end2)))
                i += 2
                continue
        out.append(spans[i])
        i += 1
    return out






def offset_durations(doc, tagged) -> dict[int, tuple]:
    """Token index -> (timex, days) for each 'N days/weeks' DURATION, the measure of a distance
    between two events ("two days after troops fired")."""
    out: dict[int, tuple] = {}
    for t in tagged:
        value = parse(t.value) if t.type == "DURATION" else None
        days = value.days if value is not None else None
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if days is not None else None
        if span is not None:
            for tok in span:
                out[tok.i] = (t, days)
    return out


LATER_WORDS = {w: int(v) for w, v in lang.word_maps("words.tsv")["later_words_map"].items()}
_HOURS = re.compile(r"PT(\d+)H\Z")


def later_offsets(doc, tagged) -> dict[int, tuple]:
    """Token index -> (timex, signed days) for each duration told as a distance from the story's day
    ("Only 24 hours later, Kyiv was struck again", "three days earlier"): whole days, and hours
    counted in whole days (less than a day is the same day)."""
    text = doc_text(doc)
    out: dict[int, tuple] = {}
    for t in tagged:
        if t.type != "DURATION":
            continue
        after = re.match(r"\s+([A-Za-z]+)", text[t.end:t.end + 12])
        if after is None or after.group(1).lower() not in LATER_WORDS:
            continue
        value = parse(t.value)
        hours = _HOURS.match(t.value)
        days = value.days if value is not None and value.days is not None else (int(hours.group(1)) // 24 if hours else None)
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if days is not None else None
        if span is not None:
            for tok in span:
                out[tok.i] = (t, days * LATER_WORDS[after.group(1).lower()])
    return out


def later_date(clause: Clause, later_at: dict, narrative: "Dated | None") -> "Dated | None":
    """The date of a clause told as some time after or before the story's day ("Only 24 hours later,
    Kyiv was struck again" after "On Friday night, Russia struck ..."): that day moved; None when the
    clause holds no such distance or the story has no day."""
    if narrative is None or narrative.start != narrative.end:
        return None
    found = next((later_at[t.i] for t in clause.tokens if t.i in later_at), None)
    if found is None:
        return None
    t, days = found
    day = narrative.start + dt.timedelta(days=days)
    return Dated(day, day, "day", t.text, "explicit",
                 f"'{t.text}' from the story's day ('{narrative.text}', {narrative.start.isoformat()}) → {day.isoformat()}",
                 t.start, t.end, True, narrative.char_end)


def offset_date(clause: Clause, offsets_at: dict, adjuncts, sent_spans, interval_at, article, narrative,
                 doc) -> Dated | None:
    """The date of an event told as 'N days after/before' the clause it hangs on: that clause's
    day moved by N days ("The Ford arrived on Sunday, two days after the carrier left Norfolk":
    left = Friday). None when the clause is not such an event or the other one has no day."""
    head, parent = clause.head, clause.parent
    if parent is None or head.dep_ != "advcl":
        return None
    marks = [c for c in head.children if c.dep_ in ("mark", "prep") and c.lower_ in OFFSET_MARKS]
    measure = [offsets_at[c.i] for c in head.children if c.dep_ == "npadvmod" and c.i in offsets_at]
    if marks and not measure:
        # "came a day after Israeli forces killed ...": the distance hangs on the verb before the mark
        measure = [offsets_at[c.i] for c in head.head.children
                   if c.dep_ == "npadvmod" and c.i in offsets_at and c.right_edge.i + 1 == marks[0].i]
    if not marks or not measure:
        return None
    t, days = measure[0]
    if parent.trigger is None:  # the clause it hangs on need not be an event itself
        parent = replace(parent, trigger=parent.head)
    base = date_clause(parent, adjuncts, sent_spans, interval_at, article, narrative, doc)
    if base.basis != "explicit":
        # "Today's attack came a day after ...": the event its subject names dates the clause
        subject = {w.i for c in parent.head.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
        named = [(x, first) for (x, _s, _e, (first, last)), root_i in sent_spans if root_i in subject and first == last]
        if len(named) == 1:
            phrase, day0 = named[0]
            base = Dated(day0, day0, "day", phrase.text, "explicit", "", phrase.start, phrase.end, False)
        elif base.basis == "publication" and (
                any(c.dep_ == "nsubj" and c.lower_ in NEWS_SUBJECTS for c in parent.head.children)
                or told_now(parent)):
            # "This comes a day after Trump falsely accused Ukraine ...": the news just told; "Peace talks
            # are taking place in Istanbul a day after Ukraine launched 117 drones": what goes on as the
            # story is told; both of the day it is published
            base = replace(base, basis="explicit", text=f"the news of {base.start.isoformat()}")
        elif base.basis == "narrative":
            # "The attack came a day after Russia launched ...": the day the story has reached
            base = replace(base, basis="explicit")
    if base.basis != "explicit" or base.granularity != "day":
        return None
    delta = dt.timedelta(days=-days if marks[0].lower_ in AFTER_MARKS else days)
    day = base.start + delta
    word = marks[0].lower_
    return Dated(day, day, "day", f"{t.text} {word}", "explicit",
                  f"'{t.text} {word}' the event dated '{base.text}' ({fmt_interval(base.start, base.end)}) → "
                  f"{fmt_interval(day, day)}", t.start, t.end, True, base.char_end)


def told_now(clause: Clause) -> bool:
    """Told in the present: "comes", "are taking place" (not "will come", "has come", "came")."""
    aux = [c for c in clause.head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lemma_ == "have" for c in aux):
        return False
    return clause.head.tag_ in ("VBZ", "VBP") or (clause.head.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") for c in aux))


def window_date(clause: Clause, dated: Dated) -> Dated | None:
    """The date of an event told as happening "after" or "before" another without saying when ("days
    after the U.S. attacked Venezuela", "shortly before the strike", "after the attack"): a window
    before (after) the other event's date, as wide as the measure word says (lang/en/words.tsv,
    `offset_windows_map`). None when the event has a date of its own or no such mark."""
    if dated.own:
        return None
    head = clause.head
    while head.dep_ == "conj" and head.head.i != head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head   # "days after the U.S. attacked Venezuela and abducted Maduro": both in the window
    if head.dep_ == "advcl":
        marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS]
    elif head.dep_ == "pobj" and head.head.lower_ in OFFSET_MARKS:
        marks = [head.head]
    else:
        marks = []
    if not marks:
        return None
    mark = marks[0]
    before_mark = mark.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    measure = before_mark if before_mark in OFFSET_WINDOWS else mark.lower_
    fewest, most = (PUBLICATION_WINDOWS if dated.basis == "publication" and measure in PUBLICATION_WINDOWS
                    else OFFSET_WINDOWS)[measure]
    if mark.lower_ in AFTER_MARKS:   # the event came first
        start, end = dated.start - dt.timedelta(days=most), dated.end - dt.timedelta(days=fewest)
    else:
        start, end = dated.start + dt.timedelta(days=fewest), dated.end + dt.timedelta(days=most)
    phrase = f"{before_mark} {mark.lower_}" if measure == before_mark else mark.lower_
    other = f"'{dated.text}'" if dated.text else f"the {dated.basis} date"
    return Dated(start, end, granularity_of("", start, end), "", "narrative",
                 f"'{phrase}' an event dated by {other} ({fmt_interval(dated.start, dated.end)}), no distance "
                 f"given → within {fewest}–{most} days {'before' if mark.lower_ == 'after' else 'after'} it → "
                 f"{fmt_interval(start, end)}")


def recent_days(dated: Dated, published: dt.date) -> Dated:
    """An act told with no date in the present perfect or progressive ("Israeli strikes have killed
    30", "the UN is urging Israel to open the crossing"), or in the past by a news story ("Iran
    condemned the strikes"), in a story of `published`: it happened or went on by the time the story
    was written, which may be the day before: that day to publication."""
    start = published - dt.timedelta(days=1)
    return Dated(start, published, "day", "", "publication",
                 f"no date in the sentence, told as done by the time of writing → the day before publication "
                 f"to publication ({fmt_interval(start, published)})")


EARLIER_ADVERBS = lang.words("words.tsv")["earlier_adverbs"]


def of_the_story_day(clause: Clause, story_day: Dated | None, published: dt.date) -> bool:
    """Whether an act told with no date in the simple past belongs to the day the story is on, when that
    day is the day of publication ("Security forces fired on protesters Friday ... ¶ Seven protesters were
    shot dead"): not the day before as well. Not an act told as recent or going on ("have surrounded the
    city": `recent_days`), nor one told as coming before ("had warned", "Earlier, forces discovered ...")."""
    if story_day is None or not story_day.start == story_day.end == published:
        return False
    head = clause.head
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children):
        return False   # "had warned": before the story's time
    sent = head.sent
    return not any(t.lower_ in EARLIER_ADVERBS and t.dep_ == "advmod" for t in (*head.children, sent[0]))


def told_done_after_publication(clause: Clause, dated: Dated, published: dt.date) -> Dated | None:
    """"Secretary Rubio hailed the decision, posting the next day on X", "The next day, Russia launched a wave
    of drones", with no earlier day in the story to count from: the day counted from publication lies after
    it, yet the simple past tells the act as done. It was done by the time of writing (`recent_days`); the
    expression counted from a day the story does not give. None when the clause is not so told."""
    head = clause.head
    if dated.start <= published or head.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    trigger = clause.trigger
    if trigger is not None and trigger.i != head.i:
        while trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN"):
            trigger = trigger.head   # ("tomorrow’s G7 and NATO meetings": the phrase the noun is joined in)
        if trigger.left_edge.idx <= dated.char_start < trigger.right_edge.idx + len(trigger.right_edge):
            return None   # "set out his intention to use tomorrow’s G7 and NATO meetings": the date is the meetings'
    done = recent_days(dated, published)
    return replace(done, derivation=f"'{dated.text}' counts to {dated.start.isoformat()}, after publication, but the "
                                    f"act is told as done → the day before publication to publication "
                                    f"({fmt_interval(done.start, done.end)})")


def done_by_publication(dated: Dated, status: str, published: dt.date) -> Dated:
    """An act told as done in a period that runs past the day of writing ("attacks this week on the camp",
    "This month, the UK sanctioned four commanders", "Other attacks this year have targeted ...") was done
    by then: the period's start to publication. Unchanged for acts still to come, or not of such a period."""
    if status != "occurred" or not dated.start <= published < dated.end:
        return dated
    return replace(dated, end=published, derivation=f"{dated.derivation}; told as done by the time of writing → ends at publication "
                              f"({fmt_interval(dated.start, published)})")


def after_a_dated_act(clause: Clause, sent_spans: list, dated: Dated) -> Dated | None:
    """"On 19 July Iran seized the vessel. Following a COBR meeting on 20 July, Hunt gave a statement": an
    act told as following another that has a day of its own came no earlier than that day. When the date
    the act took from the story (or the publication) lies before that day, the act is of that day;
    otherwise None."""
    if dated.own:
        return None
    for prep in clause.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFTER_MARKS:
            continue
        inside = {t.i for t in prep.subtree}
        days = [(t, start) for (t, _s, _e, (start, end)), root in sent_spans if root in inside and start == end]
        if days and days[0][1] > dated.end:
            t, day = days[0]
            return Dated(day, day, "day", t.text, "narrative",
                         f"after an act dated '{t.text}' ({day.isoformat()}), later than the story's "
                         f"{fmt_interval(dated.start, dated.end)} → {day.isoformat()}")
    return None


def vague_distance(doc, span) -> bool:
    """Whether a tagged expression is the vague distance between two events ("days after the attack",
    "weeks before the vote"): it dates neither of them (window_date reads it)."""
    _t, start, end, _interval = span
    return end - start == 1 and doc[start].lower_ in OFFSET_WINDOWS and end < len(doc) \
        and doc[end].lower_ in OFFSET_MARKS


def _windows(name: str = "offset_windows_map") -> dict[str, tuple[int, int]]:
    out = {}
    for word, span in lang.word_maps("words.tsv")[name].items():
        fewest, _, most = span.partition("-")
        out[word] = (int(fewest), int(most))
    return out


# granularity of a value of these kinds, whatever its interval; others go by the interval's length
VALUE_GRANULARITY = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
                     "year": "year"}


def granularity_of(value: str, start: dt.date, end: dt.date) -> str:
    """day, week, month, quarter, year or unknown: the value's own unit when it is a fully
    specified day, week, month, quarter or year, else the length of the interval."""
    parsed = parse(value)
    if parsed is not None and parsed.kind in VALUE_GRANULARITY and not parsed.unspecified:
        return VALUE_GRANULARITY[parsed.kind]
    days = (end - start).days + 1
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (92, "quarter"), (366, "year")):
        if days <= limit:
            return name
    return "unknown"


BASIS_WORDS = {
    "explicit": "an explicit calendar date",
    "narrative": "a date anchored to another date in the story",
    "publication": "the article's publication date",
}


def publication_derivation(day: dt.date) -> str:
    return f"no date in the sentence → publication date {day.isoformat()}"


def summary_derivation(date_text: str, basis: str, start: dt.date, end: dt.date, granularity: str,
                       published: dt.date) -> str:
    """How a date was derived, from what a row keeps of it (its phrase, basis and interval): for rows
    that carry no account of their own (made by an older version, or by hand)."""
    if not date_text or basis == "publication":
        return publication_derivation(published)
    words = BASIS_WORDS.get(basis, basis or "unknown basis")
    return f"“{date_text}” → {words} → {fmt_interval(start, end)} ({granularity})"


def fmt_interval(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


OVERNIGHT_WORDS = lang.words("words.tsv")["overnight_words"]


def date_clause(clause: Clause, adjuncts: dict[int, list[Clause]], sent_spans: list, interval_at: dict, article,
                 narrative: Dated | None, doc, frame: SpeechFrame | None = None) -> Dated:
    """The clause's date: its own time expression (the nearest to the trigger in the tree), else
    the one of the clause that reports it ("X said on Sunday that ..."), else the one of the
    nearest clause it is nested in; else the narrative reference time (past tense only), else
    the publication date. A date inside a sibling or a relative clause belongs to that clause."""
    if sent_spans:
        first = [clause] + ([clause.reporter] if clause.reporter is not None else [])
        levels: list[list[Clause]] = [[c] for c in first] + [adjuncts.get(id(c), []) for c in first]
        shared = shared_conjunct(clause)
        if shared is not None:   # "detained and interrogated 20 men on Monday": the date both verbs share
            levels.insert(1, [Clause(shared, tokens=list(shared.subtree))])
        x = clause.parent
        while x is not None and len(levels) < 24:
            levels.append([x])
            levels.append(adjuncts.get(id(x), []))
            x = x.parent
        level_of: dict[int, int] = {}
        for depth, group in enumerate(levels):
            for member in group:
                for t in member.tokens:
                    if t.i not in clause.lent:
                        level_of.setdefault(t.i, depth)
        candidates = [(level_of[root_i], sp, root_i) for sp, root_i in sent_spans if root_i in level_of
                      # a date that names another thing, in an enclosing clause ("condemns the invasion ... in
                      # contravention of its 1997 military basing agreement"), dates that thing, not this event
                      and not (level_of[root_i] > 0 and doc[root_i].dep_ in NAMING_DATE_DEPS
                               and doc[root_i].head.pos_ in ("NOUN", "PROPN"))
                      # nor one naming what the act is about ("arrested a man in connection with the 2015
                      # Paris attacks", "charges ... in relation to the 2018 Salisbury attack")
                      and not about_another_thing(doc[root_i], clause)]
        nearest = min((c[0] for c in candidates), default=None)
        ranked = [((lvl, tree_distance(clause.trigger, doc[root_i]), sp[1]), sp)
                  for lvl, sp, root_i in candidates if lvl == nearest]
        if ranked:
            rank, (t, s, e, (start, end)) = min(ranked, key=lambda r: r[0])
            if t.text.lower() in OVERNIGHT_WORDS:
                # "On 25 June, Kyiv was shelled overnight": the night is of the day the clause names
                day = next((r for r in sorted(ranked, key=lambda r: r[0]) if r[1][0].text.lower() not in OVERNIGHT_WORDS
                            and r[1][3][0] == r[1][3][1]), None)
                if day is not None:
                    rank, (t, s, e, (start, end)) = day
            text = doc_text(doc)
            label = text[t.start - len(outside_word(text, t.start)):t.end]
            if (frame is not None and t.start >= frame.start and t.text.lower() in DEICTIC_DAYS
                    and start == end == article.published):
                # a "today" in words said on another day is that day
                return Dated(frame.day, frame.day, "day", label, "narrative",
                             f"{label} → in words said on the day of the statement ('{frame.text}') → "
                             f"{frame.day.isoformat()}", t.start, t.end, rank[0] == 0)
            if (narrative is not None and narrative.start == narrative.end < article.published
                    and start == end == article.published and bare_clock(t) and told_in_past(clause)):
                # a time of day that names no day, in a past story set on an earlier day, is on that day
                return Dated(narrative.start, narrative.end, "day", label, "narrative",
                             f"'{label}' names no day → the story's day ('{narrative.text}', earlier in the "
                             f"article) → {narrative.start.isoformat()}", t.end - len(label), t.end,
                             rank[0] == 0, narrative.char_end)
            anchored = t.anchor == "narrative" and t.anchor_end is not None
            if t.text.lower() in OVERNIGHT_WORDS and start == end < article.published:
                end = start + dt.timedelta(days=1)   # "overnight": the night runs into the next morning
            return Dated(start, end, granularity_of(t.value, start, end), label,
                          "explicit", derivation_of(t, start, end, article, doc, interval_at, label),
                          t.end - len(label), t.end, rank[0] == 0, t.anchor_end if anchored else -1)
    if narrative is not None and (told_in_past(clause) or (
            clause.reporter is not None and told_in_past(clause.reporter)) or participle_of_past(clause)):
        # "Trump promised the U.S. would help ...": the saying, told in the past, is what is dated
        return Dated(narrative.start, narrative.end, narrative.granularity, "", "narrative",
                      f"no date in the sentence → narrative time of '{narrative.text}' "
                      f"(earlier in the article) → {fmt_interval(narrative.start, narrative.end)}",
                      anchor_end=narrative.char_end)
    if frame is not None and clause.head.idx >= frame.start:
        # words said on the frame's day: whatever they tell without a date is of that day
        return Dated(frame.day, frame.day, "day", "", "narrative",
                     f"no date in the sentence → said on the day of the statement ('{frame.text}') → "
                     f"{frame.day.isoformat()}")
    day = article.published
    return Dated(day, day, "day", "", "publication", publication_derivation(day))


RELATION_PREPOSITIONS = lang.words("words.tsv")["relation_prepositions"]


def about_another_thing(date_root, clause: Clause) -> bool:
    """Whether a date before a noun names a thing the clause's act is about, not the act: the noun, no
    trigger of the clause, hangs on a preposition of relation ("in connection with the 2015 Paris attacks",
    "in relation to the 2018 Salisbury attack"). A date of the act's occasion
    ("captured in the Monday raid") still dates it."""
    noun = date_root.head
    if date_root.dep_ not in NAMING_DATE_DEPS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if clause.trigger is not None and noun.i == clause.trigger.i:
        return False
    return related_object(noun)


def related_object(noun) -> bool:
    """Whether a noun hangs on a preposition of relation: what an act is about ("in connection with the
    attacks", "in relation to the Salisbury attack")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in RELATION_PREPOSITIONS \
        and not (prep.lower_ == "with" and prep.head.lower_ != "connection") \
        and not (prep.lower_ == "to" and prep.head.lower_ != "relation")


def participle_of_past(clause: Clause) -> bool:
    """"While conducting an operation ..., soldiers received small-arms fire": an adverbial participle
    (no auxiliary of its own) takes the tense of the clause it modifies."""
    head, parent = clause.head, clause.parent
    return head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN") and parent is not None \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children) and told_in_past(parent)


def shared_conjunct(clause: Clause):
    """The verb joined to the clause's own with nothing of the clause's own between them ("detained
    and interrogated 20 men in Jenin on Monday", "handcuffed, stripped and interrogated ..."): the
    words after the last verb (object, place, date) belong to all of them. None when the clause's
    verb has words of its own after it ("detained 20 men and interrogated them on Monday") or no such
    conjunct."""
    head = clause.head
    if head.pos_ != "VERB":
        return None
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i]
    if not conjuncts:
        return None
    nxt = conjuncts[0]
    if any(t.dep_ not in ("cc", "punct", "advmod", "conj") for t in head.doc[head.i + 1:nxt.i]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return None   # "Israel struck and Hamas fired back on Monday": two clauses, two subjects
    last = conjuncts[-1]
    while True:   # "handcuffed, stripped and interrogated": the last of the chain holds the shared words
        more = [c for c in last.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > last.i]
        if not more:
            return last
        last = more[-1]


def bare_clock(t) -> bool:
    """Whether a time expression is a time of day only ("2 a.m.", "10:30 local time"), with no day."""
    words = re.sub(r"[0-9:]+", " ", t.text.lower()).split()
    return t.type == "TIME" and clock_time(t.value) and all(w in CLOCK_WORDS for w in words)


# The links by which a date phrase hangs on the verb it dates ("appeared in court Monday",
# "met on Friday", "on Friday, the court heard ..."): through a preposition or as an adverb of time.
SETTING_DEPS = frozenset({"npadvmod", "prep", "pobj", "advmod", "obl", "nmod", "tmod"})
INNER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "csubj", "xcomp", "pcomp"})


def setting_day(sent, sent_spans: list, article, doc) -> Dated | None:
    """The day a past-tense sentence is set on, read from a date phrase on its verb, for a
    sentence that made no row dated to a day: "Maduro appeared in a federal court Monday" sets the
    story's time for "During his arraignment, Maduro declared ..." that follows. None when the
    main verb is not in the past, when the phrase is not a single past day, or when it hangs on a
    clause inside the sentence ("the deal, which was signed on Monday")."""
    days = []
    for (t, _s, _e, (start, end)), root_i in sent_spans:
        if start != end or start > article.published or bare_clock(t):
            continue   # (a time of day names no day: "By 2 a.m., forces reached ...")
        verb = doc[root_i]
        while verb.dep_ in SETTING_DEPS and verb.head.i != verb.i:
            verb = verb.head
        past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))   # "were shown video"
        if past and verb.dep_ not in INNER_CLAUSE_DEPS and not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
            days.append((t, start))
    if len({day for _t, day in days}) != 1:
        return None
    t, day = days[0]
    label = doc_text(doc)[t.start:t.end]
    return Dated(day, day, "day", label, "explicit", f"'{label}' sets the story's day → {day.isoformat()}",
                 t.start, t.end)


OFFSET_MARKS = lang.words("words.tsv")["offset_marks"]
NEWS_SUBJECTS = lang.words("words.tsv")["news_subjects"]
AFTER_MARKS = lang.words("words.tsv")["offset_after_marks"]
OFFSET_WINDOWS = _windows()
PUBLICATION_WINDOWS = _windows("offset_windows_from_publication_map")
SPEECH_NOUNS = lang.words("words.tsv")["speech_nouns"]
SPEECH_VERBS = lang.words("words.tsv")["speech_verbs"]
READOUT_VERBS = lang.words("words.tsv")["readout_verbs"]
FRAME_PARAGRAPHS = 3   # the opening lines looked at
DEICTIC_DAYS = lang.words("words.tsv")["deictic_days"]
CLOCK_WORDS = lang.words("words.tsv")["clock_words"]
INTRO_MAX_WORDS = 60


@dataclass(frozen=True)
class SpeechFrame:
    """An article that is the words of a statement or speech said on `day`, as its opening line says
    ("Statement given recently (22 August 2025) by Ambassador ...", "Delivered yesterday by ..."):
    what follows `start` (a character offset) is said that day."""

    day: dt.date
    text: str
    start: int
    intro: tuple[int, int] = (0, 0)   # the opening line's tokens [start, end), where the speaker is named
    said: bool = True   # the words that follow were said that day (a statement, a speech), not a readout written after

    def words_start(self, text: str) -> int:
        """Where the words said begin: after the opening line and any further line introducing
        them ("An FCDO spokesperson yesterday said:")."""
        start = self.start
        for m in BLANK_LINE.finditer(text[self.start:]):
            if not text[start:self.start + m.start()].rstrip().endswith(":"):
                break
            start = self.start + m.end()
        return start

    def start_token(self, doc) -> int:
        """The first token of the words said."""
        span = doc.char_span(self.start, len(doc_text(doc)), alignment_mode="expand")
        return span.start if span is not None else len(doc)


def speakers_of_frame(mentions: list, frame: SpeechFrame, doc=None) -> list:
    """Who speaks in a speech frame: the actors named in the subject of its opening line's verb
    ("Ranking Member Gregory Meeks and Chairman Brian Mast issued the following statement"), else the
    first state named in the line, else the first organisation, else the first person ("Explanation of
    vote by Ambassador James Kariuki, UK Deputy Permanent Representative ..." speaks for the United
    Kingdom)."""
    lo, hi = frame.intro
    named = [m for m in mentions if lo <= m.start < hi and (not m.nominal or m.kind == "GPE")]
    if doc is not None:
        subjects = {t.i for tok in doc[lo:hi] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
                    for t in tok.subtree}
        speaking = list({m.canonical: m for m in named if m.start in subjects}.values())
        if speaking:
            return speaking
    for kind in ("GPE", "ORG", "PERSON"):
        found = [m for m in named if m.kind == kind and not m.nominal]
        if found:
            return [found[0]]
    return []


def _told_sentences(line) -> int:
    """How many sentences of a line tell something (a verb with its subject): a heading and its
    subheading tell at most one ("UK Statement for ... Delivered yesterday by ..."), a news
    paragraph several."""
    return sum(1 for sent in line.sents if any(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children))


def speech_frame(doc, spans: list, article) -> SpeechFrame | None:
    """The speech frame of an article that opens with a short line presenting words said on a day:
    a line naming a statement, speech or remarks with the day ("Statement given recently (22 August
    2025) by ...", "... Delivered yesterday by ..."), or a line ending in a colon that says who spoke
    when ("An FCDO spokesperson yesterday said:"), or the one-sentence lead of a readout ("The Prime
    Minister spoke to the leaders of ... yesterday afternoon."): what follows tells that conversation.
    A paragraph that tells more than one thing is news, not such a line. None for other articles (a news lead that reports
    what someone said is not one)."""
    text = doc_text(doc)
    start = 0
    # paragraphs parted by blank lines; in a text with none, by line breaks (a copy that kept one
    # newline between paragraphs); each break is a span: where a paragraph ends, where the next begins
    breaks = [m.span() for m in BLANK_LINE.finditer(text)] or [m.span() for m in re.finditer(r"\n\s*", text)]
    one_block = not breaks
    if one_block:
        # one block, every break lost: its first sentence may be the opening line of a statement
        # ("Statement given recently (22 August 2025) by ... on the Democratic Republic of the Congo. I will
        # make ..."); a readout's lead is not told apart from a news lead there
        first = next((sent for sent in doc.sents if any(t.is_alpha for t in sent)), None)
        if first is not None and first.end < len(doc):
            breaks = [(first.end_char, doc[first.end].idx)]
    for number, (at, after) in enumerate(breaks[:FRAME_PARAGRAPHS]):
        line = doc.char_span(start, at, alignment_mode="contract")
        # a page's summary of a statement, its day in brackets at the end ("Ambassador Holland condemns
        # Russia’s continued attacks ... (29 May 2025)."), however long
        standfirst = line is not None and number == 0 and len(list(line.sents)) <= 2 and \
            STANDFIRST_DATE.search(text[start:at].rstrip()) is not None
        short = line is not None and 0 < sum(1 for t in line if t.is_alpha) <= INTRO_MAX_WORDS and _told_sentences(line) <= 1
        if standfirst or short:
            lemmas = {t.lemma_.lower() for t in line}
            colon = text[start:at].rstrip().endswith(":")
            readout = number == 0 and not one_block and len(list(line.sents)) == 1 and line.root.lemma_.lower() in READOUT_VERBS
            said = bool(lemmas & SPEECH_NOUNS or (colon and lemmas & SPEECH_VERBS) or standfirst)
            if said or readout:
                days = [(t, first) for t, _s, _e, (first, last) in spans
                        if start <= t.start and t.end <= at and first == last
                        and first <= article.published]   # words are said by now ("takes effect on Nov. 24" is no such day)
                if days:
                    t, day = days[-1] if standfirst else days[0]
                    return SpeechFrame(day, t.text, after, (line.start, line.end), said)
        start = after
    return None


_OUTSIDE_WORD = lang.contexts("contexts.tsv", lists=("words.tsv",))["outside_date_word"]
STANDFIRST_DATE = lang.contexts("contexts.tsv", lists=("words.tsv",))["standfirst_date"]


def outside_word(text: str, start: int) -> str:
    """The modifier TimeML leaves outside a time expression but a reader needs to see: 'earlier'
    of 'earlier this month' (the date is the month's first days), 'about' of 'about 3 p.m.'."""
    m = _OUTSIDE_WORD.search(text, max(0, start - 12), start)
    return m.group(0) if m else ""


def derivation_of(t, start: dt.date, end: dt.date, article, doc, interval_at: dict, label: str = "") -> str:
    result = fmt_interval(start, end)
    label = label or t.text
    if t.anchor == "narrative" and t.anchor_start is not None and t.anchor_end is not None:
        anchor_text = doc_text(doc)[t.anchor_start:t.anchor_end]
        anchor_iv = interval_at.get(t.anchor_start)
        step = "relative to"
        if anchor_iv is not None and start == end and anchor_iv[0] == anchor_iv[1]:
            delta = (anchor_iv[0] - start).days
            if delta > 0:
                step = f"{delta} day{'s' if delta != 1 else ''} before"
            elif delta < 0:
                step = f"{-delta} day{'s' if delta != -1 else ''} after"
            else:
                step = "the same day as"
        where = f" ({fmt_interval(*anchor_iv)})" if anchor_iv is not None else ""
        return f"{label} → {step} '{anchor_text}'{where} → {result}"
    if t.anchor == "publication":
        return f"{label} → relative to the publication date ({article.published.isoformat()}) → {result}"
    return f"{label} → {result}"

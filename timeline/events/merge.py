"""One event, many sources: whether two rows report the same real-world event, and merging
them. `extract` merges a batch with `merge_all`; the store merges each new row into the stored
row `best_match` picks, with the same rule."""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import replace
from typing import Callable, Iterable, Iterator, Sequence

from spacy.lang.en.lex_attrs import _num_words
from spacy.lang.en.stop_words import STOP_WORDS

from timeline import lang
from timeline.actors.types import ActorType
from timeline.places import mentions as place_mentions
from timeline.places import table as places_table
from timeline.records import Event, Source, realign_types
from timeline.timex import tag as tag_times
from timeline.timex.value import clock_time


BASIS_RANK = {"explicit": 0, "narrative": 1, "publication": 2}
_STATUS_ORDER = ("occurred", "planned", "speculative")   # a merged row takes the first its reports have


def done_and_possible(a: str, b: str) -> bool:
    """Whether of two statuses one tells an act as done and the other as only possible: within one article
    never one act told twice ("confirmed the raid" after "ahead of possible strikes")."""
    return {a, b} == {"occurred", "speculative"}


LONG_SPAN_DAYS = 31
ONSET_MODE = "onset"   # the project's mode of an AGREE coming into effect (rows.make_event)


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, reporting verbs added, number words kept ("eight warships")."""
    return (frozenset(STOP_WORDS) | lang.words("words.tsv")["reporting_words"]) - set(_num_words)


_STOP = _stop_words()


# A summary's word sets are read once per summary while it is compared (merging compares each row
# with the rows around its date). Bounded: a long-running worker sees millions of summaries, and
# 65,536 cached stem sets held ~170 MB (bench/scale_bench.py: worker RSS 376 MB at 1,000 articles,
# 578 MB at 10,000); 8,192 hold ~20 MB and still cover the rows one date window compares.
SUMMARY_CACHE = 8192

# Crude suffix stripping so "arrived" meets "arrival" and "designated" meets "designation".
_SUFFIXES = lang.word_lists("words.tsv")["merge_suffixes"]


@functools.lru_cache(maxsize=SUMMARY_CACHE)
def _stems(text: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def similarity(a: Event, b: Event) -> float:
    """Overlap of the content words of two events' summaries (0..1, 1 = one contains the other)."""
    sa, sb = _stems(a.summary), _stems(b.summary)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _article_ids(e: Event) -> set[str]:
    return {s.article_id for s in e.sources} or {e.article_id}


def same_event(a: Event, b: Event) -> bool:
    """Whether two rows report one real-world event (see `merge_margin`)."""
    margin = merge_margin(a, b)
    return margin is not None and margin >= 0


ORDINALS = lang.words("words.tsv")["ordinal_words"]
SEPARATE_SPEECH_ACTS = lang.words("words.tsv")["separate_speech_acts"]
NOT_NUMBERING = lang.words("words.tsv")["not_numbering_after"]


OTHER_EVENT_WORDS = lang.words("words.tsv")["other_event_words"]
WORDS_CATEGORIES = lang.words("words.tsv")["words_categories"]
ADDING_WORDS = lang.words("words.tsv")["adding_words"]
COUNT_ADDING_WORDS = lang.words("words.tsv")["count_adding_words"]
RETOLD_ONLY = lang.words("words.tsv")["retold_only_categories"]
FURTHER_SAYING = lang.words("words.tsv")["further_saying_categories"]
REACTING = lang.words("words.tsv")["reacting_categories"]


def _contrast(e: Event) -> frozenset[str]:
    """The words of a row that set its event apart from another told in its article."""
    return _contrast_words(e.summary)


@functools.lru_cache(maxsize=SUMMARY_CACHE)
def _contrast_words(summary: str) -> frozenset[str]:
    # "Another 47 migrants were injured in the attack": a word before a count adds to the victims,
    # it does not set the event apart
    words = re.findall(r"[a-z0-9]+", summary.lower())
    return frozenset(w for w, after in zip(words, words[1:] + [""]) if w in OTHER_EVENT_WORDS
                     and not (w in COUNT_ADDING_WORDS and (after[:1].isdigit() or after in _num_words)))


def _told_together(a: Event, b: Event) -> bool:
    """Whether two rows are two acts of one sentence of one article (the sentence step keeps one
    row per act, so two rows of one sentence are never one event)."""
    return any(x.article_id == y.article_id and x.sentence == y.sentence and x.sentence
               for x in a.sources or () for y in b.sources or ())


def _ordinals(e: Event) -> frozenset[str]:
    return _ordinal_words(e.summary)


@functools.lru_cache(maxsize=SUMMARY_CACHE)
def _ordinal_words(summary: str) -> frozenset[str]:
    """The ordinal words of a summary that number an event ("a second strike", "the initial
    attack"), not a time ("earlier today", "earlier this week", "the first time")."""
    words = re.findall(r"[a-z0-9]+", summary.lower())
    return frozenset(w for w, after in zip(words, words[1:] + [""]) if w in ORDINALS and after not in NOT_NUMBERING)


def merge_evidence(a: Event, b: Event) -> list[tuple[str, float]]:
    """What says two rows are one event, and how much each piece weighs: shared words of their
    summaries, shared actors and targets, the same PLOVER type, place and toll (different tolls
    weigh against)."""
    found: list[tuple[str, float]] = []
    words = similarity(a, b)
    if words:
        found.append((f"{words:.0%} of the words shared", words))
    shared = [n for n in a.actors if n in b.actors]
    if shared:
        found.append((f"shared actors {', '.join(shared[:3])}", 0.1 * min(len(shared), 3)))
    sides = _sides(a) & _sides(b)
    if sides and not set(a.source_actors) & set(b.source_actors):
        # "U.S. forces seized Maduro" and "Delta Force troops seized Maduro": a state's force acts for it
        found.append((f"same side {', '.join(sorted(sides)[:2])}", 0.1))
    targets = [n for n in a.target_actors if n in b.target_actors]
    if targets:
        found.append((f"done to {', '.join(targets[:2])}", 0.1))
    if a.event_type and a.event_type == b.event_type:
        same_mode = bool(a.event_mode) and a.event_mode == b.event_mode
        found.append((f"same type {a.event_type}" + (f" ({a.event_mode})" if same_mode else ""),
                      0.15 if same_mode else 0.1))
    if a.location and _fold(a.location) == _fold(b.location) and not (a.place_from_story or b.place_from_story):
        # (a place a row took from its story, not its own words, says nothing of which event it is)
        found.append((f"same place {a.location}", 0.15))
    if a.fatalities is not None and a.fatalities == b.fatalities:
        found.append((f"the same toll ({a.fatalities} killed)", 0.15))
    elif a.fatalities is not None and b.fatalities is not None:
        # a toll may be revised between reports, so this weighs against, it does not forbid
        found.append((f"different tolls ({a.fatalities} and {b.fatalities} killed)", -0.1))
    return found


STATE_ACT_CATEGORIES = lang.words("words.tsv")["acts_for_a_state_categories"]


def _sides(e: Event) -> frozenset[str]:
    """The states the row's doers act for, in a physical act: a state itself, the state an official
    or force serves (empty for other categories)."""
    if e.category not in STATE_ACT_CATEGORIES:
        return frozenset()
    return _served_sides(e.actors, e.actor_types, e.source_actors)


@functools.lru_cache(maxsize=SUMMARY_CACHE)
def _served_sides(actors: tuple, actor_types: tuple, doers: tuple) -> frozenset[str]:
    served = _served(actors, actor_types)
    return frozenset(served.get(n) or n for n in doers)


@functools.lru_cache(maxsize=SUMMARY_CACHE)
def _served(actors: tuple, actor_types: tuple) -> dict[str, str]:
    """The state each official or force of a row serves, by name (read only: the dict is cached)."""
    return {name: ActorType.parse(cell).serves for name, cell in zip(actors, actor_types)}


FAR_APART_KM = 800.0
REGION_NOUNS = places_table.word_list("region_nouns")


SAME_SPOT_KM = 2.0   # two names placed this close are one place under two spellings


def _same_spot(a: Event, b: Event) -> bool:
    return None not in (a.latitude, a.longitude, b.latitude, b.longitude) \
        and _km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_SPOT_KM


def _apart(a: Event, b: Event) -> bool:
    """Whether two rows happened in places that cannot be one: two different towns or facilities
    (precision 1), or two places (precision 1 or 2) further apart than FAR_APART_KM ("the Caribbean" and "the eastern Pacific")."""
    if not (a.location and b.location) or _fold(a.location) == _fold(b.location) or _same_spot(a, b):
        return False   # (one town under two names: "Abu Kamal" and "Albu Kamal")
    if a.place_from_story or b.place_from_story:
        return False   # a place lent by the story is no sign of where the act was
    if a.geo_precision == b.geo_precision == 1:
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or max(a.geo_precision or 3, b.geo_precision or 3) > 2:
        return False
    return _km(a.latitude, a.longitude, b.latitude, b.longitude) > FAR_APART_KM


_PLACE_OPENERS = sorted(place_mentions.PREPOSITIONS | set(place_mentions.NEAR_CUES), key=len, reverse=True)
_OPENING_PLACE = re.compile(r"^\W*(?i:" + "|".join(re.escape(w) for w in _PLACE_OPENERS) + r")\s+"
                            r"((?:[A-Z][\w'’-]*\s*)+?)\s*,")


def _opening_places(e: Event) -> frozenset[str]:
    """The names a row's sentences open with after a place word ("Near Kisik, a strike destroyed ...",
    "In Baghdad, troops detained ..."), known to the gazetteer or not."""
    return _opening_names(tuple(s.sentence for s in e.sources))


@functools.lru_cache(maxsize=4096)
def _opening_names(sentences: tuple[str, ...]) -> frozenset[str]:
    # (asked again for every earlier row as an article's rows are joined: read once per set of sentences)
    return frozenset(_fold(m.group(1)) for m in map(_OPENING_PLACE.match, sentences) if m)


def _round_up_items(a: Event, b: Event) -> bool:
    """Two rows whose sentences open with two different places ("Near Palmyra, five strikes ..." and "Near
    Mosul, three strikes ..."): items of a round-up, two acts."""
    pa, pb = _opening_places(a), _opening_places(b)
    return bool(pa and pb and not pa & pb)


def _other_towns(a: Event, b: Event) -> bool:
    """Two rows placed in two countries, or at or near two different towns or districts, neither named
    in the other's name ("near Raqqah" and "near Manbij"; not "Kharkiv" and "Kharkiv region"): an
    article telling acts at two such places tells two acts. A round-up's items opening with two
    different places ("Near Palmyra, ..." and "Near Kisik, ..."), even ones the gazetteer does not
    know, are two acts too."""
    if a.country and b.country and a.country != b.country:
        return True   # "nine strikes in Syria", "12 strikes in Iraq"
    if _round_up_items(a, b):
        return True
    if not (a.location and b.location) or max(a.geo_precision or 3, b.geo_precision or 3) > 2 or _same_spot(a, b) \
            or a.place_from_story or b.place_from_story:
        return False
    x, y = (" ".join(w for w in _fold(e.location).split() if w not in REGION_NOUNS) for e in (a, b))
    return x not in y and y not in x   # ("Khost district" and "Khost province": one area)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _reckoned_back(e: Event) -> bool:
    """A span of more than a week that is no calendar month, quarter or year: one reckoned back from a
    day by the text itself ("in recent weeks", "over the last six months"), which tells what went on
    over it (a window the dating reckoned, "days after" an act, is no such stretch)."""
    return e.date_basis == "explicit" and (e.date_end - e.date).days > 7 and e.date.day != 1


def merge_margin(a: Event, b: Event) -> float | None:
    """How far the evidence that two rows are one event clears its bar (None: they cannot be).

    Required: the same category and PLOVER type (when both have one), overlapping date intervals (a running tally over months,
    or a stretch the text reckons back, "in recent weeks", only matches the identical span), no two disjoint non-empty actor lists (a state's force acts for the state), no roles reversed (`_reversed_roles`), no two different ordinals
    ("first" / "second" strike) and no two places that cannot be one (`_apart`). Then the evidence of
    `merge_evidence` (shared words, actors and targets, type, place, toll) must reach a
    bar that rises as the dates get vaguer: the same day 0.35, one interval inside the other 0.45,
    mere overlap 0.65; +0.1 when the statuses differ (announced, then done); at least 0.5 when a
    date is only the publication date and 0.7 for two rows of the same article; +0.3 when neither
    names an actor.
    """
    if a.event_id == b.event_id and a.article_id == b.article_id and a.category == b.category \
            and (a.date, a.date_end) == (b.date, b.date_end):
        return 1.0  # the very same row (an article extracted twice), of category "other" too
    if a.category != b.category or a.category == "other":
        return None
    if a.date > b.date_end or b.date > a.date_end:
        return None
    if max((a.date_end - a.date).days, (b.date_end - b.date).days) > LONG_SPAN_DAYS and \
            (a.date, a.date_end) != (b.date, b.date_end):
        # Running tallies ("21 strikes since September", "five strikes since September") are
        # different reports, not one event seen twice.
        return None
    if (_reckoned_back(a) or _reckoned_back(b)) and (a.date, a.date_end) != (b.date, b.date_end):
        return None   # "in recent weeks Russia's attacks on Kyiv": a stretch of acts, not one of them told elsewhere
    shared = set(a.actors) & set(b.actors)
    if a.actors and b.actors and not shared and not _sides(a) & _sides(b):
        return None
    if _ordinals(a) and _ordinals(b) and not _ordinals(a) & _ordinals(b):
        return None   # "the first strike" and "a second strike" are two strikes
    if _reversed_roles(a, b):
        return None   # "killed in Israeli attacks" and "Iran has responded by launching missile attacks on Israel"
    one_article = bool(_article_ids(a) & _article_ids(b))
    if one_article and _timed_apart(a, b):
        return None   # "At approximately 11:20 a.m. ..." and "At approximately 11:40 a.m. ...", or a day's count: two acts
    if _apart(a, b) or (one_article and _other_towns(a, b)):
        return None   # two different towns, two countries, two seas; in one article, acts near two towns
    if one_article and _contrast(a) != _contrast(b):
        return None   # "... bombed a boat" and, in the same article, "a previous strike on another boat"
    if a.event_type and b.event_type and not _alike_types(a.event_type, b.event_type):
        return None   # a seizure (COERCE) and an assault (ASSAULT) of one day are two events, however alike told
    if _told_together(a, b):
        return None   # one sentence's acts, kept apart when it was read ("attacked tents ..., laid siege to ...")
    if one_article and done_and_possible(a.status, b.status):
        # "announcing the designation" and "could face criminal charges": an act done and one held possible
        # (two outlets may tell one act as done and as possible)
        return None
    if one_article and a.event_type in SEPARATE_SPEECH_ACTS and a.event_type == b.event_type:
        return None   # "We call upon Iran ... We urge Iran ...": two appeals of one statement
    if ONSET_MODE in (a.event_mode, b.event_mode) and a.event_mode != b.event_mode:
        return None   # "approved the first phase of a ceasefire deal" and "since the truce went into effect": two events
    if a.category in WORDS_CATEGORIES and a.event_mode and b.event_mode and a.event_mode != b.event_mode:
        return None   # "the Ambassador was summoned" (a diplomatic protest) and "a statement condemning ...": two acts
    if a.category in WORDS_CATEGORIES and a.source_actors and b.source_actors \
            and not set(a.source_actors) & set(b.source_actors) \
            and not _served_sides(a.actors, a.actor_types, a.source_actors) & _served_sides(b.actors, b.actor_types, b.source_actors):
        # "Maduro ... pleaded not guilty" and "Maduro's wife, Cilia Flores, pleaded not guilty": two speakers
        # (but "Pakistan called the attacks an act of war" is its Prime Minister's words)
        return None
    evidence = sum(weight for _why, weight in merge_evidence(a, b))
    if (a.date, a.date_end) == (b.date, b.date_end) and a.granularity in ("day", "week"):
        need = 0.35
    elif (a.date <= b.date and b.date_end <= a.date_end) or (b.date <= a.date and a.date_end <= b.date_end):
        need = 0.45
    else:
        need = 0.65
    if a.status != b.status:
        need += 0.1
    if not a.actors and not b.actors:
        need += 0.3   # "the leaders agreed to stay in close touch": words alone, no one named, say little
    if "publication" in (a.date_basis, b.date_basis):
        need = max(need, 0.5)
    if one_article:
        need = max(need, 0.7)
    elif a.category in WORDS_CATEGORIES and (a.date, a.date_end) != (b.date, b.date_end):
        # the same two sides trade words day after day: one such row is not another told elsewhere
        # unless their dates agree, however much one date's interval holds the other's
        need = max(need, 0.65) + 0.15
    return evidence - need


def _reversed_roles(a: Event, b: Event) -> bool:
    """Someone acts in one and is acted on, without acting, in the other: an act and the answer to
    it ("Israeli attacks" and "Iran responded with missile attacks on Israel"), or a fight of two
    sides and one side's act on the other ("the fighting between India and Pakistan" and "Pakistan
    shot down Indian jets"), not one event."""
    if not a.source_actors or not b.source_actors:
        return False
    def crossing(x: Event, y: Event) -> set[str]:
        # (a force of a state doing the other act is on its side: "sending 4,000 Marines", told with
        # the Marines as what is sent, and "the Marines arrived" are one deployment)
        found = (set(x.source_actors) & set(y.target_actors)) - set(y.source_actors)
        if not found:
            return found
        served = _served(y.actors, y.actor_types)
        return {n for n in found if not (served.get(n) and served[n] in y.source_actors)}
    return bool(crossing(a, b) or crossing(b, a))


def _earliest_key(e: Event) -> tuple:
    first = min(e.sources, key=lambda s: (s.published, s.article_id)) if e.sources else None
    return (first.published, first.article_id) if first else (e.published, e.article_id)


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it: the earliest source gives the id and the article columns,
    the most precise date wins, actors and sources are united, and an event reported as done by
    one source is `occurred` even if another announced it beforehand (its summary is then the
    report of it as done)."""
    first, second = sorted((a, b), key=_earliest_key)
    precise = min((a, b), key=lambda e: _date_rank(e, _earliest_key(e)))
    placed = min((a, b), key=lambda e: _place_rank(e, _earliest_key(e)))
    sources = _unique_sources(first.sources + second.sources)
    count = len({s.article_id for s in sources}) if sources else max(a.sources_count, b.sources_count)
    notes = [n for n in (first.merge_note, second.merge_note) if n] + [_joined_because(first, second)]
    return replace(first, **_combined(first, second, precise, placed), sources=sources, sources_count=count,
                   merge_note=" | ".join(dict.fromkeys(notes)))


def _date_rank(e: Event, earliest: tuple) -> tuple:
    """How precise a report's date is (lower is more precise; the earlier report wins a tie)."""
    return BASIS_RANK.get(e.date_basis, 3), (e.date_end - e.date).days, earliest


def _place_rank(e: Event, earliest: tuple) -> tuple:
    """How precise a report's place is (lower is more precise; the earlier report wins a tie); a place the
    report's own words give before one its story lent."""
    return not e.location, e.place_from_story, e.geo_precision or 9, earliest


def _unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Sources earliest first (stable), each report of a sentence once."""
    seen: set[tuple] = set()
    unique: list[Source] = []
    for s in sorted(sources, key=lambda s: (s.published, s.article_id)):
        key = (s.article_id, s.sentence, s.date_text, s.date_start)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return tuple(unique)


def _combined(first: Event, second: Event, precise: Event, placed: Event) -> dict:
    """The fields of the row that joins `second` to `first` (the one with the earliest source), but
    its sources and merge note: the date of `precise`, the place of `placed`, actors united, the
    most advanced status, told as the report that gave it tells it."""
    statuses = {first.status, second.status}
    status = next((st for st in _STATUS_ORDER if st in statuses), first.status)
    # the summary tells the event as the row's status does: "met ... on Thursday", not "will meet"
    told = second if first.status != status and second.status == status else first
    actors = tuple(dict.fromkeys(first.actors + second.actors))
    return dict(status=status, summary=told.summary, date=precise.date, date_end=precise.date_end,
                granularity=precise.granularity, date_text=precise.date_text, date_basis=precise.date_basis,
                derivation=precise.derivation, anchor_event_id=precise.anchor_event_id,
                anchor_offset=precise.anchor_offset, anchor_unit=precise.anchor_unit,
                actors=actors, actor_types=realign_types(actors, first, second),
                source_actors=_united(first.source_actors, second.source_actors),
                target_actors=tuple(n for n in _united(first.target_actors, second.target_actors)
                                    if n not in first.source_actors + second.source_actors),
                event_type=first.event_type or second.event_type, event_mode=first.event_mode or second.event_mode,
                location=placed.location, country=placed.country, latitude=placed.latitude,
                longitude=placed.longitude, geo_precision=placed.geo_precision, place_from_story=placed.place_from_story,
                fatalities=_most(first.fatalities, second.fatalities), injured=_most(first.injured, second.injured))


def _joined_because(first: Event, second: Event, first_ids: set[str] | None = None) -> str:
    """Why `second` was joined to `first`, in words (shown in the provenance and the JSON).
    `first_ids`: the article ids of `first`'s sources, when the caller holds them."""
    same_article = bool((first_ids if first_ids is not None else _article_ids(first)) & _article_ids(second))
    who = "told again in the same article" if same_article else \
        f"also reported by {second.source or second.title or 'another article'} ({second.published.isoformat()})"
    when = "same day" if (first.date, first.date_end) == (second.date, second.date_end) and first.date == first.date_end \
        else "overlapping dates"
    reasons = [when] + [why for why, _weight in merge_evidence(first, second)]
    return f"{who}: {first.category}, " + ", ".join(reasons)


def _united(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


def _most(a: int | None, b: int | None) -> int | None:
    """The larger of two tolls (a later report counts more dead), None when neither states one."""
    return max((x for x in (a, b) if x is not None), default=None)


def join_retellings(rows: Iterable[tuple[Event, bool, str]], casualties: str = "",
                    toll_of: frozenset = frozenset(), paragraphs: list[int] | None = None,
                    serves: dict[str, str] | None = None) -> list[Event]:
    """One article's rows, each event once: a row that tells again an event an earlier row of the
    article told joins that row (its sentence becomes another source of it). Each row comes with
    whether it is marked retold (its trigger names an event told before: "the attack", "announced
    the seizure") and its event word ("strike"). A retold row joins the last earlier row told with the
    same word whose dates overlap its own (a date known only from publication overlaps any), else the
    last such row of its category ("the CIA carried out a drone strike" is covert action, "the strike
    targeted a dock" retells it); another row joins an earlier one that `merge_margin` accepts
    (same-article bar). A row that sets its event apart from what was told ("a previous strike",
    "another attack") joins no earlier row that lacks the word. A row of `casualties` told with no one
    who killed ("Three employees were reportedly killed.") right after an act of a `toll_of` category
    is that act's toll, unless the toll has a date of its own that is not the act's; with no date of
    its own it is the toll of the article's one such act, however far after it; an act dated only by
    publication takes the span of the toll told right after it. An act of a `toll_of` category with no
    day of its own, told with the word of an earlier act of its kind, type, status and doers, in
    another sentence that neither adds, counts nor sets apart, tells that act again (wire stories
    retell one act through several sources). With the
    paragraph each row was told in (`paragraphs`), an act told after a summary of its paragraph by
    some of the summary's doers joins it (`details_summary`). A retold row joins no row of its
    category by its dates alone when the two name different doers (`serves`: the state each official
    or force named serves)."""
    out: list[Event] = []
    told_in: list[int] = []      # the paragraph each row of `out` was first told in
    words: list[set[str]] = []   # the event words each row of `out` was told with
    last = -1                    # the row the previous report went to
    for n, (event, retold, word) in enumerate(rows):
        paragraph = paragraphs[n] if paragraphs is not None else None
        target = None
        apart = _contrast(event)
        open_rows = [i for i in range(len(out)) if not apart or apart <= _contrast(out[i])]
        toll_alone = event.category == casualties and not event.source_actors
        if toll_alone and last in open_rows and out[last].category in toll_of and (
                (out[last].date, out[last].date_end) == (event.date, event.date_end) or event.date_basis != "explicit"
                or (out[last].date_basis == "publication" and event.date <= out[last].date <= event.date_end)):
            # (an act dated by nothing but publication takes the span its toll is counted over: "Israel is
            # continuing its attacks. Hospitals received 13 bodies over the past day.")
            target = last
        elif toll_alone and not apart and event.date_basis != "explicit" \
                and len(acts := [i for i in open_rows if out[i].category in toll_of]) == 1 and _dates_meet(out[acts[0]], event):
            # "Local sources said five government soldiers were killed": a toll with no one who killed and
            # no day of its own, in an article that told one act that kills, is that act's toll, as told by
            # another source (the article's one act of its dates)
            target = acts[0]
        elif retold:
            # the last row told with the same word ("the Indian strikes" retells "struck", not the
            # massacre told after it), else the last of its category; an act told as done retells no act
            # told as possible ("confirmed the raid" after "ahead of possible strikes")
            open_rows = [i for i in open_rows if not done_and_possible(out[i].status, event.status)]
            target = next((i for i in reversed(open_rows) if any(same_word(word, w) for w in words[i])
                           and _dates_meet(out[i], event)), None)
            # (by its category alone it joins no act its own sentence told apart: "a meeting on Wednesday
            # 10 September ... following Poland's request for consultations")
            # (a row first told elsewhere that this sentence already retold is still another act's row: "An
            # explosion killed 11 Tuesday. ¶ Witnesses said a suicide bomber walked into a teashop and detonated ...")
            open_rows = [i for i in open_rows if _another_sentence(out[i], event) or (
                event.category in toll_of and _first_told_elsewhere(out[i], event))]
            if target is None and event.date_basis != "publication":
                # the last of its category on its very dates ("Monday's reported attack"), else whose dates meet its own
                target = next((i for i in reversed(open_rows) if out[i].category == event.category
                               and (out[i].date, out[i].date_end) == (event.date, event.date_end)), None)
            if target is None:
                # (not an act of other doers: "The U.S. struck again after Thursday's attack by ISIS-K")
                target = next((i for i in reversed(open_rows)
                               if out[i].category == event.category and _dates_meet(out[i], event)
                               and not _other_doers(out[i], event, serves or {})), None)
        else:
            found = best_match([out[i] for i in open_rows], event)
            target = None if found is None else open_rows[found]
            if target is None and last in open_rows and elaborates(out[last], event, toll_of):
                target = last
            if target is None:
                target = next((i for i in reversed(open_rows) if same_toll_told(out[i], event, toll_of)), None)
            if target is None and last in open_rows and answers_fire(out[last], event, toll_of):
                target = last
            if target is None and last in open_rows and details_without_doer(out[last], event, toll_of):
                target = last
            if target is None:
                acts = [i for i in open_rows if doers_one_act(out[i], event, toll_of, serves or {})]
                if len(acts) == 1:
                    target = acts[0]
            if target is None and event.date_basis == "publication" and event.category in toll_of:
                # "The U.S. military carried out strikes late Monday ... ¶ U.S. Central Command reported
                # strikes targeting two missiles": a row with no day of its own, told with the word of an
                # earlier act of its kind and doers, tells that act again (not one of another place: "Near
                # Palmyra, five strikes destroyed ..." and "Near Mosul, three strikes destroyed ...", items of a
                # round-up, are two strikes)
                target = next((i for i in reversed(open_rows) if out[i].category == event.category
                               and any(same_word(word, w) for w in words[i]) and out[i].date_end <= event.date_end
                               and out[i].status == event.status and _another_sentence(out[i], event)
                               and _told_on(event) and not _ordinals(event) and not _other_doers(out[i], event, serves or {})
                               and (not event.event_type or out[i].event_type == event.event_type)
                               and not _round_up_items(out[i], event)), None)
            if target is None and paragraph is not None:
                target = next((i for i in reversed(open_rows) if told_in[i] == paragraph
                               and details_summary(out[i], event, toll_of)), None)
        if target is not None and not retold and _timed_apart(out[target], event):
            target = None   # "At approximately 11:20 a.m. ..." after "conducting four airstrikes today": an act of its own
        if target is None and retold and event.category in RETOLD_ONLY and not event.source_actors:
            # "The announcement comes after Trump met Netanyahu": a saying named again, by no one, whose
            # first telling was a row of another kind (the contract announced): it tells nothing new
            continue
        if target is None:
            out.append(event)
            words.append({word})
            told_in.append(paragraph)
            last = len(out) - 1
        else:
            out[target] = merge(out[target], event)
            words[target].add(word)
            last = target
    return out


SEVERAL_ACTS = lang.contexts("contexts.tsv", lists=("words.tsv",))["several_acts"]


def _timed_apart(a: Event, b: Event) -> bool:
    """Two rows of one article that cannot be one act by their times of day: each told at its own time
    ("At approximately 11:20 a.m. ..." and "At approximately 11:40 a.m. ..."), or one told at its time and the
    other a count of several acts with none ("conducting four airstrikes near Sinjar today"), which it is one
    of. An act told again with the time it began ("The attack began at about 2 a.m.") has no such count."""
    ca, cb = _clocks(a), _clocks(b)
    if ca and cb:
        return not ca & cb
    if ca or cb:
        untimed = b if ca else a
        return any(SEVERAL_ACTS.search(s.sentence) for s in untimed.sources)
    return False


def _clocks(event: Event) -> frozenset[str]:
    """The times of day (TIMEX3 values, "2014-08-09T11:40") the date phrases of the row's reports give."""
    return frozenset(v for s in event.sources if s.date_text for v in _clock_values(s.date_text, s.published))


@functools.lru_cache(maxsize=4096)
def _clock_values(text: str, published: dt.date) -> tuple[str, ...]:
    return tuple(t.value for t in tag_times(text, published) if clock_time(t.value))


def says_further(row: Event, event: Event) -> bool:
    """Whether `event`, a plain saying told right after `row`, goes on with the reaction `row` told
    of the same speaker ("U.S. President Barack Obama called the test 'highly provocative.' He said in
    a statement it undermines regional stability."): all its speakers are the row's, on the row's day
    or on no day of its own, in another sentence. A saying that does something (a demand, a threat, a
    denial) is an event of its own."""
    return event.category in FURTHER_SAYING and event.event_type == "STATEMENT" and row.category in REACTING \
        and bool(event.source_actors) and set(event.source_actors) <= set(row.source_actors) \
        and (event.date_basis != "explicit" or (row.date, row.date_end) == (event.date, event.date_end)) \
        and row.status == event.status and _another_sentence(row, event)


def _other_doers(row: Event, event: Event, serves: dict[str, str]) -> bool:
    """Both rows name who acts, and no one in common, an official or a force counting as the state it
    serves ("President Trump ordered the attack" after "the United States struck")."""
    if not (row.source_actors and event.source_actors):
        return False
    a = {serves.get(n) or n for n in row.source_actors}
    b = {serves.get(n) or n for n in event.source_actors}
    return not (a & b or set(row.source_actors) & set(event.source_actors))


def _same_doers_act(row: Event, event: Event, kinds: frozenset) -> bool:
    """Both rows an act of one `kinds` category, by the same doers (named)."""
    return event.category in kinds and row.category == event.category and bool(event.source_actors) \
        and set(row.source_actors) == set(event.source_actors)


def _another_sentence(row: Event, event: Event) -> bool:
    """`event` told in a sentence `row` does not hold: two acts of one sentence are two acts."""
    return bool(event.sources) and not {s.sentence for s in row.sources} & {s.sentence for s in event.sources}


ATTACK_TYPES = frozenset({"ASSAULT", "FIGHT"})   # PLOVER: an attack, and the fighting it is told as (where no
# place is named, the country an attack hit is its place: rows.where)


def _alike_types(a: str, b: str) -> bool:
    """The same PLOVER type, or an attack and fighting ("Islamic State militants attacked Peshmerga forces" and
    "Fierce fighting erupted between Islamic State militants and Kurdish Peshmerga forces" may tell one act)."""
    return a == b or (a in ATTACK_TYPES and b in ATTACK_TYPES)


def _first_told_elsewhere(row: Event, event: Event) -> bool:
    """`row` first told in a sentence other than `event`'s (which may have retold it since)."""
    return bool(event.sources) and bool(row.sources) and row.sources[0].sentence not in {s.sentence for s in event.sources}


def _told_on(event: Event) -> bool:
    """A telling that neither sets its act apart ("a separate attack") nor adds to it ("also bombed")."""
    words = set(re.findall(r"[a-z]+", event.summary.lower()))
    return not _contrast(event) and not words & ADDING_WORDS


def elaborates(row: Event, event: Event, kinds: frozenset) -> bool:
    """Whether `event`, told right after `row`, tells the same act again with more detail ("At least
    68 migrants have been killed in a U.S. airstrike in Yemen. Houthi media report the U.S. bombed a
    detention center in Saada."): a physical act of a `kinds` category, of the same PLOVER type and
    mode, by the same doers, on the same day or with no day of its own, in a later sentence that
    neither sets it apart ("a separate attack") nor adds to it ("also bombed")."""
    if not _same_doers_act(row, event, kinds) or not event.event_mode \
            or (row.event_type, row.event_mode) != (event.event_type, event.event_mode):
        return False
    if event.date_basis != "publication" and (row.date, row.date_end) != (event.date, event.date_end):
        return False
    if _opening_places(row) and _opening_places(event) - _opening_places(row):
        return False   # "In Baghdad, ... detained the leader ... In Balad, ... detained three suspects": two items
    return _another_sentence(row, event) and _told_on(event)


def _told_again_within(row: Event, event: Event, kinds: frozenset, roughly_placed: bool = False) -> bool:
    """What `details_without_doer` and `doers_one_act` both ask: `event` a physical act of a `kinds`
    category and `row`'s PLOVER type and status, with no day of its own and within `row`'s days, no
    other place (named, or opening its sentence; with `roughly_placed`, a region or the country of `row`'s
    place is no other place), in another sentence that neither sets it apart nor adds to it."""
    if event.category not in kinds or row.category != event.category or not _alike_types(row.event_type, event.event_type) \
            or row.status != event.status:
        return False
    if event.date_basis != "publication" or not row.date <= event.date_end <= row.date_end:
        # (an act carried on the story's day may be the next of a round-up; one going on as the story
        # is told, after the act's days, is another: "soldiers are raiding houses in the town")
        return False
    if (event.location and event.location != row.location and not (roughly_placed and _vaguer_place(event, row))) \
            or _opening_places(event) - _opening_places(row):
        return False   # ("In Balad, ... detained three suspects": a round-up's item at a place of its own)
    return _another_sentence(row, event) and _told_on(event)


def _vaguer_place(event: Event, row: Event) -> bool:
    """`event` placed only roughly (a region or the country) in the country of `row`'s more precise place
    ("attacked militants in Benghazi ... ¶ 13 people were killed ... in fierce fighting in eastern Libya")."""
    return bool(row.location and row.country) and event.country == row.country \
        and (event.geo_precision or 0) > (row.geo_precision or 0)


def details_without_doer(row: Event, event: Event, kinds: frozenset) -> bool:
    """Whether `event`, told right after `row`, tells what `row`'s act did, by a source that names no
    doer ("a Russian drone attack overnight killed at least four people in Kharkiv. Kharkiv Mayor Igor
    Terekhov said drones hit several residential buildings."): an act `_told_again_within` `row`'s,
    done, with no doer."""
    return not event.source_actors and row.status == "occurred" and _told_again_within(row, event, kinds, True)


def doers_one_act(row: Event, event: Event, kinds: frozenset, serves: dict[str, str]) -> bool:
    """Whether `event` may be `row`'s act told again by another source ("Ukrainian officials said
    Russian attacks killed at least seven people Thursday in Kharkiv. ... The regional governor said
    on Telegram that Russia struck the area at least 15 times."): an act `_told_again_within` `row`'s,
    of its PLOVER mode too, by `row`'s doers, with no toll or count of its own ("an Israeli drone
    strike killed several children" is another act). The caller joins it only when the article told
    one such act."""
    return row.event_mode == event.event_mode and bool(row.source_actors and event.source_actors) \
        and not _other_doers(row, event, serves) and event.fatalities is None and event.injured is None \
        and not _ordinals(event) and _told_again_within(row, event, kinds)


def details_summary(row: Event, event: Event, kinds: frozenset) -> bool:
    """Whether `event` tells one of the acts an earlier row of its paragraph summed up as done in
    several operations ("Coalition and Afghan forces killed enemy fighters during operations yesterday
    in Afghanistan. In Ghazni province's Giro district, coalition forces killed several enemy fighters
    ..."): a physical act of a `kinds` category, of the same PLOVER type and mode, by some of the
    summary's doers, on its day or with no day of its own, where the summary names no place finer
    than a country, in a later sentence that neither sets it apart nor adds to it."""
    if event.category not in kinds or row.category != event.category \
            or (row.event_type, row.event_mode) != (event.event_type, event.event_mode):
        return False
    if not any(SEVERAL_OPERATIONS.search(s.sentence) for s in row.sources):
        return False
    if not event.source_actors or not set(event.source_actors) <= set(row.source_actors):
        return False
    if row.location and row.location != event.location and row.geo_precision != 3:
        return False
    if event.date_basis == "explicit" and (row.date, row.date_end) != (event.date, event.date_end):
        return False
    return _dates_meet(row, event) and _another_sentence(row, event) and _told_on(event)


SAME_TOLL_AT_LEAST = 2
FIRE_RETURNED = lang.contexts("contexts.tsv", lists=("words.tsv",))["fire_returned"]
SEVERAL_OPERATIONS = lang.contexts("contexts.tsv", lists=("words.tsv",))["several_operations"]


def answers_fire(row: Event, event: Event, kinds: frozenset) -> bool:
    """Whether `event`, told right after an act of force, is the fire that answered it in the same
    fight ("The coalition unit received small-arms fire from a group of extremists. The coalition force
    returned fire, killing five insurgents."): one engagement, whose toll the answer states."""
    if event.category not in kinds or row.category not in kinds or not _dates_meet(row, event):
        return False
    return _another_sentence(row, event) and any(FIRE_RETURNED.search(s.sentence) for s in event.sources) \
        and not _contrast(event)


def same_toll_told(row: Event, event: Event, kinds: frozenset) -> bool:
    """Whether `event` tells again the act of an earlier row of its article by its toll: the same
    doers, category and type, the same number killed, dates that meet, in another sentence that does
    not set it apart ("Coalition forces killed three extremists today following a failed ambush. ...
    Intelligence sources confirmed the location of the compound, and coalition forces killed three
    enemy fighters with artillery fire")."""
    if not _same_doers_act(row, event, kinds) or not _alike_types(row.event_type, event.event_type):
        return False
    if event.fatalities is None or event.fatalities < SAME_TOLL_AT_LEAST or event.fatalities != row.fatalities:
        return False   # (one person killed twice over is more often two killings than one told twice)
    return _dates_meet(row, event) and _another_sentence(row, event) and _told_on(event)


def same_word(a: str, b: str) -> bool:
    """One event word, told as a verb or a noun ("bomb"/"bombing", "seize"/"seizure", "strike")."""
    return a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])


PUBLICATION_REACH = dt.timedelta(days=7)   # how far back a row dated only by publication may have happened


def _dates_meet(row: Event, event: Event) -> bool:
    """Overlapping dates, or a date known only from publication, which meets any date of the week
    before it or later ("Israel's total blockade of Gaza, which took effect on March 2" is no
    retelling of an act told undated in a story of March 20)."""
    if row.date <= event.date_end and event.date <= row.date_end:
        return True
    for undated, other in ((row, event), (event, row)):
        if undated.date_basis == "publication" and other.date_end >= undated.date - PUBLICATION_REACH:
            return True
    return False


def best_match(rows: Iterable[Event], event: Event) -> int | None:
    """The position among `rows` of the row `event` joins: the one whose merge margin is highest
    and not negative (the first of equals), None when it joins none."""
    best, best_margin = None, -1.0
    for index, row in enumerate(rows):
        if row.date <= event.date_end and event.date <= row.date_end:
            margin = merge_margin(row, event)
            if margin is not None and margin >= 0 and margin > best_margin:
                best, best_margin = index, margin
    return best


def canonical_key(e: Event) -> tuple:
    """The order reports are folded in: earliest report first, then date and id (never the order
    they arrived in)."""
    return (_earliest_key(e), e.date, e.date_end, e.event_id)


class Groups:
    """Union-find over row ids (any ints, met as they come): which rows are known to tell one event.
    A root is always the lowest id of its group."""

    def __init__(self):
        self.parent: dict[int, int] = {}

    def root(self, i: int) -> int:
        parent = self.parent
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.root(i), self.root(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def members(self) -> list[list[int]]:
        """The groups of two ids or more met so far, each sorted, in order of their lowest id."""
        by_root: dict[int, list[int]] = {}
        for i in list(self.parent):
            by_root.setdefault(self.root(i), []).append(i)
        return sorted(sorted(m) for m in by_root.values() if len(m) > 1)


def _inside(a: Event, b: Event) -> bool:
    """Whether `b`'s dates lie inside `a`'s and are not the very same."""
    return a.date <= b.date and b.date_end <= a.date_end and (a.date, a.date_end) != (b.date, b.date_end)


def group_links(events: list[Event], batches: Sequence[str | None] | None = None) -> Iterator[tuple]:
    """What `clusters` joins on, found without comparing every pair (only rows of one category
    whose dates overlap can be one event):

    - ("same", i, j): two rows of the very same dates that report one event (`same_event`), as a
      spanning forest built from the best evidence down (`merge_margin`), where a row of one article
      never chains two rows another article kept apart;
    - ("in", wide, narrow, margin): a row whose dates lie inside the wider dates of another (both
      spanning at most LONG_SPAN_DAYS) and that reports its event, with the `merge_margin`.

    Rows that merely overlap ("the past week" and "this month", a week apart) are never joined: they
    could be two events, and joining them chains a month of strikes into one row. Two rows of one
    batch (`batches[i]`, not None: rows merged already, loaded from one dataset) are never linked."""

    def apart(i: int, j: int) -> bool:
        return batches is not None and batches[i] is not None and batches[i] == batches[j]

    by_category: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_category.setdefault(e.category, []).append(i)
    for members in by_category.values():
        spans: dict[tuple, list[int]] = {}
        for i in members:
            spans.setdefault((events[i].date, events[i].date_end), []).append(i)
        for group in spans.values():
            if len(group) < 2:
                continue
            group = sorted(group, key=lambda i: canonical_key(events[i]))   # the set of rows decides, not their order
            pairs = []
            for x in range(len(group)):
                for y in range(x + 1, len(group)):
                    if not apart(group[x], group[y]):
                        margin = merge_margin(events[group[x]], events[group[y]])
                        if margin is not None and margin >= 0:
                            pairs.append((-margin, x, y))
            pairs.sort()   # the best evidence first
            joined = Groups()
            held = [_reports_by_article([report_keys(events[i])]) for i in group]   # by root: its articles' reports
            for _m, x, y in pairs:
                rx, ry = joined.root(x), joined.root(y)
                if rx == ry:
                    continue
                if _kept_apart(held[rx], held[ry]) and events[group[x]].article_id != events[group[y]].article_id:
                    # another article's row told like two rows one article kept apart ("Israel struck the
                    # Quds Force command centre" beside "Israel bombed state TV" and "Israel assassinated
                    # Shadmani", all of one day) joins the one it reports best, never chains them
                    continue
                joined.join(x, y)
                merged: dict[str, set[str]] = {}
                for part in (held[rx], held[ry]):
                    for article, reports in part.items():
                        merged.setdefault(article, set()).update(reports)
                held[joined.root(x)] = merged
                yield "same", group[x], group[y]
        short = [i for i in members if (events[i].date_end - events[i].date).days <= LONG_SPAN_DAYS]
        short.sort(key=lambda i: (events[i].date, events[i].date_end))
        for x, i in enumerate(short):
            a = events[i]
            for j in short[x + 1:]:
                b = events[j]
                if b.date > a.date_end:
                    break
                if _inside(a, b):
                    wide, narrow = i, j
                elif _inside(b, a):
                    wide, narrow = j, i
                else:
                    continue
                if apart(i, j):
                    continue
                margin = merge_margin(events[wide], events[narrow])
                if margin is not None and margin >= 0:
                    yield "in", wide, narrow, margin


def _reports_by_article(reports: Iterable[Iterable[tuple[str, str]]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for pairs in reports:
        for article, report in pairs:
            out.setdefault(article, set()).add(report)
    return out


def _kept_apart(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether two groups hold different rows of one article (no report in common for it): the
    article kept them apart when it was read. The same report met again (a stored row and a new
    telling of it) is no reason."""
    return any(not a[x] & b[x] for x in a.keys() & b.keys())


def report_keys(e: Event) -> frozenset[tuple[str, str]]:
    """(article, report) of each report a row holds: which article told it, and which of its rows."""
    return frozenset((s.article_id, s.report_id or e.event_id) for s in e.sources) or frozenset({(e.article_id, e.event_id)})


def nest_groups(links: Iterable[tuple], key: Callable[[int], tuple],
                articles: Callable[[int], Iterable[tuple[str, str]]] | None = None) -> list[list[int]]:
    """The groups of rows (named by int ids) that report one real-world event, from the
    links of `group_links` (`key`: the canonical key of a row, for ties).

    Rows of the very same dates joined by "same" links are one *core*. A core whose dates are wider
    than a day's (a week, "this month") joins the one core of narrower dates inside them that it
    reports best (the highest margin of any two of their rows; of equals, the one whose linked row
    has the lowest key), never two: so every row of a group contains the dates of its narrowest core,
    and "strikes this month" cannot chain the strike of the 2nd to the strike of the 9th. Given the
    `articles` of each row (its (article, report) pairs, `report_keys`), a wide core never joins a
    core holding another row of one of its articles (that article kept the two apart when it was
    read), and two wide cores of one article that choose the same core both stay out. Groups of two rows or more, each sorted; they depend only on the links,
    never on their order."""
    groups = Groups()
    inside = []
    for link in links:
        if link[0] == "same":
            groups.join(link[1], link[2])
        else:
            inside.append(link)
    held: dict[int, dict] = {}   # root -> for each article its rows come from, the reports of it
    if articles is not None:
        for _kind, wide, narrow, *_rest in inside:
            for i in (wide, narrow):
                held.setdefault(groups.root(i), {})
        for members in groups.members():
            held[members[0]] = _reports_by_article(articles(i) for i in members)
        for r in held:
            if not held[r]:
                held[r] = _reports_by_article([articles(r)])
    best: dict = {}
    for _kind, wide, narrow, margin in inside:
        w, t = groups.root(wide), groups.root(narrow)
        if articles is not None and _kept_apart(held[w], held[t]):
            continue   # a core holding another row of the wide row's article: that article kept them apart
        rank = (-margin, key(narrow))
        if w not in best or rank < best[w][0]:
            best[w] = (rank, t)
    if articles is not None:
        # two wide cores of one article choosing the same narrow core: neither joins it (which one
        # would is a matter of order, and the groups must not depend on it)
        choosers: dict[int, list[int]] = {}
        for w, (_rank, t) in best.items():
            choosers.setdefault(t, []).append(w)
        for ws in choosers.values():
            clash = {w for w in ws for v in ws if v != w and _kept_apart(held[w], held[v])}
            for w in clash:
                del best[w]
    for w, (_rank, t) in best.items():
        groups.join(w, t)
    return groups.members()


def clusters(events: list[Event], batches: Sequence[str | None] | None = None) -> list[list[int]]:
    """The groups of `events` that report one real-world event (`nest_groups` over `group_links`;
    `batches`: see `group_links`), every row in exactly one group. They depend only on the set of
    rows, never on their order."""
    grouped = nest_groups(group_links(events, batches), key=lambda i: canonical_key(events[i]),
                          articles=lambda i: report_keys(events[i]))
    seen = {i for g in grouped for i in g}
    return grouped + [[i] for i in range(len(events)) if i not in seen]


def fold(reports: Iterable[Event]) -> Event:
    """One row from the reports of one event, folded in canonical order: the row `merge` gives
    merging them one after the other, computed in one pass (`_fold_many`) so that a group of n
    reports costs about n, not n² (the sources are sorted once, the merge note is joined once)."""
    ordered = sorted(reports, key=canonical_key)
    if len(ordered) < 3 or not all(e.sources for e in ordered):
        row = ordered[0]
        for other in ordered[1:]:
            row = merge(row, other)
        return row
    return _fold_many(ordered)


def _fold_many(ordered: list[Event]) -> Event:
    """`merge` applied along `ordered` (canonical order, every report with sources), field by field.
    In canonical order the row built so far always has the earliest source, so it is `merge`'s
    `first` at every step and wins its ties."""
    acc = ordered[0]
    first_key = _earliest_key(acc)
    ids = _article_ids(acc)
    sources: list[Source] = list(acc.sources)
    parts: list[str] = [acc.merge_note] if acc.merge_note else []

    def note_equals(text: str) -> bool:   # " | ".join(parts) == text, without joining every time
        if not parts or len(text) != sum(map(len, parts)) + 3 * (len(parts) - 1):
            return False
        return " | ".join(parts) == text

    for other in ordered[1:]:
        why = _joined_because(acc, other, ids)
        kept: list[str] = []
        if other.merge_note and not note_equals(other.merge_note):
            kept.append(other.merge_note)
        if why != other.merge_note and not note_equals(why):
            kept.append(why)
        parts.extend(kept)
        other_key = _earliest_key(other)
        precise = other if _date_rank(other, other_key) < _date_rank(acc, first_key) else acc
        placed = other if _place_rank(other, other_key) < _place_rank(acc, first_key) else acc
        acc = replace(acc, **_combined(acc, other, precise, placed))
        ids |= _article_ids(other)
        sources.extend(other.sources)
    unique = _unique_sources(sources)
    return replace(acc, sources=unique, sources_count=len({src.article_id for src in unique}),
                   merge_note=" | ".join(parts))


def merge_all(events: Iterable[Event]) -> list[Event]:
    """One row per real-world event: every group of rows that report it (`clusters`) folded into
    one (`fold`); sorted by date. The result depends on the rows, not on the order given."""
    items = list(events)
    merged = [fold(items[i] for i in group) for group in clusters(items)]
    return sorted(merged, key=lambda e: (e.date, e.date_end, e.published, e.event_id))

"""Score the event layer against hand-annotated real news (tests/gold/real-dev, or any folder in
its format): the measures of issue 11, one `name=value` line each.

    python bench/events_score.py [tests/gold/real-dev] [-v]

The extractor runs as `python -m timeline extract` does (all articles of the folder together, so
that one event told by several articles can be merged). The table's rows are then read per article:
a row whose sources include sentences of an article is a row of that article (counted once even if
it holds several of its sentences).

How a row is matched to a gold event of its article: one of the row's sentences of that article
contains the gold event's `sentence` or one of its `also_told_in` (whitespace folded). Each gold
event is matched to at most one row and each row to at most one gold event, preferring pairs of the
same category, then of overlapping dates, then of the same PLOVER type (two rows of one sentence,
"attacked Venezuela and abducted its president", go to the gold events of their own type). Measures:

- event_recall: gold events matched by a row whose date interval overlaps the gold interval (an
  undated past event, given only its latest day, meets a row that starts by then; an event given no
  dates at all meets any row);
- row_precision: rows matched to a gold event, each gold event counted once (rows that repeat an
  event already matched, and rows of no gold event, count against);
- duplicate_rows: rows whose sentences belong to a gold event another row of the article already
  matched (the "same event twice" rows), as a share of all rows (`duplicate_rows_n` the count);
- date_exact: matched events whose (date, date_end) equal the gold's (gold events without a date skipped);
- actor_precision / actor_recall: the row's actors (source and target) against the gold's, names
  compared case- and accent-folded, a one-word name matching a full name ending with it;
- source_role_accuracy: matched events whose gold source actors are all among the row's source actors;
- category_agreement, event_type_agreement: the row's category / PLOVER type equals the gold's;
- status_planned_speculative: matched gold events that are planned or speculative with that status;
- location_agreement / country_agreement: the row names the gold location (folded, either contains
  the other) / country, over matched events whose gold gives one (-v lists PLACE / COUNTRY misses);
- fatalities_exact: the row's fatalities equal the gold's, over matched events whose gold states them;
- merge_pair_recall: pairs of gold events of one `same_as` group (different articles) that sit in
  one row; wrong_merges: pairs of gold events in one row that are not the same event.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.actors import canonicalise  # noqa: E402
from timeline.events import extract, merge_margin  # noqa: E402
from timeline.events.merge import merge_evidence  # noqa: E402
from timeline.io.articles import load_paths  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "gold" / "real-dev"


def fold(text: str) -> str:
    """Case, accents and the periods of abbreviations folded away ("Washington, D.C." = "Washington, DC")."""
    decomposed = unicodedata.normalize("NFKD", text or "").replace(".", "")
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def same_name(a: str, b: str) -> bool:
    """The same actor: equal when folded, one the other's surname, or one name in the alias table's
    spellings ("Volodymyr Zelenskyy" in a gold file, "Volodymyr Zelensky" in a row)."""
    if fold(canonicalise(a) or a) == fold(canonicalise(b) or b):
        return True
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short, full = (a, b) if len(a.split()) < len(b.split()) else (b, a)
    return len(short.split()) == 1 and full.split()[-1] == short


def _day(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Gold:
    article: str
    id: str
    record: dict
    sentences: list[str]
    start: dt.date | None
    end: dt.date | None


@dataclass
class Tally:
    counts: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, name: str, value: int = 1) -> None:
        self.counts[name] += value

    def ratio(self, num: str, den: str) -> float:
        return self.counts[num] / self.counts[den] if self.counts[den] else 0.0


def load_gold(folder: Path) -> dict[str, list[Gold]]:
    out: dict[str, list[Gold]] = {}
    for path in sorted(folder.glob("*.gold.json")):
        article = path.name[:-len(".gold.json")]
        out[article] = [Gold(article, e["id"], e, [fold(s) for s in [e["sentence"], *e.get("also_told_in", [])]],
                             _day(e.get("date")), _day(e.get("date_end")))
                        for e in json.loads(path.read_text(encoding="utf-8"))]
    return out


def overlaps(row, gold: Gold) -> bool:
    """The row's dates meet the gold's. The protocol gives an undated past event only its latest day
    ("date": "", "date_end": the publication or anchoring day): any time up to that day, so a row
    starting by then meets it; a planned act told with no time has no dates at all: any row meets it."""
    if gold.start is None and gold.end is None:
        return True
    if gold.start is None:
        return row.date <= gold.end
    return row.date <= gold.end and gold.start <= row.date_end


def score(folder: Path = DEFAULT_SET, verbose: bool = False) -> dict[str, float]:
    gold = load_gold(folder)
    loaded = load_paths(sorted(p for p in folder.glob("*.md") if p.stem.upper() != "README"))
    if loaded.errors:
        raise SystemExit("\n".join(str(e) for e in loaded.errors))
    name_of = {a.id: Path(a.origin).stem for a in loaded.articles}
    table = extract(loaded.articles)
    t = Tally()
    matched_row: dict[str, object] = {}          # gold id -> row matched
    for article, events in gold.items():
        aid = next(i for i, n in name_of.items() if n == article)
        rows = [(r, [fold(s.sentence) for s in r.sources if s.article_id == aid]) for r in table]
        rows = [(r, sents) for r, sents in rows if sents]
        t.add("rows", len(rows))
        t.add("gold", len(events))
        candidates = []
        for gi, g in enumerate(events):
            for ri, (row, sents) in enumerate(rows):
                if any(gs in s for gs in g.sentences for s in sents):
                    # (a gold event with no day of its own takes a row only if no dated one of the sentence wants it)
                    candidates.append(((row.category != g.record["category"], not overlaps(row, g),
                                        row.event_type != g.record.get("event_type"), g.start is None, ri, gi),
                                       gi, ri))
        used_g, used_r, pairs = set(), set(), {}
        for _key, gi, ri in sorted(candidates):
            if gi not in used_g and ri not in used_r:
                used_g.add(gi), used_r.add(ri)
                pairs[gi] = ri
        told = {ri for _key, gi, ri in candidates}     # rows telling some gold event
        t.add("rows_matched", len(pairs))
        t.add("duplicate_rows_n", len(told - used_r))
        for gi, g in enumerate(events):
            ri = pairs.get(gi)
            rec = g.record
            if ri is None:
                if verbose:
                    print(f"MISSED  {g.id} [{rec['category']}] {rec['sentence'][:90]}")
                continue
            row = rows[ri][0]
            matched_row[g.id] = row
            if overlaps(row, g):
                t.add("found")
            elif verbose:
                print(f"DATE    {g.id} gold {rec.get('date')}..{rec.get('date_end')} got {row.date}..{row.date_end} "
                      f"({row.date_text!r}) {rec['sentence'][:70]}")
            if g.start is not None:
                t.add("dated")
                t.add("date_exact", (row.date, row.date_end) == (g.start, g.end))
                if verbose and (row.date, row.date_end) != (g.start, g.end) and overlaps(row, g):
                    print(f"INEXACT {g.id} gold {g.start}..{g.end} got {row.date}..{row.date_end} "
                          f"({row.date_basis}, {row.date_text!r}) {rec['sentence'][:70]}")
            gold_actors = list(dict.fromkeys(rec.get("source_actors", []) + rec.get("target_actors", [])))
            got = list(row.actors)
            t.add("actor_tp_p", sum(any(same_name(a, b) for b in gold_actors) for a in got))
            t.add("actor_pred", len(got))
            t.add("actor_tp_r", sum(any(same_name(a, b) for b in got) for a in gold_actors))
            t.add("actor_gold", len(gold_actors))
            if verbose:
                extra = [a for a in got if not any(same_name(a, b) for b in gold_actors)]
                lost = [a for a in gold_actors if not any(same_name(a, b) for b in got)]
                if extra or lost:
                    print(f"ACTORS  {g.id} extra {extra} missing {lost}")
            sources = getattr(row, "source_actors", ())
            if rec.get("source_actors"):
                t.add("with_source")
                right = all(any(same_name(a, b) for b in sources) for a in rec["source_actors"])
                t.add("source_ok", right)
                if verbose and not right:
                    print(f"SOURCE  {g.id} gold {rec['source_actors']} got {list(sources)}: {rec['sentence'][:70]}")
            t.add("category_ok", row.category == rec["category"])
            t.add("type_ok", getattr(row, "event_type", "") == rec.get("event_type"))
            if verbose and row.category != rec["category"]:
                print(f"CAT     {g.id} gold {rec['category']} got {row.category}: {rec['sentence'][:80]}")
            if verbose and getattr(row, "event_type", "") != rec.get("event_type"):
                print(f"TYPE    {g.id} gold {rec.get('event_type')} got {getattr(row, 'event_type', '')}: {rec['sentence'][:80]}")
            if rec["status"] in ("planned", "speculative"):
                t.add("modal")
                t.add("modal_ok", row.status == rec["status"])
                if verbose and row.status != rec["status"]:
                    print(f"STATUS  {g.id} gold {rec['status']} got {row.status}: {rec['sentence'][:80]}")
            if rec.get("location"):
                t.add("with_location")
                loc = fold(getattr(row, "location", ""))
                placed = bool(loc) and (loc in fold(rec["location"]) or fold(rec["location"]) in loc)
                t.add("location_ok", placed)
                if verbose and not placed:
                    print(f"PLACE   {g.id} gold {rec['location']!r} got {getattr(row, 'location', '')!r}: {rec['sentence'][:70]}")
            if rec.get("country"):
                t.add("with_country")
                same = same_name(getattr(row, "country", "") or "", rec["country"])
                t.add("country_ok", same)
                if verbose and not same:
                    print(f"COUNTRY {g.id} gold {rec['country']!r} got {getattr(row, 'country', '')!r}: {rec['sentence'][:70]}")
            if rec.get("fatalities") is not None:
                t.add("with_fatalities")
                t.add("fatalities_ok", getattr(row, "fatalities", None) == rec["fatalities"])
                if verbose and getattr(row, "fatalities", None) != rec["fatalities"]:
                    print(f"TOLL    {g.id} gold {rec['fatalities']} got {getattr(row, 'fatalities', None)}: "
                          f"{rec['sentence'][:80]}")
        if verbose:
            for ri, (row, sents) in enumerate(rows):
                if ri not in used_r:
                    kind = "DUP" if ri in told else "EXTRA"
                    print(f"{kind:7} {article} [{row.category}] {row.summary[:100]}")
    # merging across articles
    groups: dict[str, list[str]] = defaultdict(list)
    every = {g.id: g for events in gold.values() for g in events}
    for g in every.values():
        if g.record.get("same_as"):
            groups[g.record["same_as"]].append(g.id)
    for ids in groups.values():
        for a, b in combinations(ids, 2):
            if every[a].article == every[b].article:
                continue
            t.add("merge_pairs")
            joined = a in matched_row and b in matched_row and matched_row[a] is matched_row[b]
            t.add("merge_pairs_joined", joined)
            if verbose and not joined:
                ra, rb = matched_row.get(a), matched_row.get(b)
                def show(r):
                    return "not found" if r is None else (f"{r.category}/{r.event_type} {r.date}..{r.date_end} "
                                                          f"{list(r.actors)} {r.summary[:60]!r}")
                print(f"UNMERGED {a} ~ {b}\n    {show(ra)}\n    {show(rb)}")
                if ra is not None and rb is not None:
                    margin = merge_margin(ra, rb)
                    why = ", ".join(w for w, _ in merge_evidence(ra, rb))
                    print(f"    margin {'blocked' if margin is None else f'{margin:+.2f}'}: {why}; "
                          f"src {list(ra.source_actors)}/{list(rb.source_actors)} tgt {list(ra.target_actors)}/"
                          f"{list(rb.target_actors)} at {ra.location or '-'}/{rb.location or '-'}")
    by_row: dict[int, list[str]] = defaultdict(list)
    for gid, row in matched_row.items():
        by_row[id(row)].append(gid)
    for ids in by_row.values():
        for a, b in combinations(ids, 2):
            ga, gb = every[a].record.get("same_as"), every[b].record.get("same_as")
            if every[a].article != every[b].article and not (ga and ga == gb):
                t.add("wrong_merges")
                if verbose:
                    row = matched_row[a]
                    print(f"WRONG MERGE {a} ~ {b}: {row.category}/{row.event_type} {row.date} {list(row.actors)}\n"
                          f"    {every[a].record['sentence'][:80]!r}\n    {every[b].record['sentence'][:80]!r}")
    return {
        "articles": float(len(gold)), "gold_events": float(t.counts["gold"]), "rows": float(t.counts["rows"]),
        "event_recall": t.ratio("found", "gold"),
        "row_precision": t.ratio("rows_matched", "rows"),
        "duplicate_rows": t.ratio("duplicate_rows_n", "rows"),
        "duplicate_rows_n": float(t.counts["duplicate_rows_n"]),
        "date_exact": t.ratio("date_exact", "dated"),
        "actor_precision": t.ratio("actor_tp_p", "actor_pred"),
        "actor_recall": t.ratio("actor_tp_r", "actor_gold"),
        "source_role_accuracy": t.ratio("source_ok", "with_source"),
        "category_agreement": t.ratio("category_ok", "rows_matched"),
        "event_type_agreement": t.ratio("type_ok", "rows_matched"),
        "status_planned_speculative": t.ratio("modal_ok", "modal"),
        "location_agreement": t.ratio("location_ok", "with_location"),
        "country_agreement": t.ratio("country_ok", "with_country"),
        "fatalities_exact": t.ratio("fatalities_ok", "with_fatalities"),
        "merge_pair_recall": t.ratio("merge_pairs_joined", "merge_pairs"),
        "wrong_merges": float(t.counts["wrong_merges"]),
    }


def main(argv: list[str]) -> int:
    folder = Path(next((a for a in argv if not a.startswith("-")), DEFAULT_SET))
    figures = score(folder, verbose="-v" in argv)
    for name, value in figures.items():
        print(f"{name}={value:.3f}" if not float(value).is_integer() or name.endswith(("_recall", "_precision"))
              else f"{name}={int(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

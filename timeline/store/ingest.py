"""Writing to the store: articles in, their events extracted outside the transaction, then each
article in one transaction with its reports and the rows regrouped around them (grouping.py).

`Ingesting` is the part of `Store` that writes (db.py puts the parts together).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from timeline.nlp import parse_all
from timeline.events import extract_article, pipeline
from timeline.records import Article, Event
from timeline.store.grouping import Grouping
from timeline.store.migrations import ACTOR_SEP, search_text
from timeline.store.query import STORED_COLUMNS
from timeline.table.codec import event_sources


PARSE_BATCH = 8  # articles parsed together by nlp.pipe before their (separate) commits


@dataclass
class IngestReport:
    """What one ingest did. `added`/`duplicates` are article ids; `failed` is (origin, problem)."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    events_added: int = 0
    events_merged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class IngestOutcome:
    """One article's fate in an ingest: status is 'added', 'duplicate' or 'failed' (with the problem)."""

    article: Article
    status: str
    events_added: int = 0
    events_merged: int = 0
    problem: str = ""


Extractor = Callable[[Article], Sequence[Event]]


Progress = Callable[[int, int], object]


def _docs(articles: list[Article]) -> Iterator[object | None]:
    """A spaCy doc per article, in order, parsed lazily (short texts in batches through
    `nlp.pipe`, a long one in pieces: memory holds one batch or one article, not the chunk);
    None for every article from the first parse that fails (extract_article then parses each
    article itself and reports its own error)."""
    docs = parse_all(pipeline(), (a.text for a in articles), batch_size=PARSE_BATCH)
    failed = False
    for _article in articles:
        doc = None
        if not failed:
            try:
                doc = next(docs)
            except Exception:  # noqa: BLE001 - the per-article fallback reports the problem
                failed = True
        yield doc


class Ingesting(Grouping):
    """The writing half of `Store` (db.py): uses its lock, connection and write transactions; its
    rows are regrouped from reports by grouping.py."""

    def ingest(self, articles: Iterable[Article], progress: Progress | None = None, *,
               extract: Extractor | None = None, merge: bool = True) -> IngestReport:
        """Add articles and their events, one transaction per article.

        An article already stored (same id) is reported in `duplicates` and changes nothing.
        Events are extracted with `timeline.events.extract_article` (or `extract`) outside the
        transaction and merged into existing events where `events.same_event` says they are the
        same (unless merge=False). An article whose extraction fails is reported in `failed` and
        not stored. `progress(done, total)` is called after each article.
        """
        items = list(articles)
        report = IngestReport()
        for done, outcome in enumerate(self.ingest_iter(items, extract=extract, merge=merge), start=1):
            if outcome.status == "added":
                report.added.append(outcome.article.id)
                report.events_added += outcome.events_added
                report.events_merged += outcome.events_merged
            elif outcome.status == "duplicate":
                report.duplicates.append(outcome.article.id)
            else:
                report.failed.append((outcome.article.origin or outcome.article.id, outcome.problem))
            if progress is not None:
                progress(done, len(items))
        return report

    def ingest_iter(self, articles: Iterable[Article], *, extract: Extractor | None = None,
                    merge: bool = True) -> Iterator["IngestOutcome"]:
        """`ingest` one article at a time: yields each article's outcome right after its commit.

        With the default extractor, articles are parsed in batches through spaCy's `nlp.pipe`
        (each still committed in its own transaction).
        """
        for article, events in self._extractions(list(articles), extract):
            if events is None:
                yield IngestOutcome(article, "duplicate")
            elif isinstance(events, Exception):
                yield IngestOutcome(article, "failed", problem=f"event extraction failed: {events}")
            else:
                try:
                    yield self._ingest_one(article, events, merge)
                except sqlite3.IntegrityError as exc:
                    yield IngestOutcome(article, "failed", problem=f"not stored: {exc}")

    def _extractions(self, items: list[Article], extract: Extractor | None
                     ) -> Iterator[tuple[Article, list[Event] | Exception | None]]:
        """(article, its events | the exception extraction raised | None for an already stored article)."""
        size = PARSE_BATCH if extract is None else 1
        for start in range(0, len(items), size):
            chunk = items[start:start + size]
            fresh = [a for a in chunk if not self.has_article(a.id)]
            docs = _docs(fresh) if extract is None else iter(())
            for article in chunk:
                if not any(article is a for a in fresh):
                    yield article, None
                    continue
                try:
                    if extract is not None:
                        events: list[Event] | Exception = list(extract(article))
                    else:
                        events = list(extract_article(article, next(docs, None)))
                except Exception as exc:  # one bad article must not stop the others
                    events = exc
                yield article, events

    def _ingest_one(self, article: Article, events: list[Event], merging: bool) -> "IngestOutcome":
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                return IngestOutcome(article, "duplicate")  # stored meanwhile (same batch or another process)
            self._insert_article(conn, article)
            added, merged = self._store_events(conn, events, merging)
            self._reapply_overrides(conn)   # analysts' corrections hold over what the new reports changed
        return IngestOutcome(article, "added", events_added=added, events_merged=merged)

    @staticmethod
    def _insert_article(conn: sqlite3.Connection, article: Article) -> None:
        conn.execute(
            "INSERT INTO articles (id, title, source, published, published_at, url, text, origin, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.title, article.source, article.published.isoformat(),
             article.published_at.isoformat() if article.published_at else None, article.url,
             article.text, article.origin,
             dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))

    def load_extracted(self, articles: Iterable[Article], events: Iterable[Event],
                       progress: Progress | None = None) -> IngestReport:
        """Articles with events already extracted and merged elsewhere (a Parquet dataset's rows:
        `python -m timeline ingest --parquet`), all in one transaction: an error leaves the store
        as it was.

        Each event is filed as a report of its own article (`article_id`, its first source's), and
        the store regroups it as it would that article's reports, except that the rows of one load
        are never joined to each other (they are merged already): a row merged across articles
        stays one row, folded from one report. An article already stored is not stored again; an
        event only stored articles report is left out (the store has their reports), and one that
        new articles report too is filed under the first of them, to be merged with the stored
        reports as a new article's would be. Every article an event cites (its own and its
        sources') must be among `articles` or already stored: a ValueError names the first that is
        not, before anything is written. `progress(done, total)` is called after each article.
        """
        items = list(dict((a.id, a) for a in articles).values())
        events = list(events)
        by_article: dict[str, list[Event]] = {}
        for event in events:
            by_article.setdefault(event.article_id, []).append(event)
        report = IngestReport()
        if not by_article and not items:
            return report
        if items and all(self.has_article(a.id) for a in items):   # nothing new: no write, the version stays
            report.duplicates = [a.id for a in items]
            if progress is not None:
                progress(len(items), len(items))
            return report
        with self._write() as conn:
            stored = {a.id for a in items
                      if conn.execute("SELECT 1 FROM articles WHERE id = ?", (a.id,)).fetchone()}
            known = {a.id for a in items}
            for article_id, rows in by_article.items():
                for cited in [article_id] + [s.article_id for e in rows for s in e.sources]:
                    if cited not in known and not conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                                               (cited,)).fetchone():
                        raise ValueError(f"event {rows[0].event_id} cites article {cited}, which is neither "
                                         "among the articles given nor in the store")
            fresh = [a for a in items if a.id not in stored]
            # The dataset's rows are merged already, by the same rule: they are one batch, never
            # joined to each other again (a folded row carries all its reports' actors and words, so
            # merging it again could join two rows its reports keep apart); they join stored reports.
            batch = f"dataset:{uuid.uuid4().hex}"
            if stored:   # an event of a stored article that new ones also report goes with the first of those
                by_article = {}
                for event in events:
                    home = next((a for a in [event.article_id] + [s.article_id for s in event.sources]
                                 if a not in stored), None)
                    if home is not None:
                        by_article.setdefault(home, []).append(event)
            for article in fresh:   # every article first: a merged row's sources cite several
                self._insert_article(conn, article)
            for done, article in enumerate(items, start=1):
                if article.id in stored:
                    report.duplicates.append(article.id)
                else:
                    added, merged = self._store_events(conn, by_article.get(article.id, []), True, batch)
                    report.added.append(article.id)
                    report.events_added += added
                    report.events_merged += merged
                if progress is not None:
                    progress(done, len(items))
            if fresh:
                self._reapply_overrides(conn)
        return report

    def _store_events(self, conn: sqlite3.Connection, events: list[Event], merging: bool,
                      batch: str | None = None) -> tuple[int, int]:
        """One article's events into the store, as reports (of a merged dataset's `batch`, if given),
        and the rows regrouped around them (grouping.py): (rows of its own, reports joined to other
        articles' rows)."""
        reports, changed = self._store_reports(conn, events, batch)
        done = self._regroup(conn, reports, changed, merging)
        return done.added, done.merged

    def _event_row(self, event: Event) -> tuple:
        """The values of STORED_COLUMNS after event_id, then the write that changes the row."""
        return (event.date.isoformat(), event.date_end.isoformat(), event.granularity, event.date_text,
                event.date_basis, event.status, event.category, float(event.escalation),
                ACTOR_SEP.join(event.actors), event.summary, event.article_id, event.title, event.source,
                event.published.isoformat(), event.url, int(event.sources_count),
                ACTOR_SEP.join(event.source_actors), ACTOR_SEP.join(event.target_actors), event.event_type,
                event.location, event.country, event.latitude, event.longitude, event.geo_precision,
                event.fatalities, event.injured, event.event_mode, ACTOR_SEP.join(event.actor_types),
                int(bool(event.corrected)), event.derivation, event.merge_note, event.anchor_event_id,
                event.anchor_offset, event.anchor_unit, self._writing)

    def _insert_event(self, conn: sqlite3.Connection, event: Event) -> int:
        event_id = self._free_event_id(conn, event.event_id)
        cur = conn.execute(
            f"INSERT INTO events ({', '.join(STORED_COLUMNS)}, changed) "
            f"VALUES ({', '.join('?' * (len(STORED_COLUMNS) + 1))})",
            (event_id, *self._event_row(event)))
        rowid = cur.lastrowid
        self._write_children(conn, rowid, event)
        return rowid

    def _rewrite_event(self, conn: sqlite3.Connection, rowid: int, event: Event) -> None:
        """Row `rowid` becomes `event` (its id released beforehand by the caller when it changes)."""
        current = conn.execute("SELECT event_id FROM events WHERE id = ?", (rowid,)).fetchone()[0]
        event_id = current if current == event.event_id else self._free_event_id(conn, event.event_id)
        conn.execute(
            f"UPDATE events SET {', '.join(f'{c} = ?' for c in STORED_COLUMNS)}, changed = ? WHERE id = ?",
            (event_id, *self._event_row(event), rowid))
        self._drop_children(conn, rowid)
        self._write_children(conn, rowid, event)

    def _update_event(self, conn: sqlite3.Connection, rowid: int, old: Event, event: Event) -> None:
        """Row `rowid` (holding `old`) becomes `event` (an analyst's correction, overrides.py)."""
        self._rewrite_event(conn, rowid, event)

    def _delete_event(self, conn: sqlite3.Connection, rowid: int) -> None:
        self._drop_children(conn, rowid)
        conn.execute("DELETE FROM event_search WHERE id = ?", (rowid,))
        conn.execute("DELETE FROM events WHERE id = ?", (rowid,))

    @staticmethod
    def _drop_children(conn: sqlite3.Connection, rowid: int) -> None:
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", (rowid,))
        conn.execute("DELETE FROM event_sources WHERE event_id = ?", (rowid,))

    @staticmethod
    def _free_event_id(conn: sqlite3.Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute("SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _write_children(self, conn: sqlite3.Connection, rowid: int, event: Event) -> None:
        span = (event.date_end - event.date).days
        if span > self._max_span:
            self._max_span = span
            conn.execute("UPDATE meta SET value = ? WHERE key = 'max_span_days'", (str(span),))
        conn.execute("INSERT OR REPLACE INTO event_search (id, search) VALUES (?, ?)",
                     (rowid, search_text(event.summary, ACTOR_SEP.join(event.actors), event.title)))
        conn.executemany("INSERT OR IGNORE INTO event_actors (actor, event_id) VALUES (?, ?)",
                         [(actor, rowid) for actor in event.actors])
        sources = event_sources(event)
        conn.executemany(
            "INSERT INTO event_sources (event_id, position, article_id, sentence, date_text, date_start, "
            "date_end, report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, pos, s.article_id, s.sentence, s.date_text, int(s.date_start), int(s.date_end), s.report_id)
             for pos, s in enumerate(sources)])

"""Grouping the store's reports into rows: the stored table is always what `events.merge_all`
makes of every report the store holds, whatever order the articles came in (issue 16, item 9).

Each article's rows, as extracted, are kept as *reports* (table `reports`, the event as JSON,
with its names as the article gives them). A row of `events` is the fold of one group of
reports: the groups of `events.merge.clusters` (reports of the very same dates that report one
event, each wider report joined to the narrower group inside its dates it reports best; rows loaded
from one merged dataset, one *batch*, never joined to each other again), after one-word names are read as the full
name the store knows (`actors.unify_surnames`, over every name of the store with that last word).

A new article can only change the groups around its own reports: those its reports link to (same
category, overlapping dates), and those holding a name whose reading the article changes ("Kowal"
becomes "Anna Kowal" once she is named in full, or stops being her once a second Kowal appears).
So an ingest regroups that *region*: the rows of the reports it touches, all their reports, and
the new ones (`_region` says why nothing outside it can change). Links only ever join reports of
overlapping dates in one category, and a rename only touches reports holding that name.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from timeline.actors import rename_names, unify_surnames
from timeline.events.merge import LONG_SPAN_DAYS, canonical_key, clusters, fold
from timeline.records import Event
from timeline.store.migrations import last_word
from timeline.table.codec import event_from_record, event_record


@dataclass
class Regrouped:
    """What placing one article's reports did: rows of its own, and reports joined to other articles' rows."""

    added: int = 0
    merged: int = 0


class Grouping:
    """The part of `Store` that keeps reports and regroups rows (used by ingest.py)."""

    def _store_reports(self, conn: sqlite3.Connection, events: list[Event],
                       batch: str | None = None) -> tuple[list[int], set[str]]:
        """Write an article's reports (no row yet); their ids, and the one-word names whose reading
        changes now that the store also holds this article's names. `batch`: the load of a merged
        dataset they come from (rows of one batch are never joined again), None for an article's
        own extraction."""
        ids = []
        for event in events:
            report = conn.execute(
                "INSERT INTO reports (article_id, event_row, category, date, date_end, body, batch) "
                "VALUES (?, NULL, ?, ?, ?, ?, ?)",
                (event.article_id, event.category, event.date.isoformat(), event.date_end.isoformat(),
                 json.dumps(event_record(event), ensure_ascii=False), batch)).lastrowid
            conn.executemany("INSERT OR IGNORE INTO report_names (name, report_id) VALUES (?, ?)",
                             [(name, report) for name in event.actors])
            ids.append(report)
        names = {name for e in events for name in e.actors}
        groups = {last_word(n) for n in names} - {""}
        before = {key: self._names_under(conn, key) for key in groups}
        conn.executemany("INSERT OR IGNORE INTO actor_names (name, last) VALUES (?, ?)",
                         [(name, last_word(name)) for name in names])
        changed: set[str] = set()
        for key, old in before.items():
            new = self._names_under(conn, key)
            if new != old:
                was, now = unify_surnames(old), unify_surnames(new)
                changed |= {n for n in old if was.get(n) != now.get(n)}
        return ids, changed

    @staticmethod
    def _names_under(conn: sqlite3.Connection, key: str) -> set[str]:
        return {name for (name,) in conn.execute("SELECT name FROM actor_names WHERE last = ?", (key,))}

    def _renames(self, conn: sqlite3.Connection, reports: list[Event]) -> dict[str, str]:
        """{one-word name: full name} for the names of `reports`, read against every name of the store."""
        keys = {last_word(n) for e in reports for n in e.actors if " " not in n} - {""}
        names: set[str] = set()
        for key in keys:
            names |= self._names_under(conn, key)
        return unify_surnames(names)

    def _region(self, conn: sqlite3.Connection, seeds: set[int], renamed: bool) -> tuple[set[int], set[int]]:
        """(rows, reports) an ingest must regroup: the rows of the seeds and of the reports they may
        link to, and every report of those rows, the seeds included.

        Groups only grow by new reports: a core gains rows, a wider row's best narrower core can
        only become a core holding a seed, and that core and the wider row are both near a seed.
        A renamed report may also lose links (`renamed`): then a wider row of the region may pick
        another narrower core anywhere inside its dates, so those reports (and rows) join too."""
        rows: set[int] = set()
        reports = set(seeds)
        self._reach(conn, seeds, rows, reports)
        if renamed:
            self._reach(conn, set(reports) - seeds, rows, reports)
        return rows, reports

    def _reach(self, conn: sqlite3.Connection, near: set[int], rows: set[int], reports: set[int]) -> None:
        """Add to `reports` and `rows` the reports that may link to those of `near`, and every report of
        the rows this adds (the rows already in `rows` have all theirs in `reports`)."""
        expanded = set(rows)
        for report, category, start, end, row in self._report_keys(conn, near):
            if row is not None:
                rows.add(row)
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
            if (last - first).days > LONG_SPAN_DAYS:   # only the very same span can be the same event
                found = conn.execute("SELECT id, event_row FROM reports WHERE category = ? AND date = ? AND date_end = ?",
                                     (category, start, end))
            else:   # a short report reaches back at most LONG_SPAN_DAYS: a longer one cannot match it
                earliest = (first - dt.timedelta(days=LONG_SPAN_DAYS)).isoformat()
                found = conn.execute("SELECT id, event_row FROM reports WHERE category = ? AND date >= ? AND date <= ? "
                                     "AND date_end >= ?", (category, earliest, end, start))
            for other, other_row in found:
                reports.add(other)
                if other_row is not None:
                    rows.add(other_row)
        for row in rows - expanded:
            reports |= {r for (r,) in conn.execute("SELECT id FROM reports WHERE event_row = ?", (row,))}

    @staticmethod
    def _report_keys(conn: sqlite3.Connection, ids: set[int]) -> list[tuple]:
        out = []
        for report in sorted(ids):
            found = conn.execute("SELECT id, category, date, date_end, event_row FROM reports WHERE id = ?",
                                 (report,)).fetchone()
            if found is not None:
                out.append(found)
        return out

    def _regroup(self, conn: sqlite3.Connection, new: list[int], changed: set[str], merging: bool) -> Regrouped:
        """Fold the region of the `new` reports (and of the reports naming a `changed` name) into rows
        again: a group that is exactly an old row's reports, untouched, keeps its row; the others
        are written (into a row of one of their reports where one is free), and rows left without
        reports are deleted."""
        seeds = set(new)
        for name in sorted(changed):
            seeds |= {r for (r,) in conn.execute("SELECT report_id FROM report_names WHERE name = ?", (name,))}
        if merging:
            rows, region = self._region(conn, seeds, renamed=bool(changed))
        else:   # every report a row of its own: only renames reach other rows
            rows = {row for (_id, _c, _s, _e, row) in self._report_keys(conn, seeds) if row is not None}
            region = set(seeds)
        ids = sorted(region)
        loaded: dict[int, Event] = {}
        row_of: dict[int, int | None] = {}
        batch_of: dict[int, str | None] = {}
        for r in ids:
            body, row_of[r], batch_of[r] = conn.execute("SELECT body, event_row, batch FROM reports WHERE id = ?",
                                                        (r,)).fetchone()
            loaded[r] = event_from_record(json.loads(body))
        reports = [loaded[r] for r in ids]
        renamed = rename_names(reports, self._renames(conn, reports))
        groups = clusters(renamed, [batch_of[r] for r in ids]) if merging else [[i] for i in range(len(renamed))]
        old_groups: dict[int, set[int]] = {}
        for r in ids:
            if row_of[r] is not None:
                old_groups.setdefault(row_of[r], set()).add(r)
        claimed: set[int] = set()
        outcome = Regrouped()
        new_set = set(new)
        changing = []
        for group in groups:
            members = {ids[i] for i in group}
            keep = next((row for row, held in old_groups.items() if held == members), None)
            if keep is not None and not members & seeds:
                claimed.add(keep)   # the same reports, none new or renamed: the same row
            else:
                changing.append((group, members))
        # the rows about to be rewritten or deleted give up their ids first: a regrouped row may take
        # the id another of them holds now
        conn.executemany("UPDATE events SET event_id = '~' || id WHERE id = ?", [(row,) for row in sorted(rows - claimed)])
        for group, members in changing:
            event = fold(renamed[i] for i in group)
            first = ids[min(group, key=lambda i: canonical_key(renamed[i]))]
            target = row_of[first] if row_of[first] is not None and row_of[first] not in claimed else next(
                (row_of[m] for m in sorted(members) if row_of[m] is not None and row_of[m] not in claimed), None)
            if target is None:
                target = self._insert_event(conn, event)
            else:
                self._rewrite_event(conn, target, event)
            claimed.add(target)
            conn.executemany("UPDATE reports SET event_row = ? WHERE id = ?", [(target, m) for m in sorted(members)])
            mine = members & new_set
            if mine:
                articles = {loaded[m].article_id for m in members}
                if len(articles) > 1:
                    outcome.merged += len(mine)
                else:
                    outcome.added += 1
        for row in sorted(rows - claimed):
            self._delete_event(conn, row)
        return outcome

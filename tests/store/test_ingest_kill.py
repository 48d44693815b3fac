"""Killing `python -m timeline ingest` mid-way (SIGKILL) leaves exactly the whole articles committed before."""
from __future__ import annotations

import datetime as dt
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from timeline.io import articles as art
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES = 40
KILL_AFTER = 3  # progress lines (= committed files) seen before the kill

SENTENCES = (
    "On {weekday}, US forces struck a boat near Venezuela, killing {n} people, the Pentagon said.",
    "Nicolás Maduro accused Washington of preparing an invasion on {weekday}.",
    "Marco Rubio warned on {weekday} that the United States would act against Cartel de los Soles.",
    "The USS Gerald R. Ford arrived in the Caribbean {days} days later, officials said.",
    "Venezuela and Colombia held talks in Bogotá last week about the crisis.",
    "Donald Trump said he had authorised covert action by the CIA in Venezuela in October.",
    "Trinidad and Tobago agreed to host US Marines for an exercise next month.",
    "The FAA warned airlines on {weekday} of a potentially hazardous situation over Venezuela.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def write_articles(folder: Path) -> None:
    start = dt.date(2025, 9, 1)
    for i in range(N_ARTICLES):
        published = start + dt.timedelta(days=2 * i)
        body = " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(weekday=WEEKDAYS[(i + k) % 5], n=2 + (i + k) % 9,
                                                                   days=1 + (i + k) % 6)
                        for k in range(6))
        (folder / f"report-{i:03d}.md").write_text(
            f"---\ntitle: Report {i}\nsource: Test Wire {i % 3}\npublished: {published.isoformat()}\n---\n"
            f"Dispatch {i}. {body}\n\nMore paragraphs follow. {SENTENCES[i % len(SENTENCES)].format(weekday='Friday', n=i, days=i % 5 + 1)}\n",
            encoding="utf-8")


def read_lines_then_kill(proc: subprocess.Popen, wanted: int, timeout: float = 180) -> list[str]:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while len(lines) < wanted:
            left = deadline - time.monotonic()
            assert left > 0, f"no {wanted} progress lines within {timeout} s: {lines}"
            if sel.select(timeout=left):
                line = proc.stdout.readline()
                assert line, f"ingest ended early: {lines}, stderr: {proc.stderr.read()}"
                lines.append(line)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        sel.close()
    return lines


def test_sigkill_mid_ingest_keeps_whole_articles_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_articles(folder)
    db = tmp_path / "store" / "t.db"
    cmd = [sys.executable, "-m", "timeline", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = read_lines_then_kill(proc, KILL_AFTER)
    assert proc.returncode == -signal.SIGKILL
    assert all(" 1 added" in line for line in lines), lines

    # the file is a sound SQLite database, opens as a store, and holds only whole articles
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    stored_ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid")]
    assert KILL_AFTER <= len(stored_ids) < N_ARTICLES
    orphans = conn.execute(
        "SELECT (SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)),"
        " (SELECT count(*) FROM events WHERE id NOT IN (SELECT id FROM event_search)),"
        " (SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)),"
        " (SELECT count(*) FROM event_sources WHERE event_id NOT IN (SELECT id FROM events))").fetchone()
    assert orphans == (0, 0, 0, 0)
    conn.close()

    with Store(db) as store:
        killed = {e.event_id: e for e in store.query()}
        stored = [store.article(aid) for aid in stored_ids]
    assert killed, "the committed articles have events"
    # every article present has all its events and sources: the same articles ingested cleanly give the same rows
    with Store(tmp_path / "clean.db") as clean:
        report = clean.ingest(stored)
        assert len(report.added) == len(stored) and not report.failed
        expected = {e.event_id: e for e in clean.query()}
    assert killed == expected

    # running the same ingest again adds exactly the missing articles
    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    progress = rerun.stdout.splitlines()
    assert len(progress) == N_ARTICLES
    assert sum(" 1 duplicate(s)" in line for line in progress) == len(stored_ids)
    with Store(db) as store:
        assert store.article_count() == N_ARTICLES
    assert len(art.expand_paths([folder])) == N_ARTICLES

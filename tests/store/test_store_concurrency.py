"""Two writers on one store at the same time (processes and connections) both succeed (WAL + busy timeout)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

from timeline.records import Article
from timeline.records import Event, Source
from timeline.records import Filters
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[2]


def batch(prefix: str, n: int) -> tuple[list[Article], dict[str, list[Event]]]:
    arts, table = [], {}
    for i in range(n):
        art = Article(text=f"{prefix} article {i}: a report about the Caribbean.", published=dt.date(2025, 10, 1),
                      title=f"{prefix} {i}", source=prefix, origin=f"{prefix}-{i}.md")
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i * 3)
        src = Source(article_id=art.id, title=art.title, source=prefix, published=art.published, url="",
                     sentence=f"{prefix} event {i}.", date_text="")
        table[art.id] = [Event(event_id=f"{prefix}-{i}-{k}", date=day, date_end=day, granularity="day", date_text="",
                               date_basis="publication", status="occurred", category="statement", escalation=1.0,
                               actors=(prefix,), summary=f"{prefix} event {i}.{k}", article_id=art.id,
                               title=art.title, source=prefix, published=art.published, url="", sources=(src,))
                         for k in range(3)]
        arts.append(art)
    return arts, table


def write(db: str, prefix: str, n: int) -> None:
    """Ingest n hand-built articles; run as `python -c` by the process test."""
    arts, table = batch(prefix, n)
    with Store(db) as store:
        report = store.ingest(arts, extract=lambda a: table[a.id], merge=False)
    assert len(report.added) == n and not report.failed, report
    print(f"{prefix} done", flush=True)


def check(db: Path, prefixes: list[str], n: int) -> None:
    with Store(db) as store:
        assert store.article_count() == n * len(prefixes)
        assert store.event_count() == 3 * n * len(prefixes)
        for prefix in prefixes:
            assert len(store.query(Filters(actors=(prefix,)))) == 3 * n


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    db = tmp_path / "shared.db"
    Store(db).close()  # created (and migrated) once, as the dashboard would
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c",
                               f"import tests.store.test_store_concurrency as t; t.write({str(db)!r}, {p!r}, 40)"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in ("alpha", "beta")]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outs):
        assert proc.returncode == 0, err
        assert out.strip().endswith("done")
    check(db, ["alpha", "beta"], 40)


def test_two_connections_writing_at_once_while_a_reader_polls(tmp_path):
    db = tmp_path / "shared.db"
    errors: list[BaseException] = []
    stop, started = threading.Event(), threading.Event()
    versions: list[int] = []

    def run(prefix: str) -> None:
        try:
            write(str(db), prefix, 25)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    def read() -> None:
        with Store(db) as reader:
            while not stop.is_set():
                versions.append(reader.version())
                reader.query_frame(Filters(text="event"))
                started.set()
            versions.append(reader.version())

    Store(db).close()
    reader = threading.Thread(target=read)
    reader.start()
    assert started.wait(timeout=60)
    writers = [threading.Thread(target=run, args=(p,)) for p in ("gamma", "delta")]
    for t in writers:
        t.start()
    for t in writers:
        t.join(timeout=120)
    stop.set()
    reader.join(timeout=30)
    assert errors == []
    check(db, ["gamma", "delta"], 25)
    # the reader saw the store before and after, and never a version going back
    assert versions == sorted(versions) and versions[0] == 0 and versions[-1] == 50

"""The cluster a distributed run uses, and how it shows progress.

`connect` gives a Dask client: on a running cluster (its scheduler's address) or on a LocalCluster
of N worker processes with one thread each (spaCy is not thread-parallel; processes are). Every
worker process loads the spaCy pipeline once and keeps it for every task it runs (`timeline.nlp`
caches it per process): the workers there at the start load it before any task, a worker restarted
after a crash at its first task.

Dask is imported on first use, not with this module: the other commands of the CLI do not pay for it.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Iterator

from timeline.events import pipeline
from timeline.records import one_line

if TYPE_CHECKING:
    from distributed import Client

DEFAULT_DASHBOARD = ":8787"


class Unreachable(Exception):
    """The scheduler given cannot be reached; the message says which and why, in one line."""


def load_pipeline() -> None:
    """Run on a worker: the pipeline loaded into its process (cached there by `timeline.nlp.load`)."""
    pipeline()


@contextmanager
def connect(scheduler: str | None = None, workers: int = 1,
            dashboard: str | None = DEFAULT_DASHBOARD) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes (closed
    on leaving). `Unreachable` when the scheduler does not answer within Dask's connect timeout
    (distributed.comm.timeouts.connect, 30 s unless configured)."""
    from distributed import Client, LocalCluster   # imported on first use (see the module's note)
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler)
        except (OSError, ValueError) as exc:   # refused, timed out, not an address
            raise Unreachable(f"cannot reach the scheduler at {scheduler} ({one_line(exc)})") from None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=dashboard)
        client = Client(cluster)
    try:
        client.run(load_pipeline)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dashboard_link(client: Client) -> str | None:
    """The address of the Dask dashboard, None when the scheduler serves none (bokeh not installed)."""
    try:
        if "dashboard" not in client.scheduler_info().get("services", {}):
            return None
        return client.dashboard_link
    except Exception:  # noqa: BLE001 - only a line of information
        return None


class ProgressBar:
    """Tasks done per round (labelled "extract partitions", ...) on a stream (stderr): a bar redrawn
    in place on a terminal, else a line at every tenth done and at the end."""

    WIDTH = 30

    def __init__(self, stream: IO[str] | None = None):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.shown: dict[str, int] = {}

    def __call__(self, label: str, done: int, total: int) -> None:
        if total == 0:
            return
        tenth = done * 10 // total
        if self.tty:
            filled = done * self.WIDTH // total
            self.stream.write(f"\r{label}: [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total} tasks"
                              f" ({time.monotonic() - self.started:.0f} s)" + ("\n" if done == total else ""))
        elif done and (done == total or tenth != self.shown.get(label, 0)):
            self.stream.write(f"{label}: {done}/{total} tasks ({time.monotonic() - self.started:.0f} s)\n")
        self.shown[label] = tenth
        self.stream.flush()

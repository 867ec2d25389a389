"""The process pools: they survive a worker dying, and their workers die with the parent."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from crawler.pipelines import ExtractPipeline
from crawler.worker import PageJob, new_pool
from tests.test_extract import URL, page

REPO = Path(__file__).resolve().parents[1]


def test_pool_restarts_after_a_worker_is_killed():
    pipeline = ExtractPipeline()
    pipeline.ctx = SimpleNamespace(extract_workers=2)
    pipeline.pool = original = new_pool(2)
    job = PageJob(URL, URL, page(), None, "s", datetime.now(UTC).isoformat(), None, ("OCOP",))

    async def scenario():
        first = await pipeline._run(job)
        for pid in list(pipeline.pool._processes):
            os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)
        second = await pipeline._run(job)
        return first, second

    try:
        first, second = asyncio.run(scenario())
    finally:
        pipeline.pool.shutdown()
    assert pipeline.pool is not original  # the broken pool was replaced
    assert first.article is not None and second.article == first.article


# A parent that starts a pool, runs a task in every worker, prints the workers' pids and
# waits to be killed.
_PARENT = """
import sys, time
from {module} import new_pool
pool = new_pool(2)
list(pool.map(abs, range(8)))
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(120)
"""


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat fields after the command name (state, ppid, …), None if gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None


def _descendants(root: int) -> dict[int, str]:
    """Every process below ``root`` (pool workers are the forkserver's children), with its
    start time, so that a reused PID is never taken for one of them."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))):
            stats[int(entry)] = fields
    found: dict[int, str] = {}
    frontier = {root}
    while frontier:
        frontier = {pid for pid, f in stats.items() if int(f[1]) in frontier} - set(found)
        found.update({pid: stats[pid][19] for pid in frontier})
    return found


def _running(pid: int, started: str) -> bool:
    """The same process still there and not a zombie (a container's init may never reap)."""
    fields = _stat(pid)
    return fields is not None and fields[19] == started and fields[0] != "Z"


@pytest.mark.parametrize("module", ["crawler.worker", "indexer.enrich"])
def test_pool_workers_die_with_a_sigkilled_parent(module):
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT.format(module=module)], cwd=REPO,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        workers = {int(pid) for pid in parent.stdout.readline().split()}
        tree = _descendants(parent.pid)  # workers, forkserver, resource tracker
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    assert len(workers) == 2 and workers <= set(tree)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(*p) for p in tree.items()):
        time.sleep(0.1)
    survivors = [pid for pid, started in tree.items() if _running(pid, started)]
    for pid in survivors:  # do not leave them behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []

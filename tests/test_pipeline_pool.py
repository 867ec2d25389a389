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


def _running(pid: int) -> bool:
    """Alive and not a zombie (a container's init may never reap)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("module", ["crawler.worker", "indexer.enrich"])
def test_pool_workers_die_with_a_sigkilled_parent(module):
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT.format(module=module)], cwd=REPO,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.1)
    survivors = [pid for pid in workers if _running(pid)]
    for pid in survivors:  # do not leave them behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []

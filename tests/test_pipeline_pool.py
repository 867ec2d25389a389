"""The extraction pool survives a worker dying mid-crawl."""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime
from types import SimpleNamespace

from crawler.pipelines import ExtractStorePipeline
from crawler.worker import PageJob
from tests.test_extract import URL, page


def test_pool_restarts_after_a_worker_is_killed():
    pipeline = ExtractStorePipeline()
    pipeline.ctx = SimpleNamespace(extract_workers=2)
    pipeline.pool = original = pipeline._new_pool()
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

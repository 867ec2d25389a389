"""Per-source crawl counters, live progress on stderr and the run record in the store."""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field

COUNTERS = ("fetched", "kept", "skipped", "duplicates", "errors")


@dataclass
class SourceCounts:
    fetched: int = 0
    kept: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in COUNTERS}


@dataclass
class CrawlProgress:
    """Counters per source; flushed to the store's run record as they change."""

    store: object
    run_id: int
    live: bool = False
    counts: dict[str, SourceCounts] = field(default_factory=lambda: defaultdict(SourceCounts))
    first_error: dict[str, str] = field(default_factory=dict)  # source -> its first failure
    _pending: dict[str, dict[str, int]] = field(default_factory=dict)
    _last_flush: float = 0.0
    _last_draw: float = 0.0

    def add(self, source: str, **delta: int) -> None:
        c = self.counts[source]
        pending = self._pending.setdefault(source, dict.fromkeys(COUNTERS, 0))
        for key, n in delta.items():
            setattr(c, key, getattr(c, key) + n)
            pending[key] += n
        now = time.monotonic()
        if now - self._last_flush > 1.0:
            self.flush()
        if self.live and now - self._last_draw > 0.5:
            self.draw()

    def error(self, source: str, reason: str) -> None:
        """Count a failed fetch and remember the source's first failure (for the summary)."""
        self.first_error.setdefault(source, reason)
        self.add(source, errors=1)

    def all_failed(self) -> bool:
        """Did every source fail, fetching nothing at all?"""
        counts = self.counts.values()
        return bool(counts) and all(c.fetched == 0 and c.errors > 0 for c in counts)

    def failures(self) -> str:
        """Each source's first failure, as "source: reason; …"."""
        return "; ".join(f"{name}: {why}" for name, why in sorted(self.first_error.items()))

    def flush(self) -> None:
        """Persist the counters (a killed crawl keeps its counts up to the last second)."""
        pending, self._pending = self._pending, {}
        for source, delta in pending.items():
            nonzero = {k: v for k, v in delta.items() if v}
            self.store.record_run_counts(self.run_id, source, **nonzero)
        self._last_flush = time.monotonic()

    def draw(self, final: bool = False) -> None:
        parts = [
            f"{name}: {c.fetched} fetched, {c.kept} kept, {c.skipped} skipped, {c.errors} errors"
            for name, c in sorted(self.counts.items())
        ]
        line = " | ".join(parts)[:200]
        sys.stderr.write("\r\x1b[2K" + line + ("\n" if final else ""))
        sys.stderr.flush()
        self._last_draw = time.monotonic()

    def summary(self) -> dict[str, dict[str, int]]:
        return {name: c.as_dict() for name, c in sorted(self.counts.items())}

"""Near-duplicate detection: the same story republished by several outlets.

MinHash over word 5-shingles of the folded body text, indexed with LSH. Two texts are
copies when the smaller one's shingles are (almost) all in the larger one: containment,
|A ∩ B| / min(|A|, |B|), estimated from the MinHash Jaccard and the two shingle counts
(stored after the signature). Containment, unlike Jaccard over the whole text, survives a
copy that lacks the sapo or carries an extra caption or box. Signatures stored before the
counts were kept fall back to Jaccard. The earliest published
copy (first stored on ties) is the group's primary, the others point at it with
``duplicate_of``. Signatures live in the corpus store, so grouping works across runs.
Exact duplicates never get this far: they share a canonical URL and so an article id.
"""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np
from datasketch import MinHash, MinHashLSH

from corpus.store import CorpusStore
from corpus.textnorm import fold

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.7  # Jaccard, for signatures stored without a shingle count
CONTAINMENT = 0.8  # share of the smaller text's shingles found in the larger one
LSH_THRESHOLD = 0.3  # candidates: a copy with a missing sapo can have a low Jaccard
SCHEME = "affine32"  # datasketch hashing scheme; stored signatures depend on it
MIN_WORDS = 30  # shorter texts (captions, a headline and a line) are too short to call copies
# copies of one story have comparable lengths (a missing sapo, a cut paragraph, an excerpt);
# a brief quoted inside a long roundup is not a copy of it, and containment estimated from
# the Jaccard of very unequal texts is noise
MIN_SIZE_RATIO = 0.2
_WORD = re.compile(r"[a-z0-9]+")
_PERMUTATIONS = None


def _minhash(hashvalues=None) -> MinHash:
    """A MinHash with the shared permutations (computing them is the costly part)."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME).permutations
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashvalues=hashvalues,
                   permutations=_PERMUTATIONS)  # fmt: skip


def signature(text: str) -> np.ndarray | None:
    """MinHash signature of ``text`` followed by its shingle count (uint64 array of
    NUM_PERM + 1), or None when the text is too short."""
    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    mh = _minhash()
    mh.update_batch(list(shingles))
    return np.append(mh.hashvalues.astype(np.uint64), np.uint64(len(shingles)))


def article_signature(article) -> bytes | None:
    """The stored signature of an article: its sapo and body (what syndicated copies share),
    as bytes; None when too short. One definition for the extraction worker and the site
    memory, so a cleaned body is signed exactly like a fresh one."""
    sig = signature(f"{article.lead}\n{article.text}")
    return sig.tobytes() if sig is not None else None


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a[:NUM_PERM] == b[:NUM_PERM]))


def containment(a: np.ndarray, b: np.ndarray) -> float | None:
    """Estimated |A ∩ B| / min(|A|, |B|), or None when a shingle count is missing.

    From Jaccard J and the sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
    """
    if len(a) <= NUM_PERM or len(b) <= NUM_PERM:
        return None
    na, nb = int(a[NUM_PERM]), int(b[NUM_PERM])
    j = similarity(a, b)
    return min(1.0, j * (na + nb) / (1 + j) / max(1, min(na, nb)))


def is_copy(a: np.ndarray, b: np.ndarray, threshold: float = THRESHOLD) -> bool:
    """Containment between texts of comparable size when both shingle counts are known,
    else Jaccard."""
    c = containment(a, b)
    if c is None:
        return similarity(a, b) >= threshold
    na, nb = int(a[NUM_PERM]), int(b[NUM_PERM])
    return c >= CONTAINMENT and min(na, nb) >= MIN_SIZE_RATIO * max(na, nb)


class Deduper:
    """Groups near-duplicate articles in ``store`` as they are stored."""

    def __init__(self, store: CorpusStore, threshold: float = THRESHOLD):
        self.store = store
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        self.sigs: dict[str, np.ndarray] = {}
        self.demoted: list[str] = []  # primaries demoted by the last add()
        for article_id, blob in store.iter_signatures():
            self._insert(article_id, np.frombuffer(blob, dtype=np.uint64))

    def _insert(self, article_id: str, sig: np.ndarray) -> None:
        if article_id in self.sigs:
            self.lsh.remove(article_id)
        mh = _minhash(sig[:NUM_PERM])
        self.lsh.insert(article_id, mh)
        self.sigs[article_id] = sig

    def add(
        self, article_id: str, sig: np.ndarray | None, published_at: datetime | None
    ) -> str | None:
        """Record ``article_id``'s signature; return its group's primary id if it is a copy.

        When the new article was published before its group's primary it becomes the
        primary, and the ids it demoted are left in ``self.demoted`` for the caller.
        """
        self.demoted = []
        if sig is None:
            return None
        mh = _minhash(sig[:NUM_PERM])
        matches = [
            other
            for other in self.lsh.query(mh)
            if other != article_id and is_copy(self.sigs[other], sig, self.threshold)
        ]
        with self.store.transaction():
            self.store.save_signature(article_id, sig.tobytes())
            self._insert(article_id, sig)
            if not matches:
                return None
            return self._regroup(article_id, matches)

    def _regroup(self, article_id: str, matches: list[str]) -> str | None:
        # The group: the matches, their primaries, and everything already pointing at those.
        primaries = set()
        for m in matches:
            art = self.store.get_article(m)
            if art is not None:
                primaries.add(art.duplicate_of or art.id)
        members = {article_id, *matches, *primaries}
        for p in primaries:
            members.update(self.store.group_members(p))
        articles = [a for a in (self.store.get_article(i) for i in members) if a is not None]
        if not articles:
            return None

        def order(a):
            when = a.published_at.timestamp() if a.published_at else float("inf")
            fetched = a.fetched_at.timestamp() if a.fetched_at else float("inf")
            return (when, fetched, a.id)

        primary = min(articles, key=order)
        for a in articles:
            target = None if a.id == primary.id else primary.id
            if a.duplicate_of != target:
                self.store.set_duplicate_of(a.id, target)
                if a.duplicate_of is None and a.id != article_id:
                    self.demoted.append(a.id)
        return None if primary.id == article_id else primary.id

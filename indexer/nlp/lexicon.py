"""Word lists and rule tables of indexer/nlp, read once from ``indexer/nlp/data/``.

Code holds the logic; the words it applies to (surnames, titles, organisation heads, stop
words, units, cue words …) live in TOML data files so they can be read and extended
without touching a regular expression.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def table(name: str) -> dict:
    """The parsed ``data/<name>.toml`` (cached: every file is read once per process)."""
    with (DATA / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def words(name: str, key: str) -> frozenset[str]:
    """One list of ``data/<name>.toml`` as a set."""
    return frozenset(table(name)[key])


def alternation(items: Iterable[str], escape: bool = True) -> str:
    """A regex alternation of ``items``, longest first so a longer phrase wins."""
    parts = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(p) if escape else p for p in parts)

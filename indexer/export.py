"""`ocop export`: matching articles (or their figures) streamed to a file, safely.

Articles are read page by page from the search backend (no snippets) and from the corpus
store one at a time, so an export of any size runs in constant memory. The file is written
to a temporary file beside the target and renamed at the end: an interrupted export never
leaves half a file, and a target inside the data directory is refused.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from corpus.article import Article
from corpus.config import AppConfig
from corpus.errors import OcopError
from corpus.store import CorpusStore
from indexer.query import QuerySpec
from indexer.rows import write_rows

EXPORT_FORMATS = {"jsonl": "nl", "json": "json", "csv": "csv", "tsv": "tsv"}
ARTICLE_COLUMNS = ["id", "published_at", "source", "title", "lead", "authors", "url", "provinces",
                   "new_province", "figures", "entities", "text"]  # fmt: skip
FIGURE_FIELDS = ["metric", "kind", "value", "unit", "qualifier", "star", "min_star", "percent",
                 "province", "new_province", "district", "period", "sentence"]  # fmt: skip
FACT_COLUMNS = ["article_id", "published_at", "source", "title", "url", *FIGURE_FIELDS]
PAGE_SIZE = 500


def iter_articles(
    config: AppConfig, spec: QuerySpec, page_size: int | None = None
) -> Iterator[Article]:
    """The articles matching ``spec`` (newest first, at most ``spec.limit``; 0 = all), read
    from the backend ``page_size`` hits at a time."""
    from indexer.indexing import open_backend

    page_size = page_size or PAGE_SIZE
    wanted = spec.limit or sys.maxsize
    backend = open_backend(config, scan=True)
    store = CorpusStore(config.corpus_path, readonly=True)  # an export only reads
    try:
        done = 0
        while done < wanted:
            page = replace(spec, sort="newest", snippets=False, offset=spec.offset + done,
                           limit=min(page_size, wanted - done))  # fmt: skip
            hits = backend.search(page).hits
            for hit in hits:
                article = store.get_article(hit.id)
                if article is not None:  # indexed but gone from the store: nothing to export
                    yield article
            done += len(hits)
            if len(hits) < page.limit:
                break
    finally:
        backend.close()
        store.close()


def _unique(values) -> list:
    return list(dict.fromkeys(v for v in values if v))


def _figure_text(f: dict[str, Any]) -> str:
    """One figure in a few words: ``ocop_products=25 sản phẩm (4★, Quảng Ninh, 2025)``."""
    value = f.get("value")
    value = f"{value:g}" if isinstance(value, float) else str(value)
    stars = (
        f"{f['star']}★" if f.get("star") else (f"≥{f['min_star']}★" if f.get("min_star") else "")
    )
    details = ", ".join(x for x in (stars, f.get("province"), f.get("period")) if x)
    unit = f" {f['unit']}" if f.get("unit") else ""
    return f"{f.get('metric')}={value}{unit}" + (f" ({details})" if details else "")


def article_record(article: Article, compact: bool) -> dict[str, Any]:
    """The export record of one article; ``compact`` (CSV/TSV) flattens the enrichment into
    short text columns so each article stays one row."""
    record = article.to_dict()
    record["provinces"] = _unique(p.get("name") for p in article.provinces)
    if compact:
        record["new_province"] = "; ".join(
            _unique(p.get("new_province") for p in article.provinces)
        )
        record["figures"] = "; ".join(_figure_text(f) for f in article.figures)
        record["entities"] = "; ".join(
            _unique(f"{e.get('type')}:{e.get('text')}" for e in article.entities)
        )
    return record


def figure_records(article: Article, spec: QuerySpec) -> Iterator[dict[str, Any]]:
    """One record per figure of the article, with the article it comes from; the --star and
    --metric filters select figures here, not only articles."""
    for f in article.figures:
        if spec.metric and f.get("metric") != spec.metric:
            continue
        if spec.star is not None and spec.star not in (f.get("star"), f.get("min_star")):
            continue
        yield {"article_id": article.id,
               "published_at": article.published_at.isoformat() if article.published_at else None,
               "source": article.source, "title": article.title, "url": article.url,
               **{k: f.get(k) for k in FIGURE_FIELDS}}  # fmt: skip


def export_rows(
    config: AppConfig, spec: QuerySpec, fmt: str, facts: bool = False
) -> Iterator[dict]:
    """The records an export writes: one per article, or one per figure with ``facts``."""
    compact = fmt in ("csv", "tsv")
    for article in iter_articles(config, spec):
        if facts:
            yield from figure_records(article, spec)
        else:
            yield article_record(article, compact)


def check_target(output: str | Path, home: Path) -> Path:
    """The real path to write ``output`` to; OcopError if it lies inside the data directory
    (store, index, sources.toml: symlinks resolved) or is a directory."""
    target = Path(output).expanduser().resolve()
    data = home.expanduser().resolve()
    if target == data or data in target.parents:
        raise OcopError(f"refusing to write {output}: it is inside the data directory {data}")
    if target.is_dir():
        raise OcopError(f"{output} is a directory; pass a file name")
    if not target.parent.is_dir():
        raise OcopError(f"cannot write {output}: directory {target.parent} does not exist")
    return target


@contextlib.contextmanager
def atomic_text_file(target: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file that replaces ``target`` only when the block ends without error."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export(config: AppConfig, spec: QuerySpec, output: str, export_format: str = "jsonl",
           facts: bool = False, excel: bool = False) -> int:  # fmt: skip
    """Write the matching articles (or figures) to ``output`` ('-' = standard output).

    Returns how many records were written. ``excel`` writes a UTF-8 byte-order mark so
    spreadsheet programs read Vietnamese text correctly.
    """
    fmt = EXPORT_FORMATS.get(export_format)
    if fmt is None:
        raise OcopError(f"unknown export format {export_format!r}; use {', '.join(EXPORT_FORMATS)}")
    columns = FACT_COLUMNS if facts else ARTICLE_COLUMNS
    encoding = "utf-8-sig" if excel else "utf-8"
    if output == "-":
        out = sys.stdout
        if excel:
            out.write("\ufeff")
        return write_rows(export_rows(config, spec, fmt, facts), columns, fmt, out)
    target = check_target(output, config.home)
    with atomic_text_file(target, encoding) as fh:
        return write_rows(export_rows(config, spec, fmt, facts), columns, fmt, fh)

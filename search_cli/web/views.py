"""The data behind each page, as plain JSON-ready dicts (the page's JSON twin is exactly this)."""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup

from corpus.article import Article
from corpus.errors import OcopError
from corpus.store import CorpusStore
from corpus.textnorm import fold
from indexer.nlp.segment import document_text
from indexer.query import StatsSpec
from search_cli.commands.query import province_suggestion
from search_cli.web.highlight import mark_spans
from search_cli.web.params import PAGE_SIZE, FactsRequest, SearchRequest

FACET_LIMIT = 12


def vn_number(value: Any) -> str:
    """Vietnamese digits: "1.054", "23,3", "2,5 tỷ" (thousands '.', decimals ',')."""
    from indexer.facts_format import vi_number

    if value is None or value == "":
        return ""
    number = float(value)
    for size, word in ((1e9, " tỷ"), (1e6, " triệu")):
        if abs(number) >= size:
            return vi_number(number / size) + word
    return vi_number(number)


def _facet(backend, spec, group: str) -> list[dict[str, Any]]:
    rows = backend.stats(StatsSpec(query=spec, group_by=(group,)))
    rows = [r for r in rows if r.get(group)]
    rows.sort(key=lambda r: (-r["articles"], str(r[group])))
    return [{"value": str(r[group]), "articles": r["articles"]} for r in rows[:FACET_LIMIT]]


def _copies(store: CorpusStore, primary_id: str) -> list[dict[str, Any]]:
    out = []
    for member in store.group_members(primary_id):
        if member == primary_id:
            continue
        copy = store.get_article(member)
        if copy is not None:
            out.append({"id": copy.id, "source": copy.source, "url": copy.url,
                        "title": copy.title})  # fmt: skip
    return out


def search_data(backend, store: CorpusStore, req: SearchRequest) -> dict[str, Any]:
    """Hits with snippets and folded syndicated copies, facet counts, paging."""
    result = backend.search(req.spec)
    hits = []
    for hit in result.hits:
        row = hit.to_dict()
        row["copies"] = [] if req.spec.include_duplicates else _copies(store, hit.id)
        hits.append(row)
    facets = {
        "province": _facet(backend, req.without(provinces=()), "province"),
        "source": _facet(backend, req.without(sources=()), "source"),
        "year": _facet(backend, req.without(since=None, until=None), "year"),
        "star": [
            {"value": str(star), "articles": backend.search(req.without(star=star)).total}
            for star in (5, 4, 3)
        ],
    }
    pages = max(1, math.ceil(result.total / PAGE_SIZE))
    if req.page > pages:  # as the CLI's --offset: say so rather than show an empty page
        raise OcopError(f"page {req.page} is past the last page ({pages})")
    return {
        "query": req.spec.text,
        "words": req.spec.parsed.highlight_words(),
        "total": result.total,
        "total_exact": result.total_exact,
        "page": req.page,
        "pages": pages,
        "hits": hits,
        "facets": facets,
        "province_hint": None if result.total else province_suggestion(req.spec),
    }


_ENTITY_CLASS = {"PER": "per", "ORG": "org", "LOC": "loc"}


def article_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, css) of figures and entities, offsets into `document_text`."""
    spans = [(int(f["start"]), int(f["end"]), "fig") for f in article.figures
             if f.get("start") is not None and f.get("end") is not None]  # fmt: skip
    for entity in article.entities:
        css = _ENTITY_CLASS.get(entity.get("type", ""), "ent")
        spans.extend((int(s), int(e), css) for s, e in entity.get("spans") or [])
    return spans


def article_paragraphs(article: Article) -> list[Markup]:
    """The article's text (title, sapo, body) as escaped paragraphs with marked spans."""
    text = document_text(article.title, article.lead, article.text)
    spans = article_spans(article)
    out, pos = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        end = start + len(block)
        local = [(s - start, e - start, c) for s, e, c in spans if start <= s and e <= end]
        out.append(mark_spans(block, local))
        pos = end
    return out


def article_data(store: CorpusStore, article: Article) -> dict[str, Any]:
    """The article as stored, with its syndicated copies."""
    data = article.to_dict()
    primary = article.duplicate_of or article.id
    data["copies"] = [c for c in _copies(store, primary) if c["id"] != article.id]
    if article.duplicate_of:
        original = store.get_article(article.duplicate_of)
        if original is not None:
            data["copies"].insert(0, {"id": original.id, "source": original.source,
                                      "url": original.url, "title": original.title})  # fmt: skip
    return data


def facts_data(config, store: CorpusStore, req: FactsRequest) -> dict[str, Any]:
    """Facts (one value per province/metric/star/period with every citing article), the
    chosen view, conflicts flagged, and the history series when one metric is chosen."""
    from indexer import facts as kb
    from indexer.facts_format import fact_row
    from indexer.knowledge import cached_facts

    flt = kb.FactFilter(req.provinces, req.metric, req.star)
    every = cached_facts(config, req.text, req.since, req.until, store=store, flt=flt)
    selected = [f for f in every if flt(f) and (f.conflicts or not req.conflicts_only)]
    series: list[dict[str, Any]] = []
    if req.view == "latest":
        selected = kb.latest(selected)
    elif req.view == "history":
        groups = kb.history(selected)
        selected = [f for group in groups.values() for f in group]
        if groups:
            longest = max(groups.values(), key=len)
            first = longest[0]
            series = [{"label": f"{first.province or '?'} · {first.metric}",
                       "points": [{"period": f.period.end.isoformat(), "value": f.value}
                                  for f in longest]}]  # fmt: skip
    rows = []
    for fact in selected[: req.limit]:
        row = fact.to_dict()
        row["display"] = fact_row(fact)
        rows.append(row)
    return {"view": req.view, "total": len(selected), "facts": rows, "series": series,
            "metrics": sorted({f.metric for f in every if f.metric})}  # fmt: skip


def coverage_data(rows: list[dict[str, Any]], by: str, total: int) -> dict[str, Any]:
    """Counts per group with their share of all stored stories."""
    out = []
    for row in rows:
        label = row.get(by) or "(không rõ)"
        share = round(100 * row["articles"] / total, 1) if total else 0.0
        out.append({"group": str(label), "articles": row["articles"], "share": share})
    if by in ("province", "new_province", "source"):
        out.sort(key=lambda r: (-r["articles"], r["group"]))
    return {"by": by, "total_stored": total, "rows": out}


def handbook_choices(backend) -> dict[str, Any]:
    """The provinces the indexed coverage is about (old and post-2025 names), for the form."""
    from indexer.query import QuerySpec

    def names(group: str) -> list[str]:
        rows = backend.stats(StatsSpec(query=QuerySpec(limit=0), group_by=(group,)))
        return sorted({r[group] for r in rows if r.get(group)}, key=fold)

    return {"provinces": names("province"), "new_provinces": names("new_province"),
            "formats": ["docx", "md", "html"]}  # fmt: skip


def write_handbook_file(store: CorpusStore, req, target) -> None:
    """Write the handbook ``req`` asks for to ``target``."""
    from indexer.handbook import resolve_scope, write_handbook

    scope = resolve_scope(req.provinces, req.national)
    if req.fmt != "md":
        write_handbook(store, scope, target, since=req.since, until=req.until)
        return
    import zipfile

    markdown = target.with_suffix(".md")
    write_handbook(store, scope, markdown, since=req.since, until=req.until)
    charts = markdown.with_name(markdown.stem + "_files")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(markdown, markdown.name)
        for chart in sorted(charts.glob("*")) if charts.is_dir() else []:
            archive.write(chart, f"{charts.name}/{chart.name}")

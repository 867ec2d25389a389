"""Gather a province's (or the country's) coverage from the corpus store into a `Document`.

One pass over the store collects the articles in scope and every figure mention; facts are
built from the mentions (`indexer.facts`), so the handbook's numbers are `ocop facts --latest`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from corpus.article import Article
from corpus.errors import OcopError
from corpus.textnorm import fold
from indexer.charts import bar_chart, coverage_chart
from indexer.facts import Fact, build_facts, latest, mentions_of
from indexer.facts_format import METRIC_LABELS, format_value, metric_label, star_label
from indexer.handbook.model import (
    BulletList,
    Document,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Span,
    Table,
)
from indexer.nlp.provinces import NATIONAL, NEW_PROVINCE, normalise_province

MAX_KEY_FIGURES = 60
TOP_NAMES = 15


@dataclass(frozen=True)
class Scope:
    """What a handbook covers: pre-2025 provinces (``members``) or the whole country."""

    label: str
    members: frozenset[str]
    national: bool = False
    notes: tuple[str, ...] = ()


def resolve_scope(names: Sequence[str], national: bool = False) -> Scope:
    """Province names (any spelling, old or new) -> the scope; a post-July-2025 province
    gathers the former provinces merged into it and says so."""
    if national:
        return Scope("Cả nước", frozenset({NATIONAL}), True)
    if not names:
        raise OcopError("name a province with --province NAME (repeatable) or use --national")
    labels, members, notes = [], set(), []
    for name in names:
        found = normalise_province(name)
        if found is None:
            raise OcopError(f"unknown province {name!r}; use a name such as 'Quảng Ninh'")
        canonical, new = found
        if canonical == new:  # a current province: itself plus what merged into it
            former = sorted(p for p, n in NEW_PROVINCE.items() if n == new)
            members.update(former or [new])
            labels.append(new)
            if len(former) > 1:
                notes.append(f"Tỉnh/thành {new} (từ 1/7/2025) gồm {', '.join(former)} trước "
                             "sáp nhập; sổ tay gộp tin bài và số liệu của các tỉnh này.")  # fmt: skip
        else:
            members.add(canonical)
            labels.append(canonical)
            notes.append(f"{canonical} nay thuộc {new} (từ 1/7/2025); sổ tay chỉ gồm "
                         f"{canonical} trước sáp nhập.")  # fmt: skip
    return Scope(", ".join(dict.fromkeys(labels)), frozenset(members), False, tuple(notes))


@dataclass
class Gathered:
    """The stories in scope (first copy of each, date order), their copies, the facts."""

    stories: list[Article] = field(default_factory=list)
    copies: dict[str, list[Article]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


def _in_scope(article: Article, scope: Scope) -> bool:
    if scope.national:
        return True
    return any(p.get("primary") and p.get("name") in scope.members for p in article.provinces)


def gather(store, scope: Scope, since: date | None = None, until: date | None = None) -> Gathered:
    """One pass over the store: articles about the scope, and facts located in it."""
    groups: dict[str, list[Article]] = defaultdict(list)
    mentions = []
    for article in store.iter_published(since, until):
        mentions.extend(
            m for m in mentions_of(article) if m.figure.get("province") in scope.members
        )
        if _in_scope(article, scope):
            groups[article.duplicate_of or article.id].append(article)
    out = Gathered(facts=build_facts(mentions))
    for story_id, members in groups.items():
        members.sort(key=lambda a: (a.id != story_id, _when(a)))
        out.stories.append(members[0])
        out.copies[members[0].id] = members[1:]
    out.stories.sort(key=lambda a: (_when(a), a.id))
    return out


def _when(article: Article) -> datetime:
    return article.published_at or datetime.min.replace(tzinfo=UTC)


class Citations:
    """Numbered citations in order of first use; the sources list prints them."""

    def __init__(self, by_id: dict[str, Article]):
        self.by_id = by_id
        self.numbers: dict[str, int] = {}

    def cite(self, article_ids: Sequence[str], most: int = 3) -> str:
        refs = []
        for article_id in [a for a in article_ids if a in self.by_id][:most]:
            n = self.numbers.setdefault(article_id, len(self.numbers) + 1)
            refs.append(f"[{n}]")
        return "".join(refs)


def key_figure_facts(gathered: Gathered) -> list[Fact]:
    """Province-level latest facts of the main metrics, in metric order."""
    order = list(METRIC_LABELS)
    facts = [
        f for f in latest(gathered.facts) if not f.district and f.metric not in (None, "other")
    ]
    facts.sort(key=lambda f: (order.index(f.metric) if f.metric in order else 99,
                              str(f.kind or ""), f.star or 0, f.min_star or 0, str(f.province)))  # fmt: skip
    return facts[:MAX_KEY_FIGURES]


def _key_figures(doc: Document, facts: list[Fact], cites: Citations, many: bool) -> None:
    doc.add(Heading("Số liệu chính", 1))
    if not facts:
        doc.add(Paragraph(["Chưa có số liệu nào cho phạm vi và thời gian này."], "note"))
        return
    columns = ["Chỉ tiêu", "Hạng sao", "Giá trị", "Thời điểm", "Nguồn", "Ghi chú"]
    if many:
        columns.insert(0, "Tỉnh/thành")
    by_id = {f.id: f for f in facts}
    rows, notes = [], []
    for f in facts:
        note = "chưa thống nhất" if f.conflicts else ""
        row = [metric_label(f.metric, f.kind), star_label(f.star, f.min_star, f.potential_star),
               Span(format_value(f.value, f.unit, f.qualifier, f.percent), bold=True),
               f.period.display() if f.period else "", cites.cite(f.articles), note]  # fmt: skip
        rows.append([f.province or "", *row] if many else row)
        for other_id in f.conflicts:
            other = by_id.get(other_id)
            if other is not None and f.id < other.id:
                notes.append(f"{metric_label(f.metric, f.kind)} {star_label(f.star, f.min_star)}"
                             f" tại {f.period.display() if f.period else '?'}: "
                             f"{format_value(f.value, f.unit, f.qualifier)} {cites.cite(f.articles)}"
                             f" và {format_value(other.value, other.unit, other.qualifier)} "
                             f"{cites.cite(other.articles)}")  # fmt: skip
    widths = [3.2, 1.4, 2.6, 1.7, 1.3, 1.6]
    if not notes:  # no conflicts: no remarks column
        columns, widths = columns[:-1], widths[:-1]
        rows = [r[:-1] for r in rows]
    doc.add(Table(columns, rows, "Bảng 1. Số liệu mới nhất theo chỉ tiêu và hạng sao: giá trị "
                  "có thời điểm mới nhất (không phải bài mới nhất). Thời điểm là mốc bài báo nêu, "
                  "hoặc ngày đăng khi bài không nêu mốc.",
                  widths=[1.8, *widths] if many else widths))  # fmt: skip
    if notes:
        doc.add(Paragraph([Span("Số liệu chưa thống nhất giữa các nguồn:", bold=True)]),
                BulletList([[n] for n in notes]))  # fmt: skip


def _charts(doc: Document, gathered: Gathered, key: list[Fact], chart_dir: Path) -> None:
    doc.add(Heading("Biểu đồ", 1))
    stars = {f.star: f.value for f in key
             if f.metric == "ocop_products" and f.star and not f.kind and not f.potential_star
             # a star breakdown is usually written as parts of a total ("trong đó …")
             and f.relation in (None, "total", "part_of") and not f.conflicts}  # fmt: skip
    n = 0
    if stars:
        labels = [f"{s} sao" for s in sorted(stars)]
        path = bar_chart(labels, [stars[s] for s in sorted(stars)], chart_dir / "stars.png",
                         title="Sản phẩm OCOP theo hạng sao (số liệu mới nhất)", ylabel="sản phẩm")  # fmt: skip
        n += 1
        doc.add(Image(path, f"Hình {n}. Số sản phẩm OCOP theo hạng sao, theo số liệu mới nhất "
                            "được báo chí nêu (Bảng 1)."))  # fmt: skip
    else:
        named = Counter(
            p.get("star") for a in gathered.stories for p in a.products if p.get("star")
        )
        if named:
            labels = [f"{s} sao" for s in sorted(named)]
            path = bar_chart(labels, [named[s] for s in sorted(named)], chart_dir / "stars.png",
                             title="Sản phẩm OCOP được nêu tên, theo hạng sao", ylabel="sản phẩm")  # fmt: skip
            n += 1
            doc.add(
                Image(path, f"Hình {n}. Sản phẩm OCOP được nêu tên trong các bài, theo hạng sao.")
            )
    rows = coverage_rows(gathered.stories)
    if rows:
        path = coverage_chart(rows, chart_dir / "coverage.png", label_key="period",
                              title="Số bài viết theo thời gian", ylabel="bài viết")  # fmt: skip
        n += 1
        doc.add(Image(path, f"Hình {n}. Số bài viết về OCOP theo thời gian (bản đăng lại "
                            "được tính một lần)."))  # fmt: skip
    if n == 0:
        doc.add(Paragraph(["Không đủ dữ liệu để vẽ biểu đồ."], "note"))


def coverage_rows(stories: Sequence[Article]) -> list[dict]:
    """Stories per month (per year when the span exceeds three years), gaps filled with 0."""
    days = [a.published_at.date() for a in stories if a.published_at]
    if not days:
        return []
    first, last = min(days), max(days)
    yearly = (last.year - first.year) * 12 + last.month - first.month > 36
    counts = Counter(f"{d.year}" if yearly else f"{d.year}-{d.month:02d}" for d in days)
    keys, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        key = f"{y}" if yearly else f"{y}-{m:02d}"
        if key not in keys:
            keys.append(key)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return [{"period": k, "articles": counts.get(k, 0)} for k in keys]


def _products(doc: Document, gathered: Gathered, scope: Scope, cites: Citations) -> None:
    doc.add(Heading("Sản phẩm OCOP được nêu tên", 1))
    found: dict[str, dict] = {}
    for a in gathered.stories:
        for p in a.products:
            if not scope.national and p.get("province") not in scope.members:
                continue
            entry = found.setdefault(fold(p["name"]), {"name": p["name"], "star": None,
                                                       "owner": None, "articles": []})  # fmt: skip
            entry["star"] = max(filter(None, [entry["star"], p.get("star")]), default=None)
            entry["owner"] = entry["owner"] or p.get("owner")
            if a.id not in entry["articles"]:
                entry["articles"].append(a.id)
    if not found:
        doc.add(Paragraph(["Các bài trong phạm vi này chưa nêu tên sản phẩm OCOP cụ thể."], "note"))
        return
    items = sorted(found.values(), key=lambda e: (-(e["star"] or 0), fold(e["name"])))
    rows = [[e["name"], f"{e['star']} sao" if e["star"] else "", e["owner"] or "",
             cites.cite(e["articles"], most=2)] for e in items]  # fmt: skip
    doc.add(Table(["Sản phẩm", "Hạng sao", "Chủ thể", "Nguồn"], rows, widths=[4, 1.2, 4, 1.2], caption=
                  f"Bảng 2. {len(rows)} sản phẩm OCOP được nêu tên, hạng sao cao nhất được nêu."))  # fmt: skip


def _names(doc: Document, gathered: Gathered) -> None:
    doc.add(Heading("Người và tổ chức được nhắc đến nhiều nhất", 1))
    counts: dict[str, Counter] = {"PER": Counter(), "ORG": Counter()}
    spelling: dict[tuple[str, str], str] = {}
    for a in gathered.stories:
        for e in a.entities:
            if e.get("type") in counts:
                norm = e.get("norm") or e.get("text") or ""
                counts[e["type"]][norm] += 1  # entities are already one per article
                spelling.setdefault((e["type"], norm), e.get("text") or norm)
    for kind, label, number in (("PER", "Người", 3), ("ORG", "Cơ quan, tổ chức, doanh nghiệp", 4)):
        top = counts[kind].most_common(TOP_NAMES)
        if not top:
            doc.add(Paragraph([f"{label}: chưa có tên nào được nhận diện."], "note"))
            continue
        rows = [[spelling[(kind, name)], str(n)] for name, n in top]
        doc.add(Table([label, "Số bài"], rows, f"Bảng {number}. {label} được nhắc đến trong "
                      "nhiều bài nhất.", widths=[4, 1]))  # fmt: skip


def _digest(doc: Document, gathered: Gathered) -> None:
    doc.add(Heading("Điểm tin theo thời gian", 1))
    if not gathered.stories:
        doc.add(Paragraph(["Không có bài viết nào trong phạm vi và thời gian này."], "note"))
        return
    for a in gathered.stories:
        day = a.published_at.strftime("%d/%m/%Y") if a.published_at else "không rõ ngày"
        also = sorted({c.source for c in gathered.copies.get(a.id, []) if c.source != a.source})
        meta = f"{day} · {a.source}" + (f" (đăng lại: {', '.join(also)})" if also else "")
        parts = [Span(a.title or a.url, bold=True, link=a.url), "\n", Span(meta, italic=True)]
        if a.lead:
            parts += ["\n", a.lead]
        doc.add(Paragraph(parts, "digest"))


def _sources(doc: Document, cites: Citations) -> None:
    doc.add(Heading("Nguồn trích dẫn", 1))
    if not cites.numbers:
        doc.add(Paragraph(["Không có trích dẫn."], "note"))
        return
    items = []
    for article_id, n in sorted(cites.numbers.items(), key=lambda kv: kv[1]):
        a = cites.by_id[article_id]
        day = a.published_at.strftime("%d/%m/%Y") if a.published_at else ""
        items.append([f"[{n}] ", Span(a.title or a.url, link=a.url),
                      f". {a.source}, {day}. ", Span(a.url, link=a.url)])  # fmt: skip
    doc.add(BulletList(items))


def build_handbook(store, scope: Scope, chart_dir: Path, since: date | None = None,
                   until: date | None = None, generated: date | None = None) -> Document:  # fmt: skip
    """The handbook of ``scope`` as a document model (charts written into ``chart_dir``)."""
    gathered = gather(store, scope, since, until)
    by_id = {a.id: a for a in gathered.stories}
    for copies in gathered.copies.values():
        by_id.update((c.id, c) for c in copies)
    for fact in gathered.facts:  # facts may cite articles outside the scope's own coverage
        for m in fact.mentions:
            if m.article_id not in by_id:
                by_id[m.article_id] = Article(url=m.url, id=m.article_id, title=m.title,
                                              source=m.source, published_at=_midnight(m.published))  # fmt: skip
    cites = Citations(by_id)
    days = [a.published_at.date() for a in gathered.stories if a.published_at]
    start = since or (min(days) if days else None)
    end = until or (max(days) if days else None)
    period = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}" if start and end else "toàn bộ dữ liệu"
    doc = Document(f"Sổ tay OCOP: {scope.label}", f"Giai đoạn {period}")
    made = generated or date.today()
    doc.add(Paragraph([f"Tổng hợp từ {len(gathered.stories)} bài báo về chương trình Mỗi xã một "
                       f"sản phẩm (OCOP). Lập ngày {made:%d/%m/%Y} bằng ocop-news-indexer."]),
            *[Paragraph([n], "note") for n in scope.notes])  # fmt: skip
    doc.add(_summary(gathered), PageBreak())
    key = key_figure_facts(gathered)
    _key_figures(doc, key, cites, many=len(scope.members) > 1)
    _charts(doc, gathered, key, chart_dir)
    _products(doc, gathered, scope, cites)
    _names(doc, gathered)
    _digest(doc, gathered)
    _sources(doc, cites)
    return doc


def _summary(gathered: Gathered) -> Table:
    """The title page's at-a-glance table: articles, copies, outlets, facts, conflicts."""
    copies = sum(len(c) for c in gathered.copies.values())
    outlets = {a.source for a in gathered.stories} | {
        c.source for cs in gathered.copies.values() for c in cs
    }
    conflicts = sum(1 for f in gathered.facts if f.conflicts)
    rows = [
        ["Bài viết (mỗi tin tính một lần)", str(len(gathered.stories))],
        ["Bản đăng lại trên báo khác", str(copies)],
        ["Cơ quan báo chí", str(len(outlets))],
        ["Số liệu khác nhau được nêu", str(len(gathered.facts))],
        ["Số liệu chưa thống nhất giữa các nguồn", str(conflicts)],
    ]
    return Table(["Tóm tắt", ""], rows, widths=[4, 1])


def _midnight(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day) if day else None

"""Facts, not mentions: the figures knowledge base.

A *mention* is one figure record where one article states it (title, sapo or body). A *fact*
is what is stated: (scope, metric, unit, star / min_star / potential, relation, period, value).
The same statement repeated in the title, sapo and body of one article is one fact with three
mentions; syndicated copies of a story (grouped by ``duplicate_of``) add citations, not facts.

Periods are normalised: "tính đến hết năm 2025" -> as of 2025-12-31, "giai đoạn 2021–2025"
-> a range, a period ending after the article was published -> a target; otherwise the
publication date (of the story's first copy) is the as-of date.

Everything here is pure (mentions in, facts out) except `load_mentions`, which reads the
corpus store's public methods.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from corpus.article import Article

# --- periods -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """``as_of`` (a stock at ``end``), ``range`` (``start``..``end``) or ``target`` (a plan)."""

    kind: str
    end: date
    start: date | None = None
    explicit: bool = True  # stated in the text, not the publication date

    @property
    def label(self) -> str:
        """ISO form: "2025-12-31" or "2021-01-01/2025-12-31"."""
        return (
            f"{self.start.isoformat()}/{self.end.isoformat()}"
            if self.start
            else self.end.isoformat()
        )

    def display(self) -> str:
        """Vietnamese form: "31/12/2025", "2021–2025", "mục tiêu 2030"."""
        if self.start:
            if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
                years = f"{self.start.year}" if self.start.year == self.end.year else (
                    f"{self.start.year}–{self.end.year}")  # fmt: skip
            else:
                years = f"{_dmy(self.start)}–{_dmy(self.end)}"
            return f"mục tiêu {years}" if self.kind == "target" else years
        text = _dmy(self.end)
        return f"mục tiêu {text}" if self.kind == "target" else text


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


#: Year-end reviews appear a few weeks early ("tính đến hết năm 2025", published 20/12/2025).
TARGET_GRACE_DAYS = 45
_FIRST_MONTHS = re.compile(r"\d+\s+tháng\s+(?:đầu\s+)?năm|(?:sáu|chín|ba)\s+tháng\s+đầu\s+năm")
_TARGET_WORDS = re.compile(r"phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến|hướng tới|đặt ra|\bsẽ\b")

# "(tính) đến (hết|cuối) (năm) 2025", "hết năm 2025", "cuối năm 2025": a stock at year end.
_UNTIL_YEAR = (
    r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?|(?:hết|cuối)\s+năm\s+){y}"
)


def normalise_period(period: str | None, sentence: str, published: date | None,
                     relation: str | None = None) -> Period | None:  # fmt: skip
    """The period a figure refers to, from the NLP period string and its sentence.

    ``period`` is the figure's period as the NLP stage wrote it ("2025", "2021-2025",
    "2024-06", "2022-11-10", or the publication date when the text gives none).
    """
    if published is not None and period in (None, published.isoformat()):
        return Period("as_of", published, explicit=False)
    if not period:
        return None
    parts = period.split("-")
    try:
        if len(parts) == 2 and len(parts[1]) == 4:  # "2021-2025"
            out = Period("range", date(int(parts[1]), 12, 31), date(int(parts[0]), 1, 1))
        elif len(parts) == 1:
            out = _year_period(int(parts[0]), sentence, published, relation)
        elif len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            # a change over "6 tháng đầu năm 2024" runs from January; over "tháng 6/2024", June
            first = 1 if _FIRST_MONTHS.search(sentence.lower()) else m
            out = (Period("range", _month_end(y, m), date(y, first, 1)) if relation == "change_of"
                   else Period("as_of", _month_end(y, m)))  # fmt: skip
        else:
            out = Period("as_of", date(int(parts[0]), int(parts[1]), int(parts[2])))
    except ValueError:
        return Period("as_of", published, explicit=False) if published else None
    # a stock at a future date is a plan; a period still running is one only when the
    # sentence says so ("giai đoạn 2021–2025, tỉnh đã hỗ trợ …" reports progress)
    future = published is not None and (out.end - published).days > TARGET_GRACE_DAYS
    if future and (out.kind == "as_of" or _TARGET_WORDS.search(sentence.lower())):
        out = replace(out, kind="target")
    return out


@lru_cache(maxsize=256)
def _until_year(year: int) -> re.Pattern[str]:
    return re.compile(_UNTIL_YEAR.format(y=year))


def _year_period(year: int, sentence: str, published: date | None,
                 relation: str | None) -> Period:  # fmt: skip
    if _until_year(year).search(sentence.lower()):
        return Period("as_of", date(year, 12, 31))
    if relation == "change_of":
        return Period("range", date(year, 12, 31), date(year, 1, 1))
    if published is not None and year == published.year:
        # "năm 2025, tỉnh có …" written in 2025: the figure as it stood when published
        return Period("as_of", published)
    return Period("as_of", date(year, 12, 31))


# --- mentions and facts ----------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One figure as stated in one article."""

    article_id: str
    story_id: str  # the primary copy of a syndicated story (itself when not syndicated)
    source: str
    title: str
    url: str
    published: date | None
    zone: str  # title | lead | body
    figure: dict[str, Any]

    @property
    def sentence(self) -> str:
        return self.figure.get("sentence") or ""


def mentions_of(article: Article) -> list[Mention]:
    """The figure mentions of one article, each with the zone it sits in."""
    title_end = len(article.title or "")
    lead_end = title_end + (len(article.lead) + 2 if (article.lead or "").strip() else 0)
    published = article.published_at.date() if article.published_at else None
    out = []
    for f in article.figures:
        start = f.get("start") or 0
        zone = "title" if start < title_end else "lead" if start < lead_end else "body"
        out.append(Mention(article.id, article.duplicate_of or article.id, article.source,
                           article.title, article.url, published, zone, f))  # fmt: skip
    return _unify_restatements(out)


_RELATIONAL = ("relation", "base")


def _unify_restatements(mentions: list[Mention]) -> list[Mention]:
    """One article restating a figure without its relation ("có thêm 42 sản phẩm 4 sao" in the
    headline) and with it ("180 sản phẩm, trong đó 42 đạt 4 sao" in the body) states one
    fact: the bare restatement takes the relation and base of the fuller mention, so the
    reader does not see the same 42 twice."""
    fuller: dict[tuple, dict[str, Any]] = {}
    for m in mentions:
        if m.figure.get("base") is not None:
            fuller.setdefault(_without_relation(m.figure), m.figure)
    if not fuller:
        return mentions
    out = []
    for m in mentions:
        f = m.figure
        full = fuller.get(_without_relation(f))
        if full is not None and f.get("base") is None and f.get("relation") in (None, "total"):
            f = {**f, **{k: full.get(k) for k in _RELATIONAL}}
            m = replace(m, figure=f)
        out.append(m)
    return out


def _without_relation(figure: dict[str, Any]) -> tuple:
    return tuple(figure.get(k) for k in IDENTITY if k not in _RELATIONAL) + (figure.get("value"),)


def load_mentions(store, *, since: date | None = None, until: date | None = None,
                  article_ids: set[str] | None = None) -> list[Mention]:  # fmt: skip
    """Every figure mention in the corpus store (syndicated copies included), filtered by
    publication date and, when given, to the articles in ``article_ids``."""
    out: list[Mention] = []
    for article in store.iter_published(since, until, with_figures=True, ids=article_ids):
        out.extend(mentions_of(article))
    return out


IDENTITY = ("province", "district", "metric", "kind", "unit", "star", "min_star",
            "potential_star", "relation", "base")  # fmt: skip


def identity(figure: dict[str, Any]) -> tuple:
    """What a figure is about, without its period and value (absent fields are None)."""
    return tuple([figure.get(k) for k in IDENTITY])


@dataclass
class Fact:
    """One stated value with every mention of it."""

    id: str
    identity: tuple
    period: Period | None
    value: float
    mentions: list[Mention] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # ids of facts it contradicts

    def __getattr__(self, name: str) -> Any:
        # fact.province, fact.metric, … read from the identity tuple
        if name in IDENTITY and "identity" in self.__dict__:
            return self.identity[IDENTITY.index(name)]
        raise AttributeError(name)

    @cached_property
    def qualifier(self) -> str | None:
        qualifiers = {m.figure.get("qualifier") for m in self.mentions}
        return qualifiers.pop() if len(qualifiers) == 1 else None

    @cached_property
    def percent(self) -> float | None:
        return next((m.figure["percent"] for m in self.mentions if m.figure.get("percent")), None)

    @cached_property
    def new_province(self) -> str | None:
        return next((m.figure.get("new_province") for m in self.mentions), None)

    @cached_property
    def articles(self) -> list[str]:
        """Distinct articles citing it, first-published first."""
        ordered = sorted(self.mentions, key=lambda m: (m.published or date.max, m.article_id))
        return list(dict.fromkeys(m.article_id for m in ordered))

    @cached_property
    def stories(self) -> list[str]:
        return list(dict.fromkeys(m.story_id for m in self.mentions))

    @property
    def first(self) -> Mention:
        """The mention to quote: the earliest article, its body sentence before title/sapo."""
        rank = {"body": 0, "lead": 1, "title": 2}
        return min(self.mentions, key=lambda m: (m.published or date.max, rank[m.zone]))

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly: raw numbers plus unit, ISO periods."""
        first = self.first
        return {
            "id": self.id,
            **{k: v for k, v in zip(IDENTITY, self.identity)},
            "new_province": self.new_province,
            "value": self.value,
            "qualifier": self.qualifier,
            "percent": self.percent,
            "period_kind": self.period.kind if self.period else None,
            "period": self.period.label if self.period else None,
            "period_explicit": self.period.explicit if self.period else None,
            "mentions": len(self.mentions),
            "articles": len(self.articles),
            "stories": len(self.stories),
            "conflicts": list(self.conflicts),
            "sentence": first.sentence,
            "title": first.title,
            "url": first.url,
            "source": first.source,
            "published_at": first.published.isoformat() if first.published else None,
            "citations": [
                {
                    "article_id": m.article_id,
                    "story_id": m.story_id,
                    "source": m.source,
                    "title": m.title,
                    "url": m.url,
                    "zone": m.zone,
                    "sentence": m.sentence,
                    "published_at": m.published.isoformat() if m.published else None,
                }
                for m in self.mentions
            ],  # fmt: skip
        }


def fact_id(ident: tuple, period: Period | None, value: float) -> str:
    """Stable short id of a fact (the same statement gets the same id on every run)."""
    key = repr((ident, period.label if period else None, period.kind if period else None, value))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def build_facts(mentions: Iterable[Mention],
                first_days: dict[str, date | None] | None = None) -> list[Fact]:  # fmt: skip
    """Group mentions into facts and flag conflicts. Pure: the same mentions give the same facts.

    ``first_days``: each story's first publication day, when ``mentions`` hold only part of
    each story (the fact base builds one identity at a time); by default taken from them.
    """
    by_story: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_story[m.story_id].append(m)
    facts: dict[tuple, Fact] = {}
    for story in by_story.values():
        first_day = first_days.get(story[0].story_id) if first_days is not None else None
        for m, ident, period in _story_periods(story, first_day, first_days is not None):
            value = float(m.figure.get("value") or 0.0)
            key = (ident, period.label if period else None, period.kind if period else None, value)
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = Fact(fact_id(ident, period, value), ident, period, value)
            fact.mentions.append(m)
    out = sorted(facts.values(), key=sort_key)
    flag_conflicts(out)
    return out


def _story_periods(story: list[Mention], first_day: date | None = None,
                   given: bool = False) -> Iterator[tuple[Mention, tuple, Period | None]]:  # fmt: skip
    """Each mention of one story with its identity and period.

    Syndicated copies share the first copy's publication date; a restatement without a
    period ("120 sản phẩm 4 sao" in a headline) takes the explicit period of the same
    figure elsewhere in the story ("tính đến hết năm 2025, … 120 sản phẩm 4 sao").
    """
    if not given:
        dates = [m.published for m in story if m.published]
        first_day = min(dates) if dates else None
    rows = []
    for m in story:
        raw = m.figure.get("period")
        if m.published is not None and raw == m.published.isoformat():
            raw = None  # the NLP stage's fallback: the article's own date
        p = normalise_period(raw, m.sentence, first_day, m.figure.get("relation"))
        rows.append((m, identity(m.figure), p))
    explicit: dict[tuple, Period] = {}
    for m, ident, p in rows:
        if p is not None and p.explicit:
            explicit.setdefault((ident, m.figure.get("value")), p)
    for m, ident, p in rows:
        if p is None or not p.explicit:
            p = explicit.get((ident, m.figure.get("value")), p)
        yield m, ident, p


def sort_key(fact: Fact) -> tuple:
    """Scope, metric, star, then time: the order tables and the handbook use."""
    return (str(fact.province or ""), str(fact.district or ""), str(fact.metric or ""),
            fact.star or 0, fact.min_star or 0, str(fact.kind or ""), str(fact.unit or ""),
            fact.period.end if fact.period else date.min, fact.value)  # fmt: skip


_LOWER = {"more_than": 1, "at_least": 1}  # the true value is above the stated one
_UPPER = {"less_than": 1}


def compatible(a: Fact, b: Fact) -> bool:
    """Whether two values for the same thing and period can both be true.

    "hơn 500" and "512" agree; "khoảng 500" and "510" agree (within 5%); 500 and 512 do not.
    """
    if a.value == b.value:
        return True
    for x, y in ((a, b), (b, a)):
        q = x.qualifier
        if q in _LOWER and y.value >= x.value:
            return True
        if q in _UPPER and y.value <= x.value:
            return True
        if q == "about" and abs(y.value - x.value) <= 0.05 * abs(x.value):
            return True
    return False


def series_key(fact: Fact) -> tuple:
    """The series a fact belongs to: its identity plus stock (as-of) or flow (range)."""
    return (fact.identity, "range" if fact.period and fact.period.kind == "range" else "as_of")


#: At most this many contradicting facts are listed per fact (a busy series can have hundreds).
MAX_CONFLICTS = 10


def flag_conflicts(facts: list[Fact]) -> None:
    """Same thing, same period, values that cannot both be true, from different stories."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.period is not None:
            groups[(f.identity, f.period.label, f.period.kind)].append(f)
    for group in groups.values():
        if len(group) < 2:
            continue
        stories = [set(f.stories) for f in group]
        for i, a in enumerate(group):
            for j, b in enumerate(group):
                if len(a.conflicts) >= MAX_CONFLICTS:
                    break
                if i != j and stories[i] != stories[j] and not compatible(a, b):
                    a.conflicts.append(b.id)


def latest(facts: Iterable[Fact]) -> list[Fact]:
    """Per series, the facts with the newest as-of period (targets excluded).

    The newest *period*, not the newest article: a 2026 article quoting the end-of-2024
    figure does not beat a 2025 article giving the end-of-2025 one. Conflicting values at
    that date are all kept (and carry their conflict flags).
    """
    best: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.period is None or f.period.kind == "target":
            continue
        key = series_key(f)
        current = best.get(key)
        if current is None or f.period.end > current[0].period.end:
            best[key] = [f]
        elif f.period.end == current[0].period.end:
            current.append(f)
    out = [f for group in best.values() for f in group]
    return sorted(out, key=sort_key)


def history(facts: Iterable[Fact]) -> dict[tuple, list[Fact]]:
    """Per series, its facts in period order (targets excluded)."""
    out: dict[tuple, list[Fact]] = defaultdict(list)
    for f in sorted(facts, key=sort_key):
        if f.period is not None and f.period.kind != "target":
            out[series_key(f)].append(f)
    return dict(out)


@dataclass(frozen=True)
class FactFilter:
    """What `ocop facts` and the handbook select. Provinces are canonical or post-2025 names."""

    provinces: tuple[str, ...] = ()
    metric: str | None = None
    star: int | None = None
    new_provinces: bool = False

    def __call__(self, fact: Fact) -> bool:
        if self.provinces and not ({fact.province, fact.new_province} & set(self.provinces)):
            return False
        if self.metric and fact.metric != self.metric:
            return False
        return not (self.star is not None and self.star not in (fact.star, fact.min_star))


def find_fact(facts: Iterable[Fact], prefix: str) -> Fact | None:
    """The fact whose id starts with ``prefix`` (at least 4 characters), if exactly one."""
    prefix = prefix.strip().lower()
    found = [f for f in facts if len(prefix) >= 4 and f.id.startswith(prefix)]
    return found[0] if len(found) == 1 else None

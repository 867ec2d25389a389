"""Facts, not mentions: periods, grouping, conflicts, latest/history, Vietnamese numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from corpus.article import Article
from indexer.facts import (
    Mention,
    Period,
    build_facts,
    find_fact,
    history,
    latest,
    mentions_of,
    normalise_period,
)
from indexer.facts_format import format_value, star_label, vi_number


@pytest.mark.parametrize(
    "period, sentence, published, relation, expected",
    [
        ("2025", "Tính đến hết năm 2025, tỉnh có 120 sản phẩm", date(2026, 1, 5), None,
         Period("as_of", date(2025, 12, 31))),
        ("2025", "Đến cuối năm 2025 toàn tỉnh có 120 sản phẩm", date(2025, 12, 20), None,
         Period("as_of", date(2025, 12, 31))),
        ("2021-2025", "Giai đoạn 2021–2025, tỉnh có 500 sản phẩm", date(2026, 2, 1), None,
         Period("range", date(2025, 12, 31), date(2021, 1, 1))),
        (None, "Tỉnh có 120 sản phẩm", date(2026, 3, 4), None,
         Period("as_of", date(2026, 3, 4), explicit=False)),
        ("2026-03-04", "Tỉnh có 120 sản phẩm", date(2026, 3, 4), None,
         Period("as_of", date(2026, 3, 4), explicit=False)),
        ("2030", "Phấn đấu đến năm 2030 có 300 sản phẩm", date(2026, 3, 4), None,
         Period("target", date(2030, 12, 31))),
        ("2021-2025", "Giai đoạn 2021–2025, tỉnh đã hỗ trợ 8 tỷ đồng", date(2025, 2, 1), None,
         Period("range", date(2025, 12, 31), date(2021, 1, 1))),
        ("2021-2025", "Mục tiêu giai đoạn 2021–2025 có 500 sản phẩm", date(2023, 2, 1), None,
         Period("target", date(2025, 12, 31), date(2021, 1, 1))),
        ("2024-06", "6 tháng đầu năm 2024 có 30 sản phẩm", date(2024, 7, 10), None,
         Period("as_of", date(2024, 6, 30))),
        ("2024-06", "6 tháng đầu năm 2024 tỉnh công nhận thêm 30 sản phẩm", date(2024, 7, 2),
         "change_of", Period("range", date(2024, 6, 30), date(2024, 1, 1))),
        ("2024-06", "Trong tháng 6/2024 tỉnh công nhận thêm 5 sản phẩm", date(2024, 7, 2),
         "change_of", Period("range", date(2024, 6, 30), date(2024, 6, 1))),
        ("2024", "Năm 2024 tỉnh công nhận thêm 30 sản phẩm", date(2025, 1, 10), "change_of",
         Period("range", date(2024, 12, 31), date(2024, 1, 1))),
        ("2026", "Năm 2026, tỉnh có 140 sản phẩm", date(2026, 5, 2), None,
         Period("as_of", date(2026, 5, 2))),
        ("2024-11-10", "Tính đến ngày 10/11/2024 có 90 sản phẩm", date(2024, 11, 20), None,
         Period("as_of", date(2024, 11, 10))),
    ],
)  # fmt: skip
def test_normalise_period(period, sentence, published, relation, expected):
    assert normalise_period(period, sentence, published, relation) == expected


def test_period_display():
    assert Period("as_of", date(2025, 12, 31)).display() == "31/12/2025"
    assert Period("range", date(2025, 12, 31), date(2021, 1, 1)).display() == "2021–2025"
    assert Period("target", date(2030, 12, 31)).display() == "mục tiêu 31/12/2030"


@pytest.mark.parametrize(
    "value, unit, qualifier, percent, expected",
    [
        (1054, "sản phẩm", None, None, "1.054 sản phẩm"),
        (45e9, "VND", None, None, "45 tỷ đồng"),
        (2.5e9, "VND", "about", None, "khoảng 2,5 tỷ đồng"),
        (75e6, "VND/người/năm", None, None, "75 triệu đồng/người/năm"),
        (1.2e12, "VND", None, None, "1.200 tỷ đồng"),
        (500000, "VND", None, None, "500.000 đồng"),
        (23.3, "%", None, None, "23,3%"),
        (42, "sản phẩm", "more_than", 23.3, "hơn 42 sản phẩm (23,3%)"),
    ],
)
def test_format_value(value, unit, qualifier, percent, expected):
    assert format_value(value, unit, qualifier, percent) == expected


def test_vi_number_and_star_label():
    assert vi_number(16000) == "16.000"
    assert vi_number(0.5) == "0,5"
    assert star_label(4) == "4 sao"
    assert star_label(None, 3) == "từ 3 sao"
    assert star_label(None, None, 5) == "tiềm năng 5 sao"


def fig(value, *, province="Quảng Ninh", star=4, period=None, sentence="", start=100, **kw):
    return {"value": float(value), "unit": "sản phẩm", "metric": "ocop_products", "kind": None,
            "qualifier": kw.pop("qualifier", None), "star": star, "min_star": None,
            "percent": None, "province": province, "new_province": province, "district": None,
            "period": period, "sentence": sentence or f"Có {value} sản phẩm {star} sao.",
            "start": start, "end": start + 5, **kw}  # fmt: skip


def mention(article, value, *, story=None, day="2026-01-10", zone="body", source="a", **kw):
    return Mention(article, story or article, source, f"Bài {article}", f"https://{source}.vn/{article}",
                   date.fromisoformat(day), zone, fig(value, **kw))  # fmt: skip


def test_title_sapo_body_of_one_article_are_one_fact_with_three_mentions():
    year_end = "Tính đến hết năm 2025, tỉnh có 120 sản phẩm 4 sao."
    mentions = [
        mention("a1", 120, zone="title"),  # headline: no period of its own
        mention("a1", 120, zone="lead", period="2025", sentence=year_end),
        mention("a1", 120, zone="body"),
    ]
    facts = build_facts(mentions)
    assert len(facts) == 1
    assert len(facts[0].mentions) == 3
    assert facts[0].period == Period("as_of", date(2025, 12, 31))
    assert facts[0].articles == ["a1"]


def test_syndicated_copies_add_citations_not_facts():
    mentions = [
        mention("a1", 120, day="2026-01-10"),
        mention("b1", 120, story="a1", day="2026-01-11", source="b"),  # copy published a day later
        mention("c1", 120, story="a1", day="2026-01-12", source="c"),
    ]
    facts = build_facts(mentions)
    assert len(facts) == 1
    assert facts[0].articles == ["a1", "b1", "c1"]
    assert facts[0].stories == ["a1"]
    assert facts[0].period.end == date(2026, 1, 10)


def test_conflict_same_key_and_period_different_values_from_two_outlets():
    s = "Đến hết năm 2025, tỉnh có {} sản phẩm 4 sao."
    facts = build_facts([
        mention("a1", 120, period="2025", sentence=s.format(120), day="2026-01-05"),
        mention("b1", 126, period="2025", sentence=s.format(126), day="2026-01-07", source="b"),
        mention("c1", 120, period="2025", sentence=s.format(120), day="2026-01-08", source="c"),
    ])  # fmt: skip
    assert len(facts) == 2
    a, b = facts
    assert a.conflicts == [b.id] and b.conflicts == [a.id]
    assert len(a.articles) == 2  # the two outlets agreeing on 120 are one fact, two citations


def test_qualified_values_do_not_conflict():
    s = "Đến hết năm 2025 có {} sản phẩm."
    facts = build_facts([
        mention("a1", 100, period="2025", sentence=s.format("hơn 100"), qualifier="more_than"),
        mention("b1", 104, period="2025", sentence=s.format(104), source="b"),
    ])  # fmt: skip
    assert [f.conflicts for f in facts] == [[], []]


def test_latest_is_the_newest_as_of_not_the_newest_article():
    facts = build_facts([
        # published later, but quoting the end-of-2024 figure
        mention("new", 100, period="2024", sentence="Đến hết năm 2024 có 100 sản phẩm.", day="2026-03-01"),
        mention("old", 120, period="2025", sentence="Đến hết năm 2025 có 120 sản phẩm.", day="2026-01-05"),
        mention("plan", 300, period="2030", sentence="Phấn đấu đến năm 2030 có 300 sản phẩm.", day="2026-01-05"),
    ])  # fmt: skip
    [best] = latest(facts)
    assert best.value == 120 and best.articles == ["old"]
    [series] = history(facts).values()
    assert [f.value for f in series] == [100, 120]  # the 2030 target is not history


def test_latest_keeps_series_apart_by_star_and_province():
    facts = build_facts([
        mention("a", 120, star=4), mention("a", 30, star=5),
        mention("b", 50, star=4, province="Bắc Giang", source="b"),
    ])  # fmt: skip
    assert sorted((f.province, f.star, f.value) for f in latest(facts)) == [
        ("Bắc Giang", 4, 50.0), ("Quảng Ninh", 4, 120.0), ("Quảng Ninh", 5, 30.0)]  # fmt: skip


def test_optional_nlp_fields_split_facts_when_present():
    facts = build_facts([mention("a", 30, relation="part_of"), mention("a", 30)])
    assert sorted(str(f.relation) for f in facts) == ["None", "part_of"]


def test_fact_ids_are_stable_and_findable():
    one = build_facts([mention("a", 120)])
    two = build_facts([mention("a", 120), mention("b", 7, source="b")])
    assert one[0].id in {f.id for f in two}
    assert find_fact(two, one[0].id[:6]).value == 120
    assert find_fact(two, "zz") is None


def test_mentions_of_article_knows_title_lead_body():
    art = Article(url="https://a.vn/x", title="Có 120 sản phẩm", lead="Sapo 120 sản phẩm",
                  text="Thân 120 sản phẩm", published_at=datetime(2026, 1, 2, 9),
                  figures=[fig(120, start=4), fig(120, start=21), fig(120, start=40)])  # fmt: skip
    assert [m.zone for m in mentions_of(art)] == ["title", "lead", "body"]
    assert mentions_of(art)[0].published == date(2026, 1, 2)


def test_a_bare_restatement_joins_the_fuller_mention_of_the_same_article():
    """Headline "thêm 42 sản phẩm 4 sao", body "180 sản phẩm, trong đó 42 đạt 4 sao": one fact."""
    art = Article(url="https://a.vn/y", title="Thêm 42 sản phẩm 4 sao", lead="",
                  text="Đợt này có 180 sản phẩm, trong đó 42 sản phẩm 4 sao và 9 sản phẩm 3 sao.",
                  published_at=datetime(2026, 9, 17, 8),
                  figures=[fig(42, start=5, relation="total"),
                           fig(42, start=60, relation="part_of", base=180.0),
                           fig(9, star=3, start=80, relation="part_of", base=180.0),
                           fig(9, start=70, relation="total")])  # fmt: skip
    facts = build_facts(mentions_of(art))
    fours = [f for f in facts if f.value == 42]
    assert len(fours) == 1 and len(fours[0].mentions) == 2
    assert (fours[0].relation, fours[0].base) == ("part_of", 180.0)
    # a different star is a different statement: the 4-star 9 keeps its own identity
    nines = sorted((f.star, f.relation) for f in facts if f.value == 9)
    assert nines == [(3, "part_of"), (4, "total")]
    assert art.figures[0]["relation"] == "total"  # the article itself is not changed


def test_every_metric_has_a_vietnamese_label():
    from indexer.facts_format import METRIC_LABELS
    from indexer.query import METRICS

    assert set(METRICS) <= set(METRIC_LABELS)


def test_cached_facts_are_rebuilt_when_the_store_changes(tmp_path):
    from datetime import datetime

    from corpus.article import Article
    from corpus.config import AppConfig
    from corpus.store import CorpusStore
    from indexer.knowledge import cached_facts

    config = AppConfig.load(home=tmp_path)
    store = CorpusStore(config.corpus_path)
    figure = {"value": 42.0, "unit": "sản phẩm", "metric": "ocop_products", "star": 4,
              "province": "Quảng Ninh", "sentence": "Có 42 sản phẩm 4 sao.", "start": 0, "end": 2}  # fmt: skip

    def add(n: int, value: float) -> None:
        article = Article(url=f"https://a.vn/{n}", title="A", text=f"Có {value:g} sản phẩm.",
                          published_at=datetime(2026, n, 5))  # fmt: skip
        store.upsert_article(article)
        store.save_enrichment(article.id, {"figures": [{**figure, "value": value}]}, 1,
                              article.content_hash)  # fmt: skip

    add(1, 42.0)
    first = cached_facts(config, store=store)
    assert [f.value for f in first] == [42.0]
    assert cached_facts(config, store=store) is first  # same state: no rebuild
    add(2, 50.0)
    again = cached_facts(config, store=store)
    assert again is not first and sorted(f.value for f in again) == [42.0, 50.0]


def test_filtered_facts_read_only_candidate_articles_and_agree_with_a_full_read(seeded_home):
    from corpus.config import AppConfig
    from indexer.facts import FactFilter
    from indexer.knowledge import candidate_ids, load_facts, open_store

    config = AppConfig.load(home=seeded_home)
    flt = FactFilter(("Quảng Ninh",), "ocop_products", None)
    store = open_store(config)
    try:
        ids = candidate_ids(config, "", flt, store)
        assert ids is not None and 0 < len(ids) < store.count_articles()
        narrowed = [f.to_dict() for f in load_facts(config, store=store, flt=flt) if flt(f)]
        full = [f.to_dict() for f in load_facts(config, store=store) if flt(f)]
    finally:
        store.close()
    assert narrowed and narrowed == full

"""Enrichment stays linear: no text handed to underthesea, and no sentence, is unbounded."""

from __future__ import annotations

import time

import underthesea

from indexer.nlp import enrich
from indexer.nlp.segment import MAX_SENTENCE, analyse


def _run_on(words: str, n: int) -> str:
    ws = words.split()
    return " ".join(ws[i % len(ws)] for i in range(n))


def test_enrichment_is_not_quadratic_in_a_sentence_without_punctuation():
    # A page whose text has no sentence punctuation at all is one 20,000-character "sentence";
    # underthesea's feature extraction is quadratic in sentence length, so it must never see one.
    words = (
        "Nguyễn Văn Hải cho biết tỉnh Quảng Ninh có 42 sản phẩm OCOP đạt 4 sao và Trần Thị Lan nói"
    )
    text = _run_on(words, 3_500)
    started = time.perf_counter()
    enrich("Tiêu đề", "", text, None)
    assert time.perf_counter() - started < 6.0


def test_over_long_sentences_are_cut_at_punctuation_then_words():
    body = _run_on("Ông Hải nói tỉnh có 42 sản phẩm OCOP, bà Lan nói", 2_000)
    doc = analyse("", "", body)
    lengths = [len(s.text) for s in doc.sentences]
    assert len(lengths) > 10 and max(lengths) <= MAX_SENTENCE
    assert all(s.text.endswith(",") for s in doc.sentences[:-1])  # cut after a comma
    # without any punctuation: cut at a space, never inside a word
    doc = analyse("", "", _run_on("một hai ba bốn", 3_000))
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE
    assert all(s.text.split()[0] in ("một", "hai", "ba", "bốn") for s in doc.sentences)
    # a normal sentence is untouched
    short = "Tỉnh có 42 sản phẩm OCOP, trong đó 5 sản phẩm 4 sao."
    assert [s.text for s in analyse("", "", short).sentences] == [short]


def test_underthesea_never_sees_an_unbounded_text(monkeypatch):
    seen: list[int] = []
    real = underthesea.ner

    def spy(text, *args, **kwargs):
        seen.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(underthesea, "ner", spy)
    # two-syllable names need underthesea's opinion ("Trần Lan"), so it is called often
    text = _run_on("ông Hải cho biết tỉnh Quảng Ninh có 42 sản phẩm và Trần Lan đến", 1_500)
    enrich("Tiêu đề", "", text, None)
    assert seen and max(seen) <= MAX_SENTENCE

"""The README's main job end to end: `ocop demo` serves the bundled site, crawls, extracts,
stores, enriches, indexes and searches it, offline."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from corpus.textnorm import fold

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "demo_site" / "site"

pytestmark = pytest.mark.slow


def ocop(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "search_cli.cli", *args], cwd=REPO, text=True,
                          capture_output=True, timeout=300, env={"OCOP_HOME": str(home), "PATH": "/usr/bin:/bin",
                                                                 "PYTHONPATH": str(REPO)})  # fmt: skip


def article_pages() -> dict[str, bool]:
    """Every article page of the demo site listed in its sitemap -> is it about OCOP?"""
    sitemap = (SITE / "sitemap.xml").read_text(encoding="utf-8")
    out = {}
    for loc in re.findall(r"<loc>\s*([^<]+?)\s*</loc>", sitemap):
        path = urlsplit(loc.replace("{{BASE_URL}}", "http://x")).path
        html = (SITE / path.lstrip("/")).read_text(encoding="utf-8")
        # the story itself: headline, sapo and body (the template's menus mention OCOP everywhere)
        parts = re.findall(
            r"<h1[^>]*>.*?</h1>|class=\"(?:sapo|article-lead)\">.*?</|"
            r"<div class=\"detail-content\">.*?</div>\s*<div class=\"tags-box",
            html,
            re.S,
        )
        text = fold(re.sub(r"<[^>]+>", " ", " ".join(parts)))
        out[path] = bool(re.search(r"\bocop\b|\bmoi xa mot san pham\b", " ".join(text.split())))
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo") / "home"
    proc = ocop("demo", "--home", str(home), home=home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return home, proc.stdout


def test_demo_prints_search_and_coverage(demo):
    _, out = demo
    assert "Demo news site serving on http://127.0.0.1:" in out
    m = re.search(r"(\d+) matching article\(s\)", out)
    assert m and int(m.group(1)) >= 1
    # the two counts differ by the syndicated copies: say so, or they look contradictory
    assert re.search(r"\d+ in the index with syndicated copies", out)
    assert re.search(
        r"Coverage: \d+ OCOP article\(s\) indexed, syndicated copies counted once", out
    )
    assert re.search(r"--home \S+ serve$", out, re.M)  # ends by saying how to browse it
    snippets = re.findall(r"^     (\S.*)$", out, re.M)
    assert snippets and all(len(s) <= 160 for s in snippets)
    # a snippet ends with a sentence or an ellipsis, never inside a word
    assert all(s.endswith(("…", ".", "!", "?")) for s in snippets), snippets


def test_demo_stores_exactly_the_ocop_articles(demo):
    home, _ = demo
    pages = article_pages()
    assert sum(pages.values()) >= 8 and not all(pages.values())
    conn = sqlite3.connect(home / "corpus.sqlite")
    rows = conn.execute(
        "SELECT canonical_url, duplicate_of, title, published_at FROM articles"
    ).fetchall()
    stored = {urlsplit(r[0]).path for r in rows}
    assert stored == {p for p, ocop_page in pages.items() if ocop_page}
    assert all(r[2] and r[3] for r in rows)  # every article has a title and a date
    assert sum(1 for r in rows if r[1]) == 1  # the syndicated copy is grouped
    assert not conn.execute(
        "SELECT 1 FROM urls WHERE url LIKE '%/admin/%' AND state != 'skipped'"
    ).fetchall()


def test_demo_home_is_searchable_with_and_without_diacritics(demo):
    home, _ = demo
    status = json.loads(ocop("status", "--json", home=home).stdout)
    assert status["enriched"] == status["articles"] > 0
    with_marks = json.loads(ocop("search", "sản phẩm OCOP", "--json", home=home).stdout)
    without = json.loads(ocop("search", "san pham ocop", "--json", home=home).stdout)
    assert with_marks["total"] == without["total"] == status["primary_articles"]
    by_year = json.loads(ocop("stats", "--by", "year", "--json", home=home).stdout)
    assert sum(r["articles"] for r in by_year) == status["primary_articles"]
    facts = json.loads(ocop("facts", "--json", "--limit", "200", home=home).stdout)
    assert any(f.get("star") == 4 for f in facts)


def test_demo_refuses_a_home_with_real_data(tmp_path):
    home = tmp_path / "real"
    home.mkdir()
    (home / "corpus.sqlite").write_bytes(b"")
    proc = ocop("demo", "--home", str(home), home=home)
    assert proc.returncode == 1 and "not from a previous demo" in proc.stderr

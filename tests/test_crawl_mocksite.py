"""The real crawler (Scrapy, in a subprocess) against the local mock news sites."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import mocksite
from tests.mocksite import MockSite

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def crawl_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        OCOP_HOME=str(home),
        OCOP_MAX_LISTING_PAGES="4",
        OCOP_DOWNLOAD_MAXSIZE="200000",
        OCOP_RETRY_TIMES="2",
        OCOP_EXTRACT_WORKERS="2",
        PYTHONPATH=str(REPO),
    )
    env.update(extra)
    return env


def run_ocop(home: Path, *args: str, env_extra: dict | None = None, check=True):
    proc = subprocess.run(
        [sys.executable, "-m", "search_cli.cli", *args],
        cwd=REPO, env=crawl_env(home, **(env_extra or {})), capture_output=True, text=True,
        timeout=240,
    )  # fmt: skip
    if check and proc.returncode != 0:
        raise AssertionError(f"ocop {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def stored(home: Path) -> dict[str, dict]:
    conn = sqlite3.connect(home / "corpus.sqlite")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM articles").fetchall()
    conn.close()
    return {r["url"].rsplit("/", 1)[-1].removesuffix(".html"): dict(r) for r in rows}


@pytest.fixture(scope="module")
def site():
    with MockSite() as s:
        yield s


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    home = tmp_path_factory.mktemp("crawl")
    home.mkdir(exist_ok=True)
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    proc = run_ocop(home, "crawl", "--no-politeness", "--json")
    return home, json.loads(proc.stdout), site.hits()


def test_stores_exactly_the_ocop_articles(crawled):
    home, summary, _ = crawled
    arts = stored(home)
    by_source = {}
    for slug, row in arts.items():
        by_source.setdefault(row["source"], set()).add(slug)
    assert by_source == {"bao-a": mocksite.EXPECTED_A, "bao-b": mocksite.EXPECTED_B}
    assert not (set(arts) & mocksite.NOT_STORED)
    assert summary["status"] == "finished"
    a = summary["sources"]["bao-a"]
    assert a["kept"] == len(mocksite.EXPECTED_A)
    assert a["errors"] >= 2  # the 404 and the oversize page (the redirect loop may be filtered)
    assert summary["sources"]["bao-b"]["duplicates"] == 1


def test_syndicated_copy_grouped_under_the_original(crawled):
    home, _, _ = crawled
    arts = stored(home)
    original = arts[mocksite.A[mocksite.SYNDICATED_OF].slug]
    copy = arts["ban-sao-" + mocksite.A[mocksite.SYNDICATED_OF].slug]
    assert copy["duplicate_of"] == original["id"]
    assert original["duplicate_of"] is None
    assert copy["attribution"]  # "Theo Báo Mẫu A" kept apart from the authors


def test_tracking_parameters_and_fragments_do_not_duplicate(crawled):
    home, _, hits = crawled
    arts = stored(home)
    story1 = arts[mocksite.A[1].slug]
    assert "utm_" not in story1["url"] and "#" not in story1["url"]
    story_path = f"/tin-tuc/{mocksite.A[1].slug}.html"
    assert sum(n for p, n in hits.items() if p.startswith(story_path)) == 1  # fetched once


def test_encodings_come_out_as_nfc_text(crawled):
    import unicodedata

    home, _, _ = crawled
    arts = stored(home)
    for key in ("charset", "legacy"):
        story = mocksite.FAULTS[key]
        row = arts[story.slug]
        assert row["title"] == story.title
        assert unicodedata.is_normalized("NFC", row["text"])
        assert story.paragraphs[0][:40] in row["text"]


def test_robots_traps_and_pagination_are_bounded(crawled):
    _, _, hits = crawled
    assert not any(p.startswith("/noi-bo/") for p in hits)  # robots.txt Disallow
    assert not any(p.startswith("/lich/") for p in hits)  # calendar trap
    kinh_te = [p for p in hits if p.startswith("/chuyen-muc/kinh-te")]
    assert 1 <= len(kinh_te) <= 4  # endless pagination stops at OCOP_MAX_LISTING_PAGES
    assert hits[f"/tin-tuc/{mocksite.FAULTS['flaky'].slug}.html"] == 2  # 500, then retried
    assert hits[f"/tin-tuc/{mocksite.FAULTS['throttled'].slug}.html"] == 2  # 429, then retried


def test_skips_recorded_pages_archived_and_run_recorded(crawled):
    home, _, _ = crawled
    conn = sqlite3.connect(home / "corpus.sqlite")
    states = dict(
        conn.execute("SELECT url, state FROM urls WHERE url LIKE '%/tin-tuc/%'").fetchall()
    )
    non = mocksite.A_NON[20].slug
    assert any(non in u and s == "skipped" for u, s in states.items())
    assert any("tai-lieu-ocop" in u and s == "skipped" for u, s in states.items())  # non-HTML
    assert not any(s == "queued" for s in states.values())  # frontier drained
    archived = conn.execute("SELECT COUNT(*) FROM pages WHERE article_id IS NOT NULL").fetchone()[0]
    assert archived == len(stored(home))
    runs = conn.execute("SELECT status, finished_at FROM crawl_runs").fetchall()
    assert runs and runs[-1][0] == "finished" and runs[-1][1]
    conn.close()
    status = run_ocop(home, "status", "--json")
    report = json.loads(status.stdout)
    last = {r["source"]: r for r in report["last_runs"]}
    assert last["bao-a"]["kept"] == len(mocksite.EXPECTED_A)
    failed = {r["url"].rsplit("/", 1)[-1] for r in report["recent_errors"]}
    assert "bai-khong-ton-tai-ocop-da-xoa.html" in failed  # the 404
    assert f"{mocksite.FAULTS['oversize'].slug}.html" in failed


def test_second_run_fetches_nothing_known(crawled, site):
    home, _, before = crawled
    proc = run_ocop(home, "crawl", "--no-politeness", "--json")
    again = json.loads(proc.stdout)
    after = site.hits()
    retried = ("bai-khong-ton-tai", "trang-qua-lon", "vong-lap")  # earlier errors are retried
    for path, n in before.items():
        if path.startswith(("/tin-tuc/", "/bai/")) and not any(r in path for r in retried):
            assert after[path] == n, f"{path} fetched again"
    assert all(c["kept"] == 0 for c in again["sources"].values())


def wait_for_articles(proc: subprocess.Popen, home: Path, n: int) -> None:
    """Until the running crawl ``proc`` has stored ``n`` articles (or ends, or 2 minutes)."""
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            conn = sqlite3.connect(f"file:{home / 'corpus.sqlite'}?mode=ro", uri=True, timeout=1)
            stored_now = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored_now >= n:
            return


def test_kill_and_resume_matches_uninterrupted_crawl(site, tmp_path):
    slow = {"OCOP_CONCURRENT_REQUESTS_PER_DOMAIN": "1", "OCOP_DOWNLOAD_DELAY": "0.15",
            "OCOP_DOWNLOAD_DELAY_JITTER": "0", "OCOP_AUTOTHROTTLE_ENABLED": "false"}  # fmt: skip
    full, killed = tmp_path / "full", tmp_path / "killed"
    for home in (full, killed):
        home.mkdir()
        (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    run_ocop(full, "crawl", "--json", env_extra=slow)
    proc = subprocess.Popen(
        [sys.executable, "-m", "search_cli.cli", "crawl"], cwd=REPO,
        env=crawl_env(killed, **slow), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    wait_for_articles(proc, killed, 4)
    assert proc.poll() is None, "the crawl finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the crawler and its extraction workers
    proc.wait()
    partial = stored(killed)
    assert 4 <= len(partial) < len(stored(full))
    run_ocop(killed, "crawl", env_extra=slow)
    resumed, reference = stored(killed), stored(full)
    assert set(resumed) == set(reference)
    for key, row in reference.items():
        assert resumed[key]["content_hash"] == row["content_hash"]
        assert (resumed[key]["duplicate_of"] is None) == (row["duplicate_of"] is None)
    conn = sqlite3.connect(killed / "corpus.sqlite")
    assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT canonical_url) FROM articles").fetchone() == (
        len(reference), len(reference))  # fmt: skip
    statuses = [r[0] for r in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]


def test_ctrl_c_twice_says_what_happens_and_records_an_interrupted_run(site, tmp_path):
    """Ctrl+C tells the user (Scrapy's notice is below the crawl's log level) and a forced
    stop is recorded as interrupted, not finished."""
    slow = {"OCOP_CONCURRENT_REQUESTS_PER_DOMAIN": "1", "OCOP_DOWNLOAD_DELAY": "0.3",
            "OCOP_DOWNLOAD_DELAY_JITTER": "0", "OCOP_AUTOTHROTTLE_ENABLED": "false"}  # fmt: skip
    home = tmp_path / "h"
    home.mkdir()
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "search_cli.cli", "crawl"], cwd=REPO, env=crawl_env(home, **slow),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    wait_for_articles(proc, home, 2)
    assert proc.poll() is None, "the crawl finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert "Stopping: finishing the pages already requested" in err
    assert "Stopping at once; the next `ocop crawl` resumes." in err
    assert proc.returncode == 1 and "run `ocop crawl` again to resume" in err
    conn = sqlite3.connect(home / "corpus.sqlite")
    assert [r[0] for r in conn.execute("SELECT status FROM crawl_runs")] == ["interrupted"]


def test_sources_add_discovers_sitemaps_feeds_and_sections(site, tmp_path):
    home = tmp_path / "h"
    proc = run_ocop(home, "sources", "add", site.base_a + "/", "--name", "mau-a")
    assert "Added source 'mau-a'" in proc.stdout
    from crawler.sources import load_sources

    added = [s for s in load_sources(home / "sources.toml") if s.name == "mau-a"][0]
    assert added.sitemaps == [f"{site.base_a}/sitemap_index.xml"]
    assert added.feeds == [f"{site.base_a}/rss.xml"]
    assert added.sections == [f"{site.base_a}/chuyen-muc/ocop"]
    assert len(load_sources(home / "sources.toml")) > 10  # the shipped defaults are kept
    check = run_ocop(home, "sources", "check", "mau-a", "--json")
    report = json.loads(check.stdout)
    assert report["reachable"] and report["sitemaps"][f"{site.base_a}/sitemap_index.xml"] == 2
    dup = run_ocop(home, "sources", "add", site.base_a + "/", "--name", "mau-a", check=False)
    assert dup.returncode == 1 and "already exists" in dup.stderr
    gone = run_ocop(home, "sources", "add", "http://127.0.0.1:9/", check=False)
    assert gone.returncode == 1 and "not reachable" in gone.stderr


def test_reextract_restores_articles_from_the_archive(crawled):
    """Runs last on the shared crawl: rewrites one article, then re-extracts offline."""
    home, _, _ = crawled
    slug = mocksite.A[5].slug
    conn = sqlite3.connect(home / "corpus.sqlite")
    original = conn.execute(
        "SELECT text FROM articles WHERE url LIKE ?", (f"%{slug}%",)
    ).fetchone()[0]
    conn.execute(
        "UPDATE articles SET text = 'hỏng', content_hash = 'x' WHERE url LIKE ?", (f"%{slug}%",)
    )
    conn.commit()
    proc = run_ocop(home, "reextract")
    assert "1 updated" in proc.stdout, proc.stdout
    assert f"{len(stored(home))} page(s)" in proc.stdout
    restored = conn.execute(
        "SELECT text FROM articles WHERE url LIKE ?", (f"%{slug}%",)
    ).fetchone()[0]
    assert restored == original
    conn.close()
    index = run_ocop(home, "index", "--workers", "2")
    assert "Enriched" in index.stdout
    found = json.loads(run_ocop(home, "search", "ocop", "--json", "--limit", "50").stdout)
    primaries = sum(1 for r in stored(home).values() if r["duplicate_of"] is None)
    assert found["total"] == primaries


def test_date_window_and_limit(site, tmp_path):
    home = tmp_path / "window"
    home.mkdir()
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    out = json.loads(run_ocop(home, "crawl", "--no-politeness", "--source", "bao-a", "--since",
                              "2026-06-01", "--until", "2026-10-31", "--json").stdout)  # fmt: skip
    assert set(out["sources"]) == {"bao-a"}
    every = [*mocksite.A.values(), *(mocksite.FAULTS[k] for k in ("flaky", "slow", "charset",
                                                                   "legacy", "throttled"))]  # fmt: skip
    inside = {s.slug for s in every if "2026-06-01" <= s.published[:10] <= "2026-10-31"}
    assert inside and inside != {s.slug for s in every}
    assert set(stored(home)) == inside
    limited = tmp_path / "limit"
    limited.mkdir()
    (limited / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    one_at_a_time = {"OCOP_CONCURRENT_REQUESTS": "1", "OCOP_DOWNLOAD_DELAY": "0",
                     "OCOP_AUTOTHROTTLE_ENABLED": "false"}  # fmt: skip
    out = json.loads(run_ocop(limited, "crawl", "-s", "bao-a", "--limit", "3", "-j", "1", "--json",
                              env_extra=one_at_a_time).stdout)  # fmt: skip
    assert out["sources"]["bao-a"]["kept"] == 3
    # newest first: the sitemaps date stories 1-6, so the 3 newest of those come first
    dated = sorted((mocksite.A[i] for i in range(1, 7)), key=lambda s: s.published, reverse=True)
    assert set(stored(limited)) == {s.slug for s in dated[:3]}


def test_refresh_fetches_known_articles_again_and_counts_no_change(site, tmp_path):
    home = tmp_path / "refresh"
    home.mkdir()
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    first = json.loads(run_ocop(home, "crawl", "--no-politeness", "-s", "bao-b", "--json").stdout)
    assert first["sources"]["bao-b"]["kept"] == 1
    before = site.hits()
    again = json.loads(run_ocop(home, "crawl", "--no-politeness", "-s", "bao-b", "--refresh",
                                "--json").stdout)  # fmt: skip
    copy_path = f"/bai/ban-sao-{mocksite.A[mocksite.SYNDICATED_OF].slug}.html"
    assert site.hits()[copy_path] == before[copy_path] + 1  # fetched again
    assert again["sources"]["bao-b"]["kept"] == 0  # nothing new or changed


def test_listing_pages_found_but_not_read_are_resumed(site, tmp_path):
    """Page 1 was read, page 2 only found, when the last crawl died: page 2 is read next time."""
    from corpus.store import CorpusStore

    home = tmp_path / "pending"
    home.mkdir()
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    store = CorpusStore(home / "corpus.sqlite")
    for url in ("/sitemap_index.xml", "/rss.xml", "/chuyen-muc/ocop", "/chuyen-muc/kinh-te"):
        store.mark_url(site.base_a + url, "visited", source="bao-a")  # read just now
    store.mark_url(site.base_a + "/chuyen-muc/ocop?page=2", "pending", source="bao-a",
                   reason="listing:2")  # fmt: skip
    store.close()
    run_ocop(home, "crawl", "--no-politeness", "-s", "bao-a")
    slugs = set(stored(home))
    assert mocksite.A[11].slug in slugs  # listed on page 2 only
    assert mocksite.A[9].slug not in slugs  # page 1 is not due again yet
    conn = sqlite3.connect(home / "corpus.sqlite")
    state = conn.execute("SELECT state FROM urls WHERE url LIKE '%ocop?page=2'").fetchone()[0]
    assert state == "visited"


def test_crawl_where_every_source_failed_exits_non_zero_with_reasons(tmp_path):
    home = tmp_path / "down"
    home.mkdir()
    (home / "sources.toml").write_text(
        '[[source]]\nname = "bao-dong-cua"\nhome = "http://127.0.0.1:9/"\n'
        'sections = ["http://127.0.0.1:9/chuyen-muc/ocop"]\n\n'
        '[[source]]\nname = "bao-khong-cau-hinh"\nhome = "http://localhost:9/"\n',
        encoding="utf-8",
    )
    proc = run_ocop(home, "crawl", "--no-politeness", check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    error = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "bao-dong-cua: " in error[0] and "bao-khong-cau-hinh: " in error[0]
    assert "refused" in error[0].lower()
    conn = sqlite3.connect(home / "corpus.sqlite")
    assert conn.execute("SELECT status FROM crawl_runs").fetchall() == [("failed",)]


def test_crawl_killed_alone_leaves_no_process_behind(site, tmp_path):
    """SIGKILL to the crawl process only (not its group): its extraction workers go too."""
    from tests.test_pipeline_pool import _descendants, _running

    home = tmp_path / "orphans"
    home.mkdir()
    (home / "sources.toml").write_text(mocksite.sources_toml(site), encoding="utf-8")
    slow = {"OCOP_CONCURRENT_REQUESTS_PER_DOMAIN": "1", "OCOP_DOWNLOAD_DELAY": "0.15",
            "OCOP_DOWNLOAD_DELAY_JITTER": "0", "OCOP_AUTOTHROTTLE_ENABLED": "false"}  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "search_cli.cli", "crawl"], cwd=REPO,
        env=crawl_env(home, **slow), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    tree: dict[int, str] = {}
    deadline = time.time() + 120
    try:
        while time.time() < deadline and proc.poll() is None and len(tree) < 4:
            time.sleep(0.2)  # the resource tracker, the forkserver and two workers
            tree = _descendants(proc.pid)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(tree) >= 4, "the extraction pool never started"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(*p) for p in tree.items()):
        time.sleep(0.1)
    survivors = [pid for pid, started in tree.items() if _running(pid, started)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == []

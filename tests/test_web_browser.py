"""A real browser on the demo corpus: type a query without diacritics, click a province facet,
open an article (and, where the handbook is available, download it). Skipped where Debian's
`chromium` and `chromium-driver` are not installed.

Set OCOP_SCREENSHOTS=DIR to keep screenshots of the pages (used for docs/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM and DRIVER), reason="needs Debian's chromium + chromium-driver"
    ),
]


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("browser-demo")
    subprocess.run([sys.executable, "-m", "search_cli.cli", "--home", str(home), "demo"],
                   cwd=REPO, check=True, capture_output=True, timeout=300)  # fmt: skip
    return home


@pytest.fixture(scope="module")
def base_url(demo_home):
    import uvicorn

    from corpus.config import AppConfig
    from search_cli.web.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(AppConfig.load(home=demo_home)),
                                           host="127.0.0.1", port=0, log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--disable-dev-shm-usage"):  # fmt: skip
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})  # fmt: skip
    driver.downloads = downloads
    yield driver
    driver.quit()


def _wait_for(driver, css: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def _click_to_next_page(driver, element) -> None:
    """Click a link or submit button and wait until the browser has left the page: reading
    the next page's elements right after click() can read the old page under load."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element("tag name", "html")
    element.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(page))
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def _shot(driver, name: str) -> None:
    folder = os.environ.get("OCOP_SCREENSHOTS")
    if folder:
        driver.save_screenshot(str(Path(folder) / name))


def test_search_facet_article_in_a_real_browser(browser, base_url):
    from selenium.common.exceptions import WebDriverException

    try:
        _journey(browser, base_url)
    except (AssertionError, WebDriverException) as exc:  # say where the browser was
        body = browser.find_element("tag name", "body").text[:1500]
        raise AssertionError(f"{exc}\nat {browser.current_url}\n{body}") from exc


def _journey(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("san pham ocop")
    _click_to_next_page(browser, browser.find_element(By.ID, "go"))
    _wait_for(browser, "#total")
    total = browser.find_element(By.ID, "total").text
    assert int(total.split()[0]) >= 5
    _shot(browser, "web-search.png")
    facet = browser.find_element(By.CSS_SELECTOR, '#facet-province a[data-value="Quảng Ninh"]')
    _click_to_next_page(browser, facet)
    _wait_for(browser, "#facet-province a.on")
    assert browser.find_element(By.ID, "total").text.startswith("1 ")
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.hit-link")]
    assert titles and "Quảng Ninh" in titles[0]
    _click_to_next_page(browser, browser.find_elements(By.CSS_SELECTOR, "a.hit-link")[0])
    assert "Quảng Ninh" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "#article mark.fig")
    _shot(browser, "web-article.png")
    browser.get(base_url + "/facts?province=quang+ninh")
    assert browser.find_elements(By.CSS_SELECTOR, "#facts tbody tr")
    _shot(browser, "web-facts.png")
    browser.get(base_url + "/handbook")
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "handbook-province")).select_by_visible_text("Quảng Ninh")
    _shot(browser, "web-handbook.png")
    browser.find_element(By.ID, "download").click()
    target = browser.downloads / "cam-nang-ocop-quang-ninh.docx"
    assert "word/document.xml" in _downloaded_docx(browser, target)


def _downloaded_docx(driver, target: Path, timeout: float = 60) -> list[str]:
    """The members of the Word file ``target`` once Chromium has finished downloading it.
    The file's existence is not the condition: Chromium creates an empty file under the final
    name about a millisecond before it renames the finished NAME.crdownload over it (seen in
    2 of 60 downloads under load; a full-suite run read b"" there). Done means: no partial
    download left in the folder and ``target`` a whole zip archive (its directory comes last)."""
    import zipfile

    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    def finished(_driver) -> list[str] | None:
        if any(p.suffix == ".crdownload" for p in target.parent.iterdir()):
            return None
        if not (target.is_file() and zipfile.is_zipfile(target)):
            return None
        with zipfile.ZipFile(target) as archive:
            return archive.namelist()

    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.2).until(finished)
    except TimeoutException:
        found = {p.name: p.stat().st_size for p in target.parent.iterdir()}
        raise AssertionError(f"no complete {target.name} after {timeout:.0f}s: {found}") from None

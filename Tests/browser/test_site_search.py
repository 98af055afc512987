"""Search in a real browser: typing a party's name into the search box lists results that all
contain the name, one of them is the party's page, and following a result opens a real page."""

import json
import unicodedata
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from sitecheck import (DESKTOP_WIDTH, PHONE_WIDTH, chrome, emulate, fetch, horizontal_overflow,
                       save_screenshot, severe_console_entries, shared_site)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search(site, driver, query: str):
    driver.get_log("browser")
    driver.get(site.url("search/"))
    box = driver.find_element(By.CSS_SELECTOR, "main input[type=search]")
    box.send_keys(query, Keys.ENTER)
    wait = WebDriverWait(driver, 15)
    # "Searching…" shows while the index loads; the search has ended when the status says more.
    wait.until(lambda d: d.find_element(By.ID, "search-status").text.strip() not in ("", "Searching…"))
    return driver.find_elements(By.CSS_SELECTOR, "#search-results li")


def test_a_party_name_finds_the_party_and_only_matching_results(site, driver):
    party = site.busiest_party
    results = search(site, driver, party["name"])
    assert results, driver.find_element(By.ID, "search-status").text
    status = driver.find_element(By.ID, "search-status").text
    assert str(len(results)) in status or "Showing the first" in status
    hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")]
    assert len(hrefs) == len(results)
    # Every result's record mentions the name (accents and case folded, as the search does); the
    # page shows only the first 240 characters of a record, so the record itself is checked.
    records = {}
    for chunk in sorted((site.root / "search" / "r").glob("*.json")):
        for kind, title, url, text in json.loads(chunk.read_text()):
            records.setdefault(site.url(url), []).append({"title": title, "text": text})
    for href in hrefs:
        assert href in records, f"result {href} is not in the search index"
        assert any(all(word in fold(r["title"] + " " + r["text"]) for word in fold(party["name"]).split())
                   for r in records[href]), href
    assert hrefs[0] == site.url(f"parties/{party['id']}/"), "the party itself is not the first result"
    assert severe_console_entries(driver) == []
    for width, label in ((PHONE_WIDTH, "phone"), (DESKTOP_WIDTH, "desktop")):
        emulate(driver, width=width, height=800 if width == PHONE_WIDTH else 900)
        save_screenshot(driver, f"search-results-{label}", full_page=False)
        if width == PHONE_WIDTH:
            assert horizontal_overflow(driver) == [], "search results wider than a phone"


def test_a_result_link_leads_to_a_page(site, driver):
    party = site.busiest_party
    search(site, driver, party["name"])
    link = driver.find_element(By.CSS_SELECTOR, "#search-results li a")
    href, title = link.get_attribute("href"), link.text
    link.click()
    WebDriverWait(driver, 15).until(EC.url_to_be(href))
    status, _ = fetch(href.partition("#")[0])
    assert status == 200
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading and "not found" not in heading.lower()
    assert severe_console_entries(driver) == []


def test_a_query_in_the_address_searches_on_load(site, driver):
    party = site.busiest_party
    driver.get(site.url("search/?q=" + urllib.parse.quote(party["name"])))
    WebDriverWait(driver, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    assert driver.find_element(By.CSS_SELECTOR, "main input[type=search]").get_attribute("value") == party["name"]


def test_nonsense_finds_nothing_and_says_so(site, driver):
    results = search(site, driver, "zzqxv-no-such-word")
    assert results == []
    assert driver.find_element(By.ID, "search-status").text.strip() == "No results."


def test_a_query_downloads_only_a_few_pieces_of_the_index(site, driver):
    """The first query fetches the manifest, its words' shards and the chunks of the results it
    shows, far less than the index (and under 100 KB, the bar at 10,000 articles)."""
    party = site.busiest_party
    search(site, driver, party["name"])
    fetched = driver.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter(function (e) { return e.name.indexOf('/search/') !== -1 && /\\.json$/.test(e.name); })"
        ".map(function (e) { return [e.name, e.encodedBodySize]; });")
    assert fetched, "the search fetched no part of its index"
    total = sum(size for _, size in fetched)
    index = sum(p.stat().st_size for p in (site.root / "search").rglob("*.json"))
    assert total <= 100_000
    assert len(fetched) < len(list((site.root / "search").rglob("*.json")))
    assert total < index


def search_fetches(driver):
    return sorted(driver.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter(function (e) { return e.name.indexOf('/search/') !== -1 && /\\.json$/.test(e.name); })"
        ".map(function (e) { return e.name; });"))


def test_common_words_do_not_widen_a_query(site, driver):
    """"of" and "the" begin nearly every record's words: a query with other words leaves them
    out, so it downloads what those words alone download and finds the same results."""
    party = site.busiest_party
    search(site, driver, party["name"])
    alone = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")]
    fetched_alone = search_fetches(driver)
    search(site, driver, f"the {party['name']} of")
    padded = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")]
    assert alone and padded == alone
    assert search_fetches(driver) == fetched_alone


def test_more_results_come_on_request(site, driver):
    results = search(site, driver, "the")
    more = driver.find_element(By.ID, "search-more")
    if not more.is_displayed():
        pytest.skip("fewer than ten results for a common word")
    assert len(results) == 10
    more.click()
    WebDriverWait(driver, 15).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results li")) > 10)

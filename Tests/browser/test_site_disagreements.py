"""Where sources disagree, in a real browser on the example site: the index page lists the one
disagreement the example articles have (who failed the handover of 7 June), naming every source
with its sentence; the timeline entry of 7 June carries the "Sources differ" note that leads
there; the briefings that take a side show it. Every link and fragment answers; axe finds
nothing serious in light and dark at 360 px and 1280 px; nothing overflows a 360 px screen.
Screenshots go to artifacts/screenshots/disagreements-*.png."""

import re
import urllib.parse

import pytest

from sitecheck import (AXE_IMPACTS_THAT_FAIL, DESKTOP_WIDTH, PHONE_WIDTH, axe_violations,
                       describe_violation, emulate, fetch, horizontal_overflow, internal_links,
                       parse_links, save_screenshot, severe_console_entries)

INDEX = "disagreements/"
# The page of the briefing `vostok-kyiv-fails-to-show`: its folder is the short name of its id
# (SitePaths.briefingName), the same in every build.
BRIEFING = "briefings/rpyqgr7k/"


def test_the_index_names_both_sides_with_their_sentences(site, driver):
    emulate(driver, width=DESKTOP_WIDTH)
    driver.get(site.url(INDEX))
    assert driver.find_element("css selector", "h1").text == "Where sources disagree"
    headings = [h.text for h in driver.find_elements("css selector", "main h3")]
    assert headings == ["Who is to blame for the exchange of 7 June 2025 "
                        "(Russia blames Ukraine, which denies it)"]
    claims = [li.text for li in driver.find_elements("css selector", "main h3 + ul > li")]
    assert any(c.startswith("Vostok Daily") and "unexpectedly postponed" in c for c in claims)
    assert any(c.startswith("Kyiv Ledger") and "no date for either had been agreed" in c
               for c in claims)
    # Each claim links to its sentence on its briefing page.
    hrefs = [a.get_attribute("href")
             for a in driver.find_elements("css selector", "main h3 + ul > li > a:last-child")]
    assert len(hrefs) == len(claims) and all(re.search(r"#s\d+$", h) for h in hrefs)


def test_the_timeline_entry_of_seven_june_says_sources_differ(site, driver):
    emulate(driver, width=DESKTOP_WIDTH)
    driver.get(site.url("timeline/"))
    # The entry whose sources differ: the exchange of 7 June in Belarus.
    entry = driver.find_element(
        "xpath", "//li[starts-with(@id, 'event-')][contains(., 'Sources differ')]")
    assert "Sources differ on who is to blame:" in entry.text
    link = entry.find_element("link text", "Compare the sources")
    link.click()
    assert urllib.parse.urlparse(driver.current_url).path.endswith("/" + INDEX)
    fragment = urllib.parse.urlparse(driver.current_url).fragment
    assert driver.find_elements("id", fragment), f"no #{fragment} on the index page"


def test_a_briefing_that_takes_a_side_shows_the_disagreement(site, driver):
    emulate(driver, width=DESKTOP_WIDTH)
    driver.get(site.url(BRIEFING))
    headings = [h.text for h in driver.find_elements("css selector", "main h2")]
    assert "Where sources disagree" in headings
    driver.get(site.url(""))
    link = driver.find_element("link text", "1 disagreement between sources")
    assert link.get_attribute("href").endswith("/" + INDEX)


@pytest.mark.parametrize("path", [INDEX, BRIEFING, "timeline/"])
def test_every_link_and_fragment_answers(site, path):
    page_url = site.url(path)
    status, body = fetch(page_url)
    assert status == 200
    ids_by_page, broken = {}, []
    for attribute, url in sorted(set(internal_links(site, page_url, body))):
        target, _, fragment = url.partition("#")
        if target not in ids_by_page:
            target_status, target_body = fetch(target)
            is_html = target.endswith("/") or target.endswith(".html")
            ids_by_page[target] = (parse_links(target_body).ids if is_html else set()) \
                if target_status == 200 else None
        ids = ids_by_page[target]
        if ids is None or (fragment and urllib.parse.unquote(fragment) not in ids):
            broken.append(f"{attribute} {url}")
    assert broken == []


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_index_is_axe_clean_and_fits_a_phone(site, driver, scheme, width):
    emulate(driver, width=width, height=800 if width == PHONE_WIDTH else 900,
            dark=scheme == "dark")
    driver.get_log("browser")
    failing = []
    for path in (INDEX, BRIEFING):
        driver.get(site.url(path))
        failing += [f"{path}: {describe_violation(v)}" for v in axe_violations(driver)
                    if v["impact"] in AXE_IMPACTS_THAT_FAIL]
        if width == PHONE_WIDTH:
            assert horizontal_overflow(driver) == [], f"{path} is wider than a 360 px phone"
    label = "phone" if width == PHONE_WIDTH else "desktop"
    driver.get(site.url(INDEX))
    save_screenshot(driver, f"disagreements-{label}-{scheme}", full_page=scheme == "light")
    assert failing == []
    assert severe_console_entries(driver) == []

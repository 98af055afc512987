"""The four sample pages of the example site (home, a briefing, the timeline, a party) in a real
browser: they load without console errors, every internal link and image answers 200 (and every
#fragment exists on its page), nothing overflows a 360 px phone screen, and screenshots at phone
and desktop widths are kept under artifacts/screenshots/ for a person to look at."""

import urllib.parse

import pytest

from sitecheck import (DESKTOP_WIDTH, PHONE_WIDTH, chrome, emulate, fetch, horizontal_overflow,
                       internal_links, parse_links, save_screenshot, severe_console_entries,
                       shared_site)

PAGES = ("home", "briefing", "timeline", "party")


@pytest.fixture(scope="module")
def site():
    return shared_site()


@pytest.fixture(scope="module")
def driver():
    browser = chrome()
    yield browser
    browser.quit()


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
@pytest.mark.parametrize("page", PAGES)
def test_page_loads_without_console_errors_and_is_screenshotted(site, driver, page, width):
    emulate(driver, width=width, height=800 if width == PHONE_WIDTH else 900)
    driver.get_log("browser")  # forget what earlier pages logged
    driver.get(site.url(site.sample_pages[page]))
    driver.execute_script("return document.fonts.ready")
    assert driver.find_element("css selector", "h1").text.strip(), "page has no visible h1"
    label = "phone" if width == PHONE_WIDTH else "desktop"
    save_screenshot(driver, f"{page}-{label}", full_page=False)
    save_screenshot(driver, f"{page}-{label}-full", full_page=True)
    assert severe_console_entries(driver) == []
    if width == PHONE_WIDTH:
        assert horizontal_overflow(driver) == [], "content wider than a 360 px phone"


@pytest.mark.parametrize("page", PAGES)
def test_every_internal_link_and_image_answers(site, page):
    page_url = site.url(site.sample_pages[page])
    status, body = fetch(page_url)
    assert status == 200
    links = internal_links(site, page_url, body)
    assert links, "a page with no internal links at all is suspicious"
    broken, missing_fragments, ids_by_page = [], [], {}
    for attribute, url in sorted(set(links)):
        target, _, fragment = url.partition("#")
        if target not in ids_by_page:
            target_status, target_body = fetch(target)
            if target_status != 200:
                broken.append(f"{attribute} {url}: {target_status}")
                ids_by_page[target] = None
                continue
            is_html = target.endswith("/") or target.endswith(".html")
            ids_by_page[target] = parse_links(target_body).ids if is_html else set()
        ids = ids_by_page[target]
        if fragment and ids is not None and urllib.parse.unquote(fragment) not in ids:
            missing_fragments.append(f"{attribute} {url}")
    assert broken == []
    assert missing_fragments == []

"""The four sample pages of the example site (home, a briefing, the timeline, a party) in a real
browser: they load without console errors, every internal link and image answers 200 (and every
#fragment exists on its page), nothing overflows a 360 px phone screen, and screenshots at phone
and desktop widths (first screen light and dark, whole page light) are kept under
artifacts/screenshots/ for a person to look at."""

import urllib.parse

import pytest

from sitecheck import (DESKTOP_WIDTH, PHONE_WIDTH, chrome, emulate, fetch, horizontal_overflow,
                       internal_links, parse_links, save_screenshot, severe_console_entries,
                       shared_site)

PAGES = ("home", "briefing", "timeline", "party")


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
    emulate(driver, width=width, height=800 if width == PHONE_WIDTH else 900, dark=True)
    save_screenshot(driver, f"{page}-{label}-dark", full_page=False)
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


def test_a_missing_page_gets_the_styled_404_page(site, driver):
    emulate(driver, width=DESKTOP_WIDTH)
    driver.get_log("browser")
    status, _ = fetch(site.url("no/such/page/"))
    assert status == 404
    driver.get(site.url("no/such/page/"))
    assert driver.find_element("css selector", "h1").text.strip()
    # The 404 page links by absolute paths below the base URL: its stylesheet must load from there.
    loaded = driver.execute_script(
        "return [...document.styleSheets].some(s => s.href && s.href.endsWith('assets/site.css') && s.cssRules.length > 0)")
    assert loaded, "the 404 page's stylesheet did not load from the base path"
    status, body = fetch(site.url("404.html"))
    broken = [url for _, url in internal_links(site, site.url("404.html"), body)
              if fetch(url.partition("#")[0])[0] != 200]
    assert broken == []
    # The only console error allowed is the 404 status of the missing page itself.
    errors = [e for e in severe_console_entries(driver) if "no/such/page" not in e["message"]]
    assert errors == []


def test_no_generated_page_scrolls_sideways_on_a_phone(site, driver):
    emulate(driver, width=PHONE_WIDTH, height=800)
    wide = {}
    for page in site.html_pages():
        path = page.relative_to(site.root).as_posix().removesuffix("index.html")
        driver.get(site.url(path))
        overflow = horizontal_overflow(driver)
        if overflow:
            wide[path] = overflow[:3]
    assert wide == {}

"""One timeline. Without JavaScript it reads as a paged list: every event of the site is listed on
exactly one timeline page, and the year and month links lead to pages of their own dates. In a
browser it filters by kind, by party and by date range over the whole site on those same pages,
with the URL's query keeping the filter; a party's page links into the filtered timeline."""

import re
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from sitecheck import fetch, parse_links, severe_console_entries, shared_site

EVENT_ID = re.compile(r'id="event-([^"]+)"')


def events_on(site, url: str) -> set[str]:
    status, body = fetch(url)
    assert status == 200, f"{url}: {status}"
    return set(EVENT_ID.findall(body.decode()))


def filter_links(site, pattern: str) -> dict[str, str]:
    """site-relative filter path → absolute URL, for the timeline's links matching a pattern."""
    page = site.url("timeline/")
    _, body = fetch(page)
    found = {}
    for _, value in parse_links(body).links:
        absolute = urllib.parse.urljoin(page, value).partition("#")[0]
        path = absolute.removeprefix(site.base)
        if absolute.startswith(site.base) and re.fullmatch(pattern, path):
            found[path] = absolute
    return found


def test_the_timeline_lists_every_event_of_the_corpus_once(site):
    expected = {event["id"] for event in site.corpus["timeline"]}
    pages = {"timeline/": site.url("timeline/")}
    pages.update(filter_links(site, r"timeline/(\d{4}(/\d{2})?|undated)/"))
    seen: dict[str, str] = {}
    for path, url in pages.items():
        for event in events_on(site, url):
            assert event not in seen, f"{event} is on {seen[event]} and on {path}"
            seen[event] = path
    assert set(seen) == expected
    for event in site.corpus["timeline"]:
        assert seen[event["id"]] == event["page"], event["id"]


def test_no_page_per_party_or_kind_repeats_the_timeline(site):
    assert not (site.root / "timeline" / "party").exists()
    assert not (site.root / "timeline" / "kind").exists()


def test_period_pages_show_only_events_of_their_period(site):
    links = filter_links(site, r"timeline/\d{4}(/\d{2})?/")
    if not links:
        assert (site.root / "timeline" / "index.html").is_file() and not any(
            e["page"] != "timeline/" for e in site.corpus["timeline"]), "unpaged, yet not all on one page"
    days = {e["id"]: e["day"] for e in site.corpus["timeline"]}
    for path, url in links.items():
        prefix = "-".join(path.split("/")[1:-1])
        for event in events_on(site, url):
            assert days[event] == "" or days[event].startswith(prefix), (path, event)


def visible_events(driver) -> list:
    # An event's list item carries the event's id itself (no anchor span inside it).
    return [li for li in driver.find_elements(By.CSS_SELECTOR, "main li[id^='event-']")
            if li.is_displayed()]


def open_filtered(site, driver, query: str) -> str:
    driver.get_log("browser")
    driver.get(site.url("timeline/" + query))
    wait = WebDriverWait(driver, 15)
    wait.until(lambda d: d.find_element(By.ID, "timeline-explore").is_displayed())
    if query:
        wait.until(lambda d: d.find_element(By.ID, "timeline-matches").text.strip())
    return driver.find_element(By.ID, "timeline-matches").text


def expected_pages(site, events) -> set[str]:
    return {e["page"] for e in events}


def check_filter(site, driver, query: str, keep):
    status = open_filtered(site, driver, query)
    matching = [e for e in site.corpus["timeline"] if keep(e)]
    assert matching, f"{query} matches no event of the corpus"
    assert status.startswith(f"{len(matching)} event"), status
    on_first = [e for e in matching if e["page"] == "timeline/"]
    shown = visible_events(driver)
    assert len(shown) == len(on_first)
    # The pages that hold the other matches are listed, and keep the filter.
    links = driver.find_elements(By.CSS_SELECTOR, "#timeline-matches a")
    hrefs = {a.get_attribute("href") for a in links}
    wanted = {site.url(p) + query for p in expected_pages(site, matching) if p != "timeline/"}
    assert hrefs == wanted
    assert severe_console_entries(driver) == []
    if hrefs:
        driver.get(sorted(hrefs)[0])
        WebDriverWait(driver, 15).until(
            lambda d: d.find_element(By.ID, "timeline-matches").text.strip())
        page = sorted(hrefs)[0].removeprefix(site.base).partition("?")[0]
        assert len(visible_events(driver)) == len([e for e in matching if e["page"] == page])
        # Links to other timeline pages carry the filter.
        nav = driver.find_elements(By.CSS_SELECTOR, "nav.timeline-filters a")
        assert nav and all(a.get_attribute("href").endswith(query) for a in nav)
    return shown


def test_filter_by_party_shows_exactly_its_events(site, driver):
    party = site.busiest_party
    check_filter(site, driver, f"?party={party['id']}", lambda e: party["id"] in e["parties"])
    for li in visible_events(driver):
        hrefs = [a.get_attribute("href") for a in li.find_elements(By.TAG_NAME, "a")]
        assert any(h.startswith(site.url(f"parties/{party['id']}/")) for h in hrefs), li.text


def test_filter_by_kind_and_dates_combines(site, driver):
    days = sorted(e["day"] for e in site.corpus["timeline"] if e["day"])
    start, end = days[len(days) // 4], days[3 * len(days) // 4]
    kinds = sorted({e["kind"] for e in site.corpus["timeline"]})
    kind = max(kinds, key=lambda k: sum(e["kind"] == k for e in site.corpus["timeline"]))
    query = f"?kind={kind}&from={start}&to={end}"
    check_filter(site, driver, query,
                 lambda e: e["kind"] == kind and e["day"] and start <= e["day"] <= end)
    form = driver.find_element(By.ID, "timeline-explore")
    assert form.find_element(By.NAME, "kind").get_attribute("value") == kind
    assert form.find_element(By.NAME, "from").get_attribute("value") == start


def test_the_form_writes_the_filter_into_the_url(site, driver):
    party = site.busiest_party
    open_filtered(site, driver, "")
    form = driver.find_element(By.ID, "timeline-explore")
    form.find_element(By.CSS_SELECTOR, f"select[name=party] option[value='{party['id']}']").click()
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 15).until(lambda d: f"party={party['id']}" in d.current_url)
    count = sum(party["id"] in e["parties"] for e in site.corpus["timeline"])
    WebDriverWait(driver, 15).until(
        lambda d: d.find_element(By.ID, "timeline-matches").text.startswith(f"{count} event"))


def test_a_party_page_links_into_the_filtered_timeline(site):
    party = site.busiest_party
    page = site.url(f"parties/{party['id']}/")
    _, body = fetch(page)
    targets = {urllib.parse.urljoin(page, v) for _, v in parse_links(body).links}
    assert site.url(f"timeline/?party={party['id']}") in targets


def test_without_javascript_the_form_is_hidden(site):
    _, body = fetch(site.url("timeline/"))
    assert re.search(r'<form id="timeline-explore"[^>]* hidden', body.decode())

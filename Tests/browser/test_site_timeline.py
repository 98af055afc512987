"""Timeline filters as plain links (no JavaScript needed): every filter the timeline offers leads
to a page that exists and lists exactly the matching events of the corpus, no more, no fewer."""

import re
import urllib.parse

from sitecheck import fetch, parse_links, shared_site

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


def test_the_timeline_lists_every_event_of_the_corpus(site):
    expected = {event["id"] for event in site.corpus["timeline"]}
    shown = events_on(site, site.url("timeline/"))
    for period in filter_links(site, r"timeline/\d{4}(/\d{2})?/").values():
        shown |= events_on(site, period)
    assert shown == expected


def test_party_filters_show_exactly_the_partys_events(site):
    links = filter_links(site, r"timeline/party/[a-z0-9-]+/")
    assert links, "the timeline offers no party filter"
    for path, url in links.items():
        party = path.split("/")[2]
        expected = {e["id"] for e in site.corpus["timeline"] if party in e["parties"]}
        assert expected, f"{path} filters on a party in no event"
        assert events_on(site, url) == expected, path


def test_kind_filters_show_exactly_the_events_of_that_kind(site):
    links = filter_links(site, r"timeline/kind/[a-z0-9-]+/")
    assert links, "the timeline offers no filter by kind"
    for path, url in links.items():
        kind = path.split("/")[2]
        expected = {e["id"] for e in site.corpus["timeline"] if e["kind"] == kind}
        assert events_on(site, url) == expected, path


def test_period_pages_show_exactly_the_events_of_their_period(site):
    links = filter_links(site, r"timeline/\d{4}(/\d{2})?/")
    assert links, "the timeline offers no filter by year or month"
    assert any(path.count("/") == 3 for path in links), "the timeline offers no filter by month"
    for path, url in links.items():
        prefix = "-".join(path.split("/")[1:-1])
        expected = {e["id"] for e in site.corpus["timeline"]
                    if (e["date"].get("value") or "").startswith(prefix)}
        assert events_on(site, url) == expected, path

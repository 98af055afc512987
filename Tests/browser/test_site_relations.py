"""Who stands with whom on party pages (issue 18, part 2), in a real browser: the relations network
is an inline SVG (no JavaScript needed to read it) whose edges are exactly the table's rows for
the parties it draws, every edge, node and sentence link lands on an element that exists, the
picture and the table fit a 360 px phone, and axe finds nothing serious. Screenshots of the
section at phone and desktop widths go to artifacts/screenshots/."""

import re
import urllib.parse

import pytest

from sitecheck import (AXE_IMPACTS_THAT_FAIL, DESKTOP_WIDTH, PHONE_WIDTH, axe_violations,
                       describe_violation, emulate, fetch, horizontal_overflow, parse_links,
                       save_screenshot)

# What the page shows of each relation, read in the browser.
READ = """
    const figure = document.querySelector('figure.relations');
    const svg = figure ? figure.querySelector('svg') : null;
    const table = document.querySelector('table.relations-table');
    const rows = table ? [...table.querySelectorAll('tbody tr')].map(tr => ({
      id: tr.id, relation: tr.querySelector('th').textContent,
      party: tr.querySelector('td a').textContent,
      count: parseInt(tr.querySelectorAll('td')[1].querySelector('.count').textContent, 10),
      links: [...tr.querySelectorAll('.relation-sources a')].map(a => a.href)})) : [];
    const labelled = svg ? (svg.getAttribute('aria-labelledby') || '').split(' ')
      .map(id => document.getElementById(id)).filter(e => e && svg.contains(e))
      .map(e => e.textContent) : [];
    return {
      inline: !!svg && svg.parentElement === figure && svg.namespaceURI === 'http://www.w3.org/2000/svg',
      role: svg ? svg.getAttribute('role') : null,
      labelled: labelled,
      edges: svg ? [...svg.querySelectorAll('a.edge')].map(a => a.getAttribute('href')) : [],
      nodes: svg ? [...svg.querySelectorAll('a.node')].map(a => ({
        href: a.getAttribute('href'), name: a.querySelector('title').textContent})) : [],
      caption: table && table.caption ? table.caption.textContent : '',
      rows: rows,
      scripts: document.scripts.length,
      svgWidth: svg ? svg.getBoundingClientRect().width : 0,
    };
"""


def related_parties(site) -> list[str]:
    """Site-relative paths of the party pages that show relations, the richest first."""
    pages = []
    for page in site.root.glob("parties/*/index.html"):
        rows = page.read_text(encoding="utf-8").count('<tr id="relation-')
        if rows:
            pages.append((-rows, page.parent.relative_to(site.root).as_posix() + "/"))
    return [path for _, path in sorted(pages)]


def test_the_example_site_has_relations_and_russia_met_ukraine(site):
    paths = related_parties(site)
    assert "parties/russia/" in paths and "parties/ukraine/" in paths
    html = (site.root / "parties/russia/index.html").read_text(encoding="utf-8")
    assert '<tr id="relation-met-ukraine">' in html
    assert '<tr id="relation-met-russia">' in (site.root / "parties/ukraine/index.html").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
def test_the_network_is_inline_and_its_edges_are_the_tables_rows(site, driver, width):
    emulate(driver, width=width, height=900)
    for path in related_parties(site):
        driver.get(site.url(path))
        seen = driver.execute_script(READ)
        assert seen["inline"], f"{path}: no inline SVG in figure.relations"
        assert seen["role"] == "img"
        assert len(seen["labelled"]) == 2 and all(t.strip() for t in seen["labelled"]), path
        assert seen["scripts"] == 0, f"{path}: a party page needs no script"
        row_ids = {r["id"] for r in seen["rows"]}
        edges = [e.removeprefix("#") for e in seen["edges"]]
        assert len(edges) == len(set(edges)), f"{path}: one edge per row"
        assert set(edges) <= row_ids, f"{path}: edges without a row"
        drawn = {n["name"] for n in seen["nodes"]}
        # Every row about a drawn party is an edge; rows about others are only in the table.
        assert {r["id"] for r in seen["rows"] if r["party"] in drawn} == set(edges), path
        assert {n["href"].removeprefix("#") for n in seen["nodes"]} <= row_ids
        assert len(seen["nodes"]) <= 8
        for row in seen["rows"]:
            assert row["count"] >= len(row["links"]) >= 1, f"{path}: {row}"
        assert seen["caption"].startswith("Relations of ")
        assert seen["svgWidth"] <= width
        if width == PHONE_WIDTH:
            assert horizontal_overflow(driver) == [], f"{path} is wider than a 360 px phone"


def test_every_edge_node_and_sentence_link_lands_on_an_element(site):
    ids_by_page: dict[str, set] = {}
    for path in related_parties(site):
        url = site.url(path)
        status, body = fetch(url)
        assert status == 200
        own = parse_links(body).ids
        html = body.decode("utf-8")
        section = html[html.index("<figure class=\"chart relations\">"):html.index("</table>")]
        hrefs = re.findall(r'href="([^"]*)"', section)
        assert hrefs
        missing = []
        for href in hrefs:
            target = urllib.parse.urljoin(url, href)
            page, _, fragment = target.partition("#")
            if page == url:
                if fragment not in own:
                    missing.append(href)
                continue
            if page not in ids_by_page:
                page_status, page_body = fetch(page)
                assert page_status == 200, f"{path}: {href} answers {page_status}"
                ids_by_page[page] = parse_links(page_body).ids
            if fragment and fragment not in ids_by_page[page]:
                missing.append(href)
        assert missing == [], path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_party_pages_with_relations_are_axe_clean_and_screenshotted(site, driver, scheme):
    failing = []
    for width in (PHONE_WIDTH, DESKTOP_WIDTH):
        emulate(driver, width=width, height=900, dark=scheme == "dark")
        for path in related_parties(site)[:3]:
            driver.get(site.url(path))
            for v in axe_violations(driver):
                print(f"axe {path} {scheme} {width}px: {v['impact']} {v['id']}")
                if v["impact"] in AXE_IMPACTS_THAT_FAIL:
                    failing.append(f"{path} {width}px: {describe_violation(v)}")
        driver.get(site.url(related_parties(site)[0]))
        driver.execute_script(
            "document.querySelector('figure.relations').scrollIntoView({block: 'start'})")
        label = "phone" if width == PHONE_WIDTH else "desktop"
        save_screenshot(driver, f"relations-{label}-{scheme}", full_page=False)
    assert failing == []

"""A briefing's "on the timeline" picture (issue 16.1): the page carries only its numbers, and
assets/placement.js draws it in a real browser as a labelled inline SVG, one dot per key date
(or a bigger dot for close days), that fits a 360 px phone. Without JavaScript the figure is
hidden and the key-dates list under it gives the same days."""

import re

from sitecheck import PHONE_WIDTH, emulate, horizontal_overflow

READ = """
    const figure = document.querySelector('figure.placement');
    const svg = figure ? figure.querySelector('svg') : null;
    const labelled = svg ? (svg.getAttribute('aria-labelledby') || '').split(' ')
      .map(id => document.getElementById(id)).filter(e => e && svg.contains(e))
      .map(e => e.textContent) : [];
    const single = svg ? svg.querySelector('path.day') : null;
    return {
      hidden: figure ? figure.hidden : null,
      role: svg ? svg.getAttribute('role') : null,
      labelled: labelled,
      singles: single ? (single.getAttribute('d').match(/h0/g) || []).length : 0,
      clusters: svg ? svg.querySelectorAll('circle.dot').length : 0,
      ticks: svg ? svg.querySelectorAll('path.tick').length : 0,
      caption: figure && figure.querySelector('figcaption') ? figure.querySelector('figcaption').textContent : '',
      width: svg ? svg.getBoundingClientRect().width : 0,
    };
"""


def dated_briefing(site) -> str:
    """Site-relative path of the first briefing page that has a placement picture."""
    for page in sorted(site.root.glob("briefings/*/index.html")):
        if 'class="chart placement"' in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(site.root).as_posix() + "/"
    raise AssertionError("no briefing page has a placement picture")


def test_the_page_carries_numbers_not_a_drawing(site):
    html = (site.root / dated_briefing(site) / "index.html").read_text(encoding="utf-8")
    figure = re.search(r'<figure class="chart placement"[^>]*>', html).group(0)
    assert " hidden" in figure, "hidden until drawn: without JavaScript the list says the same"
    assert re.search(r'data-span="\d+ \d+"', figure) and re.search(r'data-days="\d+( \d+)*"', figure)
    assert "<svg" not in html.split('<ul class="key-dates"')[0].split("<h2>Key dates</h2>")[1]
    assert "placement.js" in html


def test_the_script_draws_a_labelled_picture_with_a_dot_per_day(site, driver):
    path = dated_briefing(site)
    html = (site.root / path / "index.html").read_text(encoding="utf-8")
    days = len(re.search(r'data-days="([^"]*)"', html).group(1).split())
    emulate(driver, width=PHONE_WIDTH)
    driver.get(site.url(path))
    seen = driver.execute_script(READ)
    assert seen["hidden"] is False
    assert seen["role"] == "img"
    assert len(seen["labelled"]) == 2 and seen["labelled"][0] == "This briefing on the timeline"
    assert seen["labelled"][1].startswith("This article's events fall on ")
    assert 1 <= seen["singles"] + seen["clusters"] <= days
    assert seen["ticks"] == 1
    assert seen["caption"].startswith("Dots: this briefing's events")
    assert 0 < seen["width"] <= PHONE_WIDTH
    assert horizontal_overflow(driver) == []

"""Page titles on a 360 px phone (issue 18, part 4): on every page of the example site the site
header and its nav sit above the page's h1 without overlapping it, and no h1 shows more than three
lines; a title clamped to three lines keeps its full text in the page (the h1's text and the
document title), so nothing is lost to a screen reader, and a tap shows it whole."""

from sitecheck import PHONE_WIDTH, emulate

MAX_TITLE_LINES = 3

BOXES = """
    const box = element => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};
    };
    const h1 = document.querySelector('main h1');
    const style = h1 ? getComputedStyle(h1) : null;
    return {
      header: box(document.querySelector('.site-header')),
      siteTitle: box(document.querySelector('.site-title')),
      nav: box(document.querySelector('.site-header nav')),
      h1: box(h1),
      lineHeight: style ? parseFloat(style.lineHeight) : 0,
      clamped: h1 ? h1.scrollHeight > h1.clientHeight + 1 : false,
      text: h1 ? h1.textContent.trim() : '',
      documentTitle: document.title,
    };
"""


def overlap(a: dict, b: dict) -> bool:
    """Whether two boxes share any area (touching edges do not count)."""
    return (a["left"] < b["right"] and b["left"] < a["right"]
            and a["top"] < b["bottom"] and b["top"] < a["bottom"])


def phone_boxes(site, driver) -> dict[str, dict]:
    """Site-relative path → the boxes of BOXES, for every HTML page at 360 px."""
    emulate(driver, width=PHONE_WIDTH, height=800)
    boxes = {}
    for page in site.html_pages():
        path = page.relative_to(site.root).as_posix().removesuffix("index.html")
        driver.get(site.url(path))
        boxes[path] = driver.execute_script(BOXES)
    return boxes


def test_titles_header_and_nav_sit_above_the_title_on_a_phone(site, driver):
    boxes = phone_boxes(site, driver)
    assert len(boxes) > 10, "the example site has too few pages to say anything"
    wrong = {}
    for path, b in boxes.items():
        assert b["h1"] is not None, f"{path} has no h1"
        assert b["header"] and b["nav"] and b["siteTitle"], f"{path} has no site header with a nav"
        problems = [name for name in ("header", "nav", "siteTitle") if overlap(b[name], b["h1"])]
        if b["header"]["bottom"] > b["h1"]["top"]:
            problems.append(f"header ends at {b['header']['bottom']:.0f} px, below the title's "
                            f"top at {b['h1']['top']:.0f} px")
        if problems:
            wrong[path] = problems
    assert wrong == {}


def test_titles_show_at_most_three_lines_on_a_phone_and_keep_their_full_text(site, driver):
    boxes = phone_boxes(site, driver)
    too_tall, lost = {}, {}
    clamped = 0
    for path, b in boxes.items():
        assert b["lineHeight"] > 0, f"{path}: the h1 has no line height in px"
        lines = (b["h1"]["bottom"] - b["h1"]["top"]) / b["lineHeight"]
        if lines > MAX_TITLE_LINES + 0.25:
            too_tall[path] = f"{lines:.1f} lines: {b['text'][:80]}"
        if b["clamped"]:
            clamped += 1
            if not b["documentTitle"].startswith(b["text"]):
                lost[path] = (b["text"], b["documentTitle"])
    assert too_tall == {}
    assert lost == {}, "a clamped title's full text must stay in the h1 and the document title"
    # The example content has titles long enough to need the clamp at 360 px: the check above
    # would say nothing if none were.
    assert clamped > 0, "no title needed clamping: the example content no longer tests the clamp"


def test_titles_a_tap_on_a_clamped_title_shows_it_whole(site, driver):
    """On a touch screen the tap is the way to read a clamped title on the page itself."""
    emulate(driver, width=PHONE_WIDTH, height=800)
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled",
                           {"enabled": True, "maxTouchPoints": 1})
    try:
        boxes = phone_boxes(site, driver)
        path = max((p for p, b in boxes.items() if b["clamped"]),
                   key=lambda p: len(boxes[p]["text"]), default=None)
        assert path is not None, "no clamped title in the example site to tap"
        driver.get(site.url(path))
        measure = ("const h = document.querySelector('main h1'); const r = h.getBoundingClientRect();"
                   "return {x: r.left + r.width / 2, y: r.top + r.height / 2, height: r.height,"
                   " full: h.scrollHeight, lineHeight: parseFloat(getComputedStyle(h).lineHeight)};")
        before = driver.execute_script(measure)
        for kind, points in (("touchStart", [{"x": before["x"], "y": before["y"]}]), ("touchEnd", [])):
            driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})
        after = driver.execute_script(measure)
        assert before["height"] <= MAX_TITLE_LINES * before["lineHeight"] + 1
        assert after["height"] > before["height"], f"tapping the title of {path} did not open it"
        assert after["height"] >= after["full"] - 1, "the opened title is still cut"
    finally:
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})

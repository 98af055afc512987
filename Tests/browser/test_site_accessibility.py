"""Accessibility with axe-core in a real browser: no violation of serious or critical impact on
the home page, a briefing, the timeline and a party page, in the light and the dark scheme, at
phone and desktop widths; and on one page of every other kind (parties index, a party's timeline,
a kind's, a year's and a month's timeline, search, 404) in both schemes."""

import pytest

from sitecheck import (AXE_IMPACTS_THAT_FAIL, DESKTOP_WIDTH, PHONE_WIDTH, axe_violations, chrome,
                       describe_violation, emulate, one_page_of_each_kind, shared_site)


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", ["home", "briefing", "timeline", "party", "search"])
def test_no_serious_or_critical_axe_violations(site, driver, page, scheme, width):
    emulate(driver, width=width, dark=scheme == "dark")
    path = site.sample_pages.get(page, "search/")
    driver.get(site.url(path))
    assert driver.execute_script(
        "return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    violations = axe_violations(driver)
    for v in violations:
        print(f"axe {page} {scheme} {width}px: {v['impact']} {v['id']} ({len(v['nodes'])} nodes)")
    failing = [describe_violation(v) for v in violations if v["impact"] in AXE_IMPACTS_THAT_FAIL]
    assert failing == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_one_page_of_every_kind_has_no_serious_or_critical_axe_violations(site, driver, scheme):
    emulate(driver, width=DESKTOP_WIDTH, dark=scheme == "dark")
    failing = []
    for path in one_page_of_each_kind(site):
        driver.get(site.url(path))
        for v in axe_violations(driver):
            print(f"axe {path or 'home'} {scheme}: {v['impact']} {v['id']} ({len(v['nodes'])} nodes)")
            if v["impact"] in AXE_IMPACTS_THAT_FAIL:
                failing.append(f"{path}: {describe_violation(v)}")
    assert failing == []

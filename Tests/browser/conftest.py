"""Fixtures the site's browser checks share: the example site generated once and served, and one
headless chromium per test module. A module may define its own fixture of the same name."""

import pytest

from sitecheck import chrome, shared_site


@pytest.fixture(scope="module")
def site():
    return shared_site()


@pytest.fixture(scope="module")
def driver():
    browser = chrome()
    yield browser
    browser.quit()

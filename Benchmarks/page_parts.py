"""Where a briefing page's bytes go: each part of every `briefings/*/index.html` of an output,
averaged over the pages (issue 16.1). Not a test.

    python3 Benchmarks/page_parts.py OUTPUT

Parts are cut at the page's headings and landmarks; "article text" is the escaped sentences
alone, so "article markup" is what the list around them costs. The "Key dates" heading counts
with the summary before it."""
import glob
import os
import re
import sys

# (part, the marker that starts it); a part runs to the next marker found on the page.
MARKERS = [
    ("head and site header", "<!doctype html>"),
    ("title and byline", "<h1>"),
    ("summary", "<h2>Summary</h2>"),
    ("key-dates picture", '<figure class="chart placement"'),
    ("key-dates list", '<ul class="key-dates"'),
    ("who said what", "<h2>Who said what</h2>"),
    ("disagreements", "<h2>Where sources disagree</h2>"),
    ("parties", "<h2>Parties</h2>"),
    ("article", "<h2>The article</h2>"),
    ("footer and scripts", "</main>"),
]


def parts(page: str) -> dict:
    found = sorted((page.find(m), name) for name, m in MARKERS if page.find(m) >= 0)
    out = {}
    for (start, name), (end, _) in zip(found, found[1:] + [(len(page), None)]):
        out[name] = len(page[start:end].encode())
    text = re.search(r'<ol class="article-text">(.*?)</ol>', page, re.S)
    if text:
        sentences = re.findall(r"<li[^>]*>(.*?)(?=<li|</ol>)", text.group(0), re.S)
        plain = sum(len(re.sub(r"<[^>]+>|\n", "", s).encode()) for s in sentences)
        out["article text"] = plain
        out["article markup"] = out["article"] - plain
    return out


def main(output: str) -> None:
    pages = glob.glob(os.path.join(output, "briefings", "*", "index.html"))
    totals, whole = {}, 0
    for path in pages:
        page = open(path, encoding="utf-8").read()
        whole += len(page.encode())
        for name, size in parts(page).items():
            totals[name] = totals.get(name, 0) + size
    n = len(pages)
    print(f"{n} briefing pages, {whole / n:,.0f} bytes each on average")
    for name, _ in MARKERS + [("article text", None), ("article markup", None)]:
        if name in totals:
            print(f"  {name:22} {totals[name] / n:>8,.0f} bytes  {totals[name] / 1e6:>8.2f} MB in all")


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Per-page render cost of a site build: the distribution of render times that
`briefing generate --timings` prints, and (with --callgrind) the instructions spent in
`SiteRenderer.render` for the whole build, counted by callgrind (exact on a busy machine).

Callgrind runs `render-bench` (Benchmarks/RenderBench, built beside `briefing`: valgrind 3.19
crashes on the async CLI's parked main thread), with its debug info stripped (valgrind 3.19
cannot read Swift's DWARF 5). Under callgrind a 1,000-article build takes tens of minutes.

Each run is a full render: the output folder is fresh, extractions come from the content's
`.briefing-cache` once a first build has filled it (that first build is run here if needed).

Usage: render.py BRIEFING_BINARY TEMPLATES_DIR CONTENT_DIR [--runs 3] [--callgrind]
Example: python3 ../shared/bench/gen_corpus.py 1000 /tmp/r1k
         swift build -c release --product briefing && swift build -c release --product render-bench
         python3 Benchmarks/render.py .build/release/briefing templates /tmp/r1k/content --callgrind
"""
import argparse
import os
import re
import shutil
import subprocess
import tempfile

# SiteRenderer.render(_: Page) throws -> [UInt8], as the Swift compiler mangles it.
RENDER_SYMBOL = "$s12BriefingSite0B8RendererV6renderySays5UInt8VGAA4PageVKF"


def generate(briefing, templates, content, output):
    shutil.rmtree(output, ignore_errors=True)
    res = subprocess.run([briefing, "generate", "--content", content, "--templates", templates,
                          "--output", output, "--timings"],
                         capture_output=True, text=True, check=True)
    return res.stdout + res.stderr


def render_line(log):
    match = re.search(r"^render per page .*$", log, re.M)
    return match.group(0) if match else "(no render times: is the binary older than --timings' distribution?)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("briefing")
    ap.add_argument("templates")
    ap.add_argument("content")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--callgrind", action="store_true")
    args = ap.parse_args()
    briefing, templates, content = (os.path.abspath(p) for p in
                                    (args.briefing, args.templates, args.content))
    work = tempfile.mkdtemp(prefix="render-bench-")
    output = os.path.join(work, "output")
    try:
        generate(briefing, templates, content, output)  # fills the extraction cache
        for run in range(args.runs):
            print(f"run {run + 1}: " + render_line(generate(briefing, templates, content, output)))
        if args.callgrind:
            out = os.path.join(work, "callgrind.out")
            bench = os.path.join(work, "render-bench")
            subprocess.run(["strip", "--strip-debug", "-o", bench,
                            os.path.join(os.path.dirname(briefing), "render-bench")], check=True)
            subprocess.run([bench, content, templates, output], check=True,
                           stdout=subprocess.DEVNULL)  # fills the cache for this binary
            log = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                 "--collect-atstart=no", f"--toggle-collect={RENDER_SYMBOL}",
                 bench, content, templates, output],
                capture_output=True, text=True, check=True).stdout
            pages = re.search(r"render per page \((\d+)\)", log)
            with open(out) as f:
                total = int(re.search(r"^summary: (\d+)", f.read(), re.M).group(1))
            per_page = f", {total // int(pages.group(1)):,} per document page" if pages else ""
            print(f"callgrind: {total:,} instructions in SiteRenderer.render{per_page}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

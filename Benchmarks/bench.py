#!/usr/bin/env python3
"""Briefing against Hugo on the same articles, in the same run: full builds, an incremental
rebuild after editing one article, peak memory, and how cost grows from 1,000 to 10,000.

Times come from hyperfine (repeated runs; min and median reported, as the machine is shared and
noisy); peak memory from GNU time. Prints a Markdown report and writes it to
Benchmarks/work/report.md. Not a test: nothing here fails on a number.

Each size is built from two corpora: `shared`, the project's shared workload
(../shared/bench/gen_corpus.py, the one speed and output size are judged on), and `own`
(make_corpus.py's). Besides times it reports what a reader downloads and a user publishes: output
bytes against content bytes, by top-level folder, and pages; with --callgrind, the instructions
of the one-edit rebuild, which stay exact on a busy machine.

Usage: bench.py BRIEFING_BINARY TEMPLATES_DIR [--sizes 1000 10000] [--runs 5]
                [--corpora shared own] [--callgrind] [--preview BRIEFING_WITH_SERVERS]
                [--clean move|rm]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

import resident
import sizes

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")


def hyperfine(name, command, prepare, runs, warmup=1):
    out = os.path.join(WORK, "hf.json")
    args = ["hyperfine", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
            "--export-json", out, "-n", name]
    if prepare:
        args += ["--prepare", prepare]
    subprocess.run(args + [command], check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        r = json.load(f)["results"][0]
    times = sorted(r["times"])
    return {"min": times[0], "median": times[len(times) // 2], "user": r["user"], "system": r["system"]}


# Where a run's previous output goes when --clean is "move". This machine's ext4 has no journal,
# and without one the kernel skips every inode freed in the last 60 s (360 s while its table
# block is dirty) when it creates a file, one lookup each (`recently_deleted` in
# fs/ext4/ialloc.c): an `rm -rf` of the last run's thousands of files just before a timed
# build made each file the build created cost more, and more for the tool that writes more
# files (perf, session 20: a quarter of Briefing's cold build at 1,000, 0.1 % of Hugo's).
# Moving the old output aside frees nothing until the whole benchmark has run.
TRASH = os.path.join(WORK, "trash")


def clear(paths, how):
    """The shell command that clears `paths` before a timed run."""
    if how == "rm":
        return "rm -rf " + " ".join(paths)
    moves = [f'if [ -e {p} ]; then mv {p} "$t/{i}"; fi' for i, p in enumerate(paths)]
    return f't=$(mktemp -d {TRASH}/run.XXXXXX) && ' + " && ".join(moves)


def peak_rss_mib(command, prepare):
    if prepare:
        subprocess.run(prepare, shell=True, check=True)
    res = subprocess.run(["/usr/bin/time", "-f", "%M", "sh", "-c", command + " >/dev/null 2>&1"],
                         capture_output=True, text=True, check=True)
    return int(res.stderr.strip().splitlines()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("briefing")
    ap.add_argument("templates")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpora", nargs="+", choices=["shared", "own"], default=["shared", "own"])
    ap.add_argument("--callgrind", action="store_true",
                    help="count the instructions of the one-edit rebuild with valgrind (slow)")
    ap.add_argument("--clean", choices=["move", "rm"], default="move",
                    help="how a full build's previous output is cleared before each run: moved "
                         "aside and deleted after the whole run (default), or deleted with rm -rf "
                         "just before it (see TRASH below)")
    ap.add_argument("--preview", metavar="BRIEFING_WITH_SERVERS",
                    help="also time rebuilds in `briefing preview` against `hugo server`")
    args = ap.parse_args()
    briefing = os.path.abspath(args.briefing)
    templates = os.path.abspath(args.templates)
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(TRASH, exist_ok=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    rows = []
    lives = []
    outputs = []
    for corpus, n in [(c, n) for c in args.corpora for n in args.sizes]:
        root = os.path.join(WORK, f"{corpus}-{n}")
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), root]
                       + (["--shared"] if corpus == "shared" else [])
                       + (["--trash", TRASH] if args.clean == "move" else []),
                       check=True, stdout=subprocess.DEVNULL)
        b = os.path.join(root, "briefing")
        h = os.path.join(root, "hugo")
        gen = f"{briefing} generate --content {b}/content --templates {templates} --output {b}/output"
        clean_b = clear([f"{b}/output", f"{b}/.briefing-cache", f"{b}/content/.briefing-cache"],
                        args.clean)
        hug = f"hugo --quiet -s {h} -d {h}/public"
        clean_h = clear([f"{h}/public", f"{h}/resources"], args.clean)
        full_b = hyperfine(f"briefing {n}", gen, clean_b, args.runs)
        full_h = hyperfine(f"hugo {n}", hug, clean_h, args.runs)
        outputs.append((corpus, n, sizes.measure(os.path.join(b, "content"), os.path.join(b, "output"),
                                                 os.path.join(h, "public"))))
        # Incremental: one article edited (its text changes every run), everything else cached.
        subprocess.run(gen, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        victim = next(os.path.join(d, f) for d, _, fs in sorted(os.walk(os.path.join(b, "content")))
                      for f in sorted(fs) if f.endswith(".md"))
        edit = f"echo \"Officials said on Monday that talks would resume. $(date +%s%N)\" >> {victim}"
        inc_b = hyperfine(f"briefing {n} incremental", gen, edit, args.runs, warmup=1)
        hvictim = os.path.join(h, "content", "posts", os.path.basename(victim))
        hedit = f"echo \"Officials said on Monday that talks would resume. $(date +%s%N)\" >> {hvictim}"
        inc_h = hyperfine(f"hugo {n} incremental", hug, hedit, args.runs, warmup=1)
        # One more edit with --timings: where the time goes, and how many pages were built.
        subprocess.run(edit, shell=True, check=True)
        steps = subprocess.run(gen + " --timings", shell=True, check=True, capture_output=True,
                               text=True).stderr.strip().splitlines()[-2:]
        instructions = None
        if args.callgrind:
            subprocess.run(edit, shell=True, check=True)
            instructions = sizes.callgrind(gen, WORK)
        live = None
        if args.preview:
            live = (resident.summary(resident.briefing_preview(
                        os.path.abspath(args.preview), b, templates, victim, args.runs)),
                    resident.summary(resident.hugo_server(h, hvictim, args.runs)))
        mem_b = peak_rss_mib(gen, clean_b)
        mem_h = peak_rss_mib(hug, clean_h)
        rows.append((f"{corpus} {n}", full_b, full_h, inc_b, inc_h, mem_b, mem_h, steps, instructions))
        lives.append((f"{corpus} {n}", live))
        subprocess.run(clear([f"{b}/output"], args.clean), shell=True, check=True)

    cleared = {"move": "moved aside, deleted after the whole run", "rm": "deleted (rm -rf) just before"}
    lines = [f"Hugo: {hugo_version}",
             f"Cores: {os.cpu_count()}, runs per figure: {args.runs}; a full build's previous output "
             f"{cleared[args.clean]} (--clean {args.clean})", "",
             "| articles | step | briefing min / median (s) | hugo min / median (s) | ratio (median, briefing/hugo) "
             "| briefing user+sys (s) | hugo user+sys (s) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for n, fb, fh, ib, ih, mb, mh, _, _ in rows:
        for step, x, y in (("full build", fb, fh), ("after editing one article", ib, ih)):
            lines.append(f"| {n} | {step} | {x['min']:.3f} / {x['median']:.3f} | {y['min']:.3f} / {y['median']:.3f} "
                         f"| {x['median'] / y['median']:.2f} | {x['user'] + x['system']:.3f} "
                         f"| {y['user'] + y['system']:.3f} |")
        lines.append(f"| {n} | peak memory (MiB) | {mb:.0f} | {mh:.0f} | {mb / mh:.2f} | | |")
    lines.append("")
    if args.preview:
        lines += ["Rebuild inside a running process after editing one article: `briefing preview` "
                  "against `hugo server --renderToDisk --disableFastRender` (ms; CPU from /proc, "
                  "including the watcher noticing the edit).", "",
                  "| articles | briefing min / median | hugo min / median | ratio (median) "
                  "| briefing CPU median | hugo CPU median |", "| --- | --- | --- | --- | --- | --- |"]
        for n, (pb, ph) in lives:
            lines.append(f"| {n} | {pb['wall_min']:.0f} / {pb['wall_median']:.0f} "
                         f"| {ph['wall_min']:.0f} / {ph['wall_median']:.0f} "
                         f"| {pb['wall_median'] / max(ph['wall_median'], 1):.2f} "
                         f"| {pb['cpu_median']:.0f} | {ph['cpu_median']:.0f} |")
        lines.append("")
    for n, *_, steps, _ in rows:
        lines.append(f"One more edit at {n} articles, `--timings`: " + "; ".join(steps))
    if args.callgrind:
        lines += ["", "Instructions of the one-edit rebuild (valgrind --tool=callgrind, whole process):", ""]
        lines += [f"- {n}: {ir:,}" for n, *_, ir in rows]
    lines += [""] + sizes.table(outputs)
    for corpus in args.corpora:
        both = [r for r in rows if r[0].startswith(corpus + " ")]
        if len(both) >= 2:
            (n0, b0, h0, *_), (n1, b1, h1, *_) = both[0], both[-1]
            lines += ["", f"Growth from {n0} to {n1} articles: briefing {b1['median'] / b0['median']:.1f}x, "
                          f"hugo {h1['median'] / h0['median']:.1f}x."]
    report = "\n".join(lines) + "\n"
    with open(os.path.join(WORK, "report.md"), "w") as f:
        f.write(report)
    print(report)


if __name__ == "__main__":
    try:
        main()
    finally:
        # Only now, with nothing left to time, are the moved outputs (and any a stopped run
        # left) freed.
        shutil.rmtree(TRASH, ignore_errors=True)

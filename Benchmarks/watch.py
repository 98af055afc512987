#!/usr/bin/env python3
"""What `briefing preview` costs while nobody edits, and how soon it starts rebuilding after an
edit: the process's CPU over an idle stretch (user+system, from /proc), and per edit the time
from the write to the rebuild's log line minus the rebuild's own reported time (noticing the
edit and waiting for it to settle). Not a test: nothing here fails on a number.

Usage: watch.py BRIEFING_WITH_SERVERS SITE_DIR TEMPLATES_DIR [--idle 20] [--edits 6]
(SITE_DIR holds content/, as Benchmarks/work/<size>/briefing after Benchmarks/run.)
"""
import argparse
import glob
import re
import subprocess
import time

import resident


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("briefing")
    ap.add_argument("site")
    ap.add_argument("templates")
    ap.add_argument("--idle", type=float, default=20)
    ap.add_argument("--edits", type=int, default=6)
    args = ap.parse_args()
    victim = sorted(glob.glob(f"{args.site}/content/**/*.md", recursive=True))[0]
    command = [args.briefing, "preview", "--port", str(resident.free_port()),
               "--content", f"{args.site}/content", "--templates", args.templates,
               "--output", f"{args.site}/output"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    built = re.compile(r"built \(.*?\) in (\d+) ms|build failed \(.*?\) after (\d+) ms")
    try:
        resident.wait_for(proc, re.compile(r"built \(start\)"))
        time.sleep(2)
        before = resident.cpu_ms(proc.pid)
        time.sleep(args.idle)
        idle = resident.cpu_ms(proc.pid) - before
        waits = []
        for _ in range(args.edits):
            time.sleep(1.5)
            start = time.monotonic()
            with open(victim, "a") as f:
                f.write(f"Officials said on Monday that talks would resume. {time.time_ns()}\n")
            m = resident.wait_for(proc, built)
            if m.group(1) is None:
                raise RuntimeError(f"the rebuild failed: {m.group(0)}")
            waits.append((time.monotonic() - start) * 1000 - float(m.group(1)))
    finally:
        proc.terminate()
        proc.wait()
    waits.sort()
    print(f"idle CPU over {args.idle:g} s: {idle:.0f} ms")
    print(f"edit to rebuild start, ms (min / median of {len(waits)}): "
          f"{waits[0]:.0f} / {waits[len(waits) // 2]:.0f}")


if __name__ == "__main__":
    main()

"""Rebuilds inside a running process, after editing one article: `briefing preview` against
`hugo server` (rendering to disk, fast-render mode off, so every affected page is rebuilt).

Each rebuild's wall time is the tool's own report ("built (...) in N ms" / "Total in N ms");
its CPU time is the process's user+system time from /proc between the edit and that report,
which includes the watcher's polling while it noticed the edit.
"""
import os
import re
import socket
import subprocess
import time

TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICKS


def wait_for(proc, pattern, timeout=600):
    """Reads the process's output until a line matches; returns the match."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"process ended before printing {pattern.pattern}")
        m = pattern.search(line)
        if m:
            return m
    raise RuntimeError(f"timed out waiting for {pattern.pattern}")


def measure(command, ready, rebuilt, victim, runs):
    """Starts `command`, waits for `ready`, then edits `victim` `runs` times (after one warm-up
    edit), each time waiting for `rebuilt`; returns [(wall_ms, cpu_ms)]."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(proc, ready)
        results = []
        for i in range(runs + 1):
            time.sleep(1.5)  # let the watcher settle, so each edit is one rebuild
            before = cpu_ms(proc.pid)
            with open(victim, "a") as f:
                f.write(f"Officials said on Monday that talks would resume. {time.time_ns()}\n")
            m = wait_for(proc, rebuilt)
            if i > 0:
                results.append((float(m.group(1)), cpu_ms(proc.pid) - before))
        return results
    finally:
        proc.terminate()
        proc.wait()


def briefing_preview(binary, site, templates, victim, runs):
    command = [binary, "preview", "--port", str(free_port()), "--content", f"{site}/content",
               "--templates", templates, "--output", f"{site}/output"]
    return measure(command, re.compile(r"built \(start\)"), re.compile(r"built \(.*?\) in (\d+) ms"),
                   victim, runs)


def hugo_server(site, victim, runs):
    command = ["hugo", "server", "-s", site, "-d", f"{site}/public", "--renderToDisk",
               "--disableFastRender", "--port", str(free_port()), "--bind", "127.0.0.1"]
    return measure(command, re.compile(r"Web Server is available"), re.compile(r"Total in (\d+) ms"),
                   victim, runs)


def summary(results):
    """min / median of wall and CPU milliseconds."""
    walls = sorted(w for w, _ in results)
    cpus = sorted(c for _, c in results)
    return {"wall_min": walls[0], "wall_median": walls[len(walls) // 2],
            "cpu_min": cpus[0], "cpu_median": cpus[len(cpus) // 2]}

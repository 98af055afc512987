"""What a build leaves behind, measured: output bytes against content bytes (by top-level folder),
pages, and the instructions of one run under callgrind. Used by bench.py; not a test."""
import glob
import os
import re
import subprocess

CACHES = {".briefing-cache"}


def tree_bytes(root):
    """Bytes of the files below root (caches left out), and by first path component."""
    total, parts = 0, {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in CACHES]
        for f in files:
            size = os.path.getsize(os.path.join(folder, f))
            rel = os.path.relpath(os.path.join(folder, f), root)
            top = rel.split(os.sep)[0] if os.sep in rel else "(top-level files)"
            total += size
            parts[top] = parts.get(top, 0) + size
    return total, parts


def pages(root):
    return sum(1 for _ in glob.iglob(os.path.join(root, "**", "*.html"), recursive=True))


def measure(content, output, hugo_public):
    content_bytes, _ = tree_bytes(content)
    out_bytes, parts = tree_bytes(output)
    hugo_bytes, _ = tree_bytes(hugo_public)
    return {"content": content_bytes, "output": out_bytes, "parts": parts, "pages": pages(output),
            "hugo": hugo_bytes, "hugo_pages": pages(hugo_public)}


def table(outputs):
    lines = ["What a build writes (bytes; the bar of issue 16: output at most 4x the content):", "",
             "| corpus | content MB | Briefing MB (x content) | pages | Hugo MB (x content) | Hugo pages "
             "| largest parts of Briefing's output |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for corpus, n, m in outputs:
        largest = sorted(m["parts"].items(), key=lambda kv: -kv[1])[:4]
        parts = ", ".join(f"{k} {v / 1e6:.1f}" for k, v in largest)
        lines.append(f"| {corpus} {n} | {m['content'] / 1e6:.1f} | {m['output'] / 1e6:.1f} "
                     f"({m['output'] / m['content']:.1f}x) | {m['pages']} | {m['hugo'] / 1e6:.1f} "
                     f"({m['hugo'] / m['content']:.1f}x) | {m['hugo_pages']} | {parts} |")
    return lines


def callgrind(command, work):
    """Instructions executed by command (and its threads), counted by callgrind.

    Debian's valgrind 3.19 cannot read the DWARF 5 that Swift emits, so the binary (the command's
    first word) runs as a copy without debug info, beside the original so that it finds its
    resource bundles."""
    binary, _, rest = command.partition(" ")
    bare = binary + "-nodebug"
    subprocess.run(["strip", "--strip-debug", "-o", bare, binary], check=True)
    out = os.path.join(work, "callgrind.out")
    res = subprocess.run(f"valgrind --tool=callgrind --callgrind-out-file={out} {bare} {rest}", shell=True,
                         capture_output=True, text=True, check=True)
    found = re.findall(r"Collected : (\d+)", res.stderr)
    return int(found[-1]) if found else None


def by_kind(root):
    """Bytes and files of an output folder by kind of file: a briefing's page and its JSON,
    party pages, search chunks, each top-level file or folder otherwise (caches and dot files
    left out)."""
    parts, files = {}, {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).split(os.sep)
            key = rel[0]
            if rel[0] in ("briefings", "parties") and len(rel) > 2:
                key = f"{rel[0]}/*/{rel[-1]}"
            elif rel[0] == "search" and len(rel) > 2:
                key = f"search/{rel[1]}/"
            parts[key] = parts.get(key, 0) + os.path.getsize(path)
            files[key] = files.get(key, 0) + 1
    return parts, files


if __name__ == "__main__":
    # Benchmarks/sizes.py OUTPUT CONTENT: where an output's bytes go, against its content's.
    import sys

    output, content = sys.argv[1], sys.argv[2]
    content_bytes, _ = tree_bytes(content)
    parts, files = by_kind(output)
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"{key:28} {size:>12,} bytes {files[key]:>6} files {size / files[key]:>9,.0f} each")
    total = sum(parts.values())
    print(f"{'total':28} {total:>12,} bytes = {total / content_bytes:.2f}x the content ({content_bytes:,} bytes)")

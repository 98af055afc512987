#!/usr/bin/env python3
"""Toggle a sentence at the end of the middle article of DIR/content (path order)."""
import os, sys
root = os.path.join(sys.argv[1], "content")
files = []
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith((".md", ".txt", ".markdown")) and not f.startswith("README"):
            files.append(os.path.join(d, f))
files.sort()
path = files[len(files) // 2]
line = "\nDelegates also discussed the weather at length.\n"
text = open(path, encoding="utf-8").read()
text = text[: -len(line)] if text.endswith(line) else text + line
open(path, "w", encoding="utf-8").write(text)

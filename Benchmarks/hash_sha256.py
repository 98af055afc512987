#!/usr/bin/env python3
"""SHA-256 over every file of a folder, best of 7: what swift-crypto would cost per byte.

Python's hashlib calls OpenSSL's libcrypto, which like BoringSSL (swift-crypto's backend on
Linux) uses the processor's SHA instructions. Usage: Benchmarks/hash_sha256.py DIR
(compare with `swiftc -O Benchmarks/hash.swift -o /tmp/hashbench && /tmp/hashbench DIR`)."""
import hashlib, pathlib, sys, time

blobs = [p.read_bytes() for p in pathlib.Path(sys.argv[1]).rglob("*") if p.is_file()]
total = sum(map(len, blobs))
best = min(
    (lambda s: ([hashlib.sha256(b).digest() for b in blobs], time.perf_counter() - s)[1])(time.perf_counter())
    for _ in range(7))
print(f"{len(blobs)} files, {total} bytes; SHA-256: best of 7 {best*1e3:.1f} ms, {total/best/1e9:.2f} GB/s")

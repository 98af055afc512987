"""What the first query of search.js downloads from a built site, computed without a browser.

Benchmarks/search_fetch.py OUTPUT [--chunk N[,M]] [--words K] [QUERY ...]

Follows templates/assets/search.js step by step: the manifest, the term shards of each word
(`shardsFor`), the postings, the ranking (title matches first, then id) and the record chunks of
the first ten results. Without queries it asks for every party's name (the browser test asks for
the busiest party's) and prints the largest, the median and the test's. `--chunk N` re-cuts the
site's records into chunks of N (N parties' and briefings' records, M events', as the manifest's
`chunks` says), to choose chunk sizes from one build; `--words K` asks for K words drawn from
the records (seeded), most of which only events hold. Bytes are file bytes, as a server without compression sends.
Not a test."""
import json
import os
import statistics
import sys
import unicodedata

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
PAGE = 10


def decode(s):
    ids = []
    if not s:
        return ids
    if s[0] == "b":
        for i, ch in enumerate(s[1:]):
            v = ALPHABET.index(ch)
            ids += [i * 6 + bit for bit in range(6) if v & (1 << bit)]
        return ids
    previous, gap, shift = -1, 0, 0
    for ch in s[1:]:
        digit = ALPHABET.index(ch)
        if digit >= 32:
            gap += (digit - 32) << shift
            shift += 5
            continue
        gap += digit << shift
        previous += gap + 1
        ids.append(previous)
        gap, shift = 0, 0
    return ids


def terms(s):
    folded = "".join(c for c in unicodedata.normalize("NFD", s) if not 0x300 <= ord(c) <= 0x36F).lower()
    out, word = [], ""
    for c in folded:
        if c.isalpha() or c.isnumeric():
            word += c
        elif word:
            out.append(word)
            word = ""
    return out + ([word] if word else [])


# As search.js: a query that has other words leaves these out.
COMMON = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


def narrowing(words):
    kept = [w for w in words if w not in COMMON]
    return kept or words


def compact(value):
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


class Site:
    def __init__(self, root, chunk=None):
        self.root = root
        path = os.path.join(root, "search", "index.json")
        self.manifest_bytes = os.path.getsize(path)
        self.manifest = json.load(open(path))
        self.shard_bytes, self.shards = {}, {}
        self.records = []
        k = 0
        while os.path.exists(os.path.join(root, "search", "r", f"{k}.json")):
            self.records += json.load(open(os.path.join(root, "search", "r", f"{k}.json")))
            k += 1
        if chunk is None:
            self.segments = self.manifest.get("chunks") or [[0, self.manifest["chunk"]]]
            self.chunk_bytes = None
        else:
            events = next((i for i, r in enumerate(self.records) if r[0] == "event"), len(self.records))
            self.segments = [[0, chunk[0]]] + ([[events, chunk[1]]] if len(chunk) > 1 else [])
            self.chunk_bytes = [compact(self.records[a:b]) for a, b in self.ranges()]

    def ranges(self):
        """Each chunk's records, as search.js reads the manifest's `chunks`."""
        out = []
        for i, (start, per) in enumerate(self.segments):
            end = self.segments[i + 1][0] if i + 1 < len(self.segments) else self.manifest["records"]
            out += [(a, min(a + per, end)) for a in range(start, end, per)]
        return out

    def chunk_of(self, id):
        k = 0
        for i, (start, per) in enumerate(self.segments):
            end = self.segments[i + 1][0] if i + 1 < len(self.segments) else self.manifest["records"]
            if id < end:
                return k + (id - start) // per
            k += -(-(end - start) // per)

    def shard(self, i):
        if i not in self.shards:
            path = os.path.join(self.root, "search", "s", f"{i}.json")
            self.shard_bytes[i] = os.path.getsize(path)
            self.shards[i] = json.load(open(path))
        return self.shards[i]

    def size_of_chunk(self, k):
        if self.chunk_bytes is not None:
            return self.chunk_bytes[k]
        return os.path.getsize(os.path.join(self.root, "search", "r", f"{k}.json"))

    def shards_for(self, term):
        prefixes = self.manifest["shards"]
        covering, longer = -1, []
        for i, prefix in enumerate(prefixes):
            if term.startswith(prefix) and (covering < 0 or len(prefix) > len(prefixes[covering])):
                covering = i
            elif len(prefix) > len(term) and prefix.startswith(term):
                longer.append(i)
        found = [covering] if covering >= 0 else []
        return found + longer if len(term) >= 3 and len(longer) <= 4 else found

    def first_query(self, query):
        """Bytes and files the first query downloads: manifest, shards, the first page's chunks."""
        words = narrowing(terms(query))
        fetched = {"manifest": self.manifest_bytes}
        sets = []
        for word in words:
            every, title = set(), set()
            for i in self.shards_for(word):
                shard = self.shard(i)
                fetched[f"s{i}"] = self.shard_bytes[i]
                for key, (all_ids, title_ids) in shard.items():
                    if key.startswith(word):
                        every.update(decode(all_ids))
                        title.update(decode(title_ids))
            sets.append((every, title))
        if not sets:
            return sum(fetched.values()), len(fetched)
        ids = set.intersection(*(s[0] for s in sets))
        hits = sorted(ids, key=lambda i: (-sum(1 for s in sets if i in s[1]), i))
        for i in hits[:PAGE]:
            k = self.chunk_of(i)
            fetched[f"r{k}"] = self.size_of_chunk(k)
        return sum(fetched.values()), len(fetched)


def main(argv):
    chunk, words = None, 0
    while len(argv) > 2 and argv[1] in ("--chunk", "--words"):
        if argv[1] == "--chunk":
            chunk = [int(n) for n in argv[2].split(",")]
        else:
            words = int(argv[2])
        argv = argv[:1] + argv[3:]
    root, queries = argv[1], argv[2:]
    site = Site(root, chunk)
    chunks = site.chunk_bytes or [site.size_of_chunk(k) for k in range(len(site.ranges()))]
    print(f"records {site.manifest['records']}, chunks {site.segments}: {len(chunks)} chunk files, "
          f"median {statistics.median(chunks):,.0f} bytes, largest {max(chunks):,}; "
          f"manifest {site.manifest_bytes:,} bytes, {len(site.manifest['shards'])} shards")
    if words:
        import random

        pool = sorted({w for r in site.records for w in terms(r[1] + " " + r[3]) if len(w) > 3})
        sample = random.Random(7).sample(pool, min(words, len(pool)))
        sizes = sorted((site.first_query(w)[0], w) for w in sample)
        print(f"{len(sample)} words drawn from the records: median {statistics.median(s for s, _ in sizes):,.0f} "
              f"bytes, 90th {sizes[len(sizes) * 9 // 10][0]:,}, largest {sizes[-1][0]:,} ({sizes[-1][1]})")
        return
    if queries:
        for q in queries:
            size, files = site.first_query(q)
            print(f"{q!r}: {size:,} bytes in {files} files")
        return
    # The party the browser test asks for (Tests/browser/sitecheck.py's busiest_party).
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "browser"))
    from sitecheck import Site as Checked, load_corpus
    from pathlib import Path

    corpus = load_corpus(Path(root))
    busiest = Checked(root=Path(root), base="", corpus=corpus).busiest_party
    index = corpus["index"]
    sizes = sorted((site.first_query(p["name"])[0], p["name"]) for p in index["parties"])
    test = site.first_query(busiest["name"])
    print(f"every party's name ({len(sizes)}): median {statistics.median(s for s, _ in sizes):,.0f} bytes, "
          f"largest {sizes[-1][0]:,} ({sizes[-1][1]}); the browser test's ({busiest['name']}): "
          f"{test[0]:,} bytes in {test[1]} files")


if __name__ == "__main__":
    main(sys.argv)

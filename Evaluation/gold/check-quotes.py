#!/usr/bin/env python3
"""Checks the hand-annotated gold set before it is used for scoring.

For every Evaluation/gold/*.gold.yml and every group folder (held-out/, unseen-2/, unseen-3/, unseen-4/) *.gold.yml: the file parses as YAML and has the documented shape; the
article path exists; every quote, cue and party name occurs verbatim in the article text (front
matter excluded); ids are slugs; dates are TIMEX3 values; a Markdown article's front matter parses; kinds and stances are known; every
party an event or statement refers to is listed among the article's parties. A quote that spans a
sentence end or occurs more than once is reported as a warning (the scorer anchors on it).

Run from anywhere: python3 Evaluation/gold/check-quotes.py [--quiet]. Exit 1 on any error.
"""
import glob
import os
import re
import sys

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOLD = os.path.join(ROOT, "Evaluation", "gold")
GROUPS = ["held-out", "unseen-2", "unseen-3", "unseen-4"]   # scored apart from the tuned group; see README.md

KINDS = {"meeting", "negotiation", "agreement", "exchange", "attack", "deployment", "statement",
         "humanitarian", "election", "sanction", "other"}
STANCES = {"assert", "deny", "accuse", "commit", "demand", "other"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TIMEX = re.compile(
    r"^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?$"      # 2025, 2025-06, 2025-06-02, XXXX-06-02
    r"|^\d{4}-W\d{2}(-WE)?$"                            # 2025-W23, 2025-W23-WE
    r"|^\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)$"             # quarters, halves, seasons
    r"|^\d{2,3}$"                                      # decade 202, century 20
    r"|^(PRESENT|PAST|FUTURE)_REF$")
ABBREVIATIONS = {"U.S.", "U.N.", "a.m.", "p.m.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "St.", "No."}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def body_of(path):
    """The article text a reader sees: for Markdown, everything after the front matter."""
    text = open(path, encoding="utf-8").read()
    if path.endswith(".md") and text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end < 0:
            raise ValueError("front matter is not closed")
        try:  # the scorer parses it too, and stops on a value holding ": "
            yaml.safe_load(text[4:end])
        except yaml.YAMLError as e:
            raise ValueError(f"front matter does not parse as YAML: {e}")
        text = text[end + 5:]
    return text


def sentence_spans(text):
    """A rough sentence splitter, only to warn when a quote crosses a sentence end."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[-*#>\d])", text):
        before = text[start:m.start()].split()
        if m.group().strip() == "" and before and (
                before[-1] in ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", before[-1])):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def error(self, where, msg):
        self.errors.append(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: warning: {msg}")


def check_quote(rep, where, text, quote, spans, what):
    if not isinstance(quote, str) or not quote.strip():
        rep.error(where, f"{what} is missing or empty")
        return None
    idx = text.find(quote)
    if idx < 0:
        rep.error(where, f"{what} not found verbatim in the article: {quote!r}")
        return None
    if text.find(quote, idx + 1) >= 0:
        rep.warn(where, f"{what} occurs more than once in the article: {quote!r}")
    if not any(s <= idx and idx + len(quote) <= e for s, e in spans):
        rep.warn(where, f"{what} seems to cross a sentence end: {quote!r}")
    return idx


def sentence_of(spans, idx):
    for s, e in spans:
        if s <= idx < e:
            return (s, e)
    return None


def check_file(rep, path, counts, seen_articles):
    where = os.path.relpath(path, ROOT)
    try:
        gold = yaml.safe_load(open(path, encoding="utf-8"))
    except yaml.YAMLError as e:
        rep.error(where, f"does not parse as YAML: {e}")
        return
    if not isinstance(gold, dict):
        rep.error(where, "top level is not a mapping")
        return
    unknown = set(gold) - {"article", "date", "parties", "events", "statements"}
    if unknown:
        rep.error(where, f"unknown keys {sorted(unknown)}")
    article = gold.get("article")
    if not isinstance(article, str):
        rep.error(where, "article: missing")
        return
    if article in seen_articles:
        rep.error(where, f"article {article} is annotated twice (also in {seen_articles[article]})")
    seen_articles[article] = where
    full = os.path.join(ROOT, article)
    if not os.path.isfile(full):
        rep.error(where, f"article path does not exist: {article}")
        return
    try:
        text = body_of(full)
    except ValueError as e:
        rep.error(where, f"{article}: {e}")
        return
    spans = sentence_spans(text)
    date = str(gold.get("date"))
    if not DATE.match(date):
        rep.error(where, f"date: not YYYY-MM-DD: {date!r}")

    ids = set()
    for i, p in enumerate(gold.get("parties") or []):
        w = f"{where}: parties[{i}]"
        pid = p.get("id") if isinstance(p, dict) else None
        if not isinstance(pid, str) or not SLUG.match(pid):
            rep.error(w, f"id is not a slug: {pid!r}")
            continue
        if pid in ids:
            rep.error(w, f"party {pid} listed twice")
        ids.add(pid)
        names = p.get("names") or []
        if not names:
            rep.error(w, f"{pid}: no names")
        for n in names:
            if str(n) not in text:
                rep.error(w, f"{pid}: name {n!r} does not occur in the article")
        counts["parties"] += 1

    for i, e in enumerate(gold.get("events") or []):
        w = f"{where}: events[{i}]"
        if not isinstance(e, dict):
            rep.error(w, "not a mapping")
            continue
        value = str(e.get("date"))
        if not TIMEX.match(value):
            rep.error(w, f"date is not a TIMEX3 value: {value!r}")
        if e.get("kind") not in KINDS:
            rep.error(w, f"kind {e.get('kind')!r} is not one of {sorted(KINDS)}")
        for pid in e.get("parties") or []:
            if pid not in ids:
                rep.error(w, f"party {pid!r} is not among the article's parties")
        if not isinstance(e.get("places", []), list):
            rep.error(w, "places is not a list")
        check_quote(rep, w, text, e.get("quote"), spans, "quote")
        counts["events"] += 1

    quotes = [e.get("quote") for e in gold.get("events") or [] if isinstance(e, dict)]
    for q in {q for q in quotes if quotes.count(q) > 1}:
        rep.warn(where, f"two events share the quote {q!r}")

    for i, s in enumerate(gold.get("statements") or []):
        w = f"{where}: statements[{i}]"
        if not isinstance(s, dict):
            rep.error(w, "not a mapping")
            continue
        if s.get("party") not in ids:
            rep.error(w, f"party {s.get('party')!r} is not among the article's parties")
        if s.get("target") is not None and s.get("target") not in ids:
            rep.error(w, f"target {s.get('target')!r} is not among the article's parties")
        if s.get("stance") not in STANCES:
            rep.error(w, f"stance {s.get('stance')!r} is not one of {sorted(STANCES)}")
        if "speaker" not in s:
            rep.error(w, "speaker: missing (write null when no person is named)")
        elif s["speaker"] is not None and not isinstance(s["speaker"], str):
            rep.error(w, "speaker is neither a name nor null")
        qi = check_quote(rep, w, text, s.get("quote"), spans, "quote")
        cue = s.get("cue")
        if not isinstance(cue, str) or cue not in text:
            rep.error(w, f"cue {cue!r} does not occur in the article")
        elif qi is not None:
            sent = sentence_of(spans, qi)
            if sent and cue not in text[sent[0]:sent[1]]:
                rep.warn(w, f"cue {cue!r} is not in the quote's sentence")
        counts["statements"] += 1
    counts["articles"] += 1


def main():
    rep = Report()
    counts = {"articles": 0, "parties": 0, "events": 0, "statements": 0}
    files = sorted(glob.glob(os.path.join(GOLD, "*.gold.yml")))
    for group in GROUPS:
        files += sorted(glob.glob(os.path.join(GOLD, group, "*.gold.yml")))
    if not files:
        rep.error("Evaluation/gold", "no *.gold.yml files")
    seen = {}
    for f in files:
        check_file(rep, f, counts, seen)
    annotated = set(seen)
    articles = glob.glob(os.path.join(GOLD, "articles", "**", "*.*"), recursive=True)
    for group in GROUPS:
        articles += glob.glob(os.path.join(GOLD, group, "articles", "**", "*.*"), recursive=True)
    for art in sorted(articles):
        rel = os.path.relpath(art, ROOT)
        if rel not in annotated:
            rep.warn(rel, "article has no gold file")
    quiet = "--quiet" in sys.argv
    for line in rep.errors + ([] if quiet else rep.warnings):
        print(line)
    print(f"{counts['articles']} gold files: {counts['parties']} parties, {counts['events']} events, "
          f"{counts['statements']} statements; {len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

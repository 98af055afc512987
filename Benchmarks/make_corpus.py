#!/usr/bin/env python3
"""Generates a realistic article corpus for the Briefing-vs-Hugo benchmark.

Writes the same N articles twice: as a Briefing site (content/ with .md front matter and some
plain .txt files) and as a minimal Hugo site (a page per article, a `parties` taxonomy with a
page per term). Deterministic for a given N and seed, so runs compare like with like.

With `--shared`, the articles are instead those of the project's shared workload,
`../shared/bench/gen_corpus.py` (the corpus speed, memory and output size are judged on); Hugo gets
the same files with the front-matter key `url:` renamed (Hugo reserves it).

Usage: make_corpus.py N OUTDIR [--seed S] [--shared]
"""
import argparse
import datetime
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

GEN_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench",
                          "gen_corpus.py")

STATES = [
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"), ("Belarus", "Belarusian", "Minsk"),
    ("Turkey", "Turkish", "Ankara"), ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Poland", "Polish", "Warsaw"), ("Sudan", "Sudanese", "Khartoum"), ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"), ("Qatar", "Qatari", "Doha"), ("China", "Chinese", "Beijing"),
    ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"),
    ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Iran", "Iranian", "Tehran"),
]
BODIES = ["Foreign Ministry", "Ministry of Defence", "armed forces", "delegation", "government"]
ORGS = ["the United Nations", "NATO", "the European Union", "the International Committee of the Red Cross",
        "the African Union", "the OSCE", "the World Health Organization"]
PEOPLE = [("Dmitry Peskov", "Kremlin spokesman"), ("Sergei Lavrov", "Russian Foreign Minister"),
          ("Volodymyr Zelensky", "Ukrainian President"), ("Rustem Umerov", "Ukrainian Defence Minister"),
          ("Hakan Fidan", "Turkish Foreign Minister"), ("Antonio Guterres", "UN Secretary-General")]
PLACES = ["Istanbul", "Geneva", "Doha", "Jeddah", "Minsk", "Vienna", "Brussels", "Cairo", "Addis Ababa"]
CUES = [("said", "assert"), ("confirmed", "assert"), ("denied", "deny"), ("dismissed", "deny"),
        ("accused", "accuse"), ("pledged", "commit"), ("demanded", "demand"), ("reiterated", "commit")]
EVENTS = ["held talks in {place}", "signed an agreement in {place}", "exchanged prisoners near {place}",
          "reported an attack near {place}", "met delegates in {place}", "announced new sanctions"]
FILLER = [
    "Analysts said the outcome would depend on whether both sides kept to the timetable.",
    "The talks were the first of their kind since the spring, observers noted.",
    "Humanitarian groups called for access to the detainees and for the return of remains.",
    "Diplomats cautioned that the process remained fragile and that details were still being settled.",
    "The statement did not say how many people were involved or when the next round would take place.",
    "Officials familiar with the matter said the proposals would be studied in the coming days.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng, i, start):
    published = start + datetime.timedelta(days=rng.randrange(0, 400))
    a, b = rng.sample(STATES, 2)
    org = rng.choice(ORGS)
    person, role = rng.choice(PEOPLE)
    place = rng.choice(PLACES)
    parties = [a[0], b[0]]
    sentences = []
    for _ in range(rng.randrange(8, 16)):
        kind = rng.random()
        day = published - datetime.timedelta(days=rng.randrange(0, 6))
        when = rng.choice([
            f"On {WEEKDAYS[day.weekday()]}, {day.strftime('%B')} {day.day}",
            f"On {day.strftime('%B')} {day.day}", "Last week", "Earlier this month", "On Saturday",
            f"On {day.day} {day.strftime('%B')} {day.year}",
        ])
        if kind < 0.35:
            subj = rng.choice([f"the {a[1]} {rng.choice(BODIES)}", a[2], f"officials in {b[2]}", org])
            sentences.append(f"{when}, {subj} {rng.choice(EVENTS).format(place=place)}.")
        elif kind < 0.7:
            cue, _ = rng.choice(CUES)
            sentences.append(
                f"{role} {person} {cue} that {b[2]} had not kept its commitments under the {place} agreement.")
            parties.append(person)
        else:
            sentences.append(rng.choice(FILLER))
    title = f"{a[0]} and {b[0]}: talks in {place} ({i})"
    return published, title, sentences, sorted(set(parties)), place


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


HUGO_LAYOUTS = {
    "_default/baseof.html": '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
    "_default/single.html": '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>{{ .Content }}<ul>{{ range .Params.parties }}<li><a href="{{ "parties/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}\n',
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n',
    "_default/terms.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n',
    "index.html": '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 20 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
}


def discard(path, trash):
    """Removes `path`, or with a trash folder moves it there (see TRASH in bench.py)."""
    if not os.path.exists(path):
        return
    if trash:
        os.makedirs(trash, exist_ok=True)
        shutil.move(path, tempfile.mkdtemp(dir=trash, prefix="corpus."))
    else:
        shutil.rmtree(path)


def write_shared(n, bcontent, hugo, trash=None):
    """The shared workload's N articles, as they are for Briefing and with `url:` renamed for Hugo."""
    generated = os.path.join(os.path.dirname(bcontent), "generated")
    subprocess.run([sys.executable, GEN_CORPUS, str(n), generated], check=True, stderr=subprocess.DEVNULL)
    source = os.path.join(generated, "content", "articles")
    shutil.copytree(source, os.path.join(bcontent, "articles"))
    for name in sorted(os.listdir(source)):
        with open(os.path.join(source, name), encoding="utf-8") as f:
            text = f.read()
        head, sep, body = text.partition("\n---\n")
        head = re.sub(r"(?m)^url:", "sourceurl:", head)
        write(os.path.join(hugo, "content", "posts", name), head + sep + body)
    discard(generated, trash)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shared", action="store_true", help="the shared workload (gen_corpus.py)")
    ap.add_argument("--trash", help="move replaced folders here instead of deleting them")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    start = datetime.date(2024, 1, 1)
    out = os.path.abspath(args.outdir)
    discard(out, args.trash)
    bcontent = os.path.join(out, "briefing", "content")
    hugo = os.path.join(out, "hugo")
    write(os.path.join(bcontent, "site.yml"), "title: Benchmark\nbaseURL: http://localhost:8080/\nlanguage: en\ntimeZone: UTC\n")
    write(os.path.join(bcontent, "parties.yml"), "[]\n")
    write(os.path.join(hugo, "config.toml"),
          'baseURL = "http://localhost:1313/"\ntitle = "Benchmark"\ndisableKinds = ["RSS", "sitemap"]\n'
          '[taxonomies]\n  party = "parties"\n')
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, "layouts", rel), text)
    if args.shared:
        write_shared(args.n, bcontent, hugo, args.trash)
        print(f"{args.n} shared-workload articles in {out}/briefing/content and {out}/hugo/content/posts")
        return
    for i in range(args.n):
        published, title, sentences, parties, place = article(rng, i, start)
        slug = f"{published.isoformat()}-article-{i:05d}"
        body = "\n\n".join(" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3)) + "\n"
        folder = published.strftime("%Y/%m")
        if i % 10 == 9:  # one in ten is a plain text file with no metadata, as users paste them
            write(os.path.join(bcontent, folder, slug + ".txt"), "\n".join(sentences) + "\n")
        else:
            fm = (f'---\ntitle: "{title}"\ndate: {published.isoformat()}\nsource: Bench Wire\n'
                  f'tags: [benchmark, {place.lower().replace(" ", "-")}]\n---\n\n')
            write(os.path.join(bcontent, folder, slug + ".md"), fm + body)
        hfm = (f'---\ntitle: "{title}"\ndate: {published.isoformat()}\n'
               f'parties: [{", ".join(repr(p) for p in parties)}]\n---\n\n')
        write(os.path.join(hugo, "content", "posts", slug + ".md"), hfm + body)
    print(f"{args.n} articles in {out}/briefing/content and {out}/hugo/content/posts")


if __name__ == "__main__":
    main()

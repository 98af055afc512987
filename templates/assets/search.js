// Client-side search over a sharded index: no server, no library, no network beyond this site.
// A query fetches the manifest (search/index.json), the shards its words fall in
// (search/s/<n>.json) and the record chunks of the results it shows (search/r/<k>.json), never
// the whole index. Results are built with textContent only, so indexed text never becomes markup.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var manifestURL = form.getAttribute("data-index");
  var base = manifestURL.replace(/index\.json$/, "");
  var root = base.replace(/search\/$/, "");
  var PAGE = 10;
  var cache = {};
  var manifest = null;
  var hits = [];
  var shown = 0;
  var generation = 0;

  function get(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
    }
    return cache[url];
  }

  // As SearchShards.terms folds the indexed text: accents off, lower case, letters and digits.
  function terms(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Words too common to narrow a search ("of", "the"): a query that has other words leaves them
  // out, since each would fetch the shards of every word it starts ("of": "office", "official",
  // …) and match nearly every record. A query of such words alone still searches them.
  var COMMON = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
    "the", "to", "with"]);
  function narrowing(words) {
    var kept = words.filter(function (w) { return !COMMON.has(w); });
    return kept.length ? kept : words;
  }

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  function decode(s) {
    var ids = [];
    if (!s) return ids;
    var i, v, digit;
    if (s[0] === "b") {
      for (i = 1; i < s.length; i++) {
        v = ALPHABET.indexOf(s[i]);
        for (var bit = 0; bit < 6; bit++) if (v & (1 << bit)) ids.push((i - 1) * 6 + bit);
      }
      return ids;
    }
    var previous = -1, gap = 0, shift = 0;
    for (i = 1; i < s.length; i++) {
      digit = ALPHABET.indexOf(s[i]);
      if (digit >= 32) { gap += (digit - 32) * Math.pow(2, shift); shift += 5; continue; }
      gap += digit * Math.pow(2, shift);
      previous = previous + gap + 1;
      ids.push(previous);
      gap = 0; shift = 0;
    }
    return ids;
  }

  // The shards that can hold words starting with `term`: the one whose prefix is the longest
  // start of the term, and, for terms of three letters or more, shards of longer prefixes.
  function shardsFor(term) {
    var covering = -1, longer = [];
    manifest.shards.forEach(function (prefix, i) {
      if (term.indexOf(prefix) === 0 && (covering < 0 || prefix.length > manifest.shards[covering].length)) covering = i;
      else if (prefix.length > term.length && prefix.indexOf(term) === 0) longer.push(i);
    });
    var found = covering >= 0 ? [covering] : [];
    return term.length >= 3 && longer.length <= 4 ? found.concat(longer) : found;
  }

  // Records holding a word that starts with `term` (all, and in a title), from its shards.
  function postings(term) {
    return Promise.all(shardsFor(term).map(function (i) { return get(base + "s/" + i + ".json"); }))
      .then(function (shards) {
        var all = {}, title = {};
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (word) {
            if (word.indexOf(term) !== 0) return;
            decode(shard[word][0]).forEach(function (id) { all[id] = true; });
            decode(shard[word][1]).forEach(function (id) { title[id] = true; });
          });
        });
        return { all: all, title: title };
      });
  }

  // Record `id`'s chunk and place in it. The manifest's `chunks` lists runs of chunks, each as
  // its first record and records per chunk (parties and briefings 8, events 64).
  function record(id) {
    var runs = manifest.chunks, k = 0;
    for (var i = 0; i < runs.length; i++) {
      var start = runs[i][0], per = runs[i][1];
      var end = i + 1 < runs.length ? runs[i + 1][0] : manifest.records;
      if (id < end) {
        k += Math.floor((id - start) / per);
        return get(base + "r/" + k + ".json").then(function (rows) { return rows[(id - start) % per]; });
      }
      k += Math.ceil((end - start) / per);
    }
    return Promise.reject(new Error("no record " + id));
  }

  function render(from) {
    var page = hits.slice(from, from + PAGE);
    var mine = generation;
    return Promise.all(page.map(record)).then(function (rows) {
      if (mine !== generation) return;
      rows.forEach(function (r) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = r[0];
        var a = document.createElement("a");
        a.href = root + r[2];
        a.textContent = r[1];
        li.appendChild(kind);
        li.appendChild(a);
        // A party's indexed text is its kind and aliases run together: searchable, not readable.
        if (r[3] && r[0] !== "party") {
          var p = document.createElement("p");
          p.textContent = r[3];
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      shown = from + rows.length;
      more.hidden = shown >= hits.length;
      status.textContent = hits.length + (hits.length === 1 ? " result." : " results.") +
        (shown < hits.length ? " Showing the first " + shown + "." : "");
    });
  }

  function show(query) {
    var words = narrowing(terms(query));
    generation++;
    var mine = generation;
    list.textContent = "";
    more.hidden = true;
    hits = [];
    if (!words.length) { status.textContent = ""; return; }
    status.textContent = "Searching…";
    get(manifestURL).then(function (m) {
      manifest = m;
      return Promise.all(words.map(postings));
    }).then(function (sets) {
      if (mine !== generation) return;
      // Every word must match; records with more words in their title come first, then by
      // rank (parties, briefings, events, statements: the order of the ids).
      var first = sets.reduce(function (a, b) {
        return Object.keys(a.all).length <= Object.keys(b.all).length ? a : b;
      });
      var ids = Object.keys(first.all).map(Number).filter(function (id) {
        return sets.every(function (s) { return s.all[id]; });
      });
      function inTitle(id) {
        return sets.reduce(function (n, s) { return n + (s.title[id] ? 1 : 0); }, 0);
      }
      hits = ids.map(function (id) { return [id, inTitle(id)]; })
        .sort(function (a, b) { return (b[1] - a[1]) || (a[0] - b[0]); })
        .map(function (pair) { return pair[0]; });
      if (!hits.length) { status.textContent = "No results."; return; }
      return render(0);
    }).catch(function () {
      status.textContent = "The search index could not be loaded.";
    });
  }

  more.addEventListener("click", function () { render(shown); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(q));
    show(q);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();

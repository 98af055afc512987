// Client-side search over search.json: no server, no network beyond this site.
// Results are built with textContent only, so indexed text can never become markup.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var indexURL = form.getAttribute("data-index");
  var root = indexURL.replace(/search\.json$/, "");
  var records = null;

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (records) return Promise.resolve(records);
    return fetch(indexURL).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      records = data.map(function (r) {
        r.hay = fold(r.title + " " + r.text);
        return r;
      });
      return records;
    });
  }

  function show(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    load().then(function (all) {
      var rank = { party: 0, briefing: 1, event: 2, statement: 3 };
      var whole = terms.join(" ");
      // A title that is the query comes first (searching "Ukraine" finds Ukraine before the
      // parties whose aliases mention it), then titles that contain it.
      function closeness(r) {
        var t = fold(r.title);
        return t === whole ? 0 : t.indexOf(whole) !== -1 ? 1 : 2;
      }
      var hits = all.filter(function (r) {
        return terms.every(function (t) { return r.hay.indexOf(t) !== -1; });
      }).map(function (r, i) { return [r, i]; }).sort(function (a, b) {
        // Parties and briefings first, then events and statements; the index's order within each.
        return (closeness(a[0]) - closeness(b[0])) || (rank[a[0].type] - rank[b[0].type]) || (a[1] - b[1]);
      }).map(function (pair) { return pair[0]; });
      status.textContent = hits.length === 0 ? "No results." :
        hits.length + (hits.length === 1 ? " result." : " results.") + (hits.length > 100 ? " Showing the first 100." : "");
      hits.slice(0, 100).forEach(function (r) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = r.type;
        var a = document.createElement("a");
        a.href = root + r.url;
        a.textContent = r.title;
        li.appendChild(kind);
        li.appendChild(a);
        // A party's indexed text is its kind and aliases run together: searchable, not readable.
        if (r.text && r.type !== "party") {
          var p = document.createElement("p");
          p.textContent = r.text.length > 240 ? r.text.slice(0, 239) + "…" : r.text;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
    }).catch(function () {
      status.textContent = "The search index could not be loaded.";
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(q));
    show(q);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();

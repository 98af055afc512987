// The timeline's filters, in the browser: by kind, by party and by date range, over every event
// of the site, on the timeline's own pages. timeline/events.json says which page lists each
// event; this page shows its matching events, and says which other pages hold the rest. The
// URL's query keeps the filter (?kind=meeting&party=russia&from=2025-01-01&to=2025-06-30), and
// links between timeline pages carry it. Without JavaScript the form stays hidden and the pages
// read as a paged list.
(function () {
  "use strict";
  var form = document.getElementById("timeline-explore");
  if (!form) return;
  var status = document.getElementById("timeline-matches");
  var root = form.getAttribute("data-root");
  var here = form.getAttribute("data-page");
  var FIELDS = ["kind", "party", "from", "to"];

  function current() {
    var params = new URLSearchParams(location.search), filter = {};
    FIELDS.forEach(function (f) { filter[f] = params.get(f) || ""; });
    return filter;
  }

  function query(filter) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (f) { if (filter[f]) params.set(f, filter[f]); });
    var s = params.toString();
    return s ? "?" + s : "";
  }

  function option(select, value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  // Every event on this page: its list item, by its id.
  function itemsOnPage() {
    var items = {};
    document.querySelectorAll("main li[id^='event-']").forEach(function (li) {
      items[li.id.slice(6)] = li;
    });
    return items;
  }

  // Carries the filter on links to other timeline pages, so paging keeps it.
  function carry(q) {
    document.querySelectorAll("main a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[#]/.test(href) || /^[a-z]+:/i.test(href)) return;
      var url = new URL(href, location.href);
      if (url.pathname.indexOf("/timeline/") === -1) return;
      url.search = q;
      a.setAttribute("href", url.pathname + url.search + url.hash);
    });
  }

  function apply(data, filter) {
    var kind = data.kinds.indexOf(filter.kind);
    var party = -1;
    data.parties.forEach(function (p, i) { if (p[0] === filter.party) party = i; });
    var active = FIELDS.some(function (f) { return filter[f]; });
    function matches(e) {
      if (filter.kind && e[2] !== kind) return false;
      if (filter.party && e[4].split(" ").indexOf(String(party)) === -1) return false;
      if ((filter.from || filter.to) && !e[3]) return false;
      if (filter.from && e[3] < filter.from) return false;
      if (filter.to && e[3] > filter.to) return false;
      return true;
    }
    var items = itemsOnPage(), perPage = {}, total = 0;
    var matched = {};
    data.events.forEach(function (e) {
      if (!active || matches(e)) {
        matched[e[0]] = true;
        perPage[e[1]] = (perPage[e[1]] || 0) + 1;
        total++;
      }
    });
    Object.keys(items).forEach(function (id) { items[id].hidden = !matched[id]; });
    // A day heading with no event left shown is hidden with its list.
    document.querySelectorAll("main h2 + ul").forEach(function (ul) {
      var empty = ul.querySelector(":scope > li[id^='event-']") &&
        !Array.prototype.some.call(ul.children, function (li) { return !li.hidden; });
      ul.hidden = empty;
      ul.previousElementSibling.hidden = empty;
    });
    carry(query(filter));
    status.textContent = "";
    if (!active) return;
    var onPage = Object.keys(items).filter(function (id) { return matched[id]; }).length;
    var p = document.createElement("p");
    p.textContent = total + (total === 1 ? " event matches" : " events match") + " the filter; " +
      onPage + " on this page.";
    status.appendChild(p);
    var pages = Object.keys(perPage).map(Number).filter(function (i) { return data.pages[i][0] !== here; });
    if (pages.length) {
      var ul = document.createElement("ul");
      ul.className = "chips";
      pages.forEach(function (i) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + data.pages[i][0] + query(filter);
        a.textContent = data.pages[i][1];
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + perPage[i] + ")"));
        ul.appendChild(li);
      });
      var intro = document.createElement("p");
      intro.textContent = "Other pages with matching events:";
      status.appendChild(intro);
      status.appendChild(ul);
    }
  }

  fetch(form.getAttribute("data-events")).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (data) {
    data.kinds.forEach(function (k) { option(form.elements.kind, k, k); });
    data.parties.forEach(function (p) { option(form.elements.party, p[0], p[1]); });
    var filter = current();
    FIELDS.forEach(function (f) { form.elements[f].value = filter[f]; });
    form.hidden = false;
    apply(data, filter);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var next = {};
      FIELDS.forEach(function (f) { next[f] = form.elements[f].value; });
      history.replaceState(null, "", location.pathname + query(next));
      apply(data, next);
    });
    form.addEventListener("reset", function () {
      history.replaceState(null, "", location.pathname);
      setTimeout(function () { apply(data, current()); }, 0);
    });
  }).catch(function () {
    // The pages still read as a paged list.
  });
})();

// A briefing's "on the timeline" picture, drawn in the browser from the few numbers the page
// carries (PlacementChart.figure() in Sources/BriefingSite/Pictures): the axis's first day and
// length, the article's days, the columns of the days with events on the site's timeline.
// Drawing it here saves ~1.1 KB on every briefing page; without JavaScript the figure stays
// hidden and the key dates listed under it give the same days one by one.
(function () {
  "use strict";
  var figure = document.querySelector("figure.placement[data-span]");
  if (!figure) return;
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 720;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  function numbers(name) {
    var text = figure.getAttribute(name) || "";
    return text ? text.split(" ") : [];
  }

  function label(day) {
    var d = new Date(day * 86400000);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function element(name, attributes, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var span = numbers("data-span").map(Number);
  var first = span[0], length = span[1];
  var days = numbers("data-days").map(function (d) { return first + Number(d); });
  if (!days.length) return;
  function x(day) { return 10 + (WIDTH - 20) * (day - first) / Math.max(1, length); }

  // Days whose dots would overlap are one dot, bigger the more days it holds.
  var dots = [], startX = 0;
  days.forEach(function (day) {
    var at = x(day), dot = dots[dots.length - 1];
    if (dot && at - startX < 12) {
      dot.last = day;
      dot.days += 1;
      dot.x = (startX + at) / 2;
    } else {
      startX = at;
      dots.push({ x: at, first: day, last: day, days: 1 });
    }
  });

  var count = days.length, from = label(days[0]), to = label(days[count - 1]);
  var desc = "This article's events fall on " +
    (count === 1 ? from : count + " days from " + from + " to " + to) +
    " (listed below), shown on the timeline from " + label(first) + " to " +
    label(first + length) + ".";
  var svg = element("svg", {
    viewBox: "0 0 " + WIDTH + " 70", role: "img",
    "aria-labelledby": "placement-title placement-desc",
  });
  svg.appendChild(element("title", { id: "placement-title" }, "This briefing on the timeline"));
  svg.appendChild(element("desc", { id: "placement-desc" }, desc));
  svg.appendChild(element("line", { x1: 10, y1: 30, x2: WIDTH - 10, y2: 30, "class": "axis" }));
  var ticks = numbers("data-ticks").map(function (run) {
    var ends = run.split("-");
    return ends.length === 1
      ? "M" + ends[0] + " 22v16"
      : "M" + ends[0] + " 22H" + ends[1] + "v16H" + ends[0] + "z";
  }).join("");
  if (ticks) svg.appendChild(element("path", { d: ticks, "class": "tick" }));
  var single = "";
  dots.forEach(function (dot) {
    if (dot.days === 1) {
      single += "M" + Math.round(dot.x) + " 30h0";
      return;
    }
    var circle = element("circle", {
      cx: Math.round(dot.x), cy: 30, r: Math.round(Math.min(12, 6 * Math.sqrt(dot.days))),
      "class": "dot",
    });
    circle.appendChild(element("title", {},
      dot.days + " days with events, " + label(dot.first) + " to " + label(dot.last)));
    svg.appendChild(circle);
  });
  if (single) {
    svg.appendChild(element("path", {
      d: single, "class": "day", stroke: "currentColor", "stroke-width": 12,
      "stroke-linecap": "round",
    }));
  }
  svg.appendChild(element("text", { x: 10, y: 60, "text-anchor": "start", "class": "label" },
    label(first)));
  if (length > 0) {
    svg.appendChild(element("text", { x: WIDTH - 10, y: 60, "text-anchor": "end", "class": "label" },
      label(first + length)));
  }
  var caption = document.createElement("figcaption");
  caption.textContent = "Dots: this briefing's events (a bigger dot: several close days). " +
    "Ticks: days with events on the timeline.";
  figure.appendChild(svg);
  figure.appendChild(caption);
  figure.hidden = false;
})();

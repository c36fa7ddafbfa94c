// The status page, kept current in place: every 5 s it reads api/v1/status and sets each
// element's text (data-v: a path into the answer; data-f: its format, as web.format_value
// renders it server-side) and each sparkline (as web.spark_path draws it). When a row came
// or went (the answer's shape changed), the page reloads instead.
(function () {
  "use strict";
  var EVERY_MS = 5000, WIDTH = 60, HEIGHT = 20, SPARK_MIN_SLOTS = 8;

  function fixed(v, digits) {
    var parts = v.toFixed(digits).split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return parts.join(".");
  }
  function format(v, kind) {
    if (v === null || v === undefined || !isFinite(v)) return "\u2014";
    switch (kind) {
      case "count": return fixed(Math.trunc(v), 0);
      case "rate": return v >= 100 ? fixed(v, 0) : v >= 10 ? fixed(v, 1) : fixed(v, 2);
      case "pct": var p = v * 100; return (p >= 10 ? fixed(p, 1) : fixed(p, 2)) + " %";
      case "seconds": return v < 1 ? fixed(v * 1000, 0) + " ms" : fixed(v, 2) + " s";
      case "usd": return "$" + (v >= 100 ? fixed(v, 0) : v >= 1 ? fixed(v, 2) : fixed(v, 4));
      case "duration": return human(v);
    }
    return String(v);
  }
  function human(seconds) {
    var s = Math.trunc(seconds), m = Math.trunc(s / 60), h = Math.trunc(m / 60),
        d = Math.trunc(h / 24);
    s %= 60; m %= 60; h %= 24;
    return d ? d + "d " + h + "h" : h ? h + "h " + m + "m" : m ? m + "m " + s + "s" : s + "s";
  }
  function path(points) {
    var finite = points.filter(function (p) { return p !== null; });
    var top = Math.max.apply(null, finite.concat([0])) || 1;
    var step = WIDTH / (Math.max(points.length, SPARK_MIN_SLOTS) - 1), out = [], down = false;
    points.forEach(function (p, i) {
      if (p === null) { down = false; return; }
      var x = (WIDTH - (points.length - 1 - i) * step).toFixed(1);
      var y = (HEIGHT - 1 - (HEIGHT - 2) * p / top).toFixed(1);
      out.push(down ? "L" + x + " " + y : "M" + x + " " + y + "h0");
      down = true;
    });
    return out.join(" ");
  }
  // a path step is a key, or (in a list) the id of an item
  function lookup(status, steps) {
    var node = status;
    for (var i = 0; i < steps.length && node !== undefined && node !== null; i++) {
      node = Array.isArray(node)
        ? node.find(function (item) { return item.id === steps[i]; }) : node[steps[i]];
    }
    return node;
  }
  function apply(status) {
    if (status.shape !== document.body.dataset.shape) { location.reload(); return; }
    document.querySelectorAll("[data-v]").forEach(function (el) {
      var v = lookup(status, JSON.parse(el.dataset.v));
      if (el.tagName === "METER") el.value = Math.min(v || 0, 1);
      else el.textContent = format(v, el.dataset.f);
    });
    document.querySelectorAll("svg.spark").forEach(function (svg) {
      var points = lookup(status, ["models", svg.dataset.m, "sparklines", svg.dataset.s]);
      if (points) svg.firstElementChild.setAttribute("d", path(points));
    });
    document.getElementById("updated").textContent =
      new Date(status.generated_at * 1000).toISOString().slice(0, 19).replace("T", " ") + " UTC";
    document.body.dataset.updated = String(status.generated_at);
  }
  function refresh() {
    return fetch("api/v1/status", { cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(apply)
      .catch(function (e) { document.getElementById("updated").textContent = "not updated: " + e.message; });
  }
  window.llmStatus = { refresh: refresh, format: format, path: path };
  setInterval(refresh, EVERY_MS);
})();

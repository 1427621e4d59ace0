// Shared helpers for the dashboard pages (no framework, no network beyond this server).
"use strict";
const lagebild = {
  // query string of the current page, for calling the JSON API with the same filters
  query() { return window.location.search.replace(/^\?/, ""); },
  async json(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  },
  svg(name, attrs, parent) {
    const el = document.createElementNS("http://www.w3.org/2000/svg", name);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    if (parent) parent.appendChild(el);
    return el;
  },
  coopColour(coop, conflict) {
    // share of cooperation from red (conflict) to blue (cooperation)
    const total = coop + conflict;
    if (!total) return "#888";
    const share = coop / total;
    const r = Math.round(200 * (1 - share) + 30 * share), g = Math.round(60 + 60 * share), b = Math.round(50 * (1 - share) + 200 * share);
    return `rgb(${r},${g},${b})`;
  },
  // poll the overview and show a notice when new events arrive (ingest while serving)
  watch(onChange) {
    const stats = document.getElementById("stats");
    if (!stats) return;
    const known = Number(stats.dataset.events);
    const timer = setInterval(async () => {
      try {
        const o = await lagebild.json("/api/overview");
        if (o.events !== known) { clearInterval(timer); onChange(o); }
      } catch (e) { /* server busy or restarting: try again next tick */ }
    }, 5000);
  },
};

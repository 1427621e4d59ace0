// World map on plain SVG: equirectangular countries, located events clustered on a pixel grid.
"use strict";
(function () {
  const svg = document.getElementById("map"), panel = document.getElementById("map-panel");
  const status = document.getElementById("map-status");
  const CELL = 36; // cluster cell in screen pixels
  let view = { x: 0, y: 0, w: 360, h: 150 }, points = [], opened = 0;
  const countries = lagebild.svg("g", { class: "countries" }, svg);
  const pointLayer = lagebild.svg("g", { class: "points" }, svg);
  const px = (lon) => lon + 180, py = (lat) => 90 - lat;

  function ringPath(ring) {
    return "M" + ring.map(([lon, lat]) => `${px(lon).toFixed(2)},${py(lat).toFixed(2)}`).join("L") + "Z";
  }

  function drawCountries(geo) {
    for (const f of geo.features) {
      const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
      const path = lagebild.svg("path", { d, class: "country", "vector-effect": "non-scaling-stroke" }, countries);
      lagebild.svg("title", {}, path).textContent = f.properties.name || "";
    }
  }

  function unitsPerPixel() { return view.w / (svg.clientWidth || 800); }

  function cluster() {
    const cell = CELL * unitsPerPixel(), cells = new Map();
    for (const p of points) {
      const key = `${Math.floor(px(p.lon) / cell)},${Math.floor(py(p.lat) / cell)}`;
      const c = cells.get(key) || { members: [], events: 0, cooperation: 0, conflict: 0, x: 0, y: 0 };
      c.members.push(p); c.events += p.events; c.cooperation += p.cooperation; c.conflict += p.conflict;
      c.x += px(p.lon) * p.events; c.y += py(p.lat) * p.events;
      cells.set(key, c);
    }
    return [...cells.values()].map((c) => ({ ...c, x: c.x / c.events, y: c.y / c.events }));
  }

  function drawPoints() {
    pointLayer.replaceChildren();
    const u = unitsPerPixel();
    for (const c of cluster()) {
      const r = (6 + 4 * Math.log2(1 + c.events)) * u;
      const g = lagebild.svg("g", { class: c.members.length > 1 ? "cluster" : "place" }, pointLayer);
      const circle = lagebild.svg("circle", { cx: c.x, cy: c.y, r, class: "point", fill: lagebild.coopColour(c.cooperation, c.conflict),
        "stroke-width": 1.5 * u, "data-events": c.events }, g);
      const names = c.members.map((m) => m.name || `${m.lat},${m.lon}`).slice(0, 5).join(", ");
      lagebild.svg("title", {}, circle).textContent = `${names}: ${c.events} events (${c.cooperation} cooperation, ${c.conflict} conflict)`;
      if (c.events > 1) {
        const t = lagebild.svg("text", { x: c.x, y: c.y + 4 * u, "text-anchor": "middle", "font-size": 11 * u, fill: "#fff", "pointer-events": "none" }, g);
        t.textContent = String(c.events);
      }
      g.addEventListener("click", (e) => { e.stopPropagation(); open(c); });
    }
  }

  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    drawPoints();
  }

  function zoomTo(c) {
    const w = Math.max(view.w / 4, 2), h = w * view.h / view.w;
    setView({ x: c.x - w / 2, y: c.y - h / 2, w, h });
  }

  function segments(sentence, spans) {
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const s of spans) {
      frag.append(sentence.slice(at, s.start));
      const mark = document.createElement("mark");
      mark.className = "hl-" + s.role; mark.textContent = sentence.slice(s.start, s.end);
      mark.title = s.code ? `${s.role}: ${s.code}` : s.role;
      frag.append(mark); at = s.end;
    }
    frag.append(sentence.slice(at));
    return frag;
  }

  async function open(c) {
    const places = new Set(c.members.map((m) => `${m.lat},${m.lon}`));
    if (places.size > 1) { zoomTo(c); return; }
    const ticket = ++opened; // a later click wins over a slower earlier answer
    const p = c.members[0], params = new URLSearchParams(lagebild.query());
    params.set("near", `${p.lat},${p.lon},1`); params.set("limit", "20");
    panel.replaceChildren();
    const h = document.createElement("h2"); h.textContent = `${p.name || "?"} (${p.country || "?"}): ${p.events} events`;
    panel.append(h);
    try {
      const page = await lagebild.json("/api/events?" + params);
      if (ticket !== opened) return;
      for (const e of page.events) {
        const item = document.createElement("div"); item.className = "map-event"; item.dataset.eventId = e.event_id;
        const head = document.createElement("p");
        head.innerHTML = `<span class="badge ${e.cooperative ? "coop" : "conflict"}"></span> <span class="status"></span> <small></small>`;
        head.children[0].textContent = e.type; head.children[1].textContent = e.status;
        head.children[2].textContent = `${e.date || ""} ${(e.reported_by || []).length ? "per " + e.reported_by.join(", ") : ""}`;
        const quote = document.createElement("blockquote"); quote.className = "sentence";
        quote.append(segments(e.sentence || "", e.highlights || []));
        const link = document.createElement("a"); link.href = `/articles/${encodeURIComponent(e.doc)}`; link.textContent = e.doc;
        item.append(head, quote, link); panel.append(item);
      }
      if (page.total > page.events.length) {
        const more = document.createElement("p"); more.className = "muted";
        more.textContent = `${page.total - page.events.length} more in the event table.`; panel.append(more);
      }
    } catch (err) { panel.append(`Could not load the events: ${err.message}`); }
  }

  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const box = svg.getBoundingClientRect(), f = e.deltaY > 0 ? 1.25 : 0.8;
    const mx = view.x + ((e.clientX - box.left) / box.width) * view.w, my = view.y + ((e.clientY - box.top) / box.height) * view.h;
    const w = Math.min(360, Math.max(1, view.w * f)), h = w * view.h / view.w;
    setView({ x: mx - (mx - view.x) * (w / view.w), y: my - (my - view.y) * (h / view.h), w, h });
  }, { passive: false });
  let drag = null;
  svg.addEventListener("mousedown", (e) => { drag = { x: e.clientX, y: e.clientY, view: { ...view } }; });
  window.addEventListener("mouseup", () => { drag = null; });
  window.addEventListener("mousemove", (e) => {
    if (!drag) return;
    const u = unitsPerPixel();
    setView({ ...drag.view, x: drag.view.x - (e.clientX - drag.x) * u, y: drag.view.y - (e.clientY - drag.y) * u });
  });

  Promise.all([lagebild.json("/static/world-110m.geojson"), lagebild.json("/api/map?" + lagebild.query())])
    .then(([geo, data]) => {
      drawCountries(geo);
      points = data.points;
      svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
      setView(view);
      status.textContent = data.located_events
        ? `${data.located_events} located events at ${data.points.length} places.`
        : "No event with a location for this filter.";
    }).catch((e) => { status.textContent = "Could not load the map: " + e.message; });
})();

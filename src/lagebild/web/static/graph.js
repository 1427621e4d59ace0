// Actor network: a small deterministic force layout on SVG (no library).
"use strict";
(function () {
  const svg = document.getElementById("graph");
  const status = document.getElementById("graph-status");

  function layout(nodes, edges, width, height) {
    const n = nodes.length, index = new Map(nodes.map((d, i) => [d.id, i]));
    // start on a circle (deterministic), most active actors first
    nodes.forEach((d, i) => {
      const angle = (2 * Math.PI * i) / Math.max(n, 1);
      d.x = width / 2 + (width / 3) * Math.cos(angle);
      d.y = height / 2 + (height / 3) * Math.sin(angle);
    });
    const links = edges.map((e) => ({ s: index.get(e.source), t: index.get(e.target), w: e.events }));
    const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
    for (let step = 0; step < 300; step++) {
      const temp = 0.1 * (1 - step / 300) * Math.min(width, height);
      const dx = new Float64Array(n), dy = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(x * x + y * y, 1), f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
      for (const l of links) {
        const a = nodes[l.s], b = nodes[l.t];
        const x = a.x - b.x, y = a.y - b.y, d = Math.max(Math.hypot(x, y), 1);
        const f = (d / k) * Math.min(1 + Math.log(l.w), 3) * 0.5;
        dx[l.s] -= x * f; dy[l.s] -= y * f; dx[l.t] += x * f; dy[l.t] += y * f;
      }
      for (let i = 0; i < n; i++) {
        // gravity keeps unconnected actors on screen
        dx[i] += (width / 2 - nodes[i].x) * 0.05 * k / 10; dy[i] += (height / 2 - nodes[i].y) * 0.05 * k / 10;
        const d = Math.max(Math.hypot(dx[i], dy[i]), 1e-9), move = Math.min(d, temp);
        nodes[i].x = Math.min(width - 30, Math.max(30, nodes[i].x + (dx[i] / d) * move));
        nodes[i].y = Math.min(height - 30, Math.max(30, nodes[i].y + (dy[i] / d) * move));
      }
    }
    fit(nodes, width, height);
  }

  function fit(nodes, width, height) {
    // stretch the layout to the drawing area, keeping room for labels
    if (nodes.length < 2) { nodes.forEach((d) => { d.x = width / 2; d.y = height / 2; }); return; }
    const xs = nodes.map((d) => d.x), ys = nodes.map((d) => d.y), m = 50;
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const s = Math.min((width - 2 * m) / Math.max(x1 - x0, 1), (height - 2 * m) / Math.max(y1 - y0, 1));
    const ox = (width - s * (x1 - x0)) / 2, oy = (height - s * (y1 - y0)) / 2;
    nodes.forEach((d) => { d.x = ox + (d.x - x0) * s; d.y = oy + (d.y - y0) * s; });
  }

  function draw(data) {
    const width = svg.clientWidth || 900, height = svg.clientHeight || 600;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const nodes = data.nodes, byId = new Map(nodes.map((d) => [d.id, d]));
    layout(nodes, data.edges, width, height);
    const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
    const maxNode = Math.max(1, ...nodes.map((d) => d.events));
    const edgeLayer = lagebild.svg("g", { class: "edges" }, svg);
    for (const e of data.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const link = lagebild.svg("a", { href: `/dyads?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}` }, edgeLayer);
      const line = lagebild.svg("line", {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "data-a": e.source, "data-b": e.target,
        stroke: lagebild.coopColour(e.cooperation, e.conflict), "stroke-width": 1 + 9 * Math.sqrt(e.events / maxEdge),
      }, link);
      lagebild.svg("title", {}, line).textContent =
        `${e.source} – ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`;
    }
    // a node's colour: the share of cooperation over all its dyads
    const mix = new Map(nodes.map((d) => [d.id, { coop: 0, conflict: 0 }]));
    for (const e of data.edges) for (const id of [e.source, e.target]) {
      mix.get(id).coop += e.cooperation; mix.get(id).conflict += e.conflict;
    }
    const nodeLayer = lagebild.svg("g", { class: "nodes" }, svg);
    for (const d of nodes) {
      const g = lagebild.svg("a", { href: `/actors/${encodeURIComponent(d.id)}`, class: "node", "data-code": d.id }, nodeLayer);
      const r = 8 + 18 * Math.sqrt(d.events / maxNode);
      lagebild.svg("circle", { cx: d.x, cy: d.y, r, fill: lagebild.coopColour(mix.get(d.id).coop, mix.get(d.id).conflict) }, g);
      const label = lagebild.svg("text", { x: d.x, y: d.y + r + 12, "text-anchor": "middle" }, g);
      label.textContent = d.id;
      lagebild.svg("title", {}, g).textContent =
        `${d.id}: ${d.events} events (${mix.get(d.id).coop} cooperation, ${mix.get(d.id).conflict} conflict)`;
    }
  }

  lagebild.json("/api/graph?" + lagebild.query()).then((data) => {
    status.textContent = data.nodes.length
      ? `${data.nodes.length} actors, ${data.edges.length} dyads.`
      : "No dyads to draw for this filter.";
    draw(data);
  }).catch((e) => { status.textContent = "Could not load the network: " + e.message; });
})();

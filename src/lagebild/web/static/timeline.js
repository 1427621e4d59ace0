// Cooperation (up) vs conflict (down) per period, with the mean Goldstein score as a line.
"use strict";
(function () {
  const svg = document.getElementById("timeline");
  const source = document.getElementById("timeline-data");
  if (!svg || !source) return;
  const data = JSON.parse(source.textContent), series = data.series;
  const width = svg.clientWidth || 900, height = svg.clientHeight || 320;
  const pad = { left: 40, right: 40, top: 16, bottom: 40 };
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const mid = pad.top + (height - pad.top - pad.bottom) / 2, half = (height - pad.top - pad.bottom) / 2;
  const max = Math.max(1, ...series.map((p) => Math.max(p.cooperation, p.conflict)));
  const step = (width - pad.left - pad.right) / series.length, bar = Math.max(2, Math.min(40, step * 0.7));
  lagebild.svg("line", { x1: pad.left, x2: width - pad.right, y1: mid, y2: mid, stroke: "#a0aec0" }, svg);
  lagebild.svg("text", { x: 4, y: pad.top + 10 }, svg).textContent = String(max);
  lagebild.svg("text", { x: 4, y: height - pad.bottom }, svg).textContent = String(max);
  lagebild.svg("text", { x: width - pad.right + 4, y: pad.top + 10 }, svg).textContent = "+10";
  lagebild.svg("text", { x: width - pad.right + 4, y: height - pad.bottom }, svg).textContent = "−10";
  const every = Math.ceil(series.length / Math.max(1, Math.floor((width - pad.left - pad.right) / 70)));
  const line = [];
  series.forEach((p, i) => {
    const x = pad.left + i * step + step / 2;
    const up = (p.cooperation / max) * half, down = (p.conflict / max) * half;
    const c = lagebild.svg("rect", { x: x - bar / 2, y: mid - up, width: bar, height: up, fill: "var(--coop)", class: "bar-coop" }, svg);
    lagebild.svg("title", {}, c).textContent = `${p.period}: ${p.cooperation} cooperation`;
    const k = lagebild.svg("rect", { x: x - bar / 2, y: mid, width: bar, height: down, fill: "var(--conflict)", class: "bar-conflict" }, svg);
    lagebild.svg("title", {}, k).textContent = `${p.period}: ${p.conflict} conflict`;
    if (p.goldstein_mean !== null) line.push(`${x},${mid - (p.goldstein_mean / 10) * half}`);
    if (i % every === 0) lagebild.svg("text", { x, y: height - pad.bottom + 16, "text-anchor": "middle" }, svg).textContent = p.period;
  });
  if (line.length > 1) lagebild.svg("polyline", { points: line.join(" "), fill: "none", stroke: "#2d3748", "stroke-width": 2 }, svg);
  for (const pt of line) { const [x, y] = pt.split(","); lagebild.svg("circle", { cx: x, cy: y, r: 2.5, fill: "#2d3748" }, svg); }
})();

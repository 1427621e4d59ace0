// Event table: a click (or Enter) on a row opens its evidence sentence.
"use strict";
(function () {
  function toggle(row) {
    const evidence = document.getElementById("ev-" + row.dataset.eventId);
    if (!evidence) return;
    evidence.hidden = !evidence.hidden;
    row.setAttribute("aria-expanded", String(!evidence.hidden));
  }
  for (const row of document.querySelectorAll("tr.event")) {
    row.addEventListener("click", (e) => { if (!e.target.closest("a")) toggle(row); });
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") toggle(row); });
  }
  lagebild.watch(() => { const f = document.getElementById("fresh"); if (f) f.hidden = false; });
})();

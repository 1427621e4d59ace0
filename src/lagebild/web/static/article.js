// Article view: bring the event opened from the table (?event=ID) into view.
"use strict";
(function () {
  const focus = document.querySelector("#article-text mark.focus") || document.querySelector("#article-events li.focus");
  if (focus) focus.scrollIntoView({ block: "center" });
})();

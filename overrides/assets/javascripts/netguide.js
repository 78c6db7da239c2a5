/* NET Guide page behaviour that Material lacks. Runs on every page, also after instant navigation. */

/* Wide tables scroll sideways on phones; a scrollable box must be reachable and named for keyboard
   and screen-reader users (WCAG 2.1.1, axe scrollable-region-focusable). */
function labelScrollableTables() {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
    if (box.hasAttribute("tabindex")) return;
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    var caption = box.querySelector("caption");
    box.setAttribute("aria-label", caption ? caption.textContent : "Table (scrolls sideways)");
  });
}

if (window.document$) {
  window.document$.subscribe(labelScrollableTables);
} else {
  document.addEventListener("DOMContentLoaded", labelScrollableTables);
}

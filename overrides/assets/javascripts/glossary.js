/* Glossary terms: show a term's definition on hover, keyboard focus and tap (WCAG 2.2, 1.4.13).

   The build (netguide/markdown/glossary.py) turns a term into a real link to its glossary entry,
   followed by a hidden element with the definition that the link names with aria-describedby, so
   screen readers announce it and the link works without this script. This script only shows that
   element next to the term:
   - mouse: while the pointer is over the term or the definition (so it can be hovered and read);
   - keyboard: while the term has focus; Escape hides it and leaves focus on the term;
   - touch: the first tap shows it with a link to the glossary entry instead of leaving the page;
     a second tap on the term, or a tap on that link, goes to the entry; a tap elsewhere closes it;
   - mouse and touch: a "Close definition" button in the box closes it too (a box can cover the lines
     below). Keyboard focus adds no button, so Tab order and the description a screen reader reads on
     focus stay as they were; Escape closes it.

   Listeners sit on document, so they keep working after Material's instant navigation swaps the page. */
(function () {
  "use strict";

  var GAP = 6; // px between the term and its definition
  var EDGE = 8; // px kept free at the edges of the window
  var HIDE_DELAY = 300; // ms, so the pointer can travel from the term to the definition
  var TERM = "a.ng-term";

  var open = null; // { term, tip, touch }
  var hovered = false; // the pointer is over the open term or its definition
  var dismissed = null; // the term whose definition Escape closed, until pointer and focus leave it
  var lastPointer = ""; // pointerType of the latest pointerdown
  var hideTimer = 0;

  function closest(node, selector) {
    return node && node.nodeType === 1 ? node.closest(selector) : null;
  }

  function definitionOf(term) {
    var id = term.getAttribute("aria-describedby");
    return id ? document.getElementById(id) : null;
  }

  function belongsToOpen(node) {
    return !!open && !!node && (open.term.contains(node) || open.tip.contains(node));
  }

  // Below the term, or above it when there is no room below; always inside the window, even at 320 px.
  function place() {
    if (!open) return;
    var rects = open.term.getClientRects();
    if (!rects.length) return hide();
    var first = rects[0];
    var last = rects[rects.length - 1];
    var width = document.documentElement.clientWidth;
    var height = window.innerHeight;
    var tip = open.tip;
    tip.style.left = "0px";
    tip.style.top = "0px";
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var below = last.bottom + GAP;
    var above = first.top - GAP - h;
    var useBelow = below + h <= height - EDGE || above < EDGE;
    var anchor = useBelow ? last : first;
    tip.style.left = Math.max(EDGE, Math.min(anchor.left, width - w - EDGE)) + "px";
    tip.style.top = (useBelow ? below : above) + "px";
    tip.classList.toggle("ng-def--above", !useBelow);
  }

  function moreLink(term) {
    var link = document.createElement("a");
    link.className = "ng-def__more";
    link.href = term.href;
    link.textContent = "Read more in the glossary";
    return link;
  }

  function closeButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ng-def__close";
    button.setAttribute("aria-label", "Close definition");
    button.textContent = "\u00d7"; // ×, its name is the label
    return button;
  }

  // pointer: opened by a mouse or a finger (gets the close button), not by keyboard focus.
  function show(term, touch, pointer) {
    clearTimeout(hideTimer);
    var tip = definitionOf(term);
    if (!tip) return;
    if (open && open.term !== term) hide();
    dismissed = null;
    open = { term: term, tip: tip, touch: !!touch };
    if ((pointer || touch) && !tip.querySelector(".ng-def__close")) tip.insertBefore(closeButton(), tip.firstChild);
    if (touch && !tip.querySelector(".ng-def__more")) tip.appendChild(moreLink(term));
    tip.hidden = false;
    place();
  }

  // Escape and the close button: hide, keep it closed while the pointer stays, give focus back to the term.
  function dismiss() {
    if (!open) return;
    var term = open.term;
    var focusInside = open.tip.contains(document.activeElement);
    hide();
    dismissed = term;
    if (focusInside) term.focus();
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!open) return;
    var extras = open.tip.querySelectorAll(".ng-def__more, .ng-def__close");
    for (var i = 0; i < extras.length; i++) extras[i].remove();
    open.tip.hidden = true;
    open = null;
    hovered = false;
  }

  // Hide after a moment, unless the pointer came back or the term still has keyboard focus.
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (!open || hovered || open.touch) return;
      if (open.term === document.activeElement && open.term.matches(":focus-visible")) return;
      hide();
    }, HIDE_DELAY);
  }

  document.addEventListener("pointerover", function (event) {
    if (event.pointerType === "touch") return;
    var term = closest(event.target, TERM);
    if (term && term !== dismissed) {
      hovered = true;
      if (!open || open.term !== term) show(term, false, true);
      else clearTimeout(hideTimer);
    } else if (belongsToOpen(event.target)) {
      hovered = true;
      clearTimeout(hideTimer);
    }
  });

  document.addEventListener("pointerout", function (event) {
    if (event.pointerType === "touch") return;
    var from = closest(event.target, TERM);
    if (from && from === dismissed && !from.contains(event.relatedTarget) && from !== document.activeElement) {
      dismissed = null;
    }
    if (!belongsToOpen(event.target) || belongsToOpen(event.relatedTarget)) return;
    hovered = false;
    hideSoon();
  });

  // A tap also focuses the term: focus shows the definition, and the tap's click then adds the link.
  document.addEventListener("focusin", function (event) {
    var term = closest(event.target, TERM);
    if (term && term !== dismissed && !belongsToOpen(term)) show(term, false);
  });

  document.addEventListener("focusout", function (event) {
    if (closest(event.target, TERM) === dismissed) dismissed = null;
    if (!belongsToOpen(event.target) || belongsToOpen(event.relatedTarget)) return;
    if (open.touch) return; // a tap elsewhere closes it
    hideSoon();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !open) return;
    dismiss();
  });

  // Capture phase: runs before Material's instant navigation sees the click.
  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "";
    if (open && !belongsToOpen(event.target)) hide();
  }, true);

  document.addEventListener("click", function (event) {
    if (open && closest(event.target, ".ng-def__close")) {
      event.preventDefault();
      dismiss();
      return;
    }
    var term = closest(event.target, TERM);
    if (!term) return;
    var type = "pointerType" in event ? event.pointerType : lastPointer; // "" for Enter on a keyboard
    if (type !== "touch" || event.detail === 0) return;
    if (open && open.term === term && open.touch) return; // second tap: follow the link
    event.preventDefault();
    event.stopPropagation();
    show(term, true);
  }, true);

  window.addEventListener("scroll", function () { if (open) place(); }, { passive: true });
  window.addEventListener("resize", function () { if (open) place(); }, { passive: true });

  // Material's instant navigation replaces the page content: forget the old page's open definition.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      open = null;
      hovered = false;
      dismissed = null;
    });
  }
})();

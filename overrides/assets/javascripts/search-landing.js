/* Landing on a page from a search result: show the reader the words they searched for.

   Material's search result links carry the matched words (`?h=ki 67`) and the section (`#grade`), and its
   `search.highlight` feature marks those words on the page. Two things it gets wrong (issue 18):
   1. It marks parts of words: a search for "ki" marks "ki" inside "kind". Here every mark that does not
      cover whole words is undone; a mark that stops before a plural ending ("tumor|s") is widened to
      the whole word.
   2. It marks only visible text, and a hit inside a collapsed box ("For health professionals") leaves
      the reader at the section's heading with nothing marked. Here, when the first whole-word match of
      the searched words in the target section is inside a closed <details>, that box is opened and
      scrolled into view. A link straight to an anchor inside a closed box opens it too.

   Runs on every page view, also after Material's instant navigation (document$). Nothing is stored. */
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}]/u;
  var ENDINGS = ["s", "es", "'s", "\u2019s"]; // a mark that stops before one of these is widened to the word
  var SKIP = ".ng-def, .ng-toc, [data-search-exclude], script, style";
  var observer = null;

  function searchedWords() {
    var h = new URLSearchParams(location.search).get("h");
    if (!h) return [];
    return h.split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // ------------------------------------------------------------ 1. whole-word highlights only

  function charBefore(mark) {
    var node = mark.previousSibling;
    var text = node ? node.textContent : "";
    return text ? text.charAt(text.length - 1) : "";
  }

  function unwrap(mark) {
    var parent = mark.parentNode;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }

  // Keeps a mark that covers whole words, widens one that stops before a plural ending, undoes the rest.
  function mend(mark) {
    if (!mark.parentNode || mark.getAttribute("data-ng-checked") !== null) return;
    mark.setAttribute("data-ng-checked", "");
    var text = mark.textContent;
    if (!text || WORD.test(charBefore(mark)) || !WORD.test(text.charAt(0))) return unwrap(mark);
    var next = mark.nextSibling;
    var after = next && next.nodeType === 3 ? next.textContent : "";
    var rest = (after.match(/^[\p{L}\p{N}'\u2019]*/u) || [""])[0];
    if (!rest) return;
    if (ENDINGS.indexOf(rest.toLowerCase()) >= 0) {
      mark.appendChild(document.createTextNode(rest));
      next.textContent = after.slice(rest.length);
      return;
    }
    unwrap(mark);
  }

  function mendAll(root) {
    var marks = root.querySelectorAll("mark[data-md-highlight]");
    for (var i = 0; i < marks.length; i++) mend(marks[i]);
  }

  // Material adds its marks a moment after the page shows (once the search index is ready).
  function watchHighlights(content) {
    if (observer) observer.disconnect();
    observer = null;
    if (!content || !window.MutationObserver) return;
    mendAll(content);
    observer = new MutationObserver(function () { mendAll(content); });
    observer.observe(content, { childList: true, subtree: true });
  }

  // ------------------------------------------------------------ 2. open the collapsed box that holds the hit

  function closedBoxesAround(node) {
    var boxes = [];
    for (var el = node.nodeType === 1 ? node : node.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS" && !el.open) {
        var summary = el.querySelector(":scope > summary");
        if (!summary || !summary.contains(node)) boxes.push(el);
      }
    }
    return boxes;
  }

  function headingLevel(el) {
    var match = /^H([1-6])$/.exec(el.tagName);
    return match ? Number(match[1]) : 0;
  }

  // The first text of the section (from the target to the next heading of its level) that holds a searched
  // word as a whole word.
  function firstHit(content, start, words) {
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.map(escapeRegExp).join("|") + ")(s|es)?(?![\\p{L}\\p{N}])", "iu");
    var level = start === content ? 0 : headingLevel(start) || 0; // 0: to the end of the page
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = start;
    for (var node = start; node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        var l = headingLevel(node);
        if (node !== start && l && l <= level) return null;
        continue;
      }
      if (node.parentElement.closest(SKIP)) continue;
      if (pattern.test(node.textContent)) return node;
    }
    return null;
  }

  function scrollToBox(box) {
    var header = document.querySelector(".md-header");
    var top = box.getBoundingClientRect().top + window.scrollY - (header ? header.offsetHeight : 0) - 8;
    window.scrollTo(0, Math.max(0, top));
  }

  function openBoxes(boxes) {
    for (var i = 0; i < boxes.length; i++) boxes[i].open = true;
  }

  function target() {
    if (!location.hash || location.hash.length < 2) return null;
    try {
      return document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (error) {
      return null;
    }
  }

  function land() {
    var content = document.querySelector("article.md-content__inner");
    watchHighlights(content);
    if (!content) return;
    var anchor = target();
    if (anchor && content.contains(anchor)) {
      var around = closedBoxesAround(anchor);
      if (around.length) {
        openBoxes(around);
        scrollToBox(anchor);
        return;
      }
    }
    var words = searchedWords();
    if (!words.length) return;
    var hit = firstHit(content, anchor && content.contains(anchor) ? anchor : content, words);
    if (!hit) return;
    var boxes = closedBoxesAround(hit);
    if (!boxes.length) return;
    openBoxes(boxes);
    scrollToBox(boxes[0]); // the innermost box that holds the hit
  }

  // After Material has scrolled to the section (it does so when the page is shown).
  function landSoon() {
    window.requestAnimationFrame(function () { setTimeout(land, 0); });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(landSoon);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", landSoon);
  } else {
    landSoon();
  }
  window.addEventListener("hashchange", landSoon);
})();

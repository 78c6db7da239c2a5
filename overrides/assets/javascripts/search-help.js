/* When a search finds nothing, show help instead of a blank (issue 18).

   The help sits, hidden, in the search dialog (overrides/partials/search.html): urgent help first, then the
   main sections (from the nav). This script shows it when the box holds a query and Material reports no
   matching documents, and hides it again as soon as a search finds something. It also offers the closest
   words of the guide: on the first empty search it loads the glossary's list of terms and their other names
   (assets/javascripts/report-terms.js, written from docs/_data/glossary.yml at build time and used by
   Explain my report; about 35 KB with gzip, loaded only then) and lists up to five terms whose names are one
   or two letters away from a word of the query, or begin with it, each linking to where the guide explains
   it. A plain <script src> from the site itself: it works offline, from file://, and under the site's
   Content-Security-Policy. Nothing typed leaves the browser. */
(function () {
  "use strict";
  var MAX_TERMS = 5;
  var scriptSource = document.currentScript && document.currentScript.src;
  var loading = null;

  function siteRoot() {
    // This file is at assets/javascripts/ under the site root, online and from file:// alike.
    return scriptSource ? new URL("../../", scriptSource).href : "";
  }

  function loadTerms(done) {
    if (window.NGReportTerms) return done(window.NGReportTerms);
    if (!loading) {
      loading = [];
      var script = document.createElement("script");
      script.src = siteRoot() + "assets/javascripts/report-terms.js";
      script.onload = function () { loading.forEach(function (f) { f(window.NGReportTerms); }); };
      document.head.appendChild(script);
    }
    loading.push(done);
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  }

  // Edit distance with a ceiling: anything above `most` counts as too far.
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var previous = [], current, i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, current[j]);
      }
      if (best > most) return most + 1;
      previous = current;
    }
    return previous[b.length];
  }

  // The terms closest to the query's words: [{term, href, page}], best first.
  function closest(data, query) {
    var words = query.split(/\s+/).map(fold).filter(function (w) { return w.length >= 4; });
    if (!words.length) return [];
    var scored = [];
    data.terms.forEach(function (row) {
      var best = Infinity;
      [row[0]].concat(row[5] || []).forEach(function (form) {
        var key = fold(String(form));
        words.forEach(function (word) {
          var most = word.length >= 8 ? 2 : 1;
          var d = key.indexOf(word) === 0 ? 0.5 : distance(word, key, most);
          if (d <= most) best = Math.min(best, d);
        });
      });
      if (best < Infinity) scored.push({ row: row, score: best });
    });
    scored.sort(function (a, b) { return a.score - b.score || a.row[0].length - b.row[0].length; });
    return scored.slice(0, MAX_TERMS).map(function (s) {
      var page = data.pages[s.row[2]];
      return { term: s.row[0], href: siteRoot() + page[0] + (s.row[3] ? "#" + s.row[3] : ""), page: page[1] };
    });
  }

  function showTerms(help, query) {
    var box = help.querySelector(".ng-search-help__close");
    var list = help.querySelector(".ng-search-help__terms");
    box.hidden = true;
    loadTerms(function (data) {
      var input = document.querySelector(".md-search__input");
      if (!data || !input || input.value !== query) return; // the reader has typed on
      var found = closest(data, query);
      list.textContent = "";
      found.forEach(function (f) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = f.href;
        a.textContent = f.term;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + f.page + ")"));
        list.appendChild(li);
      });
      box.hidden = found.length === 0;
    });
  }

  function update(result, help) {
    var input = document.querySelector(".md-search__input");
    var meta = result.querySelector(".md-search-result__meta");
    var list = result.querySelector(".md-search-result__list");
    var query = input ? input.value.trim() : "";
    var none = query !== "" && meta && list && list.children.length === 0 &&
      meta.textContent.trim() === help.getAttribute("data-none");
    if (none && (help.hidden || help.getAttribute("data-query") !== query)) {
      help.setAttribute("data-query", query);
      showTerms(help, input.value);
    }
    help.hidden = !none;
  }

  function start() {
    var result = document.querySelector(".md-search-result");
    var help = document.querySelector(".md-search__scrollwrap > .ng-search-help");
    if (!result || !help || help.getAttribute("data-ng-ready")) return;
    help.setAttribute("data-ng-ready", "true");
    new MutationObserver(function () { update(result, help); })
      .observe(result.querySelector(".md-search-result__meta"), { childList: true, characterData: true, subtree: true });
    var input = document.querySelector(".md-search__input");
    if (input) input.addEventListener("input", function () { update(result, help); });
  }

  // For tests: the closest terms to a query, once the terms are loaded.
  window.NGSearchHelp = {
    closest: function (query, done) { loadTerms(function (data) { done(closest(data, query)); }); },
  };

  start();
})();

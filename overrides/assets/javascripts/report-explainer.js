/* Explain my report (docs/tools/explain-my-report.md): the reader pastes a pathology report, scan report or
   clinic letter, and sees each glossary term in it with its plain definition and a link to read more.

   Private by design: everything happens in this page. The text is never sent anywhere, never stored, and
   the script makes no request (the word list, window.NGReportTerms, is a script file loaded with the page:
   assets/javascripts/report-terms.js, generated from docs/_data/glossary.yml by
   netguide/postbuild/report_terms.py). Plain <script> files, no modules and no fetch(), so the tool also
   works in the offline edition opened from file://.

   How words are matched, for the way these documents are written:
   - text is cut into words at spaces, hyphens, slashes and punctuation, and a word is cut again where
     letters meet digits, so Ki-67, Ki67 and Ki 67 are the same three pieces, 68Ga and Ga-68 the same
     two, and "SUVmax38.2" or "120mg" still give SUVmax and mg;
   - abbreviations written with periods (t.d.s., p.r.n.) are read without them;
   - short abbreviations (two or more capitals, at most four characters: PET, WHO, NET) match in their
     own case only, so "who" and "net" in a sentence are not flagged; everything else in any case;
   - UK spellings are read as US ones (tumour, oedema, haemoglobin, embolisation, centre, analogue);
   - the last word of a term may be plural (lesions, NETs, biopsies);
   - the longest term wins, left to right ("WHO grade 2" is one term, not "WHO" and "grade 2"); a term
     never runs across a comma, a period at the end of a sentence or other punctuation.
   Each term is listed once, where it first appears, as the document writes it.

   Material's instant navigation runs this file again when the reader comes back to the page; the two
   files may then arrive in either order, so the tool starts once both are there. */
(function () {
  "use strict";

  var ROOT_SELECTOR = "[data-ng-explain]";
  var DELAY = 300; // ms after the last key before the list updates as the reader types

  // ------------------------------------------------------------------ words

  var WORD = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
  var PIECE = /\p{L}+|\p{N}+/gu;
  // Between two pieces of one term: spaces, hyphens and dashes, a slash, "&", "+", or nothing; or a period
  // inside a word (38.2, ClinicalTrials.gov).
  var JOINER = /^(?:[\s\u00a0\-\u2010-\u2013/&+]*|\.)$/;

  function plain(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function isAbbreviation(piece) {
    return piece.length <= 4 && (piece.match(/\p{Lu}/gu) || []).length >= 2;
  }

  // UK spellings to US ones; both the document and the word list go through it.
  function fold(piece) {
    var s = piece.toLowerCase();
    if (s.length >= 5) s = s.replace(/our(s?)$/, "or$1"); // tumour, but not four or hour
    s = s.replace(/ae/g, "e").replace(/oe/g, "e"); // haemoglobin, oedema, diarrhoea, caecum
    s = s.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1"); // metastasise, embolisation
    s = s.replace(/tre(s?)$/, "ter$1"); // centre, litre
    s = s.replace(/ogue(s?)$/, "og$1"); // analogue
    s = s.replace(/yse(s|d)?$/, "yze$1"); // analyse
    return s.replace(/sulph/g, "sulf");
  }

  // The pieces of a text, each with its place in the text and whether only a joiner stands between it and
  // the piece before. Periods and apostrophes inside a word are dropped (t.d.s. -> tds, Crohn's -> Crohns).
  function pieces(text) {
    var out = [];
    var last = 0;
    var word;
    WORD.lastIndex = 0;
    while ((word = WORD.exec(text))) {
      var raw = word[0];
      var inner = "";
      var at = []; // at[k]: where the k-th character of inner is in raw
      for (var k = 0; k < raw.length; k++) {
        if (!/[.'\u2019]/.test(raw[k])) {
          at.push(k);
          inner += raw[k];
        }
      }
      var dotted = inner.length !== raw.length && raw.indexOf(".") >= 0;
      var piece;
      PIECE.lastIndex = 0;
      while ((piece = PIECE.exec(inner))) {
        var start = word.index + at[piece.index];
        var end = dotted ? word.index + raw.length : word.index + at[piece.index + piece[0].length - 1] + 1;
        var clean = plain(piece[0]);
        out.push({
          text: clean,
          folded: fold(clean),
          dotted: dotted,
          start: start,
          end: end,
          joined: JOINER.test(text.slice(last, start)),
        });
        last = end;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ the word list as a tree

  function keysFor(piece) {
    return isAbbreviation(piece) ? "=" + piece : fold(piece);
  }

  function buildTree(terms) {
    var root = { next: Object.create(null) };
    terms.forEach(function (term, index) {
      term[5].forEach(function (form) {
        var list = pieces(form);
        if (!list.length) return;
        var node = root;
        list.forEach(function (piece) {
          var key = piece.dotted ? fold(piece.text) : keysFor(piece.text);
          node = node.next[key] || (node.next[key] = { next: Object.create(null) });
        });
        if (node.term === undefined) node.term = index; // the first entry to claim a form keeps it
      });
    });
    return root;
  }

  function child(node, piece) {
    var t = piece.text;
    return node.next["=" + t] || node.next[piece.folded] || (piece.dotted ? node.next["=" + t.toUpperCase()] : undefined);
  }

  // A plural last piece: NETs, lesions, metastases are found by NET, lesion, metastasis.
  function singular(node, piece) {
    var t = piece.text;
    if (t.charAt(t.length - 1) !== "s") return undefined; // most words: no work at all
    var tries = [];
    if (/s$/.test(t) && (t.length > 2 || /^\p{Lu}s$/u.test(t))) tries.push(t.slice(0, -1)); // lesions; U&Es
    if (/es$/.test(t) && t.length > 3) tries.push(t.slice(0, -2));
    if (/ies$/i.test(t)) tries.push(t.slice(0, -3) + "y");
    if (/ses$/i.test(t)) tries.push(t.slice(0, -2) + "is"); // metastases, anastomoses
    for (var i = 0; i < tries.length; i++) {
      var found = node.next["=" + tries[i]] || node.next[fold(tries[i])];
      if (found && found.term !== undefined) return found;
    }
    return undefined;
  }

  // Every term in a text, left to right, longest first: [{start, end, term}].
  function find(tree, text) {
    var list = pieces(text);
    var found = [];
    var i = 0;
    while (i < list.length) {
      var node = tree;
      var best = null;
      for (var j = i; j < list.length; j++) {
        if (j > i && !list[j].joined) break;
        var next = child(node, list[j]);
        var plural = next && next.term !== undefined ? undefined : singular(node, list[j]);
        if (next && next.term !== undefined) best = { end: j, term: next.term };
        else if (plural) best = { end: j, term: plural.term };
        if (!next) break;
        node = next;
      }
      if (best) {
        found.push({ start: list[i].start, end: list[best.end].end, term: best.term });
        i = best.end + 1;
      } else {
        i += 1;
      }
    }
    return found;
  }

  // Each term once, where it first appears, as the document writes it.
  function explain(tree, text) {
    var seen = Object.create(null);
    var out = [];
    find(tree, text).forEach(function (hit) {
      if (seen[hit.term]) return;
      seen[hit.term] = true;
      out.push({ term: hit.term, written: text.slice(hit.start, hit.end), start: hit.start });
    });
    return out;
  }

  // ------------------------------------------------------------------ the page

  var scriptSource = document.currentScript && document.currentScript.src;

  function siteRoot() {
    // This file is at assets/javascripts/ under the site root, online and from file:// alike.
    return scriptSource ? new URL("../../", scriptSource).href : "";
  }

  function sameWord(a, b) {
    function key(s) {
      return fold(plain(s)).replace(/[^\p{L}\p{N}]/gu, "").replace(/s$/, "");
    }
    return key(a) === key(b) || key(b).indexOf(key(a)) === 0 && /\(/.test(b);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(ui, data, results) {
    var terms = data.terms;
    var list = document.createDocumentFragment(); // one change to the page, not two per term
    results.forEach(function (result) {
      var term = terms[result.term];
      var dt = element("dt", "ng-explain__term", result.written);
      dt.setAttribute("data-term", term[0]);
      var dd = element("dd", "ng-explain__definition");
      var definition = element("p", "");
      if (!sameWord(result.written, term[0])) {
        definition.appendChild(element("strong", "ng-explain__headword", term[0] + ":"));
        definition.appendChild(document.createTextNode(" "));
      }
      definition.appendChild(document.createTextNode(term[1]));
      dd.appendChild(definition);
      var more = element("p", "ng-explain__more");
      var link = element("a", "", "");
      var page = data.pages[term[2]];
      link.href = ui.root + page[0] + (term[3] ? "#" + term[3] : "");
      link.target = "_blank";
      link.rel = "noopener";
      link.appendChild(document.createTextNode("Read more: " + page[1] + (term[4] ? ", " + term[4] : "")));
      link.appendChild(element("span", "ng-explain__hidden", " (opens in a new tab)"));
      more.appendChild(link);
      dd.appendChild(more);
      list.appendChild(dt);
      list.appendChild(dd);
    });
    ui.list.textContent = "";
    ui.list.appendChild(list);
    var count = results.length;
    var hasText = ui.input.value.trim() !== "";
    ui.results.hidden = !hasText;
    ui.print.hidden = count === 0;
    ui.none.hidden = !hasText || count > 0;
    ui.count.textContent = count === 1 ? "1 word or term explained." : count + " words or terms explained.";
    var message = !hasText ? "" : count === 0 ? "No words found that this tool can explain." : ui.count.textContent;
    if (ui.status.textContent !== message) ui.status.textContent = message;
  }

  function start(root, data) {
    if (root.getAttribute("data-ng-ready")) return;
    root.setAttribute("data-ng-ready", "true");
    var tree = buildTree(data.terms);
    var ui = {
      root: siteRoot(),
      input: root.querySelector("textarea"),
      explainButton: root.querySelector("[data-ng-explain-go]"),
      clear: root.querySelector("[data-ng-explain-clear]"),
      print: root.querySelector("[data-ng-explain-print]"),
      results: root.querySelector(".ng-explain__results"),
      heading: root.querySelector(".ng-explain__heading"),
      count: root.querySelector(".ng-explain__count"),
      list: root.querySelector(".ng-explain__results dl"),
      none: root.querySelector(".ng-explain__none"),
      status: root.querySelector("[role=status]"),
    };
    var timer = 0;

    function update() {
      clearTimeout(timer);
      render(ui, data, explain(tree, ui.input.value));
    }

    // Pasted or dropped text is explained at once; typed text once the reader pauses.
    ui.input.addEventListener("input", function (event) {
      clearTimeout(timer);
      if (/^insertFrom(Paste|Drop)/.test(event.inputType || "")) update();
      else timer = setTimeout(update, DELAY);
    });
    root.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      update();
      if (!ui.results.hidden) ui.heading.focus();
    });
    ui.clear.addEventListener("click", function () {
      ui.input.value = "";
      update();
      ui.input.focus();
    });
    ui.print.addEventListener("click", function () {
      window.print();
    });
    root.querySelectorAll("[data-ng-needs-script]").forEach(function (node) {
      node.hidden = false;
    });
    root.querySelectorAll("[data-ng-no-script]").forEach(function (node) {
      node.hidden = true;
    });
    update(); // text the browser kept in the box (back button) is explained at once
  }

  function startWhenReady() {
    var root = document.querySelector(ROOT_SELECTOR);
    if (root && window.NGReportTerms) start(root, window.NGReportTerms);
  }

  // For tests and the benchmark: the matcher alone, on any text.
  window.NGReportExplainer = {
    explain: function (text) {
      var data = window.NGReportTerms;
      var tree = buildTree(data.terms);
      return explain(tree, text).map(function (r) {
        return { written: r.written, term: data.terms[r.term][0], start: r.start };
      });
    },
  };

  if (!window.NGReportExplainerListening) {
    window.NGReportExplainerListening = true;
    document.addEventListener("ng:report-terms", function () {
      window.NGReportExplainerStart();
    });
  }
  window.NGReportExplainerStart = startWhenReady; // the newest copy of this file wins after instant navigation
  startWhenReady();
})();

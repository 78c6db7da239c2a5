/* Mends to the search library (lunr 2.3.9) inside Material's search worker, so questions find their page.

   Not loaded by pages: the post-build pass (netguide/postbuild/search_worker.py) appends this file to
   Material's worker (assets/javascripts/workers/search.*.min.js), where it runs once, right after Material
   has put lunr on `self` and before the worker builds the index. It works the same online, in Material's
   Web Worker, and in the offline edition, where the worker runs in a hidden iframe. Material types every
   query word with a trailing wildcard ("net" is searched as "net*"); the mends work on that query.
   tests/browser/test_search_queries.py types tests/search_reader_questions.yml into the real search box.

   1. Searches for "NET" came back empty. While building the index, lunr merges identical branches of its
      word tree and tells branches apart by a signature: each edge's letter followed by the next node's
      number, with nothing in between. With enough numbers in the text, two different branches get the same
      signature (edge "1" to node 4687 reads "14687"; edges "1" to node 46 and "8" to node 7 read the same),
      get merged, and every query that reaches them fails inside the worker, which then answers "No matching
      documents". A comma after each node number makes signatures unique.

   2. Common words ranked pages by accident. lunr skips its stop-word filter for wildcard words, so "MRI scan
      of the liver" also searched "the*" and "of*", and ranked pages about "therapy" and "often". Words on
      lunr's own stop-word list are left out of a query that has other words ("the" alone still searches).

   3. A whole word matched longer words it begins: "net*" found "NETSPOT" (a rare word, so a high score) and
      put the scans page first for "NET". When the word a reader typed is itself in the index, it matches
      that word and its plain endings (nets, scans, effects, tumors); a word still being typed ("lanreo")
      keeps matching every word it begins.

   4. A misspelled word ("lutatheara", "diarhea") matched nothing. A word of five letters or more that begins
      no word of the index is searched again allowing one wrong letter (two from eight letters on).

   5. A question's rare words matter more than its common ones. lunr adds up each word's score, so a section
      whose title holds two everyday words of the question ("side effects") beat the section that holds
      every word, the drug's name included. Each result's score is scaled by the share of the question it
      covers, each word weighted by how rare it is in the guide (its idf): missing "treatment" costs little,
      missing "lanreotide" costs a lot. */
(function () {
  "use strict";
  var lunr = self.lunr;
  if (!lunr || !lunr.TokenSet || !lunr.Index || !lunr.Query) return;

  var ENDINGS = ["s", "es", "d", "ed", "ing", "er", "ers"];
  var COVERAGE_POWER = 2;

  // 1. Unique signatures for the word tree's branches (lunr's own code, plus the comma).
  lunr.TokenSet.prototype.toString = function () {
    if (this._str) return this._str;
    var str = this.final ? "1" : "0";
    var labels = Object.keys(this.edges).sort();
    for (var i = 0; i < labels.length; i++) {
      str += labels[i] + this.edges[labels[i]].id + ",";
    }
    return str;
  };

  // A clause's term keeps the reader's wildcard ("the*"); the word is the term without it.
  function wordOf(clause) {
    return String(clause.term).replace(/\*/g, "").toLowerCase();
  }

  // 2. Stop words.
  function isStopWord(clause) {
    return typeof lunr.stopWordFilter === "function" && lunr.stopWordFilter(wordOf(clause)) === undefined;
  }

  function exactClause(clause, term) {
    return {
      fields: clause.fields, boost: clause.boost, usePipeline: false, presence: clause.presence,
      wildcard: lunr.Query.wildcard.NONE, term: term, word: clause.word
    };
  }

  // 3. A whole word matches itself and its plain endings, not every longer word it begins.
  function wholeWord(index, clause) {
    var word = wordOf(clause);
    var term = String(clause.term);
    var trailing = term.indexOf("*") === term.length - 1 || clause.wildcard === lunr.Query.wildcard.TRAILING;
    if (term.charAt(0) === "*" || !trailing || clause.presence !== lunr.Query.presence.OPTIONAL || !(word in index.invertedIndex)) return [clause];
    return [exactClause(clause, word)].concat(ENDINGS
      .filter(function (ending) { return (word + ending) in index.invertedIndex; })
      .map(function (ending) { return exactClause(clause, word + ending); }));
  }

  // 4. One or two wrong letters in a word that begins nothing in the index.
  function forgiveTypo(index, clause) {
    var word = wordOf(clause);
    if (word.length < 5 || "editDistance" in clause || !/^[a-z]+$/.test(word)) return;
    if (index.tokenSet.intersect(lunr.TokenSet.fromString(word + "*")).toArray().length) return;
    clause.term = word;
    clause.wildcard = lunr.Query.wildcard.NONE;
    clause.editDistance = word.length >= 8 ? 2 : 1;
  }

  // 5. How rare a reader's word is: the idf of all index terms its clauses reach, as lunr computes it.
  function reach(index, clauses) {
    var terms = {};
    clauses.forEach(function (clause) {
      index.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray().forEach(function (t) { terms[t] = true; });
    });
    return terms;
  }

  function rarity(index, terms) {
    var docs = {};
    Object.keys(terms).forEach(function (term) {
      var posting = index.invertedIndex[term];
      if (!posting) return;
      index.fields.forEach(function (field) {
        Object.keys(posting[field] || {}).forEach(function (ref) { docs[ref] = true; });
      });
    });
    var n = Object.keys(docs).length;
    var total = Object.keys(index.fieldVectors).length / index.fields.length;
    return Math.log(1 + Math.abs((total - n + 0.5) / (n + 0.5)));
  }

  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function (build) {
    var index = this;
    var words = []; // the reader's words, each the list of clauses it became
    var results = query.call(this, function (q) {
      build.call(q, q);
      var kept = q.clauses.filter(function (clause) { return !isStopWord(clause); });
      if (kept.length && kept.length < q.clauses.length) q.clauses = kept;
      var clauses = [];
      q.clauses.forEach(function (clause, i) {
        clause.word = i;
        forgiveTypo(index, clause);
        var parts = wholeWord(index, clause);
        clauses = clauses.concat(parts);
        if (clause.presence !== lunr.Query.presence.PROHIBITED) words.push(parts);
      });
      q.clauses = clauses;
    });
    if (words.length < 2) return results;
    var weighed = words.map(function (clauses) {
      var terms = reach(index, clauses);
      return { terms: terms, weight: rarity(index, terms) };
    });
    var whole = weighed.reduce(function (sum, w) { return sum + w.weight; }, 0);
    if (!whole) return results;
    results.forEach(function (result) {
      var found = Object.keys(result.matchData.metadata);
      var covered = weighed.reduce(function (sum, w) {
        return sum + (found.some(function (t) { return w.terms[t]; }) ? w.weight : 0);
      }, 0);
      result.score *= Math.pow(covered / whole, COVERAGE_POWER);
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results;
  };
})();

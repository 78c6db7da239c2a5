/* Load search when the reader first uses it, not on every page view.

   Why: as soon as any page opens, Material downloads search/search_index.json (the text of the
   whole guide: about 140 KB with gzip, more than the rest of the page together), parses it, and
   starts the search worker (another 15 KB). Most readers never search, and on a phone that
   download and work slow down the page they came for. Material has no setting for this.

   How: this script runs just before Material's bundle (overrides/main.html) and holds back two
   things until the reader focuses the search box, opens search (header button or keyboard
   shortcut), or arrives with a search in the address (?q= or ?h=):
   - the one XMLHttpRequest for search_index.json (Material loads the index with it), and
   - the search worker: Material gets a stand-in with the same postMessage/addEventListener
     surface, and the real worker starts at that moment.
   The first results then appear as soon as the index is in; later searches are as before.
   Offline (file://) Material loads search another way; there this script does nothing.
   The benchmark (scripts/bench/) measures the first visit's bytes and the first search's delay. */
(function () {
  "use strict";
  if (location.protocol === "file:") return;

  var INDEX = /\/search\/search_index\.json$/;
  var WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/;
  var wanted = /[?&][qh]=/.test(location.search);
  var waiting = [];

  function whenWanted(start) {
    if (wanted) start();
    else waiting.push(start);
  }

  function release() {
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  /* The index request: sent when search is wanted. */
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.netguideSearchIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this;
    var args = arguments;
    if (!xhr.netguideSearchIndex) return send.apply(xhr, args);
    whenWanted(function () { send.apply(xhr, args); });
  };

  /* The search worker: a stand-in that starts the real one when search is wanted. */
  var RealWorker = window.Worker;
  if (RealWorker && window.EventTarget) {
    window.Worker = function (url, options) {
      if (!WORKER.test(String(url).split(/[?#]/)[0])) return new RealWorker(url, options);
      var standIn = new EventTarget();
      var real = null;
      var queued = [];
      function start() {
        if (real) return;
        real = new RealWorker(url, options);
        ["message", "messageerror", "error"].forEach(function (type) {
          real.addEventListener(type, function (event) {
            standIn.dispatchEvent(type === "error" ? new Event("error") : new MessageEvent(type, { data: event.data }));
          });
        });
        queued.splice(0).forEach(function (args) { real.postMessage.apply(real, args); });
      }
      standIn.postMessage = function () {
        if (real) real.postMessage.apply(real, arguments);
        else queued.push(arguments);
      };
      standIn.terminate = function () { if (real) real.terminate(); };
      whenWanted(start);
      return standIn;
    };
    window.Worker.prototype = RealWorker.prototype;
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("md-search__input")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();

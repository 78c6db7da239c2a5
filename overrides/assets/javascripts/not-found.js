/* NET Guide 404 page: put the words of the missing address into the search box, so a reader who
 * followed an old or mistyped link (".../treatment/prrt-therapy/") can search for them in one step.
 * Loaded only by overrides/404.html; an external file, so the Content-Security-Policy allows it. */
(function () {
  var form = document.querySelector(".ng-not-found__search");
  var input = form && form.querySelector("input[name=q]");
  if (!input || input.value) return;
  var base = new URL(form.getAttribute("action"), location.href).pathname;
  var path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : location.pathname;
  var words;
  try { words = decodeURIComponent(path); } catch (e) { words = path; }
  words = words.replace(/\.html?$/i, "").split(/[\/\-_.+\s]+/)
    .filter(function (w) { return w && !/^(index|404)$/i.test(w); });
  if (words.length) input.value = words.join(" ").slice(0, 80);
})();

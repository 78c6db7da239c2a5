/* NET Guide question list builder (tools/question-builder): shows the questions of the topics the reader
   ticks and prints them as a sheet with room for answers. The tick boxes and every question are already
   in the page (netguide/markdown/questions.py, from docs/_data/questions.yml); this file only shows and
   hides them. Nothing is stored or sent: the choices last as long as the page is open. */
(function () {
  "use strict";
  var T;

  function init() {
    var form = document.getElementById("qb-topics");
    var sheet = document.getElementById("qb-sheet");
    if (!form || !sheet || sheet.hasAttribute("data-ready")) return;
    sheet.setAttribute("data-ready", "");
    document.querySelector(".md-content__inner").classList.add("ng-tool-page", "ng-tool-page--builder");
    form.classList.add("ng-builder__topics--live");

    var sections = Array.prototype.slice.call(sheet.querySelectorAll(".ng-sheet__topic"));
    var status = document.getElementById("qb-status");
    var empty = document.getElementById("qb-empty");
    var own = document.getElementById("qb-own");
    var ownList = document.getElementById("qb-own-list");
    var printButton = document.getElementById("qb-print");

    function chosen() {
      var ids = {};
      form.querySelectorAll("input[name=topic]:checked").forEach(function (box) { ids[box.value] = true; });
      return ids;
    }

    function ownQuestions() {
      return own.value.split(/\r?\n/).map(function (line) { return line.trim(); }).filter(Boolean);
    }

    function update() {
      var ids = chosen();
      var topics = 0;
      var questions = 0;
      sections.forEach(function (section) {
        var on = !!ids[section.getAttribute("data-topic")];
        section.hidden = !on;
        if (!on) return;
        topics += 1;
        questions += section.querySelectorAll(".ng-sheet__question input:checked").length;
      });
      var mine = ownQuestions();
      ownList.textContent = "";
      mine.forEach(function (text) {
        ownList.appendChild(T.el("li", { class: "ng-sheet__question" }, [
          T.el("span", { text: text }),
          T.el("p", { class: "ng-sheet__answer", text: "Answer:" })
        ]));
      });
      questions += mine.length;
      empty.hidden = topics > 0;
      status.textContent = topics
        ? questions + (questions === 1 ? " question" : " questions") + " on your list, from " +
          topics + (topics === 1 ? " topic." : " topics.")
        : "";
    }

    /* A question the reader unticks stays on screen, greyed, and is left off the printout. */
    sheet.addEventListener("change", function (event) {
      var box = event.target;
      if (box.matches && box.matches(".ng-sheet__question input")) {
        box.closest(".ng-sheet__question").classList.toggle("ng-sheet__question--off", !box.checked);
        update();
      }
    });
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    own.addEventListener("input", update);
    printButton.hidden = false;
    printButton.addEventListener("click", function () { T.printAs("question-sheet"); });
    update();
  }

  /* tool-kit.js may run after this file (instant navigation loads both at once): wait for it. */
  function start() {
    T = window.NetGuideTools;
    if (T) T.ready(init);
    else document.addEventListener("netguide:tools-ready", start, { once: true });
  }
  start();
})();

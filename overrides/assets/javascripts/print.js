/* NET Guide on paper: print every collapsed box ("For health professionals") open, then close
   again the ones the reader had closed. print.css does the same with CSS where the browser allows
   it (Chromium's ::details-content); this covers the others. Also marks links within the guide
   (Material's instant navigation makes their href absolute), so print.css writes out the address
   of outside links only. Both the print dialog (beforeprint) and print emulation (the "print"
   media query) trigger it. Loaded once, so it survives instant navigation: it looks for the boxes
   and links when printing starts. */
(function () {
  var opened = [];

  function openAll() {
    document.querySelectorAll("details:not([open])").forEach(function (box) {
      box.setAttribute("open", "");
      opened.push(box);
    });
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      if (link.origin === location.origin) link.classList.add("ng-internal");
    });
  }

  function restore() {
    opened.forEach(function (box) {
      box.removeAttribute("open");
    });
    opened = [];
  }

  window.addEventListener("beforeprint", openAll);
  window.addEventListener("afterprint", restore);
  var print = window.matchMedia && window.matchMedia("print");
  if (print && print.addEventListener) {
    print.addEventListener("change", function (event) {
      if (event.matches) openAll();
      else restore();
    });
  }
})();

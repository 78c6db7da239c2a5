/* NET Guide reader tools: what the symptom diary, the question list builder and the summary card share.
   Why one small file: each tool needs to build form controls, keep data in this browser only, and (the
   diary) read and write CSV; written once here, each tool file stays about its own job.
   Plain script (no modules, no fetch): the offline edition is opened from file://. Nothing here sends
   anything anywhere. Loaded again after instant navigation, so defining it twice must be harmless. */
window.NetGuideTools = (function () {
  "use strict";

  /* ------------------------------------------------------------ start a tool on its page */
  /* Runs init once the page is read, also when Material's instant navigation swaps the page in.
     Tool files wait for this kit with the "netguide:tools-ready" event when it is not there yet. */
  function ready(init) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  /* ------------------------------------------------------------ building elements */
  /* el("p", {class: "x", text: "Hi"}, [children]): attributes, then text or children. No HTML strings,
     so nothing a reader types is ever read as markup; no style attributes (the site's CSP forbids them). */
  function el(tag, attrs, children) {
    var svg = tag.indexOf("svg:") === 0;
    var node = svg
      ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
      : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "class") node.setAttribute("class", value);
      else if (name === "on") Object.keys(value).forEach(function (type) { node.addEventListener(type, value[type]); });
      else if (value === true) node.setAttribute(name, "");
      else node.setAttribute(name, String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  var counter = 0;
  /* An id unique on the page, for label/for and aria-describedby pairs. */
  function uid(prefix) {
    counter += 1;
    return prefix + "-" + counter;
  }

  /* ------------------------------------------------------------ this device only */
  /* localStorage, with a clear answer when the browser refuses it (private windows, storage turned off,
     full), so a tool can say so instead of failing without a word. */
  var store = {
    available: function () {
      try {
        var probe = "netguide.probe";
        window.localStorage.setItem(probe, "1");
        window.localStorage.removeItem(probe);
        return true;
      } catch (e) {
        return false;
      }
    },
    read: function (key) {
      try {
        return window.localStorage.getItem(key);
      } catch (e) {
        return null;
      }
    },
    write: function (key, text) {
      try {
        window.localStorage.setItem(key, text);
        return true;
      } catch (e) {
        return false;
      }
    },
    remove: function (key) {
      try {
        window.localStorage.removeItem(key);
        return true;
      } catch (e) {
        return false;
      }
    }
  };

  /* ------------------------------------------------------------ CSV (RFC 4180) */
  /* A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe on the way
     out, which csvParse takes off again on the way in. */
  function csvCell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvWrite(rows) {
    return rows.map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  /* Rows of cells; throws Error("line N: ...") for a quote that never closes. */
  function csvParse(text) {
    var rows = [];
    var row = [];
    var cell = "";
    var quoted = false;
    var line = 1;
    var quoteLine = 0;
    text = text.replace(/^\ufeff/, "");
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
        } else {
          if (c === "\n") line++;
          cell += c;
        }
      } else if (c === '"' && cell === "") {
        quoted = true;
        quoteLine = line;
      } else if (c === ",") {
        row.push(cell);
        cell = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = "";
        line++;
      } else {
        cell += c;
      }
    }
    if (quoted) throw new Error("line " + quoteLine + ": a quotation mark is never closed");
    if (cell !== "" || row.length) {
      row.push(cell);
      rows.push(row);
    }
    return rows
      .filter(function (r) { return !(r.length === 1 && r[0] === ""); })
      .map(function (r) {
        return r.map(function (value) { return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value; });
      });
  }

  /* ------------------------------------------------------------ files */
  /* Saves text as a file on the reader's device (the browser's own download; nothing is sent). */
  function download(filename, text, type) {
    var blob = new Blob([text], { type: type || "text/plain;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = el("a", { href: url, download: filename, class: "ng-hidden-link" });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 1000);
  }

  /* Reads a file the reader picked; calls done(error, text). */
  function readFile(file, done) {
    var reader = new FileReader();
    reader.onload = function () { done(null, String(reader.result)); };
    reader.onerror = function () { done(reader.error || new Error("the file could not be read")); };
    reader.readAsText(file);
  }

  /* ------------------------------------------------------------ dates */
  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  /* "2026-12-01T14:30" in the device's own time zone: what a datetime-local field shows. */
  function localDateTime(date) {
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) +
      "T" + pad(date.getHours()) + ":" + pad(date.getMinutes());
  }

  function localDate(date) {
    return localDateTime(date).slice(0, 10);
  }

  /* A Date from "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (also with a space), or null if it is not a real date. */
  function parseLocal(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(String(text || "").trim());
    if (!m) return null;
    var date = new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
    if (date.getFullYear() !== +m[1] || date.getMonth() !== +m[2] - 1 || date.getDate() !== +m[3]) return null;
    if (m[4] && (+m[4] > 23 || +m[5] > 59)) return null;
    return date;
  }

  var DAY_FORMAT = { weekday: "short", day: "numeric", month: "short", year: "numeric" };

  function showDate(date) {
    return date.toLocaleDateString(undefined, DAY_FORMAT);
  }

  function showTime(date) {
    return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  }

  /* ------------------------------------------------------------ printing */
  /* Marks what the reader asked to print (print.css-style rules in tools.css read the class), prints,
     then clears the mark. */
  function printAs(kind) {
    var root = document.documentElement;
    root.setAttribute("data-ng-print", kind || "");
    var clear = function () {
      root.removeAttribute("data-ng-print");
      window.removeEventListener("afterprint", clear);
    };
    window.addEventListener("afterprint", clear);
    window.print();
  }

  return {
    ready: ready,
    el: el,
    uid: uid,
    store: store,
    csvWrite: csvWrite,
    csvParse: csvParse,
    download: download,
    readFile: readFile,
    localDateTime: localDateTime,
    localDate: localDate,
    parseLocal: parseLocal,
    showDate: showDate,
    showTime: showTime,
    printAs: printAs
  };
})();

/* Tell the tool scripts the kit is here: after instant navigation the browser may run a tool's file first. */
document.dispatchEvent(new Event("netguide:tools-ready"));

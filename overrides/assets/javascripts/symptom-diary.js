/* NET Guide symptom diary (tools/symptom-diary): the reader notes symptoms, what may have set them off,
   and treatments; sees them as a list and a chart of the last four weeks; prints them; and keeps a copy
   as a CSV file. Everything stays in this browser (localStorage); nothing is sent anywhere.

   Stored format, version 1 (key "netguide.diary.v1"; a later version reads this one and saves under its
   own key, so an older page never overwrites newer data):
     {"version": 1, "entries": [ENTRY, ...]}
     ENTRY = {"id": "text", "type": "symptom" | "treatment", "time": "YYYY-MM-DDTHH:MM" (the device's local
              time, as the reader typed it), "symptoms": [code...], "otherSymptom": "text", "severity": 1-5 or
              null, "minutes": whole number or null, "triggers": [code...], "triggerDetail": "text",
              "treatment": "text", "note": "text"}
   Codes: SYMPTOMS and TRIGGERS below. The CSV file has the columns of CSV_COLUMNS, with words in place of
   codes, so a spreadsheet shows it plainly and it imports back to the same entries. */
(function () {
  "use strict";
  var T;

  var KEY = "netguide.diary.v1";
  var VERSION = 1;
  var DAYS = 28;
  var MAX_FILE = 2 * 1024 * 1024;
  var SYMPTOMS = [
    ["flushing", "Flushing"],
    ["diarrhea", "Diarrhea"],
    ["wheezing", "Wheezing"],
    ["racing-heart", "Racing or pounding heart"],
    ["low-sugar", "Signs of low blood sugar"],
    ["pain", "Pain"],
    ["other", "Other"]
  ];
  var TRIGGERS = [
    ["food", "A food"],
    ["alcohol", "Alcohol"],
    ["stress", "Stress"],
    ["exercise", "Exercise"],
    ["other", "Something else"]
  ];
  var CSV_COLUMNS = ["type", "date_time", "symptoms", "other_symptom", "how_bad_1_to_5", "minutes",
    "possible_triggers", "trigger_details", "treatment", "note", "id"];

  /* ------------------------------------------------------------ entries: check, store, convert */

  function labelOf(list, code) {
    for (var i = 0; i < list.length; i++) if (list[i][0] === code) return list[i][1];
    return code;
  }

  /* A code from a code or its words, any case ("Racing or pounding heart" -> "racing-heart"), or null. */
  function codeOf(list, text) {
    var wanted = String(text).trim().toLowerCase();
    for (var i = 0; i < list.length; i++) {
      if (list[i][0] === wanted || list[i][1].toLowerCase() === wanted) return list[i][0];
    }
    return null;
  }

  function inOrder(list, codes) {
    return list.map(function (pair) { return pair[0]; }).filter(function (code) { return codes.indexOf(code) >= 0; });
  }

  function newId() {
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 8);
  }

  /* The one gate for an entry, from the form, from storage or from a CSV row: returns a clean entry or
     throws Error(reason in plain words). */
  function checkEntry(raw) {
    var type = String(raw.type || "").trim().toLowerCase();
    if (type !== "symptom" && type !== "treatment") throw new Error('the type must be "symptom" or "treatment"');
    var when = T.parseLocal(raw.time);
    if (!when) throw new Error('"' + (raw.time || "") + '" is not a date and time (2026-12-01 14:30)');
    var text = function (value) { return String(value === null || value === undefined ? "" : value).trim(); };
    var entry = {
      id: text(raw.id) || newId(),
      type: type,
      time: T.localDateTime(when),
      symptoms: [],
      otherSymptom: "",
      severity: null,
      minutes: null,
      triggers: [],
      triggerDetail: "",
      treatment: "",
      note: text(raw.note)
    };
    if (type === "treatment") {
      entry.treatment = text(raw.treatment);
      if (!entry.treatment) throw new Error("a treatment entry needs the name of the treatment");
      return entry;
    }
    var codes = function (list, values, what) {
      return inOrder(list, (values || []).map(function (value) {
        var code = codeOf(list, value);
        if (!code) throw new Error('"' + value + '" is not one of the ' + what);
        return code;
      }));
    };
    entry.symptoms = codes(SYMPTOMS, raw.symptoms, "symptoms the diary knows");
    entry.otherSymptom = text(raw.otherSymptom);
    if (!entry.symptoms.length) throw new Error("a symptom entry needs at least one symptom");
    var severity = text(raw.severity);
    if (severity) {
      if (!/^[1-5]$/.test(severity)) throw new Error('how bad must be a number from 1 to 5, not "' + severity + '"');
      entry.severity = +severity;
    }
    var minutes = text(raw.minutes);
    if (minutes) {
      if (!/^\d{1,5}$/.test(minutes)) throw new Error('minutes must be a whole number, not "' + minutes + '"');
      entry.minutes = +minutes;
    }
    entry.triggers = codes(TRIGGERS, raw.triggers, "possible triggers the diary knows");
    entry.triggerDetail = text(raw.triggerDetail);
    return entry;
  }

  function byTime(a, b) {
    return a.time < b.time ? 1 : a.time > b.time ? -1 : 0;
  }

  /* What is stored: {entries} or {problem} (unreadable or newer data is never overwritten). */
  function load() {
    var text = T.store.read(KEY);
    if (text === null) return { entries: [] };
    try {
      var data = JSON.parse(text);
      if (!data || data.version !== VERSION || !Array.isArray(data.entries)) throw new Error("unknown format");
      return { entries: data.entries.map(checkEntry).sort(byTime) };
    } catch (e) {
      return { problem: text };
    }
  }

  function save(entries) {
    return T.store.write(KEY, JSON.stringify({ version: VERSION, entries: entries }));
  }

  function toRow(entry) {
    var words = function (list, codes) { return codes.map(function (code) { return labelOf(list, code); }).join("; "); };
    return [entry.type, entry.time.replace("T", " "), words(SYMPTOMS, entry.symptoms), entry.otherSymptom,
      entry.severity === null ? "" : entry.severity, entry.minutes === null ? "" : entry.minutes,
      words(TRIGGERS, entry.triggers), entry.triggerDetail, entry.treatment, entry.note, entry.id];
  }

  function toCsv(entries) {
    return T.csvWrite([CSV_COLUMNS].concat(entries.map(toRow)));
  }

  /* Entries from a CSV file's text, or Error(plain words naming the row) if anything is wrong. */
  function fromCsv(text) {
    var rows = T.csvParse(text);
    if (!rows.length) throw new Error("the file is empty");
    var header = rows[0].map(function (cell) { return cell.trim().toLowerCase(); });
    if (header.join(",") !== CSV_COLUMNS.join(",")) {
      throw new Error("this is not a symptom diary saved by NET Guide. Its first line should be: " + CSV_COLUMNS.join(","));
    }
    var split = function (cell) { return cell.split(";").map(function (s) { return s.trim(); }).filter(Boolean); };
    return rows.slice(1).map(function (row, i) {
      var line = "row " + (i + 2) + ": ";
      if (row.length !== CSV_COLUMNS.length) {
        throw new Error(line + "it has " + row.length + " columns instead of " + CSV_COLUMNS.length + " (the file may be damaged)");
      }
      try {
        return checkEntry({
          type: row[0], time: row[1], symptoms: split(row[2]), otherSymptom: row[3], severity: row[4],
          minutes: row[5], triggers: split(row[6]), triggerDetail: row[7], treatment: row[8], note: row[9], id: row[10]
        });
      } catch (e) {
        throw new Error(line + e.message);
      }
    });
  }

  /* ------------------------------------------------------------ words for the reader */

  function duration(minutes) {
    if (minutes === null) return "";
    if (minutes < 60) return minutes + (minutes === 1 ? " minute" : " minutes");
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    return h + (h === 1 ? " hour" : " hours") + (m ? " " + m + (m === 1 ? " minute" : " minutes") : "");
  }

  function whenText(entry) {
    var date = T.parseLocal(entry.time);
    return T.showDate(date) + ", " + T.showTime(date);
  }

  function symptomText(entry) {
    return entry.symptoms.map(function (code) {
      var words = labelOf(SYMPTOMS, code);
      return code === "other" && entry.otherSymptom ? words + " (" + entry.otherSymptom + ")" : words;
    }).join(", ");
  }

  function triggerText(entry) {
    var words = entry.triggers.map(function (code) { return labelOf(TRIGGERS, code).toLowerCase(); }).join(", ");
    return words + (entry.triggerDetail ? (words ? ": " : "") + entry.triggerDetail : "");
  }

  /* ------------------------------------------------------------ the page */

  function init() {
    var mounts = {
      form: document.getElementById("ng-diary-form"),
      chart: document.getElementById("ng-diary-chart"),
      list: document.getElementById("ng-diary-list"),
      files: document.getElementById("ng-diary-files")
    };
    if (!mounts.form || mounts.form.hasAttribute("data-ready")) return;
    mounts.form.setAttribute("data-ready", "");
    document.querySelector(".md-content__inner").classList.add("ng-tool-page", "ng-tool-page--diary");
    Object.keys(mounts).forEach(function (name) { mounts[name].textContent = ""; });

    var el = T.el;
    var state = load();
    var entries = state.entries || [];
    var showAll = false;
    var lastDeleted = null;
    var canStore = T.store.available();

    /* ---------------- messages */
    function message(role) {
      return el("p", { class: "ng-message", role: role, "aria-live": role === "alert" ? "assertive" : "polite" });
    }

    function say(box, text, isError) {
      box.classList.toggle("ng-message--error", !!isError);
      box.textContent = "";
      if (text) box.appendChild(document.createTextNode(text));
    }

    /* ---------------- the form */
    var formStatus = message("status");
    var formError = message("alert");
    var kindName = T.uid("diary-kind");
    var whenInput = el("input", { type: "datetime-local", id: "diary-when", required: true });
    var symptomBoxes = SYMPTOMS.map(function (pair) {
      return el("input", { type: "checkbox", id: "diary-symptom-" + pair[0], name: "symptoms", value: pair[0] });
    });
    var otherSymptom = el("input", { type: "text", id: "diary-other-symptom", autocomplete: "off", maxlength: 200 });
    var severityName = T.uid("diary-severity");
    var severityBoxes = [1, 2, 3, 4, 5].map(function (n) {
      return el("input", { type: "radio", id: "diary-severity-" + n, name: severityName, value: n });
    });
    var minutesInput = el("input", { type: "number", id: "diary-duration", min: 0, max: 9999, step: 1, inputmode: "numeric" });
    var unitSelect = el("select", { id: "diary-duration-unit", "aria-label": "Unit" }, [
      el("option", { value: "1", text: "minutes" }), el("option", { value: "60", text: "hours" })
    ]);
    var triggerBoxes = TRIGGERS.map(function (pair) {
      return el("input", { type: "checkbox", id: "diary-trigger-" + pair[0], name: "triggers", value: pair[0] });
    });
    var triggerDetail = el("input", { type: "text", id: "diary-trigger-detail", autocomplete: "off", maxlength: 200 });
    var treatmentInput = el("input", { type: "text", id: "diary-treatment", autocomplete: "off", maxlength: 200 });
    var noteInput = el("textarea", { id: "diary-note", rows: 3, maxlength: 2000 });
    var kindBoxes = [["symptom", "A symptom"], ["treatment", "A treatment or injection"]].map(function (pair, i) {
      return el("input", { type: "radio", id: "diary-kind-" + pair[0], name: kindName, value: pair[0], checked: i === 0 });
    });

    function choiceList(boxes, labels, extraClass) {
      return el("ul", { class: "ng-choices " + (extraClass || "") }, boxes.map(function (box, i) {
        return el("li", {}, [box, el("label", { for: box.id, text: labels[i] })]);
      }));
    }

    var symptomFields = el("div", { class: "ng-diary__symptom-fields" }, [
      el("fieldset", { id: "diary-symptoms" }, [
        el("legend", { text: "What happened?" }),
        el("span", { class: "ng-field__hint", id: "diary-symptoms-hint", text: "Tick all that apply." }),
        choiceList(symptomBoxes, SYMPTOMS.map(function (p) { return p[1]; }), "ng-choices--two"),
        el("div", { class: "ng-field ng-choices__more" }, [
          el("label", { for: "diary-other-symptom", text: "Other symptom, in your words (optional)" }), otherSymptom
        ])
      ]),
      el("fieldset", {}, [
        el("legend", { text: "How bad was it? (optional)" }),
        el("span", { class: "ng-field__hint", text: "1 is mild. 5 is the worst." }),
        choiceList(severityBoxes, ["1", "2", "3", "4", "5"], "ng-choices--scale")
      ]),
      el("div", { class: "ng-field" }, [
        el("label", { for: "diary-duration", text: "How long did it last? (optional)" }),
        el("div", { class: "ng-inline" }, [minutesInput, unitSelect])
      ]),
      el("fieldset", {}, [
        el("legend", { text: "What might have set it off? (optional)" }),
        choiceList(triggerBoxes, TRIGGERS.map(function (p) { return p[1]; }), "ng-choices--two"),
        el("div", { class: "ng-field ng-choices__more" }, [
          el("label", { for: "diary-trigger-detail", text: "Which food, or what else? (optional)" }), triggerDetail
        ])
      ])
    ]);
    var treatmentFields = el("div", { class: "ng-diary__treatment-fields", hidden: true }, [
      el("div", { class: "ng-field" }, [
        el("label", { for: "diary-treatment", text: "Which treatment or injection?" }),
        el("span", { class: "ng-field__hint", id: "diary-treatment-hint", text: "As written on your papers or the box." }),
        treatmentInput
      ])
    ]);
    treatmentInput.setAttribute("aria-describedby", "diary-treatment-hint");
    var saveButton = el("button", { type: "submit", class: "md-button md-button--primary", text: "Save entry" });
    var form = el("form", { class: "ng-tool ng-diary__form", novalidate: true, "aria-label": "New diary entry" }, [
      el("fieldset", {}, [
        el("legend", { text: "What do you want to note?" }),
        choiceList(kindBoxes, ["A symptom", "A treatment or injection"], "ng-diary__kind")
      ]),
      el("div", { class: "ng-field" }, [el("label", { for: "diary-when", text: "Date and time" }), whenInput]),
      symptomFields,
      treatmentFields,
      el("div", { class: "ng-field" }, [el("label", { for: "diary-note", text: "Note (optional)" }), noteInput]),
      formError,
      el("p", { class: "ng-tool__actions" }, [saveButton]),
      formStatus
    ]);

    function kind() {
      return kindBoxes[1].checked ? "treatment" : "symptom";
    }

    function showKind() {
      symptomFields.hidden = kind() !== "symptom";
      treatmentFields.hidden = kind() !== "treatment";
    }

    /* Empty fields and the time set to now; the kind of entry stays as the reader chose it. */
    function resetForm() {
      var was = kind();
      form.reset();
      kindBoxes[0].checked = was === "symptom";
      kindBoxes[1].checked = was === "treatment";
      showKind();
      whenInput.value = T.localDateTime(new Date());
      [whenInput, treatmentInput, minutesInput].forEach(function (field) { field.removeAttribute("aria-invalid"); });
      document.getElementById("diary-symptoms").classList.remove("ng-invalid");
    }

    /* The message is read out (role alert) and the field gets focus; a group of boxes is outlined. */
    function fail(field, text) {
      if (field.matches("fieldset")) field.classList.add("ng-invalid");
      else field.setAttribute("aria-invalid", "true");
      say(formError, text, true);
      (field.matches("fieldset") ? field.querySelector("input") : field).focus();
    }

    form.addEventListener("change", function (event) {
      if (event.target.name === kindName) {
        showKind();
        say(formError, "");
      }
      if (event.target.name === "symptoms") document.getElementById("diary-symptoms").classList.remove("ng-invalid");
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      say(formStatus, "");
      say(formError, "");
      if (state.problem) {
        say(formError, "The diary on this device could not be read, so nothing can be added. See the message below.", true);
        return;
      }
      var checked = function (boxes) {
        return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      };
      var severity = checked(severityBoxes)[0] || "";
      var amount = minutesInput.value.trim();
      if (amount && !/^\d+([.,]\d+)?$/.test(amount)) {
        fail(minutesInput, "How long: please type a number, or leave it empty.");
        return;
      }
      var minutes = amount ? String(Math.round(parseFloat(amount.replace(",", ".")) * +unitSelect.value)) : "";
      if (!T.parseLocal(whenInput.value)) {
        fail(whenInput, "Please give the date and time.");
        return;
      }
      if (kind() === "symptom" && !checked(symptomBoxes).length) {
        if (otherSymptom.value.trim()) {
          symptomBoxes[symptomBoxes.length - 1].checked = true;
        } else {
          fail(document.getElementById("diary-symptoms"), "Please tick at least one symptom.");
          return;
        }
      }
      if (kind() === "treatment" && !treatmentInput.value.trim()) {
        fail(treatmentInput, "Please write which treatment or injection.");
        return;
      }
      var entry = checkEntry({
        type: kind(), time: whenInput.value, symptoms: checked(symptomBoxes), otherSymptom: otherSymptom.value,
        severity: severity, minutes: minutes, triggers: checked(triggerBoxes), triggerDetail: triggerDetail.value,
        treatment: treatmentInput.value, note: noteInput.value
      });
      entries = entries.concat([entry]).sort(byTime);
      var stored = save(entries);
      resetForm();
      render();
      say(formStatus, stored
        ? "Saved. Your diary has " + count(entries.length) + "."
        : "Added for now, but this browser did not let the page keep it. It will be gone when you close the page.", !stored);
    });

    /* ---------------- chart of the last four weeks, and the same as a table */
    function days() {
      var today = new Date();
      var out = [];
      for (var i = DAYS - 1; i >= 0; i--) {
        var day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
        out.push({ date: day, key: T.localDate(day), symptoms: 0, worst: 0, treatments: [] });
      }
      var index = {};
      out.forEach(function (d) { index[d.key] = d; });
      entries.forEach(function (entry) {
        var d = index[entry.time.slice(0, 10)];
        if (!d) return;
        if (entry.type === "treatment") d.treatments.push(entry.treatment);
        else {
          d.symptoms += 1;
          d.worst = Math.max(d.worst, entry.severity || 0);
        }
      });
      return out;
    }

    function shortDate(date) {
      return date.toLocaleDateString(undefined, { day: "numeric", month: "short" });
    }

    function drawChart(data) {
      var W = 400, H = 190, left = 26, right = 6, top = 10, bottom = 42;
      var most = Math.max.apply(null, data.map(function (d) { return d.symptoms; }));
      var ceiling = Math.max(3, most);
      var step = ceiling <= 6 ? 1 : Math.ceil(ceiling / 4);
      ceiling = Math.ceil(ceiling / step) * step;
      var plotW = W - left - right, plotH = H - top - bottom;
      var slot = plotW / data.length;
      var y = function (n) { return top + plotH - (n / ceiling) * plotH; };
      var total = data.reduce(function (sum, d) { return sum + d.symptoms; }, 0);
      var daysWith = data.filter(function (d) { return d.symptoms; }).length;
      var treatments = data.reduce(function (sum, d) { return sum + d.treatments.length; }, 0);
      var peak = data.filter(function (d) { return d.symptoms === most && most > 0; })[0];
      var summary = "Symptom entries per day from " + T.showDate(data[0].date) + " to " + T.showDate(data[data.length - 1].date) +
        ": " + count(total, "symptom entry", "symptom entries") + " on " + count(daysWith, "day", "days") + "." +
        (peak ? " The most in one day: " + most + ", on " + T.showDate(peak.date) + "." : "") +
        " Treatments: " + treatments + ".";
      var titleId = T.uid("diary-chart-title");
      var svg = el("svg:svg", {
        class: "ng-chart", viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": titleId, focusable: "false"
      }, [el("svg:title", { id: titleId, text: summary })]);
      for (var n = 0; n <= ceiling; n += step) {
        svg.appendChild(el("svg:line", { class: n ? "ng-chart__grid" : "ng-chart__axis", x1: left, x2: W - right, y1: y(n), y2: y(n) }));
        svg.appendChild(el("svg:text", { class: "ng-chart__label", x: left - 5, y: y(n) + 4, "text-anchor": "end", text: String(n) }));
      }
      data.forEach(function (d, i) {
        var x = left + i * slot;
        if (d.symptoms) {
          svg.appendChild(el("svg:rect", {
            class: "ng-chart__bar", x: (x + slot * 0.15).toFixed(1), y: y(d.symptoms).toFixed(1),
            width: (slot * 0.7).toFixed(1), height: (y(0) - y(d.symptoms)).toFixed(1)
          }));
        }
        if (d.treatments.length) {
          var cx = x + slot / 2, cy = y(0) + 9;
          svg.appendChild(el("svg:path", {
            class: "ng-chart__treatment", d: "M" + cx + " " + (cy - 5) + "L" + (cx + 4) + " " + cy + "L" + cx + " " + (cy + 5) + "L" + (cx - 4) + " " + cy + "Z"
          }));
        }
        if (i % 7 === 0 || i === data.length - 1) {
          svg.appendChild(el("svg:text", {
            class: "ng-chart__label", x: (x + slot / 2).toFixed(1), y: H - 8, "text-anchor": i === data.length - 1 ? "end" : "middle",
            text: i === data.length - 1 ? "Today" : shortDate(d.date)
          }));
        }
      });
      return svg;
    }

    function chartTable(data) {
      var rows = data.filter(function (d) { return d.symptoms || d.treatments.length; }).reverse();
      if (!rows.length) return el("p", { text: "No entries in the last four weeks." });
      return el("div", { class: "md-typeset__table" }, [el("table", {}, [
        el("caption", { text: "Entries per day, last four weeks (days not listed had none)" }),
        el("thead", {}, [el("tr", {}, ["Day", "Symptom entries", "Worst (1 to 5)", "Treatments"].map(function (h) {
          return el("th", { scope: "col", text: h });
        }))]),
        el("tbody", {}, rows.map(function (d) {
          return el("tr", {}, [
            el("th", { scope: "row", text: T.showDate(d.date) }),
            el("td", { text: String(d.symptoms) }),
            el("td", { text: d.worst ? String(d.worst) : "–" }),
            el("td", { text: d.treatments.join(", ") || "–" })
          ]);
        }))
      ])]);
    }

    function renderChart() {
      mounts.chart.textContent = "";
      var data = days();
      mounts.chart.appendChild(el("p", { class: "ng-print-note", text: "Printed on " + T.showDate(new Date()) + "." }));
      mounts.chart.appendChild(drawChart(data));
      mounts.chart.appendChild(el("p", { class: "ng-chart__key", text: "Bars: symptom entries per day. Diamonds under the line: a treatment or injection that day." }));
      mounts.chart.appendChild(el("details", { class: "ng-diary-table-toggle ng-no-print" }, [
        el("summary", { text: "Show the chart as a table" }), chartTable(data)
      ]));
    }

    /* ---------------- the list */
    var listStatus = message("status");

    function count(n, one, more) {
      return n + " " + (n === 1 ? one || "entry" : more || "entries");
    }

    function entryItem(entry) {
      var facts = [];
      var fact = function (label, text) {
        if (text) facts.push(el("p", {}, [el("strong", { text: label + ": " }), text]));
      };
      if (entry.type === "treatment") {
        fact("Treatment", entry.treatment);
      } else {
        fact("Symptoms", symptomText(entry));
        fact("How bad", entry.severity ? entry.severity + " of 5" : "");
        fact("How long", duration(entry.minutes));
        fact("Possible triggers", triggerText(entry));
      }
      fact("Note", entry.note);
      var when = whenText(entry);
      return el("li", { class: "ng-diary-entry ng-diary-entry--" + entry.type, "data-id": entry.id }, [
        el("p", { class: "ng-diary-entry__when", text: when }),
        el("div", { class: "ng-diary-entry__facts" }, facts),
        el("button", {
          type: "button", class: "ng-diary-entry__delete", text: "Delete",
          "aria-label": "Delete the entry of " + when, "data-id": entry.id
        })
      ]);
    }

    function renderList() {
      mounts.list.textContent = "";
      var since = T.localDate(new Date(Date.now() - (DAYS - 1) * 864e5));
      var recent = entries.filter(function (entry) { return entry.time.slice(0, 10) >= since; });
      var shown = showAll ? entries : recent;
      if (!entries.length) {
        mounts.list.appendChild(el("p", { text: "No entries yet. Your entries will appear here, newest first." }));
      } else {
        mounts.list.appendChild(el("p", {
          text: showAll || recent.length === entries.length
            ? "All " + count(entries.length) + ", newest first."
            : count(recent.length) + " from the last four weeks, newest first. " + count(entries.length - recent.length) + " older."
        }));
        if (shown.length) mounts.list.appendChild(el("ul", { class: "ng-diary-list" }, shown.map(entryItem)));
        if (recent.length !== entries.length) {
          mounts.list.appendChild(el("p", { class: "ng-no-print" }, [el("button", {
            type: "button", class: "md-button", id: "diary-show-all", "aria-expanded": String(showAll),
            text: showAll ? "Show the last four weeks only" : "Show all " + count(entries.length)
          })]));
        }
      }
      mounts.list.appendChild(listStatus);
    }

    mounts.list.addEventListener("click", function (event) {
      var target = event.target;
      if (target.id === "diary-show-all") {
        showAll = !showAll;
        renderList();
        document.getElementById("diary-show-all").focus();
      } else if (target.classList.contains("ng-diary-entry__delete")) {
        var id = target.getAttribute("data-id");
        lastDeleted = entries.filter(function (entry) { return entry.id === id; })[0];
        entries = entries.filter(function (entry) { return entry.id !== id; });
        save(entries);
        render();
        say(listStatus, "Entry of " + whenText(lastDeleted) + " deleted. ");
        var undo = el("button", { type: "button", class: "md-button", id: "diary-undo", text: "Undo" });
        listStatus.appendChild(undo);
        undo.focus();
      } else if (target.id === "diary-undo" && lastDeleted) {
        entries = entries.concat([lastDeleted]).sort(byTime);
        lastDeleted = null;
        save(entries);
        render();
        say(listStatus, "The entry is back.");
      }
    });

    /* ---------------- keep a copy, bring one back, delete all */
    var filesStatus = message("status");
    var filesError = message("alert");
    var importInput = el("input", { type: "file", id: "diary-import", accept: ".csv,text/csv", hidden: true, "aria-hidden": "true", tabindex: "-1" });
    var confirmBox = el("div", { class: "ng-confirm", role: "group", "aria-labelledby": "diary-confirm-text", tabindex: "-1", hidden: true });
    mounts.files.appendChild(el("p", { class: "ng-tool__actions" }, [
      el("button", { type: "button", class: "md-button md-button--primary", id: "diary-export", text: "Save a copy (CSV file)" }),
      el("button", { type: "button", class: "md-button", id: "diary-import-button", text: "Import a CSV file" }),
      el("button", { type: "button", class: "md-button", id: "diary-print", text: "Print the diary" }),
      el("button", { type: "button", class: "md-button ng-button--danger", id: "diary-delete-all", text: "Delete all entries" })
    ]));
    mounts.files.appendChild(importInput);
    mounts.files.appendChild(confirmBox);
    mounts.files.appendChild(filesError);
    mounts.files.appendChild(filesStatus);

    function showProblem() {
      say(filesError, "The diary saved in this browser could not be read. Nothing has been changed or deleted. " +
        "You can save what is stored as a file, then delete it to start a new diary.", true);
      filesError.appendChild(document.createTextNode(" "));
      filesError.appendChild(el("button", { type: "button", class: "md-button", id: "diary-save-raw", text: "Save the stored data as a file" }));
    }

    mounts.files.addEventListener("click", function (event) {
      var id = event.target.id;
      if (id === "diary-export") {
        say(filesError, "");
        if (!entries.length) {
          say(filesStatus, "There are no entries to save yet.");
          return;
        }
        T.download("net-guide-symptom-diary-" + T.localDate(new Date()) + ".csv", toCsv(entries), "text/csv;charset=utf-8");
        say(filesStatus, "Saved a copy of " + count(entries.length) + " as a CSV file in your downloads.");
      } else if (id === "diary-import-button") {
        if (state.problem) {
          showProblem();
          return;
        }
        importInput.click();
      } else if (id === "diary-print") {
        T.printAs("diary");
      } else if (id === "diary-delete-all") {
        say(filesStatus, "");
        if (!entries.length && !state.problem) {
          say(filesStatus, "The diary is already empty.");
          return;
        }
        confirmBox.textContent = "";
        confirmBox.appendChild(el("p", {
          id: "diary-confirm-text",
          text: state.problem
            ? "Delete the unreadable diary data from this browser? This cannot be undone."
            : "Delete all " + count(entries.length) + " from this browser? This cannot be undone. Save a copy first if you want to keep them."
        }));
        confirmBox.appendChild(el("p", { class: "ng-tool__actions" }, [
          el("button", { type: "button", class: "md-button ng-button--danger", id: "diary-confirm-delete", text: "Yes, delete all" }),
          el("button", { type: "button", class: "md-button", id: "diary-cancel-delete", text: "No, keep them" })
        ]));
        confirmBox.hidden = false;
        confirmBox.focus();
      } else if (id === "diary-confirm-delete") {
        T.store.remove(KEY);
        state = { entries: [] };
        entries = [];
        lastDeleted = null;
        confirmBox.hidden = true;
        render();
        say(filesError, "");
        say(filesStatus, "All entries are deleted from this browser.");
        document.getElementById("diary-delete-all").focus();
      } else if (id === "diary-cancel-delete") {
        confirmBox.hidden = true;
        say(filesStatus, "Nothing was deleted.");
        document.getElementById("diary-delete-all").focus();
      } else if (id === "diary-save-raw") {
        T.download("net-guide-diary-stored-data.txt", state.problem, "text/plain;charset=utf-8");
      }
    });

    importInput.addEventListener("change", function () {
      var file = importInput.files && importInput.files[0];
      importInput.value = "";
      if (!file) return;
      say(filesStatus, "");
      say(filesError, "");
      var refuse = function (why) {
        say(filesError, "The file " + file.name + " was not imported: " + why + ". Nothing in your diary has changed.", true);
      };
      if (file.size > MAX_FILE) {
        refuse("it is too large to be a diary");
        return;
      }
      T.readFile(file, function (error, text) {
        if (error) {
          refuse("it could not be read");
          return;
        }
        var incoming;
        try {
          incoming = fromCsv(text);
        } catch (e) {
          refuse(e.message.replace(/\.$/, ""));
          return;
        }
        if (!incoming.length) {
          refuse("it has no entries");
          return;
        }
        var known = {};
        entries.forEach(function (entry) { known[entry.id] = true; });
        var added = incoming.filter(function (entry) {
          if (known[entry.id]) return false;
          known[entry.id] = true;
          return true;
        });
        var merged = entries.concat(added).sort(byTime);
        if (!save(merged)) {
          refuse("this browser did not let the page keep the entries");
          return;
        }
        entries = merged;
        render();
        var same = incoming.length - added.length;
        say(filesStatus, "Imported " + count(added.length) + " from " + file.name + "." +
          (same ? " " + count(same, "entry was", "entries were") + " already in your diary." : ""));
      });
    });

    /* ---------------- together */
    function render() {
      renderChart();
      renderList();
    }

    mounts.form.appendChild(form);
    if (!canStore) {
      mounts.form.insertBefore(el("p", {
        class: "ng-message ng-message--error",
        text: "This browser does not let the page keep data (for example in a private window). You can add entries, " +
          "but they will be gone when you close the page. Save a copy as a file before you leave."
      }), form);
    }
    resetForm();
    showKind();
    render();
    if (state.problem) showProblem();

    /* Another tab of this browser changed the diary: show the same entries here. */
    if (window.__netguideDiaryStorage) window.removeEventListener("storage", window.__netguideDiaryStorage);
    window.__netguideDiaryStorage = function (event) {
      if (event.key !== KEY && event.key !== null) return;
      if (!document.body.contains(mounts.form)) return;
      state = load();
      entries = state.entries || [];
      render();
    };
    window.addEventListener("storage", window.__netguideDiaryStorage);
  }

  /* tool-kit.js may run after this file (instant navigation loads both at once): wait for it. */
  function start() {
    T = window.NetGuideTools;
    if (T) T.ready(init);
    else document.addEventListener("netguide:tools-ready", start, { once: true });
  }
  start();
})();

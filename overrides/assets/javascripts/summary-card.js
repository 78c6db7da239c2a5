/* NET Guide summary card (tools/summary-card): the reader copies facts from their own papers into a short
   card for staff who have never met them, and prints it wallet-size (front and back, to fold) or as a full
   page. The card shows only what the reader typed, plus "Please contact my NET team" and the address of the
   guide's page for health professionals: no medical instruction of its own.
   Nothing is stored unless the reader presses "Save on this device" (localStorage, key "netguide.card.v1",
   {"version": 1, "saved": "YYYY-MM-DD", "fields": {FIELD id: text}}); nothing is ever sent. */
(function () {
  "use strict";
  var T;

  var KEY = "netguide.card.v1";
  var VERSION = 1;
  /* id, label, hint, kind ("text", "date", "tel", "area"), side of the wallet card ("front", "back") */
  var FIELDS = [
    ["name", "Your name", "", "text", "front"],
    ["birth", "Date of birth (optional)", "", "date", "front"],
    ["type", "Type of tumor", "As written on your report or clinic letter.", "text", "front"],
    ["site", "Where it started", "The organ named on your report, if it names one.", "text", "front"],
    ["grade", "Grade", "As written on your report, for example G2.", "text", "front"],
    ["ki67", "Ki-67", "As written on your report, for example a percentage.", "text", "front"],
    ["syndrome", "Hormone syndrome (optional)", "Only if your papers name one.", "text", "front"],
    ["treatments", "Treatments you have had or have now", "", "area", "back"],
    ["conditions", "Other conditions", "", "area", "back"],
    ["allergies", "Allergies", "", "text", "back"],
    ["team", "Your NET team: hospital or clinic", "", "text", "back"],
    ["contact", "Your main contact in the team (optional)", "A name, such as your specialist nurse.", "text", "back"],
    ["phone", "Phone number of your NET team", "", "tel", "back"]
  ];
  /* What the card calls each field (shorter than the form's labels). */
  var CARD_LABELS = {
    name: "Name", birth: "Born", type: "Diagnosis", site: "Started in", grade: "Grade", ki67: "Ki-67",
    syndrome: "Hormone syndrome", treatments: "Treatments", conditions: "Other conditions", allergies: "Allergies"
  };
  var TITLE = "My NET summary";
  var CONTACT = "Please contact my NET team";

  function init() {
    var formMount = document.getElementById("ng-card-form");
    var previewMount = document.getElementById("ng-card-preview");
    if (!formMount || !previewMount || formMount.hasAttribute("data-ready")) return;
    formMount.setAttribute("data-ready", "");
    document.querySelector(".md-content__inner").classList.add("ng-tool-page", "ng-tool-page--card");
    formMount.textContent = "";
    previewMount.textContent = "";
    var el = T.el;

    /* The address of the guide's page for health professionals, written out in full for paper: the link
       on this page as the browser resolves it online; from a file (offline edition), the same link resolved
       against the page's published address. */
    function professionalAddress() {
      var link = document.getElementById("ng-card-pro-link");
      if (!link) return "";
      var address = "";
      if (/^https?:$/.test(location.protocol)) {
        address = link.href;
      } else {
        var canonical = document.querySelector("link[rel=canonical]");
        if (canonical && /^https?:/.test(canonical.href)) address = new URL(link.getAttribute("href"), canonical.href).href;
      }
      return address.replace(/index\.html(?=#|$)/, "");
    }

    /* ---------------- the form */
    var inputs = {};
    var fields = FIELDS.map(function (f) {
      var id = "card-" + f[0];
      var hintId = f[2] ? id + "-hint" : null;
      var attrs = { id: id, name: f[0], autocomplete: "off", "aria-describedby": hintId, maxlength: f[3] === "area" ? 400 : 120 };
      var input = f[3] === "area"
        ? el("textarea", Object.assign(attrs, { rows: 3 }))
        : el("input", Object.assign(attrs, { type: f[3] === "date" ? "text" : f[3] }));
      if (f[0] === "name") input.setAttribute("autocomplete", "name");
      inputs[f[0]] = input;
      return el("div", { class: "ng-field" }, [
        el("label", { for: id, text: f[1] }),
        hintId ? el("span", { class: "ng-field__hint", id: hintId, text: f[2] }) : null,
        input
      ]);
    });
    var status = el("p", { class: "ng-message", role: "status", "aria-live": "polite" });
    var fit = el("p", { class: "ng-message ng-message--error ng-card__fit", role: "status", "aria-live": "polite", hidden: true });
    var confirmBox = el("div", { class: "ng-confirm", role: "group", "aria-labelledby": "card-confirm-text", tabindex: "-1", hidden: true });
    var form = el("form", { class: "ng-tool ng-card__form", novalidate: true, "aria-label": "Your summary card" }, [
      el("fieldset", {}, [el("legend", { text: "About you and your diagnosis" })].concat(fields.slice(0, 7))),
      el("fieldset", {}, [el("legend", { text: "Treatments, other conditions and allergies" })].concat(fields.slice(7, 10))),
      el("fieldset", {}, [el("legend", { text: "Your NET team" })].concat(fields.slice(10))),
      el("p", { class: "ng-tool__actions" }, [
        el("button", { type: "submit", class: "md-button md-button--primary", id: "card-save", text: "Save on this device" }),
        el("button", { type: "button", class: "md-button", id: "card-print-wallet", text: "Print wallet card" }),
        el("button", { type: "button", class: "md-button", id: "card-print-page", text: "Print full page" }),
        el("button", { type: "button", class: "md-button ng-button--danger", id: "card-clear", text: "Clear the card" })
      ]),
      confirmBox,
      status
    ]);
    formMount.appendChild(form);

    /* ---------------- the card, wallet-size and full page */
    var address = professionalAddress();

    function values() {
      var out = {};
      FIELDS.forEach(function (f) { out[f[0]] = inputs[f[0]].value.trim(); });
      return out;
    }

    function line(label, value) {
      return value ? el("p", {}, [el("span", { class: "ng-wallet__label", text: label + ": " }), value]) : null;
    }

    function teamLines(v) {
      return [
        el("p", { class: "ng-wallet__contact", text: CONTACT + (v.team || v.phone ? ":" : ".") }),
        v.team ? el("p", { text: v.team }) : null,
        v.contact ? el("p", { text: v.contact }) : null,
        v.phone ? el("p", { text: v.phone }) : null
      ];
    }

    function render() {
      var v = values();
      previewMount.textContent = "";
      var front = el("div", { class: "ng-wallet ng-wallet--front", "aria-label": "Wallet card, front", role: "group" }, [
        el("p", { class: "ng-wallet__title", text: TITLE })
      ].concat(["name", "birth", "type", "site", "grade", "ki67", "syndrome"].map(function (k) { return line(CARD_LABELS[k], v[k]); })));
      var back = el("div", { class: "ng-wallet ng-wallet--back", "aria-label": "Wallet card, back", role: "group" },
        ["treatments", "conditions", "allergies"].map(function (k) { return line(CARD_LABELS[k], v[k]); })
          .concat(teamLines(v))
          .concat([address ? el("p", { class: "ng-wallet__link", text: "For health professionals: " + address }) : null]));
      var wallet = el("div", { class: "ng-card-preview" }, [
        el("div", { class: "ng-card-preview__sides" }, [front, back]),
        el("p", { class: "ng-card-preview__howto", text: "Cut along the outside line. Fold along the dashed line." })
      ]);
      var rows = [];
      FIELDS.forEach(function (f) {
        if (["team", "contact", "phone"].indexOf(f[0]) >= 0 || !v[f[0]]) return;
        rows.push(el("dt", { text: CARD_LABELS[f[0]] }));
        rows.push(el("dd", { text: v[f[0]] }));
      });
      var full = el("div", { class: "ng-card-full" }, [
        el("p", { class: "ng-card-full__title", text: TITLE }),
        el("dl", {}, rows),
        el("div", { class: "ng-card-full__team" }, teamLines(v)),
        address ? el("p", { text: "For health professionals, about neuroendocrine tumors: " + address }) : null,
        el("p", { class: "ng-card-full__date", text: "Printed on " + T.showDate(new Date()) + "." })
      ]);
      previewMount.appendChild(wallet);
      previewMount.appendChild(full);
      var tooLong = [front, back].some(function (side) { return side.scrollHeight > side.clientHeight + 1; });
      fit.hidden = !tooLong;
      fit.textContent = tooLong
        ? "Some of your text does not fit on the wallet card. Shorten it, or print the full page, which has room for everything."
        : "";
    }
    previewMount.parentNode.insertBefore(fit, previewMount);

    /* ---------------- saving is the reader's choice */
    function load() {
      var text = T.store.read(KEY);
      if (text === null) return null;
      try {
        var data = JSON.parse(text);
        if (!data || data.version !== VERSION || typeof data.fields !== "object") throw new Error("format");
        return data;
      } catch (e) {
        return { problem: true };
      }
    }

    var saved = load();
    if (saved && saved.problem) {
      status.textContent = "A card saved in this browser could not be read. It has not been changed. " +
        "Saving this card will replace it.";
    } else if (saved) {
      FIELDS.forEach(function (f) {
        if (typeof saved.fields[f[0]] === "string") inputs[f[0]].value = saved.fields[f[0]];
      });
      var on = T.parseLocal(saved.saved);
      status.textContent = "This is the card you saved on this device" + (on ? " on " + T.showDate(on) : "") + ".";
    }

    form.addEventListener("input", function () {
      render();
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var ok = T.store.write(KEY, JSON.stringify({ version: VERSION, saved: T.localDate(new Date()), fields: values() }));
      status.textContent = ok
        ? "Saved in this browser on this device. It is not sent anywhere."
        : "This browser did not let the page save the card (for example in a private window). Print it instead.";
      status.classList.toggle("ng-message--error", !ok);
    });

    form.addEventListener("click", function (event) {
      var id = event.target.id;
      if (id === "card-print-wallet") {
        T.printAs("wallet-card");
      } else if (id === "card-print-page") {
        T.printAs("card-page");
      } else if (id === "card-clear") {
        confirmBox.textContent = "";
        confirmBox.appendChild(el("p", {
          id: "card-confirm-text",
          text: "Clear every field, and delete the card saved on this device? This cannot be undone."
        }));
        confirmBox.appendChild(el("p", { class: "ng-tool__actions" }, [
          el("button", { type: "button", class: "md-button ng-button--danger", id: "card-confirm-clear", text: "Yes, clear the card" }),
          el("button", { type: "button", class: "md-button", id: "card-cancel-clear", text: "No, keep it" })
        ]));
        confirmBox.hidden = false;
        confirmBox.focus();
      } else if (id === "card-confirm-clear") {
        form.reset();
        T.store.remove(KEY);
        confirmBox.hidden = true;
        render();
        status.classList.remove("ng-message--error");
        status.textContent = "The card is cleared, and nothing is saved on this device.";
        document.getElementById("card-clear").focus();
      } else if (id === "card-cancel-clear") {
        confirmBox.hidden = true;
        status.textContent = "Nothing was cleared.";
        document.getElementById("card-clear").focus();
      }
    });

    render();
  }

  /* tool-kit.js may run after this file (instant navigation loads both at once): wait for it. */
  function start() {
    T = window.NetGuideTools;
    if (T) T.ready(init);
    else document.addEventListener("netguide:tools-ready", start, { once: true });
  }
  start();
})();
